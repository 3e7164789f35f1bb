#pragma once

#include "core/request.h"
#include "core/result.h"
#include "workflows/workflowengine.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace Atelier {

/// The workflow runner the console runs while it is open, whatever page is shown (MainWindow owns it, as it owns the
/// generation queue; the Workflows page shows its state): every few seconds, on
/// a pool thread of its own and never on the GUI thread, the schedules that are due become executions and the
/// executions this identity may run are claimed and run (WorkflowEngine::scheduleDue, WorkflowEngine::runOnce).
/// Going away cancels the pass in flight (the engine stops between steps and hands back what it holds); nothing waits.
class WorkflowRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowRunner)
public:
    explicit WorkflowRunner(QObject *parent = nullptr);
    ~WorkflowRunner() override;

    /// Runs against \a url from now on (a pass on the previous database is cancelled); an empty URL stops it.
    void setDatabase(const DatabaseUrl &url);
    /// While held, no new pass starts (a test run in the editor claims its own execution).
    void setHeld(bool held);
    /// A pass now, if none is running.
    void tick();
    bool isPassRunning() const { return m_pass.isRunning(); }
    /// Whether it runs (a database is set).
    bool isOn() const { return m_timer.isActive(); }
    int passes() const { return m_passes; }
    /// When the last pass ended (UTC), invalid before the first; and whether it ended well.
    QDateTime lastPassAt() const { return m_lastPassAt; }
    QString lastProblem() const { return m_lastProblem; }
    static constexpr int kIntervalMs = 2000;

signals:
    /// A pass ended; its counts.
    void passed(const Atelier::RunnerPass &pass);
    void problem(const QString &message);
    /// On or off, or a pass ended.
    void stateChanged();

private:
    DatabaseUrl m_url;
    QTimer m_timer;
    bool m_held = false;
    int m_passes = 0;
    QDateTime m_lastPassAt;
    QString m_lastProblem;
    Request<Result<RunnerPass>> m_pass;
};

} // namespace Atelier
