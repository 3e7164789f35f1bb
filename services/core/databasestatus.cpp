#include "databasestatus.h"

#include "database.h"
#include "databaseurl.h"
#include "migrator.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace Atelier {

Result<DatabaseStatus> DatabaseStatus::inspect(const QSqlDatabase &db, const DatabaseUrl &url)
{
    DatabaseStatus status;
    const SqlDialect dialect = SqlDialect::of(db);
    status.url = url.displayString();
    status.user = Database::currentUser(db);
    status.dialect = dialect.name();
    auto version = Migrator::currentVersion(db);
    if (!version)
        return version.error();
    status.schemaVersion = version.value();
    status.latestVersion = Migrator::latestVersion(dialect);

    QStringList tables = db.tables();
    std::sort(tables.begin(), tables.end());
    for (const QString &table : std::as_const(tables)) {
        if (table.startsWith(QLatin1String("sqlite_")))
            continue;
        QSqlQuery q(db);
        // On PostgreSQL a person sees the tables their role may read (row-level security then counts
        // only their brands' rows); the rest are not listed.
        if (!dialect.isSqlite()) {
            q.prepare(QStringLiteral("SELECT has_table_privilege(?, 'SELECT')"));
            q.addBindValue(table);
            if (!q.exec() || !q.next())
                return Database::queryError(q, tr("Counting the rows of %1").arg(table));
            if (!q.value(0).toBool())
                continue;
        }
        // Table names come from the database's own catalogue, not from a person.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
            return Database::queryError(q, tr("Counting the rows of %1").arg(table));
        status.rowCounts.append({table, q.value(0).toLongLong()});
    }
    return status;
}

} // namespace Atelier
