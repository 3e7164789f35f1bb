#include "ai/gifwriter.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QTest>

using namespace Atelier;

/// Animated GIFs read back by Qt's own reader: every frame, its size, its delay and its colours.
class TestGifWriter final : public QObject
{
    Q_OBJECT
private slots:
    void framesReadBack()
    {
        QList<QImage> frames;
        const QList<QColor> colours = {Qt::red, QColor(0, 153, 255), QColor(128, 128, 128), Qt::white};
        for (const QColor &c : colours) {
            QImage frame(97, 61, QImage::Format_RGB32); // odd sizes: rows that do not end on a byte
            frame.fill(c);
            frame.setPixel(3, 5, qRgb(0, 0, 0));
            frames.append(frame);
        }
        const QByteArray gif = GifWriter::write(frames, 250);
        QVERIFY(gif.startsWith("GIF89a"));
        QBuffer buffer;
        buffer.setData(gif);
        QImageReader reader(&buffer, "gif");
        QVERIFY(reader.supportsAnimation());
        QCOMPARE(reader.imageCount(), 4);
        QCOMPARE(reader.loopCount(), -1); // forever
        for (const QColor &c : colours) {
            const QImage read = reader.read();
            QVERIFY2(!read.isNull(), qPrintable(reader.errorString()));
            QCOMPARE(read.size(), QSize(97, 61));
            QCOMPARE(reader.nextImageDelay(), 250);
            const QColor got = read.pixelColor(50, 30);
            QVERIFY2(qAbs(got.red() - c.red()) <= 26 && qAbs(got.green() - c.green()) <= 26 && qAbs(got.blue() - c.blue()) <= 26,
                     qPrintable(got.name()));
            QCOMPARE(read.pixelColor(3, 5), QColor(Qt::black));
        }
    }

    void largeNoisyFrameCompressesAndDecodes()
    {
        // Enough distinct strings to fill the LZW table several times over, so its resets are exercised.
        QImage frame(400, 300, QImage::Format_RGB32);
        quint32 x = 12345;
        for (int py = 0; py < frame.height(); ++py)
            for (int px = 0; px < frame.width(); ++px) {
                x = x * 1103515245 + 12345;
                frame.setPixel(px, py, qRgb((x >> 16) & 0xff, (x >> 8) & 0xff, x & 0xff));
            }
        const QByteArray gif = GifWriter::write({frame, frame.mirrored()}, 100);
        QBuffer buffer;
        buffer.setData(gif);
        QImageReader reader(&buffer, "gif");
        const QImage first = reader.read();
        QVERIFY2(!first.isNull(), qPrintable(reader.errorString()));
        // Each pixel is the palette's nearest: within half a step of the 6-level cube.
        for (int i = 0; i < 200; ++i) {
            const int px = (i * 37) % 400, py = (i * 53) % 300;
            const QColor want = frame.pixelColor(px, py), got = first.pixelColor(px, py);
            QVERIFY(qAbs(want.red() - got.red()) <= 26 && qAbs(want.green() - got.green()) <= 26 && qAbs(want.blue() - got.blue()) <= 26);
        }
        QVERIFY(!reader.read().isNull());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestGifWriter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gifwriter.moc"
