#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

class QSqlDatabase;

namespace Atelier {

/// The database's data key, unlocked: kept in locked memory (sodium_malloc) and wiped when released.
class DataKey final
{
public:
    explicit DataKey(int version);
    ~DataKey();
    DataKey(const DataKey &) = delete;
    DataKey &operator=(const DataKey &) = delete;
    unsigned char *bytes() const { return m_bytes; }
    int version() const { return m_version; }

private:
    unsigned char *m_bytes = nullptr;
    int m_version = 0;
};

struct KeyringStatus final
{
    bool initialised = false;
    QString method; // passphrase, or keychain
    bool thisDesktopHolds = false; // keychain: whether this desktop's keychain holds the wrapping key
    int keyVersion = 0;
    QDateTime rotatedAt;
};

/// Encryption at rest of sensitive fields (personal data such as e-mail addresses; provider keys and webhook
/// secrets as they arrive) with libsodium's XChaCha20-Poly1305 AEAD. One data key per database, stored only
/// wrapped: by a key derived from an administrator's passphrase (Argon2id), or by a key from the OS keychain of the
/// desktop that made it (LocalKey: one person on one desktop, nothing to remember, nothing another desktop can open). A stored value reads
/// "enc:v<key version>:<base64 of nonce and ciphertext>", bound to its table and column; a wrong key, a
/// changed value or a value moved to another column is refused, never decrypted into garbage.
class Secrets final
{
    Q_DECLARE_TR_FUNCTIONS(Secrets)
public:
    /// The fields kept encrypted: (table, column).
    static QList<QPair<QString, QString>> encryptedFields();
    /// What a webhook secret's ciphertext is bound to (workflow_secrets.value_encrypted): moved to another brand or
    /// name, it no longer opens.
    static QString workflowSecretContext(const QString &brandId, const QString &name);
    static Result<KeyringStatus> status(const QSqlDatabase &db);
    /// Creates the data key, wraps it with \a passphrase (at least 12 characters) and encrypts the values the
    /// encrypted fields already hold, all or nothing. Refused if there is a key.
    static Status initialise(const QSqlDatabase &db, const QString &passphrase);
    /// The same, the data key wrapped by this desktop's keychain key instead of a passphrase.
    static Status initialiseWithKeychain(const QSqlDatabase &db);
    /// The data key: with \a passphrase, or, when the keyring's method is keychain, with this desktop's keychain key
    /// (\a passphrase is then not used). Another desktop, or a keychain that lost the key, is refused in words.
    static Result<std::shared_ptr<DataKey>> unlock(const QSqlDatabase &db, const QString &passphrase = {});
    static bool isEncrypted(const QString &stored);
    /// \a context is "table.column".
    static Result<QString> encrypt(const DataKey &key, const QString &plain, const QString &context);
    static Result<QString> decrypt(const DataKey &key, const QString &stored, const QString &context);
    /// A new data key (and, when given, a new passphrase): every encrypted field is re-encrypted and the key
    /// rewrapped in one transaction. Returns the number of values re-encrypted.
    static Result<qint64> rotate(const QSqlDatabase &db, const QString &passphrase, const QString &newPassphrase = {});
    /// Rotation of a keychain-wrapped key: a new data key, still wrapped by this desktop's keychain key; or, with
    /// \a newPassphrase, moved to a passphrase (for a database other desktops will open).
    static Result<qint64> rotateWithKeychain(const QSqlDatabase &db, const QString &newPassphrase = {});

private:
    static Status createKey(const QSqlDatabase &db, const std::function<Status(const QSqlDatabase &, const DataKey &)> &wrap);
    static Result<qint64> replaceKey(const QSqlDatabase &db, const DataKey &oldKey,
                                     const std::function<Status(const QSqlDatabase &, const DataKey &)> &wrap);
};

} // namespace Atelier
