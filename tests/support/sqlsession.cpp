#include "sqlsession.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Atelier::Testing {

SqlSession::SqlSession(const DatabaseUrl &url, const QString &user, const QString &password)
    : m_name(QStringLiteral("sql-session-") + QUuid::createUuid().toString(QUuid::Id128))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    db.setUserName(user);
    db.setPassword(password);
    m_open = db.open();
    m_error = m_open ? QString() : db.lastError().text();
}

SqlSession::~SqlSession()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase SqlSession::db() const
{
    return QSqlDatabase::database(m_name, false);
}

bool SqlSession::run(const QString &sql)
{
    QSqlQuery q(db());
    const bool ok = q.exec(sql);
    m_error = ok ? QString() : q.lastError().text();
    return ok;
}

QVariant SqlSession::value(const QString &sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next()) {
        m_error = q.lastError().text();
        return {};
    }
    return q.value(0);
}

int SqlSession::rows(const QString &sql)
{
    QSqlQuery q(db());
    if (!q.exec(sql)) {
        m_error = q.lastError().text();
        return -1;
    }
    return q.numRowsAffected();
}

} // namespace Atelier::Testing
