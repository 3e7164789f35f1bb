#include "workflows/workflowsecrets.h"

#include "collaboration/resources.h"
#include "core/database.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"
#include "security/audittrail.h"
#include "security/localkey.h"
#include "security/secrets.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Atelier {

namespace {

constexpr int maxValueLength = 4096;

/// The data key in \a key, unlocked with this desktop's keychain when it is not there yet; \a create: on SQLite, a
/// database without a data key gets one wrapped by the keychain (a file of one desktop: nobody else to share it with).
Status unlockInto(const QSqlDatabase &db, std::shared_ptr<DataKey> &key, bool create)
{
    if (key)
        return Done{};
    if (create && SqlDialect::of(db).isSqlite()) {
        auto status = Secrets::status(db);
        if (!status)
            return status.error();
        if (!status->initialised)
            if (auto made = Secrets::initialiseWithKeychain(db); !made)
                return made;
    }
    auto unlocked = Secrets::unlock(db);
    if (!unlocked)
        return Error{unlocked.error().message, unlocked.error().detail, ErrorCode::NoKey};
    key = unlocked.value();
    return Done{};
}

/// Seals \a plain again with the data key where the desktop's key sealed \a sealed, in the name of the person (a brand
/// admin; anyone else changes nothing). Returns whether the row changed.
Result<bool> resealOne(const QSqlDatabase &db, const QString &brandId, const QString &name, const QString &sealed, const QString &plain,
                       const DataKey &key)
{
    auto fresh = Secrets::encrypt(key, plain, Secrets::workflowSecretContext(brandId, name));
    if (!fresh)
        return fresh.error();
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    const QString what = WorkflowSecrets::tr("Sealing the secret %1 with the data key").arg(name);
    WriteTransaction tx(db);
    if (auto b = tx.begin(what); !b)
        return b.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE workflow_secrets SET value_encrypted = ?, sealed_with = 'database', created_by = ? "
                             "WHERE brand_id = ? AND name = ? AND sealed_with = 'desktop' AND value_encrypted = ?"));
    q.addBindValue(fresh.value());
    q.addBindValue(me.value());
    q.addBindValue(brandId);
    q.addBindValue(name);
    q.addBindValue(sealed);
    if (!q.exec())
        return Database::queryError(q, what);
    if (q.numRowsAffected() != 1)
        return false; // not a brand admin (row-level security), or changed meanwhile
    if (auto a = AuditTrail::recordWithin(db, QStringLiteral("edit"), QStringLiteral("workflow_secret"), brandId + QLatin1Char('/') + name,
                                          brandId, {{QStringLiteral("resealed"), QStringLiteral("database")}});
        !a)
        return a.error();
    if (auto c = tx.commit(what); !c)
        return c.error();
    return true;
}

QString storedElsewhere(const QString &name)
{
    return WorkflowSecrets::tr("the secret \"%1\" was stored on another desktop before webhook secrets moved to the database's data "
                               "key, and only that desktop can open it: set it again with atelier workflow secret set %1 --brand SLUG "
                               "--value-stdin (or run atelier workflow secret reseal --brand SLUG on that desktop).")
        .arg(name);
}

} // namespace

QString WorkflowSecrets::nameProblem(const QString &name)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    if (!form.match(name).hasMatch())
        return tr("\"%1\" is not a secret name: 1 to 64 letters, digits, \"_\", \".\" or \"-\".").arg(name);
    return {};
}

Status WorkflowSecrets::set(const QSqlDatabase &db, const QString &brandId, const QString &name, const QString &value,
                            std::shared_ptr<DataKey> key)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return Error{problem, {}, ErrorCode::InvalidInput};
    if (value.isEmpty() || value.size() > maxValueLength)
        return Error{tr("The value of secret %1 must have 1 to %2 characters.").arg(name).arg(maxValueLength), {}, ErrorCode::InvalidInput};
    if (auto unlocked = unlockInto(db, key, true); !unlocked)
        return unlocked;
    auto sealed = Secrets::encrypt(*key, value, Secrets::workflowSecretContext(brandId, name));
    if (!sealed)
        return sealed.error();
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    const QString what = tr("Storing the secret %1 (brand admins only)").arg(name);
    const SqlDialect d = SqlDialect::of(db);
    WriteTransaction tx(db);
    if (auto b = tx.begin(what); !b)
        return b;
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT 1 FROM workflow_secrets WHERE brand_id = ? AND name = ?"));
    existing.addBindValue(brandId);
    existing.addBindValue(name);
    if (!existing.exec())
        return Database::queryError(existing, what);
    const bool replacing = existing.next();
    existing.finish();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO workflow_secrets (brand_id, name, value_encrypted, sealed_with, created_by, created_at) "
                             "VALUES (?, ?, ?, 'database', ?, ?) "
                             "ON CONFLICT (brand_id, name) DO UPDATE SET value_encrypted = excluded.value_encrypted, "
                             "sealed_with = excluded.sealed_with, created_by = excluded.created_by, created_at = excluded.created_at"));
    q.addBindValue(brandId);
    q.addBindValue(name);
    q.addBindValue(sealed.value());
    q.addBindValue(me.value());
    q.addBindValue(d.timeValue(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return Database::queryError(q, what);
    if (auto a = AuditTrail::recordWithin(db, replacing ? QStringLiteral("edit") : QStringLiteral("create"), QStringLiteral("workflow_secret"),
                                          brandId + QLatin1Char('/') + name, brandId);
        !a)
        return a;
    return tx.commit(what);
}

Result<QList<WorkflowSecret>> WorkflowSecrets::list(const QSqlDatabase &db, const QString &brandId)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT s.name, coalesce(u.username, s.created_by), s.created_at, s.sealed_with FROM workflow_secrets s "
                             "LEFT JOIN users u ON u.id = s.created_by WHERE s.brand_id = ? ORDER BY s.name"));
    q.addBindValue(brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Listing the brand's secrets"));
    QList<WorkflowSecret> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), d.toDateTime(q.value(2)), q.value(3).toString() == QLatin1String("desktop")});
    return list;
}

Status WorkflowSecrets::remove(const QSqlDatabase &db, const QString &brandId, const QString &name)
{
    const QString what = tr("Deleting the secret %1 (brand admins only)").arg(name);
    WriteTransaction tx(db);
    if (auto b = tx.begin(what); !b)
        return b;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM workflow_secrets WHERE brand_id = ? AND name = ?"));
    q.addBindValue(brandId);
    q.addBindValue(name);
    if (!q.exec())
        return Database::queryError(q, what);
    // Row-level security hides what a person may not delete: both read as "no such secret".
    if (q.numRowsAffected() != 1)
        return Error{tr("The brand has no secret %1 (or deleting it needs the admin role in the brand).").arg(name), {}, ErrorCode::NotFound};
    if (auto a = AuditTrail::recordWithin(db, QStringLiteral("delete"), QStringLiteral("workflow_secret"), brandId + QLatin1Char('/') + name,
                                          brandId);
        !a)
        return a;
    return tx.commit(what);
}

Result<QString> WorkflowSecrets::value(const QSqlDatabase &db, const QString &brandId, const QString &name)
{
    std::shared_ptr<DataKey> key;
    return value(db, brandId, name, key);
}

Result<QString> WorkflowSecrets::value(const QSqlDatabase &db, const QString &brandId, const QString &name, std::shared_ptr<DataKey> &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value_encrypted, sealed_with FROM workflow_secrets WHERE brand_id = ? AND name = ?"));
    q.addBindValue(brandId);
    q.addBindValue(name);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the secret %1").arg(name));
    if (!q.next())
        return Error{tr("the brand has no secret \"%1\" (a brand admin stores it with atelier workflow secret set %1 --brand SLUG "
                        "--value-stdin).")
                         .arg(name),
                     {}, ErrorCode::NotFound};
    const QString sealed = q.value(0).toString();
    const bool onDesktop = q.value(1).toString() == QLatin1String("desktop");
    q.finish();
    const QString context = Secrets::workflowSecretContext(brandId, name);
    if (onDesktop) {
        // Stored before 0021 with the key of the desktop that stored it: opened only there, and sealed again with the
        // data key when that desktop can (a brand admin's, with the data key unlocked); the value serves either way.
        auto local = LocalKey::load();
        auto plain = local ? Secrets::decrypt(*local.value(), sealed, context) : Result<QString>(local.error());
        if (!plain)
            return Error{storedElsewhere(name), plain.error().message, ErrorCode::NoKey};
        if (unlockInto(db, key, false))
            (void)resealOne(db, brandId, name, sealed, plain.value(), *key);
        return plain.value();
    }
    if (auto unlocked = unlockInto(db, key, false); !unlocked)
        return Error{tr("the secret \"%1\" cannot be decrypted: %2").arg(name, unlocked.error().message), unlocked.error().detail, ErrorCode::NoKey};
    auto plain = Secrets::decrypt(*key, sealed, context);
    if (!plain)
        return Error{tr("the secret \"%1\" cannot be decrypted with the database's data key: its value was changed or moved from "
                        "another secret. Store it again with atelier workflow secret set %1 --brand SLUG --value-stdin.")
                         .arg(name),
                     plain.error().message, ErrorCode::NoKey};
    return plain.value();
}

Result<QStringList> WorkflowSecrets::reseal(const QSqlDatabase &db, const QString &brandId, std::shared_ptr<DataKey> key)
{
    if (auto unlocked = unlockInto(db, key, true); !unlocked)
        return unlocked.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, value_encrypted FROM workflow_secrets WHERE brand_id = ? AND sealed_with = 'desktop' ORDER BY name"));
    q.addBindValue(brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Listing the brand's secrets"));
    QList<std::pair<QString, QString>> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    auto local = LocalKey::load();
    QStringList elsewhere;
    for (const auto &[name, sealed] : rows) {
        auto plain = local ? Secrets::decrypt(*local.value(), sealed, Secrets::workflowSecretContext(brandId, name)) : Result<QString>(local.error());
        if (!plain) {
            elsewhere.append(name);
            continue;
        }
        auto changed = resealOne(db, brandId, name, sealed, plain.value(), *key);
        if (!changed)
            return changed.error();
        if (!changed.value())
            return Error{tr("Sealing the secret %1 with the data key needs the admin role in the brand.").arg(name), {}, ErrorCode::PermissionDenied};
    }
    return elsewhere;
}

QByteArray WorkflowSecrets::signature(const QString &secret, const QByteArray &body)
{
    return QByteArrayLiteral("sha256=")
           + QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace Atelier
