#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/resultcache.h"
#include "eventfixture.h"
#include "reports/analysisrunner.h"
#include "reports/reportexport.h"
#include "reports/reportwriter.h"
#include "scratchdatabase.h"
#include "security/ratelimiter.h"

#include <QFuture>
#include <QGuiApplication>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <vector>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Analyses run one way for the views, the report export and the command line: through the result cache (a hit on
/// the same key, a miss once the data changed) and under the per-person limit, which refuses at once instead of
/// making anyone wait.
class TestAnalysisRunner final : public QObject
{
    Q_OBJECT

    /// Two people of brand b1 who view, sign up and buy in March 2026.
    static QByteArray events()
    {
        return "b1\tpage_view\tu1\ts1\t2026-03-02T10:00:00.000Z\t{}\n"
               "b1\tsignup\tu1\ts1\t2026-03-02T10:05:00.000Z\t{}\n"
               "b1\tadd_to_cart\tu1\ts1\t2026-03-02T10:06:00.000Z\t{}\n"
               "b1\tcheckout\tu1\ts1\t2026-03-02T10:07:00.000Z\t{}\n"
               "b1\tpurchase\tu1\ts1\t2026-03-02T10:08:00.000Z\t{\"revenue\":20}\n"
               "b1\tpage_view\tu2\ts2\t2026-03-03T10:00:00.000Z\t{}\n";
    }

    static AnalysisRequest funnel()
    {
        return AnalysisRequest{QStringLiteral("b1"), QDate(2026, 3, 1), QDate(2026, 3, 8), QStringLiteral("funnel"), {}, QStringLiteral("en")};
    }

    /// The first table of an analysis, as CSV: what a person would compare.
    static QByteArray firstTable(const Result<QList<ReportSection>> &sections)
    {
        if (!sections || sections->isEmpty())
            return {};
        return ReportWriter::tableCsv(sections->first().table);
    }

    /// Every permit of the person, held until the list goes.
    static std::vector<std::unique_ptr<ConcurrencyLimiter::Permit>> exhaust(const QSqlDatabase &db)
    {
        std::vector<std::unique_ptr<ConcurrencyLimiter::Permit>> held;
        while (auto p = AnalysisRunner::limiter().tryAcquire(AnalysisRunner::personKey(db)))
            held.push_back(std::move(p));
        return held;
    }

private slots:
    void init() { ResultCache::instance().clear(); }

    void cachedUntilTheDataChanges_data() { ScratchDatabase::addDialectRows(); }
    void cachedUntilTheDataChanges()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEventText(db.value(), events()).ok());
        ResultCache &cache = ResultCache::instance();

        const auto first = AnalysisRunner::run(db.value(), funnel());
        QVERIFY2(first, qPrintable(first ? QString() : first.error().message));
        const qint64 hits = cache.statistics().hits;
        const auto second = AnalysisRunner::run(db.value(), funnel());
        QVERIFY(second);
        QCOMPARE(cache.statistics().hits, hits + 1); // the same key: from the cache
        QCOMPARE(firstTable(second), firstTable(first));
        // The same numbers a direct computation gives.
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        QCOMPARE(firstTable(first), firstTable(AnalysisReports::build(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 8),
                                                                      QStringLiteral("funnel"))));

        // Other options, another range or another language: other keys.
        AnalysisRequest otherRange = funnel();
        otherRange.to = QDate(2026, 3, 3);
        QVERIFY(AnalysisRunner::cacheKey(otherRange) != AnalysisRunner::cacheKey(funnel()));
        AnalysisRequest french = funnel();
        french.language = QStringLiteral("fr");
        QVERIFY(AnalysisRunner::cacheKey(french) != AnalysisRunner::cacheKey(funnel()));
        AnalysisRequest lastTouch = funnel();
        lastTouch.analysis = QStringLiteral("channels");
        AnalysisRequest firstTouch = lastTouch;
        firstTouch.options.attribution = QStringLiteral("first_touch");
        QVERIFY(AnalysisRunner::cacheKey(lastTouch) != AnalysisRunner::cacheKey(firstTouch));

        // A new event: a new data version, so computed again, and the figures follow.
        QVERIFY(Testing::loadEventText(db.value(), "b1\tsignup\tu2\ts2\t2026-03-03T10:05:00.000Z\t{}\n").ok());
        const qint64 hitsBefore = cache.statistics().hits;
        const auto third = AnalysisRunner::run(db.value(), funnel());
        QVERIFY(third);
        QCOMPARE(cache.statistics().hits, hitsBefore);
        QVERIFY(firstTable(third) != firstTable(first));
        QVERIFY(AnalysisRunner::run(db.value(), funnel()));
        QCOMPARE(cache.statistics().hits, hitsBefore + 1);

        // Real time depends on the clock: computed every time.
        AnalysisRequest realtime = funnel();
        realtime.analysis = QStringLiteral("realtime");
        QVERIFY(AnalysisRunner::run(db.value(), realtime));
        const qint64 hitsRealtime = cache.statistics().hits;
        QVERIFY(AnalysisRunner::run(db.value(), realtime));
        QCOMPARE(cache.statistics().hits, hitsRealtime);

        // The Overview's figures the same way.
        const auto overview = AnalysisRunner::overview(db.value(), QStringLiteral("b1"), QDate(2026, 3, 1), QDate(2026, 3, 8));
        QVERIFY2(overview, qPrintable(overview ? QString() : overview.error().message));
        QCOMPARE(overview->events, 7);
        const qint64 hitsOverview = cache.statistics().hits;
        QCOMPARE(AnalysisRunner::overview(db.value(), QStringLiteral("b1"), QDate(2026, 3, 1), QDate(2026, 3, 8))->events, 7);
        QCOMPARE(cache.statistics().hits, hitsOverview + 1);
        QVERIFY(!AnalysisRunner::run(db.value(), AnalysisRequest{QStringLiteral("no-such-brand"), QDate(2026, 3, 1), QDate(2026, 3, 8),
                                                                  QStringLiteral("funnel"), {}, {}}));
    }

    void theLimitRefusesWithoutWaiting_data() { ScratchDatabase::addDialectRows(); }
    void theLimitRefusesWithoutWaiting()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEventText(db.value(), events()).ok());
        QVERIFY(AnalysisRunner::run(db.value(), funnel())); // in the cache

        // The person's analyses all running: a new one is refused at once, on its thread, instead of waiting there.
        auto held = exhaust(db.value());
        QCOMPARE(int(held.size()), AnalysisRunner::limiter().limit());
        AnalysisRequest retention = funnel();
        retention.analysis = QStringLiteral("retention");
        const DatabaseUrl url = scratch.url();
        QFuture<Result<QList<ReportSection>>> refused = QtConcurrent::run([url, retention]() -> Result<QList<ReportSection>> {
            auto conn = Database::open(url);
            if (!conn)
                return conn.error();
            return AnalysisRunner::run(conn.value(), retention);
        });
        QTRY_VERIFY_WITH_TIMEOUT(refused.isFinished(), 20000); // the permits are still held: it did not wait for one
        QVERIFY(!refused.result());
        QCOMPARE(refused.result().error().code, ErrorCode::RateLimited);
        QCOMPARE(refused.result().error().message,
                 QStringLiteral("You already have 2 analyses running; this one was not started. Ask again once one of them has "
                                "finished, or cancel one."));
        // An answer already in the cache takes no permit.
        QVERIFY(AnalysisRunner::run(db.value(), funnel()));
        // The report export goes through the same limit: the analysis says why it is missing.
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        auto report = ReportExport::collect(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 8), {QStringLiteral("retention")}, {});
        QVERIFY(report);
        QCOMPARE(report->first().error, refused.result().error().message);

        held.clear();
        QCOMPARE(AnalysisRunner::limiter().running(AnalysisRunner::personKey(db.value())), 0);
        QVERIFY(AnalysisRunner::run(db.value(), retention));
        QCOMPARE(AnalysisRunner::limiter().running(AnalysisRunner::personKey(db.value())), 0); // given back once done
    }

    void theExportSharesTheCache_data() { ScratchDatabase::addDialectRows(); }
    void theExportSharesTheCache()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEventText(db.value(), events()).ok());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        ResultCache &cache = ResultCache::instance();

        // What a view computed, the export takes from the cache, and the other way round.
        const auto shown = AnalysisRunner::run(db.value(), funnel());
        QVERIFY(shown);
        const qint64 hits = cache.statistics().hits;
        auto report = ReportExport::collect(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 8),
                                            {QStringLiteral("funnel"), QStringLiteral("channels")}, {});
        QVERIFY(report);
        QCOMPARE(report->size(), 2);
        QVERIFY2(report->at(0).error.isEmpty(), qPrintable(report->at(0).error));
        QCOMPARE(cache.statistics().hits, hits + 1);
        QCOMPARE(ReportWriter::tableCsv(report->at(0).sections.first().table), firstTable(shown));
        AnalysisRequest channels = funnel();
        channels.analysis = QStringLiteral("channels");
        QVERIFY(AnalysisRunner::run(db.value(), channels));
        QCOMPARE(cache.statistics().hits, hits + 2);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestAnalysisRunner test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_analysisrunner.moc"
