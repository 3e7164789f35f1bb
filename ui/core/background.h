#pragma once

// Work on the thread pool with a connection of the worker's own: what every view does to reach the
// database without making the GUI thread wait. Include from .cpp files only (it brings QtConcurrent).

#include "core/database.h"
#include "core/databaseurl.h"
#include "core/result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

#include <functional>
#include <type_traits>

namespace Atelier {

/// Runs \a work(db) on the pool, \a db being the worker thread's connection to \a url; a database that does
/// not open gives its error as the result. \a work returns a Result<T> or a Status.
template<typename Work>
auto runWithDatabase(const DatabaseUrl &url, Work work)
{
    using Answer = std::invoke_result_t<Work, const QSqlDatabase &>;
    return QtConcurrent::run([url, work = std::move(work)]() -> Answer {
        auto db = Database::open(url);
        if (!db)
            return db.error();
        return work(db.value());
    });
}

/// Runs a change on the pool (see runWithDatabase) and hands its Status to \a done on \a owner's thread.
/// The watcher belongs to \a owner and goes away with the answer.
inline void changeInBackground(QObject *owner, const DatabaseUrl &url, std::function<Status(const QSqlDatabase &)> change,
                               std::function<void(const Status &)> done)
{
    auto *watcher = new QFutureWatcher<Status>(owner);
    QObject::connect(watcher, &QFutureWatcher<Status>::finished, owner, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(runWithDatabase(url, std::move(change)));
}

} // namespace Atelier
