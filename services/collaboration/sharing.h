#pragma once

#include "collaboration/resources.h"

#include <QList>

namespace Atelier {

/// One person's permission on a shared resource.
struct ShareGrant final
{
    QString username;
    QString permission; // view, comment, edit
};

/// A resource shared with the person connected.
struct SharedItem final
{
    ResourceRef resource;
    QString permission;
    QString sharedBy; // username
};

/// Sharing (SharedResource): any shareable resource with people, each with view, comment or edit. On
/// PostgreSQL the database enforces who may share (the resource's owner or an admin of its brand) and
/// what a share opens (migration 0005); on SQLite the one local person owns everything.
class ShareService final
{
    Q_DECLARE_TR_FUNCTIONS(ShareService)
public:
    static QStringList permissions(); // view, comment, edit
    /// Gives \a username \a permission on the resource (or changes it).
    static Status share(const QSqlDatabase &db, const ResourceRef &resource, const QString &username, const QString &permission);
    /// Takes the resource back from \a username.
    static Status revoke(const QSqlDatabase &db, const ResourceRef &resource, const QString &username);
    /// Who has what on the resource.
    static Result<QList<ShareGrant>> grants(const QSqlDatabase &db, const ResourceRef &resource);
    static Result<QList<SharedItem>> sharedWithMe(const QSqlDatabase &db);
};

} // namespace Atelier
