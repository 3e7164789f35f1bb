#include "migrator.h"

#include "database.h"
#include "sqldialect.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace Atelier {

namespace {

struct Applied final
{
    int version;
    QString name;
    QString checksum;
};

bool hasMigrationTable(const QSqlDatabase &db)
{
    return db.tables().contains(QStringLiteral("schema_migrations"));
}

Status createMigrationTable(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                               "name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at %1 NOT NULL)")
                    .arg(SqlDialect::of(db).timestampType())))
        return Database::queryError(q, Migrator::tr("Creating the migrations table"));
    return Done{};
}

/// Starts a migration transaction that holds the schema for itself: SQLite takes the write lock at
/// once (BEGIN IMMEDIATE), so a second process waits instead of failing; PostgreSQL takes an advisory lock.
Status beginExclusive(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(SqlDialect::of(db).beginWrite()))
        return Database::queryError(q, Migrator::tr("Locking the schema"));
    if (SqlDialect::of(db).isSqlite()) // the advisory lock is PostgreSQL's: SQLite's write lock is already held
        return Done{};
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727374)"))) {
        const Error error = Database::queryError(q, Migrator::tr("Locking the schema"));
        q.exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return Done{};
}

Result<QList<Applied>> appliedMigrations(const QSqlDatabase &db)
{
    QList<Applied> rows;
    if (!hasMigrationTable(db))
        return rows;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT version, name, checksum FROM schema_migrations ORDER BY version")))
        return Database::queryError(q, Migrator::tr("Reading the applied migrations"));
    while (q.next())
        rows.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString()});
    return rows;
}

Status compare(const QList<Applied> &applied, const QList<Migration> &known)
{
    const int latest = known.isEmpty() ? 0 : known.last().version;
    for (const Applied &row : applied) {
        if (row.version > latest)
            return Error{Migrator::tr("This database has schema version %1 (%2), newer than this Atelier, which knows "
                                      "up to version %3. Upgrade Atelier to open it.")
                             .arg(row.version).arg(row.name).arg(latest), {}};
        const auto it = std::find_if(known.begin(), known.end(), [&](const Migration &m) { return m.version == row.version; });
        if (it == known.end())
            return Error{Migrator::tr("Migration %1 (%2) is recorded in the database but unknown to this Atelier.")
                             .arg(row.version).arg(row.name), {}};
        if (it->checksum != row.checksum)
            return Error{Migrator::tr("Migration %1 (%2) was changed after it was applied to this database: its checksum "
                                      "differs. Restore the original file; Atelier will not guess.")
                             .arg(row.version).arg(row.name),
                         QStringLiteral("recorded %1, file %2").arg(row.checksum, it->checksum)};
    }
    return Done{};
}

} // namespace

QList<Migration> Migrator::available(const SqlDialect &dialect)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> result;
    const QDir dir(dialect.migrationFolder());
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        result.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(bytes),
                       QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())});
    }
    return result;
}

int Migrator::latestVersion(const SqlDialect &dialect)
{
    const auto all = available(dialect);
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> Migrator::currentVersion(const QSqlDatabase &db)
{
    auto applied = appliedMigrations(db);
    if (!applied)
        return applied.error();
    return applied->isEmpty() ? 0 : applied->last().version;
}

Status Migrator::verify(const QSqlDatabase &db)
{
    auto applied = appliedMigrations(db);
    if (!applied)
        return applied.error();
    return compare(applied.value(), available(SqlDialect::of(db)));
}

Status Migrator::checkOwnership(const QSqlDatabase &db)
{
    QStringList tables = db.tables();
    tables.removeIf([](const QString &t) { return t.startsWith(QLatin1String("sqlite_")); });
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_migrations")))
        return Error{tr("This database already holds %n other table(s) and no Atelier schema: it is not an Atelier "
                        "database, and Atelier leaves it as it is.", nullptr, int(tables.size())),
                     tables.join(QLatin1String(", "))};
    return Done{};
}

Result<MigrationReport> Migrator::migrate(const QSqlDatabase &db)
{
    const SqlDialect dialect = SqlDialect::of(db);
    const QList<Migration> known = available(dialect);
    if (auto ours = checkOwnership(db); !ours)
        return ours.error();

    MigrationReport report;
    bool first = true;
    for (const Migration &migration : known) {
        QSqlQuery tx(db);
        if (auto locked = beginExclusive(db); !locked)
            return locked.error();
        auto rollback = [&](Error error) -> Result<MigrationReport> {
            tx.exec(QStringLiteral("ROLLBACK"));
            return error;
        };
        if (auto created = createMigrationTable(db); !created)
            return rollback(created.error());
        auto applied = appliedMigrations(db);
        if (!applied)
            return rollback(applied.error());
        if (auto same = compare(applied.value(), known); !same)
            return rollback(same.error());
        if (first) {
            report.fromVersion = applied->isEmpty() ? 0 : applied->last().version;
            first = false;
        }
        const bool done = std::any_of(applied->begin(), applied->end(),
                                      [&](const Applied &a) { return a.version == migration.version; });
        if (done) {
            tx.exec(QStringLiteral("COMMIT"));
            continue;
        }
        if (auto ran = Database::execScript(db, migration.sql); !ran)
            return rollback(Error{tr("Migration %1 (%2) failed: %3").arg(migration.version).arg(migration.name,
                                                                                                ran.error().message),
                                  ran.error().detail});
        QSqlQuery record(db);
        record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(migration.checksum);
        record.addBindValue(dialect.timeValue(QDateTime::currentDateTimeUtc()));
        if (!record.exec())
            return rollback(Database::queryError(record, tr("Recording migration %1").arg(migration.version)));
        record.finish();
        if (!tx.exec(QStringLiteral("COMMIT")))
            return rollback(Database::queryError(tx, tr("Committing migration %1").arg(migration.version)));
        report.applied.append(QStringLiteral("%1_%2").arg(migration.version, 4, 10, QLatin1Char('0')).arg(migration.name));
    }
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    report.toVersion = current.value();
    return report;
}

} // namespace Atelier
