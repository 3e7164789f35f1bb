#include "firststart.h"

#include "core/database.h"
#include "core/migrator.h"
#include "demogenerator.h"

#include <QSqlQuery>

namespace Atelier {

Result<StartReport> FirstStart::prepare(const DatabaseUrl &url, bool fillIfEmpty, const DemoOptions &options,
                                        const std::function<void(int)> &progress, const std::atomic_bool *cancel)
{
    auto db = Database::open(url);
    if (!db)
        return db.error();
    auto migrated = Migrator::migrate(db.value());
    if (!migrated)
        return migrated.error();
    StartReport report;
    report.fromVersion = migrated->fromVersion;
    report.toVersion = migrated->toVersion;
    if (!fillIfEmpty)
        return report;
    QSqlQuery q(db.value());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM brands")) || !q.next())
        return Database::queryError(q, tr("Checking whether the database is empty"));
    const bool empty = q.value(0).toLongLong() == 0;
    // An open statement would keep SQLite from changing the schema during the load.
    q.finish();
    if (!empty)
        return report;
    auto demo = DemoGenerator::generate(db.value(), options, progress, cancel);
    if (!demo)
        return demo.error();
    report.filledDemo = true;
    report.demo = demo.value();
    return report;
}

} // namespace Atelier
