// What timing every statement costs (issue 19: under 2 % of the analyses' time). On a demo database (SQLite, and
// PostgreSQL when ATELIER_TEST_PG_URL names a server), every analysis of the report runs through the analysis runner
// with the result cache emptied, in rounds that alternate timing on and off (so that the machine's load falls on
// both alike); then the cost of one record() and of timedExec() next to a bare exec() of a trivial statement.
//
//   build/bin/bench_monitoring [--events N] [--rounds N] [--sqlite-only]
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/resultcache.h"
#include "demo/demogenerator.h"
#include "monitoring/querymetrics.h"
#include "reports/analysisreports.h"
#include "reports/analysisrunner.h"
#include "scratchdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

using namespace Atelier;

namespace {

const QDateTime dataEnd(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);

double analysesOnce(const QSqlDatabase &db, const Brand &brand, qint64 *statements)
{
    QueryMetrics::instance().take(true);
    QElapsedTimer timer;
    timer.start();
    for (const QString &analysis : AnalysisReports::analyses()) {
        ResultCache::instance().clear();
        AnalysisRequest request{brand.slug, dataEnd.date().addDays(-30), dataEnd.date(), analysis, {}, QStringLiteral("en")};
        auto ran = AnalysisRunner::run(db, brand, request);
        if (!ran)
            std::fprintf(stderr, "  %s: %s\n", qPrintable(analysis), qPrintable(ran.error().message));
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    qint64 calls = 0;
    for (const QueryMinute &m : QueryMetrics::instance().take(true))
        calls += m.calls;
    *statements = calls;
    return ms;
}

void bench(const QString &dialect, qint64 events, int rounds)
{
    Testing::ScratchDatabase scratch(dialect);
    if (!scratch.problem().isEmpty()) {
        std::printf("%s: skipped (%s)\n", qPrintable(dialect), qPrintable(scratch.problem()));
        return;
    }
    auto db = Database::open(scratch.url());
    if (!db || !Migrator::migrate(db.value())) {
        std::printf("%s: cannot open or migrate\n", qPrintable(dialect));
        return;
    }
    DemoOptions options;
    options.events = events;
    options.end = dataEnd;
    QElapsedTimer fill;
    fill.start();
    if (auto made = DemoGenerator::generate(db.value(), options); !made) {
        std::printf("%s: demo failed: %s\n", qPrintable(dialect), qPrintable(made.error().message));
        return;
    }
    const auto brands = BrandService::list(db.value());
    const Brand brand = brands->first();
    std::printf("%s: %lld demo events (%.0f s to fill), brand %s, the %lld analyses over the last 30 days, cache emptied before each\n",
                qPrintable(dialect), static_cast<long long>(events), double(fill.elapsed()) / 1000.0, qPrintable(brand.slug),
                static_cast<long long>(AnalysisReports::analyses().size()));
    qint64 statements = 0;
    analysesOnce(db.value(), brand, &statements); // warm-up
    double on = 0, off = 0;
    QList<double> onRuns, offRuns;
    for (int r = 0; r < rounds; ++r) {
        for (const bool enabled : {r % 2 == 0, r % 2 != 0}) {
            QueryMetrics::instance().setEnabled(enabled);
            qint64 n = 0;
            const double ms = analysesOnce(db.value(), brand, &n);
            (enabled ? onRuns : offRuns).append(ms);
            (enabled ? on : off) += ms;
            if (enabled)
                statements = n;
        }
    }
    QueryMetrics::instance().setEnabled(true);
    std::sort(onRuns.begin(), onRuns.end());
    std::sort(offRuns.begin(), offRuns.end());
    const double onMedian = onRuns.at(onRuns.size() / 2), offMedian = offRuns.at(offRuns.size() / 2);
    std::printf("  all analyses, %d rounds each: timing on  median %.1f ms (total %.0f ms), %lld statements and analyses timed a round\n",
                rounds, onMedian, on, static_cast<long long>(statements));
    std::printf("                                timing off median %.1f ms (total %.0f ms)\n", offMedian, off);
    std::printf("  difference of the medians: %+.2f %% (machine noise included)\n", 100.0 * (onMedian - offMedian) / offMedian);

    // The instrumentation alone: record(), and timedExec() against exec() on SELECT 1.
    const int n = 200000;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i)
        QueryMetrics::instance().record(QStringLiteral("sqlite"), QStringLiteral("bench"), QStringLiteral("record"), 1.0, 1);
    const double recordNs = double(t.nsecsElapsed()) / n;
    QueryMetrics::instance().take(true);
    const int m = 20000;
    QSqlQuery q(db.value());
    q.prepare(QStringLiteral("SELECT 1"));
    double bare = 0, timed = 0;
    for (int round = 0; round < 2; ++round) {
        t.restart();
        for (int i = 0; i < m; ++i) {
            q.exec();
            q.next();
        }
        bare = double(t.nsecsElapsed()) / m;
        t.restart();
        for (int i = 0; i < m; ++i) {
            timedExec(q, QStringLiteral("bench"), QStringLiteral("select_1"));
            q.next();
        }
        timed = double(t.nsecsElapsed()) / m;
    }
    QueryMetrics::instance().take(true);
    std::printf("  one record(): %.0f ns; SELECT 1: exec() %.1f µs, timedExec() %.1f µs (+%.1f µs)\n", recordNs, bare / 1000.0,
                timed / 1000.0, (timed - bare) / 1000.0);
    std::printf("  bound from the parts: %lld timed × %.1f µs = %.2f ms a round, %.3f %% of %.0f ms\n\n",
                static_cast<long long>(statements), std::max(0.0, timed - bare) / 1000.0,
                double(statements) * std::max(0.0, timed - bare) / 1e6, 100.0 * double(statements) * std::max(0.0, timed - bare) / 1e6 / offMedian,
                offMedian);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const QString &name, qint64 fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : fallback;
    };
    const qint64 events = value(QStringLiteral("--events"), 200000);
    const int rounds = int(value(QStringLiteral("--rounds"), 6));
    bench(QStringLiteral("sqlite"), events, rounds);
    if (!args.contains(QStringLiteral("--sqlite-only")))
        bench(QStringLiteral("postgresql"), events, rounds);
    return 0;
}
