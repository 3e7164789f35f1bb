#include "workflows/workflowrunner.h"

#include "core/passworddialog.h"
#include "security/secrets.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QThreadPool>

namespace Atelier {

namespace {

/// One thread for the runner's passes: a long step (an analysis, a slow webhook) holds it, never a thread of the
/// global pool that thumbnails and lists need. A child of the application: its thread ends with it.
QThreadPool *runnerPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("workflowRunnerPool"));
        pool->setMaxThreadCount(1);
    }
    return pool;
}

} // namespace

WorkflowRunner::WorkflowRunner(QObject *parent) : QObject(parent), m_pass(this, runnerPool()), m_unlock(this)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &WorkflowRunner::tick);
}

WorkflowRunner::~WorkflowRunner() = default; // m_pass cancels the pass in flight; its thread finishes on its own

void WorkflowRunner::setDatabase(const DatabaseUrl &url)
{
    if (url.toString() == m_url.toString())
        return;
    m_pass.cancel();
    m_unlock.cancel();
    m_url = url;
    // Another database: its own data key, asked again when needed.
    m_dataKey.reset();
    m_skipUntil.clear();
    m_asked = false;
    dropUnlockButton();
    if (m_url.toString().isEmpty()) {
        m_timer.stop();
        emit stateChanged();
        return;
    }
    m_timer.start();
    emit stateChanged();
    tick();
}

void WorkflowRunner::setHeld(bool held)
{
    m_held = held;
}

void WorkflowRunner::tick()
{
    if (m_held || m_pass.isRunning() || m_url.toString().isEmpty())
        return;
    const DatabaseUrl url = m_url;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList skip;
    for (auto it = m_skipUntil.begin(); it != m_skipUntil.end();) {
        if (it.value() <= now) {
            it = m_skipUntil.erase(it);
        } else {
            skip.append(it.key());
            ++it;
        }
    }
    const std::shared_ptr<DataKey> key = m_dataKey;
    // The connection is not attached to the token: a cancel stops the engine between steps (it records each step
    // and hands back its lease), never in the middle of one of its transactions.
    m_pass.start(
        [url, skip, key](CancelToken &token) -> Result<RunnerPass> {
            auto db = Database::open(url, Database::OpenMode::MustExist);
            if (!db)
                return db.error();
            auto scheduled = WorkflowEngine::scheduleDue(db.value(), QDateTime::currentDateTimeUtc());
            if (!scheduled)
                return scheduled.error();
            if (token.isCancelled()) {
                RunnerPass none;
                none.scheduled = scheduled.value();
                return none;
            }
            RunnerOptions options;
            options.maxConcurrent = 1;
            options.dataKey = key;
            options.handBackWithoutKey = true; // handed back for a runner with the key, never failed for want of it
            options.skipWorkflows = skip;
            auto pass = WorkflowEngine::runOnce(db.value(), options, &token);
            if (!pass)
                return pass.error();
            RunnerPass out = pass.value();
            out.scheduled += scheduled.value();
            return out;
        },
        [this](const Result<RunnerPass> &pass) {
            ++m_passes;
            m_lastPassAt = QDateTime::currentDateTimeUtc();
            if (!pass) {
                // Said once, not every two seconds.
                const bool again = pass.error().message == m_lastProblem;
                m_lastProblem = pass.error().message;
                if (!again)
                    emit problem(pass.error().message);
                emit stateChanged();
                return;
            }
            m_lastProblem.clear();
            if (!pass->needKey.isEmpty()) {
                const QDateTime until = QDateTime::currentDateTimeUtc().addMSecs(kSkipMs);
                for (const QString &id : pass->needKey)
                    m_skipUntil.insert(id, until);
                if (!m_asked) { // asked once, not at every pass
                    m_asked = true;
                    emit dataKeyNeeded(pass->needKeyNames);
                    offerUnlock(pass->needKeyNames);
                }
            }
            emit passed(pass.value());
            emit stateChanged();
        });
}

void WorkflowRunner::setDataKey(std::shared_ptr<DataKey> key)
{
    m_dataKey = std::move(key);
    m_skipUntil.clear();
    m_asked = false;
    dropUnlockButton();
    emit stateChanged();
    tick();
}

void WorkflowRunner::offerUnlock(const QStringList &workflows)
{
    auto *window = qobject_cast<QMainWindow *>(parent());
    if (!window)
        return;
    window->statusBar()->showMessage(
        tr("Workflow %1 signs its webhooks with the database's data key, which a passphrase protects: its executions wait "
           "for a runner that has it. Unlock it for this session to run them here.")
            .arg(workflows.join(QStringLiteral(", "))),
        60000);
    if (m_unlockButton)
        return;
    auto *button = new QPushButton(tr("&Unlock…"), window->statusBar());
    button->setObjectName(QStringLiteral("unlockDataKey"));
    button->setToolTip(tr("Give the data key's passphrase so this console runs signed webhooks (kept in memory for this session only)"));
    connect(button, &QPushButton::clicked, this, &WorkflowRunner::askForDataKey);
    window->statusBar()->addPermanentWidget(button);
    m_unlockButton = button;
}

void WorkflowRunner::dropUnlockButton()
{
    if (m_unlockButton)
        m_unlockButton->deleteLater();
    m_unlockButton = nullptr;
}

void WorkflowRunner::askForDataKey()
{
    if (m_url.toString().isEmpty() || m_unlock.isRunning())
        return;
    auto *window = qobject_cast<QWidget *>(parent());
    const auto passphrase = PasswordDialog::askPassphrase(window, m_lastProblem);
    if (!passphrase)
        return;
    const DatabaseUrl url = m_url;
    const QString given = *passphrase;
    m_unlock.start(
        [url, given](CancelToken &) -> Result<std::shared_ptr<DataKey>> {
            auto db = Database::open(url, Database::OpenMode::MustExist);
            if (!db)
                return db.error();
            return Secrets::unlock(db.value(), given);
        },
        [this](const Result<std::shared_ptr<DataKey>> &key) {
            if (!key) {
                m_lastProblem = key.error().message;
                emit problem(key.error().message);
                return;
            }
            if (auto *window = qobject_cast<QMainWindow *>(parent()))
                window->statusBar()->showMessage(tr("Data key unlocked for this session: signed webhooks run here."), 10000);
            setDataKey(key.value());
        });
}

} // namespace Atelier
