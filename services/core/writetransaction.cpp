#include "core/writetransaction.h"

#include "core/database.h"
#include "core/sqldialect.h"

namespace Atelier {

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        m_q.exec(QStringLiteral("ROLLBACK"));
}

Status WriteTransaction::begin(const QString &what)
{
    if (!m_q.exec(SqlDialect::of(m_db).isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN")))
        return Database::queryError(m_q, what);
    m_open = true;
    return Done{};
}

Status WriteTransaction::commit(const QString &what)
{
    if (!m_q.exec(QStringLiteral("COMMIT")))
        return Database::queryError(m_q, what);
    m_open = false;
    return Done{};
}

} // namespace Atelier
