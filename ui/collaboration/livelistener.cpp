#include "livelistener.h"

#include "collaboration/liveupdates.h"
#include "core/database.h"

#include <QThread>

namespace Atelier {

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
    if (url.isSqlite())
        return; // one local person: nobody else writes
    m_url = url.toString();
    // A connection belongs to its thread: the listener has a thread of its own.
    m_thread = new QThread(this);
    auto *live = new LiveUpdates;
    live->moveToThread(m_thread);
    connect(m_thread, &QThread::started, live, [this, live, url] {
        auto db = Database::open(url);
        if (!db || !live->start(db.value()))
            QMetaObject::invokeMethod(this, &LiveListener::failed);
    });
    connect(live, &LiveUpdates::changed, this, &LiveListener::changed);
    connect(m_thread, &QThread::finished, live, [live] {
        live->stop();
        Database::closeThreadConnections();
        delete live;
    });
    m_thread->start();
}

void LiveListener::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_url.clear();
}

} // namespace Atelier
