#pragma once

#include <QSqlDatabase>

#include <atomic>
#include <memory>

namespace Atelier {

class LiveUpdates;

/// How an idle workflow runner waits (WorkflowEngine::runUntil): on PostgreSQL it LISTENs on atelier_workflows
/// (LiveUpdates on the runner's own connection; migration 0022 sends a NOTIFY when an execution is queued) and sleeps
/// until the notification, the deadline or the stop flag, whichever comes first; on SQLite, or when LISTEN fails, it
/// sleeps in 50 ms slices until the deadline or the stop flag.
class WorkflowWake final
{
public:
    /// Listens on \a db, a connection of the calling thread that stays open while this lives.
    explicit WorkflowWake(const QSqlDatabase &db);
    ~WorkflowWake();
    WorkflowWake(const WorkflowWake &) = delete;
    WorkflowWake &operator=(const WorkflowWake &) = delete;

    bool isListening() const;
    /// Returns after \a ms, on a notification (one that arrived while the connection ran a query included), or once
    /// \a stop is set.
    void wait(qint64 ms, const std::atomic_bool &stop);

private:
    QSqlDatabase m_db;
    std::unique_ptr<LiveUpdates> m_live;
    bool m_notified = false;
};

} // namespace Atelier
