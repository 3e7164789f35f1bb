#include "core/writetransaction.h"

#include "core/connectionloss.h"
#include "core/database.h"
#include "core/sqldialect.h"

#include <QHash>

namespace Atelier {

namespace {
/// The WriteTransactions open on each connection of this thread (a connection belongs to one thread).
thread_local QHash<QString, int> t_open;
} // namespace

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    if (m_level == 1) {
        m_q.exec(QStringLiteral("ROLLBACK"));
        ConnectionLoss::noteNotCommitted();
    } else {
        m_q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint());
        m_q.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint());
    }
    --t_open[m_db.connectionName()];
}

QString WriteTransaction::savepoint() const
{
    return QStringLiteral("atelier_write_%1").arg(m_level);
}

Status WriteTransaction::begin(const QString &what)
{
    int &open = t_open[m_db.connectionName()];
    m_level = open + 1;
    const QString sql = m_level > 1 ? QStringLiteral("SAVEPOINT ") + savepoint()
                                    : SqlDialect::of(m_db).beginWrite();
    if (!m_q.exec(sql)) {
        if (m_level == 1)
            ConnectionLoss::noteNotCommitted();
        return Database::queryError(m_q, what);
    }
    ++open;
    m_open = true;
    return Done{};
}

Status WriteTransaction::commit(const QString &what)
{
    if (!m_q.exec(m_level > 1 ? QStringLiteral("RELEASE SAVEPOINT ") + savepoint() : QStringLiteral("COMMIT"))) {
        if (m_level == 1)
            ConnectionLoss::noteCommitFailed(); // sent: the server may have committed before the answer was lost
        return Database::queryError(m_q, what);
    }
    if (m_level == 1)
        ConnectionLoss::noteCommitted();
    m_open = false;
    --t_open[m_db.connectionName()];
    return Done{};
}

} // namespace Atelier
