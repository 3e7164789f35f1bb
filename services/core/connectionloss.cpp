#include "core/connectionloss.h"

#include "core/database.h"
#include "core/databaseurl.h"

#include <libpq-fe.h>

namespace Atelier {

namespace {
/// What the change running on this thread did with its transactions (a change runs on one thread, start to end).
struct ChangeState
{
    int committed = 0;
    int notCommitted = 0;
    int commitFailed = 0;
};
thread_local ChangeState t_change;
} // namespace

bool ConnectionLoss::isLost(const QSqlDatabase &db)
{
    if (!db.isValid())
        return false;
    PGconn *pg = Database::postgresHandle(db);
    return pg && PQstatus(pg) == CONNECTION_BAD;
}

void ConnectionLoss::beginChange()
{
    t_change = {};
}

void ConnectionLoss::noteCommitted()
{
    ++t_change.committed;
}

void ConnectionLoss::noteNotCommitted()
{
    ++t_change.notCommitted;
}

void ConnectionLoss::noteCommitFailed()
{
    ++t_change.commitFailed;
}

Error ConnectionLoss::explainLostChange(const Error &error)
{
    const QString detail = error.message + QStringLiteral(" | ") + error.detail;
    // Surely not applied: every transaction of the change ended before its COMMIT, and the server rolls back what a
    // lost session left open. A COMMIT sent without an answer, or a statement outside a transaction, may have been.
    if (t_change.notCommitted > 0 && t_change.committed == 0 && t_change.commitFailed == 0)
        return Error{tr("The connection to the database was lost before the change was saved: it was not applied. "
                        "Try again."),
                     detail, ErrorCode::Database};
    return Error{tr("The connection to the database was lost while the change was being saved: whether it was applied "
                    "is unknown. Refresh the page to see whether it is there before trying again."),
                 detail, ErrorCode::Database};
}

void ConnectionLoss::announceReconnected(const DatabaseUrl &url)
{
    emit ConnectionEvents::instance()->reconnected(url.displayString());
}

ConnectionEvents *ConnectionEvents::instance()
{
    static ConnectionEvents *events = new ConnectionEvents; // lives as long as the program: emitted from any thread
    return events;
}

} // namespace Atelier
