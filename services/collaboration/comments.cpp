#include "comments.h"

#include "core/database.h"
#include "core/jsoncolumn.h"
#include "core/sqldialect.h"
#include "workflows/workflowevents.h"

#include <QDebug>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>
#include <functional>

namespace Atelier {

namespace {

Status checkContent(const QString &content)
{
    if (content.trimmed().isEmpty())
        return Error{CommentService::tr("The text is empty."), {}};
    if (content.size() > CommentService::maxLength)
        return Error{CommentService::tr("The text is %1 characters long; at most %2.").arg(content.size()).arg(CommentService::maxLength), {}};
    return Done{};
}

/// Row-level security refuses an update or a delete by leaving the row alone.
Status changed(QSqlQuery &q, const QString &what, const QString &commentId)
{
    if (!q.exec())
        return Database::queryError(q, what);
    if (q.numRowsAffected() == 0)
        return Error{CommentService::tr("Comment \"%1\" does not exist, or only its author or an admin of the brand may change it.")
                         .arg(commentId),
                     {}};
    return Done{};
}

/// Now, but strictly after the last time handed out by this process: comments written in the same
/// millisecond still keep the order they were written in.
QDateTime monotonicNow()
{
    static std::atomic<qint64> last{0};
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 previous = last.load();
    while (true) {
        const qint64 next = std::max(now, previous + 1);
        if (last.compare_exchange_weak(previous, next))
            return QDateTime::fromMSecsSinceEpoch(next, Qt::UTC);
    }
}

double number(const QJsonValue &v)
{
    return v.toVariant().value<double>();
}

bool inUnit(const QJsonValue &v) { return v.isDouble() && number(v) >= 0 && number(v) <= 1; }

} // namespace

QStringList CommentService::mentionsIn(const QString &content)
{
    static const QRegularExpression mention(QStringLiteral("(?<![\\w@])@([a-z][a-z0-9_]{2,39})\\b"));
    QStringList names;
    for (auto it = mention.globalMatch(content); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

Result<Comment> CommentService::add(const QSqlDatabase &db, const ResourceRef &resource, const QString &content,
                                    const QString &parentId, const QString &brandSlug)
{
    if (auto s = checkContent(content); !s)
        return s.error();
    auto brand = Collaboration::brandOf(db, resource, brandSlug);
    if (!brand)
        return brand.error();
    if (!parentId.isEmpty()) {
        QSqlQuery parent(db);
        parent.prepare(QStringLiteral("SELECT 1 FROM comments WHERE id = ? AND resource_type = ? AND resource_id = ?"));
        parent.addBindValue(parentId);
        parent.addBindValue(resource.type);
        parent.addBindValue(resource.id);
        if (!parent.exec())
            return Database::queryError(parent, tr("Finding the comment replied to"));
        if (!parent.next())
            return Error{tr("There is no comment \"%1\" on this %2 to reply to.").arg(parentId, resource.type), {}};
    }
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    const SqlDialect dialect = SqlDialect::of(db);
    const QDateTime now = monotonicNow();
    Comment c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.parentId = parentId;
    c.content = content;
    c.mentions = mentionsIn(content);
    c.createdAt = now;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO comments (id, resource_type, resource_id, parent_id, content, resolved, author_id, brand_id, "
                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.id);
    q.addBindValue(resource.type);
    q.addBindValue(resource.id);
    q.addBindValue(parentId.isEmpty() ? QVariant() : QVariant(parentId));
    q.addBindValue(content);
    q.addBindValue(false);
    q.addBindValue(me.value());
    q.addBindValue(brand.value());
    q.addBindValue(dialect.timeValue(now));
    q.addBindValue(dialect.timeValue(now));
    if (!q.exec())
        return Database::queryError(q, tr("Commenting needs the analyst role in the brand or a comment share; saving the comment"));
    // comment.mention for the workflows listening (docs/workflows.md, "event"); a refused event is logged only.
    if (!c.mentions.isEmpty()) {
        QString author = me.value();
        QSqlQuery who(db);
        who.prepare(QStringLiteral("SELECT username FROM users WHERE id = ?"));
        who.addBindValue(me.value());
        if (who.exec() && who.next())
            author = who.value(0).toString();
        for (const QString &mentioned : std::as_const(c.mentions)) {
            const QJsonObject payload{{QStringLiteral("comment"), c.id}, {QStringLiteral("user"), mentioned},
                                      {QStringLiteral("author"), author}, {QStringLiteral("resource_type"), resource.type},
                                      {QStringLiteral("resource_id"), resource.id}, {QStringLiteral("text"), content}};
            if (auto raised = WorkflowEvents::raise(db, brand.value(), QStringLiteral("comment.mention"), payload); !raised)
                qWarning().noquote() << raised.error().message;
        }
    }
    return c;
}

Result<QList<Comment>> CommentService::list(const QSqlDatabase &db, const ResourceRef &resource)
{
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.parent_id, coalesce(u.username, c.author_id), c.content, c.resolved, c.created_at, "
                             "c.updated_at FROM comments c LEFT JOIN users u ON u.id = c.author_id "
                             "WHERE c.resource_type = ? AND c.resource_id = ? ORDER BY c.created_at, c.id"));
    q.addBindValue(resource.type);
    q.addBindValue(resource.id);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the comments"));
    QList<Comment> all;
    while (q.next()) {
        Comment c;
        c.id = q.value(0).toString();
        c.parentId = q.value(1).toString();
        c.author = q.value(2).toString();
        c.content = q.value(3).toString();
        c.mentions = mentionsIn(c.content);
        c.resolved = q.value(4).toBool();
        c.createdAt = dialect.toDateTime(q.value(5));
        c.edited = dialect.toDateTime(q.value(6)) > c.createdAt;
        all.append(c);
    }
    // Threads: each comment followed by its replies, depth first, in time order.
    QHash<QString, QList<int>> children;
    QList<int> roots;
    QHash<QString, int> index;
    for (int i = 0; i < all.size(); ++i)
        index.insert(all.at(i).id, i);
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).parentId.isEmpty() || !index.contains(all.at(i).parentId))
            roots.append(i);
        else
            children[all.at(i).parentId].append(i);
    }
    QList<Comment> threaded;
    std::function<void(int, int)> walk = [&](int i, int depth) {
        Comment c = all.at(i);
        c.depth = depth;
        threaded.append(c);
        for (int child : children.value(c.id))
            walk(child, depth + 1);
    };
    for (int root : std::as_const(roots))
        walk(root, 0);
    return threaded;
}

Status CommentService::edit(const QSqlDatabase &db, const QString &commentId, const QString &content)
{
    if (auto s = checkContent(content); !s)
        return s;
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE comments SET content = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(content);
    // Strictly later than the creation, even within the same millisecond: "edited" must show.
    q.addBindValue(dialect.timeValue(monotonicNow()));
    q.addBindValue(commentId);
    return changed(q, tr("Editing the comment"), commentId);
}

Status CommentService::remove(const QSqlDatabase &db, const QString &commentId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM comments WHERE id = ?"));
    q.addBindValue(commentId);
    return changed(q, tr("Deleting the comment"), commentId);
}

Status CommentService::resolve(const QSqlDatabase &db, const QString &commentId, bool resolved)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE comments SET resolved = ? WHERE id = ?"));
    q.addBindValue(resolved);
    q.addBindValue(commentId);
    return changed(q, tr("Resolving the comment"), commentId);
}

QStringList CommentService::annotationTypes()
{
    return {QStringLiteral("comment"), QStringLiteral("suggestion"), QStringLiteral("issue")};
}

Status CommentService::checkPosition(const QJsonObject &position)
{
    if (position.contains(QStringLiteral("series"))) {
        for (const QString &key : position.keys())
            if (key != QLatin1String("series") && key != QLatin1String("x"))
                return Error{tr("position.%1: unknown field; a chart point has series and x.").arg(key), {}};
        if (!position.value(QStringLiteral("series")).isString() || position.value(QStringLiteral("series")).toString().isEmpty())
            return Error{tr("position.series: expected the name of a series."), {}};
        const QJsonValue x = position.value(QStringLiteral("x"));
        if (!x.isDouble() && (!x.isString() || x.toString().trimmed().isEmpty()))
            return Error{tr("position.x: expected a number or a date (where on the series the note goes)."), {}};
        return Done{};
    }
    for (const QString &key : position.keys())
        if (!QStringList{QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("width"), QStringLiteral("height")}.contains(key))
            return Error{tr("position.%1: unknown field; an image rectangle has x, y, width and height.").arg(key), {}};
    for (const char *key : {"x", "y", "width", "height"})
        if (!inUnit(position.value(QLatin1String(key))))
            return Error{tr("position.%1: expected a number from 0 to 1 (a share of the image's size).").arg(QLatin1String(key)), {}};
    const double x = number(position.value(QStringLiteral("x"))), y = number(position.value(QStringLiteral("y")));
    const double w = number(position.value(QStringLiteral("width"))), h = number(position.value(QStringLiteral("height")));
    if (w <= 0 || h <= 0 || x + w > 1 + 1e-9 || y + h > 1 + 1e-9)
        return Error{tr("position: the rectangle must have a size and lie inside the image (x + width ≤ 1, y + height ≤ 1)."), {}};
    return Done{};
}

Result<Annotation> CommentService::annotate(const QSqlDatabase &db, const ResourceRef &resource, const QString &type,
                                            const QJsonObject &position, const QString &content, const QString &brandSlug)
{
    if (!annotationTypes().contains(type))
        return Error{tr("Unknown annotation type \"%1\"; the types are: %2.").arg(type, annotationTypes().join(QLatin1String(", "))), {}};
    if (auto s = checkPosition(position); !s)
        return s.error();
    if (auto s = checkContent(content); !s)
        return s.error();
    auto brand = Collaboration::brandOf(db, resource, brandSlug);
    if (!brand)
        return brand.error();
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    const SqlDialect dialect = SqlDialect::of(db);
    Annotation a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.type = type;
    a.position = position;
    a.content = content;
    a.createdAt = monotonicNow();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO annotations (id, resource_type, resource_id, type, position, content, author_id, brand_id, "
                             "created_at) VALUES (?, ?, ?, ?, %1, ?, ?, ?, ?)")
                  .arg(dialect.jsonParameter()));
    q.addBindValue(a.id);
    q.addBindValue(resource.type);
    q.addBindValue(resource.id);
    q.addBindValue(type);
    q.addBindValue(QString::fromUtf8(QJsonDocument(position).toJson(QJsonDocument::Compact)));
    q.addBindValue(content);
    q.addBindValue(me.value());
    q.addBindValue(brand.value());
    q.addBindValue(dialect.timeValue(a.createdAt));
    if (!q.exec())
        return Database::queryError(q, tr("Annotating needs the analyst role in the brand or a comment share; saving the annotation"));
    return a;
}

Result<QList<Annotation>> CommentService::annotations(const QSqlDatabase &db, const ResourceRef &resource)
{
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.type, a.position, a.content, coalesce(u.username, a.author_id), a.created_at "
                             "FROM annotations a LEFT JOIN users u ON u.id = a.author_id "
                             "WHERE a.resource_type = ? AND a.resource_id = ? ORDER BY a.created_at, a.id"));
    q.addBindValue(resource.type);
    q.addBindValue(resource.id);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the annotations"));
    QList<Annotation> list;
    while (q.next()) {
        auto position = JsonColumn::object(q.value(2), QStringLiteral("annotations"), QStringLiteral("position"), q.value(0).toString());
        if (!position)
            return position.error();
        list.append({q.value(0).toString(), q.value(1).toString(), position.value(), q.value(3).toString(), q.value(4).toString(),
                     dialect.toDateTime(q.value(5))});
    }
    return list;
}

} // namespace Atelier
