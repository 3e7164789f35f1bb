#include "livelistener.h"

#include "collaboration/liveupdates.h"
#include "core/connectionloss.h"
#include "core/database.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QThread>
#include <QTimer>

namespace Atelier {

namespace {

/// What runs on the listening thread: its connection and the LISTEN on it. It knows nothing of the
/// LiveListener; what it announces goes through queued connections, which die with their receiver.
class ListenSession final : public QObject
{
    Q_OBJECT
public:
    explicit ListenSession(DatabaseUrl url)
        : m_url(std::move(url)), m_live(new LiveUpdates(this)), m_watch(new QTimer(this))
    {
        connect(m_live, &LiveUpdates::changed, this, &ListenSession::changed);
        // The driver reads the socket as soon as anything arrives, the server's closing too, and libpq then marks
        // the connection lost: looking at that mark costs nothing (no query, no read that would take notifications
        // from the driver). A lost connection is opened again, and the LISTEN with it, once the server answers.
        m_watch->setInterval(kWatchMs);
        connect(m_watch, &QTimer::timeout, this, &ListenSession::watch);
    }

    void begin()
    {
        auto db = Database::open(m_url);
        if (QThread::currentThread()->isInterruptionRequested())
            return; // stopped while connecting: nobody is listening any more
        if (!db || !m_live->start(db.value())) {
            emit failed();
            return;
        }
        m_db = db.value();
        m_watch->start();
    }

    void watch()
    {
        if (QThread::currentThread()->isInterruptionRequested() || (!m_lost && !ConnectionLoss::isLost(m_db)))
            return;
        m_lost = true;
        m_live->stop();
        auto db = Database::open(m_url); // reconnects (and says so), or fails while the server is away: next time
        if (db && !QThread::currentThread()->isInterruptionRequested() && m_live->start(db.value())) {
            m_db = db.value();
            m_lost = false;
        }
    }

    void end()
    {
        m_watch->stop();
        m_live->stop();
        delete m_live; // it holds the connection: gone before the connection is closed
        m_live = nullptr;
        m_db = QSqlDatabase();
        Database::closeThreadConnections();
    }

signals:
    void changed(const QString &table, const QString &id);
    void failed();

private:
    static constexpr int kWatchMs = 1000;
    DatabaseUrl m_url;
    LiveUpdates *m_live; // a child: it moves to the thread with the session
    QTimer *m_watch;     // a child too
    QSqlDatabase m_db;
    bool m_lost = false;
};

/// The listening threads still running, stopped or not (a stopped one ends on its own once its connection attempt
/// is over). They are ended and waited for as the application goes (a post routine, before Qt SQL's, which deletes
/// the driver of every connection still open: a thread still connecting or listening then used a deleted driver,
/// issue 16). Only then does anything wait for them.
struct RunningThreads
{
    QMutex mutex;
    QSet<QThread *> threads;
};

RunningThreads &runningThreads()
{
    static RunningThreads running;
    return running;
}

void endListeningThreads()
{
    QSet<QThread *> threads;
    {
        const QMutexLocker lock(&runningThreads().mutex);
        threads = runningThreads().threads;
    }
    // Their objects are deleted later on this thread, which is here: they are all still there.
    for (QThread *thread : std::as_const(threads)) {
        thread->requestInterruption();
        thread->quit();
        thread->wait();
    }
}

} // namespace

LiveListener::LiveListener(QObject *parent) : QObject(parent) {}

LiveListener::~LiveListener()
{
    stop();
}

void LiveListener::start(const DatabaseUrl &url)
{
    if (m_thread && m_url == url.toString())
        return;
    stop();
    if (url.isSqlite()) // LISTEN/NOTIFY is PostgreSQL's; an SQLite file has one local person, nobody else writes
        return;
    m_url = url.toString();
    // A connection belongs to its thread: the listener has a thread of its own. It has no parent: it outlives this
    // listener when stopped while connecting, and deletes itself once finished.
    auto *thread = new QThread;
    auto *session = new ListenSession(url);
    session->moveToThread(thread);
    connect(thread, &QThread::started, session, &ListenSession::begin);
    connect(session, &ListenSession::changed, this, &LiveListener::changed);
    connect(session, &ListenSession::failed, this, &LiveListener::failed);
    // Emitted on the thread as it ends, after its event loop: the session goes there, the thread object here.
    connect(thread, &QThread::finished, session, [session, thread] {
        session->end();
        delete session;
        const QMutexLocker lock(&runningThreads().mutex);
        runningThreads().threads.remove(thread);
    }, Qt::DirectConnection);
    {
        const QMutexLocker lock(&runningThreads().mutex);
        runningThreads().threads.insert(thread);
    }
    // Post routines run last added first: Qt SQL's is added when its drivers are first listed; ours after it.
    QSqlDatabase::drivers();
    qRemovePostRoutine(endListeningThreads);
    qAddPostRoutine(endListeningThreads);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = thread;
    m_session = session;
    thread->start();
}

void LiveListener::stop()
{
    if (!m_thread)
        return;
    // The session is alive until the thread finishes, which only quit() below allows: disconnecting is safe.
    disconnect(m_session, nullptr, this, nullptr);
    m_thread->requestInterruption();
    m_thread->quit();
    m_thread = nullptr;
    m_session = nullptr;
    m_url.clear();
}

} // namespace Atelier

#include "livelistener.moc"
