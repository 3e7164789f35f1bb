#include "ai/glbmesh.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMatrix4x4>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace Atelier {

namespace {

constexpr quint32 kMagic = 0x46546C67; // "glTF"
constexpr quint32 kJsonChunk = 0x4E4F534A;
constexpr quint32 kBinChunk = 0x004E4942;

void put32(QByteArray &out, quint32 v)
{
    const char bytes[4] = {char(v & 0xff), char((v >> 8) & 0xff), char((v >> 16) & 0xff), char((v >> 24) & 0xff)};
    out.append(bytes, 4);
}

quint32 get32(const QByteArray &in, qsizetype at)
{
    const auto *p = reinterpret_cast<const uchar *>(in.constData() + at);
    return quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
}

/// The bytes an accessor covers, checked against its buffer view and the binary chunk.
std::variant<QByteArray, QString> accessorBytes(const QJsonObject &root, const QByteArray &bin, int index, int componentSize, int components,
                                                qsizetype *count)
{
    const QJsonObject accessor = root.value(QLatin1String("accessors")).toArray().at(index).toObject();
    const QJsonObject view = root.value(QLatin1String("bufferViews")).toArray().at(accessor.value(QLatin1String("bufferView")).toInt(-1)).toObject();
    if (accessor.isEmpty() || view.isEmpty())
        return GlbMesh::tr("an accessor or buffer view is missing");
    const qint64 n = accessor.value(QLatin1String("count")).toInteger(-1);
    const qint64 offset = view.value(QLatin1String("byteOffset")).toInteger(0) + accessor.value(QLatin1String("byteOffset")).toInteger(0);
    const qint64 stride = view.value(QLatin1String("byteStride")).toInteger(0);
    const qint64 element = qint64(componentSize) * components;
    if (n <= 0 || n > 50'000'000 || offset < 0 || (stride != 0 && stride != element))
        return GlbMesh::tr("an accessor has a count, offset or stride this reader does not take");
    const qint64 length = n * element;
    if (offset + length > bin.size() || offset + length > view.value(QLatin1String("byteOffset")).toInteger(0) + view.value(QLatin1String("byteLength")).toInteger(0))
        return GlbMesh::tr("an accessor reaches past its data");
    *count = qsizetype(n);
    return bin.mid(qsizetype(offset), qsizetype(length));
}

} // namespace

bool GlbMesh::looksLikeGlb(const QByteArray &bytes)
{
    return bytes.size() >= 12 && get32(bytes, 0) == kMagic && get32(bytes, 4) == 2;
}

QByteArray GlbMesh::write() const
{
    QByteArray bin;
    QVector3D lo(std::numeric_limits<float>::max(), std::numeric_limits<float>::max(), std::numeric_limits<float>::max());
    QVector3D hi = -lo;
    for (const QVector3D &p : positions) {
        for (int i = 0; i < 3; ++i) {
            lo[i] = std::min(lo[i], p[i]);
            hi[i] = std::max(hi[i], p[i]);
        }
        const float xyz[3] = {p.x(), p.y(), p.z()};
        bin.append(reinterpret_cast<const char *>(xyz), sizeof xyz); // little-endian hosts, as glTF is
    }
    const qsizetype positionBytes = bin.size();
    for (quint32 index : indices)
        put32(bin, index);
    const QJsonObject root{
        {QStringLiteral("asset"), QJsonObject{{QStringLiteral("version"), QStringLiteral("2.0")}, {QStringLiteral("generator"), QStringLiteral("Atelier")}}},
        {QStringLiteral("scene"), 0},
        {QStringLiteral("scenes"), QJsonArray{QJsonObject{{QStringLiteral("nodes"), QJsonArray{0}}}}},
        {QStringLiteral("nodes"), QJsonArray{QJsonObject{{QStringLiteral("mesh"), 0}}}},
        {QStringLiteral("meshes"),
         QJsonArray{QJsonObject{{QStringLiteral("primitives"),
                                 QJsonArray{QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("POSITION"), 0}}},
                                                        {QStringLiteral("indices"), 1},
                                                        {QStringLiteral("material"), 0}}}}}}},
        {QStringLiteral("materials"),
         QJsonArray{QJsonObject{{QStringLiteral("pbrMetallicRoughness"),
                                 QJsonObject{{QStringLiteral("baseColorFactor"), QJsonArray{color.redF(), color.greenF(), color.blueF(), 1.0}},
                                             {QStringLiteral("metallicFactor"), 0.0}}}}}},
        {QStringLiteral("buffers"), QJsonArray{QJsonObject{{QStringLiteral("byteLength"), bin.size()}}}},
        {QStringLiteral("bufferViews"),
         QJsonArray{QJsonObject{{QStringLiteral("buffer"), 0}, {QStringLiteral("byteOffset"), 0}, {QStringLiteral("byteLength"), positionBytes},
                                {QStringLiteral("target"), 34962}},
                    QJsonObject{{QStringLiteral("buffer"), 0}, {QStringLiteral("byteOffset"), positionBytes},
                                {QStringLiteral("byteLength"), bin.size() - positionBytes}, {QStringLiteral("target"), 34963}}}},
        {QStringLiteral("accessors"),
         QJsonArray{QJsonObject{{QStringLiteral("bufferView"), 0}, {QStringLiteral("componentType"), 5126}, {QStringLiteral("count"), positions.size()},
                                {QStringLiteral("type"), QStringLiteral("VEC3")},
                                {QStringLiteral("min"), QJsonArray{lo.x(), lo.y(), lo.z()}},
                                {QStringLiteral("max"), QJsonArray{hi.x(), hi.y(), hi.z()}}},
                    QJsonObject{{QStringLiteral("bufferView"), 1}, {QStringLiteral("componentType"), 5125}, {QStringLiteral("count"), indices.size()},
                                {QStringLiteral("type"), QStringLiteral("SCALAR")}}}}};
    QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    while (json.size() % 4)
        json.append(' ');
    while (bin.size() % 4)
        bin.append('\0');
    QByteArray out;
    put32(out, kMagic);
    put32(out, 2);
    put32(out, quint32(12 + 8 + json.size() + 8 + bin.size()));
    put32(out, quint32(json.size()));
    put32(out, kJsonChunk);
    out.append(json);
    put32(out, quint32(bin.size()));
    put32(out, kBinChunk);
    out.append(bin);
    return out;
}

std::variant<GlbMesh, QString> GlbMesh::read(const QByteArray &glb)
{
    if (!looksLikeGlb(glb))
        return GlbMesh::tr("not a binary glTF 2.0 file");
    if (qint64(get32(glb, 8)) > glb.size() || glb.size() < 20)
        return GlbMesh::tr("the file is shorter than its header says");
    const qsizetype jsonLength = qsizetype(get32(glb, 12));
    if (get32(glb, 16) != kJsonChunk || jsonLength <= 0 || 20 + jsonLength > glb.size())
        return GlbMesh::tr("the JSON chunk is missing or too long");
    QJsonParseError error{};
    const QJsonObject root = QJsonDocument::fromJson(glb.mid(20, jsonLength), &error).object();
    if (error.error != QJsonParseError::NoError || root.isEmpty())
        return GlbMesh::tr("the JSON chunk is not valid JSON");
    QByteArray bin;
    const qsizetype binAt = 20 + jsonLength;
    if (binAt + 8 <= glb.size() && get32(glb, binAt + 4) == kBinChunk) {
        const qsizetype binLength = qsizetype(get32(glb, binAt));
        if (binLength < 0 || binAt + 8 + binLength > glb.size())
            return GlbMesh::tr("the binary chunk is longer than the file");
        bin = glb.mid(binAt + 8, binLength);
    }
    const QJsonObject primitive = root.value(QLatin1String("meshes")).toArray().at(0).toObject().value(QLatin1String("primitives")).toArray().at(0).toObject();
    const int positionAccessor = primitive.value(QLatin1String("attributes")).toObject().value(QLatin1String("POSITION")).toInt(-1);
    const QJsonObject pa = root.value(QLatin1String("accessors")).toArray().at(positionAccessor).toObject();
    if (positionAccessor < 0 || pa.value(QLatin1String("componentType")).toInt() != 5126 || pa.value(QLatin1String("type")).toString() != QLatin1String("VEC3"))
        return GlbMesh::tr("the mesh has no float positions");
    qsizetype n = 0;
    auto positions = accessorBytes(root, bin, positionAccessor, 4, 3, &n);
    if (auto *e = std::get_if<QString>(&positions))
        return *e;
    GlbMesh mesh;
    const QByteArray &p = std::get<QByteArray>(positions);
    mesh.positions.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        float xyz[3];
        std::memcpy(xyz, p.constData() + i * 12, 12);
        if (!std::isfinite(xyz[0]) || !std::isfinite(xyz[1]) || !std::isfinite(xyz[2]))
            return GlbMesh::tr("a position is not a finite number");
        mesh.positions.append(QVector3D(xyz[0], xyz[1], xyz[2]));
    }
    const int indexAccessor = primitive.value(QLatin1String("indices")).toInt(-1);
    if (indexAccessor < 0) {
        for (qsizetype i = 0; i + 2 < n; i += 3)
            mesh.indices << quint32(i) << quint32(i + 1) << quint32(i + 2);
    } else {
        const int type = root.value(QLatin1String("accessors")).toArray().at(indexAccessor).toObject().value(QLatin1String("componentType")).toInt();
        const int size = type == 5121 ? 1 : type == 5123 ? 2 : type == 5125 ? 4 : 0;
        if (size == 0)
            return GlbMesh::tr("the indices are of a type this reader does not take");
        qsizetype count = 0;
        auto bytes = accessorBytes(root, bin, indexAccessor, size, 1, &count);
        if (auto *e = std::get_if<QString>(&bytes))
            return *e;
        const auto *data = reinterpret_cast<const uchar *>(std::get<QByteArray>(bytes).constData());
        mesh.indices.reserve(count);
        for (qsizetype i = 0; i < count; ++i) {
            quint32 v = 0;
            for (int b = 0; b < size; ++b)
                v |= quint32(data[i * size + b]) << (8 * b);
            if (v >= quint32(n))
                return GlbMesh::tr("an index points past the positions");
            mesh.indices.append(v);
        }
        mesh.indices.resize(mesh.indices.size() - mesh.indices.size() % 3);
    }
    const QJsonArray factor = root.value(QLatin1String("materials")).toArray().at(primitive.value(QLatin1String("material")).toInt(-1)).toObject()
                                  .value(QLatin1String("pbrMetallicRoughness")).toObject().value(QLatin1String("baseColorFactor")).toArray();
    if (factor.size() >= 3)
        mesh.color = QColor::fromRgbF(float(std::clamp(factor.at(0).toVariant().value<double>(), 0.0, 1.0)), float(std::clamp(factor.at(1).toVariant().value<double>(), 0.0, 1.0)),
                                      float(std::clamp(factor.at(2).toVariant().value<double>(), 0.0, 1.0)));
    if (mesh.indices.isEmpty())
        return GlbMesh::tr("the mesh has no triangles");
    return mesh;
}

QImage GlbMesh::render(int size) const
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(QColor(236, 238, 242));
    if (positions.isEmpty() || indices.size() < 3)
        return image;
    QMatrix4x4 view;
    view.rotate(-20, 1, 0, 0); // a little from above
    view.rotate(30, 0, 1, 0);  // and from the side
    QList<QVector3D> seen(positions.size());
    QVector3D lo(std::numeric_limits<float>::max(), std::numeric_limits<float>::max(), 0), hi = -lo;
    for (qsizetype i = 0; i < positions.size(); ++i) {
        seen[i] = view.map(positions.at(i));
        lo.setX(std::min(lo.x(), seen[i].x()));
        lo.setY(std::min(lo.y(), seen[i].y()));
        hi.setX(std::max(hi.x(), seen[i].x()));
        hi.setY(std::max(hi.y(), seen[i].y()));
    }
    const float extent = std::max({hi.x() - lo.x(), hi.y() - lo.y(), 1e-6f});
    const float scale = 0.84f * float(size) / extent;
    const QPointF centre((lo.x() + hi.x()) / 2, (lo.y() + hi.y()) / 2);
    auto project = [&](const QVector3D &v) {
        return QPointF(size / 2.0 + (v.x() - centre.x()) * scale, size / 2.0 - (v.y() - centre.y()) * scale);
    };
    struct Face
    {
        float depth;
        qsizetype at;
    };
    QList<Face> faces;
    faces.reserve(indices.size() / 3);
    for (qsizetype t = 0; t + 2 < indices.size(); t += 3)
        faces.append({(seen.at(indices.at(t)).z() + seen.at(indices.at(t + 1)).z() + seen.at(indices.at(t + 2)).z()) / 3, t});
    std::sort(faces.begin(), faces.end(), [](const Face &a, const Face &b) { return a.depth < b.depth; }); // far first
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const QVector3D light = QVector3D(-0.4f, 0.6f, 0.7f).normalized();
    for (const Face &f : faces) {
        const QVector3D a = seen.at(indices.at(f.at)), b = seen.at(indices.at(f.at + 1)), c = seen.at(indices.at(f.at + 2));
        QVector3D normal = QVector3D::crossProduct(b - a, c - a);
        if (normal.lengthSquared() <= 0)
            continue;
        normal.normalize();
        const float lit = 0.35f + 0.65f * std::abs(QVector3D::dotProduct(normal, light));
        const QColor shade = QColor::fromRgbF(std::min(1.0f, float(color.redF()) * lit), std::min(1.0f, float(color.greenF()) * lit),
                                              std::min(1.0f, float(color.blueF()) * lit));
        QPainterPath path;
        path.moveTo(project(a));
        path.lineTo(project(b));
        path.lineTo(project(c));
        path.closeSubpath();
        painter.fillPath(path, shade);
        painter.setPen(QPen(shade, 0.6));
        painter.drawPath(path); // closes hairline gaps between neighbours
    }
    return image;
}

} // namespace Atelier
