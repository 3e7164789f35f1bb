#include "core/database.h"
#include "core/migrator.h"
#include "demo/demoimages.h"
#include "eventfixture.h"
#include "scratchdatabase.h"
#include "security/watermark.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QImageWriter>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Watermarks: the invisible one survives JPEG 75 and a 50% downscale without being seen, and is not found
/// where it is not; metadata and visible marks name their resource.
class TestWatermark final : public QObject
{
    Q_OBJECT
private:
    static QImage picture(quint64 seed)
    {
        return DemoImages::render(seed, {QColor(0xd9, 0x7a, 0x5b), QColor(0x2e, 0x4a, 0x62), QColor(0xf2, 0xe8, 0xcf)}, 512);
    }
    static QImage jpeg(const QImage &image, int quality)
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(quality);
        writer.write(image.convertToFormat(QImage::Format_RGB32));
        QImage back;
        back.loadFromData(bytes, "JPEG");
        return back;
    }

private slots:
    void invisibleSurvives()
    {
        double worstPsnr = 1e9;
        for (quint64 seed : {1ull, 7ull, 42ull, 1234ull}) {
            const QImage original = picture(seed);
            const quint32 code = quint32(0x9e3779b9u * seed + 17u);
            const QImage marked = Watermarks::embedInvisible(original, code);
            const double psnr = Watermarks::psnr(original, marked);
            worstPsnr = std::min(worstPsnr, psnr);
            QVERIFY2(psnr > 40, qPrintable(QString::number(psnr)));
            QCOMPARE(Watermarks::extractInvisible(marked).value_or(0), code);
            const QImage q75 = jpeg(marked, 75);
            QCOMPARE(Watermarks::extractInvisible(q75).value_or(0), code);
            const QImage half = marked.scaled(marked.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            QCOMPARE(Watermarks::extractInvisible(half).value_or(0), code);
            QCOMPARE(Watermarks::extractInvisible(jpeg(half, 75)).value_or(0), code);
            // Not reported where it is not.
            QVERIFY(!Watermarks::extractInvisible(original).has_value());
            QVERIFY(!Watermarks::extractInvisible(jpeg(original, 75)).has_value());
        }
        qInfo("worst PSNR of the invisible mark: %.1f dB", worstPsnr);
    }

    void namesTheResource_data() { ScratchDatabase::addDialectRows(); }
    void namesTheResource()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const QString folder = scratch.folder();
        const QString source = folder + QStringLiteral("/source.png");
        QVERIFY(picture(5).save(source));
        struct Case
        {
            const char *kind;
            const char *output;
        };
        for (const Case c : {Case{"metadata", "m.png"}, Case{"metadata", "m.jpg"}, Case{"visible", "v.png"}, Case{"invisible", "i.png"},
                             Case{"invisible", "i.jpg"}}) {
            const QString out = folder + QLatin1Char('/') + QLatin1String(c.output);
            const auto id = Watermarks::apply(db.value(), QLatin1String(c.kind), source, out, QStringLiteral("ai_generation"),
                                              QStringLiteral("gen_%1").arg(QLatin1String(c.output)), QStringLiteral("© Atelier"));
            QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
            const auto found = Watermarks::detect(db.value(), out);
            QVERIFY(found.ok());
            QCOMPARE(found->size(), 1);
            QCOMPARE(found->first().watermarkId, id.value());
            QCOMPARE(found->first().resourceId, QStringLiteral("gen_%1").arg(QLatin1String(c.output)));
            QCOMPARE(found->first().kind, QLatin1String(c.kind));
        }
        // The metadata says the picture is AI-made.
        QImage tagged(folder + QStringLiteral("/m.png"));
        QCOMPARE(tagged.text(QStringLiteral("DigitalSourceType")), QLatin1String(Watermarks::aiSourceType()));
        // An invisible mark re-encoded elsewhere and shrunk still names its resource.
        QImage shared(folder + QStringLiteral("/i.png"));
        QVERIFY(jpeg(shared.scaled(256, 256, Qt::IgnoreAspectRatio, Qt::SmoothTransformation), 75).save(folder + QStringLiteral("/shared.jpg")));
        const auto again = Watermarks::detect(db.value(), folder + QStringLiteral("/shared.jpg"));
        QCOMPARE(again->size(), 1);
        QCOMPARE(again->first().resourceId, QStringLiteral("gen_i.png"));
        // Nothing found in a picture never marked; bad input said plainly, nothing written.
        QCOMPARE(Watermarks::detect(db.value(), source)->size(), 0);
        QVERIFY(!Watermarks::apply(db.value(), QStringLiteral("sparkle"), source, folder + QStringLiteral("/x.png"), QStringLiteral("t"), QStringLiteral("1")).ok());
        QVERIFY(!Watermarks::apply(db.value(), QStringLiteral("metadata"), folder + QStringLiteral("/missing.png"), folder + QStringLiteral("/x.png"), QStringLiteral("t"), QStringLiteral("1")).ok());
        QVERIFY(!Watermarks::apply(db.value(), QStringLiteral("metadata"), source, folder + QStringLiteral("/x.gif"), QStringLiteral("t"), QStringLiteral("1")).ok());
        QVERIFY(!QFile::exists(folder + QStringLiteral("/x.png")));
    }
};

QTEST_MAIN(TestWatermark)
#include "tst_watermark.moc"
