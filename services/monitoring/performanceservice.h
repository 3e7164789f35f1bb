#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Atelier {

/// One statement's figures over a window, from the per-minute aggregates of query_metrics.
struct StatementMetric final
{
    QString databaseKind;
    QString service;
    QString statement;
    qint64 calls = 0;
    double totalMs = 0;
    double meanMs = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double maxMs = 0;
    qint64 rows = 0;
    QString sql;
};

/// One statement as PostgreSQL's pg_stat_statements counts it (since its last reset).
struct ServerStatement final
{
    QString query;
    qint64 calls = 0;
    double totalMs = 0;
    double meanMs = 0;
    qint64 rows = 0;
    qint64 blocksHit = 0;
    qint64 blocksRead = 0;
};

struct ServerStatements final
{
    bool available = false;
    /// When not available: a sentence saying why and how to enable it.
    QString advice;
    QDateTime since; // the last reset, when known
    QList<ServerStatement> top;
};

/// Every statement together over one bucket of a window (the Monitoring page's chart).
struct MetricPoint final
{
    QDateTime start; // UTC, the bucket's first minute
    qint64 calls = 0;
    double meanMs = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double maxMs = 0;
};

/// A window as the Monitoring page shows it: its statements (as queryMetrics()) and its timeline (as timeline()).
struct WindowFigures final
{
    QList<StatementMetric> statements;
    QList<MetricPoint> points;
    qint64 bucketSeconds = 60; // the buckets' length used, after rounding
};

/// Query metrics (issue 19): what the product's statements cost over a window, and PostgreSQL's own counters.
class PerformanceService final
{
    Q_DECLARE_TR_FUNCTIONS(PerformanceService)
public:
    /// "1h", "24h", "7d" (or any N h / N d up to 90 days) as seconds; a message naming the value otherwise.
    static Result<qint64> windowSeconds(const QString &window);
    /// The statements timed in [from, to), slowest in total first (the window's p50/p95 from the merged histograms).
    static Result<QList<StatementMetric>> queryMetrics(const QSqlDatabase &db, const QDateTime &from, const QDateTime &to);
    /// [from, to) in buckets of \a bucketSeconds (rounded up to whole minutes, and so that there are at most 2,000):
    /// every statement's calls, mean, p50/p95 (merged histograms) and max per bucket, oldest first; a bucket without
    /// calls is left out.
    static Result<QList<MetricPoint>> timeline(const QSqlDatabase &db, const QDateTime &from, const QDateTime &to, qint64 bucketSeconds);
    /// queryMetrics() and timeline() of [from, to) together, reading the window's rows once: a window over 36 hours reads
    /// the hourly rollup for its whole hours up to where it is rolled up (an hour's row counted in the period it starts).
    static Result<WindowFigures> windowFigures(const QSqlDatabase &db, const QDateTime &from, const QDateTime &to, qint64 bucketSeconds);
    /// PostgreSQL: the top \a limit statements of pg_stat_statements by total time; SQLite, or the extension
    /// missing: not available, with the sentence that says how to enable it.
    static Result<ServerStatements> serverStatements(const QSqlDatabase &db, int limit = 20);
    /// PostgreSQL: the schema pg_stat_statements is installed in, empty when this database does not have it.
    static Result<QString> statementsSchema(const QSqlDatabase &db);
    /// Rolls the finished hours of query_metrics up into query_metrics_hourly (the hour before the last rolled up again,
    /// for minutes kept late; at first every hour kept), and records how far (the monitoring round; PostgreSQL: the
    /// tables' owner). Returns the hourly rows written.
    static Result<int> rollup(const QSqlDatabase &db, const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// Up to when the rollup is complete (invalid: never rolled up).
    static Result<QDateTime> rolledUpTo(const QSqlDatabase &db);
};

} // namespace Atelier
