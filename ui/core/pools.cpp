#include "pools.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace Atelier {

namespace {
// The limit analyses had per person: one per core of a small machine.
constexpr int kAnalysesAtOnce = 2;
constexpr int kWorkThreads = 8;
}

QThreadPool *analysisPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        // A child of the application: its threads end with it, as the global pool's do.
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("analysisPool"));
        pool->setMaxThreadCount(kAnalysesAtOnce);
    }
    return pool;
}

QThreadPool *workPool()
{
    static QPointer<QThreadPool> pool;
    if (!pool) {
        pool = new QThreadPool(QCoreApplication::instance());
        pool->setObjectName(QStringLiteral("workPool"));
        pool->setMaxThreadCount(kWorkThreads);
    }
    return pool;
}

} // namespace Atelier
