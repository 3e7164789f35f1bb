#include "problemreport.h"

#include "database.h"
#include "migrator.h"
#include "sqldialect.h"

#include <QSqlQuery>
#include <QStringList>
#include <QSysInfo>

namespace Atelier {

QString ProblemReport::describe(const DatabaseUrl &url, const QString &language)
{
    QStringList lines;
    lines << QStringLiteral("Atelier: %1").arg(QLatin1String(ATELIER_VERSION))
          << QStringLiteral("Qt: %1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR))
          << QStringLiteral("Operating system: %1 (%2)").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture())
          << QStringLiteral("Language: %1").arg(language.isEmpty() ? QStringLiteral("en") : language);
    const QString kind = url.isSqlite() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
    auto db = Database::open(url, Database::OpenMode::MustExist);
    if (!db) {
        lines << QStringLiteral("Database: %1 (does not open: %2)").arg(kind, db.error().detail.isEmpty() ? db.error().message : db.error().detail)
              << QStringLiteral("Schema version: unknown");
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    QSqlQuery query(db.value());
    const QString versionSql = url.isSqlite() ? QStringLiteral("SELECT sqlite_version()") : QStringLiteral("SHOW server_version");
    const QString server = query.exec(versionSql) && query.next() ? query.value(0).toString() : QStringLiteral("version unknown");
    lines << QStringLiteral("Database: %1 %2").arg(kind, server);
    const auto schema = Migrator::currentVersion(db.value());
    const int latest = Migrator::latestVersion(SqlDialect::of(db.value()));
    lines << (schema ? QStringLiteral("Schema version: %1 (this build knows %2)").arg(schema.value()).arg(latest)
                     : QStringLiteral("Schema version: unknown (%1)").arg(schema.error().message));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Atelier
