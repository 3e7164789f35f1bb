#include "resources.h"

#include "core/brandservice.h"
#include "core/database.h"
#include "core/sqldialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Atelier {

namespace {

const QHash<QString, QString> &tables()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("ai_generation"), QStringLiteral("ai_generations")},
        {QStringLiteral("ai_collection"), QStringLiteral("ai_collections")},
        {QStringLiteral("analytics_funnel"), QStringLiteral("analytics_funnels")},
        {QStringLiteral("analytics_segment"), QStringLiteral("analytics_segments")},
        {QStringLiteral("workflow"), QStringLiteral("workflows")},
        {QStringLiteral("ai_training_dataset"), QStringLiteral("ai_training_datasets")},
        {QStringLiteral("experiment"), QStringLiteral("experiments")},
        {QStringLiteral("ai_asset"), QStringLiteral("ai_assets")},
    };
    return map;
}

} // namespace

QStringList Collaboration::shareableTypes()
{
    return {QStringLiteral("ai_generation"), QStringLiteral("ai_collection"), QStringLiteral("analytics_funnel"),
            QStringLiteral("analytics_segment"), QStringLiteral("workflow"), QStringLiteral("ai_training_dataset")};
}

QStringList Collaboration::resourceTypes()
{
    QStringList types = tables().keys();
    types.append(QStringLiteral("analytics_chart"));
    types.sort();
    return types;
}

Result<QString> Collaboration::currentUserId(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (SqlDialect::of(db).isSqlite()) { // who is connected: the file's local person on SQLite, the login role on PostgreSQL
        // One local person per file, named after the account that opened it first.
        QString name = qEnvironmentVariable("USER").trimmed();
        if (name.isEmpty())
            name = QStringLiteral("local");
        q.prepare(QStringLiteral("INSERT INTO users (id, username, display_name) VALUES ('local', ?, ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(name);
        q.addBindValue(name);
        if (!q.exec())
            return Database::queryError(q, tr("Recording the local person"));
        return QStringLiteral("local");
    }
    if (!q.exec(QStringLiteral("SELECT id FROM users WHERE login_role = session_user")))
        return Database::queryError(q, tr("Finding who is connected"));
    if (q.next())
        return q.value(0).toString();
    q.finish();
    // The administrator (the tables' owner) becomes a person on first use; anyone else must be added.
    if (!q.exec(QStringLiteral("SELECT session_user, has_table_privilege('users', 'INSERT')")) || !q.next())
        return Database::queryError(q, tr("Finding who is connected"));
    const QString role = q.value(0).toString();
    if (!q.value(1).toBool())
        return Error{tr("The PostgreSQL role \"%1\" is not a person of this Atelier database: an administrator adds people "
                        "with atelier users add.")
                         .arg(role),
                     {}};
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO users (id, username, display_name, login_role) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT DO NOTHING"));
    const QString id = QStringLiteral("role:") + role;
    for (const QString &v : {id, role, role, role})
        q.addBindValue(v);
    if (!q.exec())
        return Database::queryError(q, tr("Recording the administrator as a person"));
    return id;
}

Result<QString> Collaboration::brandOf(const QSqlDatabase &db, const ResourceRef &resource, const QString &brandSlug)
{
    if (resource.type == QLatin1String("analytics_chart")) {
        if (brandSlug.isEmpty())
            return Error{tr("A chart belongs to a brand: name it (--brand)."), {}};
        auto brand = BrandService::bySlug(db, brandSlug);
        if (!brand)
            return brand.error();
        return brand->id;
    }
    const QString table = tables().value(resource.type);
    if (table.isEmpty())
        return Error{tr("Unknown resource type \"%1\"; the types are: %2.")
                         .arg(resource.type, resourceTypes().join(QLatin1String(", "))),
                     {}};
    QSqlQuery q(db);
    // The table name comes from the map above, never from a person; the id is bound.
    q.prepare(QStringLiteral("SELECT brand_id FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(resource.id);
    if (!q.exec())
        return Database::queryError(q, tr("Finding the %1 \"%2\"").arg(resource.type, resource.id));
    if (!q.next())
        return Error{tr("There is no %1 \"%2\" that you may see.").arg(resource.type, resource.id), {}};
    return q.value(0).toString();
}

Result<QString> Collaboration::userIdOf(const QSqlDatabase &db, const QString &username)
{
    QSqlQuery q(db);
    // Not a dialect difference: on PostgreSQL row-level security hides people outside one's brands, and a definer
    // function finds their id by name all the same.
    q.prepare(SqlDialect::of(db).isSqlite() ? QStringLiteral("SELECT id FROM users WHERE username = ?")
                                            : QStringLiteral("SELECT atelier_find_user(?)"));
    q.addBindValue(username);
    if (!q.exec())
        return Database::queryError(q, tr("Looking up \"%1\"").arg(username));
    if (!q.next() || q.value(0).isNull())
        return Error{tr("There is no person named \"%1\" that you may see.").arg(username), {}};
    return q.value(0).toString();
}

} // namespace Atelier
