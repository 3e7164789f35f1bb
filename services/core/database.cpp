#include "database.h"

#include "migrator.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTcpSocket>
#include <QThread>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace Atelier {

namespace {

/// Removes this thread's connections when the thread ends, so worker threads leak nothing.
struct ThreadConnections final
{
    QStringList names;
    ~ThreadConnections() { clear(); }
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

QString connectionName(const DatabaseUrl &url)
{
    const QByteArray key = QCryptographicHash::hash(url.toString().toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QStringLiteral("atelier-%1-%2")
        .arg(QString::fromLatin1(key))
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
}

Status checkSqliteFile(const QString &path, Database::OpenMode mode)
{
    const QFileInfo info(path);
    if (!info.exists() && mode == Database::OpenMode::MustExist)
        return Error{Database::tr("There is no database at \"%1\".").arg(path), {}};
    if (info.exists()) {
        if (info.isDir())
            return Error{Database::tr("\"%1\" is a folder, not a SQLite database file.").arg(path), {}};
        // Root ignores permission bits, so they are read explicitly: a file marked read-only stays untouched.
        const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup
                               | QFileDevice::WriteOther;
        if (!info.isWritable() || !(info.permissions() & writeBits))
            return Error{Database::tr("\"%1\" is read-only: Atelier needs to write to its database. "
                                      "Make it writable or choose another file.").arg(path), {}};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{Database::tr("Cannot read \"%1\": %2").arg(path, file.errorString()), {}};
        const QByteArray header = file.read(16);
        if (info.size() > 0 && header != QByteArray("SQLite format 3\0", 16))
            return Error{Database::tr("\"%1\" is not a SQLite database: Atelier leaves it as it is.").arg(path), {}};
        return Done{};
    }
    const QFileInfo dir(info.absolutePath());
    if (!dir.exists() && !QDir().mkpath(dir.absoluteFilePath()))
        return Error{Database::tr("Cannot create the folder \"%1\" for the database.").arg(dir.absoluteFilePath()), {}};
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Error{Database::tr("The folder \"%1\" is read-only: the database cannot be created there.")
                         .arg(info.absolutePath()), {}};
    return Done{};
}

bool serverAnswers(const DatabaseUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host, quint16(url.port));
    return socket.waitForConnected(3000);
}

Error postgresOpenError(const DatabaseUrl &url, const QString &detail)
{
    const QString where = QStringLiteral("%1:%2").arg(url.host).arg(url.port);
    if (detail.contains(QLatin1String("password authentication failed"))
        || detail.contains(QLatin1String("no password supplied")))
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

} // namespace

Result<QSqlDatabase> Database::open(const DatabaseUrl &url, OpenMode mode)
{
    const QString name = connectionName(url);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        PGconn *pg = db.isOpen() ? postgresHandle(db) : nullptr;
        if (db.isOpen() && (!pg || PQstatus(pg) == CONNECTION_OK))
            return db;
        db.close(); // the server went away: reconnect below
    }

    if (url.isSqlite()) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return Error{tr("The Qt SQLite driver (QSQLITE) is not installed."), {}};
        if (auto check = checkSqliteFile(url.path, mode); !check)
            return check.error();
        QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                       : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!t_connections.names.contains(name))
            t_connections.names.append(name);
        db.setDatabaseName(url.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
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
        QSqlQuery q(db);
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
            if (!q.exec(QString::fromLatin1(pragma))) {
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
    if (!t_connections.names.contains(name))
        t_connections.names.append(name);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setUserName(url.user);
    db.setPassword(url.password);
    db.setDatabaseName(url.database);
    QStringList options = {QStringLiteral("connect_timeout=5"), QStringLiteral("application_name=Atelier")};
    if (!url.sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + url.sslMode;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return postgresOpenError(url, db.lastError().text());
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

Error Database::queryError(const QSqlQuery &query, const QString &what)
{
    const QString detail = query.lastError().text();
    return Error{tr("%1 failed: %2").arg(what, query.lastError().databaseText().trimmed().isEmpty()
                                                   ? detail
                                                   : query.lastError().databaseText().trimmed()),
                 detail + QStringLiteral(" [") + query.lastQuery() + QLatin1Char(']')};
}

} // namespace Atelier
