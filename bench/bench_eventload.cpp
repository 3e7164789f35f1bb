// Measures bulk loading of analytics events: the whole demo generator, and the bare loader on
// pre-built rows, on SQLite and (when ATELIER_TEST_PG_URL names a server) PostgreSQL.
//   build/bin/bench_eventload [events]        default 1,000,000
#include "core/database.h"
#include "core/eventbulkwriter.h"
#include "core/migrator.h"
#include "demo/demogenerator.h"
#include "scratchdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Atelier;

namespace {

std::vector<EventRow> syntheticRows(qint64 count)
{
    static const char *const types[] = {"page_view", "page_view", "page_view", "signup", "add_to_cart", "checkout", "purchase"};
    std::vector<EventRow> rows(static_cast<size_t>(count));
    const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    for (qint64 i = 0; i < count; ++i) {
        EventRow &r = rows[size_t(i)];
        r.eventType = types[i % 7];
        r.userId = "u" + QByteArray::number(i / 5).rightJustified(8, '0');
        r.sessionId = "s" + QByteArray::number(i / 3).rightJustified(8, '0');
        r.properties = "{\"channel\":\"social\",\"country\":\"FR\",\"device\":\"mobile\",\"browser\":\"Safari\",\"os\":\"iOS\",\"page\":\"/products\"}";
        r.timestampMs = start + i * 997 % (86400000LL * 90);
        r.brandId = (i % 2) ? "brand_a" : "brand_b";
    }
    return rows;
}

Result<double> loadRows(const DatabaseUrl &url, const std::vector<EventRow> &rows)
{
    auto db = Database::open(url);
    if (!db)
        return db.error();
    if (auto m = Migrator::migrate(db.value()); !m)
        return m.error();
    QSqlQuery q(db.value());
    q.exec(QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('brand_a', 'a', 'A', 'home'), "
                          "('brand_b', 'b', 'B', 'home')"));
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase conn = db.value();
    conn.transaction();
    auto writer = EventBulkWriter::start(conn, true);
    if (!writer)
        return writer.error();
    for (const EventRow &row : rows)
        if (auto s = writer.value()->add(row); !s)
            return s.error();
    if (auto s = writer.value()->finish(); !s)
        return s.error();
    conn.commit();
    return double(timer.nsecsElapsed()) / 1e9;
}

void line(const QString &dialect, const char *what, qint64 events, double seconds, const char *target)
{
    std::printf("| %-10s | %-34s | %9lld | %7.2f | %9.0f | %-8s |\n", qPrintable(dialect), what, static_cast<long long>(events),
                seconds, seconds > 0 ? double(events) / seconds : 0.0, target);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 events = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    // Two fresh databases per dialect: one for the demo generator, one for the bare loader.
    struct Target
    {
        QString label;
        std::unique_ptr<Testing::ScratchDatabase> scratch;
    };
    std::vector<Target> targets;
    for (const char *dialect : {"sqlite", "sqlite", "postgresql", "postgresql"}) {
        auto scratch = std::make_unique<Testing::ScratchDatabase>(QString::fromLatin1(dialect));
        if (!scratch->problem().isEmpty()) {
            std::fprintf(stderr, "%s is not measured: %s\n", dialect, qPrintable(scratch->problem()));
            continue;
        }
        targets.push_back({qstrcmp(dialect, "sqlite") == 0 ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"),
                           std::move(scratch)});
    }

    std::printf("Bulk loading %lld analytics events (2 cores; %s)\n\n", static_cast<long long>(events),
                qPrintable(QSysInfo::prettyProductName()));
    std::printf("| %-10s | %-34s | %9s | %7s | %9s | %-8s |\n", "database", "what", "events", "seconds", "events/s", "target");
    std::printf("|------------|------------------------------------|-----------|---------|-----------|----------|\n");
    const std::vector<EventRow> rows = syntheticRows(events);
    QList<double> demoSeconds;
    for (size_t i = 0; i < targets.size(); ++i) {
        const Target &t = targets.at(i);
        const DatabaseUrl &url = t.scratch->url();
        const char *target = t.label == QLatin1String("SQLite") ? "< 5 s" : "< 3 s";
        if (i % 2 == 0) {
            auto db = Database::open(url);
            if (!db || !Migrator::migrate(db.value()))
                return std::fprintf(stderr, "cannot prepare %s\n", qPrintable(url.displayString())), 1;
            DemoOptions options;
            options.events = events;
            options.end = QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
            auto report = DemoGenerator::generate(db.value(), options);
            if (!report)
                return std::fprintf(stderr, "%s\n", qPrintable(report.error().message)), 1;
            line(t.label, "demo: events, before commit", report->events, double(report->eventMilliseconds) / 1000, "");
            line(t.label, "demo: everything, commit included", report->events, double(report->totalMilliseconds) / 1000, target);
            demoSeconds.append(double(report->totalMilliseconds) / 1000);
        } else {
            auto seconds = loadRows(url, rows);
            if (!seconds)
                return std::fprintf(stderr, "%s\n", qPrintable(seconds.error().message)), 1;
            line(t.label, "loader only, pre-built rows", events, seconds.value(), target);
        }
        Database::closeThreadConnections();
    }
    if (demoSeconds.size() == 2)
        std::printf("\nPostgreSQL / SQLite time ratio (whole demo): %.2f\n", demoSeconds.at(1) / demoSeconds.at(0));
    return 0;
}
