#include "database.h"

#include "appsettings.h"
#include "connectionloss.h"
#include "databasecredentials.h"
#include "migrator.h"
#include "privatefiles.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTcpSocket>
#include <QThread>

#include <libpq-fe.h>
#include <optional>
#include <sqlite3.h>
#include <unistd.h>

namespace Atelier {

namespace {

/// How long an SQLite statement waits for another connection's write lock before it fails (QSQLITE_BUSY_TIMEOUT):
/// the console's runner and a command beside it take turns within it.
constexpr int kSqliteBusyWaitMs = 10000;

/// Removes this thread's connections when the thread ends, so worker threads leak nothing.
///
/// A QThread (a pool's thread) removes them as it finishes, in its finished() signal, before QThread::wait() and
/// QThreadPool::waitForDone() return: its thread_local objects are destroyed only afterwards, and a pool deleted
/// with the application let its threads remove their connections while the program's exit was destroying Qt SQL
/// (SIGSEGV after every test had passed, issue 16). The thread_local destructor is for the threads that do not
/// finish that way (the main thread at exit, a std::thread); it lets go of the finished() connection first.
struct ThreadConnections final
{
    QStringList names;
    QMetaObject::Connection onFinished;
    ~ThreadConnections()
    {
        QObject::disconnect(onFinished);
        clear();
    }
    void remember(const QString &name);
    void clear()
    {
        for (const QString &name : std::as_const(names)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        names.clear();
    }
};

thread_local ThreadConnections t_connections;

void ThreadConnections::remember(const QString &name)
{
    if (names.contains(name))
        return;
    names.append(name);
    if (!onFinished) {
        // Emitted on the finishing thread itself: t_connections is that thread's.
        onFinished = QObject::connect(QThread::currentThread(), &QThread::finished, [] { t_connections.clear(); });
    }
}

QString connectionName(const DatabaseUrl &url)
{
    const QByteArray key = QCryptographicHash::hash(url.toString().toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("atelier-%1-%2")
        .arg(QString::fromLatin1(key))
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
}

bool ownedByMe(const QFileInfo &info)
{
    return info.ownerId() == uint(::geteuid());
}

/// An existing database of ours that others may read becomes owner-only, with its journal files (SQLite gives new
/// ones the database's mode, existing ones keep theirs). By path only: connections may hold these files.
Status restrictDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = path + QLatin1String(suffix);
        const QFileInfo info(file);
        // A file of someone else's was shared by its owner on purpose: theirs to decide.
        if (!info.exists() || !ownedByMe(info) || !PrivateFiles::isShared(file))
            continue;
        if (auto s = PrivateFiles::restrictToOwner(file); !s)
            return s;
    }
    return Done{};
}

/// The SQLite files this process has checked and opened. Their header is read before the first connection only:
/// opening and closing the file with QFile once connections hold it would drop their POSIX locks.
struct OpenedFiles final
{
    QMutex mutex;
    QSet<QString> paths;
};

OpenedFiles &openedFiles()
{
    static OpenedFiles files;
    return files;
}

Status checkSqliteHeader(const QFileInfo &info)
{
    OpenedFiles &opened = openedFiles();
    const QMutexLocker lock(&opened.mutex); // a second thread waits until the first has closed the file
    const QString path = info.absoluteFilePath();
    if (opened.paths.contains(path))
        return Done{};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Database::tr("Cannot read \"%1\": %2").arg(info.filePath(), file.errorString()), {}};
    const QByteArray header = file.read(16);
    file.close();
    if (info.size() > 0 && header != QByteArray("SQLite format 3\0", 16))
        return Error{Database::tr("\"%1\" is not a SQLite database: Atelier leaves it as it is.").arg(info.filePath()), {}};
    opened.paths.insert(path);
    return Done{};
}

void markOpened(const QFileInfo &info)
{
    OpenedFiles &opened = openedFiles();
    const QMutexLocker lock(&opened.mutex);
    opened.paths.insert(info.absoluteFilePath());
}

Status checkSqliteFile(const QString &path, Database::OpenMode mode)
{
    const QFileInfo info(path);
    if (!info.exists() && mode == Database::OpenMode::MustExist)
        return Error{Database::tr("There is no database at \"%1\".").arg(path), {}};
    const QString folder = info.absolutePath();
    // The embedded database's folder is the app's own: private, also when an older version made it readable by all.
    const bool defaultFolder = folder == QFileInfo(AppSettings::defaultDatabasePath()).absolutePath();
    if (info.exists()) {
        if (info.isDir())
            return Error{Database::tr("\"%1\" is a folder, not a SQLite database file.").arg(path), {}};
        // Root ignores permission bits, so they are read explicitly: a file marked read-only stays untouched.
        const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup
                               | QFileDevice::WriteOther;
        if (!info.isWritable() || !(info.permissions() & writeBits))
            return Error{Database::tr("\"%1\" is read-only: Atelier needs to write to its database. "
                                      "Make it writable or choose another file.").arg(path), {}};
        if (auto header = checkSqliteHeader(info); !header)
            return header;
        if (defaultFolder && ownedByMe(QFileInfo(folder)))
            return PrivateFiles::makeFolder(folder);
        return Done{};
    }
    if (!QFileInfo::exists(folder) || (defaultFolder && ownedByMe(QFileInfo(folder)))) {
        auto made = PrivateFiles::makeFolder(folder);
        if (!made && !QFileInfo::exists(folder))
            return Error{Database::tr("Cannot create the folder \"%1\" for the database.").arg(folder), made.error().detail};
        if (!made)
            return made;
    }
    if (!QFileInfo(folder).isWritable())
        return Error{Database::tr("The folder \"%1\" is read-only: the database cannot be created there.")
                         .arg(folder), {}};
    // Made owner-only before SQLite fills it: SQLite would create it with the umask's mode (0644), and gives its
    // -wal and -shm files the database's mode. No connection can hold a file that did not exist.
    if (auto s = PrivateFiles::createEmpty(path); !s)
        return s;
    markOpened(info);
    return Done{};
}

bool serverAnswers(const DatabaseUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host, quint16(url.port));
    return socket.waitForConnected(3000);
}

Error postgresOpenError(const DatabaseUrl &url, const QString &password, QString detail)
{
    // libpq does not repeat the password; should a driver ever do so, it still goes no further. (A password of a
    // few letters would turn every such letter of the message into stars, and libpq never echoes it.)
    if (password.size() >= 4)
        detail.replace(password, QStringLiteral("***"));
    const QString where = QStringLiteral("%1:%2").arg(url.host).arg(url.port);
    if (detail.contains(QLatin1String("no password supplied")))
        return Error{Database::tr("The PostgreSQL server at %1 wants a password for \"%2\" and none was given: keep it in "
                                  "~/.pgpass (or the file PGPASSFILE names) or in the keychain (atelier db login), or type "
                                  "it when Atelier asks (in the console, or on a terminal).")
                         .arg(where, url.user),
                     detail};
    if (detail.contains(QLatin1String("password authentication failed")))
        return Error{Database::tr("Wrong password, or no such user, for \"%1\" on the PostgreSQL server at %2.")
                         .arg(url.user, where), detail};
    if (detail.contains(QLatin1String("does not exist")) && detail.contains(QLatin1String("database")))
        return Error{Database::tr("The database \"%1\" does not exist on the PostgreSQL server at %2.")
                         .arg(url.database, where), detail};
    if (detail.contains(QLatin1String("role")) && detail.contains(QLatin1String("does not exist")))
        return Error{Database::tr("The PostgreSQL server at %1 has no user \"%2\".").arg(where, url.user), detail};
    // Whether the server answers at all does not depend on the language of its messages.
    if (!serverAnswers(url))
        return Error{Database::tr("Cannot reach the PostgreSQL server at %1: is it running, and is the address right?")
                         .arg(where), detail};
    return Error{Database::tr("Cannot open the PostgreSQL database %1: %2").arg(url.displayString(), detail.trimmed()),
                 detail};
}

/// Whether an idle PostgreSQL connection is still there. A server that restarted or ended the session (for instance
/// pg_terminate_backend) has sent its last words and closed the socket, which libpq only notices when it reads: read
/// what has arrived, without waiting, so that a dropped connection is found before a statement is sent on it.
bool stillConnected(PGconn *pg)
{
    if (PQstatus(pg) != CONNECTION_OK)
        return false;
    if (PQtransactionStatus(pg) != PQTRANS_IDLE)
        return true; // busy or in a transaction: not ours to read now
    // Notifications read here stay in libpq's queue, where WorkflowWake drains them (the live listener's connection
    // is opened once and never comes back here while it listens). The server's last words and its closing may take
    // two reads: the first returns the words, the second the end.
    for (int read = 0; read < 2; ++read) {
        if (PQconsumeInput(pg) != 1 || PQstatus(pg) != CONNECTION_OK)
            return false;
    }
    return true;
}

} // namespace

Result<QSqlDatabase> Database::open(const DatabaseUrl &url, OpenMode mode)
{
    const QString name = connectionName(url);
    bool dropped = false; // an open connection the server ended: said once it is open again
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // A dropped PostgreSQL connection reads as not open (QPSQL asks libpq), but keeps its handle until closed.
        PGconn *pg = postgresHandle(db);
        if (pg ? stillConnected(pg) : db.isOpen())
            return db;
        dropped = pg != nullptr;
        db.close(); // the server went away: reconnect below
    }

    if (url.isSqlite()) { // a local file to check and prepare; PostgreSQL is a server to connect to (below)
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return Error{tr("The Qt SQLite driver (QSQLITE) is not installed."), {}};
        if (auto check = checkSqliteFile(url.path, mode); !check)
            return check.error();
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        t_connections.remember(name);
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kSqliteBusyWaitMs));
        if (!db.open())
            return Error{tr("Cannot open the SQLite database \"%1\": %2").arg(url.path, db.lastError().text()),
                         db.lastError().text()};
        // Another program's database is left exactly as it is: no journal change, no tables.
        if (auto ours = Migrator::checkOwnership(db); !ours) {
            db.close();
            return Error{tr("\"%1\" holds another program's tables and no Atelier schema: Atelier leaves it as it is.")
                             .arg(url.path),
                         ours.error().detail};
        }
        // Only once the file is known to be Atelier's: another program's file keeps its mode too.
        if (auto restricted = restrictDatabase(url.path); !restricted) {
            db.close();
            return restricted.error();
        }
        QSqlQuery q(db);
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
            // Turning a new file to WAL needs it to itself: while another connection writes (a second console
            // migrating the same new file), SQLite answers SQLITE_BUSY at once, without its busy handler (it would
            // deadlock), so that one statement is tried again for as long as the busy timeout.
            bool done = q.exec(QString::fromLatin1(pragma));
            for (QDeadlineTimer deadline(kSqliteBusyWaitMs); !done && !deadline.hasExpired();) {
                const int code = q.lastError().nativeErrorCode().toInt();
                if ((code & 0xff) != SQLITE_BUSY && (code & 0xff) != SQLITE_LOCKED)
                    break;
                QThread::msleep(20);
                done = q.exec(QString::fromLatin1(pragma));
            }
            if (!done) {
                const QString detail = q.lastError().text();
                db.close();
                if (detail.contains(QLatin1String("not a database")))
                    return Error{tr("\"%1\" is not a SQLite database: Atelier leaves it as it is.").arg(url.path), detail};
                if (detail.contains(QLatin1String("readonly")))
                    return Error{tr("\"%1\" is read-only: Atelier needs to write to its database.").arg(url.path), detail};
                return Error{tr("Cannot prepare the SQLite database \"%1\": %2").arg(url.path, detail), detail};
            }
        }
        return db;
    }

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{tr("The Qt PostgreSQL driver (QPSQL) is not installed."), {}};
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    t_connections.remember(name);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setUserName(url.user);
    db.setDatabaseName(url.database);
    QStringList options = {QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=Atelier")};
    if (!url.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + url.sslMode;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    // Without a password in the URL: remembered, keychain, else libpq's own (.pgpass, PGPASSFILE), else a prompt.
    QString password = DatabaseCredentials::passwordFor(url);
    for (int attempt = 0;; ++attempt) {
        db.setPassword(password);
        if (db.open())
            break;
        Error error = postgresOpenError(url, password, db.lastError().text());
        db.setPassword(QString());
        if (!url.password.isEmpty() || attempt == 3 || !DatabaseCredentials::isPasswordError(error))
            return error;
        const std::optional<QString> answer = DatabaseCredentials::ask(url, error.message, password);
        if (!answer)
            return error;
        password = *answer;
    }
    QSqlQuery q(db);
    // Notices (such as "already exists, skipping") are not for people; warnings and errors still are.
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    // Analyses are large enough for the planner to JIT-compile them, and on a brand's worth of rows the
    // compilation costs more than it saves (seconds on a 2-core machine): interpreted execution it is.
    q.exec(QStringLiteral("SET jit = off"));
    // The client as the audit trail records it (PostgreSQL shows it in pg_stat_activity too).
    q.prepare(QStringLiteral("SELECT set_config('application_name', ?, false)"));
    q.addBindValue(QStringLiteral("Atelier/%1 (%2)").arg(QStringLiteral(ATELIER_VERSION), QSysInfo::prettyProductName()).left(63));
    q.exec();
    // Funnels and journeys sort a brand's events per user; the default 4 MB sends that to disk.
    q.exec(QStringLiteral("SET work_mem = '64MB'"));
    if (!q.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
        return Error{tr("Cannot configure the PostgreSQL session: %1").arg(q.lastError().text()), q.lastError().text()};
    if (dropped)
        ConnectionLoss::announceReconnected(url);
    return db;
}

void Database::closeThreadConnections()
{
    t_connections.clear();
}

sqlite3 *Database::sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

pg_conn *Database::postgresHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && (qstrcmp(v.typeName(), "PGconn*") == 0 || qstrcmp(v.typeName(), "pg_conn*") == 0))
        return *static_cast<PGconn *const *>(v.data());
    return nullptr;
}

Status Database::execScript(const QSqlDatabase &db, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3 *handle = sqliteHandle(db)) {
        char *message = nullptr;
        if (sqlite3_exec(handle, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString detail = QString::fromUtf8(message);
            sqlite3_free(message);
            return Error{detail, detail};
        }
        return Done{};
    }
    if (PGconn *handle = postgresHandle(db)) {
        PGresult *res = PQexec(handle, utf8.constData());
        const ExecStatusType status = PQresultStatus(res);
        const QString detail = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
        PQclear(res);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            return Error{detail, detail};
        return Done{};
    }
    return Error{tr("The database connection is not open."), {}};
}

QString Database::currentUser(const QSqlDatabase &db)
{
    if (sqliteHandle(db))
        return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("local")));
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT current_user")) && q.next())
        return q.value(0).toString();
    return db.userName();
}

namespace {
/// What kind of failure a statement's error is, from PostgreSQL's SQLSTATE or SQLite's extended result code.
/// SQLite's SQLITE_BUSY or SQLITE_LOCKED (and their extended codes): another connection held the write lock
/// longer than the busy timeout.
bool sqliteBusy(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    bool numeric = false;
    const int code = native.toInt(&numeric);
    return numeric && native.size() < 5 && ((code & 0xff) == 5 || (code & 0xff) == 6);
}

ErrorCode codeOf(const QSqlError &error)
{
    const QString native = error.nativeErrorCode();
    if (native.size() == 5) {
        // PostgreSQL: a five-character SQLSTATE (SQLite's codes have at most four digits).
        if (native == QLatin1String("42501"))
            return ErrorCode::PermissionDenied;
        if (native == QLatin1String("23505"))
            return ErrorCode::AlreadyExists;
        if (native == QLatin1String("40001") || native == QLatin1String("40P01") || native == QLatin1String("55P03"))
            return ErrorCode::Conflict;
        if (native.startsWith(QLatin1String("23")) || native.startsWith(QLatin1String("22")))
            return ErrorCode::InvalidInput;
        if (native == QLatin1String("57014"))
            return ErrorCode::Cancelled;
    }
    bool numeric = false;
    const int sqlite = native.toInt(&numeric);
    if (numeric && native.size() < 5) {
        // SQLite: SQLITE_CONSTRAINT_UNIQUE / PRIMARYKEY, other constraints, BUSY/LOCKED, INTERRUPT, CORRUPT/NOTADB.
        if (sqlite == 2067 || sqlite == 1555)
            return ErrorCode::AlreadyExists;
        if ((sqlite & 0xff) == 19)
            return ErrorCode::InvalidInput;
        if ((sqlite & 0xff) == 5 || (sqlite & 0xff) == 6)
            return ErrorCode::Conflict;
        if (sqlite == 9)
            return ErrorCode::Cancelled;
        if ((sqlite & 0xff) == 11 || sqlite == 26)
            return ErrorCode::Corrupt;
    }
    return ErrorCode::Database;
}
} // namespace

Error Database::queryError(const QSqlQuery &query, const QString &what)
{
    const QString detail = query.lastError().text();
    if (sqliteBusy(query.lastError())) // not SQLite's bare "database is locked": who may hold it, and what to do
        return Error{tr("%1 failed: the database is busy. Another program (an open console, a workflow runner or a command) "
                        "kept it locked for more than %2 s; try again in a moment.")
                         .arg(what)
                         .arg(kSqliteBusyWaitMs / 1000),
                     detail + QStringLiteral(" [") + query.lastQuery() + QLatin1Char(']'), codeOf(query.lastError())};
    return Error{tr("%1 failed: %2").arg(what, query.lastError().databaseText().trimmed().isEmpty()
                                                   ? detail
                                                   : query.lastError().databaseText().trimmed()),
                 detail + QStringLiteral(" [") + query.lastQuery() + QLatin1Char(']'), codeOf(query.lastError())};
}

} // namespace Atelier
