#include "databasecredentials.h"

#include <QEventLoop>
#include <QHash>
#include <QMutex>
#include <QRecursiveMutex>
#include <QSet>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <cstdio>
#include <cstring>
#include <string.h>
#include <termios.h>
#include <unistd.h>

namespace Atelier {

namespace {

const char *const kService = "Atelier";

struct Registry final
{
    QRecursiveMutex mutex; // recursive: the keychain's event loop may run code that opens a database
    QHash<QString, QString> passwords; // by displayString()
    QSet<QString> keychainRead;        // URLs whose keychain entry was looked for already
    QMutex promptMutex;
    DatabaseCredentials::Prompt prompt;
};

Registry &registry()
{
    static Registry r;
    return r;
}

QString keyOf(const DatabaseUrl &url)
{
    return url.displayString();
}

/// Runs a keychain job to its end; the error text when it did not reach the keychain or found no entry.
QKeychain::Error runKeychain(QKeychain::Job &job, const DatabaseUrl &url, QString *problem)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(keyOf(url));
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError && problem)
        *problem = job.errorString().isEmpty() ? DatabaseCredentials::tr("the keychain did not answer") : job.errorString();
    return job.error();
}

} // namespace

void DatabaseCredentials::remember(const DatabaseUrl &url, const QString &password)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (password.isEmpty())
        r.passwords.remove(keyOf(url));
    else
        r.passwords.insert(keyOf(url), password);
}

QString DatabaseCredentials::lookup(const DatabaseUrl &url)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    return r.passwords.value(keyOf(url));
}

QString DatabaseCredentials::passwordFor(const DatabaseUrl &url)
{
    if (!url.password.isEmpty() || url.isSqlite()) // an SQLite file has no password to look up
        return url.password;
    Registry &r = registry();
    // Held while the keychain answers, so two threads opening at once read it once.
    QMutexLocker lock(&r.mutex);
    const QString key = keyOf(url);
    if (const auto it = r.passwords.constFind(key); it != r.passwords.constEnd())
        return it.value();
    if (r.keychainRead.contains(key))
        return {};
    r.keychainRead.insert(key);
    // No entry, or no keychain on this computer: libpq's own sources come next, then the prompt.
    QKeychain::ReadPasswordJob read(QString::fromLatin1(kService));
    if (runKeychain(read, url, nullptr) != QKeychain::NoError || read.textData().isEmpty())
        return {};
    r.passwords.insert(key, read.textData());
    return read.textData();
}

Status DatabaseCredentials::storeInKeychain(const DatabaseUrl &url, const QString &password)
{
    QKeychain::WritePasswordJob write(QString::fromLatin1(kService));
    write.setTextData(password);
    QString problem;
    if (runKeychain(write, url, &problem) != QKeychain::NoError)
        return Error{tr("The password for %1 could not be stored in the system keychain: %2.").arg(url.displayString(), problem),
                     problem};
    remember(url, password);
    return Done{};
}

Result<bool> DatabaseCredentials::removeFromKeychain(const DatabaseUrl &url)
{
    QKeychain::DeletePasswordJob remove(QString::fromLatin1(kService));
    QString problem;
    const QKeychain::Error error = runKeychain(remove, url, &problem);
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        r.passwords.remove(keyOf(url));
    }
    if (error == QKeychain::EntryNotFound)
        return false;
    if (error != QKeychain::NoError)
        return Error{tr("The password for %1 could not be removed from the system keychain: %2.").arg(url.displayString(), problem),
                     problem};
    return true;
}

bool DatabaseCredentials::isPasswordError(const Error &error)
{
    // libpq's words: "fe_sendauth: no password supplied", "password authentication failed for user …".
    return error.detail.contains(QLatin1String("no password supplied"))
           || error.detail.contains(QLatin1String("password authentication failed"));
}

bool DatabaseCredentials::isWrongPassword(const Error &error)
{
    return error.detail.contains(QLatin1String("password authentication failed"));
}

void DatabaseCredentials::setPrompt(Prompt prompt)
{
    Registry &r = registry();
    QMutexLocker lock(&r.promptMutex);
    r.prompt = std::move(prompt);
}

std::optional<QString> DatabaseCredentials::ask(const DatabaseUrl &url, const QString &problem, const QString &tried)
{
    Registry &r = registry();
    QMutexLocker lock(&r.promptMutex);
    // Another thread may have asked while this one waited: its answer is worth a try first.
    if (const QString known = lookup(url); !known.isEmpty() && known != tried)
        return known;
    if (!r.prompt)
        return std::nullopt;
    const std::optional<QString> answer = r.prompt(url, problem);
    if (answer && !answer->isEmpty())
        remember(url, *answer);
    return answer && !answer->isEmpty() ? answer : std::nullopt;
}

std::optional<QString> DatabaseCredentials::readOnTerminal(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    termios saved{};
    const bool quiet = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios noEcho = saved;
        noEcho.c_lflag &= tcflag_t(~ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho);
    }
    char line[1024] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputc('\n', stderr);
    const size_t length = std::strcspn(line, "\r\n");
    const QString answer = QString::fromLocal8Bit(line, qsizetype(length));
    explicit_bzero(line, sizeof line);
    if (!read)
        return std::nullopt;
    return answer;
}

DatabaseCredentials::Prompt DatabaseCredentials::terminalPrompt()
{
    return [](const DatabaseUrl &url, const QString &problem) -> std::optional<QString> {
        if (!isatty(STDIN_FILENO))
            return std::nullopt;
        std::fprintf(stderr, "atelier: %s\n", qPrintable(problem));
        return readOnTerminal(tr("Password for %1: ").arg(url.displayString()));
    };
}

QList<DatabaseCredentials::ScrubbedArgument> DatabaseCredentials::scrubPasswordArguments(int argc, char **argv)
{
    QList<ScrubbedArgument> scrubbed;
    for (int i = 1; i < argc; ++i) {
        char *value = nullptr;
        if (std::strcmp(argv[i], "--database") == 0 && i + 1 < argc)
            value = argv[++i];
        else if (std::strncmp(argv[i], "--database=", 11) == 0)
            value = argv[i] + 11;
        if (!value)
            continue;
        const size_t length = std::strlen(value);
        const QString text = QString::fromLocal8Bit(value, qsizetype(length));
        const auto url = DatabaseUrl::parse(text);
        QByteArray kept;
        QString password;
        if (url) {
            const auto [start, size] = DatabaseUrl::passwordSpan(QByteArrayView(value, qsizetype(length)));
            if (url->password.isEmpty() || start < 0)
                continue;
            kept = QByteArray(value, qsizetype(start)) + QByteArray(value + start + size);
            password = url->password;
        } else {
            // It will be refused; until then it must not show what may be a password either.
            kept = DatabaseUrl::redacted(text).toLocal8Bit();
            if (kept == QByteArray(value) || size_t(kept.size()) > length)
                continue;
        }
        std::memset(value, 0, length);
        std::memcpy(value, kept.constData(), size_t(kept.size()));
        scrubbed.append({QString::fromLocal8Bit(kept), password});
    }
    return scrubbed;
}

QString DatabaseCredentials::commandLineWarning()
{
    return tr("Warning: a password in --database is visible to other users of this computer (ps); keep it in ~/.pgpass "
              "or PGPASSFILE, in the keychain (atelier db login), or type it when asked.");
}

} // namespace Atelier
