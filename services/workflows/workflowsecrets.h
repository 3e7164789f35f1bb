#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Atelier {

/// A named secret of a brand, as listed (never its value).
struct WorkflowSecret final
{
    QString name;
    QString createdBy;   ///< user name (or id when the person is gone)
    QDateTime createdAt;
};

/// The brand's named webhook secrets (table `workflow_secrets`, migration 0016): a webhook action with
/// `params.secret_name` signs its body with one (`X-Atelier-Signature: sha256=<hex HMAC-SHA256>`). A value is stored
/// only encrypted, by Secrets (XChaCha20-Poly1305) with this desktop's data key (LocalKey, the key of the AI providers'
/// API keys), bound to the brand and the name: a runner signs only on a desktop (OS user) holding that key. On
/// PostgreSQL brand admins write and read them; the run-as identities of the brand's workflows read the ciphertexts
/// (docs/security.md). Every change is audited.
class WorkflowSecrets final
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowSecrets)
public:
    /// 1 to 64 letters, digits, "_", "." or "-"; empty when \a name is one, else why not.
    static QString nameProblem(const QString &name);
    /// Stores (or replaces) \a value (1 to 4,096 characters) under \a name.
    static Status set(const QSqlDatabase &db, const QString &brandId, const QString &name, const QString &value);
    static Result<QList<WorkflowSecret>> list(const QSqlDatabase &db, const QString &brandId);
    static Status remove(const QSqlDatabase &db, const QString &brandId, const QString &name);
    /// The value, decrypted (code NotFound when there is none, NoKey when this desktop's key does not open it).
    static Result<QString> value(const QSqlDatabase &db, const QString &brandId, const QString &name);
    /// "sha256=<hex HMAC-SHA256 of body with secret>", the X-Atelier-Signature header.
    static QByteArray signature(const QString &secret, const QByteArray &body);
};

} // namespace Atelier
