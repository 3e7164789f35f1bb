#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace Atelier {

/// One cache's counters. A figure the cache does not count is -1.
struct CacheFigure final
{
    QString cache; // stable English identifier: result_cache, ai_results_cache, thumbnail_cache, table_buffers, index_buffers, sqlite_page_cache
    QString description;
    qint64 hits = 0;
    qint64 misses = 0;
    qint64 entries = -1;
    qint64 bytes = -1;
    qint64 capacity = -1;
    qint64 evictions = -1;
    /// hits / (hits + misses); -1 when nothing was asked.
    double ratio() const { return hits + misses > 0 ? double(hits) / double(hits + misses) : -1; }
};

/// Cache statistics (issue 19): the in-process result cache of analyses, PostgreSQL's shared buffers for tables and
/// indexes (PgHero's hit rate, ≥ 99 % expected), SQLite's page cache of this connection.
class CacheService final
{
    Q_DECLARE_TR_FUNCTIONS(CacheService)
public:
    /// Every cache's counters: this process's (the analyses' result cache, and the in-process caches registered, such as
    /// the console's thumbnail cache), the AI results cache of the brands one reads (generations answered from it, those
    /// computed, its entries and their bytes), the database's.
    static Result<QList<CacheFigure>> stats(const QSqlDatabase &db);
    /// An in-process cache that reports its counters: \a figures is called from any thread under a lock (read atomics
    /// in it); unregisterSource(id) before it goes.
    static int registerSource(std::function<CacheFigure()> figures);
    static void unregisterSource(int id);
};

} // namespace Atelier
