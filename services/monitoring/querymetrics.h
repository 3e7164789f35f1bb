#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace Atelier {

/// One minute of one statement of one service, as kept in query_metrics.
struct QueryMinute final
{
    QDateTime minute; // UTC, whole minute
    QString databaseKind; // "sqlite", "postgresql"
    QString service;
    QString statement;
    qint64 calls = 0;
    double totalMs = 0;
    double maxMs = 0;
    double p95Ms = 0;
    qint64 rows = 0;
    QString histogram; // "bucket:count,…" (QueryHistogram)
    QString sql;       // the statement's SQL with its placeholders (never its values), when the timer was given it
};

/// Durations in logarithmic buckets (8 a doubling, from 1 µs): p95 within 9 %, mergeable across minutes and processes.
class QueryHistogram final
{
public:
    void add(double milliseconds, qint64 count = 1);
    void merge(const QueryHistogram &other);
    /// The duration under which \a fraction of the calls fell (the bucket's upper edge); 0 when empty.
    double quantile(double fraction) const;
    qint64 count() const { return m_count; }
    QString toText() const;
    static QueryHistogram fromText(const QString &text);
    static int bucketOf(double milliseconds);
    static double upperEdge(int bucket);

private:
    QList<qint64> m_buckets;
    qint64 m_count = 0;
};

/// The statements this process timed where they ran, as per-minute aggregates in memory until flushed to
/// query_metrics (by the console, the workflow runner and each verb). Thread-safe; recording costs a lock and a
/// hash lookup.
class QueryMetrics final
{
    Q_DECLARE_TR_FUNCTIONS(QueryMetrics)
public:
    static QueryMetrics &instance();
    QueryMetrics();
    ~QueryMetrics();

    void record(const QString &databaseKind, const QString &service, const QString &statement, double milliseconds, qint64 rows,
                const QString &sql = {}, const QDateTime &at = QDateTime::currentDateTimeUtc());
    /// Off: record() does nothing (the bench's "without").
    void setEnabled(bool enabled);
    bool isEnabled() const;
    /// The minutes kept, taken out: the finished ones (before the current minute), or all.
    QList<QueryMinute> take(bool all);
    /// Puts back minutes a flush could not write.
    void restore(const QList<QueryMinute> &minutes);
    /// This process, as query_metrics.source names it (host, process id, start).
    QString source() const;

    /// Writes the minutes kept (finished ones, or all) to query_metrics in one transaction; how many rows. What
    /// could not be written is kept for the next flush.
    static Result<int> flush(const QSqlDatabase &db, bool all = false);
    /// As flush() of the finished minutes, at most once a minute per process (the analysis runner calls it after each
    /// analysis, outside any transaction, so that the console keeps its figures as it goes); failures are kept for the
    /// next time.
    static void flushIfDue(const QSqlDatabase &db);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Times one statement (or one service call that runs several) from construction to destruction and records it in
/// QueryMetrics under \a service and \a statement, with the rows set.
class StatementTimer final
{
public:
    StatementTimer(const QSqlDatabase &db, QString service, QString statement);
    ~StatementTimer();
    StatementTimer(const StatementTimer &) = delete;
    StatementTimer &operator=(const StatementTimer &) = delete;
    void setRows(qint64 rows) { m_rows = rows; }
    /// The statement's SQL with its placeholders (kept with the metrics, so that the advice can explain it).
    void setSql(const QString &sql) { m_sql = sql; }

private:
    QString m_kind;
    QString m_service;
    QString m_statement;
    QString m_sql;
    qint64 m_rows = 0;
    QElapsedTimer m_timer;
};

/// Runs \a query (prepared, values bound) under a StatementTimer named \a service and \a statement, its SQL kept; the
/// rows it returned or changed are counted. As QSqlQuery::exec().
bool timedExec(QSqlQuery &query, const QString &service, const QString &statement);

} // namespace Atelier
