#include "monitoring/performanceservice.h"

#include "core/database.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"
#include "monitoring/querymetrics.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

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
    // A long window reads the hourly rollup for its whole hours up to where it is rolled up, the minutes elsewhere.
    qint64 hourFrom = 0, hourTo = 0;
    if (span > 36 * 3600) {
        auto rolled = rolledUpTo(db);
        if (!rolled)
            return rolled.error();
        if (rolled->isValid()) {
            hourFrom = (from.toSecsSinceEpoch() + 3599) / 3600 * 3600;
            hourTo = std::min(to.toSecsSinceEpoch() / 3600 * 3600, rolled->toSecsSinceEpoch() / 3600 * 3600);
            if (hourTo <= hourFrom)
                hourFrom = hourTo = 0;
        }
    }
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
    auto read = [&](const QString &table, const QString &time, const QDateTime &a, const QDateTime &b) -> Status {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT database_kind, service, statement, calls, total_ms, max_ms, row_count, histogram, sample_sql, %2 "
                                 "FROM %1 WHERE %2 >= ? AND %2 < ?")
                      .arg(table, time));
        q.addBindValue(dialect.timeValue(a));
        q.addBindValue(dialect.timeValue(b));
        if (!q.exec())
            return Database::queryError(q, tr("Reading the query metrics"));
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
            const qint64 index = std::max<qint64>(0, dialect.toDateTime(q.value(9)).toSecsSinceEpoch() - origin) / bucket;
            Bucket &b = buckets[index];
            b.point.calls += calls;
            b.totalMs += total;
            b.point.maxMs = std::max(b.point.maxMs, max);
            b.histogram.merge(histogram);
        }
        return Done{};
    };
    if (hourTo > hourFrom) {
        const QDateTime h0 = QDateTime::fromSecsSinceEpoch(hourFrom, Qt::UTC), h1 = QDateTime::fromSecsSinceEpoch(hourTo, Qt::UTC);
        for (const auto &[table, time, a, b] : {std::tuple{QStringLiteral("query_metrics"), QStringLiteral("minute"), from, h0},
                                                std::tuple{QStringLiteral("query_metrics_hourly"), QStringLiteral("hour"), h0, h1},
                                                std::tuple{QStringLiteral("query_metrics"), QStringLiteral("minute"), h1, to}})
            if (a < b)
                if (auto s = read(table, time, a, b); !s)
                    return s.error();
    } else if (auto s = read(QStringLiteral("query_metrics"), QStringLiteral("minute"), from, to); !s) {
        return s.error();
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
    auto found = statementsSchema(db);
    if (!found)
        return found.error();
    if (found->isEmpty()) {
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
    const QString schema = found.value();
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

Result<QString> PerformanceService::statementsSchema(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                               "WHERE e.extname = 'pg_stat_statements'")))
        return Database::queryError(q, tr("Looking for pg_stat_statements"));
    if (!q.next())
        return QString();
    const QString schema = q.value(0).toString();
    static const QRegularExpression plainName(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!plainName.match(schema).hasMatch())
        return Error{tr("pg_stat_statements is installed in a schema Atelier does not read (%1).").arg(schema), {}, ErrorCode::Unspecified};
    return schema;
}

Result<QDateTime> PerformanceService::rolledUpTo(const QSqlDatabase &db)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT started_at FROM monitoring_rounds WHERE name = 'rollup'")))
        return Database::queryError(q, tr("Reading how far the query metrics are rolled up"));
    return q.next() ? d.toDateTime(q.value(0)) : QDateTime();
}

Result<int> PerformanceService::rollup(const QSqlDatabase &db, const QDateTime &now)
{
    const SqlDialect d = SqlDialect::of(db);
    const QString what = tr("Rolling the query metrics up by hour");
    // The finished hours (5 minutes late, for the last minutes kept), from the hour before the last rolled up (minutes
    // kept late), or from the first minute kept.
    const qint64 end = (now.toSecsSinceEpoch() - 300) / 3600 * 3600;
    auto rolled = rolledUpTo(db);
    if (!rolled)
        return rolled.error();
    qint64 start = 0;
    if (rolled->isValid()) {
        start = rolled->toSecsSinceEpoch() / 3600 * 3600 - 3600;
    } else {
        QSqlQuery first(db);
        if (!first.exec(QStringLiteral("SELECT min(minute) FROM query_metrics")) || !first.next())
            return Database::queryError(first, what);
        if (first.value(0).isNull())
            start = end;
        else
            start = d.toDateTime(first.value(0)).toSecsSinceEpoch() / 3600 * 3600;
    }
    struct Hour
    {
        qint64 hour = 0;
        QString kind, service, statement, sql;
        qint64 calls = 0, rows = 0;
        double total = 0, max = 0;
        QueryHistogram histogram;
    };
    QMap<QString, Hour> hours;
    if (start < end) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT database_kind, service, statement, calls, total_ms, max_ms, row_count, histogram, sample_sql, minute "
                                 "FROM query_metrics WHERE minute >= ? AND minute < ?"));
        q.addBindValue(d.timeValue(QDateTime::fromSecsSinceEpoch(start, Qt::UTC)));
        q.addBindValue(d.timeValue(QDateTime::fromSecsSinceEpoch(end, Qt::UTC)));
        if (!q.exec())
            return Database::queryError(q, what);
        while (q.next()) {
            const qint64 hour = d.toDateTime(q.value(9)).toSecsSinceEpoch() / 3600 * 3600;
            const QString key = QString::number(hour) + QLatin1Char('\n') + q.value(0).toString() + QLatin1Char('\n') + q.value(1).toString()
                                + QLatin1Char('\n') + q.value(2).toString();
            Hour &h = hours[key];
            if (h.statement.isEmpty()) {
                h.hour = hour;
                h.kind = q.value(0).toString();
                h.service = q.value(1).toString();
                h.statement = q.value(2).toString();
            }
            h.calls += q.value(3).toLongLong();
            h.total += q.value(4).toDouble();
            h.max = std::max(h.max, q.value(5).toDouble());
            h.rows += q.value(6).toLongLong();
            h.histogram.merge(QueryHistogram::fromText(q.value(7).toString()));
            if (h.sql.isEmpty())
                h.sql = q.value(8).toString();
        }
    }
    WriteTransaction tx(db);
    if (auto b = tx.begin(what); !b)
        return b.error();
    QSqlQuery w(db);
    if (start < end) {
        w.prepare(QStringLiteral("DELETE FROM query_metrics_hourly WHERE hour >= ? AND hour < ?"));
        w.addBindValue(d.timeValue(QDateTime::fromSecsSinceEpoch(start, Qt::UTC)));
        w.addBindValue(d.timeValue(QDateTime::fromSecsSinceEpoch(end, Qt::UTC)));
        if (!w.exec())
            return Database::queryError(w, what);
        w.prepare(QStringLiteral("INSERT INTO query_metrics_hourly (hour, database_kind, service, statement, calls, total_ms, max_ms, row_count, "
                                 "histogram, sample_sql) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const Hour &h : std::as_const(hours)) {
            w.addBindValue(d.timeValue(QDateTime::fromSecsSinceEpoch(h.hour, Qt::UTC)));
            w.addBindValue(h.kind);
            w.addBindValue(h.service);
            w.addBindValue(h.statement);
            w.addBindValue(h.calls);
            w.addBindValue(h.total);
            w.addBindValue(h.max);
            w.addBindValue(h.rows);
            w.addBindValue(h.histogram.toText().left(4000));
            w.addBindValue(h.sql.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(h.sql.left(10000)));
            if (!w.exec())
                return Database::queryError(w, what);
        }
    }
    // How far it is rolled up: the row 'rollup' of monitoring_rounds (its time, not a round's start).
    w.prepare(QStringLiteral("INSERT INTO monitoring_rounds (name, holder, started_at) VALUES ('rollup', 'query_metrics_hourly', ?) "
                             "ON CONFLICT (name) DO UPDATE SET started_at = excluded.started_at"));
    w.addBindValue(d.timeValue(QDateTime::fromSecsSinceEpoch(std::max(start, end), Qt::UTC)));
    if (!w.exec())
        return Database::queryError(w, what);
    if (auto c = tx.commit(what); !c)
        return c.error();
    return int(hours.size());
}

} // namespace Atelier
