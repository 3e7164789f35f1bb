#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Atelier {

/// Where a database lives: `sqlite:///path/file.db` or
/// `postgresql://user[:password]@host[:port]/db[?sslmode=…]`.
struct DatabaseUrl final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
public:
    enum class Kind { Sqlite, Postgresql };

    Kind kind = Kind::Sqlite;
    QString path;     // SQLite file
    QString host;     // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString sslMode;

    static Result<DatabaseUrl> parse(const QString &text);
    static DatabaseUrl sqliteFile(const QString &path);

    bool isSqlite() const { return kind == Kind::Sqlite; }
    /// The URL as it can be shown or logged: never contains the password.
    QString displayString() const;
    /// The full URL, password included, for settings and child processes.
    QString toString() const;

private:
    QString compose(bool withPassword) const;
};

} // namespace Atelier
