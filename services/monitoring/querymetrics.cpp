#include "monitoring/querymetrics.h"

#include "core/database.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace Atelier {

namespace {
constexpr int kPerDoubling = 8;
constexpr int kBuckets = kPerDoubling * 36; // 1 µs … 2^36 µs (19 hours)
} // namespace

int QueryHistogram::bucketOf(double milliseconds)
{
    const double micro = milliseconds * 1000.0;
    if (!(micro > 1.0))
        return 0;
    return std::clamp(int(std::ceil(std::log2(micro) * kPerDoubling)), 0, kBuckets - 1);
}

double QueryHistogram::upperEdge(int bucket)
{
    return std::exp2(double(bucket) / kPerDoubling) / 1000.0;
}

void QueryHistogram::add(double milliseconds, qint64 count)
{
    const int b = bucketOf(milliseconds);
    if (m_buckets.size() <= b)
        m_buckets.resize(b + 1, 0);
    m_buckets[b] += count;
    m_count += count;
}

void QueryHistogram::merge(const QueryHistogram &other)
{
    if (m_buckets.size() < other.m_buckets.size())
        m_buckets.resize(other.m_buckets.size(), 0);
    for (qsizetype i = 0; i < other.m_buckets.size(); ++i)
        m_buckets[i] += other.m_buckets[i];
    m_count += other.m_count;
}

double QueryHistogram::quantile(double fraction) const
{
    if (m_count == 0)
        return 0;
    const qint64 rank = std::max<qint64>(1, qint64(std::ceil(fraction * double(m_count))));
    qint64 seen = 0;
    for (qsizetype i = 0; i < m_buckets.size(); ++i) {
        seen += m_buckets[i];
        if (seen >= rank)
            return upperEdge(int(i));
    }
    return upperEdge(int(m_buckets.size()) - 1);
}

QString QueryHistogram::toText() const
{
    QStringList parts;
    for (qsizetype i = 0; i < m_buckets.size(); ++i)
        if (m_buckets[i] > 0)
            parts << QStringLiteral("%1:%2").arg(i).arg(m_buckets[i]);
    return parts.join(QLatin1Char(','));
}

QueryHistogram QueryHistogram::fromText(const QString &text)
{
    QueryHistogram h;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        bool okBucket = false, okCount = false;
        const int bucket = part.left(colon).toInt(&okBucket);
        const qint64 count = part.mid(colon + 1).toLongLong(&okCount);
        if (colon < 0 || !okBucket || !okCount || bucket < 0 || bucket >= kBuckets || count <= 0)
            continue; // a damaged part is left out, the rest still counts
        if (h.m_buckets.size() <= bucket)
            h.m_buckets.resize(bucket + 1, 0);
        h.m_buckets[bucket] += count;
        h.m_count += count;
    }
    return h;
}

struct QueryMetrics::Private
{
    struct Aggregate
    {
        qint64 calls = 0;
        double totalMs = 0;
        double maxMs = 0;
        qint64 rows = 0;
        QueryHistogram histogram;
        QString sql;
    };
    using Key = std::tuple<qint64, QString, QString, QString>; // minute (ms), kind, service, statement
    mutable QMutex mutex;
    std::map<Key, Aggregate> minutes;
    std::atomic<bool> enabled{true};
    std::atomic<qint64> lastFlushMs{0};
    QString source;
};

QueryMetrics &QueryMetrics::instance()
{
    static QueryMetrics metrics;
    return metrics;
}

QueryMetrics::QueryMetrics() : d(std::make_unique<Private>())
{
    d->source = QStringLiteral("%1:%2:%3")
                    .arg(QSysInfo::machineHostName().left(100))
                    .arg(QCoreApplication::applicationPid())
                    .arg(QDateTime::currentMSecsSinceEpoch());
}

QueryMetrics::~QueryMetrics() = default;

void QueryMetrics::setEnabled(bool enabled)
{
    d->enabled = enabled;
}

bool QueryMetrics::isEnabled() const
{
    return d->enabled;
}

QString QueryMetrics::source() const
{
    return d->source;
}

void QueryMetrics::record(const QString &databaseKind, const QString &service, const QString &statement, double milliseconds,
                          qint64 rows, const QString &sql, const QDateTime &at)
{
    if (!d->enabled)
        return;
    const qint64 minute = at.toMSecsSinceEpoch() / 60000 * 60000;
    QMutexLocker lock(&d->mutex);
    auto &a = d->minutes[Private::Key{minute, databaseKind, service.left(100), statement.left(200)}];
    ++a.calls;
    a.totalMs += milliseconds;
    a.maxMs = std::max(a.maxMs, milliseconds);
    a.rows += rows;
    a.histogram.add(milliseconds);
    if (a.sql.isEmpty() && !sql.isEmpty())
        a.sql = sql.left(10000);
}

QList<QueryMinute> QueryMetrics::take(bool all)
{
    const qint64 current = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000;
    QList<QueryMinute> taken;
    QMutexLocker lock(&d->mutex);
    for (auto it = d->minutes.begin(); it != d->minutes.end();) {
        const auto &[minute, kind, service, statement] = it->first;
        if (!all && minute >= current) {
            ++it;
            continue;
        }
        const auto &a = it->second;
        taken.append(QueryMinute{QDateTime::fromMSecsSinceEpoch(minute, Qt::UTC), kind, service, statement, a.calls, a.totalMs,
                                 a.maxMs, a.histogram.quantile(0.95), a.rows, a.histogram.toText(), a.sql});
        it = d->minutes.erase(it);
    }
    return taken;
}

void QueryMetrics::restore(const QList<QueryMinute> &minutes)
{
    QMutexLocker lock(&d->mutex);
    for (const QueryMinute &m : minutes) {
        auto &a = d->minutes[Private::Key{m.minute.toMSecsSinceEpoch(), m.databaseKind, m.service, m.statement}];
        a.calls += m.calls;
        a.totalMs += m.totalMs;
        a.maxMs = std::max(a.maxMs, m.maxMs);
        a.rows += m.rows;
        a.histogram.merge(QueryHistogram::fromText(m.histogram));
        if (a.sql.isEmpty())
            a.sql = m.sql;
    }
}

Result<int> QueryMetrics::flush(const QSqlDatabase &db, bool all)
{
    QueryMetrics &self = instance();
    const QList<QueryMinute> minutes = self.take(all);
    if (minutes.isEmpty())
        return 0;
    const SqlDialect dialect = SqlDialect::of(db);
    WriteTransaction tx(db);
    const QString what = tr("Keeping the query metrics");
    if (auto s = tx.begin(what); !s) {
        self.restore(minutes);
        return s.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO query_metrics (id, minute, database_kind, service, statement, calls, total_ms, max_ms, p95_ms, "
                             "row_count, histogram, sample_sql, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QueryMinute &m : minutes) {
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(dialect.timeValue(m.minute));
        q.addBindValue(m.databaseKind);
        q.addBindValue(m.service);
        q.addBindValue(m.statement);
        q.addBindValue(m.calls);
        q.addBindValue(m.totalMs);
        q.addBindValue(m.maxMs);
        q.addBindValue(m.p95Ms);
        q.addBindValue(m.rows);
        q.addBindValue(m.histogram.left(2000));
        q.addBindValue(m.sql.isEmpty() ? QVariant() : QVariant(m.sql));
        q.addBindValue(self.source());
        if (!q.exec()) {
            const Error error = Database::queryError(q, what);
            self.restore(minutes);
            return error;
        }
    }
    if (auto s = tx.commit(what); !s) {
        self.restore(minutes);
        return s.error();
    }
    return int(minutes.size());
}

void QueryMetrics::flushIfDue(const QSqlDatabase &db)
{
    QueryMetrics &self = instance();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 last = self.d->lastFlushMs.load();
    if (now - last < 60000 || !self.d->lastFlushMs.compare_exchange_strong(last, now))
        return; // flushed less than a minute ago, or another thread is at it
    flush(db, false);
}

StatementTimer::StatementTimer(const QSqlDatabase &db, QString service, QString statement)
    : m_service(std::move(service)), m_statement(std::move(statement))
{
    if (!QueryMetrics::instance().isEnabled())
        return;
    m_kind = SqlDialect::of(db).isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    m_timer.start();
}

StatementTimer::~StatementTimer()
{
    if (m_timer.isValid())
        QueryMetrics::instance().record(m_kind, m_service, m_statement, double(m_timer.nsecsElapsed()) / 1e6, m_rows, m_sql);
}

bool timedExec(QSqlQuery &query, const QString &service, const QString &statement)
{
    QueryMetrics &metrics = QueryMetrics::instance();
    if (!metrics.isEnabled())
        return query.exec();
    QElapsedTimer timer;
    timer.start();
    const bool ok = query.exec();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const bool sqlite = query.driver() && query.driver()->dbmsType() == QSqlDriver::SQLite;
    qint64 rows = 0;
    if (ok)
        rows = query.isSelect() ? std::max(0, query.size()) : std::max(0, query.numRowsAffected());
    metrics.record(sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql"), service, statement, ms, rows, query.lastQuery());
    return ok;
}

} // namespace Atelier
