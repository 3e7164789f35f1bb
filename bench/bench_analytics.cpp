// Times every analysis service on demo data: 1,000,000 events on SQLite and 10,000,000 on PostgreSQL (when
// ATELIER_TEST_PG_URL names a server), for the brand with the most events over the last 30 days of the
// data, next to a bare count(*) of that brand's events and the textbook self-join SQL funnel.
//
//   build/bin/bench_analytics [--sqlite-events N] [--pg-events N]     0 leaves a dialect out
//                             [--sqlite-url URL] [--pg-url URL]       keep (and reuse) a filled database
//                             [--only a,b,…] [--runs N] [--selfjoin-timeout S] [--no-full]
//
// The same settings may come from the environment: ATELIER_BENCH_SQLITE_EVENTS, ATELIER_BENCH_PG_EVENTS,
// ATELIER_BENCH_SQLITE_URL, ATELIER_BENCH_PG_URL. A database named by URL is filled only when it holds
// no events yet, and is never dropped: the next run reuses it (PostgreSQL: create the database first).
#include "analytics/anomalyservice.h"
#include "analytics/benchmarkservice.h"
#include "analytics/breakdownservice.h"
#include "analytics/correlationservice.h"
#include "analytics/dailymetrics.h"
#include "analytics/experimentservice.h"
#include "analytics/funnelservice.h"
#include "analytics/journeyservice.h"
#include "analytics/overviewservice.h"
#include "analytics/realtimeservice.h"
#include "analytics/retentionservice.h"
#include "analytics/seasonalityservice.h"
#include "analytics/segmentservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "demo/demogenerator.h"
#include "scratchdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

using namespace Atelier;

namespace {

const QDateTime dataEnd(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
constexpr int dataDays = 180;

struct Settings
{
    qint64 sqliteEvents = 1000000;
    qint64 pgEvents = 10000000;
    QString sqliteUrl;
    QString pgUrl;
    QStringList only;
    int runs = 3;
    int selfJoinTimeout = 60; // seconds
    bool full = true;
};

/// One measurement: the best of `runs` after a warm-up, or why there is none.
struct Timing
{
    std::optional<double> ms;
    QString note; // "> 60 s", an error …
    QString text() const
    {
        if (ms)
            return QString::number(*ms, 'f', *ms < 10 ? 2 : (*ms < 1000 ? 1 : 0));
        return note.isEmpty() ? QStringLiteral("-") : note;
    }
};

/// A measured call: returns an empty string when it went well, or the problem.
using Call = std::function<QString()>;

/// Interrupts a statement that runs too long: PostgreSQL through statement_timeout (set by the caller),
/// SQLite through sqlite3_interrupt from a watchdog thread.
class SqliteWatchdog
{
public:
    SqliteWatchdog(sqlite3 *handle, int seconds) : m_handle(handle)
    {
        if (!m_handle)
            return;
        m_thread = std::thread([this, seconds] {
            std::unique_lock lock(m_mutex);
            if (!m_done.wait_for(lock, std::chrono::seconds(seconds), [this] { return m_finished; })) {
                m_fired = true;
                sqlite3_interrupt(m_handle);
            }
        });
    }
    ~SqliteWatchdog()
    {
        if (!m_thread.joinable())
            return;
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_all();
        m_thread.join();
    }
    bool fired() const { return m_fired; }

private:
    sqlite3 *m_handle = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    std::atomic_bool m_fired = false;
};

Timing measure(const Call &call, int runs, double giveUpMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    if (QString problem = call(); !problem.isEmpty())
        return {std::nullopt, problem};
    double best = double(timer.nsecsElapsed()) / 1e6;
    if (best > giveUpMs) // one slow run says enough; no repeats
        return {best, {}};
    best = 1e300;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        if (QString problem = call(); !problem.isEmpty())
            return {std::nullopt, problem};
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return {best, {}};
}

template <typename T>
QString problemOf(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().message;
}

qint64 number(const char *env, qint64 fallback)
{
    const QByteArray v = qgetenv(env);
    return v.isEmpty() ? fallback : v.toLongLong();
}

Settings parse(const QStringList &args)
{
    Settings s;
    s.sqliteEvents = number("ATELIER_BENCH_SQLITE_EVENTS", s.sqliteEvents);
    s.pgEvents = number("ATELIER_BENCH_PG_EVENTS", s.pgEvents);
    s.sqliteUrl = qEnvironmentVariable("ATELIER_BENCH_SQLITE_URL");
    s.pgUrl = qEnvironmentVariable("ATELIER_BENCH_PG_URL");
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        auto take = [&] {
            ++i;
            return next;
        };
        if (a == QLatin1String("--sqlite-events"))
            s.sqliteEvents = take().toLongLong();
        else if (a == QLatin1String("--pg-events"))
            s.pgEvents = take().toLongLong();
        else if (a == QLatin1String("--sqlite-url"))
            s.sqliteUrl = take();
        else if (a == QLatin1String("--pg-url"))
            s.pgUrl = take();
        else if (a == QLatin1String("--only"))
            s.only = take().split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (a == QLatin1String("--runs"))
            s.runs = std::max(1, take().toInt());
        else if (a == QLatin1String("--selfjoin-timeout"))
            s.selfJoinTimeout = std::max(1, take().toInt());
        else if (a == QLatin1String("--no-full"))
            s.full = false;
        else {
            std::fprintf(stderr, "unknown argument %s\n", qPrintable(a));
            std::exit(2);
        }
    }
    return s;
}

FunnelQuery benchFunnel()
{
    FunnelQuery q;
    for (const char *step : {"page_view", "signup", "add_to_cart", "checkout", "purchase"})
        q.steps.append({QString::fromLatin1(step), {}});
    q.windowSeconds = 14 * 86400;
    return q;
}

/// The textbook funnel: one self-join per step, distinct users per step.
QString selfJoinSql(const SqlDialect &dialect, int steps)
{
    QStringList counts, joins;
    for (int k = 1; k <= steps; ++k)
        counts << QStringLiteral("count(DISTINCT e%1.user_id)").arg(k);
    const QString deadline = dialect.isSqlite() ? QStringLiteral("e1.timestamp + ?") : QStringLiteral("e1.timestamp + ?::interval");
    for (int k = 2; k <= steps; ++k)
        joins << QStringLiteral("LEFT JOIN analytics_events e%1 ON e%1.user_id = e1.user_id AND e%1.brand_id = e1.brand_id "
                                "AND e%1.event_type = ? AND e%1.timestamp >= e%2.timestamp AND e%1.timestamp <= %3 "
                                "AND e%1.timestamp < ?")
                     .arg(k)
                     .arg(k - 1)
                     .arg(deadline);
    return QStringLiteral("SELECT %1 FROM analytics_events e1 %2 WHERE e1.brand_id = ? AND e1.event_type = ? "
                          "AND e1.timestamp >= ? AND e1.timestamp < ? AND e1.user_id IS NOT NULL")
        .arg(counts.join(QLatin1String(", ")), joins.join(QLatin1Char(' ')));
}

struct Dataset
{
    QString label; // SQLite, PostgreSQL
    qint64 events = 0;
    DatabaseUrl url;
    std::unique_ptr<Testing::ScratchDatabase> scratch;
};

/// Opens the dialect's database and fills it when it holds no events; returns the number of events.
Result<qint64> prepare(Dataset &d, qint64 wanted)
{
    auto db = Database::open(d.url);
    if (!db)
        return db.error();
    if (auto m = Migrator::migrate(db.value()); !m)
        return m.error();
    QSqlQuery q(db.value());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM analytics_events")) || !q.next())
        return Database::queryError(q, QStringLiteral("counting events"));
    qint64 have = q.value(0).toLongLong();
    q.finish();
    if (have > 0) {
        std::printf("%s: reusing %lld events at %s\n", qPrintable(d.label), static_cast<long long>(have),
                    qPrintable(d.url.displayString()));
        return have;
    }
    std::printf("%s: generating %lld demo events …\n", qPrintable(d.label), static_cast<long long>(wanted));
    std::fflush(stdout);
    DemoOptions options;
    options.events = wanted;
    options.days = dataDays;
    options.end = dataEnd;
    auto report = DemoGenerator::generate(db.value(), options);
    if (!report)
        return report.error();
    std::printf("%s: %lld events in %.1f s; analysing …\n", qPrintable(d.label), static_cast<long long>(report->events),
                double(report->totalMilliseconds) / 1000);
    std::fflush(stdout);
    // What autovacuum would have done on a real installation by the time someone analyses.
    QElapsedTimer timer;
    timer.start();
    if (SqlDialect::of(db.value()).isSqlite()) {
        q.exec(QStringLiteral("ANALYZE"));
    } else {
        q.exec(QStringLiteral("VACUUM ANALYZE analytics_events"));
        q.exec(QStringLiteral("ANALYZE"));
    }
    std::printf("%s: ANALYZE in %.1f s\n", qPrintable(d.label), double(timer.nsecsElapsed()) / 1e9);
    return report->events;
}

struct Row
{
    QString name;
    QString target;
};

using Results = std::map<QString, Timing>; // analysis → timing

/// \a shorter: the results over a shorter range, when this one is the whole range; what took over 5 s
/// there is not run again over six times the data.
Results runAll(Dataset &d, const Settings &settings, const Brand &brand, QDate from, QDate to, bool fullSet,
               const Results *shorter = nullptr)
{
    Results out;
    auto db = Database::open(d.url);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return out;
    }
    const QSqlDatabase conn = db.value();
    const SqlDialect dialect = SqlDialect::of(conn);
    const QVariant start = dialect.timeValue(QDateTime(from, QTime(0, 0), Qt::UTC));
    const QVariant end = dialect.timeValue(QDateTime(to, QTime(0, 0), Qt::UTC));
    auto wanted = [&](const QString &name) { return settings.only.isEmpty() || settings.only.contains(name); };
    auto time = [&](const QString &name, const Call &call) {
        if (!wanted(name))
            return;
        if (shorter) {
            const auto before = shorter->find(name);
            if (before != shorter->end() && (!before->second.ms || *before->second.ms > 5000)) {
                out[name] = {std::nullopt, QStringLiteral("not run")};
                return;
            }
        }
        std::fprintf(stderr, "  %s %s …", qPrintable(d.label), qPrintable(name));
        out[name] = measure(call, settings.runs);
        std::fprintf(stderr, " %s ms\n", qPrintable(out[name].text()));
    };

    time(QStringLiteral("count(*)"), [&] {
        QSqlQuery q(conn);
        q.prepare(QStringLiteral("SELECT count(*) FROM analytics_events WHERE brand_id = ? AND timestamp >= ? AND timestamp < ?"));
        q.addBindValue(brand.id);
        q.addBindValue(start);
        q.addBindValue(end);
        if (!q.exec() || !q.next())
            return q.lastError().text();
        return QString();
    });
    const FunnelQuery funnel = benchFunnel();
    time(QStringLiteral("funnel"), [&] { return problemOf(FunnelService::compute(conn, brand, from, to, funnel)); });
    time(QStringLiteral("selfjoin funnel"), [&]() -> QString {
        const int n = int(funnel.steps.size());
        QSqlQuery q(conn);
        if (!dialect.isSqlite())
            q.exec(QStringLiteral("SET statement_timeout = %1").arg(settings.selfJoinTimeout * 1000));
        q.prepare(selfJoinSql(dialect, n));
        for (int k = 1; k < n; ++k) {
            q.addBindValue(funnel.steps.at(k).event);
            if (dialect.isSqlite())
                q.addBindValue(funnel.windowSeconds * 1000);
            else
                q.addBindValue(QStringLiteral("%1 seconds").arg(funnel.windowSeconds));
            q.addBindValue(end);
        }
        q.addBindValue(brand.id);
        q.addBindValue(funnel.steps.at(0).event);
        q.addBindValue(start);
        q.addBindValue(end);
        bool ok = false;
        bool fired = false;
        {
            SqliteWatchdog watchdog(dialect.isSqlite() ? Database::sqliteHandle(conn) : nullptr, settings.selfJoinTimeout);
            ok = q.exec() && q.next();
            fired = watchdog.fired();
        }
        const QString error = q.lastError().text();
        q.finish();
        if (!dialect.isSqlite()) {
            QSqlQuery reset(conn);
            reset.exec(QStringLiteral("SET statement_timeout = 0"));
        }
        if (ok)
            return {};
        if (fired || error.contains(QLatin1String("statement timeout")) || error.contains(QLatin1String("interrupt")))
            return QStringLiteral("> %1 s").arg(settings.selfJoinTimeout);
        return error;
    });
    time(QStringLiteral("retention"), [&] { return problemOf(RetentionService::compute(conn, brand, from, to, RetentionQuery{})); });
    time(QStringLiteral("journeys"), [&] {
        return problemOf(JourneyService::compute(conn, brand, from, to, QStringLiteral("page_view"), 5));
    });
    if (!fullSet)
        return out;
    time(QStringLiteral("segment count"), [&] {
        const QJsonObject criteria = QJsonDocument::fromJson(
                                         "{\"all\": [{\"property\": \"country\", \"op\": \"in\", \"value\": [\"FR\", \"DE\"]},"
                                         " {\"event\": \"purchase\", \"op\": \"at_least\", \"count\": 1}]}")
                                         .object();
        return problemOf(SegmentService::count(conn, brand, from, to, criteria));
    });
    for (const char *property : {"channel", "country", "device"})
        time(QStringLiteral("breakdown %1").arg(QLatin1String(property)), [&] {
            return problemOf(BreakdownService::byProperty(conn, brand, from, to, QString::fromLatin1(property)));
        });
    time(QStringLiteral("attribution"), [&] { return problemOf(BreakdownService::attribution(conn, brand, from, to)); });
    time(QStringLiteral("correlation"), [&] { return problemOf(CorrelationService::compute(conn, brand, from, to)); });
    time(QStringLiteral("anomaly"), [&] { return problemOf(AnomalyService::detect(conn, brand, from, to)); });
    time(QStringLiteral("seasonality"), [&] { return problemOf(SeasonalityService::compute(conn, brand, from, to)); });
    time(QStringLiteral("experiment"), [&] { return problemOf(ExperimentService::results(conn, brand, from, to)); });
    time(QStringLiteral("benchmark"), [&] { return problemOf(BenchmarkService::compute(conn, brand, from, to)); });
    time(QStringLiteral("realtime"), [&] { return problemOf(RealTimeService::snapshot(conn, brand, dataEnd.addSecs(-600))); });
    time(QStringLiteral("overview"), [&] { return problemOf(OverviewService::load(conn, brand.slug, from, to)); });
    time(QStringLiteral("daily metrics"), [&] { return problemOf(DailyMetricsService::load(conn, brand, from, to)); });
    return out;
}

std::optional<double> ratio(const Results &r, const QString &a, const QString &b)
{
    const auto x = r.find(a), y = r.find(b);
    if (x == r.end() || y == r.end() || !x->second.ms || !y->second.ms || *y->second.ms <= 0)
        return std::nullopt;
    return *x->second.ms / *y->second.ms;
}

QString ratioText(const Results &r, const QString &a, const QString &b)
{
    if (auto v = ratio(r, a, b))
        return QString::number(*v, 'f', 2);
    // A self-join that timed out: the ratio is at least the timeout over the funnel.
    const auto x = r.find(a), y = r.find(b);
    if (x != r.end() && y != r.end() && !x->second.ms && x->second.note.startsWith(QLatin1String(">")) && y->second.ms) {
        const double seconds = QVariant(x->second.note.mid(2).chopped(2)).value<double>();
        return QStringLiteral("> %1").arg(seconds * 1000 / *y->second.ms, 0, 'f', 0);
    }
    return QStringLiteral("-");
}

void printTable(const QString &title, const std::vector<Dataset> &sets, const std::vector<Results> &results,
                const std::vector<QString> &brands)
{
    std::printf("\n%s\n\n", qPrintable(title));
    std::printf("| %-18s |", "analysis");
    for (size_t i = 0; i < sets.size(); ++i)
        std::printf(" %-30s |", qPrintable(QStringLiteral("%1 %2M ms (%3)")
                                               .arg(sets[i].label)
                                               .arg(double(sets[i].events) / 1e6, 0, 'g', 3)
                                               .arg(brands[i])));
    std::printf(" %-22s |\n|--------------------|", "target");
    for (size_t i = 0; i < sets.size(); ++i)
        std::printf("--------------------------------|");
    std::printf("------------------------|\n");
    std::vector<QString> names;
    for (const Results &r : results)
        for (const auto &[name, timing] : r)
            if (std::find(names.begin(), names.end(), name) == names.end())
                names.push_back(name);
    // The order of the brief: the bare count and the funnels first.
    const QStringList first = {QStringLiteral("count(*)"), QStringLiteral("funnel"), QStringLiteral("selfjoin funnel"),
                               QStringLiteral("retention"), QStringLiteral("journeys")};
    std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const qsizetype ia = first.indexOf(a), ib = first.indexOf(b);
        return (ia < 0 ? 99 : ia) < (ib < 0 ? 99 : ib);
    });
    for (const QString &name : names) {
        std::printf("| %-18s |", qPrintable(name));
        for (const Results &r : results) {
            const auto it = r.find(name);
            std::printf(" %30s |", qPrintable(it == r.end() ? QStringLiteral("-") : it->second.text()));
        }
        const QString target = name == QLatin1String("count(*)") || name == QLatin1String("selfjoin funnel")
                                   ? QString()
                                   : QStringLiteral("SQLite < 1000 ms");
        std::printf(" %-22s |\n", qPrintable(target));
    }
    struct RatioRow
    {
        const char *label;
        QString a, b;
        const char *target;
    };
    const std::vector<RatioRow> ratios = {
        {"funnel / count", QStringLiteral("funnel"), QStringLiteral("count(*)"), "PG <= 2"},
        {"retention / count", QStringLiteral("retention"), QStringLiteral("count(*)"), "PG <= 2"},
        {"journeys / count", QStringLiteral("journeys"), QStringLiteral("count(*)"), "PG <= 2"},
        {"selfjoin / funnel", QStringLiteral("selfjoin funnel"), QStringLiteral("funnel"), "PG >= 5"},
    };
    for (const RatioRow &row : ratios) {
        std::printf("| %-18s |", row.label);
        for (const Results &r : results)
            std::printf(" %30s |", qPrintable(ratioText(r, row.a, row.b)));
        std::printf(" %-22s |\n", row.target);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Settings settings = parse(app.arguments());

    std::vector<Dataset> sets;
    auto add = [&](const QString &dialect, const QString &label, qint64 events, const QString &url) {
        if (events <= 0 && url.isEmpty())
            return;
        Dataset d;
        d.label = label;
        d.events = events;
        if (!url.isEmpty()) {
            auto parsed = DatabaseUrl::parse(url);
            if (!parsed) {
                std::fprintf(stderr, "%s\n", qPrintable(parsed.error().message));
                std::exit(1);
            }
            d.url = parsed.value();
        } else {
            d.scratch = std::make_unique<Testing::ScratchDatabase>(dialect);
            if (!d.scratch->problem().isEmpty()) {
                std::fprintf(stderr, "%s is not measured: %s\n", qPrintable(label), qPrintable(d.scratch->problem()));
                return;
            }
            d.url = d.scratch->url();
        }
        sets.push_back(std::move(d));
    };
    add(QStringLiteral("sqlite"), QStringLiteral("SQLite"), settings.sqliteEvents, settings.sqliteUrl);
    add(QStringLiteral("postgresql"), QStringLiteral("PostgreSQL"), settings.pgEvents, settings.pgUrl);
    if (sets.empty())
        return std::fprintf(stderr, "nothing to measure\n"), 1;

    const QDate to = dataEnd.date(), from30 = to.addDays(-30), fromAll = to.addDays(-dataDays);
    std::vector<Results> last30, whole;
    std::vector<QString> brandNames;
    for (Dataset &d : sets) {
        auto events = prepare(d, d.events);
        if (!events)
            return std::fprintf(stderr, "%s: %s\n", qPrintable(d.label), qPrintable(events.error().message)), 1;
        d.events = events.value();
        std::optional<Brand> brand;
        {
            auto db = Database::open(d.url);
            QSqlQuery q(db.value());
            if (!q.exec(QStringLiteral("SELECT b.slug, count(*) FROM analytics_events e JOIN brands b ON b.id = e.brand_id "
                                       "GROUP BY b.slug ORDER BY 2 DESC, 1 LIMIT 1"))
                || !q.next())
                return std::fprintf(stderr, "%s: no brand\n", qPrintable(d.label)), 1;
            const QString slug = q.value(0).toString();
            const qint64 brandEvents = q.value(1).toLongLong();
            q.finish();
            auto found = BrandService::bySlug(db.value(), slug);
            if (!found)
                return std::fprintf(stderr, "%s\n", qPrintable(found.error().message)), 1;
            q.prepare(QStringLiteral("SELECT count(*) FROM analytics_events WHERE brand_id = ? AND timestamp >= ? AND timestamp < ?"));
            q.addBindValue(found->id);
            q.addBindValue(SqlDialect::of(db.value()).timeValue(QDateTime(from30, QTime(0, 0), Qt::UTC)));
            q.addBindValue(SqlDialect::of(db.value()).timeValue(dataEnd));
            const qint64 rangeEvents = q.exec() && q.next() ? q.value(0).toLongLong() : -1;
            q.finish();
            std::printf("%s: brand %s, %lld events in all, %lld in %s .. %s\n", qPrintable(d.label), qPrintable(slug),
                        static_cast<long long>(brandEvents), static_cast<long long>(rangeEvents),
                        qPrintable(from30.toString(Qt::ISODate)), qPrintable(to.toString(Qt::ISODate)));
            std::fflush(stdout);
            brandNames.push_back(slug);
            brand = found.value();
        }
        last30.push_back(runAll(d, settings, *brand, from30, to, true));
        if (settings.full)
            whole.push_back(runAll(d, settings, *brand, fromAll, to, false, &last30.back()));
        Database::closeThreadConnections();
    }

    std::printf("\nAnalyses of the brand with the most events (2 cores; %s); wall clock, best of %d after a warm-up\n",
                qPrintable(QSysInfo::prettyProductName()), settings.runs);
    printTable(QStringLiteral("Last 30 days (%1 .. %2)").arg(from30.toString(Qt::ISODate), to.toString(Qt::ISODate)), sets,
               last30, brandNames);
    if (settings.full)
        printTable(QStringLiteral("All %1 days (%2 .. %3)").arg(dataDays).arg(fromAll.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                   sets, whole, brandNames);
    return 0;
}
