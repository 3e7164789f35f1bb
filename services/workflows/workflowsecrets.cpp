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

/// What the ciphertext is bound to: moved to another brand or name, it no longer opens.
QString contextOf(const QString &brandId, const QString &name)
{
    return QStringLiteral("workflow_secrets.value_encrypted:%1/%2").arg(brandId, name);
}

} // namespace

QString WorkflowSecrets::nameProblem(const QString &name)
{
    static const QRegularExpression form(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    if (!form.match(name).hasMatch())
        return tr("\"%1\" is not a secret name: 1 to 64 letters, digits, \"_\", \".\" or \"-\".").arg(name);
    return {};
}

Status WorkflowSecrets::set(const QSqlDatabase &db, const QString &brandId, const QString &name, const QString &value)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return Error{problem, {}, ErrorCode::InvalidInput};
    if (value.isEmpty() || value.size() > maxValueLength)
        return Error{tr("The value of secret %1 must have 1 to %2 characters.").arg(name).arg(maxValueLength), {}, ErrorCode::InvalidInput};
    auto key = LocalKey::load();
    if (!key)
        return key.error();
    auto sealed = Secrets::encrypt(*key.value(), value, contextOf(brandId, name));
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
    q.prepare(QStringLiteral("INSERT INTO workflow_secrets (brand_id, name, value_encrypted, created_by, created_at) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (brand_id, name) DO UPDATE SET value_encrypted = excluded.value_encrypted, "
                             "created_by = excluded.created_by, created_at = excluded.created_at"));
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
    q.prepare(QStringLiteral("SELECT s.name, coalesce(u.username, s.created_by), s.created_at FROM workflow_secrets s "
                             "LEFT JOIN users u ON u.id = s.created_by WHERE s.brand_id = ? ORDER BY s.name"));
    q.addBindValue(brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Listing the brand's secrets"));
    QList<WorkflowSecret> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), d.toDateTime(q.value(2))});
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
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value_encrypted FROM workflow_secrets WHERE brand_id = ? AND name = ?"));
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
    auto key = LocalKey::load();
    if (!key)
        return key.error();
    auto plain = Secrets::decrypt(*key.value(), sealed, contextOf(brandId, name));
    if (!plain)
        return Error{tr("the secret \"%1\" cannot be decrypted on this desktop: it was stored with another desktop's key. Store it "
                        "again with atelier workflow secret set %1 --brand SLUG --value-stdin on the desktop (and as the system user) "
                        "where the runner runs.")
                         .arg(name),
                     plain.error().message, ErrorCode::NoKey};
    return plain.value();
}

QByteArray WorkflowSecrets::signature(const QString &secret, const QByteArray &body)
{
    return QByteArrayLiteral("sha256=")
           + QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace Atelier
