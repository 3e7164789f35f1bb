// Measures bulk loading of analytics events: the whole demo generator, and the bare loader on
// pre-built rows, on SQLite and (when ATELIER_TEST_PG_URL names a server) PostgreSQL.
//   build/bin/bench_eventload [events]        default 1,000,000
#include "core/database.h"
#include "core/eventbulkwriter.h"
#include "core/migrator.h"
#include "demo/demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <vector>

using namespace Atelier;

namespace {

struct Target
{
    QString label;
    DatabaseUrl url;
    QString dropName; // PostgreSQL scratch database to drop afterwards
};

bool adminExec(const DatabaseUrl &admin, const QString &sql)
{
    const QString name = QStringLiteral("bench-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(admin.host);
        db.setPort(admin.port);
        db.setUserName(admin.user);
        db.setPassword(admin.password);
        db.setDatabaseName(admin.database);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

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
    QTemporaryDir dir;
    QList<Target> targets;
    targets.append({QStringLiteral("SQLite"), DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("demo.db"))), {}});
    targets.append({QStringLiteral("SQLite"), DatabaseUrl::sqliteFile(dir.filePath(QStringLiteral("rows.db"))), {}});
    const auto admin = DatabaseUrl::parse(qEnvironmentVariable("ATELIER_TEST_PG_URL"));
    if (admin) {
        for (const char *suffix : {"demo", "rows"}) {
            Target t{QStringLiteral("PostgreSQL"), admin.value(), QStringLiteral("atelier_bench_%1").arg(QLatin1String(suffix))};
            adminExec(admin.value(), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(t.dropName));
            if (!adminExec(admin.value(), QStringLiteral("CREATE DATABASE %1").arg(t.dropName)))
                return std::fprintf(stderr, "cannot create %s\n", qPrintable(t.dropName)), 1;
            t.url.database = t.dropName;
            targets.append(t);
        }
    } else {
        std::fprintf(stderr, "ATELIER_TEST_PG_URL is not set: PostgreSQL is not measured.\n");
    }

    std::printf("Bulk loading %lld analytics events (2 cores; %s)\n\n", static_cast<long long>(events),
                qPrintable(QSysInfo::prettyProductName()));
    std::printf("| %-10s | %-34s | %9s | %7s | %9s | %-8s |\n", "database", "what", "events", "seconds", "events/s", "target");
    std::printf("|------------|------------------------------------|-----------|---------|-----------|----------|\n");
    const std::vector<EventRow> rows = syntheticRows(events);
    QList<double> demoSeconds;
    for (int i = 0; i < targets.size(); ++i) {
        const Target &t = targets.at(i);
        const char *target = t.label == QLatin1String("SQLite") ? "< 5 s" : "< 3 s";
        if (i % 2 == 0) {
            auto db = Database::open(t.url);
            if (!db || !Migrator::migrate(db.value()))
                return std::fprintf(stderr, "cannot prepare %s\n", qPrintable(t.url.displayString())), 1;
            DemoOptions options;
            options.events = events;
            options.end = QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC);
            auto report = DemoGenerator::generate(db.value(), options);
            if (!report)
                return std::fprintf(stderr, "%s\n", qPrintable(report.error().message)), 1;
            line(t.label, "demo: events phase (generate+load)", report->events, double(report->eventMilliseconds) / 1000, target);
            line(t.label, "demo: everything", report->events, double(report->totalMilliseconds) / 1000, "");
            demoSeconds.append(double(report->eventMilliseconds) / 1000);
        } else {
            auto seconds = loadRows(t.url, rows);
            if (!seconds)
                return std::fprintf(stderr, "%s\n", qPrintable(seconds.error().message)), 1;
            line(t.label, "loader only, pre-built rows", events, seconds.value(), target);
        }
        Database::closeThreadConnections();
        if (!t.dropName.isEmpty())
            adminExec(admin.value(), QStringLiteral("DROP DATABASE IF EXISTS %1").arg(t.dropName));
    }
    if (demoSeconds.size() == 2)
        std::printf("\nPostgreSQL / SQLite time ratio (demo events phase): %.2f\n", demoSeconds.at(1) / demoSeconds.at(0));
    return 0;
}
