// The Monitoring page's first load on a database with 30 days of metrics (issue 19: under 500 ms). A scratch database
// (SQLite, and PostgreSQL when ATELIER_TEST_PG_URL names a server) gets N statements timed every minute of the last 30
// days in query_metrics (default 10: 432,000 rows), the health checked every 5 minutes and the demo's tables; then the
// page is opened offscreen, as the console opens it, and timed from setContext() to its figures shown (the window's
// statements, the chart, caches, health, alerts) and to its advice listed — for each window, the median of the rounds.
//
//   QT_QPA_PLATFORM=offscreen build/bin/bench_monitoringpage [--statements N] [--rounds N] [--sqlite-only]
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "demo/demogenerator.h"
#include "monitoring/healthservice.h"
#include "monitoring/monitoringmodels.h"
#include "monitoring/monitoringpage.h"
#include "monitoring/querymetrics.h"
#include "scratchdatabase.h"

#include <QApplication>
#include "monitoring/performanceservice.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Atelier;

namespace {

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql); // not prepared: the colons of a literal are not placeholders
    } else {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok) {
        std::fprintf(stderr, "  %s\n", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

/// Thirty days of per-minute aggregates for \a statements statements, written by the database itself.
bool fillMetrics(const QSqlDatabase &db, int statements, const QDateTime &end)
{
    QueryHistogram quick, slow;
    for (int i = 0; i < 20; ++i)
        quick.add(0.4 + 0.1 * i);
    for (int i = 0; i < 5; ++i)
        slow.add(20.0 + 15.0 * i);
    const QDateTime start = end.addDays(-30);
    const int minutes = 30 * 24 * 60;
    const bool sqlite = SqlDialect::of(db).isSqlite();
    if (sqlite)
        return exec(db, QStringLiteral("WITH RECURSIVE m(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM m WHERE i < %1 - 1), "
                                       "s(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM s WHERE j < %2 - 1) "
                                       "INSERT INTO query_metrics (id, minute, database_kind, service, statement, calls, total_ms, max_ms, p95_ms, "
                                       "row_count, histogram, sample_sql, source) "
                                       "SELECT lower(hex(randomblob(16))), ? + i * 60000, 'sqlite', 'bench', 'statement_' || j, "
                                       "CASE WHEN j % 3 = 0 THEN 5 ELSE 20 END, CASE WHEN j % 3 = 0 THEN 175.0 ELSE 18.0 END, "
                                       "CASE WHEN j % 3 = 0 THEN 80.0 ELSE 2.3 END, CASE WHEN j % 3 = 0 THEN 80.0 ELSE 2.3 END, 10, "
                                       "CASE WHEN j % 3 = 0 THEN ? ELSE ? END, 'SELECT ' || j, 'bench' FROM m, s")
                                    .arg(minutes)
                                    .arg(statements),
                    {start.toMSecsSinceEpoch(), slow.toText(), quick.toText()});
    // PostgreSQL: the values written in (a timestamp and two histograms of digits, colons and commas), no parameters.
    return exec(db, QStringLiteral("INSERT INTO query_metrics (id, minute, database_kind, service, statement, calls, total_ms, max_ms, p95_ms, "
                                   "row_count, histogram, sample_sql, source) "
                                   "SELECT gen_random_uuid()::text, timestamptz '%3' + i * interval '1 minute', 'postgresql', 'bench', "
                                   "'statement_' || j, CASE WHEN j % 3 = 0 THEN 5 ELSE 20 END, CASE WHEN j % 3 = 0 THEN 175.0 ELSE 18.0 END, "
                                   "CASE WHEN j % 3 = 0 THEN 80.0 ELSE 2.3 END, CASE WHEN j % 3 = 0 THEN 80.0 ELSE 2.3 END, 10, "
                                   "CASE WHEN j % 3 = 0 THEN '%4' ELSE '%5' END, 'SELECT ' || j, 'bench' "
                                   "FROM generate_series(0, %1 - 1) i, generate_series(0, %2 - 1) j")
                                .arg(minutes)
                                .arg(statements)
                                .arg(start.toString(Qt::ISODate), slow.toText(), quick.toText()))
           && exec(db, QStringLiteral("ANALYZE query_metrics"));
}

bool fillHealth(const QSqlDatabase &db, const QDateTime &end)
{
    QList<HealthCheck> checks;
    for (int minutes = 0; minutes < 30 * 24 * 60; minutes += 5)
        for (const QString &service : {QStringLiteral("database"), QStringLiteral("generation_queue"), QStringLiteral("workflow_runners"),
                                       QStringLiteral("asset_cache")})
            checks.append(HealthCheck{service, minutes % 720 == 0 ? QStringLiteral("degraded") : QStringLiteral("healthy"), 3,
                                      QStringLiteral("bench"), end.addSecs(-60 * minutes)});
    return HealthService::record(db, checks).ok();
}

/// Milliseconds from setContext() (or setWindow()) to the page's figures, and to its advice.
struct Timing
{
    double figures = 0;
    double advice = 0;
    int statements = 0;
    int points = 0;
};

Timing openOnce(const DatabaseUrl &url, const QString &window)
{
    MonitoringPage page;
    page.resize(874, 610);
    page.show();
    page.setWindow(window); // before any context: nothing loads yet
    Timing t;
    QElapsedTimer timer;
    QEventLoop loop;
    bool figures = false, advice = false;
    QObject::connect(&page, &MonitoringPage::loaded, &loop, [&] {
        t.figures = double(timer.nsecsElapsed()) / 1e6;
        figures = true;
    });
    QObject::connect(&page, &MonitoringPage::adviceLoaded, &loop, [&] {
        t.advice = double(timer.nsecsElapsed()) / 1e6;
        advice = true;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    timer.start();
    const QDate today = QDate::currentDate();
    page.setContext({url, QString(), today.addDays(-30), today.addDays(1)});
    loop.exec();
    if (!figures || !advice)
        std::fprintf(stderr, "  the page did not answer: %s\n", qPrintable(page.statusText()));
    t.statements = page.statementModel()->rowCount();
    t.points = page.pointModel()->rowCount();
    return t;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void bench(const QString &dialect, int statements, int rounds)
{
    Testing::ScratchDatabase scratch(dialect);
    if (!scratch.problem().isEmpty()) {
        std::printf("%s: %s\n", qPrintable(dialect), qPrintable(scratch.problem()));
        return;
    }
    const QDateTime end = QDateTime::currentDateTimeUtc();
    {
        auto db = Database::open(scratch.url());
        if (!db || !Migrator::migrate(db.value()))
            return;
        DemoOptions options;
        options.events = 20000;
        options.days = 30;
        options.generationsPerBrand = 2;
        if (!DemoGenerator::generate(db.value(), options))
            return;
        QElapsedTimer fill;
        fill.start();
        if (!fillMetrics(db.value(), statements, end) || !fillHealth(db.value(), end))
            return;
        QSqlQuery count(db.value());
        count.exec(QStringLiteral("SELECT count(*) FROM query_metrics"));
        count.next();
        std::printf("%s: %lld rows of query_metrics (%d statements a minute, 30 days), 34,560 health checks, filled in %.1f s\n",
                    qPrintable(dialect), count.value(0).toLongLong(), statements, double(fill.elapsed()) / 1000.0);
    }
    openOnce(scratch.url(), QStringLiteral("24h")); // warm: the connection's first open, the page's first paint
    auto measure = [&](const QList<QString> &windows) {
        for (const QString &window : windows) {
            QList<double> figures, advice;
            Timing last;
            for (int r = 0; r < rounds; ++r) {
                last = openOnce(scratch.url(), window);
                figures.append(last.figures);
                advice.append(last.advice);
            }
            std::printf("  window %-3s: figures shown in median %7.1f ms (min %7.1f, max %7.1f); advice listed in median %7.1f ms; "
                        "%d statements, %d chart points\n",
                        qPrintable(window), median(figures), *std::min_element(figures.cbegin(), figures.cend()),
                        *std::max_element(figures.cbegin(), figures.cend()), median(advice), last.statements, last.points);
        }
    };
    std::printf("  before the hourly rollup:\n");
    measure({QStringLiteral("1h"), QStringLiteral("24h"), QStringLiteral("7d"), QStringLiteral("30d")});
    {
        // The monitoring round's first rollup (every hour kept), then what the long windows read.
        auto db = Database::open(scratch.url());
        if (!db)
            return;
        QElapsedTimer rollup;
        rollup.start();
        auto rolled = PerformanceService::rollup(db.value(), end);
        if (!rolled) {
            std::fprintf(stderr, "  rollup: %s\n", qPrintable(rolled.error().message));
            return;
        }
        const double first = double(rollup.elapsed());
        rollup.restart();
        auto again = PerformanceService::rollup(db.value(), end.addSecs(3600));
        std::printf("  rollup: %d hourly rows written in %.0f ms (first, 30 days); the next hour's in %.0f ms (%d rows)\n", rolled.value(), first,
                    double(rollup.elapsed()), again ? again.value() : -1);
    }
    std::printf("  after the hourly rollup:\n");
    measure({QStringLiteral("7d"), QStringLiteral("30d")});
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const QString &name, int fallback) {
        const int i = int(args.indexOf(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int statements = std::max(1, value(QStringLiteral("--statements"), 10));
    const int rounds = std::max(1, value(QStringLiteral("--rounds"), 5));
    QueryMetrics::instance().setEnabled(false); // the page's own statements are not what is measured
    bench(QStringLiteral("sqlite"), statements, rounds);
    if (!args.contains(QStringLiteral("--sqlite-only")) && !Testing::ScratchDatabase::postgresAdminUrl().isEmpty())
        bench(QStringLiteral("postgresql"), statements, rounds);
    return 0;
}
