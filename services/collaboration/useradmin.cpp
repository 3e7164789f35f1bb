#include "useradmin.h"

#include "core/brandservice.h"
#include "core/database.h"
#include "core/sqldialect.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <functional>

namespace Atelier {

namespace {

Status postgresOnly(const QSqlDatabase &db)
{
    if (SqlDialect::of(db).isSqlite()) // login roles and memberships exist only on PostgreSQL
        return Error{UserAdmin::tr("An SQLite database belongs to the one local person who opens it: people, login roles and "
                                   "memberships are for PostgreSQL databases (see docs/permissions.md)."),
                     {}};
    return Done{};
}

Status checkRole(const QString &role)
{
    if (!UserAdmin::roles().contains(role))
        return Error{UserAdmin::tr("Unknown role \"%1\"; the roles are: %2.").arg(role, UserAdmin::roles().join(QLatin1String(", "))),
                     {}};
    return Done{};
}

Result<QString> userId(const QSqlDatabase &db, const QString &username)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM users WHERE username = ?"));
    q.addBindValue(username);
    if (!q.exec())
        return Database::queryError(q, UserAdmin::tr("Looking up the person"));
    if (!q.next())
        return Error{UserAdmin::tr("There is no person named \"%1\" (see atelier users list).").arg(username), {}};
    return q.value(0).toString();
}

/// Runs \a statements in one transaction; the first failure rolls everything back.
Status inTransaction(const QSqlDatabase &db, const std::function<Status()> &statements)
{
    QSqlDatabase conn = db;
    if (!conn.transaction())
        return Error{UserAdmin::tr("Could not start a transaction."), conn.lastError().text()};
    if (auto s = statements(); !s) {
        conn.rollback();
        return s;
    }
    if (!conn.commit()) {
        const QString detail = conn.lastError().text();
        conn.rollback();
        return Error{UserAdmin::tr("Could not save the change."), detail};
    }
    return Done{};
}

} // namespace

QStringList UserAdmin::roles()
{
    return {QStringLiteral("viewer"), QStringLiteral("analyst"), QStringLiteral("editor"), QStringLiteral("admin")};
}

Status UserAdmin::add(const QSqlDatabase &db, const QString &username, const QString &brandSlug, const QString &role,
                      const QString &password, const QString &displayName)
{
    if (auto s = postgresOnly(db); !s)
        return s;
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]{2,39}$"));
    if (!name.match(username).hasMatch())
        return Error{tr("\"%1\" cannot be a user name: 3 to 40 lower-case letters, digits or _, starting with a letter.")
                         .arg(username), {}};
    if (auto s = checkRole(role); !s)
        return s;
    if (password.size() < 8)
        return Error{tr("The password must have at least 8 characters."), {}};
    auto brand = BrandService::bySlug(db, brandSlug);
    if (!brand)
        return brand.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(username);
    if (!q.exec())
        return Database::queryError(q, tr("Looking up the login role"));
    if (q.next())
        return Error{tr("A login role named \"%1\" already exists on this PostgreSQL server; choose another name.").arg(username),
                     {}};
    return inTransaction(db, [&]() -> Status {
        // The server quotes the name and the password (format %I and %L): nothing is spliced by hand.
        QSqlQuery create(db);
        // A person's connections are capped, so no one login can take the whole server's connections
        // (the console uses a few: one per worker thread).
        create.prepare(QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L CONNECTION LIMIT 12 IN ROLE %I', ?::text, "
                                      "?::text, current_database() || '_member')"));
        create.addBindValue(username);
        create.addBindValue(password);
        if (!create.exec() || !create.next())
            return Database::queryError(create, tr("Creating the login role"));
        const QString statement = create.value(0).toString();
        create.finish();
        if (!create.exec(statement))
            return Database::queryError(create, tr("Creating the login role"));
        // A transaction left open (a psql session forgotten at lunch) ends after a minute instead of holding locks.
        create.prepare(QStringLiteral("SELECT format('ALTER ROLE %I IN DATABASE %I SET idle_in_transaction_session_timeout = %L', "
                                      "?::text, current_database(), '60s')"));
        create.addBindValue(username);
        if (!create.exec() || !create.next())
            return Database::queryError(create, tr("Creating the login role"));
        const QString timeout = create.value(0).toString();
        create.finish();
        if (!create.exec(timeout))
            return Database::queryError(create, tr("Creating the login role"));
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO users (id, username, display_name, login_role) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(id);
        insert.addBindValue(username);
        insert.addBindValue(displayName.trimmed().isEmpty() ? username : displayName.trimmed());
        insert.addBindValue(username);
        if (!insert.exec())
            return Database::queryError(insert, tr("Recording the person"));
        insert.prepare(QStringLiteral("INSERT INTO brand_memberships (user_id, brand_id, role) VALUES (?, ?, ?)"));
        insert.addBindValue(id);
        insert.addBindValue(brand->id);
        insert.addBindValue(role);
        if (!insert.exec())
            return Database::queryError(insert, tr("Recording the membership"));
        return Done{};
    });
}

Status UserAdmin::grant(const QSqlDatabase &db, const QString &username, const QString &brandSlug, const QString &role)
{
    if (auto s = postgresOnly(db); !s)
        return s;
    if (auto s = checkRole(role); !s)
        return s;
    auto brand = BrandService::bySlug(db, brandSlug);
    if (!brand)
        return brand.error();
    auto id = userId(db, username);
    if (!id)
        return id.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO brand_memberships (user_id, brand_id, role) VALUES (?, ?, ?) "
                             "ON CONFLICT (user_id, brand_id) DO UPDATE SET role = excluded.role"));
    q.addBindValue(id.value());
    q.addBindValue(brand->id);
    q.addBindValue(role);
    if (!q.exec())
        return Database::queryError(q, tr("Recording the membership"));
    return Done{};
}

Status UserAdmin::revoke(const QSqlDatabase &db, const QString &username, const QString &brandSlug)
{
    if (auto s = postgresOnly(db); !s)
        return s;
    auto brand = BrandService::bySlug(db, brandSlug);
    if (!brand)
        return brand.error();
    auto id = userId(db, username);
    if (!id)
        return id.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM brand_memberships WHERE user_id = ? AND brand_id = ?"));
    q.addBindValue(id.value());
    q.addBindValue(brand->id);
    if (!q.exec())
        return Database::queryError(q, tr("Removing the membership"));
    if (q.numRowsAffected() == 0)
        return Error{tr("\"%1\" is not a member of brand \"%2\".").arg(username, brandSlug), {}};
    return Done{};
}

Result<QList<Person>> UserAdmin::list(const QSqlDatabase &db)
{
    if (auto s = postgresOnly(db); !s)
        return s.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT u.id, u.username, u.display_name, u.login_role, b.slug, m.role FROM users u "
                               "LEFT JOIN brand_memberships m ON m.user_id = u.id LEFT JOIN brands b ON b.id = m.brand_id "
                               "ORDER BY u.username, b.slug")))
        return Database::queryError(q, tr("Listing the people"));
    QList<Person> people;
    while (q.next()) {
        if (people.isEmpty() || people.constLast().id != q.value(0).toString())
            people.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}});
        if (!q.value(4).isNull())
            people.last().memberships.append({q.value(4).toString(), q.value(5).toString()});
    }
    return people;
}

} // namespace Atelier
