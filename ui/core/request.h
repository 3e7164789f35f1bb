#pragma once

// The one way a view runs work off the GUI thread (CONTRIBUTING.md, "Adding a view"). Include from .cpp files
// and from the headers of views that hold a Request as a member.

#include "core/canceltoken.h"
#include "core/database.h"
#include "core/databaseurl.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace Atelier {

/// A view's background request of one kind (the gallery's next page, the detail's image, a verification): the
/// work runs on a thread pool with a CancelToken, and its answer reaches \a done on the owner's (GUI) thread —
/// unless a newer start() of the same Request superseded it, cancel() was called, or the Request is gone.
///
/// Hold one as a member per kind of request. Nothing ever waits: destroying a Request (with its view) cancels
/// the running work's token — which interrupts the query it has attached — and forgets its answer; the worker
/// finishes on its own. T is what the work returns: a Result<…>, a Status or any copyable value.
template<typename T>
class Request final
{
public:
    using Work = std::function<T(CancelToken &)>;
    using DatabaseWork = std::function<T(const QSqlDatabase &, CancelToken &)>;
    using Done = std::function<void(T)>;

    explicit Request(QObject *owner, QThreadPool *pool = QThreadPool::globalInstance()) : m_owner(owner), m_pool(pool) {}
    ~Request() { cancel(); }
    Request(const Request &) = delete;
    Request &operator=(const Request &) = delete;

    /// Runs \a work on the pool and hands what it returns to \a done on the owner's thread. A request of this
    /// Request still running is cancelled first, and its answer dropped.
    void start(Work work, Done done)
    {
        cancel();
        const quint64 serial = m_serial;
        auto token = CancelToken::create();
        m_token = token;
        auto *watcher = new QFutureWatcher<T>(m_owner);
        m_watcher = watcher;
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner, [this, watcher, serial, done = std::move(done)] {
            watcher->deleteLater();
            if (serial != m_serial)
                return; // superseded or cancelled meanwhile
            m_token.reset();
            m_watcher = nullptr;
            done(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(m_pool, [token, work = std::move(work)]() -> T { return work(*token); }));
    }

    /// As start(), \a work getting the worker thread's own connection to \a url, attached to the token so that
    /// cancel() interrupts its query. A database that does not open gives its error as the answer (T is then a
    /// Result<…> or a Status).
    void startWithDatabase(const DatabaseUrl &url, DatabaseWork work, Done done)
    {
        start(
            [url, work = std::move(work)](CancelToken &token) -> T {
                auto db = Database::open(url);
                if (!db)
                    return db.error();
                const CancelScope scope(&token, db.value());
                return work(db.value(), token);
            },
            std::move(done));
    }

    /// As startWithDatabase() for a change the person asked for (save, share, delete, queue…): the connection is
    /// not attached to the token, so a newer start(), cancel() or the view's end drops only the answer, never the
    /// change, which completes or fails on its own, whole (its transaction).
    void startChange(const DatabaseUrl &url, std::function<T(const QSqlDatabase &)> change, Done done)
    {
        start(
            [url, change = std::move(change)](CancelToken &) -> T {
                auto db = Database::open(url);
                if (!db)
                    return db.error();
                return change(db.value());
            },
            std::move(done));
    }

    /// Cancels the running work (if any) and drops its answer: \a done will not be called for it. \a done may start
    /// its own Request again (a poll, the next thumbnail); it must not destroy it.
    void cancel()
    {
        ++m_serial;
        if (m_token)
            m_token->cancel();
        m_token.reset();
        if (m_watcher) {
            m_watcher->disconnect();
            m_watcher->deleteLater();
        }
        m_watcher = nullptr;
    }

    /// Whether a started request has not answered yet.
    bool isRunning() const { return m_watcher != nullptr; }

private:
    QObject *m_owner;
    QThreadPool *m_pool;
    quint64 m_serial = 0;
    std::shared_ptr<CancelToken> m_token;
    QPointer<QFutureWatcher<T>> m_watcher;
};

} // namespace Atelier
