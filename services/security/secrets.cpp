#include "secrets.h"

#include "core/database.h"
#include "core/sqldialect.h"
#include "security/localkey.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <cstring>
#include <functional>
#include <optional>

namespace Atelier {

namespace {

constexpr size_t kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
const QByteArray kWrapContext = QByteArrayLiteral("atelier:data-key");
const QByteArray kKeychainContext = QByteArrayLiteral("atelier:data-key:keychain");

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray seal(const unsigned char *key, const QByteArray &plain, const QByteArray &context)
{
    QByteArray out(int(kNonceBytes + size_t(plain.size()) + crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &written, reinterpret_cast<const unsigned char *>(plain.constData()),
                                               size_t(plain.size()), reinterpret_cast<const unsigned char *>(context.constData()),
                                               size_t(context.size()), nullptr, nonce, key);
    out.resize(int(kNonceBytes + written));
    return out;
}

/// Empty optional when the key, the context or the bytes are not the ones sealed.
std::optional<QByteArray> open(const unsigned char *key, const QByteArray &sealed, const QByteArray &context)
{
    if (size_t(sealed.size()) < kNonceBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return std::nullopt;
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    QByteArray plain(int(size_t(sealed.size()) - kNonceBytes), Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr,
                                                   nonce + kNonceBytes, size_t(sealed.size()) - kNonceBytes,
                                                   reinterpret_cast<const unsigned char *>(context.constData()), size_t(context.size()),
                                                   nonce, key)
        != 0)
        return std::nullopt;
    plain.resize(int(written));
    return plain;
}

struct Keyring
{
    QString method;
    QByteArray salt;
    unsigned long long opsLimit = 0;
    size_t memLimit = 0;
    QByteArray wrapped;
    int version = 0;
};

Result<std::optional<Keyring>> readKeyring(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    // PostgreSQL: members may not read the keyring; the administrator, brand admins and workflows' run-as identities
    // get its wrapped form through a function of the owner (migration 0021), anyone else is refused.
    if (!q.exec(SqlDialect::of(db).isSqlite()
                    ? QStringLiteral("SELECT salt, ops_limit, mem_limit, wrapped_key, key_version, method FROM secret_keyring WHERE id = 1")
                    : QStringLiteral("SELECT salt, ops_limit, mem_limit, wrapped_key, key_version, method FROM public.atelier_keyring_material()")))
        return Database::queryError(q, Secrets::tr("Reading the keyring"));
    if (!q.next())
        return std::optional<Keyring>();
    Keyring k;
    k.salt = QByteArray::fromBase64(q.value(0).toString().toLatin1());
    k.opsLimit = q.value(1).toULongLong();
    k.memLimit = size_t(q.value(2).toULongLong());
    k.wrapped = QByteArray::fromBase64(q.value(3).toString().toLatin1());
    k.version = q.value(4).toInt();
    k.method = q.value(5).toString();
    return std::optional<Keyring>(k);
}

/// The key-encryption key of a passphrase, in locked memory.
Result<std::shared_ptr<DataKey>> derive(const QString &passphrase, const Keyring &k)
{
    auto kek = std::make_shared<DataKey>(0);
    const QByteArray utf8 = passphrase.toUtf8();
    if (size_t(k.salt.size()) != crypto_pwhash_SALTBYTES
        || crypto_pwhash(kek->bytes(), kKeyBytes, utf8.constData(), size_t(utf8.size()),
                         reinterpret_cast<const unsigned char *>(k.salt.constData()), k.opsLimit, k.memLimit, crypto_pwhash_ALG_ARGON2ID13)
               != 0)
        return Error{Secrets::tr("Could not derive a key from the passphrase (not enough memory?)."), {}};
    return kek;
}

Status checkPassphrase(const QString &passphrase)
{
    if (passphrase.size() < 12)
        return Error{Secrets::tr("The passphrase must have at least 12 characters."), {}};
    return Done{};
}

/// Wraps \a key with a key derived from \a passphrase under a fresh salt, and writes the keyring row.
Status writeKeyring(const QSqlDatabase &db, const DataKey &key, const QString &passphrase, bool replace)
{
    Keyring k;
    k.salt = QByteArray(int(crypto_pwhash_SALTBYTES), Qt::Uninitialized);
    randombytes_buf(k.salt.data(), size_t(k.salt.size()));
    k.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    k.memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    auto kek = derive(passphrase, k);
    if (!kek)
        return kek.error();
    const QByteArray raw(reinterpret_cast<const char *>(key.bytes()), int(kKeyBytes));
    const QByteArray wrapped = seal(kek.value()->bytes(), raw, kWrapContext);
    QSqlQuery q(db);
    const SqlDialect dialect = SqlDialect::of(db);
    q.prepare(replace ? QStringLiteral("UPDATE secret_keyring SET method = 'passphrase', salt = ?, ops_limit = ?, mem_limit = ?, "
                                       "wrapped_key = ?, key_version = ?, rotated_at = ? WHERE id = 1")
                      : QStringLiteral("INSERT INTO secret_keyring (method, salt, ops_limit, mem_limit, wrapped_key, key_version, "
                                       "rotated_at, id) VALUES ('passphrase', ?, ?, ?, ?, ?, ?, 1)"));
    q.addBindValue(QString::fromLatin1(k.salt.toBase64()));
    q.addBindValue(qint64(k.opsLimit));
    q.addBindValue(qint64(k.memLimit));
    q.addBindValue(QString::fromLatin1(wrapped.toBase64()));
    q.addBindValue(key.version());
    q.addBindValue(dialect.timeValue(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return Database::queryError(q, Secrets::tr("Writing the keyring"));
    return Done{};
}

/// This desktop's keychain key and its name: a keyed hash of it, so the keyring says which desktop holds the key
/// without holding anything that opens it.
struct Holder
{
    std::shared_ptr<DataKey> key;
    QByteArray name;
};

Result<Holder> thisDesktop()
{
    auto key = LocalKey::load();
    if (!key)
        return Error{Secrets::tr("This desktop's keychain key could not be read: %1").arg(key.error().message), {}};
    QByteArray name(16, Qt::Uninitialized);
    static const QByteArray label = QByteArrayLiteral("atelier:keyring-holder");
    crypto_generichash(reinterpret_cast<unsigned char *>(name.data()), size_t(name.size()), reinterpret_cast<const unsigned char *>(label.constData()),
                       size_t(label.size()), key.value()->bytes(), kKeyBytes);
    return Holder{key.value(), name};
}

/// Wraps \a key with this desktop's keychain key and writes the keyring row.
Status writeKeychainKeyring(const QSqlDatabase &db, const DataKey &key, bool replace)
{
    auto holder = thisDesktop();
    if (!holder)
        return holder.error();
    const QByteArray raw(reinterpret_cast<const char *>(key.bytes()), int(kKeyBytes));
    const QByteArray wrapped = seal(holder->key->bytes(), raw, kKeychainContext);
    QSqlQuery q(db);
    q.prepare(replace ? QStringLiteral("UPDATE secret_keyring SET method = 'keychain', salt = ?, ops_limit = 0, mem_limit = 0, "
                                       "wrapped_key = ?, key_version = ?, rotated_at = ? WHERE id = 1")
                      : QStringLiteral("INSERT INTO secret_keyring (method, salt, ops_limit, mem_limit, wrapped_key, key_version, "
                                       "rotated_at, id) VALUES ('keychain', ?, 0, 0, ?, ?, ?, 1)"));
    q.addBindValue(QString::fromLatin1(holder->name.toBase64()));
    q.addBindValue(QString::fromLatin1(wrapped.toBase64()));
    q.addBindValue(key.version());
    q.addBindValue(SqlDialect::of(db).timeValue(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return Database::queryError(q, Secrets::tr("Writing the keyring"));
    return Done{};
}

/// The webhook secrets sealed with the data key, sealed again with \a fresh (each bound to its brand and name).
Result<qint64> reencryptWorkflowSecrets(const QSqlDatabase &db, const DataKey *old, const DataKey &fresh)
{
    const QString what = Secrets::tr("Re-encrypting %1").arg(QStringLiteral("workflow_secrets.value_encrypted"));
    QSqlQuery read(db);
    if (!read.exec(QStringLiteral("SELECT brand_id, name, value_encrypted FROM workflow_secrets WHERE sealed_with = 'database'")))
        return Database::queryError(read, what);
    struct Row
    {
        QString brand, name, stored;
    };
    QList<Row> rows;
    while (read.next())
        rows.append({read.value(0).toString(), read.value(1).toString(), read.value(2).toString()});
    if (!rows.isEmpty() && !old)
        return Error{Secrets::tr("%1 already holds encrypted values, but the database has no data key.").arg(QStringLiteral("workflow_secrets")), {}};
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE workflow_secrets SET value_encrypted = ? WHERE brand_id = ? AND name = ?"));
    for (const Row &r : rows) {
        const QString context = Secrets::workflowSecretContext(r.brand, r.name);
        auto opened = Secrets::decrypt(*old, r.stored, context);
        if (!opened)
            return opened.error();
        write.addBindValue(Secrets::encrypt(fresh, opened.value(), context).value());
        write.addBindValue(r.brand);
        write.addBindValue(r.name);
        if (!write.exec())
            return Database::queryError(write, what);
    }
    return qint64(rows.size());
}

/// Encrypts every value of the encrypted fields with \a fresh: values already encrypted are opened with \a old
/// first, plain ones (from before encryption was set up) are encrypted as they are.
Result<qint64> reencryptAll(const QSqlDatabase &db, const DataKey *old, const DataKey &fresh)
{
    qint64 count = 0;
    for (const auto &[table, column] : Secrets::encryptedFields()) {
        const QString context = table + QLatin1Char('.') + column;
        if (table == QLatin1String("workflow_secrets")) { // bound to brand and name; rows sealed by a desktop's key left as they are
            auto n = reencryptWorkflowSecrets(db, old, fresh);
            if (!n)
                return n.error();
            count += n.value();
            continue;
        }
        QSqlQuery read(db);
        // Table and column names come from encryptedFields(), never from a person.
        if (!read.exec(QStringLiteral("SELECT id, %2 FROM %1 WHERE %2 IS NOT NULL AND %2 <> ''").arg(table, column)))
            return Database::queryError(read, Secrets::tr("Reading %1").arg(context));
        QList<QPair<QString, QString>> rows;
        while (read.next())
            rows.append({read.value(0).toString(), read.value(1).toString()});
        QSqlQuery write(db);
        write.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column));
        for (const auto &[id, stored] : rows) {
            QString plain = stored;
            if (Secrets::isEncrypted(stored)) {
                if (!old)
                    return Error{Secrets::tr("%1 already holds encrypted values, but the database has no data key.").arg(context), {}};
                auto opened = Secrets::decrypt(*old, stored, context);
                if (!opened)
                    return opened.error();
                plain = opened.value();
            }
            write.addBindValue(Secrets::encrypt(fresh, plain, context).value());
            write.addBindValue(id);
            if (!write.exec())
                return Database::queryError(write, Secrets::tr("Re-encrypting %1").arg(context));
            ++count;
        }
    }
    return count;
}

} // namespace

DataKey::DataKey(int version) : m_version(version)
{
    sodiumReady();
    m_bytes = static_cast<unsigned char *>(sodium_malloc(kKeyBytes));
}

DataKey::~DataKey()
{
    sodium_free(m_bytes);
}

QList<QPair<QString, QString>> Secrets::encryptedFields()
{
    return {{QStringLiteral("users"), QStringLiteral("email")}, {QStringLiteral("workflow_secrets"), QStringLiteral("value_encrypted")}};
}

QString Secrets::workflowSecretContext(const QString &brandId, const QString &name)
{
    return QStringLiteral("workflow_secrets.value_encrypted:%1/%2").arg(brandId, name);
}

Result<KeyringStatus> Secrets::status(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    // Not a dialect difference: on PostgreSQL members may not read the keyring itself (salt and wrapped key), they
    // learn whether and how the key is kept through a function of the owner.
    if (!q.exec(SqlDialect::of(db).isSqlite()
                    ? QStringLiteral("SELECT method, key_version, rotated_at FROM secret_keyring WHERE id = 1")
                    : QStringLiteral("SELECT method, key_version, rotated_at FROM atelier_keyring_status()")))
        return Database::queryError(q, tr("Reading the keyring"));
    KeyringStatus s;
    if (q.next()) {
        s.initialised = true;
        s.method = q.value(0).toString();
        s.keyVersion = q.value(1).toInt();
        s.rotatedAt = SqlDialect::of(db).toDateTime(q.value(2));
        if (s.method == QLatin1String("keychain")) {
            QSqlQuery holder(db);
            holder.exec(QStringLiteral("SELECT salt FROM secret_keyring WHERE id = 1"));
            auto me = thisDesktop();
            s.thisDesktopHolds = holder.next() && me && QString::fromLatin1(me->name.toBase64()) == holder.value(0).toString();
        }
    }
    return s;
}

Status Secrets::initialise(const QSqlDatabase &db, const QString &passphrase)
{
    if (auto s = checkPassphrase(passphrase); !s)
        return s;
    return createKey(db, [&passphrase](const QSqlDatabase &conn, const DataKey &key) { return writeKeyring(conn, key, passphrase, false); });
}

Status Secrets::initialiseWithKeychain(const QSqlDatabase &db)
{
    return createKey(db, [](const QSqlDatabase &conn, const DataKey &key) { return writeKeychainKeyring(conn, key, false); });
}

Status Secrets::createKey(const QSqlDatabase &db, const std::function<Status(const QSqlDatabase &, const DataKey &)> &wrap)
{
    if (!sodiumReady())
        return Error{tr("The cryptography library could not start."), {}};
    auto existing = readKeyring(db);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{tr("This database already has a data key; use atelier secrets rotate to change it or its passphrase."), {}};
    DataKey key(1);
    crypto_aead_xchacha20poly1305_ietf_keygen(key.bytes());
    // The key and the encryption of the values already there (e-mail addresses) go together, or not at all.
    QSqlDatabase conn = db;
    if (!conn.transaction())
        return Error{tr("Could not start a transaction."), conn.lastError().text()};
    if (auto s = wrap(db, key); !s) {
        conn.rollback();
        return s;
    }
    if (auto n = reencryptAll(db, nullptr, key); !n) {
        conn.rollback();
        return n.error();
    }
    if (!conn.commit()) {
        const QString detail = conn.lastError().text();
        conn.rollback();
        return Error{tr("Could not save the new key."), detail};
    }
    return Done{};
}

Result<std::shared_ptr<DataKey>> Secrets::unlock(const QSqlDatabase &db, const QString &passphrase)
{
    if (!sodiumReady())
        return Error{tr("The cryptography library could not start."), {}};
    auto keyring = readKeyring(db);
    if (!keyring)
        return keyring.error();
    if (!keyring.value())
        return Error{tr("This database has no data key yet: an administrator creates one with atelier secrets init."), {}};
    std::optional<QByteArray> raw;
    if (keyring.value()->method == QLatin1String("keychain")) {
        auto holder = thisDesktop();
        if (!holder)
            return holder.error();
        if (holder->name != keyring.value()->salt)
            return Error{tr("This database's data key is held by the keychain of another desktop (the one that made it): this desktop "
                            "cannot open it. On that desktop, atelier secrets rotate --keychain --new-passphrase-stdin moves it to a "
                            "passphrase."),
                         {}};
        raw = open(holder->key->bytes(), keyring.value()->wrapped, kKeychainContext);
        if (!raw || size_t(raw->size()) != kKeyBytes)
            return Error{tr("This desktop's keychain key does not open the data key (the keyring was changed): nothing can be decrypted."), {}};
    } else {
        if (passphrase.isEmpty())
            return Error{tr("This database's data key is wrapped by a passphrase: give it (--passphrase-stdin)."), {}};
        auto kek = derive(passphrase, *keyring.value());
        if (!kek)
            return kek.error();
        raw = open(kek.value()->bytes(), keyring.value()->wrapped, kWrapContext);
        if (!raw || size_t(raw->size()) != kKeyBytes)
            return Error{tr("The passphrase is wrong (or the keyring was changed): nothing can be decrypted with it."), {}};
    }
    auto key = std::make_shared<DataKey>(keyring.value()->version);
    memcpy(key->bytes(), raw->constData(), kKeyBytes);
    QByteArray wipe = raw.value();
    sodium_memzero(wipe.data(), size_t(wipe.size()));
    return key;
}

bool Secrets::isEncrypted(const QString &stored)
{
    return stored.startsWith(QLatin1String("enc:v"));
}

Result<QString> Secrets::encrypt(const DataKey &key, const QString &plain, const QString &context)
{
    const QByteArray sealed = seal(key.bytes(), plain.toUtf8(), context.toUtf8());
    return QStringLiteral("enc:v%1:%2").arg(key.version()).arg(QString::fromLatin1(sealed.toBase64()));
}

Result<QString> Secrets::decrypt(const DataKey &key, const QString &stored, const QString &context)
{
    if (!isEncrypted(stored))
        return Error{tr("%1 holds a value that is not encrypted.").arg(context), {}};
    const qsizetype colon = stored.indexOf(QLatin1Char(':'), 5);
    bool ok = false;
    const int version = stored.mid(5, colon - 5).toInt(&ok);
    if (colon < 0 || !ok)
        return Error{tr("%1 holds a damaged encrypted value.").arg(context), {}};
    if (version != key.version())
        return Error{tr("%1 was encrypted with data key %2, and the key unlocked is %3.").arg(context).arg(version).arg(key.version()), {}};
    const auto plain = open(key.bytes(), QByteArray::fromBase64(stored.mid(colon + 1).toLatin1()), context.toUtf8());
    if (!plain)
        return Error{tr("%1 cannot be decrypted with this key: the value was changed, or belongs elsewhere.").arg(context), {}};
    return QString::fromUtf8(plain.value());
}

Result<qint64> Secrets::rotate(const QSqlDatabase &db, const QString &passphrase, const QString &newPassphrase)
{
    const QString next = newPassphrase.isEmpty() ? passphrase : newPassphrase;
    if (auto s = checkPassphrase(next); !s)
        return s.error();
    auto keyring = readKeyring(db);
    if (keyring && keyring.value() && keyring.value()->method == QLatin1String("keychain"))
        return Error{tr("This database's data key is held by this desktop's keychain, not a passphrase: use atelier secrets rotate --keychain."), {}};
    auto old = unlock(db, passphrase);
    if (!old)
        return old.error();
    return replaceKey(db, *old.value(), [&next](const QSqlDatabase &conn, const DataKey &key) { return writeKeyring(conn, key, next, true); });
}

Result<qint64> Secrets::rotateWithKeychain(const QSqlDatabase &db, const QString &newPassphrase)
{
    if (!newPassphrase.isEmpty())
        if (auto s = checkPassphrase(newPassphrase); !s)
            return s.error();
    auto keyring = readKeyring(db);
    if (!keyring)
        return keyring.error();
    if (keyring.value() && keyring.value()->method != QLatin1String("keychain"))
        return Error{tr("This database's data key is wrapped by a passphrase: rotate it with --passphrase-stdin."), {}};
    auto old = unlock(db);
    if (!old)
        return old.error();
    return replaceKey(db, *old.value(), [&newPassphrase](const QSqlDatabase &conn, const DataKey &key) {
        return newPassphrase.isEmpty() ? writeKeychainKeyring(conn, key, true) : writeKeyring(conn, key, newPassphrase, true);
    });
}

Result<qint64> Secrets::replaceKey(const QSqlDatabase &db, const DataKey &oldKey,
                                   const std::function<Status(const QSqlDatabase &, const DataKey &)> &wrap)
{
    const DataKey *old = &oldKey;
    DataKey fresh(old->version() + 1);
    crypto_aead_xchacha20poly1305_ietf_keygen(fresh.bytes());
    QSqlDatabase conn = db;
    if (!conn.transaction())
        return Error{tr("Could not start a transaction."), conn.lastError().text()};
    auto fail = [&](const Error &e) -> Result<qint64> {
        conn.rollback();
        return e;
    };
    auto count = reencryptAll(db, old, fresh);
    if (!count)
        return fail(count.error());
    if (auto s = wrap(db, fresh); !s)
        return fail(s.error());
    if (!conn.commit())
        return fail(Error{tr("Could not save the new key."), conn.lastError().text()});
    return count.value();
}

} // namespace Atelier
