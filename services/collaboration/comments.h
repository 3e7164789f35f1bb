#pragma once

#include "collaboration/resources.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Atelier {

struct Comment final
{
    QString id;
    QString parentId; // empty for a thread's first comment
    QString author;   // username
    QString content;
    QStringList mentions; // @usernames named in the content
    bool resolved = false;
    bool edited = false;
    QDateTime createdAt;
    int depth = 0; // 0 for a thread's first comment, 1 for a reply, …
};

struct Annotation final
{
    QString id;
    QString type; // comment, suggestion, issue
    QJsonObject position; // {"x","y","width","height"} in 0…1 on an image, or {"series","x"} on a chart
    QString content;
    QString author;
    QDateTime createdAt;
};

/// Threaded comments and annotations on any resource. Who may write, edit and delete is enforced by
/// PostgreSQL (authors only, or an admin of the brand); bad input is refused before anything is written.
class CommentService final
{
    Q_DECLARE_TR_FUNCTIONS(CommentService)
public:
    static constexpr int maxLength = 10000;
    /// Adds a comment (a reply when \a parentId is given). For analytics_chart, \a brandSlug names the brand.
    static Result<Comment> add(const QSqlDatabase &db, const ResourceRef &resource, const QString &content,
                               const QString &parentId = {}, const QString &brandSlug = {});
    /// The resource's comments, each thread in order, replies under their parent.
    static Result<QList<Comment>> list(const QSqlDatabase &db, const ResourceRef &resource);
    static Status edit(const QSqlDatabase &db, const QString &commentId, const QString &content);
    static Status remove(const QSqlDatabase &db, const QString &commentId);
    static Status resolve(const QSqlDatabase &db, const QString &commentId, bool resolved = true);
    /// The @usernames of a text, in order, each once.
    static QStringList mentionsIn(const QString &content);

    static QStringList annotationTypes(); // comment, suggestion, issue
    /// Checks a position: an image rectangle with x, y, width, height in 0…1 (inside the image), or a chart point
    /// with a series name and an x value. The message says which field is wrong.
    static Status checkPosition(const QJsonObject &position);
    static Result<Annotation> annotate(const QSqlDatabase &db, const ResourceRef &resource, const QString &type,
                                       const QJsonObject &position, const QString &content, const QString &brandSlug = {});
    static Result<QList<Annotation>> annotations(const QSqlDatabase &db, const ResourceRef &resource);
};

} // namespace Atelier
