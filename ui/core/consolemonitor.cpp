#include "core/consolemonitor.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QPointer>
#include <QThreadPool>
#include <QUuid>

namespace Atelier {

namespace {

/// One thread for the rounds: a provider's check (up to 10 s) holds it, never a thread of the pool that lists and
/// thumbnails need. A child of the application: its thread ends with it.
QThreadPool *monitorPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("consoleMonitorPool"));
        pool->setMaxThreadCount(1);
    }
    return pool;
}

} // namespace

ConsoleMonitor::ConsoleMonitor(QObject *parent)
    : QObject(parent),
      m_holder(QStringLiteral("console %1 on %2 (%3)")
                   .arg(QCoreApplication::applicationPid())
                   .arg(QHostInfo::localHostName(), QUuid::createUuid().toString(QUuid::Id128).left(8))),
      m_round(this, monitorPool())
{
    m_intervalSeconds = MonitorRound::intervalSetting();
    m_timer.setInterval(m_intervalSeconds * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ConsoleMonitor::tick);
}

ConsoleMonitor::~ConsoleMonitor() = default; // m_round forgets the round in flight; its thread finishes on its own

void ConsoleMonitor::setDatabase(const DatabaseUrl &url)
{
    if (url.toString() == m_url.toString())
        return;
    m_round.cancel();
    m_url = url;
    if (m_url.toString().isEmpty()) {
        m_timer.stop();
        return;
    }
    m_timer.start();
    tick();
}

void ConsoleMonitor::tick()
{
    if (m_round.isRunning() || m_url.toString().isEmpty())
        return;
    const DatabaseUrl url = m_url;
    const QString holder = m_holder;
    const int interval = m_intervalSeconds;
    const int retention = MonitorRound::retentionSetting();
    // Not attached to the token: a round is its own short transactions, never cut in the middle of one.
    m_round.start(
        [url, holder, interval, retention](CancelToken &) -> Result<MonitorRoundResult> {
            auto db = Database::open(url, Database::OpenMode::MustExist);
            if (!db)
                return db.error();
            return MonitorRound::run(db.value(), holder, interval, retention);
        },
        [this](const Result<MonitorRoundResult> &round) {
            ++m_rounds;
            if (!round) {
                // Said once, not every round.
                const bool again = round.error().message == m_lastProblem;
                m_lastProblem = round.error().message;
                if (!again)
                    emit problem(tr("Monitoring: %1").arg(round.error().message));
                return;
            }
            m_lastProblem.clear();
            m_made += round->ran ? 1 : 0;
            emit roundDone(round.value());
        });
}

} // namespace Atelier
