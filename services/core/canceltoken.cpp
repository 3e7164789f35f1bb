#include "canceltoken.h"

#include "database.h"

#include <libpq-fe.h>
#include <sqlite3.h>

namespace Atelier {

CancelToken::~CancelToken()
{
    detach();
}

void CancelToken::cancel()
{
    std::lock_guard lock(m_mutex);
    m_cancelled = true;
    if (m_sqlite)
        sqlite3_interrupt(m_sqlite);
    if (m_postgres) {
        char message[256];
        PQcancel(m_postgres, message, sizeof message);
    }
}

bool CancelToken::isCancelled() const
{
    std::lock_guard lock(m_mutex);
    return m_cancelled;
}

void CancelToken::attach(const QSqlDatabase &db)
{
    std::lock_guard lock(m_mutex);
    m_sqlite = Database::sqliteHandle(db);
    if (PGconn *conn = Database::postgresHandle(db))
        m_postgres = PQgetCancel(conn);
}

void CancelToken::detach()
{
    // Under the lock, so a late cancel() can never reach the next query run on the same connection.
    std::lock_guard lock(m_mutex);
    m_sqlite = nullptr;
    if (m_postgres)
        PQfreeCancel(m_postgres);
    m_postgres = nullptr;
}

QString CancelToken::cancelledMessage()
{
    return tr("Cancelled.");
}

} // namespace Atelier
