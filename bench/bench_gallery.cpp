// The AI Studio gallery with 10,000 generations of one brand, each with its own thumbnail: the time to the first
// page, then a scroll through the whole grid a screen at a time as a person flicks the wheel (each frame painted and
// timed, the pages and thumbnails arriving off the GUI thread meanwhile), then a fling from top to bottom; the resident
// memory of the process all along. Usage: bench_gallery [--generations N] [--pg-url postgresql://…] (without it, a
// SQLite file in a temporary folder).
#include "residentmemory.h"
#include "ai/gallerymodel.h"
#include "ai/galleryview.h"
#include "ai/studioview.h"
#include "ai/thumbnailcache.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "demo/demoimages.h"
#include "scratchdatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QImage>
#include <QListView>
#include <QScrollBar>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Atelier;

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = std::clamp<qsizetype>(qsizetype(std::ceil(p / 100.0 * double(values.size()))) - 1, 0, values.size() - 1);
    return values.at(rank);
}

double mib(long kib)
{
    return double(kib) / 1024.0;
}

bool fill(const QSqlDatabase &db, int count)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('bench', 'bench', 'Bench', 'design')"))
        || !q.exec(QStringLiteral("INSERT INTO users (id, username, display_name) VALUES ('bench-user', 'bench', 'Bench')")))
        return false;
    const SqlDialect d = SqlDialect::of(db);
    if (!db.driver()->beginTransaction())
        return false;
    QSqlQuery asset(db), generation(db);
    asset.prepare(QStringLiteral("INSERT INTO ai_assets (brand_id, sha256, mime_type, width, height, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    generation.prepare(QStringLiteral("INSERT INTO ai_generations (id, type, prompt, model, parameters, status, result_url, thumbnail_url, credits, "
                                      "cost_cents, duration, quality, rating, starred, user_id, brand_id, created_at, completed_at, provider) "
                                      "VALUES (?, '2d', ?, 'dall-e-3', '{}', 'completed', ?, ?, 4, 4, 9, ?, ?, ?, 'bench-user', 'bench', ?, ?, 'openai')"));
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-60);
    const QList<QColor> palette = {QColor(0xd9, 0x8c, 0x5f), QColor(0x3b, 0x5b, 0x7a), QColor(0xf2, 0xe8, 0xdc), QColor(40, 40, 48)};
    for (int i = 0; i < count; ++i) {
        // Every generation has a thumbnail of its own (small, as the engine stores them: 128 px here to keep the fill short).
        const QByteArray png = DemoImages::png(DemoImages::render(quint64(i) * 7919u + 1, palette, 128));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
        const QDateTime at = start.addSecs(qint64(i) * 500);
        asset.addBindValue(QStringLiteral("bench"));
        asset.addBindValue(sha);
        asset.addBindValue(QStringLiteral("image/png"));
        asset.addBindValue(128);
        asset.addBindValue(128);
        asset.addBindValue(png);
        asset.addBindValue(d.timeValue(at));
        if (!asset.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(asset.lastError().text()));
            return false;
        }
        generation.addBindValue(QStringLiteral("gen-%1").arg(i, 6, 10, QLatin1Char('0')));
        generation.addBindValue(QStringLiteral("bench image %1, ceramic vase on oak, studio light").arg(i));
        generation.addBindValue(QStringLiteral("asset:") + sha);
        generation.addBindValue(QStringLiteral("asset:") + sha);
        generation.addBindValue(50.0 + (i % 50));
        generation.addBindValue(i % 7 == 0 ? QVariant(1 + i % 5) : QVariant());
        generation.addBindValue(i % 11 == 0);
        generation.addBindValue(d.timeValue(at));
        generation.addBindValue(d.timeValue(at.addSecs(9)));
        if (!generation.exec()) {
            std::fprintf(stderr, "%s\n", qPrintable(generation.lastError().text()));
            return false;
        }
    }
    return db.driver()->commitTransaction();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Atelier"));
    app.setApplicationName(QStringLiteral("AtelierBench"));
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("generations"), QStringLiteral("Generations."), QStringLiteral("n"), QStringLiteral("10000")},
                       {QStringLiteral("pg-url"), QStringLiteral("PostgreSQL server (admin URL)."), QStringLiteral("url")}});
    parser.addHelpOption();
    parser.process(app);
    const int count = parser.value(QStringLiteral("generations")).toInt();
    if (parser.isSet(QStringLiteral("pg-url")))
        qputenv("ATELIER_TEST_PG_URL", parser.value(QStringLiteral("pg-url")).toUtf8());
    // This run's own disk cache of results, so that thumbnails come from the database the first time.
    QTemporaryDir home;
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    Testing::ScratchDatabase scratch(parser.isSet(QStringLiteral("pg-url")) ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    if (!scratch.problem().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(scratch.problem()));
        return 1;
    }
    {
        auto db = Database::open(scratch.url());
        QElapsedTimer t;
        t.start();
        if (!db || !Migrator::migrate(db.value()) || !fill(db.value(), count)) {
            std::fprintf(stderr, "could not fill the database\n");
            return 1;
        }
        std::printf("database: %s, %d generations of one brand, each with its own thumbnail (filled in %.1f s)\n",
                    qPrintable(scratch.url().displayString()), count, double(t.elapsed()) / 1000.0);
    }
    const long rssStart = Bench::rssKiB();

    GalleryView gallery;
    gallery.resize(1360, 900);
    gallery.show();
    QElapsedTimer first;
    first.start();
    StudioContext context{scratch.url(), QStringLiteral("bench"), QStringLiteral("bench"), QDate::currentDate().addDays(-90), QDate::currentDate().addDays(1)};
    gallery.setContext(context);
    if (!QTest::qWaitFor([&] { return gallery.model()->rowCount() > 0; }, 60000)) {
        std::fprintf(stderr, "the gallery did not load\n");
        return 1;
    }
    const qint64 firstPageMs = first.elapsed();
    // The first screen painted, its thumbnails asked for, loaded and painted.
    const bool settled = QTest::qWaitFor([&] { return gallery.thumbnails()->bytesHeld() > 0 && gallery.thumbnails()->loading() == 0
                                                      && gallery.thumbnails()->waiting() == 0; }, 20000);
    Q_UNUSED(settled)
    const qint64 firstScreenMs = first.elapsed();
    const long rssLoaded = Bench::rssKiB();
    std::printf("first page of %d tiles: %lld ms; the first screen's thumbnails in: %lld ms; total %lld\n", int(gallery.model()->rowCount()),
                firstPageMs, firstScreenMs, gallery.model()->total());

    // A screen at a time, as a wheel flick does: each frame painted and timed; the events between frames (pages,
    // thumbnails) handled as the event loop would at 60 frames a second.
    QScrollBar *bar = gallery.list()->verticalScrollBar();
    QList<double> frames;
    long rssPeak = rssLoaded;
    QElapsedTimer run;
    run.start();
    int step = 0;
    while (true) {
        const int before = bar->value();
        bar->setValue(bar->value() + gallery.list()->viewport()->height() / 2);
        QElapsedTimer frame;
        frame.start();
        gallery.list()->viewport()->repaint();
        frames.append(double(frame.nsecsElapsed()) / 1e6);
        QTest::qWait(16);
        if (++step % 50 == 0) {
            rssPeak = std::max(rssPeak, Bench::rssKiB());
            std::printf("  %6d of %lld tiles held, scrolled to %d px; thumbnails held %.1f MB; RSS %.1f MB\n", int(gallery.model()->rowCount()),
                        gallery.model()->total(), bar->value(), double(gallery.thumbnails()->bytesHeld()) / 1048576.0, mib(Bench::rssKiB()));
        }
        if (bar->value() == before && !gallery.model()->canFetchMore({}) && !gallery.model()->isFetching())
            break;
        if (run.elapsed() > 600000)
            break;
    }
    rssPeak = std::max(rssPeak, Bench::rssKiB());
    std::printf("scroll through %d tiles a half screen at a time: %d frames in %.1f s; paint per frame p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, "
                "max %.2f ms; frames over 16 ms: %lld\n",
                int(gallery.model()->rowCount()), int(frames.size()), double(run.elapsed()) / 1000.0, percentile(frames, 50), percentile(frames, 95),
                percentile(frames, 99), *std::max_element(frames.cbegin(), frames.cend()),
                qlonglong(std::count_if(frames.cbegin(), frames.cend(), [](double f) { return f > 16.0; })));

    // A fling: top to bottom in 40 frames. The thumbnails asked for on the way are dropped as they scroll away.
    bar->setValue(0);
    QTest::qWait(200);
    QList<double> fling;
    for (int i = 1; i <= 40; ++i) {
        bar->setValue(bar->maximum() * i / 40);
        QElapsedTimer frame;
        frame.start();
        gallery.list()->viewport()->repaint();
        fling.append(double(frame.nsecsElapsed()) / 1e6);
        QTest::qWait(16);
    }
    const int waitingAfterFling = gallery.thumbnails()->waiting();
    const bool drained = QTest::qWaitFor([&] { return gallery.thumbnails()->loading() == 0 && gallery.thumbnails()->waiting() == 0; }, 20000);
    Q_UNUSED(drained)
    rssPeak = std::max(rssPeak, Bench::rssKiB());
    std::printf("fling top to bottom in 40 frames: paint p50 %.2f ms, max %.2f ms; thumbnail loads waiting after it: %d (bounded)\n",
                percentile(fling, 50), *std::max_element(fling.cbegin(), fling.cend()), waitingAfterFling);
    std::printf("RSS: %.1f MB before the gallery, %.1f MB with its first page, peak %.1f MB, %.1f MB at the end; thumbnail cache %.1f of %.1f MB\n",
                mib(rssStart), mib(rssLoaded), mib(rssPeak), mib(Bench::rssKiB()), double(gallery.thumbnails()->bytesHeld()) / 1048576.0,
                double(gallery.thumbnails()->budget()) / 1048576.0);
    return 0;
}
