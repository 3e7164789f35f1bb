#pragma once

// The one way a view runs work off the GUI thread (CONTRIBUTING.md, "Adding a view"). Include from .cpp files
// and from the headers of views that hold a Request as a member.

#include "core/canceltoken.h"
#include "core/connectionloss.h"
#include "core/database.h"
#include "core/databaseurl.h"
#include "core/pools.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <mutex>

namespace Atelier {

/// A view's background request of one kind (the gallery's next page, the detail's image, a verification): the
/// work runs on a thread pool with a CancelToken, and its answer reaches \a done on the owner's (GUI) thread —
/// unless a newer start() of the same Request superseded it, cancel() was called, or the Request is gone.
///
/// Hold one as a member per kind of request. Nothing ever waits: destroying a Request (with its view) cancels
/// the running work's token — which interrupts the query it has attached — and forgets its answer; the worker
/// finishes on its own. The answer is posted to the owner by a QFuture::then() continuation, no watcher. T is
/// what the work returns: a Result<…>, a Status or any copyable value. At exit the application's pools are waited
/// for once the views are gone (ui/core/pools.cpp).
template<typename T>
class Request final
{
public:
    using Work = std::function<T(CancelToken &)>;
    using DatabaseWork = std::function<T(const QSqlDatabase &, CancelToken &)>;
    using Done = std::function<void(T)>;

    explicit Request(QObject *owner, QThreadPool *pool = workPool()) : m_pool(pool)
    {
        m_state->owner = owner;
        // An owner that goes before its Request (one that is not its member) is forgotten as it goes.
        m_ownerGone = QObject::connect(owner, &QObject::destroyed, [state = m_state] { state->forgetOwner(); });
    }
    ~Request()
    {
        QObject::disconnect(m_ownerGone);
        m_state->forgetOwner();
        cancel();
    }
    Request(const Request &) = delete;
    Request &operator=(const Request &) = delete;

    /// Runs \a work on the pool and hands what it returns to \a done on the owner's thread. A request of this
    /// Request still running is cancelled first, and its answer dropped.
    void start(Work work, Done done)
    {
        cancel();
        auto token = CancelToken::create();
        m_token = token;
        m_state->running = true;
        // The answer is posted to the owner's event loop by the worker as it finishes, and delivered only if no later
        // start() or cancel() has happened: the shared state outlives this Request. Posting happens under the
        // state's lock, which the Request's (or the owner's) end takes to forget the owner: a worker that a cancel
        // has just ended never posts to an owner being destroyed (QFuture::then(owner, …) checked a QPointer on the
        // worker and then posted: a WorkflowRunner deleted with its window crashed in postEvent, issue 16). A
        // continuation attached to work that has already finished runs at once, inside start(): posted too, so
        // that done never runs within its caller.
        QtConcurrent::run(m_pool, [token, work = std::move(work)]() -> T { return work(*token); })
            .then(QtFuture::Launch::Sync, [state = m_state, serial = m_state->serial, done = std::move(done)](T answer) {
                const std::lock_guard lock(state->ownerMutex);
                if (!state->owner)
                    return; // the Request or its owner is gone: nobody to answer
                QMetaObject::invokeMethod(
                    state->owner,
                    [state, serial, done, answer = std::move(answer)]() mutable {
                        if (serial != state->serial)
                            return; // superseded or cancelled meanwhile
                        state->running = false;
                        done(std::move(answer));
                    },
                    Qt::QueuedConnection);
            });
    }

    /// As start(), \a work getting the worker thread's own connection to \a url, attached to the token so that
    /// cancel() interrupts its query. A database that does not open gives its error as the answer (T is then a
    /// Result<…> or a Status).
    ///
    /// A read whose connection the server dropped (it restarted, or ended the session) is run once more on a new
    /// connection (Database::open reconnects, and ConnectionEvents says so).
    void startWithDatabase(const DatabaseUrl &url, DatabaseWork work, Done done)
    {
        start(
            [url, work = std::move(work)](CancelToken &token) -> T {
                for (int attempt = 0;; ++attempt) {
                    auto db = Database::open(url);
                    if (!db)
                        return db.error();
                    T answer = [&] {
                        const CancelScope scope(&token, db.value());
                        return work(db.value(), token);
                    }();
                    if (attempt > 0 || !failed(answer) || token.isCancelled() || !ConnectionLoss::isLost(db.value()))
                        return answer;
                }
            },
            std::move(done));
    }

    /// As startWithDatabase() for a change the person asked for (save, share, delete, queue…): the connection is
    /// not attached to the token, so a newer start(), cancel() or the view's end drops only the answer, never the
    /// change, which completes or fails on its own, whole (its transaction).
    ///
    /// A change is never retried: one whose connection the server dropped answers that it was not applied (no
    /// transaction of it reached COMMIT) or that its outcome is unknown (ConnectionLoss::explainLostChange).
    void startChange(const DatabaseUrl &url, std::function<T(const QSqlDatabase &)> change, Done done)
    {
        start(
            [url, change = std::move(change)](CancelToken &) -> T {
                auto db = Database::open(url);
                if (!db)
                    return db.error();
                ConnectionLoss::beginChange();
                T answer = change(db.value());
                if constexpr (requires { answer.error(); }) {
                    if (failed(answer) && ConnectionLoss::isLost(db.value()))
                        return ConnectionLoss::explainLostChange(answer.error());
                }
                return answer;
            },
            std::move(done));
    }

    /// Cancels the running work (if any) and drops its answer: \a done will not be called for it. \a done may start
    /// its own Request again (a poll, the next thumbnail); it must not destroy it.
    void cancel()
    {
        ++m_state->serial;
        m_state->running = false;
        if (m_token)
            m_token->cancel();
        m_token.reset();
    }

    /// Whether a started request has not answered yet.
    bool isRunning() const { return m_state->running; }

private:
    /// Whether an answer is a failure (a Result or a Status that holds an Error); other answers never are.
    static bool failed(const T &answer)
    {
        if constexpr (requires { answer.ok(); })
            return !answer.ok();
        else
            return false;
    }

    /// What the continuation checks: shared, because a Request may go before its owner (a finished change's Request
    /// in a list) while the continuation is still queued.
    struct State
    {
        quint64 serial = 0;   // GUI thread only
        bool running = false; // GUI thread only
        std::mutex ownerMutex;
        QObject *owner = nullptr; // where answers are posted; null once the Request or the owner goes
        void forgetOwner()
        {
            const std::lock_guard lock(ownerMutex);
            owner = nullptr;
        }
    };
    QThreadPool *m_pool;
    std::shared_ptr<State> m_state = std::make_shared<State>();
    std::shared_ptr<CancelToken> m_token;
    QMetaObject::Connection m_ownerGone;
};

} // namespace Atelier
