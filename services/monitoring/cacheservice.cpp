#include "monitoring/cacheservice.h"

#include "core/database.h"
#include "core/resultcache.h"
#include "core/sqldialect.h"

#include <QMap>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Atelier {

namespace {

struct Sources
{
    QMutex mutex;
    QMap<int, std::function<CacheFigure()>> figures;
    int next = 1;
};

Sources &sources()
{
    static Sources s;
    return s;
}

} // namespace

int CacheService::registerSource(std::function<CacheFigure()> figures)
{
    Sources &s = sources();
    QMutexLocker lock(&s.mutex);
    const int id = s.next++;
    s.figures.insert(id, std::move(figures));
    return id;
}

void CacheService::unregisterSource(int id)
{
    Sources &s = sources();
    QMutexLocker lock(&s.mutex);
    s.figures.remove(id);
}

Result<QList<CacheFigure>> CacheService::stats(const QSqlDatabase &db)
{
    QList<CacheFigure> figures;
    const ResultCache::Statistics results = ResultCache::instance().statistics();
    CacheFigure resultCache{QStringLiteral("result_cache"), tr("Analyses' results kept in this process"), results.hits, results.misses};
    resultCache.entries = results.entries;
    resultCache.capacity = results.capacity;
    figures.append(resultCache);
    {
        Sources &s = sources();
        QMutexLocker lock(&s.mutex);
        for (const auto &figure : std::as_const(s.figures))
            figures.append(figure());
    }
    // The AI results cache (the brands this login reads): a generation answered from it is a hit, one computed a miss;
    // its entries are the completed generations still answerable (their key kept) and their images' bytes. Entries
    // leave it when a brand clears it (atelier ai cache clear), which is not counted as such.
    QSqlQuery ai(db);
    if (!ai.exec(QStringLiteral("SELECT coalesce(sum(CASE WHEN cache_source_id IS NOT NULL THEN 1 ELSE 0 END), 0), "
                                "coalesce(sum(CASE WHEN cache_source_id IS NULL AND started_at IS NOT NULL THEN 1 ELSE 0 END), 0), "
                                "coalesce(sum(CASE WHEN cache_key IS NOT NULL AND status = 'completed' AND cache_source_id IS NULL THEN 1 ELSE 0 END), 0), "
                                "(SELECT coalesce(sum(length(a.data)), 0) FROM ai_assets a WHERE EXISTS (SELECT 1 FROM ai_generations g "
                                "WHERE g.brand_id = a.brand_id AND g.cache_key IS NOT NULL AND g.status = 'completed' "
                                "AND g.result_url = 'asset:' || a.sha256)) "
                                "FROM ai_generations"))
        || !ai.next())
        return Database::queryError(ai, tr("Reading the AI results cache's figures"));
    CacheFigure aiResults{QStringLiteral("ai_results_cache"), tr("AI results answered again without a new generation"), ai.value(0).toLongLong(),
                          ai.value(1).toLongLong()};
    aiResults.entries = ai.value(2).toLongLong();
    aiResults.bytes = ai.value(3).toLongLong();
    figures.append(aiResults);

    if (SqlDialect::of(db).isSqlite()) {
        sqlite3 *handle = Database::sqliteHandle(db);
        if (!handle)
            return Error{tr("The SQLite connection has no native handle to read its page cache from."), {}, ErrorCode::Database};
        int hit = 0, miss = 0, used = 0, high = 0;
        sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_HIT, &hit, &high, 0);
        sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_MISS, &miss, &high, 0);
        sqlite3_db_status(handle, SQLITE_DBSTATUS_CACHE_USED, &used, &high, 0);
        CacheFigure pages{QStringLiteral("sqlite_page_cache"), tr("SQLite's page cache of this connection"), hit, miss};
        pages.bytes = used;
        figures.append(pages);
        return figures;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT (SELECT coalesce(sum(heap_blks_hit), 0) FROM pg_statio_user_tables), "
                               "(SELECT coalesce(sum(heap_blks_read), 0) FROM pg_statio_user_tables), "
                               "(SELECT coalesce(sum(idx_blks_hit), 0) FROM pg_statio_user_indexes), "
                               "(SELECT coalesce(sum(idx_blks_read), 0) FROM pg_statio_user_indexes), "
                               "(SELECT setting::bigint * 8192 FROM pg_settings WHERE name = 'shared_buffers')"))
        || !q.next())
        return Database::queryError(q, tr("Reading PostgreSQL's buffer cache statistics"));
    CacheFigure tables{QStringLiteral("table_buffers"), tr("PostgreSQL's shared buffers, table blocks (99 % or more expected)"),
                       q.value(0).toLongLong(), q.value(1).toLongLong()};
    tables.capacity = q.value(4).toLongLong();
    CacheFigure indexes{QStringLiteral("index_buffers"), tr("PostgreSQL's shared buffers, index blocks (99 % or more expected)"),
                        q.value(2).toLongLong(), q.value(3).toLongLong()};
    indexes.capacity = q.value(4).toLongLong();
    figures << tables << indexes;
    return figures;
}

} // namespace Atelier
