#include "watermark.h"

#include "collaboration/resources.h"
#include "core/database.h"
#include "core/privatefiles.h"
#include "core/sqldialect.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace Atelier {

namespace {

constexpr int kGrid = 48;     // cells per side, relative to the image's size
constexpr int kBits = 48;     // 32 bits of code, 16 of CRC
constexpr double kAmplitude = 5.0;
const char kTextKey[] = "Atelier-Watermark";
const char kSourceKey[] = "DigitalSourceType";

/// The fixed spreading of the bits over the cells: bit of each cell and its chip (±1).
struct Spread
{
    std::vector<int> bit;
    std::vector<int> chip;
};

const Spread &spread()
{
    static const Spread s = [] {
        Spread out;
        const int cells = kGrid * kGrid;
        out.bit.resize(size_t(cells));
        out.chip.resize(size_t(cells));
        std::vector<int> order(static_cast<size_t>(cells));
        for (int i = 0; i < cells; ++i)
            order[size_t(i)] = i;
        // Fisher–Yates on mt19937, both fully specified: every build spreads the bits the same way.
        std::mt19937 random(0xA7E11E4u);
        for (int i = cells - 1; i > 0; --i)
            std::swap(order[size_t(i)], order[size_t(random() % quint32(i + 1))]);
        for (int i = 0; i < cells; ++i) {
            out.bit[size_t(order[size_t(i)])] = i % kBits;
            out.chip[size_t(order[size_t(i)])] = (random() & 1u) ? 1 : -1;
        }
        return out;
    }();
    return s;
}

double window(double t) { return 0.5 - 0.5 * std::cos(2.0 * M_PI * t); }

std::vector<int> bitsOf(quint32 code)
{
    QByteArray bytes(4, Qt::Uninitialized);
    for (int i = 0; i < 4; ++i)
        bytes[i] = char((code >> (8 * i)) & 0xffu);
    const quint16 crc = qChecksum(bytes, Qt::ChecksumItuV41);
    std::vector<int> bits(kBits);
    for (int i = 0; i < 32; ++i)
        bits[size_t(i)] = int((code >> i) & 1u);
    for (int i = 0; i < 16; ++i)
        bits[size_t(32 + i)] = int((crc >> i) & 1u);
    return bits;
}

QByteArray xmpPacket(const QString &watermarkId)
{
    return QStringLiteral("<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                          "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                          "<rdf:Description rdf:about=\"\" xmlns:Iptc4xmpExt=\"http://iptc.org/std/Iptc4xmpExt/2008-02-29/\" "
                          "xmlns:atelier=\"https://atelier.example/ns/1.0/\" Iptc4xmpExt:DigitalSourceType=\"%1\" "
                          "atelier:watermark=\"%2\"/></rdf:RDF></x:xmpmeta><?xpacket end=\"r\"?>")
        .arg(QLatin1String(Watermarks::aiSourceType()), watermarkId)
        .toUtf8();
}

/// A JPEG with an XMP segment (APP1) right after its start marker.
QByteArray withXmp(const QByteArray &jpeg, const QString &watermarkId)
{
    const QByteArray payload = QByteArrayLiteral("http://ns.adobe.com/xap/1.0/") + '\0' + xmpPacket(watermarkId);
    const int length = int(payload.size()) + 2;
    QByteArray segment;
    segment.append(char(0xff)).append(char(0xe1)).append(char((length >> 8) & 0xff)).append(char(length & 0xff)).append(payload);
    return jpeg.left(2) + segment + jpeg.mid(2);
}

} // namespace

QStringList Watermarks::kinds()
{
    return {QStringLiteral("visible"), QStringLiteral("invisible"), QStringLiteral("metadata")};
}

const char *Watermarks::aiSourceType()
{
    return "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";
}

QImage Watermarks::embedInvisible(const QImage &image, quint32 code)
{
    QImage out = image.convertToFormat(QImage::Format_RGB32);
    const std::vector<int> bits = bitsOf(code);
    const Spread &s = spread();
    const int w = out.width(), h = out.height();
    for (int y = 0; y < h; ++y) {
        const double gy = (y + 0.5) * kGrid / h;
        const int cy = std::min(kGrid - 1, int(gy));
        const double wy = window(gy - cy);
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const double gx = (x + 0.5) * kGrid / w;
            const int cx = std::min(kGrid - 1, int(gx));
            const size_t cell = size_t(cy * kGrid + cx);
            const int sign = s.chip[cell] * (bits[size_t(s.bit[cell])] ? 1 : -1);
            const int delta = int(std::lround(kAmplitude * sign * window(gx - cx) * wy));
            if (delta == 0)
                continue;
            const QRgb p = line[x];
            line[x] = qRgb(std::clamp(qRed(p) + delta, 0, 255), std::clamp(qGreen(p) + delta, 0, 255),
                           std::clamp(qBlue(p) + delta, 0, 255));
        }
    }
    return out;
}

std::optional<quint32> Watermarks::extractInvisible(const QImage &image)
{
    if (image.isNull() || image.width() < kGrid * 3 || image.height() < kGrid * 3)
        return std::nullopt;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const int w = rgb.width(), h = rgb.height();
    // Per cell: the bump-weighted mean of the luminance minus its plain mean, which cancels smooth content.
    std::vector<double> weighted(size_t(kGrid * kGrid)), weights(size_t(kGrid * kGrid)), plain(size_t(kGrid * kGrid)),
        count(size_t(kGrid * kGrid));
    for (int y = 0; y < h; ++y) {
        const double gy = (y + 0.5) * kGrid / h;
        const int cy = std::min(kGrid - 1, int(gy));
        const double wy = window(gy - cy);
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            const double gx = (x + 0.5) * kGrid / w;
            const int cx = std::min(kGrid - 1, int(gx));
            const size_t cell = size_t(cy * kGrid + cx);
            const double luma = 0.299 * qRed(line[x]) + 0.587 * qGreen(line[x]) + 0.114 * qBlue(line[x]);
            const double weight = window(gx - cx) * wy;
            weighted[cell] += weight * luma;
            weights[cell] += weight;
            plain[cell] += luma;
            count[cell] += 1;
        }
    }
    const Spread &s = spread();
    std::vector<double> sums(kBits, 0.0), energy(kBits, 0.0);
    for (size_t c = 0; c < weighted.size(); ++c) {
        if (weights[c] <= 0 || count[c] <= 0)
            continue;
        const double r = weighted[c] / weights[c] - plain[c] / count[c];
        sums[size_t(s.bit[c])] += s.chip[c] * r;
        energy[size_t(s.bit[c])] += r * r;
    }
    quint32 code = 0;
    quint16 crc = 0;
    double weakest = std::numeric_limits<double>::max();
    for (int i = 0; i < kBits; ++i) {
        // How far the correlation stands from what chance gives (its spread when the mark is absent).
        const double z = energy[size_t(i)] > 0 ? std::abs(sums[size_t(i)]) / std::sqrt(energy[size_t(i)]) : 0;
        weakest = std::min(weakest, z);
        const quint32 bit = sums[size_t(i)] > 0 ? 1u : 0u;
        if (i < 32)
            code |= bit << i;
        else
            crc |= quint16(bit << (i - 32));
    }
    const std::vector<int> expected = bitsOf(code);
    quint16 check = 0;
    for (int i = 0; i < 16; ++i)
        check |= quint16(expected[size_t(32 + i)] << i);
    // The CRC keeps unmarked pictures out (a random pass is 1 in 65,536); a bit barely above chance as well.
    if (check != crc || weakest < 0.3)
        return std::nullopt;
    return code;
}

QImage Watermarks::drawVisible(const QImage &image, const QString &text, const QString &position, double opacity)
{
    QImage out = image.convertToFormat(QImage::Format_ARGB32);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setOpacity(std::clamp(opacity, 0.0, 1.0));
    QFont font = painter.font();
    font.setPixelSize(std::max(10, out.height() / 18));
    font.setBold(true);
    painter.setFont(font);
    const QRect area = out.rect().adjusted(out.width() / 40, out.height() / 40, -out.width() / 40, -out.height() / 40);
    const Qt::Alignment align = position == QLatin1String("top-left")       ? (Qt::AlignTop | Qt::AlignLeft)
                                : position == QLatin1String("top-right")    ? (Qt::AlignTop | Qt::AlignRight)
                                : position == QLatin1String("bottom-left")  ? (Qt::AlignBottom | Qt::AlignLeft)
                                : position == QLatin1String("center")       ? Qt::AlignCenter
                                                                            : (Qt::AlignBottom | Qt::AlignRight);
    // Dark outline under light text: readable on any picture.
    painter.setPen(QColor(0, 0, 0));
    painter.drawText(area.translated(1, 1), int(align), text);
    painter.setPen(QColor(255, 255, 255));
    painter.drawText(area, int(align), text);
    painter.end();
    return out;
}

double Watermarks::psnr(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size() || x.isNull())
        return 0;
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const double dr = qRed(p[col]) - qRed(q[col]), dg = qGreen(p[col]) - qGreen(q[col]), db = qBlue(p[col]) - qBlue(q[col]);
            sum += dr * dr + dg * dg + db * db;
        }
    }
    const double mse = sum / (3.0 * x.width() * x.height());
    return mse <= 0 ? std::numeric_limits<double>::infinity() : 10.0 * std::log10(255.0 * 255.0 / mse);
}

Result<MarkedImage> Watermarks::mark(const QSqlDatabase &db, const QString &kind, const QImage &original, bool jpeg,
                                     const QString &resourceType, const QString &resourceId, const QString &brandId,
                                     const QString &text, const QString &position, double opacity)
{
    if (!kinds().contains(kind))
        return Error{tr("Unknown watermark kind \"%1\"; the kinds are: %2.").arg(kind, kinds().join(QLatin1String(", "))), {}};
    static const QStringList positions = {QStringLiteral("top-left"), QStringLiteral("top-right"), QStringLiteral("bottom-left"),
                                          QStringLiteral("bottom-right"), QStringLiteral("center")};
    if (!positions.contains(position))
        return Error{tr("Unknown position \"%1\"; the positions are: %2.").arg(position, positions.join(QLatin1String(", "))), {}};
    if (!(opacity > 0 && opacity <= 1))
        return Error{tr("The opacity must be above 0 and at most 1 (got %1).").arg(opacity), {}};
    if (kind == QLatin1String("invisible") && (original.width() < 256 || original.height() < 256))
        return Error{tr("An invisible watermark needs an image of at least 256 × 256 pixels (got %1 × %2).")
                         .arg(original.width())
                         .arg(original.height()),
                     {}};
    if (kind == QLatin1String("visible") && text.trimmed().isEmpty())
        return Error{tr("A visible watermark needs its text (--text)."), {}};
    if (resourceType.trimmed().isEmpty() || resourceId.trimmed().isEmpty())
        return Error{tr("Name the resource the watermark stands for (--resource-type and --resource-id)."), {}};

    MarkedImage result;
    result.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const quint32 code = QRandomGenerator::system()->generate();
    QImage marked = original;
    QJsonObject data{{QStringLiteral("code"), QString::number(code)}};
    if (kind == QLatin1String("visible")) {
        marked = drawVisible(original, text, position, opacity);
        data.insert(QStringLiteral("text"), text);
        data.insert(QStringLiteral("position"), position);
        data.insert(QStringLiteral("opacity"), opacity);
    } else if (kind == QLatin1String("invisible")) {
        marked = embedInvisible(original, code);
        data.insert(QStringLiteral("psnr"), psnr(original, marked));
    }
    {
        QBuffer buffer(&result.bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, jpeg ? "jpeg" : "png");
        if (jpeg)
            writer.setQuality(92);
        if (!jpeg && kind != QLatin1String("invisible")) {
            writer.setText(QLatin1String(kTextKey), result.id);
            writer.setText(QLatin1String(kSourceKey), QLatin1String(aiSourceType()));
        }
        if (!writer.write(jpeg ? marked.convertToFormat(QImage::Format_RGB32) : marked))
            return Error{tr("Could not encode the marked image: %1").arg(writer.errorString()), {}};
    }
    if (jpeg && kind != QLatin1String("invisible"))
        result.bytes = withXmp(result.bytes, result.id);
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO watermarks (id, resource_type, resource_id, type, data, brand_id, created_at) "
                             "VALUES (?, ?, ?, ?, %1, ?, ?)")
                  .arg(dialect.jsonParameter()));
    q.addBindValue(result.id);
    q.addBindValue(resourceType);
    q.addBindValue(resourceId);
    q.addBindValue(kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    q.addBindValue(brandId.isEmpty() ? QVariant() : QVariant(brandId));
    q.addBindValue(dialect.timeValue(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return Database::queryError(q, tr("Recording the watermark"));
    return result;
}

Result<QString> Watermarks::apply(const QSqlDatabase &db, const QString &kind, const QString &input, const QString &output,
                                  const QString &resourceType, const QString &resourceId, const QString &text,
                                  const QString &position, double opacity)
{
    const QString suffix = QFileInfo(output).suffix().toLower();
    const bool jpeg = suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg");
    if (!jpeg && suffix != QLatin1String("png"))
        return Error{tr("%1: the output must be a .png, .jpg or .jpeg file.").arg(output), {}};
    QImageReader reader(input);
    const QImage original = reader.read();
    if (original.isNull())
        return Error{tr("%1: not an image that can be read (%2).").arg(input, reader.errorString()), {}};
    const QString brand = [&] {
        auto found = Collaboration::brandOf(db, {resourceType, resourceId});
        return found ? found.value() : QString();
    }();
    // The row and the file go together: the file is written aside, the row inserted, then the file renamed.
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file))
        return Error{tr("Cannot write %1: %2").arg(output, file.errorString()), {}};
    auto marked = mark(db, kind, original, jpeg, resourceType, resourceId, brand, text, position, opacity);
    if (!marked) {
        file.cancelWriting();
        return Error{QStringLiteral("%1: %2").arg(input, marked.error().message), marked.error().detail};
    }
    if (file.write(marked->bytes) != marked->bytes.size() || !file.commit())
        return Error{tr("Cannot write %1: %2").arg(output, file.errorString()), {}};
    return marked->id;
}

Result<QList<WatermarkFound>> Watermarks::detect(const QSqlDatabase &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString()), {}};
    const QByteArray bytes = file.readAll();
    // Only the formats watermarks are written in; anything else is refused before a decoder sees it.
    const bool png = bytes.startsWith("\x89PNG\r\n\x1a\n"), jpeg = bytes.startsWith("\xff\xd8\xff");
    QImage image;
    if ((!png && !jpeg) || !image.loadFromData(bytes, png ? "PNG" : "JPEG"))
        return Error{tr("%1: not a PNG or JPEG image that can be read.").arg(path), {}};
    QStringList ids;
    const QString text = image.text(QLatin1String(kTextKey));
    if (!text.isEmpty())
        ids.append(text);
    const QByteArray marker = QByteArrayLiteral("atelier:watermark=\"");
    if (const qsizetype at = bytes.indexOf(marker); at >= 0) {
        const qsizetype end = bytes.indexOf('"', at + marker.size());
        if (end > at)
            ids.append(QString::fromUtf8(bytes.mid(at + marker.size(), end - at - marker.size())));
    }
    QList<WatermarkFound> found;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, type, resource_type, resource_id FROM watermarks WHERE id = ?"));
    for (const QString &id : std::as_const(ids)) {
        q.addBindValue(id);
        if (!q.exec())
            return Database::queryError(q, tr("Looking up the watermark"));
        if (q.next())
            found.append({q.value(1).toString() == QLatin1String("visible") ? QStringLiteral("visible") : QStringLiteral("metadata"),
                          q.value(0).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    if (const auto code = extractInvisible(image)) {
        QSqlQuery byCode(db);
        byCode.prepare(QStringLiteral("SELECT id, resource_type, resource_id FROM watermarks WHERE type = 'invisible' AND %1 = ?")
                           .arg(SqlDialect::of(db).jsonText(QStringLiteral("data"), QStringLiteral("code"))));
        byCode.addBindValue(QString::number(*code));
        if (!byCode.exec())
            return Database::queryError(byCode, tr("Looking up the watermark"));
        while (byCode.next())
            found.append({QStringLiteral("invisible"), byCode.value(0).toString(), byCode.value(1).toString(), byCode.value(2).toString()});
    }
    return found;
}

} // namespace Atelier
