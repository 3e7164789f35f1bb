#pragma once

#include "core/databaseurl.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace Atelier::Testing {

/// A plain SQL session of one PostgreSQL login, as psql would have: no Atelier code between an attacker and the
/// server (the attack tests), on a connection of its own removed when the session ends.
class SqlSession final
{
public:
    SqlSession(const DatabaseUrl &url, const QString &user, const QString &password);
    ~SqlSession();
    SqlSession(const SqlSession &) = delete;
    SqlSession &operator=(const SqlSession &) = delete;

    bool open() const { return m_open; }
    /// Why it did not open, or the last statement's error.
    QString error() const { return m_error; }
    QString lastError() const { return m_error; }
    QSqlDatabase db() const;
    /// Runs \a sql; on failure the server's message is kept in lastError().
    bool run(const QString &sql);
    /// The first column of the first row, or an invalid QVariant when the statement fails.
    QVariant value(const QString &sql);
    /// The rows \a sql changed, or -1 when it fails.
    int rows(const QString &sql);

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace Atelier::Testing
