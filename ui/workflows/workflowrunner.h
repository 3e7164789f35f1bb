#pragma once

#include "core/request.h"
#include "core/result.h"
#include "workflows/workflowengine.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QPushButton;

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

    /// The database's data key for this session (never stored): signed webhooks run with it; the workflows skipped
    /// for want of it are claimed again at once. Null: the keychain opens it when it can.
    void setDataKey(std::shared_ptr<DataKey> key);
    bool hasDataKey() const { return m_dataKey != nullptr; }
    /// The workflows whose executions this console hands back for want of the data key, until when (UTC).
    QHash<QString, QDateTime> skipped() const { return m_skipUntil; }
    /// How long a workflow handed back for want of the key is not claimed again by this console.
    static constexpr int kSkipMs = 5 * 60 * 1000;
    /// Opens the passphrase dialog and unlocks the data key off the GUI thread (the status bar's "Unlock…").
    void askForDataKey();

signals:
    /// A pass ended; its counts.
    void passed(const Atelier::RunnerPass &pass);
    void problem(const QString &message);
    /// A step needs the data key, which the keychain does not open (a passphrase wraps it): said once until it is
    /// given; \a workflows names the workflows whose executions were handed back.
    void dataKeyNeeded(const QStringList &workflows);
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
    Request<Result<std::shared_ptr<DataKey>>> m_unlock;
    std::shared_ptr<DataKey> m_dataKey;
    QHash<QString, QDateTime> m_skipUntil; ///< workflow id → not claimed before (UTC)
    bool m_asked = false;                  ///< dataKeyNeeded said since the last key given (or database changed)
    QPointer<QPushButton> m_unlockButton;  ///< in the main window's status bar while the key is wanted

    void offerUnlock(const QStringList &workflows);
    void dropUnlockButton();
};

} // namespace Atelier
