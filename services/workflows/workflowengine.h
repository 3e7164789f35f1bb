#pragma once

#include "core/databaseurl.h"
#include "workflows/workflow.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>

class QSqlDatabase;

namespace Atelier {

class CancelToken;
class DataKey;

struct RunnerOptions final
{
    QString name;                 ///< this runner's name in lease_owner; empty: host:pid:counter
    qint64 leaseMs = 30000;       ///< renewed while a step runs
    /// Not used yet: a runner runs one execution at a time on its thread (start several runners for more).
    int maxConcurrent = 2;
    /// Where executions act; empty: everything the connection's identity may run.
    QString brandId;
    /// The database's data key, which opens webhook secrets (unlocked with a passphrase by `workflow runner
    /// --passphrase-stdin`); null: unlocked with this desktop's keychain when a webhook needs it.
    std::shared_ptr<DataKey> dataKey;
    /// The console's runner: when a step needs the data key (a signed webhook) and neither dataKey nor the keychain
    /// opens it, the execution is handed back (lease released, attempt not counted) instead of failing, and its
    /// workflow is named in RunnerPass::needKey; false (`workflow runner`): the step fails for want of the key.
    bool handBackWithoutKey = false;
    /// Workflows whose executions are not claimed (the console's, while it waits for the data key).
    QStringList skipWorkflows;
};

/// What one scheduler tick and one pass of a runner did (for the runner's log and the bench).
struct RunnerPass final
{
    int scheduled = 0;   ///< executions created for due schedule instants
    int claimed = 0;
    int completed = 0;
    int failed = 0;
    int retried = 0;     ///< steps queued again after a failure, with backoff
    QStringList needKey;      ///< workflows whose executions were handed back for want of the data key (ids)
    QStringList needKeyNames; ///< and their names, in the same order
};

/// Runs workflow executions (docs/workflows.md, "The engine"). Executions are rows claimed by runners:
/// `SELECT … FOR UPDATE SKIP LOCKED` on PostgreSQL, `BEGIN IMMEDIATE` on SQLite; a runner claims only executions
/// whose run-as identity is its own connection's; it holds a lease it renews while a step runs; an expired lease
/// lets another runner take the execution over from its last completed step (completed steps are never run again;
/// a webhook re-sent after a crash carries the same idempotency key, "<execution>:<step>"). Schedules: each due
/// instant becomes exactly one execution whatever the number of runners (unique (workflow_id, scheduled_for),
/// insert-if-absent); instants missed while no runner ran follow the workflow's misfire policy.
class WorkflowEngine final
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowEngine)
public:
    /// Why an automatic execution that never started was cancelled: its workflow was paused (or archived) first.
    static QString pausedReason();
    /// Creates the executions of the schedule instants due now (and the missed ones, per misfire policy).
    static Result<int> scheduleDue(const QSqlDatabase &db, const QDateTime &now);
    /// Claims executions that are due (queued, or waiting past run_after, or running with an expired lease) and
    /// runs them to their end or their next wait, on this thread and connection.
    static Result<RunnerPass> runOnce(const QSqlDatabase &db, const RunnerOptions &options, CancelToken *cancel = nullptr);
    /// Runs one execution now (the console's "Test run", `workflow run --wait`): claims it, runs it, returns it.
    static Result<WorkflowExecution> runNow(const QSqlDatabase &db, const QString &executionId, const RunnerOptions &options,
                                            CancelToken *cancel = nullptr);
    /// Loops scheduleDue + runOnce until \a stop (SIGTERM for `workflow runner`), sleeping on a condition, woken by
    /// LISTEN/NOTIFY on PostgreSQL when an execution is queued; finishes or hands back (lease released) its steps.
    static Status runUntil(const DatabaseUrl &url, const RunnerOptions &options, const std::atomic_bool &stop,
                           const std::function<void(const RunnerPass &)> &progress = {});
};

} // namespace Atelier
