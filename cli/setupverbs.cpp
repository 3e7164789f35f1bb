// The verbs that set a database up and say what it is: migrate, demo, db status|login|logout.
#include "output.h"
#include "verb.h"

#include "core/database.h"
#include "core/databasecredentials.h"
#include "core/databasestatus.h"
#include "core/migrator.h"
#include "demo/demogenerator.h"

#include <QDate>
#include <QJsonObject>
#include <QTextStream>

#include <limits>
#include <unistd.h>

namespace Atelier::Cli {

namespace {

int migrate(Context &c)
{
    if (const Status opened = c.create(); !opened)
        return fail(opened.error().message);
    auto report = Migrator::migrate(c.db);
    if (!report)
        return fail(report.error().message);
    if (report->applied.isEmpty())
        out() << CommandLine::tr("%1: schema is up to date (version %2).").arg(c.url.displayString()).arg(report->toVersion) << '\n';
    else
        out() << CommandLine::tr("%1: schema migrated from version %2 to %3 (%4).")
                     .arg(c.url.displayString())
                     .arg(report->fromVersion)
                     .arg(report->toVersion)
                     .arg(report->applied.join(QLatin1String(", ")))
              << '\n';
    return 0;
}

int demo(Context &c)
{
    DemoOptions options;
    auto seed = c.integer(QStringLiteral("seed"), 42, 0, std::numeric_limits<qint64>::max());
    auto events = c.integer(QStringLiteral("events"), 1000000, 0, 100000000);
    auto days = c.integer(QStringLiteral("days"), 180, 7, 3650);
    for (const auto *value : {&seed, &events, &days})
        if (!*value)
            return fail(value->error().message, 2);
    options.seed = quint64(seed.value());
    options.events = events.value();
    options.days = int(days.value());
    if (c.isSet(QStringLiteral("end-date"))) {
        const QDate date = QDate::fromString(c.value(QStringLiteral("end-date")), Qt::ISODate);
        if (!date.isValid())
            return fail(CommandLine::tr("--end-date: \"%1\" is not a date in the form YYYY-MM-DD.").arg(c.value(QStringLiteral("end-date"))), 2);
        options.end = QDateTime(date.addDays(1), QTime(0, 0), Qt::UTC);
    }
    if (const Status opened = c.create(); !opened)
        return fail(opened.error().message);
    auto migrated = Migrator::migrate(c.db);
    if (!migrated)
        return fail(migrated.error().message);
    auto report = DemoGenerator::generate(c.db, options);
    if (!report)
        return fail(report.error().message);
    out() << CommandLine::tr("%1: demo data written: %2 brands, %3 people, %4 events from %5 visitors, %6 generations, "
                             "%7 experiments, in %8 s (events %9 s).")
                 .arg(c.url.displayString())
                 .arg(report->brands)
                 .arg(report->people)
                 .arg(report->events)
                 .arg(report->visitors)
                 .arg(report->generations)
                 .arg(report->experiments)
                 .arg(double(report->totalMilliseconds) / 1000.0, 0, 'f', 2)
                 .arg(double(report->eventMilliseconds) / 1000.0, 0, 'f', 2)
          << '\n';
    return 0;
}

int dbStatus(Context &c)
{
    auto status = DatabaseStatus::inspect(c.db, c.url);
    if (!status)
        return fail(status.error().message);
    const auto verified = Migrator::verify(c.db);
    if (c.json()) {
        QJsonObject counts;
        for (const auto &[table, count] : status->rowCounts)
            counts.insert(table, count);
        printJson(QJsonObject{{QStringLiteral("url"), status->url},
                              {QStringLiteral("dialect"), status->dialect},
                              {QStringLiteral("user"), status->user},
                              {QStringLiteral("schema_version"), status->schemaVersion},
                              {QStringLiteral("latest_version"), status->latestVersion},
                              {QStringLiteral("schema_ok"), verified.ok()},
                              {QStringLiteral("row_counts"), counts}});
    } else {
        out() << CommandLine::tr("Database:       %1 (%2)").arg(status->url, status->dialect) << '\n';
        out() << CommandLine::tr("User:           %1").arg(status->user) << '\n';
        out() << CommandLine::tr("Schema version: %1 (this Atelier knows %2)").arg(status->schemaVersion).arg(status->latestVersion) << '\n';
        int width = 5;
        for (const auto &row : std::as_const(status->rowCounts))
            width = std::max<int>(width, int(row.first.size()));
        out() << '\n' << CommandLine::tr("Table").leftJustified(width + 2) << CommandLine::tr("Rows") << '\n';
        for (const auto &[table, count] : std::as_const(status->rowCounts))
            out() << table.leftJustified(width + 2) << count << '\n';
        out().flush();
    }
    // The status is printed either way; a schema this Atelier cannot use is still a failure.
    if (!verified)
        return fail(verified.error().message);
    return 0;
}

/// `atelier db login`: a password that works, kept in the keychain for this URL; `db logout` removes it.
int dbLogin(Context &c, bool login)
{
    if (c.url.isSqlite())
        return fail(CommandLine::tr("A SQLite database has no password: db login and db logout are for PostgreSQL URLs."), 2);
    DatabaseUrl url = c.url;
    url.password.clear(); // the keychain entry is named by the URL without it
    if (!login) {
        const auto removed = DatabaseCredentials::removeFromKeychain(url);
        if (!removed)
            return fail(removed.error().message);
        out() << (removed.value() ? CommandLine::tr("%1: password removed from the keychain.")
                                  : CommandLine::tr("%1: the keychain held no password for it."))
                     .arg(url.displayString())
              << '\n';
        return 0;
    }
    std::optional<QString> password;
    if (c.isSet(QStringLiteral("password-stdin")))
        password = readLine();
    else if (isatty(STDIN_FILENO))
        password = DatabaseCredentials::readOnTerminal(CommandLine::tr("Password for %1: ").arg(url.displayString()));
    else
        return fail(CommandLine::tr("No terminal to ask for the password: give it on standard input with --password-stdin."), 2);
    if (!password || password->isEmpty())
        return fail(CommandLine::tr("No password given: nothing was stored."));
    DatabaseCredentials::remember(url, *password);
    // Only a password that works goes to the keychain.
    if (auto db = Database::open(url, Database::OpenMode::MustExist); !db)
        return fail(db.error().message);
    if (const Status stored = DatabaseCredentials::storeInKeychain(url, DatabaseCredentials::lookup(url)); !stored)
        return fail(stored.error().message);
    out() << CommandLine::tr("%1: password stored in the keychain; Atelier uses it whenever this URL comes without one.")
                 .arg(url.displayString())
          << '\n';
    return 0;
}

} // namespace

QList<Verb> setupVerbs()
{
    const char *n = QT_TRANSLATE_NOOP("CommandLine", "n");
    return {
        {.path = QStringLiteral("migrate"),
         .what = QT_TRANSLATE_NOOP("CommandLine", "create or upgrade the schema"),
         .needs = Needs::NewDatabase,
         .run = migrate},
        {.path = QStringLiteral("demo"),
         .usage = "[--seed N] [--events N] [--days N] [--end-date YYYY-MM-DD]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "fill an empty database with demo data"),
         .options = {option("seed", QT_TRANSLATE_NOOP("CommandLine", "Random seed (same seed, same data)."), n, "CommandLine", QStringLiteral("42")),
                     option("events", QT_TRANSLATE_NOOP("CommandLine", "Number of analytics events."), n, "CommandLine", QStringLiteral("1000000")),
                     option("days", QT_TRANSLATE_NOOP("CommandLine", "Number of days of history."), n, "CommandLine", QStringLiteral("180")),
                     option("end-date", QT_TRANSLATE_NOOP("CommandLine", "Last day of the data, UTC (default: now)."),
                            QT_TRANSLATE_NOOP("CommandLine", "YYYY-MM-DD"))},
         .needs = Needs::NewDatabase,
         .run = demo},
        {.path = QStringLiteral("db status"),
         .usage = "[--format table|json]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "URL, user, schema version and row counts"),
         .formats = {QStringLiteral("table"), QStringLiteral("json")},
         .run = dbStatus},
        {.path = QStringLiteral("db login"),
         .usage = "[--password-stdin]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "PostgreSQL: keep the password of --database's URL in the OS keychain"),
         .options = {flag("password-stdin", QT_TRANSLATE_NOOP("CommandLine", "Read the password from standard input."))},
         .needs = Needs::Url,
         .run = [](Context &c) { return dbLogin(c, true); }},
        {.path = QStringLiteral("db logout"),
         .what = QT_TRANSLATE_NOOP("CommandLine", "PostgreSQL: remove the password of --database's URL from the OS keychain"),
         .needs = Needs::Url,
         .run = [](Context &c) { return dbLogin(c, false); }},
    };
}

} // namespace Atelier::Cli
