#pragma once

#include "databaseurl.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

struct sqlite3;
struct pg_conn;
class QSqlQuery;

namespace Atelier {

/// Opens databases named by a DatabaseUrl, one named connection per thread, and gives access to
/// the native handles where Qt SQL has no API (multi-statement scripts, COPY).
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    /// This thread's connection to \a url, opened and configured on first use, and reopened if the
    /// server dropped it. SQLite: WAL journal, foreign keys on; a file that holds another program's
    /// tables is refused untouched. PostgreSQL: UTC session time zone. With MustExist a missing SQLite
    /// file is an error instead of a new database.
    enum class OpenMode { CreateIfMissing, MustExist };

    static Result<QSqlDatabase> open(const DatabaseUrl &url, OpenMode mode = OpenMode::CreateIfMissing);
    /// Closes and forgets this thread's connections (other threads keep theirs).
    static void closeThreadConnections();
    /// Runs a script of several statements through the native driver.
    static Status execScript(const QSqlDatabase &db, const QString &sql);
    static sqlite3 *sqliteHandle(const QSqlDatabase &db);
    static pg_conn *postgresHandle(const QSqlDatabase &db);
    /// Who the connection acts as: the PostgreSQL role, or the local account for SQLite.
    static QString currentUser(const QSqlDatabase &db);
    /// A message for a failed query, in words people understand.
    static Error queryError(const QSqlQuery &query, const QString &what);
};

} // namespace Atelier
