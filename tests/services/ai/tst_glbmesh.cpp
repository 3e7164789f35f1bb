#include "ai/glbmesh.h"

#include <QGuiApplication>
#include <QImage>
#include <QTest>

using namespace Atelier;

namespace {

GlbMesh tetrahedron()
{
    GlbMesh m;
    m.positions = {QVector3D(0, 0, 0), QVector3D(1, 0, 0), QVector3D(0, 1, 0), QVector3D(0, 0, 1)};
    m.indices = {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3};
    m.color = QColor(200, 80, 40);
    return m;
}

void put32(QByteArray &b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}

} // namespace

/// GLB files: written, read back, refused when damaged, drawn.
class TestGlbMesh final : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const QByteArray glb = tetrahedron().write();
        QVERIFY(GlbMesh::looksLikeGlb(glb));
        QCOMPARE(glb.size() % 4, 0);
        auto read = GlbMesh::read(glb);
        QVERIFY2(std::holds_alternative<GlbMesh>(read), qPrintable(std::get_if<QString>(&read) ? *std::get_if<QString>(&read) : QString()));
        const GlbMesh &m = std::get<GlbMesh>(read);
        QCOMPARE(m.positions, tetrahedron().positions);
        QCOMPARE(m.indices, tetrahedron().indices);
        QCOMPARE(m.color.red(), 200);
    }

    void refusesDamagedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = tetrahedron().write();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n0000000000");
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QByteArray longJson = good;
        put32(longJson, 12, 1u << 30);
        QTest::newRow("json chunk longer than the file") << longJson;
        QByteArray badJson = good;
        badJson[20] = '[';
        QTest::newRow("json not an object") << badJson;
        QByteArray index = good;
        put32(index, index.size() - 4, 99); // the last index points past the four positions
        QTest::newRow("index past the positions") << index;
        QByteArray count = good;
        const qsizetype at = count.indexOf("\"count\":4");
        count.replace(at, 9, "\"count\":9");
        QTest::newRow("accessor past its data") << count;
    }
    void refusesDamagedFiles()
    {
        QFETCH(QByteArray, bytes);
        auto read = GlbMesh::read(bytes);
        QVERIFY(std::holds_alternative<QString>(read));
        QVERIFY(!std::get<QString>(read).isEmpty());
    }

    void drawsAPreview()
    {
        const QImage image = tetrahedron().render(128);
        QCOMPARE(image.size(), QSize(128, 128));
        const QRgb background = image.pixel(0, 0);
        int painted = 0;
        for (int y = 0; y < 128; ++y)
            for (int x = 0; x < 128; ++x)
                painted += image.pixel(x, y) != background;
        QVERIFY2(painted > 128 * 128 / 5, "the mesh should fill a good part of the preview");
        QVERIFY(qRed(image.pixel(64, 64)) > qBlue(image.pixel(64, 64))); // in its own colour
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestGlbMesh test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_glbmesh.moc"
