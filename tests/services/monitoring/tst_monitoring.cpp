// Issue 19's first slice on SQLite and PostgreSQL: statement timing kept per minute, the window's figures, caches,
// optimisation advice found and applied (administrators only, audited, measured again), health, alert rules.
#include "cli.h"
#include "output.h"

#include "collaboration/useradmin.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "demo/demogenerator.h"
#include "monitoring/alertservice.h"
#include "monitoring/cacheservice.h"
#include "monitoring/healthservice.h"
#include "monitoring/monitorround.h"
#include "monitoring/statementsnapshots.h"
#include "monitoring/optimizationservice.h"
#include "monitoring/performanceservice.h"
#include "monitoring/querymetrics.h"
#include "security/audittrail.h"
#include "collaboration/resources.h"
#include "workflows/workflowengine.h"
#include "ai/providersettings.h"
#include "collaboration/inbox.h"
#include "fakeprovider.h"
#include "scratchdatabase.h"
#include "sqlsession.h"
#include "studiofixture.h"

#include <QFuture>
#include <QJsonArray>
#include <QtConcurrent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cmath>
#include <tuple>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {

QSqlDatabase opened(const ScratchDatabase &scratch)
{
    auto db = Database::open(scratch.url());
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    if (auto m = Migrator::migrate(db.value()); !m)
        qFatal("%s", qPrintable(m.error().message));
    return db.value();
}

bool exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

/// A table of \a rows rows: id, brand (one of 50), score; autovacuum off on PostgreSQL so that only the test analyzes it.
bool makeTable(const QSqlDatabase &db, const QString &name, int rows)
{
    const bool sqlite = SqlDialect::of(db).isSqlite();
    if (!exec(db, QStringLiteral("CREATE TABLE %1 (id integer PRIMARY KEY, brand text NOT NULL, score integer NOT NULL)%2")
                      .arg(name, sqlite ? QString() : QStringLiteral(" WITH (autovacuum_enabled = off)"))))
        return false;
    return exec(db, sqlite ? QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
                                            "INSERT INTO %1 SELECT i, 'b' || (i % 50), i % 997 FROM n")
                                 .arg(name)
                                 .arg(rows)
                           : QStringLiteral("INSERT INTO %1 SELECT i, 'b' || (i % 50), i % 997 FROM generate_series(1, %2) i").arg(name).arg(rows));
}

QStringList ids(const QList<Advice> &advice)
{
    QStringList list;
    for (const Advice &a : advice)
        list << a.id;
    return list;
}

std::optional<Advice> find(const QList<Advice> &advice, const QString &id)
{
    for (const Advice &a : advice)
        if (a.id == id)
            return a;
    return std::nullopt;
}

} // namespace

class TestMonitoring final : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase() { Testing::StudioFixture::isolateDesktop(m_home.path()); }
    void histogramQuantiles();
    void timingsKeptPerMinute_data() { ScratchDatabase::addDialectRows(); }
    void timingsKeptPerMinute();
    void slowQueryAdvisesTheDroppedIndex_data() { ScratchDatabase::addDialectRows(); }
    void slowQueryAdvisesTheDroppedIndex();
    void duplicateAndUnusedIndexesFlagged_data() { ScratchDatabase::addDialectRows(); }
    void duplicateAndUnusedIndexesFlagged();
    void staleStatisticsClearedByAnalyze_data() { ScratchDatabase::addDialectRows(); }
    void staleStatisticsClearedByAnalyze();
    void onlyAdministratorsApply();
    void serverStatements_data() { ScratchDatabase::addDialectRows(); }
    void serverStatements();
    void providerDegradesThenDownAndAlerts_data() { ScratchDatabase::addDialectRows(); }
    void providerDegradesThenDownAndAlerts();
    void cachesHealthAndAlerts_data() { ScratchDatabase::addDialectRows(); }
    void cachesHealthAndAlerts();
    void alertStartsWorkflow_data() { ScratchDatabase::addDialectRows(); }
    void alertStartsWorkflow();
    void roundsOncePerInterval_data() { ScratchDatabase::addDialectRows(); }
    void roundsOncePerInterval();
    void statementsOverAWindow_data() { ScratchDatabase::addDialectRows(); }
    void statementsOverAWindow();
    void replicationLagWithoutStandby();
    void aiResultsCacheCounted_data() { ScratchDatabase::addDialectRows(); }
    void aiResultsCacheCounted();
    void hourlyRollupReadsTheSame_data() { ScratchDatabase::addDialectRows(); }
    void hourlyRollupReadsTheSame();
    void verbs_data() { ScratchDatabase::addDialectRows(); }
    void verbs();
};

void TestMonitoring::histogramQuantiles()
{
    QueryHistogram h;
    for (int i = 1; i <= 100; ++i)
        h.add(double(i)); // 1 … 100 ms
    QCOMPARE(h.count(), 100);
    QVERIFY2(h.quantile(0.95) >= 95.0 && h.quantile(0.95) <= 95.0 * 1.1, qPrintable(QString::number(h.quantile(0.95))));
    QVERIFY(h.quantile(0.5) >= 50.0 && h.quantile(0.5) <= 55.0);
    const QueryHistogram back = QueryHistogram::fromText(h.toText());
    QCOMPARE(back.count(), 100);
    QCOMPARE(back.quantile(0.95), h.quantile(0.95));
    QCOMPARE(QueryHistogram::fromText(QStringLiteral("x:1,3:-2,,9999:1")).count(), 0); // damaged parts are left out
}

void TestMonitoring::timingsKeptPerMinute()
{
    ATELIER_SCRATCH(scratch);
    const QSqlDatabase db = opened(scratch);
    QueryMetrics &metrics = QueryMetrics::instance();
    metrics.take(true); // nothing from another test
    const QString kind = SqlDialect::of(db).isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    const QDateTime minute = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (int i = 1; i <= 20; ++i)
        metrics.record(kind, QStringLiteral("test"), QStringLiteral("twenty"), double(i), 2, QStringLiteral("SELECT 1"), minute);
    metrics.record(kind, QStringLiteral("test"), QStringLiteral("old"), 5.0, 1, {}, minute.addDays(-3));
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM brands WHERE slug = ?"));
        q.addBindValue(QStringLiteral("none"));
        QVERIFY(timedExec(q, QStringLiteral("test"), QStringLiteral("brand_by_slug")));
    }
    auto flushed = QueryMetrics::flush(db, true);
    QVERIFY2(flushed.ok(), qPrintable(flushed.ok() ? QString() : flushed.error().message));
    QCOMPARE(flushed.value(), 3);
    QCOMPARE(QueryMetrics::flush(db, true).value(), 0); // taken out once

    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(60);
    auto day = PerformanceService::queryMetrics(db, now.addSecs(-PerformanceService::windowSeconds(QStringLiteral("24h")).value()), now);
    QVERIFY(day.ok());
    QCOMPARE(day->size(), 2); // the one three days old is outside
    const StatementMetric &twenty = day->first(); // most total time first
    QCOMPARE(twenty.statement, QStringLiteral("twenty"));
    QCOMPARE(twenty.calls, 20);
    QCOMPARE(twenty.totalMs, 210.0);
    QCOMPARE(twenty.maxMs, 20.0);
    QCOMPARE(twenty.rows, 40);
    QVERIFY2(twenty.p95Ms >= 19.0 && twenty.p95Ms <= 20.0, qPrintable(QString::number(twenty.p95Ms)));
    QCOMPARE(twenty.sql, QStringLiteral("SELECT 1"));
    QCOMPARE(day->at(1).sql, QStringLiteral("SELECT count(*) FROM brands WHERE slug = ?")); // placeholders, never the value
    auto week = PerformanceService::queryMetrics(db, now.addSecs(-PerformanceService::windowSeconds(QStringLiteral("7d")).value()), now);
    QCOMPARE(week->size(), 3);
    QVERIFY(!PerformanceService::windowSeconds(QStringLiteral("3w")).ok());
    QVERIFY(!PerformanceService::windowSeconds(QStringLiteral("100d")).ok());
}

void TestMonitoring::slowQueryAdvisesTheDroppedIndex()
{
    ATELIER_SCRATCH(scratch);
    const QSqlDatabase db = opened(scratch);
    QueryMetrics::instance().take(true);
    QVERIFY(makeTable(db, QStringLiteral("big"), 20000));
    QVERIFY(exec(db, QStringLiteral("CREATE INDEX big_brand_idx ON big (brand)")));
    QVERIFY(exec(db, QStringLiteral("ANALYZE big")));
    QVERIFY(exec(db, QStringLiteral("DROP INDEX big_brand_idx"))); // made slow on purpose
    for (int i = 0; i < 3; ++i) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*), max(score) FROM big WHERE brand = ?"));
        q.addBindValue(QStringLiteral("b7"));
        QVERIFY(timedExec(q, QStringLiteral("test"), QStringLiteral("big_by_brand")));
    }
    QVERIFY(QueryMetrics::flush(db, true).ok());
    const bool postgres = !SqlDialect::of(db).isSqlite();
    if (postgres) // the private server has HypoPG (postgresql-15-hypopg, scripts/install-deps.sh); the owner creates it
        QVERIFY(exec(db, QStringLiteral("CREATE EXTENSION hypopg")));

    auto advice = OptimizationService::advise(db);
    QVERIFY2(advice.ok(), qPrintable(advice.ok() ? QString() : advice.error().message));
    const auto missing = find(advice.value(), QStringLiteral("missing_index:big_brand_idx"));
    QVERIFY2(missing, qPrintable(ids(advice.value()).join(QLatin1Char(' '))));
    QCOMPARE(missing->table, QStringLiteral("big"));
    QVERIFY2(missing->statement.contains(QLatin1String("big_brand_idx ON ")) && missing->statement.endsWith(QLatin1String("big (brand)")),
             qPrintable(missing->statement));
    QVERIFY2(missing->evidence.contains(QLatin1String("test/big_by_brand")), qPrintable(missing->evidence));
    QVERIFY(missing->applicable);
    if (postgres) {
        // HypoPG's estimate: the plan with the index imagined costs less.
        QVERIFY2(missing->costBefore > 0 && missing->costAfter > 0 && missing->costAfter < missing->costBefore,
                 qPrintable(missing->evidence));
        QVERIFY2(missing->evidence.contains(QLatin1String("HypoPG")), qPrintable(missing->evidence));
    }

    auto applied = OptimizationService::apply(db, missing->id);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    QVERIFY2(!applied->stillAdvised, qPrintable(applied->evidenceAfter));
    if (postgres) {
        // Applied, the statement's cost is the one HypoPG estimated, within 20 %.
        QVERIFY2(applied->costNow > 0 && std::abs(applied->costNow - missing->costAfter) <= 0.2 * missing->costAfter,
                 qPrintable(QStringLiteral("before %1, estimated %2, now %3").arg(missing->costBefore).arg(missing->costAfter).arg(applied->costNow)));
        qInfo("missing index: cost %.1f, HypoPG's estimate %.1f, applied %.1f", missing->costBefore, missing->costAfter, applied->costNow);
    }
    QSqlQuery q(db);
    QVERIFY(q.exec(SqlDialect::of(db).isSqlite() ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'big_brand_idx'")
                                                 : QStringLiteral("SELECT count(*) FROM pg_indexes WHERE indexname = 'big_brand_idx'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // Audited in the applier's name.
    AuditFilter filter;
    filter.resourceType = QStringLiteral("database_index");
    auto trail = AuditTrail::list(db, filter);
    QVERIFY(trail.ok());
    QCOMPARE(trail->size(), 1);
    QCOMPARE(trail->first().action, QStringLiteral("create"));
    QCOMPARE(trail->first().resourceId, QStringLiteral("big_brand_idx"));
    QVERIFY(!OptimizationService::apply(db, missing->id).ok()); // no longer holds
}

void TestMonitoring::duplicateAndUnusedIndexesFlagged()
{
    ATELIER_SCRATCH(scratch);
    const QSqlDatabase db = opened(scratch);
    QVERIFY(makeTable(db, QStringLiteral("dup"), 2000));
    QVERIFY(exec(db, QStringLiteral("CREATE INDEX dup_brand_idx ON dup (brand)")));
    QVERIFY(exec(db, QStringLiteral("CREATE INDEX dup_brand_score_idx ON dup (brand, score)")));
    auto advice = OptimizationService::advise(db);
    QVERIFY(advice.ok());
    const auto duplicate = find(advice.value(), QStringLiteral("duplicate_index:dup_brand_idx"));
    QVERIFY2(duplicate, qPrintable(ids(advice.value()).join(QLatin1Char(' '))));
    QVERIFY(duplicate->evidence.contains(QLatin1String("dup_brand_score_idx")));
    QVERIFY(!find(advice.value(), QStringLiteral("duplicate_index:dup_brand_score_idx")));
    if (SqlDialect::of(db).isSqlite())
        return; // SQLite counts no index scans
    // PostgreSQL: an index never scanned is flagged; one the statistics saw used is not.
    QVERIFY(exec(db, QStringLiteral("SET enable_seqscan = off")));
    QVERIFY(exec(db, QStringLiteral("SELECT count(*) FROM dup WHERE brand = 'b1' AND score = 3")));
    QVERIFY(exec(db, QStringLiteral("RESET enable_seqscan")));
    QTRY_VERIFY_WITH_TIMEOUT(!find(OptimizationService::advise(db).value(), QStringLiteral("unused_index:dup_brand_score_idx")), 20000);
    QVERIFY(find(OptimizationService::advise(db).value(), QStringLiteral("unused_index:dup_brand_idx")));
    QVERIFY(find(OptimizationService::advise(db).value(), QStringLiteral("duplicate_index:dup_brand_idx"))->statement
            == QLatin1String("DROP INDEX CONCURRENTLY public.dup_brand_idx"));
    auto applied = OptimizationService::apply(db, QStringLiteral("duplicate_index:dup_brand_idx"));
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    QVERIFY(!applied->stillAdvised);
}

void TestMonitoring::staleStatisticsClearedByAnalyze()
{
    ATELIER_SCRATCH(scratch);
    const QSqlDatabase db = opened(scratch);
    const bool sqlite = SqlDialect::of(db).isSqlite();
    QVERIFY(makeTable(db, QStringLiteral("stale"), 12000));
    const QString id = sqlite ? QStringLiteral("missing_statistics:database") : QStringLiteral("stale_statistics:stale");
    // PostgreSQL's counters reach the statistics within a second or so of the transaction.
    QTRY_VERIFY_WITH_TIMEOUT(find(OptimizationService::advise(db).value(), id), 20000);
    const auto stale = find(OptimizationService::advise(db).value(), id);
    QVERIFY2(stale->evidence.contains(QLatin1String("stale")), qPrintable(stale->evidence));
    QCOMPARE(stale->statement, sqlite ? QStringLiteral("ANALYZE") : QStringLiteral("ANALYZE public.stale"));
    auto applied = OptimizationService::apply(db, id);
    QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
    QVERIFY2(!applied->stillAdvised, qPrintable(applied->evidenceAfter));
    QVERIFY(!find(OptimizationService::advise(db).value(), id));
    AuditFilter filter;
    filter.resourceType = sqlite ? QStringLiteral("database") : QStringLiteral("database_table");
    auto trail = AuditTrail::list(db, filter);
    QVERIFY(trail.ok() && trail->size() == 1);
    QCOMPARE(trail->first().action, QStringLiteral("edit"));
}

void TestMonitoring::onlyAdministratorsApply()
{
    ScratchDatabase scratch(QStringLiteral("postgresql"));
    if (scratch.skip())
        QSKIP(qPrintable(scratch.problem()));
    QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
    const QSqlDatabase admin = opened(scratch);
    DemoOptions options;
    options.events = 2000;
    options.days = 10;
    options.end = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
    QVERIFY(DemoGenerator::generate(admin, options).ok());
    const auto brands = BrandService::list(admin);
    QVERIFY(brands.ok() && !brands->isEmpty());
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString password = QStringLiteral("correct horse ") + suffix;
    const QString brandAdmin = QStringLiteral("badmin_") + suffix;
    QVERIFY(UserAdmin::add(admin, brandAdmin, brands->first().slug, QStringLiteral("admin"), password).ok());
    QVERIFY(makeTable(admin, QStringLiteral("stale"), 3000));
    QTRY_VERIFY_WITH_TIMEOUT(find(OptimizationService::advise(admin).value(), QStringLiteral("stale_statistics:stale")), 20000);
    {
        // Even a brand's admin, through a plain SQL login, changes no index and writes no metric in another's name.
        Testing::SqlSession member(scratch.url(), brandAdmin, password);
        QVERIFY2(member.open(), qPrintable(member.error()));
        QVERIFY(!member.run(QStringLiteral("CREATE INDEX stale_brand_idx ON public.stale (brand)")));
        QVERIFY(!member.run(QStringLiteral("DROP INDEX public.brands_pkey")));
        QVERIFY(!member.run(QStringLiteral("INSERT INTO public.query_metrics (id, minute, database_kind, service, statement, calls, total_ms, "
                                           "max_ms, p95_ms, source, recorded_by) VALUES ('x', now(), 'postgresql', 's', 't', 1, 1, 1, 1, 'me', 'postgres')")));
        QVERIFY2(member.run(QStringLiteral("INSERT INTO public.query_metrics (id, minute, database_kind, service, statement, calls, total_ms, "
                                           "max_ms, p95_ms, source) VALUES ('y', now(), 'postgresql', 's', 't', 1, 1, 1, 1, 'me')")),
                 qPrintable(member.lastError())); // in their own name
        QVERIFY(!member.run(QStringLiteral("UPDATE public.query_metrics SET total_ms = 0")));
        QVERIFY(!member.run(QStringLiteral("INSERT INTO public.alert_rules (id, name, metric, comparison, threshold, duration_minutes, severity) "
                                           "VALUES ('r', 'global', 'query_calls', 'above', 1, 5, 'info')"))); // the installation's rules are the administrator's
        QVERIFY(!member.run(QStringLiteral("INSERT INTO public.service_health (id, service, status, checked_by) VALUES ('h', 'database', 'down', 'postgres')")));
        QVERIFY(member.run(QStringLiteral("ANALYZE public.stale"))); // PostgreSQL skips a table one does not own, with a warning
        QCOMPARE(member.value(QStringLiteral("SELECT count(*) FROM public.alerts")).toInt(), 1); // the installation's alert is readable
    }
    QVERIFY(find(OptimizationService::advise(admin).value(), QStringLiteral("stale_statistics:stale"))); // the member's ANALYZE did nothing
    // Through Atelier: refused with a sentence, nothing recorded.
    {
        DatabaseUrl url = scratch.url();
        url.user = brandAdmin;
        url.password = password;
        const QString name = QStringLiteral("monitoring_member");
        QSqlDatabase member = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        member.setHostName(url.host);
        member.setPort(url.port);
        member.setDatabaseName(url.database);
        member.setUserName(url.user);
        member.setPassword(url.password);
        QVERIFY2(member.open(), qPrintable(member.lastError().text()));
        auto refused = OptimizationService::apply(member, QStringLiteral("stale_statistics:stale"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(refused.error().message.contains(QLatin1String("ANALYZE public.stale")), qPrintable(refused.error().message));
        // Alerts reach the admins of their brand: this one's, not another brand's nor the installation's (the demo's).
        for (int b = 0; b < 2; ++b)
            QVERIFY(exec(admin, QStringLiteral("INSERT INTO alerts (id, name, severity, metric, threshold, message, status, brand_id) "
                                               "VALUES ('brand-alert-%1', 'Brand %1', 'warning', 'query_calls', 1, 'calls', 'open', '%2')")
                                    .arg(b)
                                    .arg(brands->at(b).id)));
        auto inbox = InboxService::load(member);
        QVERIFY2(inbox.ok(), qPrintable(inbox.ok() ? QString() : inbox.error().message));
        QStringList alerts;
        for (const InboxItem &item : inbox->items)
            if (item.kind == QLatin1String("alert"))
                alerts << item.resource.id;
        QCOMPARE(alerts, QStringList{QStringLiteral("brand-alert-0")});
        QCOMPARE(inbox->unreadAlerts, 1);
        member.close();
        member = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    AuditFilter filter;
    filter.resourceType = QStringLiteral("database_table");
    QCOMPARE(AuditTrail::list(admin, filter)->size(), 0);
    QVERIFY(OptimizationService::apply(admin, QStringLiteral("stale_statistics:stale")).ok());
    QCOMPARE(AuditTrail::list(admin, filter)->size(), 1);
    QSqlQuery q(admin);
    q.exec(QStringLiteral("DROP OWNED BY %1").arg(brandAdmin));
    Testing::adminExec(DatabaseUrl::parse(ScratchDatabase::postgresAdminUrl()).value(), QStringLiteral("DROP ROLE IF EXISTS %1").arg(brandAdmin));
}

void TestMonitoring::serverStatements()
{
    ATELIER_SCRATCH(scratch);
    const QSqlDatabase db = opened(scratch);
    auto before = PerformanceService::serverStatements(db);
    QVERIFY(before.ok());
    QVERIFY(!before->available);
    if (SqlDialect::of(db).isSqlite()) {
        QVERIFY(before->advice.contains(QLatin1String("SQLite")));
        return;
    }
    // The private server loads the library (scripts/with-postgres.sh): the database's owner creates the extension.
    QVERIFY2(before->advice.contains(QLatin1String("CREATE EXTENSION pg_stat_statements")), qPrintable(before->advice));
    QVERIFY(exec(db, QStringLiteral("CREATE EXTENSION pg_stat_statements")));
    QVERIFY(exec(db, QStringLiteral("SELECT count(*) FROM brands WHERE slug <> 'monitoring-marker'")));
    auto after = PerformanceService::serverStatements(db, 1000);
    QVERIFY2(after.ok(), qPrintable(after.ok() ? QString() : after.error().message));
    QVERIFY(after->available);
    bool seen = false;
    for (const ServerStatement &s : after->top)
        seen = seen || (s.query.contains(QLatin1String("monitoring-marker")) || s.query.contains(QLatin1String("slug <> $1")));
    QVERIFY(seen);
}

void TestMonitoring::cachesHealthAndAlerts()
{
    ATELIER_SCRATCH(scratch);
    const QSqlDatabase db = opened(scratch);
    const bool sqlite = SqlDialect::of(db).isSqlite();
    auto caches = CacheService::stats(db);
    QVERIFY(caches.ok());
    QStringList names;
    for (const CacheFigure &f : caches.value())
        names << f.cache;
    const QStringList expected = sqlite ? QStringList{QStringLiteral("result_cache"), QStringLiteral("ai_results_cache"), QStringLiteral("sqlite_page_cache")}
                                        : QStringList{QStringLiteral("result_cache"), QStringLiteral("ai_results_cache"), QStringLiteral("table_buffers"),
                                                      QStringLiteral("index_buffers")};
    QCOMPARE(names, expected);
    // The page cache counts this connection's reads at once; PostgreSQL's counters arrive when the session is idle.
    QTRY_VERIFY_WITH_TIMEOUT(CacheService::stats(db)->at(2).hits + CacheService::stats(db)->at(2).misses > 0, 30000);
    // An in-process cache registered reports its counters until it goes.
    const int source = CacheService::registerSource([] {
        CacheFigure f{QStringLiteral("test_cache"), QStringLiteral("a test's"), 3, 1};
        f.evictions = 2;
        return f;
    });
    auto withSource = CacheService::stats(db);
    QVERIFY(withSource.ok());
    QCOMPARE(withSource->at(1).cache, QStringLiteral("test_cache"));
    QCOMPARE(withSource->at(1).evictions, 2);
    QCOMPARE(withSource->at(1).ratio(), 0.75);
    CacheService::unregisterSource(source);
    QCOMPARE(CacheService::stats(db)->size(), expected.size());

    auto checks = HealthService::check(db);
    QVERIFY(checks.ok());
    QVERIFY(checks->size() >= 4); // and each provider with a key on this desktop
    for (const HealthCheck &c : checks.value())
        QVERIFY2(HealthService::services().contains(c.service), qPrintable(c.service));
    QCOMPARE(checks->first().service, QStringLiteral("database"));
    QCOMPARE(checks->first().status, QStringLiteral("healthy"));
    QVERIFY2(checks->first().detail.contains(sqlite ? QLatin1String("SQLite") : QLatin1String("PostgreSQL")), qPrintable(checks->first().detail));
    QVERIFY(HealthService::record(db, checks.value()).ok());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(HealthService::history(db, QStringLiteral("database"), now.addSecs(-60), now.addSecs(60))->size(), 1);

    // A rule on the statements' p95: raised while it holds, resolved when it no longer does.
    QVERIFY(!AlertService::addRule(db, AlertRule{{}, QStringLiteral("x"), QStringLiteral("disk_full"), QStringLiteral("above"), 1, 5,
                                                 QStringLiteral("warning"), true, {}})
                 .ok());
    auto rule = AlertService::addRule(db, AlertRule{{}, QStringLiteral("Slow tests"), QStringLiteral("query_p95_ms:alerttest"),
                                                    QStringLiteral("above"), 50, 5, QStringLiteral("critical"), true, {}});
    QVERIFY2(rule.ok(), qPrintable(rule.ok() ? QString() : rule.error().message));
    QueryMetrics::instance().take(true);
    QueryMetrics::instance().record(sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql"), QStringLiteral("alerttest"),
                                    QStringLiteral("slow"), 120.0, 1, {}, now.addSecs(-120));
    QVERIFY(QueryMetrics::flush(db, true).ok());
    auto first = AlertService::evaluate(db, now);
    QVERIFY(first.ok());
    QCOMPARE(first->raised, 1);
    QCOMPARE(AlertService::evaluate(db, now)->raised, 0); // already open
    auto open = AlertService::list(db, true);
    QVERIFY(open.ok());
    bool found = false;
    for (const AlertRow &a : open.value())
        if (a.ruleId == rule->id) {
            found = true;
            QVERIFY(a.value > 100);
            QCOMPARE(a.status, QStringLiteral("open"));
        }
    QVERIFY(found);
    auto later = AlertService::evaluate(db, now.addSecs(600)); // the slow minute is outside the 5 minutes
    QCOMPARE(later->resolved, 1);
    const QList<AlertRow> after = AlertService::list(db, true).value();
    for (const AlertRow &a : after)
        QVERIFY(a.ruleId != rule->id);
}

namespace {

/// An active workflow of the connection's identity in \a brand, started by \a trigger, saved a second ago.
QString listeningWorkflow(const QSqlDatabase &db, const QString &brand, const QString &name, const QString &trigger)
{
    const SqlDialect d = SqlDialect::of(db);
    const QString me = Collaboration::currentUserId(db).value();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString actions = QStringLiteral(R"([{"id": "note", "type": "condition", "params": {"if": "true"}}])");
    const QDateTime saved = QDateTime::currentDateTimeUtc().addSecs(-1);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO workflows (id, name, trigger, actions, status, brand_id, version, owner_id, run_as_id, misfire, created_at, "
                             "updated_at) VALUES (?, ?, %1, %1, 'active', ?, 1, ?, ?, 'skip', ?, ?)")
                  .arg(d.jsonParameter()));
    for (const QVariant &v : QVariantList{id, name, trigger, actions, brand, me, me, d.timeValue(saved), d.timeValue(saved)})
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    q.prepare(QStringLiteral("INSERT INTO workflow_versions (workflow_id, version, trigger, actions, saved_by, brand_id) VALUES (?, 1, %1, %1, ?, ?)")
                  .arg(d.jsonParameter()));
    for (const QVariant &v : QVariantList{id, trigger, actions, me, brand})
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    return id;
}

QList<QJsonObject> eventPayloads(const QSqlDatabase &db, const QString &event)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT payload FROM workflow_events WHERE event = ? ORDER BY created_at, id"));
    q.addBindValue(event);
    if (!q.exec())
        qFatal("%s", qPrintable(q.lastError().text()));
    QList<QJsonObject> list;
    while (q.next())
        list.append(q.value(0).typeId() == QMetaType::QString || q.value(0).typeId() == QMetaType::QByteArray
                        ? QJsonDocument::fromJson(q.value(0).toByteArray()).object()
                        : QJsonObject::fromVariantMap(q.value(0).toMap()));
    return list;
}

qint64 eventExecutions(const QSqlDatabase &db, const QString &workflow)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM workflow_executions WHERE workflow_id = ? AND trigger_kind = 'event'"));
    q.addBindValue(workflow);
    if (!q.exec() || !q.next())
        qFatal("%s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

} // namespace

void TestMonitoring::alertStartsWorkflow()
{
    ATELIER_SCRATCH(scratch);
    const QSqlDatabase db = opened(scratch);
    const bool sqlite = SqlDialect::of(db).isSqlite();
    QVERIFY(exec(db, QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('brand-alerting', 'alerting', 'Alerting', 'fashion')")));
    const QString brand = QStringLiteral("brand-alerting");
    // A workflow on the brand's critical alerts, one on any alert resolved, one on a warning only (never started).
    const QString critical = listeningWorkflow(db, brand, QStringLiteral("on critical"),
                                               QStringLiteral(R"({"type": "event", "event": "alert.raised", "severity": "critical"})"));
    const QString resolved = listeningWorkflow(db, brand, QStringLiteral("on resolved"), QStringLiteral(R"({"type": "event", "event": "alert.resolved"})"));
    const QString warning = listeningWorkflow(db, brand, QStringLiteral("on warning"),
                                              QStringLiteral(R"({"type": "event", "event": "alert.raised", "severity": "warning"})"));
    // The brand's rule, and the installation's (raised in every brand listening).
    auto brandRule = AlertService::addRule(db, AlertRule{{}, QStringLiteral("Slow brand"), QStringLiteral("query_p95_ms:alertflow"),
                                                         QStringLiteral("above"), 50, 5, QStringLiteral("critical"), true, brand});
    QVERIFY2(brandRule.ok(), qPrintable(brandRule.ok() ? QString() : brandRule.error().message));
    auto installationRule = AlertService::addRule(db, AlertRule{{}, QStringLiteral("Busy"), QStringLiteral("query_calls:alertflow"),
                                                                QStringLiteral("above"), 0, 5, QStringLiteral("info"), true, {}});
    QVERIFY2(installationRule.ok(), qPrintable(installationRule.ok() ? QString() : installationRule.error().message));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QueryMetrics::instance().take(true);
    QueryMetrics::instance().record(sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql"), QStringLiteral("alertflow"),
                                    QStringLiteral("slow"), 120.0, 1, {}, now.addSecs(-120));
    QVERIFY(QueryMetrics::flush(db, true).ok());

    auto raised = AlertService::evaluate(db, now);
    QVERIFY2(raised.ok(), qPrintable(raised.ok() ? QString() : raised.error().message));
    QCOMPARE(raised->raised, 2);
    const QList<QJsonObject> events = eventPayloads(db, QStringLiteral("alert.raised"));
    QCOMPARE(events.size(), 2);
    QJsonObject brandEvent, installationEvent;
    for (const QJsonObject &e : events)
        (e.value(QLatin1String("rule")).toObject().value(QLatin1String("id")).toString() == brandRule->id ? brandEvent : installationEvent) = e;
    QCOMPARE(brandEvent.value(QLatin1String("brand")).toString(), brand);
    QCOMPARE(brandEvent.value(QLatin1String("rule")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Slow brand"));
    QCOMPARE(brandEvent.value(QLatin1String("metric")).toString(), QStringLiteral("query_p95_ms:alertflow"));
    QCOMPARE(brandEvent.value(QLatin1String("threshold")).toDouble(), 50.0);
    QVERIFY(brandEvent.value(QLatin1String("value")).toDouble() > 100);
    QCOMPARE(brandEvent.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
    QVERIFY(!brandEvent.value(QLatin1String("alert")).toString().isEmpty());
    QCOMPARE(installationEvent.value(QLatin1String("brand")).toString(), QString()); // the installation's
    QCOMPARE(installationEvent.value(QLatin1String("value")).toDouble(), 1.0);

    // The runner's tick starts the critical workflow once (the installation's info alert is not critical), and it runs.
    auto ticked = WorkflowEngine::scheduleDue(db, QDateTime::currentDateTimeUtc());
    QVERIFY2(ticked.ok(), qPrintable(ticked.ok() ? QString() : ticked.error().message));
    QCOMPARE(eventExecutions(db, critical), 1);
    QCOMPARE(eventExecutions(db, warning), 0);
    QCOMPARE(eventExecutions(db, resolved), 0);
    auto ran = WorkflowEngine::runOnce(db, {});
    QVERIFY2(ran.ok(), qPrintable(ran.ok() ? QString() : ran.error().message));
    QCOMPARE(ran->completed, 1);

    // Ten minutes later neither holds: both resolve, and the resolved workflow starts for each.
    auto later = AlertService::evaluate(db, now.addSecs(600));
    QVERIFY(later.ok());
    QCOMPARE(later->resolved, 2);
    QCOMPARE(eventPayloads(db, QStringLiteral("alert.resolved")).size(), 2);
    QVERIFY(WorkflowEngine::scheduleDue(db, QDateTime::currentDateTimeUtc()).ok());
    QCOMPARE(eventExecutions(db, resolved), 2);
    QCOMPARE(eventExecutions(db, critical), 1);
}

void TestMonitoring::roundsOncePerInterval()
{
    ATELIER_SCRATCH(scratch);
    const QSqlDatabase db = opened(scratch);
    const SqlDialect d = SqlDialect::of(db);
    auto count = [&](const QString &sql) {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    };
    // Ten consoles ask for the same round at the same time, each on its own connection: one gets it.
    const DatabaseUrl url = scratch.url();
    QList<QFuture<int>> consoles;
    for (int i = 0; i < 10; ++i)
        consoles.append(QtConcurrent::run([url, i]() -> int {
            auto conn = Database::open(url, Database::OpenMode::MustExist);
            if (!conn)
                return -1;
            auto taken = MonitorRound::claim(conn.value(), QStringLiteral("console %1").arg(i), 60, QStringLiteral("health"));
            return taken ? int(taken.value()) : -1;
        }));
    int taken = 0;
    for (QFuture<int> &f : consoles) {
        f.waitForFinished();
        QVERIFY(f.result() >= 0);
        taken += f.result();
    }
    QCOMPARE(taken, 1);
    QCOMPARE(MonitorRound::claim(db, QStringLiteral("late"), 60, QStringLiteral("health")).value(), false);
    QCOMPARE(MonitorRound::claim(db, QStringLiteral("late"), 60, QStringLiteral("alerts")).value(), true); // another round

    // A round: the health round was taken a moment ago, so only the alerts' (taken too) — nothing done.
    const qint64 checksBefore = count(QStringLiteral("SELECT count(*) FROM service_health"));
    auto skipped = MonitorRound::run(db, QStringLiteral("console B"), 60, 90);
    QVERIFY2(skipped.ok(), qPrintable(skipped.ok() ? QString() : skipped.error().message));
    QVERIFY(!skipped->ran);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_health")), checksBefore);

    // A minute later (the rounds' start moved back), the next console does both: checks kept, rules evaluated, old rows pruned.
    QVERIFY(exec(db, QStringLiteral("UPDATE monitoring_rounds SET started_at = %1")
                         .arg(d.isSqlite() ? QString::number(QDateTime::currentMSecsSinceEpoch() - 61000) : QStringLiteral("now() - interval '61 seconds'"))));
    const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-100);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO service_health (id, service, status, latency_ms, message, checked_at) VALUES ('old-check', 'database', 'healthy', 1, 'old', ?)"));
    q.addBindValue(d.timeValue(old));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    q.prepare(QStringLiteral("INSERT INTO query_metrics (id, minute, database_kind, service, statement, calls, total_ms, max_ms, p95_ms, source) "
                             "VALUES ('old-minute', ?, ?, 'old', 'old', 1, 1, 1, 1, 'test')"));
    q.addBindValue(d.timeValue(old));
    q.addBindValue(d.isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const qint64 recent = count(QStringLiteral("SELECT count(*) FROM service_health")) - 1;
    auto round = MonitorRound::run(db, QStringLiteral("console B"), 60, 90);
    QVERIFY2(round.ok(), qPrintable(round.ok() ? QString() : round.error().message));
    QVERIFY(round->ran);
    QVERIFY(round->evaluated);
    QVERIFY(round->checks.size() >= 4);
    QCOMPARE(round->pruned, 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_health WHERE id = 'old-check'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM query_metrics WHERE id = 'old-minute'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM service_health")), recent + round->checks.size());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM monitoring_rounds WHERE holder = 'console B'")), 3); // health, alerts, statements

    if (d.isSqlite())
        return;
    // PostgreSQL, through a plain SQL login: a member takes a round only through the function, on the server's clock, and
    // writes the table no other way; the member's round keeps the checks but neither evaluates nor prunes.
    QVERIFY(exec(db, QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('brand-rounds', 'rounds', 'Rounds', 'fashion')")));
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString password = QStringLiteral("correct horse ") + suffix;
    const QString login = QStringLiteral("rounds_") + suffix;
    QVERIFY(UserAdmin::add(db, login, QStringLiteral("rounds"), QStringLiteral("viewer"), password).ok());
    Testing::SqlSession member(scratch.url(), login, password);
    QVERIFY2(member.open(), qPrintable(member.error()));
    QVERIFY(!member.run(QStringLiteral("UPDATE public.monitoring_rounds SET started_at = now() - interval '1 day'")));
    QVERIFY(!member.run(QStringLiteral("INSERT INTO public.monitoring_rounds (name, holder) VALUES ('forged', 'me')")));
    QVERIFY(!member.run(QStringLiteral("DELETE FROM public.monitoring_rounds")));
    QCOMPARE(member.value(QStringLiteral("SELECT public.atelier_monitor_claim('health', 'member console', 60)")).toBool(), false);
    // A forged interval of 0 is taken as the 10 s minimum: the round of a moment ago still holds.
    QCOMPARE(member.value(QStringLiteral("SELECT public.atelier_monitor_claim('health', 'member console', 0)")).toBool(), false);
    QVERIFY(!member.run(QStringLiteral("SELECT public.atelier_monitor_claim('bad name!', 'x', 60)")));
    QVERIFY(exec(db, QStringLiteral("UPDATE monitoring_rounds SET started_at = now() - interval '61 seconds'")));
    auto memberRound = MonitorRound::run(member.db(), QStringLiteral("member console"), 60, 90);
    QVERIFY2(memberRound.ok(), qPrintable(memberRound.ok() ? QString() : memberRound.error().message));
    QVERIFY(memberRound->ran);
    QVERIFY(!memberRound->evaluated);
    QCOMPARE(memberRound->pruned, -1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM monitoring_rounds WHERE name = 'health' AND holder = 'member console' AND started_by = '%1'")
                       .arg(login)),
             1);
    auto pruned = MonitorRound::prune(member.db(), 7);
    QVERIFY(pruned.ok());
    QVERIFY(!pruned->has_value());
    // The administrator's console still evaluates in that interval: its round is another.
    QVERIFY(exec(db, QStringLiteral("UPDATE monitoring_rounds SET started_at = now() - interval '61 seconds' WHERE name = 'alerts'")));
    auto adminRound = MonitorRound::run(db, QStringLiteral("admin console"), 60, 90);
    QVERIFY(adminRound.ok());
    QVERIFY(adminRound->evaluated);
    QVERIFY(adminRound->checks.isEmpty()); // the member's round kept them
}

void TestMonitoring::statementsOverAWindow()
{
    ATELIER_SCRATCH(scratch);
    const QSqlDatabase db = opened(scratch);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (SqlDialect::of(db).isSqlite()) {
        QCOMPARE(StatementSnapshots::take(db).value(), 0);
        auto w = StatementSnapshots::window(db, now.addSecs(-3600), now);
        QVERIFY(w.ok() && !w->available && w->advice.contains(QLatin1String("SQLite")));
        return;
    }
    // The private server preloads pg_stat_statements; the database's owner creates it.
    QVERIFY(exec(db, QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")));
    QVERIFY(exec(db, QStringLiteral("CREATE TABLE g3probe AS SELECT i AS id FROM generate_series(1, 1000) i")));
    auto probe = [&](int times) {
        for (int i = 0; i < times; ++i) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT count(*) FROM g3probe WHERE id > ?"));
            q.addBindValue(i);
            if (!q.exec())
                return false;
        }
        return true;
    };
    QVERIFY(probe(4)); // before the window: not counted in it
    auto none = StatementSnapshots::window(db, now.addSecs(-300), now);
    QVERIFY(none.ok() && !none->available);
    auto first = StatementSnapshots::take(db, now.addSecs(-600));
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QVERIFY(first.value() > 0);
    auto one = StatementSnapshots::window(db, now.addSecs(-700), now.addSecs(-500));
    QVERIFY(one.ok() && !one->available); // one snapshot: no figures
    QVERIFY(probe(7));
    QVERIFY(StatementSnapshots::take(db, now).ok());
    auto probeOf = [](const StatementWindow &w) -> std::optional<ServerStatement> {
        for (const ServerStatement &s : w.top)
            if (s.query.contains(QLatin1String("g3probe")) && s.query.contains(QLatin1String("count")))
                return s;
        return std::nullopt;
    };
    auto window = StatementSnapshots::window(db, now.addSecs(-300), now.addSecs(30));
    QVERIFY2(window.ok(), qPrintable(window.ok() ? QString() : window.error().message));
    QVERIFY2(window->available, qPrintable(window->advice));
    QCOMPARE(window->from, now.addSecs(-600)); // the last snapshot before the window's start
    QVERIFY(!window->resetBetween);
    auto inWindow = probeOf(window.value());
    QVERIFY(inWindow);
    QCOMPARE(inWindow->calls, 7); // not the 11 since the reset
    QVERIFY(inWindow->totalMs > 0);
    QVERIFY(inWindow->blocksHit + inWindow->blocksRead > 0);

    // A reset between two snapshots: the statements count from the reset, never negative.
    QVERIFY(exec(db, QStringLiteral("SELECT pg_stat_statements_reset()")));
    QVERIFY(probe(3));
    QVERIFY(StatementSnapshots::take(db, now.addSecs(60)).ok());
    auto afterReset = StatementSnapshots::window(db, now.addSecs(30), now.addSecs(90));
    QVERIFY2(afterReset.ok() && afterReset->available, qPrintable(afterReset.ok() ? afterReset->advice : afterReset.error().message));
    QCOMPARE(afterReset->from, now);
    QVERIFY(afterReset->resetBetween);
    auto counted = probeOf(afterReset.value());
    QVERIFY(counted);
    QCOMPARE(counted->calls, 3);
    for (const ServerStatement &s : afterReset->top)
        QVERIFY(s.calls > 0 && s.totalMs >= 0);

    // perf queries --window reads them.
    auto r = Cli::runCaptured({QStringLiteral("perf"), QStringLiteral("queries"), QStringLiteral("--window"), QStringLiteral("2h"),
                               QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--database"), scratch.url().toString()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject server = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("pg_stat_statements")).toObject();
    QVERIFY2(server.value(QLatin1String("windowed")).toBool(), qPrintable(r.out));
}

void TestMonitoring::replicationLagWithoutStandby()
{
    ScratchDatabase scratch(QStringLiteral("postgresql"));
    if (scratch.skip())
        QSKIP(qPrintable(scratch.problem()));
    QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
    const QSqlDatabase db = opened(scratch);
    // The query's shape: the standbys, the worst replay lag in seconds and the bytes behind — none here.
    QSqlQuery q(db);
    QVERIFY2(q.exec(HealthService::replicationQuery()) && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.record().count(), 3);
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(q.value(1).isNull());
    QVERIFY(q.value(2).isNull());
    QVERIFY(HealthService::replicationQuery().contains(QLatin1String("replay_lag")));
    QVERIFY(HealthService::replicationQuery().contains(QLatin1String("pg_wal_lsn_diff")));
    // The database's check says nothing of standbys, and stays healthy.
    auto checks = HealthService::check(db);
    QVERIFY(checks.ok());
    QCOMPARE(checks->first().service, QStringLiteral("database"));
    QCOMPARE(checks->first().status, QStringLiteral("healthy"));
    QVERIFY2(!checks->first().detail.contains(QLatin1String("standby")) && !checks->first().detail.contains(QLatin1String("replication")),
             qPrintable(checks->first().detail));
}

void TestMonitoring::aiResultsCacheCounted()
{
    ATELIER_SCRATCH(scratch);
    const QSqlDatabase db = opened(scratch);
    const SqlDialect d = SqlDialect::of(db);
    QVERIFY(exec(db, QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('brand-cache', 'cache', 'Cache', 'fashion')")));
    const QString me = Collaboration::currentUserId(db).value();
    // One generation computed and kept in the cache, one answered from it, one computed without a key.
    QSqlQuery q(db);
    for (const auto &[id, key, source] : {std::tuple{"gen-source", "key-1", ""}, std::tuple{"gen-hit", "key-1", "gen-source"},
                                          std::tuple{"gen-miss", "", ""}}) {
        q.prepare(QStringLiteral("INSERT INTO ai_generations (id, type, prompt, model, provider, status, credits, cost_cents, user_id, brand_id, "
                                 "cache_key, cache_source_id, started_at) VALUES (?, '2d', 'a linen shirt', 'dall-e-3', 'openai', 'completed', 4, 4, ?, "
                                 "'brand-cache', ?, ?, ?)"));
        q.addBindValue(QString::fromLatin1(id));
        q.addBindValue(me);
        q.addBindValue(*key ? QVariant(QString::fromLatin1(key)) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(*source ? QVariant(QString::fromLatin1(source)) : QVariant(QMetaType(QMetaType::QString)));
        q.addBindValue(*source ? QVariant(QMetaType(QMetaType::QString)) : d.timeValue(QDateTime::currentDateTimeUtc()));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    auto stats = CacheService::stats(db);
    QVERIFY2(stats.ok(), qPrintable(stats.ok() ? QString() : stats.error().message));
    const CacheFigure ai = stats->at(1);
    QCOMPARE(ai.cache, QStringLiteral("ai_results_cache"));
    QCOMPARE(ai.hits, 1);
    QCOMPARE(ai.misses, 2);
    QCOMPARE(ai.entries, 1);
    QCOMPARE(ai.bytes, 0); // no image stored in this test
    QCOMPARE(ai.evictions, -1); // not counted
}

void TestMonitoring::hourlyRollupReadsTheSame()
{
    ATELIER_SCRATCH(scratch);
    const QSqlDatabase db = opened(scratch);
    const QString kind = SqlDialect::of(db).isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    auto count = [&](const QString &sql) {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    };
    // 60 hours of timings, three minutes an hour, two statements.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() / 3600 * 3600 + 1800, Qt::UTC);
    QueryMetrics::instance().take(true);
    for (int h = 60; h >= 0; --h)
        for (int m : {5, 20, 50})
            for (int i = 0; i < 3; ++i)
                QueryMetrics::instance().record(kind, QStringLiteral("rollup"), i == 2 ? QStringLiteral("slow") : QStringLiteral("fast"),
                                                i == 2 ? 40.0 + h : 1.0 + 0.1 * m, 2, {}, now.addSecs(-3600LL * h - 60LL * m));
    QVERIFY(QueryMetrics::flush(db, true).ok());
    const QDateTime from = now.addDays(-3);
    auto before = PerformanceService::windowFigures(db, from, now, 3600);
    QVERIFY(before.ok());
    QCOMPARE(PerformanceService::rolledUpTo(db).value(), QDateTime());

    auto rolled = PerformanceService::rollup(db, now);
    QVERIFY2(rolled.ok(), qPrintable(rolled.ok() ? QString() : rolled.error().message));
    QVERIFY(rolled.value() > 100);
    QCOMPARE(PerformanceService::rolledUpTo(db).value(), QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch() / 3600 * 3600, Qt::UTC));
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM query_metrics_hourly")) * 2 < count(QStringLiteral("SELECT count(*) FROM query_metrics")));
    auto after = PerformanceService::windowFigures(db, from, now, 3600);
    QVERIFY(after.ok());
    auto ours = [](const WindowFigures &w) {
        QList<StatementMetric> list;
        for (const StatementMetric &m : w.statements)
            if (m.service == QLatin1String("rollup"))
                list << m;
        return list;
    };
    const QList<StatementMetric> a = ours(before.value()), b = ours(after.value());
    QCOMPARE(a.size(), 2);
    QCOMPARE(b.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(b[i].statement, a[i].statement);
        QCOMPARE(b[i].calls, a[i].calls);
        QVERIFY(std::abs(b[i].totalMs - a[i].totalMs) < 1e-6);
        QCOMPARE(b[i].maxMs, a[i].maxMs);
        QCOMPARE(b[i].p50Ms, a[i].p50Ms);
        QCOMPARE(b[i].p95Ms, a[i].p95Ms);
        QCOMPARE(b[i].rows, a[i].rows);
    }
    qint64 callsBefore = 0, callsAfter = 0;
    for (const MetricPoint &p : before->points)
        callsBefore += p.calls;
    for (const MetricPoint &p : after->points)
        callsAfter += p.calls;
    QCOMPARE(callsAfter, callsBefore);
    // The long window reads the rollup: without the rolled-up minutes, its figures stay; a day's window (minutes) loses them.
    QSqlQuery gone(db);
    gone.prepare(QStringLiteral("DELETE FROM query_metrics WHERE service = 'rollup' AND minute < ?"));
    gone.addBindValue(SqlDialect::of(db).timeValue(now.addSecs(-7200)));
    QVERIFY2(gone.exec(), qPrintable(gone.lastError().text()));
    auto fromRollup = PerformanceService::windowFigures(db, from, now, 3600);
    QVERIFY(fromRollup.ok());
    QCOMPARE(ours(fromRollup.value()).first().calls, a[0].calls);
    auto day = PerformanceService::windowFigures(db, now.addDays(-1), now, 900);
    QVERIFY(day.ok());
    QVERIFY(ours(day.value()).first().calls < 10);

    // A minute kept late in the last hour rolled up is counted by the next rollup; a short window reads the minutes.
    QueryMetrics::instance().record(kind, QStringLiteral("rollup"), QStringLiteral("fast"), 1.0, 2, {}, now.addSecs(-3600 + 600));
    QVERIFY(QueryMetrics::flush(db, true).ok());
    QVERIFY(PerformanceService::rollup(db, now.addSecs(60)).ok());
    auto late = PerformanceService::windowFigures(db, from, now, 3600);
    QVERIFY(late.ok());
    QCOMPARE(ours(late.value()).last().calls + ours(late.value()).first().calls, a[0].calls + a[1].calls + 1);
}

void TestMonitoring::providerDegradesThenDownAndAlerts()
{
    ATELIER_SCRATCH(scratch);
    const QSqlDatabase db = opened(scratch);
    Testing::FakeProvider fake;
    QVERIFY(fake.isListening());
    fake.answer("GET", QStringLiteral("/v1/models"), Testing::FakeAnswer::json(QJsonObject{{QStringLiteral("data"), QJsonArray{}}}));
    auto point = [](const QString &base) {
        ProviderConfig c = ProviderSettings::config(QStringLiteral("openai")).value();
        c.baseUrl = base;
        return ProviderSettings::save(c, QStringLiteral("sk-health-test")).ok();
    };
    const QString service = QStringLiteral("provider_openai");
    auto checkAt = [&](const QDateTime &at) -> QString {
        auto checks = HealthService::check(db);
        if (!checks)
            return checks.error().message;
        QList<HealthCheck> kept;
        QString status;
        for (HealthCheck c : checks.value())
            if (c.service == service) {
                c.checkedAt = at;
                status = c.status;
                kept << c;
            }
        if (!HealthService::record(db, kept))
            return QStringLiteral("not recorded");
        return status;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(point(fake.base()));
    QCOMPARE(checkAt(now.addSecs(-180)), QStringLiteral("healthy"));
    QVERIFY(fake.count("GET", QStringLiteral("/v1/models")) >= 1);
    QCOMPARE(fake.last("GET", QStringLiteral("/v1/models")).header("Authorization"), QByteArray("Bearer sk-health-test"));
    // It stops answering: degraded at the first check, down at the next.
    QVERIFY(point(QStringLiteral("http://127.0.0.1:%1").arg(Testing::unusedLocalPort())));
    QCOMPARE(checkAt(now.addSecs(-120)), QStringLiteral("degraded"));
    QCOMPARE(checkAt(now.addSecs(-60)), QStringLiteral("down"));
    auto rule = AlertService::addRule(db, AlertRule{{}, QStringLiteral("OpenAI down"), QStringLiteral("health_down:provider_openai"),
                                                    QStringLiteral("above"), 0.5, 1, QStringLiteral("critical"), true, {}});
    QVERIFY2(rule.ok(), qPrintable(rule.ok() ? QString() : rule.error().message));
    QCOMPARE(AlertService::evaluate(db, now)->raised, 1);
    bool open = false;
    const QList<AlertRow> raised = AlertService::list(db, true).value();
    for (const AlertRow &a : raised)
        open = open || (a.ruleId == rule->id && a.value == 1.0);
    QVERIFY(open);
    // In the inbox of the installation's administrator (the tables' owner on PostgreSQL, the file's on SQLite).
    auto inbox = InboxService::load(db);
    QVERIFY2(inbox.ok(), qPrintable(inbox.ok() ? QString() : inbox.error().message));
    QCOMPARE(inbox->unreadAlerts, 1);
    QCOMPARE(inbox->items.first().kind, QStringLiteral("alert"));
    QCOMPARE(inbox->items.first().from, QStringLiteral("critical"));
    QVERIFY2(inbox->items.first().text.startsWith(QLatin1String("OpenAI down: health_down:provider_openai")), qPrintable(inbox->items.first().text));
    // It answers again: healthy, and the alert resolves.
    QVERIFY(point(fake.base()));
    QCOMPARE(checkAt(now.addSecs(60)), QStringLiteral("healthy"));
    QCOMPARE(AlertService::evaluate(db, now.addSecs(90))->resolved, 1);
    QVERIFY(InboxService::load(db)->items.first().text.startsWith(QLatin1String("Resolved: OpenAI down")));
    const QList<AlertRow> still = AlertService::list(db, true).value();
    QVERIFY(std::none_of(still.cbegin(), still.cend(), [&](const AlertRow &a) { return a.ruleId == rule->id; }));
}

void TestMonitoring::verbs()
{
    ATELIER_SCRATCH(scratch);
    const QSqlDatabase db = opened(scratch);
    const QString url = scratch.url().toString();
    auto run = [&](QStringList words) { return Cli::runCaptured(words << QStringLiteral("--database") << url); };
    QueryMetrics::instance().take(true);
    QueryMetrics::instance().record(SqlDialect::of(db).isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql"),
                                    QStringLiteral("verbtest"), QStringLiteral("one"), 3.0, 1);
    QVERIFY(QueryMetrics::flush(db, true).ok());

    auto r = run({QStringLiteral("perf"), QStringLiteral("queries"), QStringLiteral("--window"), QStringLiteral("1h"), QStringLiteral("--format"),
                  QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject perf = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(perf.value(QStringLiteral("window_seconds")).toInt(), 3600);
    QCOMPARE(perf.value(QStringLiteral("statements")).toArray().first().toObject().value(QStringLiteral("service")).toString(), QStringLiteral("verbtest"));
    QVERIFY(perf.value(QStringLiteral("pg_stat_statements")).toObject().contains(QStringLiteral("available")));
    r = run({QStringLiteral("perf"), QStringLiteral("queries"), QStringLiteral("--window"), QStringLiteral("2w")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("2w")));
    r = run({QStringLiteral("perf"), QStringLiteral("queries")});
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("verbtest")), qPrintable(r.out + r.err));
    r = run({QStringLiteral("perf"), QStringLiteral("cache"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.code == 0 && r.out.startsWith(QLatin1String("cache,hits,misses,hit_ratio")), qPrintable(r.out + r.err));
    r = run({QStringLiteral("perf"), QStringLiteral("advice"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0 && QJsonDocument::fromJson(r.out.toUtf8()).object().contains(QStringLiteral("advice")), qPrintable(r.out + r.err));
    r = run({QStringLiteral("perf"), QStringLiteral("advice"), QStringLiteral("--apply"), QStringLiteral("unused_index:nothing")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QLatin1String("unused_index:nothing")));
    r = run({QStringLiteral("health"), QStringLiteral("--record"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.code == 0 || r.code == 3, qPrintable(r.err));
    QVERIFY2(r.out.startsWith(QLatin1String("service,status,latency_ms,detail,checked_at")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("database,healthy,")));
    r = run({QStringLiteral("alerts"), QStringLiteral("add-rule"), QStringLiteral("--name"), QStringLiteral("Database down"), QStringLiteral("--metric"),
             QStringLiteral("health_down:database"), QStringLiteral("--above"), QStringLiteral("0.5"), QStringLiteral("--minutes"), QStringLiteral("10")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("alerts"), QStringLiteral("add-rule"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--metric"),
             QStringLiteral("health_down:database"), QStringLiteral("--above"), QStringLiteral("1"), QStringLiteral("--below"), QStringLiteral("2")});
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("alerts"), QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("Database down,health_down:database,above,0.5,10,warning")), qPrintable(r.out + r.err));
    r = run({QStringLiteral("alerts"), QStringLiteral("evaluate")});
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("0 alerts raised")), qPrintable(r.out + r.err));
    r = run({QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({QStringLiteral("monitor"), QStringLiteral("--once")});
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("database healthy")) && r.out.contains(QLatin1String("1 rules evaluated, 0 alerts raised")),
             qPrintable(r.out + r.err));
    r = run({QStringLiteral("monitor"), QStringLiteral("--interval"), QStringLiteral("1")});
    QCOMPARE(r.code, 2); // under 10 s, refused before any round
}

QTEST_GUILESS_MAIN(TestMonitoring)
#include "tst_monitoring.moc"
