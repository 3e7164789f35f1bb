#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

class QSqlDatabase;

namespace Atelier {

/// A person of the installation and the brands they belong to (brand slug, role).
struct Person final
{
    QString id;
    QString username;
    QString displayName;
    QString loginRole;
    QList<QPair<QString, QString>> memberships;
};

/// People, login roles and brand memberships on PostgreSQL, where the database enforces them (grants and
/// row-level security, migration 0004). Run by the installation's administrator (the role that owns the
/// tables and may create roles). On SQLite there is one local person and nothing to administer: every
/// call says so.
class UserAdmin final
{
    Q_DECLARE_TR_FUNCTIONS(UserAdmin)
public:
    /// viewer, analyst, editor, admin: each may do what the one before it may, and more.
    static QStringList roles();
    /// Creates the login role (a member of this database's "<database>_member" group), the users row and the
    /// membership, all or nothing.
    static Status add(const QSqlDatabase &db, const QString &username, const QString &brandSlug, const QString &role,
                      const QString &password, const QString &displayName = {});
    /// Gives \a username \a role in the brand (or changes the role they have there).
    static Status grant(const QSqlDatabase &db, const QString &username, const QString &brandSlug, const QString &role);
    /// Takes \a username out of the brand; effective for their next statement.
    static Status revoke(const QSqlDatabase &db, const QString &username, const QString &brandSlug);
    static Result<QList<Person>> list(const QSqlDatabase &db);
};

} // namespace Atelier
