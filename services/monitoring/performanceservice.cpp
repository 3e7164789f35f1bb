#include "monitoring/performanceservice.h"

#include "core/database.h"
#include "core/sqldialect.h"
#include "monitoring/querymetrics.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace Atelier {

Result<qint64> PerformanceService::windowSeconds(const QString &window)
{
    static const QRegularExpression form(QStringLiteral("^([1-9][0-9]{0,3})([hd])$"));
    const auto m = form.match(window.trimmed());
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const qint64 seconds = n * (m.captured(2) == QLatin1String("h") ? 3600 : 86400);
        if (seconds <= 90LL * 86400)
            return seconds;
    }
    return Error{tr("The window \"%1\" is not a number of hours or days up to 90 days, such as 1h, 24h or 7d.").arg(window), {},
                 ErrorCode::InvalidInput};
}

Result<QList<StatementMetric>> PerformanceService::queryMetrics(const QSqlDatabase &db, const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return QList<StatementMetric>(); // nothing can have been timed in an empty window
    auto figures = windowFigures(db, from, to, from.secsTo(to)); // the statements; the window as one period
    if (!figures)
        return figures.error();
    return figures->statements;
}

Result<QList<MetricPoint>> PerformanceService::timeline(const QSqlDatabase &db, const QDateTime &from, const QDateTime &to,
                                                        qint64 bucketSeconds)
{
    auto figures = windowFigures(db, from, to, bucketSeconds);
    if (!figures)
        return figures.error();
    return figures->points;
}

Result<WindowFigures> PerformanceService::windowFigures(const QSqlDatabase &db, const QDateTime &from, const QDateTime &to, qint64 bucketSeconds)
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return Error{tr("The chart's window is empty: its start must come before its end."), {}, ErrorCode::InvalidInput};
    const qint64 span = from.secsTo(to);
    qint64 bucket = std::max<qint64>(60, (std::max<qint64>(bucketSeconds, 1) + 59) / 60 * 60);
    while (span / bucket >= 2000)
        bucket *= 2;
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT database_kind, service, statement, calls, total_ms, max_ms, row_count, histogram, sample_sql, minute "
                             "FROM query_metrics WHERE minute >= ? AND minute < ?"));
    q.addBindValue(dialect.timeValue(from));
    q.addBindValue(dialect.timeValue(to));
    if (!q.exec())
        return Database::queryError(q, tr("Reading the query metrics"));
    struct Merged
    {
        StatementMetric metric;
        QueryHistogram histogram;
    };
    struct Bucket
    {
        MetricPoint point;
        double totalMs = 0;
        QueryHistogram histogram;
    };
    QHash<QString, Merged> merged;
    QMap<qint64, Bucket> buckets;
    const qint64 origin = from.toSecsSinceEpoch();
    QString key;
    while (q.next()) {
        const QString kind = q.value(0).toString(), service = q.value(1).toString(), statement = q.value(2).toString();
        key.clear();
        key.append(kind).append(QLatin1Char('\n')).append(service).append(QLatin1Char('\n')).append(statement);
        const qint64 calls = q.value(3).toLongLong();
        const double total = q.value(4).toDouble(), max = q.value(5).toDouble();
        const QueryHistogram histogram = QueryHistogram::fromText(q.value(7).toString());
        Merged &m = merged[key];
        if (m.metric.statement.isEmpty()) {
            m.metric.databaseKind = kind;
            m.metric.service = service;
            m.metric.statement = statement;
        }
        m.metric.calls += calls;
        m.metric.totalMs += total;
        m.metric.maxMs = std::max(m.metric.maxMs, max);
        m.metric.rows += q.value(6).toLongLong();
        m.histogram.merge(histogram);
        if (m.metric.sql.isEmpty())
            m.metric.sql = q.value(8).toString();
        const qint64 index = (dialect.toDateTime(q.value(9)).toSecsSinceEpoch() - origin) / bucket;
        Bucket &b = buckets[index];
        b.point.calls += calls;
        b.totalMs += total;
        b.point.maxMs = std::max(b.point.maxMs, max);
        b.histogram.merge(histogram);
    }
    WindowFigures figures;
    figures.bucketSeconds = bucket;
    for (auto &m : merged) {
        m.metric.meanMs = m.metric.calls > 0 ? m.metric.totalMs / double(m.metric.calls) : 0;
        // The histogram's edges are within 9 % above; never above the largest call seen.
        m.metric.p50Ms = std::min(m.histogram.quantile(0.50), m.metric.maxMs);
        m.metric.p95Ms = std::min(m.histogram.quantile(0.95), m.metric.maxMs);
        figures.statements.append(m.metric);
    }
    std::sort(figures.statements.begin(), figures.statements.end(), [](const StatementMetric &a, const StatementMetric &b) {
        return a.totalMs != b.totalMs ? a.totalMs > b.totalMs : std::tie(a.service, a.statement) < std::tie(b.service, b.statement);
    });
    figures.points.reserve(buckets.size());
    for (auto it = buckets.begin(); it != buckets.end(); ++it) {
        MetricPoint p = it->point;
        p.start = QDateTime::fromSecsSinceEpoch(origin + it.key() * bucket, Qt::UTC);
        p.meanMs = p.calls > 0 ? it->totalMs / double(p.calls) : 0;
        p.p50Ms = std::min(it->histogram.quantile(0.50), p.maxMs);
        p.p95Ms = std::min(it->histogram.quantile(0.95), p.maxMs);
        figures.points.append(p);
    }
    return figures;
}

Result<ServerStatements> PerformanceService::serverStatements(const QSqlDatabase &db, int limit)
{
    ServerStatements result;
    if (SqlDialect::of(db).isSqlite()) {
        result.advice = tr("SQLite keeps no statement statistics of its own: the product's timings above are the figures.");
        return result;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                               "WHERE e.extname = 'pg_stat_statements'")))
        return Database::queryError(q, tr("Looking for pg_stat_statements"));
    if (!q.next()) {
        QSqlQuery preload(db);
        const bool preloaded = preload.exec(QStringLiteral("SELECT current_setting('shared_preload_libraries')")) && preload.next()
                               && preload.value(0).toString().contains(QLatin1String("pg_stat_statements"));
        result.advice = preloaded
                            ? tr("The server loads pg_stat_statements but this database does not have it: its owner runs "
                                 "CREATE EXTENSION pg_stat_statements; once.")
                            : tr("pg_stat_statements is not enabled on this server: add it to shared_preload_libraries in "
                                 "postgresql.conf, restart PostgreSQL, then run CREATE EXTENSION pg_stat_statements; in this "
                                 "database as its owner.");
        return result;
    }
    const QString schema = q.value(0).toString();
    static const QRegularExpression plainName(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!plainName.match(schema).hasMatch())
        return Error{tr("pg_stat_statements is installed in a schema Atelier does not read (%1).").arg(schema), {}, ErrorCode::Unspecified};
    QSqlQuery top(db);
    top.setForwardOnly(true);
    top.prepare(QStringLiteral("SELECT query, calls, total_exec_time, mean_exec_time, rows, shared_blks_hit, shared_blks_read "
                               "FROM %1.pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                               "ORDER BY total_exec_time DESC LIMIT ?")
                    .arg(schema));
    top.addBindValue(std::clamp(limit, 1, 1000));
    if (!top.exec())
        return Database::queryError(top, tr("Reading pg_stat_statements"));
    while (top.next())
        result.top.append(ServerStatement{top.value(0).toString(), top.value(1).toLongLong(), top.value(2).toDouble(),
                                          top.value(3).toDouble(), top.value(4).toLongLong(), top.value(5).toLongLong(),
                                          top.value(6).toLongLong()});
    QSqlQuery info(db);
    if (info.exec(QStringLiteral("SELECT stats_reset FROM %1.pg_stat_statements_info").arg(schema)) && info.next())
        result.since = info.value(0).toDateTime().toUTC();
    result.available = true;
    return result;
}

} // namespace Atelier
