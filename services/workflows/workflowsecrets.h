#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QSqlDatabase;

namespace Atelier {

class DataKey;

/// A named secret of a brand, as listed (never its value).
struct WorkflowSecret final
{
    QString name;
    QString createdBy;   ///< user name (or id when the person is gone)
    QDateTime createdAt;
    bool sealedOnDesktop = false; ///< stored before secrets moved to the data key: only that desktop opens it
};

/// The brand's named webhook secrets (table `workflow_secrets`, migrations 0016 and 0021): a webhook action with
/// `params.secret_name` signs its body with one (`X-Atelier-Signature: sha256=<hex HMAC-SHA256>`). A value is stored
/// only encrypted, by Secrets (XChaCha20-Poly1305) with the database's data key (the keyring of `atelier secrets init`,
/// unlocked with the keychain of the desktop that made it or with its passphrase), bound to the brand and the name: any
/// runner that unlocks the data key signs, on any machine. Values stored before 0021 were sealed with the key of the
/// desktop that stored them (LocalKey): that desktop re-seals them with the data key when it reads them (a brand
/// admin's), or all at once with reseal(); elsewhere they are refused in words. On PostgreSQL brand admins write and
/// read them; the run-as identities of the brand's workflows read the ciphertexts (docs/security.md). Every change is
/// audited. A null \a key argument: the data key is unlocked with this desktop's keychain (a passphrase-wrapped key
/// must be given, unlocked by the caller).
class WorkflowSecrets final
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowSecrets)
public:
    /// 1 to 64 letters, digits, "_", "." or "-"; empty when \a name is one, else why not.
    static QString nameProblem(const QString &name);
    /// Stores (or replaces) \a value (1 to 4,096 characters) under \a name. On SQLite, a database without a data key
    /// gets one wrapped by this desktop's keychain (as `atelier secrets init --keychain`).
    static Status set(const QSqlDatabase &db, const QString &brandId, const QString &name, const QString &value,
                      std::shared_ptr<DataKey> key = {});
    static Result<QList<WorkflowSecret>> list(const QSqlDatabase &db, const QString &brandId);
    static Status remove(const QSqlDatabase &db, const QString &brandId, const QString &name);
    /// The value, decrypted (code NotFound when there is none, NoKey when the key does not open it). \a key is
    /// unlocked on first need and kept for the next calls.
    static Result<QString> value(const QSqlDatabase &db, const QString &brandId, const QString &name, std::shared_ptr<DataKey> &key);
    static Result<QString> value(const QSqlDatabase &db, const QString &brandId, const QString &name);
    /// Re-seals with the data key every secret of the brand that this desktop sealed before 0021; returns the names of
    /// those it cannot open (stored on another desktop: set them again there, or anew).
    static Result<QStringList> reseal(const QSqlDatabase &db, const QString &brandId, std::shared_ptr<DataKey> key = {});
    /// "sha256=<hex HMAC-SHA256 of body with secret>", the X-Atelier-Signature header.
    static QByteArray signature(const QString &secret, const QByteArray &body);
};

} // namespace Atelier
