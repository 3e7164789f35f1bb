#include "workflows/workflowwake.h"

#include "collaboration/liveupdates.h"
#include "core/database.h"
#include "core/sqldialect.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <libpq-fe.h>

#include <algorithm>
#include <utility>

namespace Atelier {

namespace {

/// Notifications libpq read while the connection ran a query sit in its queue, and the socket has nothing more to
/// announce: drained here (true when there was one).
bool drainQueued(const QSqlDatabase &db)
{
    PGconn *conn = Database::postgresHandle(db);
    if (!conn)
        return false;
    PQconsumeInput(conn);
    bool any = false;
    while (PGnotify *n = PQnotifies(conn)) {
        any = true;
        PQfreemem(n);
    }
    return any;
}

} // namespace

WorkflowWake::WorkflowWake(const QSqlDatabase &db) : m_db(db)
{
    if (SqlDialect::of(db).isSqlite())
        return;
    m_live = std::make_unique<LiveUpdates>(QStringLiteral("atelier_workflows"), nullptr);
    if (!m_live->start(db)) {
        m_live.reset(); // it looks every 200 ms instead
        return;
    }
    QObject::connect(m_live.get(), &LiveUpdates::notified, m_live.get(), [this] { m_notified = true; });
}

WorkflowWake::~WorkflowWake() = default;

bool WorkflowWake::isListening() const
{
    return m_live != nullptr;
}

void WorkflowWake::wait(qint64 ms, const std::atomic_bool &stop)
{
    if (!m_live) {
        while (ms > 0 && !stop.load()) {
            QThread::msleep(static_cast<unsigned long>(std::min<qint64>(ms, 50)));
            ms -= 50;
        }
        return;
    }
    // A notification since the last wait (announced while the event loop ran elsewhere, or still in libpq's queue).
    if (std::exchange(m_notified, false) | drainQueued(m_db))
        return;
    QEventLoop loop;
    QTimer deadline; // to the millisecond: the scheduler's tick follows the whole second
    deadline.setTimerType(Qt::PreciseTimer);
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer check; // the stop flag, set by a signal handler
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (stop.load())
            loop.quit();
    });
    QObject::connect(m_live.get(), &LiveUpdates::notified, &loop, &QEventLoop::quit);
    deadline.start(static_cast<int>(std::max<qint64>(ms, 0)));
    check.start(50);
    if (ms > 0 && !stop.load())
        loop.exec();
    m_notified = false;
}

} // namespace Atelier
