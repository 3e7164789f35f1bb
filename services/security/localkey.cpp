#include "security/localkey.h"

#include "core/privatefiles.h"
#include "security/secrets.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QRecursiveMutex>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>
#include <sodium.h>

namespace Atelier {

namespace {

constexpr qsizetype kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
const char *const kService = "Atelier";

QString keyFilePath()
{
    return LocalKey::configFolder() + QStringLiteral("/data.key");
}

QString markerPath()
{
    return LocalKey::configFolder() + QStringLiteral("/data-key.store");
}

/// The keychain entry's name: one key per configuration folder, so two profiles never share one.
QString keychainEntry()
{
    return QStringLiteral("data-key:") + LocalKey::configFolder();
}

struct KeychainAnswer
{
    bool reached = false;
    QByteArray data;
    QString problem;
};

KeychainAnswer runKeychain(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(keychainEntry());
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    KeychainAnswer answer;
    if (job.error() == QKeychain::NoError) {
        answer.reached = true;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(&job))
            answer.data = read->binaryData();
    } else {
        answer.problem = job.errorString().isEmpty() ? LocalKey::tr("the keychain did not answer") : job.errorString();
    }
    return answer;
}

std::shared_ptr<DataKey> keyFrom(const QByteArray &raw)
{
    auto key = std::make_shared<DataKey>(1);
    std::memcpy(key->bytes(), raw.constData(), size_t(kKeyBytes));
    return key;
}

Result<std::shared_ptr<DataKey>> fromFile()
{
    QFile file(keyFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return Error{LocalKey::tr("The key file %1 cannot be read: %2.").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()), {}};
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther;
    if (file.permissions() & others)
        return Error{LocalKey::tr("The key file %1 may be read by other people; it must be readable by its owner only "
                                  "(chmod 600).")
                         .arg(QDir::toNativeSeparators(file.fileName())),
                     {}};
    const QByteArray raw = QByteArray::fromBase64(file.readAll().trimmed());
    if (raw.size() != kKeyBytes)
        return Error{LocalKey::tr("The key file %1 does not hold a key.").arg(QDir::toNativeSeparators(file.fileName())), {}};
    return keyFrom(raw);
}

Status writeOwnerOnly(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{LocalKey::tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit())
        return Error{LocalKey::tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(path), file.errorString()), {}};
    return Done{};
}

} // namespace

QString LocalKey::configFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString LocalKey::store()
{
    if (QFile::exists(keyFilePath()))
        return QStringLiteral("file");
    if (QFile::exists(markerPath()))
        return QStringLiteral("keychain");
    return {};
}

Result<std::shared_ptr<DataKey>> LocalKey::load()
{
    static QRecursiveMutex mutex; // two workers asking at once must not make two keys
    QMutexLocker<QRecursiveMutex> lock(&mutex);
    if (sodium_init() < 0)
        return Error{tr("The cryptography library could not start."), {}};
    if (auto made = PrivateFiles::makeFolder(configFolder()); !made)
        return made.error(); // says whether the folder could not be made or not be made private
    const QString where = store();
    if (where == QLatin1String("file"))
        return fromFile();
    if (where == QLatin1String("keychain")) {
        QKeychain::ReadPasswordJob read(QString::fromLatin1(kService));
        const KeychainAnswer answer = runKeychain(read);
        if (!answer.reached)
            return Error{tr("The data key is in the system keychain, which cannot be reached (%1); saved API keys cannot be "
                            "read until it can.")
                             .arg(answer.problem),
                         {}};
        if (answer.data.size() != kKeyBytes)
            return Error{tr("The system keychain's entry for Atelier does not hold a key."), {}};
        return keyFrom(answer.data);
    }

    // First use: a new key, in the keychain when one answers, else in an owner-only file.
    QByteArray raw(kKeyBytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QByteArray choice = qgetenv("ATELIER_KEY_STORE");
    if (choice != "file") {
        QKeychain::WritePasswordJob write(QString::fromLatin1(kService));
        write.setBinaryData(raw);
        const KeychainAnswer answer = runKeychain(write);
        if (answer.reached) {
            if (auto s = writeOwnerOnly(markerPath(), "keychain\n"); !s)
                return s.error();
            sodium_memzero(raw.data(), size_t(raw.size()));
            return load();
        }
        if (choice == "keychain")
            return Error{tr("The system keychain cannot be reached: %1.").arg(answer.problem), {}};
    }
    auto s = writeOwnerOnly(keyFilePath(), raw.toBase64() + '\n');
    sodium_memzero(raw.data(), size_t(raw.size()));
    if (!s)
        return s.error();
    return fromFile();
}

} // namespace Atelier
