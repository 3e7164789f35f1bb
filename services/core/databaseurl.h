#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <utility>

namespace Atelier {

/// Where a database lives: `sqlite:///path/file.db` or `postgresql://user@host[:port]/db[?sslmode=…]`.
/// A password in the URL is accepted, but it is better kept out of it (see DatabaseCredentials).
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
    /// The full URL, password included, for this process only (never settings, logs or command lines).
    QString toString() const;

    /// \a text with anything that may be a password taken out, for messages about text that did not parse:
    /// from the first ':' of the user information up to the last '@', whatever the rest looks like.
    static QString redacted(const QString &text);
    /// Where the password of a well-formed \a text is, as typed (still percent-encoded): the index of the ':' that
    /// starts it and the length up to the '@' that ends it; {-1, 0} when there is none.
    static std::pair<qsizetype, qsizetype> passwordSpan(QByteArrayView text);

private:
    QString compose(bool withPassword) const;
};

} // namespace Atelier
