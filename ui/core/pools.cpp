#include "pools.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSqlDatabase>
#include <QThreadPool>

namespace Atelier {

namespace {
// The limit analyses had per person: one per core of a small machine.
constexpr int kAnalysesAtOnce = 2;
constexpr int kWorkThreads = 8;

/// The application's pools (its QThreadPool children: these, the workflow runner's) and Qt's global pool are waited
/// for as the application begins to go (a post routine: the first thing ~QApplication does), before its widgets,
/// translators and platform are torn down, before Qt SQL's own post routine and before Qt's statics — not at the
/// end of ~QCoreApplication, where the pools would otherwise go. Qt SQL's post routine deletes the driver of every
/// connection still open: a worker still running its (cancelled) query then used a deleted driver (SIGSEGV, abort,
/// or a heap so damaged that the exit hung, issue 16). The views are gone by then (a test's window, the console's
/// MainWindow), so their work was cancelled and ends soon; a pool's threads close their connections as they finish.
void waitForPools()
{
    if (QCoreApplication *app = QCoreApplication::instance()) {
        for (QThreadPool *pool : app->findChildren<QThreadPool *>(Qt::FindDirectChildrenOnly))
            pool->waitForDone();
    }
    QThreadPool::globalInstance()->waitForDone();
}

QThreadPool *applicationPool(const QString &name, int threads)
{
    // Post routines run last added first: Qt SQL's is added when its drivers are first listed, so list them now, then
    // add ours (again: once per application, and a test program may make a second one).
    QSqlDatabase::drivers();
    qRemovePostRoutine(waitForPools);
    qAddPostRoutine(waitForPools);
    // A child of the application: its threads end with it, as the global pool's do.
    auto *pool = new QThreadPool(QCoreApplication::instance());
    pool->setObjectName(name);
    pool->setMaxThreadCount(threads);
    return pool;
}
} // namespace

QThreadPool *analysisPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool)
        pool = applicationPool(QStringLiteral("analysisPool"), kAnalysesAtOnce);
    return pool;
}

QThreadPool *workPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool)
        pool = applicationPool(QStringLiteral("workPool"), kWorkThreads);
    return pool;
}

} // namespace Atelier
