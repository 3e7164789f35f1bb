#include "workflows/workflowrunner.h"

#include <QCoreApplication>
#include <QPointer>
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

WorkflowRunner::WorkflowRunner(QObject *parent) : QObject(parent), m_pass(this, runnerPool())
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
    m_url = url;
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
    // The connection is not attached to the token: a cancel stops the engine between steps (it records each step
    // and hands back its lease), never in the middle of one of its transactions.
    m_pass.start(
        [url](CancelToken &token) -> Result<RunnerPass> {
            auto db = Database::open(url, Database::OpenMode::MustExist);
            if (!db)
                return db.error();
            auto scheduled = WorkflowEngine::scheduleDue(db.value(), QDateTime::currentDateTimeUtc());
            if (!scheduled)
                return scheduled.error();
            if (token.isCancelled())
                return RunnerPass{.scheduled = scheduled.value()};
            RunnerOptions options;
            options.maxConcurrent = 1;
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
            emit passed(pass.value());
            emit stateChanged();
        });
}

} // namespace Atelier
