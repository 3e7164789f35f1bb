#include "inbox.h"

#include "collaboration/comments.h"
#include "core/database.h"
#include "core/jsoncolumn.h"
#include "core/sqldialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace Atelier {

Result<Inbox> InboxService::load(const QSqlDatabase &db, int limit)
{
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT username FROM users WHERE id = ?"));
    q.addBindValue(me.value());
    if (!q.exec() || !q.next())
        return Database::queryError(q, tr("Reading the inbox"));
    const QString username = q.value(0).toString();
    q.finish();
    q.prepare(QStringLiteral("SELECT seen_until FROM inbox_state WHERE user_id = ?"));
    q.addBindValue(me.value());
    if (!q.exec())
        return Database::queryError(q, tr("Reading the inbox"));
    const QDateTime seen = q.next() ? dialect.toDateTime(q.value(0)) : QDateTime();
    q.finish();

    Inbox inbox;
    // Shares naming me, made by someone else.
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.resource_type, s.resource_id, s.permissions, coalesce(u.username, s.created_by), s.created_at, s.id "
                             "FROM shared_resources s LEFT JOIN users u ON u.id = s.created_by WHERE s.created_by <> ? "
                             "ORDER BY s.created_at DESC LIMIT ?"));
    q.addBindValue(me.value());
    q.addBindValue(limit * 4);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the inbox"));
    while (q.next()) {
        auto read = JsonColumn::object(q.value(2), QStringLiteral("shared_resources"), QStringLiteral("permissions"), q.value(5).toString(),
                                     JsonNull::Damaged);
        if (!read)
            return read.error();
        const QJsonObject &permissions = read.value();
        if (!permissions.contains(me.value()))
            continue;
        const QDateTime at = dialect.toDateTime(q.value(4));
        inbox.items.append({QStringLiteral("share"), {q.value(0).toString(), q.value(1).toString()}, q.value(3).toString(),
                            permissions.value(me.value()).toString(), at, !seen.isValid() || at > seen});
    }
    q.finish();
    // Comments naming me, by someone else: the LIKE narrows, the mention parser decides.
    q.prepare(QStringLiteral("SELECT c.resource_type, c.resource_id, coalesce(u.username, c.author_id), c.content, c.created_at "
                             "FROM comments c LEFT JOIN users u ON u.id = c.author_id WHERE c.author_id <> ? AND c.content LIKE ? "
                             "ORDER BY c.created_at DESC LIMIT ?"));
    q.addBindValue(me.value());
    q.addBindValue(QStringLiteral("%@") + username + QLatin1Char('%'));
    q.addBindValue(limit * 4);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the inbox"));
    while (q.next()) {
        const QString content = q.value(3).toString();
        if (!CommentService::mentionsIn(content).contains(username))
            continue;
        const QDateTime at = dialect.toDateTime(q.value(4));
        inbox.items.append({QStringLiteral("mention"), {q.value(0).toString(), q.value(1).toString()}, q.value(2).toString(), content,
                            at, !seen.isValid() || at > seen});
    }
    q.finish();
    // Alerts (monitoring, migration 0018) of the brands I administer, and the installation's when I am its administrator
    // (PostgreSQL: the tables' owner; SQLite: the file is mine).
    q.prepare(QStringLiteral("SELECT a.id, a.name, a.severity, a.message, a.status, a.created_at FROM alerts a "
                             "WHERE (a.brand_id IS NOT NULL AND EXISTS (SELECT 1 FROM brand_memberships m WHERE m.brand_id = a.brand_id "
                             "       AND m.user_id = ? AND m.role = 'admin')) OR (a.brand_id IS NULL AND %1) "
                             "ORDER BY a.created_at DESC LIMIT ?")
                  .arg(dialect.isSqlite() ? QStringLiteral("1 = 1")
                                          : QStringLiteral("pg_has_role((SELECT relowner FROM pg_class WHERE oid = 'public.alerts'::regclass), 'USAGE')")));
    q.addBindValue(me.value());
    q.addBindValue(limit);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the inbox"));
    while (q.next()) {
        const QDateTime at = dialect.toDateTime(q.value(5));
        const QString message = q.value(1).toString() + QStringLiteral(": ") + q.value(3).toString();
        inbox.items.append({QStringLiteral("alert"), {QStringLiteral("alert"), q.value(0).toString()}, q.value(2).toString(),
                            q.value(4).toString() == QLatin1String("resolved") ? tr("Resolved: %1").arg(message) : message, at,
                            !seen.isValid() || at > seen});
    }
    std::stable_sort(inbox.items.begin(), inbox.items.end(), [](const InboxItem &a, const InboxItem &b) { return a.at > b.at; });
    if (inbox.items.size() > limit)
        inbox.items.resize(limit);
    for (const InboxItem &item : std::as_const(inbox.items))
        if (item.unread)
            ++(item.kind == QLatin1String("share")   ? inbox.unreadShares
               : item.kind == QLatin1String("alert") ? inbox.unreadAlerts
                                                     : inbox.unreadMentions);
    return inbox;
}

Status InboxService::markRead(const QSqlDatabase &db)
{
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO inbox_state (user_id, seen_until) VALUES (?, ?) "
                             "ON CONFLICT (user_id) DO UPDATE SET seen_until = excluded.seen_until"));
    q.addBindValue(me.value());
    q.addBindValue(SqlDialect::of(db).timeValue(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return Database::queryError(q, tr("Marking the inbox read"));
    return Done{};
}

} // namespace Atelier
