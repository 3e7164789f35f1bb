#include "sharing.h"

#include "core/database.h"
#include "core/jsoncolumn.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"
#include "workflows/workflowevents.h"

#include <QDateTime>
#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <functional>

namespace Atelier {

namespace {

struct ShareRow
{
    QString id;
    QJsonObject permissions; // users.id → permission
};

Result<std::optional<ShareRow>> findShare(const QSqlDatabase &db, const ResourceRef &resource)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, permissions FROM shared_resources WHERE resource_type = ? AND resource_id = ? "
                             "ORDER BY created_at, id"));
    q.addBindValue(resource.type);
    q.addBindValue(resource.id);
    if (!q.exec())
        return Database::queryError(q, ShareService::tr("Reading the shares"));
    if (!q.next())
        return std::optional<ShareRow>();
    auto permissions = JsonColumn::object(q.value(1), QStringLiteral("shared_resources"), QStringLiteral("permissions"), q.value(0).toString(),
                                        JsonNull::Damaged);
    if (!permissions)
        return permissions.error();
    return std::optional<ShareRow>(ShareRow{q.value(0).toString(), permissions.value()});
}

/// Writes the permissions (and the matching shared_with list) of a share; an empty map removes it.
Status store(const QSqlDatabase &db, const ResourceRef &resource, const QString &brandId, const std::optional<ShareRow> &existing,
             const QJsonObject &permissions)
{
    const SqlDialect dialect = SqlDialect::of(db);
    const QString json = QString::fromUtf8(QJsonDocument(permissions).toJson(QJsonDocument::Compact));
    const QString people = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(permissions.keys())).toJson(QJsonDocument::Compact));
    const QString cast = dialect.jsonParameter();
    QSqlQuery q(db);
    if (existing && permissions.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM shared_resources WHERE id = ?"));
        q.addBindValue(existing->id);
    } else if (existing) {
        q.prepare(QStringLiteral("UPDATE shared_resources SET permissions = %1, shared_with = %1 WHERE id = ?").arg(cast));
        q.addBindValue(json);
        q.addBindValue(people);
        q.addBindValue(existing->id);
    } else {
        auto me = Collaboration::currentUserId(db);
        if (!me)
            return me.error();
        q.prepare(QStringLiteral("INSERT INTO shared_resources (id, resource_type, resource_id, shared_with, permissions, created_by, "
                                 "brand_id, created_at) VALUES (?, ?, ?, %1, %1, ?, ?, ?)")
                      .arg(cast));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(resource.type);
        q.addBindValue(resource.id);
        q.addBindValue(people);
        q.addBindValue(json);
        q.addBindValue(me.value());
        q.addBindValue(brandId);
        q.addBindValue(dialect.timeValue(QDateTime::currentDateTimeUtc()));
    }
    if (!q.exec()) {
        // Row-level security says no as an error (insert) or as nothing changed (update, delete).
        return Database::queryError(q, ShareService::tr("Sharing needs the resource's owner or an admin of its brand; saving the share"));
    }
    if (existing && q.numRowsAffected() == 0)
        return Error{ShareService::tr("Only the owner of the %1 \"%2\" or an admin of its brand may change who it is shared with.")
                         .arg(resource.type, resource.id),
                     {}};
    return Done{};
}

/// Reads a resource's share, changes it and writes it back as one step: two people sharing the same resource at
/// once each see the other's grant (SQLite: the write lock is taken first; PostgreSQL: a lock on this resource's
/// share, held until the transaction ends).
Status changeGrants(const QSqlDatabase &db, const ResourceRef &resource, const QString &what,
                    const std::function<Status(std::optional<ShareRow> &)> &change)
{
    WriteTransaction t(db);
    if (auto s = t.begin(what); !s)
        return s;
    if (!SqlDialect::of(db).isSqlite()) { // PostgreSQL only: SQLite's BEGIN IMMEDIATE already lets no one else in
        QSqlQuery lock(db);
        lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(727377, hashtext(? || ':' || ?))"));
        lock.addBindValue(resource.type);
        lock.addBindValue(resource.id);
        if (!lock.exec())
            return Database::queryError(lock, what);
    }
    auto existing = findShare(db, resource);
    if (!existing)
        return existing.error();
    if (auto s = change(existing.value()); !s)
        return s;
    return t.commit(what);
}

} // namespace

QStringList ShareService::permissions()
{
    return {QStringLiteral("view"), QStringLiteral("comment"), QStringLiteral("edit")};
}

Status ShareService::share(const QSqlDatabase &db, const ResourceRef &resource, const QString &username, const QString &permission)
{
    if (!Collaboration::shareableTypes().contains(resource.type))
        return Error{tr("A %1 cannot be shared; shareable are: %2.")
                         .arg(resource.type, Collaboration::shareableTypes().join(QLatin1String(", "))),
                     {}};
    if (!permissions().contains(permission))
        return Error{tr("Unknown permission \"%1\"; the permissions are: %2.").arg(permission, permissions().join(QLatin1String(", "))),
                     {}};
    auto brand = Collaboration::brandOf(db, resource);
    if (!brand)
        return brand.error();
    auto person = Collaboration::userIdOf(db, username);
    if (!person)
        return person.error();
    return changeGrants(db, resource, tr("Sharing"), [&](std::optional<ShareRow> &existing) -> Status {
        QJsonObject grants = existing ? existing->permissions : QJsonObject();
        grants.insert(person.value(), permission);
        if (auto stored = store(db, resource, brand.value(), existing, grants); !stored)
            return stored;
        // share.created for the workflows listening (docs/workflows.md, "event"); a refused event is logged only.
        const QJsonObject payload{{QStringLiteral("resource_type"), resource.type}, {QStringLiteral("resource_id"), resource.id},
                                  {QStringLiteral("user"), username}, {QStringLiteral("permission"), permission}};
        if (auto raised = WorkflowEvents::raise(db, brand.value(), QStringLiteral("share.created"), payload); !raised)
            qWarning().noquote() << raised.error().message;
        return Done{};
    });
}

Status ShareService::revoke(const QSqlDatabase &db, const ResourceRef &resource, const QString &username)
{
    auto brand = Collaboration::brandOf(db, resource);
    if (!brand)
        return brand.error();
    auto person = Collaboration::userIdOf(db, username);
    if (!person)
        return person.error();
    return changeGrants(db, resource, tr("Revoking a share"), [&](std::optional<ShareRow> &existing) -> Status {
        if (!existing || !existing->permissions.contains(person.value()))
            return Error{tr("The %1 \"%2\" is not shared with %3.").arg(resource.type, resource.id, username), {}};
        QJsonObject grants = existing->permissions;
        grants.remove(person.value());
        return store(db, resource, brand.value(), existing, grants);
    });
}

Result<QList<ShareGrant>> ShareService::grants(const QSqlDatabase &db, const ResourceRef &resource)
{
    if (auto brand = Collaboration::brandOf(db, resource); !brand)
        return brand.error();
    auto existing = findShare(db, resource);
    if (!existing)
        return existing.error();
    QList<ShareGrant> list;
    if (!existing.value())
        return list;
    const QJsonObject permissions = existing.value()->permissions;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT username FROM users WHERE id = ?"));
    for (auto it = permissions.begin(); it != permissions.end(); ++it) {
        q.addBindValue(it.key());
        if (!q.exec())
            return Database::queryError(q, tr("Reading the shares"));
        // Someone the caller may not see (another brand's member) is shown by id.
        list.append({q.next() ? q.value(0).toString() : it.key(), it.value().toString()});
    }
    std::sort(list.begin(), list.end(), [](const ShareGrant &a, const ShareGrant &b) { return a.username < b.username; });
    return list;
}

Result<QList<SharedItem>> ShareService::sharedWithMe(const QSqlDatabase &db)
{
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT s.resource_type, s.resource_id, s.permissions, coalesce(u.username, s.created_by), s.id "
                               "FROM shared_resources s LEFT JOIN users u ON u.id = s.created_by ORDER BY s.created_at DESC, s.id")))
        return Database::queryError(q, tr("Reading the shares"));
    QList<SharedItem> items;
    while (q.next()) {
        auto read = JsonColumn::object(q.value(2), QStringLiteral("shared_resources"), QStringLiteral("permissions"), q.value(4).toString(),
                                     JsonNull::Damaged);
        if (!read)
            return read.error();
        const QJsonObject &permissions = read.value();
        if (permissions.contains(me.value()))
            items.append({{q.value(0).toString(), q.value(1).toString()}, permissions.value(me.value()).toString(), q.value(3).toString()});
    }
    return items;
}

} // namespace Atelier
