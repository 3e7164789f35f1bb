// The reads the Monitoring page adds to issue 19's services, on SQLite and PostgreSQL: the window's figures per bucket
// for the chart (PerformanceService::timeline) and who may apply a piece of advice (OptimizationService::mayApply).
#include "core/database.h"
#include "core/migrator.h"
#include "monitoring/optimizationservice.h"
#include "monitoring/performanceservice.h"
#include "monitoring/querymetrics.h"
#include "scratchdatabase.h"

#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

class TestMonitoringReads final : public QObject
{
    Q_OBJECT
private slots:
    void timelineBuckets_data() { ScratchDatabase::addDialectRows(); }
    void timelineBuckets()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db);
        QVERIFY(Migrator::migrate(db.value()).ok());
        const QDateTime from(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
        const QString kind = scratch.url().isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
        QueryMetrics::instance().take(true);
        // Hour 0: two statements, 10 calls of 2 ms and one of 40 ms; hour 2: one call of 5 ms; nothing in hour 1.
        for (int i = 0; i < 10; ++i)
            QueryMetrics::instance().record(kind, QStringLiteral("overview"), QStringLiteral("kpis"), 2.0, 1, {}, from.addSecs(60 * i));
        QueryMetrics::instance().record(kind, QStringLiteral("funnel"), QStringLiteral("steps"), 40.0, 3, {}, from.addSecs(1800));
        QueryMetrics::instance().record(kind, QStringLiteral("overview"), QStringLiteral("kpis"), 5.0, 1, {}, from.addSecs(2 * 3600 + 30));
        QueryMetrics::instance().record(kind, QStringLiteral("overview"), QStringLiteral("kpis"), 7.0, 1, {}, from.addSecs(5 * 3600)); // outside
        const auto flushed = QueryMetrics::flush(db.value(), true);
        QVERIFY2(flushed, qPrintable(flushed ? QString() : flushed.error().message));

        const auto points = PerformanceService::timeline(db.value(), from, from.addSecs(3 * 3600), 3600);
        QVERIFY2(points, qPrintable(points ? QString() : points.error().message));
        QCOMPARE(points->size(), 2);
        QCOMPARE(points->at(0).start, from);
        QCOMPARE(points->at(0).calls, 11);
        QCOMPARE(points->at(0).maxMs, 40.0);
        QVERIFY(qAbs(points->at(0).meanMs - 60.0 / 11.0) < 1e-6);
        QVERIFY2(points->at(0).p50Ms >= 2.0 && points->at(0).p50Ms < 2.2, qPrintable(QString::number(points->at(0).p50Ms)));
        QVERIFY(points->at(0).p95Ms > 30.0 && points->at(0).p95Ms <= 40.0); // the 11th call of 11 is the 40 ms one
        QCOMPARE(points->at(1).start, from.addSecs(2 * 3600));
        QCOMPARE(points->at(1).calls, 1);

        // Both together, as the page reads them: the statements merged over the window (queryMetrics() is their list).
        const auto both = PerformanceService::windowFigures(db.value(), from, from.addSecs(3 * 3600), 3600);
        QVERIFY(both);
        QCOMPARE(both->bucketSeconds, 3600);
        QCOMPARE(both->points.size(), points->size());
        QCOMPARE(both->statements.size(), 2);
        const StatementMetric &steps = both->statements.at(0), &kpis = both->statements.at(1); // slowest in total first
        QCOMPARE(steps.statement, QStringLiteral("steps"));
        QCOMPARE(steps.calls, 1);
        QCOMPARE(steps.totalMs, 40.0);
        QCOMPARE(steps.rows, 3);
        QCOMPARE(kpis.statement, QStringLiteral("kpis"));
        QCOMPARE(kpis.calls, 11);
        QCOMPARE(kpis.totalMs, 25.0); // ten of 2 ms and one of 5 ms; the 7 ms one is outside
        QCOMPARE(kpis.maxMs, 5.0);
        QVERIFY(qAbs(kpis.meanMs - 25.0 / 11.0) < 1e-9);
        QVERIFY(kpis.p50Ms >= 2.0 && kpis.p50Ms < 2.2);
        QVERIFY(kpis.p95Ms > 4.5 && kpis.p95Ms <= 5.0);
        const auto listed = PerformanceService::queryMetrics(db.value(), from, from.addSecs(3 * 3600));
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(1).calls, 11);
        QCOMPARE(PerformanceService::queryMetrics(db.value(), from, from)->size(), 0); // an empty window: nothing, not an error

        // Buckets are at least a minute, and never more than 2,000 of them.
        const auto fine = PerformanceService::timeline(db.value(), from, from.addDays(30), 1);
        QVERIFY(fine);
        QCOMPARE(fine->size(), 3);
        QVERIFY(from.secsTo(fine->at(1).start) % 60 == 0);
        QVERIFY(!PerformanceService::timeline(db.value(), from, from, 60)); // an empty window is refused, said
    }

    void planOfAStatement_data() { ScratchDatabase::addDialectRows(); }
    void planOfAStatement()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db);
        QVERIFY(Migrator::migrate(db.value()).ok());
        const auto plan = OptimizationService::plan(db.value(), QStringLiteral("SELECT id FROM brands WHERE slug = ? AND name <> ?"));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().message));
        QVERIFY2(plan->contains(QLatin1String("brands")), qPrintable(plan.value()));
        // Twice on one connection: the prepared statement is gone, the planner's mode back.
        QVERIFY(OptimizationService::plan(db.value(), QStringLiteral("SELECT count(*) FROM users")));
        const auto write = OptimizationService::plan(db.value(), QStringLiteral("DELETE FROM brands WHERE id = ?"));
        QVERIFY(!write);
        QCOMPARE(write.error().code, ErrorCode::InvalidInput);
        QVERIFY(!OptimizationService::plan(db.value(), QStringLiteral("SELECT 1; DROP TABLE brands")));
        QVERIFY(!OptimizationService::plan(db.value(), QStringLiteral("SELECT * FROM no_such_table")));
    }

    void mayApply_data() { ScratchDatabase::addDialectRows(); }
    void mayApply()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db);
        QVERIFY(Migrator::migrate(db.value()).ok());
        Advice analyze;
        analyze.id = QStringLiteral("stale_statistics:brands");
        analyze.kind = QStringLiteral("stale_statistics");
        analyze.table = QStringLiteral("brands");
        analyze.statement = QStringLiteral("ANALYZE brands");
        analyze.applicable = true;
        const Status owner = OptimizationService::mayApply(db.value(), analyze); // the scratch database's owner
        QVERIFY2(owner, qPrintable(owner ? QString() : owner.error().message));

        Advice session = analyze;
        session.id = QStringLiteral("idle_in_transaction:42");
        session.applicable = false;
        const Status person = OptimizationService::mayApply(db.value(), session);
        QVERIFY(!person);
        QCOMPARE(person.error().code, ErrorCode::InvalidInput);
        QVERIFY(person.error().message.contains(QLatin1String("ANALYZE brands")));

        if (!scratch.url().isSqlite()) {
            Advice elsewhere = analyze;
            elsewhere.table = QStringLiteral("pg_class_is_not_ours"); // no table of ours: nobody here owns it
            const Status refused = OptimizationService::mayApply(db.value(), elsewhere);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        }
    }
};

QTEST_GUILESS_MAIN(TestMonitoringReads)
#include "tst_monitoringreads.moc"
