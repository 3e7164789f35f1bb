#include "monitoring/cacheservice.h"

#include "core/database.h"
#include "core/resultcache.h"
#include "core/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Atelier {

Result<QList<CacheFigure>> CacheService::stats(const QSqlDatabase &db)
{
    QList<CacheFigure> figures;
    const ResultCache::Statistics results = ResultCache::instance().statistics();
    CacheFigure resultCache{QStringLiteral("result_cache"), tr("Analyses' results kept in this process"), results.hits, results.misses};
    resultCache.entries = results.entries;
    resultCache.capacity = results.capacity;
    figures.append(resultCache);

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
