#include "monitoring/statementsnapshots.h"

#include "core/database.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace Atelier {

Result<int> StatementSnapshots::take(const QSqlDatabase &db, const QDateTime &at, int limit)
{
    const SqlDialect d = SqlDialect::of(db);
    if (d.isSqlite())
        return 0;
    auto schema = PerformanceService::statementsSchema(db);
    if (!schema)
        return schema.error();
    if (schema->isEmpty())
        return 0;
    const QString what = tr("Keeping a snapshot of pg_stat_statements");
    WriteTransaction tx(db);
    if (auto b = tx.begin(what); !b)
        return b.error();
    // One row per (queryid, userid): a statement run at top level and nested is counted twice by the extension.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO statement_snapshots (taken_at, queryid, userid, stats_reset, query, calls, total_ms, row_count, "
                             "shared_blks_hit, shared_blks_read) "
                             "SELECT ?, s.queryid, s.userid, (SELECT stats_reset FROM %1.pg_stat_statements_info), left(min(s.query), 10000), "
                             "sum(s.calls), sum(s.total_exec_time), sum(s.rows), sum(s.shared_blks_hit), sum(s.shared_blks_read) "
                             "FROM %1.pg_stat_statements s WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                             "AND s.queryid IS NOT NULL GROUP BY s.queryid, s.userid ORDER BY sum(s.total_exec_time) DESC LIMIT ?")
                  .arg(schema.value()));
    q.addBindValue(d.timeValue(at));
    q.addBindValue(std::clamp(limit, 1, 5000));
    if (!q.exec())
        return Database::queryError(q, what);
    const int kept = std::max(0, q.numRowsAffected());
    if (auto c = tx.commit(what); !c)
        return c.error();
    return kept;
}

Result<StatementWindow> StatementSnapshots::window(const QSqlDatabase &db, const QDateTime &from, const QDateTime &to, int limit)
{
    const SqlDialect d = SqlDialect::of(db);
    StatementWindow result;
    if (d.isSqlite()) {
        result.advice = tr("SQLite keeps no statement statistics of its own: the product's timings are the figures.");
        return result;
    }
    const QString what = tr("Reading the snapshots of pg_stat_statements");
    // The window's last snapshot, and the one it is compared with: the last at or before the start, else the first in it.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT max(taken_at) FROM statement_snapshots WHERE taken_at >= ? AND taken_at <= ?"));
    q.addBindValue(d.timeValue(from));
    q.addBindValue(d.timeValue(to));
    if (!q.exec() || !q.next())
        return Database::queryError(q, what);
    if (q.value(0).isNull()) {
        result.advice = tr("No snapshot of pg_stat_statements was kept in this window: the monitoring round (an open console or "
                           "atelier monitor, run by the administrator) keeps one every %n minutes.", nullptr, kIntervalSeconds / 60);
        return result;
    }
    result.to = d.toDateTime(q.value(0));
    q.prepare(QStringLiteral("SELECT coalesce((SELECT max(taken_at) FROM statement_snapshots WHERE taken_at <= ?), "
                             "(SELECT min(taken_at) FROM statement_snapshots WHERE taken_at >= ?))"));
    q.addBindValue(d.timeValue(from));
    q.addBindValue(d.timeValue(from));
    if (!q.exec() || !q.next())
        return Database::queryError(q, what);
    result.from = d.toDateTime(q.value(0));
    if (!result.from.isValid() || result.from >= result.to) {
        result.advice = tr("Only one snapshot of pg_stat_statements was kept in this window (%1): the figures need two.")
                            .arg(result.to.toString(Qt::ISODate));
        return result;
    }
    // Counters that went back (a reset, an entry evicted and counted again) count from zero.
    QSqlQuery top(db);
    top.setForwardOnly(true);
    top.prepare(QStringLiteral(
        "SELECT query, calls, total_ms, row_count, hit, rd, reset FROM ("
        "SELECT e.query, "
        "CASE WHEN w.fresh THEN e.calls ELSE e.calls - s.calls END AS calls, "
        "CASE WHEN w.fresh THEN e.total_ms ELSE e.total_ms - s.total_ms END AS total_ms, "
        "CASE WHEN w.fresh THEN e.row_count ELSE e.row_count - s.row_count END AS row_count, "
        "CASE WHEN w.fresh THEN e.shared_blks_hit ELSE e.shared_blks_hit - s.shared_blks_hit END AS hit, "
        "CASE WHEN w.fresh THEN e.shared_blks_read ELSE e.shared_blks_read - s.shared_blks_read END AS rd, "
        "(s.queryid IS NOT NULL AND e.stats_reset IS DISTINCT FROM s.stats_reset) AS reset "
        "FROM statement_snapshots e LEFT JOIN statement_snapshots s ON s.taken_at = ? AND s.queryid = e.queryid AND s.userid = e.userid "
        "CROSS JOIN LATERAL (SELECT (s.queryid IS NULL OR e.stats_reset IS DISTINCT FROM s.stats_reset OR e.calls < s.calls) AS fresh) w "
        "WHERE e.taken_at = ?) x WHERE calls > 0 ORDER BY total_ms DESC LIMIT ?"));
    top.addBindValue(d.timeValue(result.from));
    top.addBindValue(d.timeValue(result.to));
    top.addBindValue(std::clamp(limit, 1, 1000));
    if (!top.exec())
        return Database::queryError(top, what);
    while (top.next()) {
        const qint64 calls = top.value(1).toLongLong();
        const double total = top.value(2).toDouble();
        result.top.append(ServerStatement{top.value(0).toString(), calls, total, calls > 0 ? total / double(calls) : 0.0,
                                          top.value(3).toLongLong(), top.value(4).toLongLong(), top.value(5).toLongLong()});
        result.resetBetween = result.resetBetween || top.value(6).toBool();
    }
    // A reset between the snapshots is seen in the snapshots themselves, whatever statement the window lists.
    QSqlQuery reset(db);
    reset.prepare(QStringLiteral("SELECT count(DISTINCT coalesce(stats_reset::text, '')) FROM statement_snapshots WHERE taken_at IN (?, ?)"));
    reset.addBindValue(d.timeValue(result.from));
    reset.addBindValue(d.timeValue(result.to));
    if (reset.exec() && reset.next())
        result.resetBetween = result.resetBetween || reset.value(0).toInt() > 1;
    result.available = true;
    return result;
}

} // namespace Atelier
