#include "monitoring/healthservice.h"

#include "ai/assetstore.h"
#include "ai/providersettings.h"
#include "core/database.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUuid>

namespace Atelier {

namespace {

QString worst(const QString &a, const QString &b)
{
    auto rank = [](const QString &s) { return s == QLatin1String("down") ? 2 : s == QLatin1String("degraded") ? 1 : 0; };
    return rank(a) >= rank(b) ? a : b;
}

HealthCheck fresh(const QString &service)
{
    HealthCheck h;
    h.service = service;
    h.status = QStringLiteral("healthy");
    return h;
}

HealthCheck database(const QSqlDatabase &db)
{
    HealthCheck h = fresh(QStringLiteral("database"));
    const bool sqlite = SqlDialect::of(db).isSqlite();
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(db);
    const QString sql = sqlite ? QStringLiteral("SELECT 'SQLite ' || sqlite_version(), NULL, NULL")
                               : QStringLiteral("SELECT split_part(version(), ' on ', 1), (SELECT count(*) FROM pg_stat_activity), "
                                                "current_setting('max_connections')::int");
    if (!q.exec(sql) || !q.next()) {
        h.status = QStringLiteral("down");
        h.detail = Database::queryError(q, HealthService::tr("Asking the database")).message;
        return h;
    }
    h.latencyMs = timer.elapsed();
    h.detail = q.value(0).toString();
    if (!sqlite) {
        const int used = q.value(1).toInt(), max = q.value(2).toInt();
        h.detail += HealthService::tr("; %1 of %2 connections used").arg(used).arg(max);
        if (max > 0 && used * 10 >= max * 9)
            h.status = QStringLiteral("degraded");
        // Replication lag, when the server has standbys (pg_stat_replication; its lag columns need pg_monitor).
        QSqlQuery r(db);
        if (!r.exec(HealthService::replicationQuery()) || !r.next()) {
            h.detail += HealthService::tr("; replication not readable: %1").arg(r.lastError().text());
        } else if (const int standbys = r.value(0).toInt(); standbys > 0) {
            if (r.value(1).isNull() && r.value(2).isNull()) {
                h.detail += HealthService::tr("; %n standby(s), their lag readable by pg_monitor members only", nullptr, standbys);
            } else {
                const double lagSeconds = r.value(1).toDouble();
                const double behindMb = r.value(2).toDouble() / (1024.0 * 1024.0);
                h.detail += HealthService::tr("; %n standby(s), replay lag %1 s, %2 MB behind", nullptr, standbys)
                                .arg(lagSeconds, 0, 'f', 1)
                                .arg(behindMb, 0, 'f', 1);
                if (lagSeconds > 60)
                    h.status = worst(h.status, QStringLiteral("degraded"));
            }
        }
    }
    if (h.latencyMs > 1000)
        h.status = worst(h.status, QStringLiteral("degraded"));
    return h;
}

HealthCheck generationQueue(const QSqlDatabase &db)
{
    HealthCheck h = fresh(QStringLiteral("generation_queue"));
    const SqlDialect d = SqlDialect::of(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM ai_generations WHERE status = 'pending'), "
                             "(SELECT min(coalesce(next_attempt_at, created_at)) FROM ai_generations WHERE status = 'pending'), "
                             "(SELECT count(*) FROM ai_generations WHERE status = 'failed' AND created_at >= ?), "
                             "(SELECT count(*) FROM ai_generations WHERE status IN ('completed', 'failed') AND created_at >= ?)"));
    q.addBindValue(d.timeValue(now.addDays(-1)));
    q.addBindValue(d.timeValue(now.addDays(-1)));
    QElapsedTimer timer;
    timer.start();
    if (!q.exec() || !q.next()) {
        h.status = QStringLiteral("down");
        h.detail = Database::queryError(q, HealthService::tr("Reading the generation queue")).message;
        return h;
    }
    h.latencyMs = timer.elapsed();
    const qint64 backlog = q.value(0).toLongLong();
    const QDateTime oldest = d.toDateTime(q.value(1));
    const qint64 failed = q.value(2).toLongLong(), finished = q.value(3).toLongLong();
    const qint64 waitedMinutes = oldest.isValid() && oldest < now ? oldest.secsTo(now) / 60 : 0;
    const double failureRate = finished > 0 ? double(failed) / double(finished) : 0;
    h.detail = HealthService::tr("%1 waiting, the oldest due for %2 min; %3 % of the last day's %4 failed")
                   .arg(backlog)
                   .arg(waitedMinutes)
                   .arg(100.0 * failureRate, 0, 'f', 1)
                   .arg(finished);
    if (waitedMinutes > 60 || (finished >= 10 && failureRate > 0.5))
        h.status = QStringLiteral("down");
    else if (waitedMinutes > 15 || (finished >= 10 && failureRate > 0.2))
        h.status = QStringLiteral("degraded");
    return h;
}

HealthCheck workflowRunners(const QSqlDatabase &db)
{
    HealthCheck h = fresh(QStringLiteral("workflow_runners"));
    const SqlDialect d = SqlDialect::of(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT (SELECT max(schedule_checked_at) FROM workflows WHERE status = 'active'), "
                             "(SELECT min(coalesce(run_after, created_at)) FROM workflow_executions WHERE status = 'queued'), "
                             "(SELECT count(*) FROM workflow_executions WHERE status = 'running' AND lease_expires_at < ?)"));
    q.addBindValue(d.timeValue(now));
    QElapsedTimer timer;
    timer.start();
    if (!q.exec() || !q.next()) {
        h.status = QStringLiteral("down");
        h.detail = Database::queryError(q, HealthService::tr("Reading the workflow runners' state")).message;
        return h;
    }
    h.latencyMs = timer.elapsed();
    const QDateTime tick = d.toDateTime(q.value(0));
    const QDateTime oldest = d.toDateTime(q.value(1));
    const qint64 lapsed = q.value(2).toLongLong();
    const qint64 waited = oldest.isValid() && oldest < now ? oldest.secsTo(now) : 0;
    h.detail = (tick.isValid() ? HealthService::tr("last scheduler tick %1 s ago").arg(tick.secsTo(now))
                               : HealthService::tr("no scheduler tick yet"))
               + HealthService::tr("; the oldest queued execution waits %1 s; %2 running past their lease").arg(waited).arg(lapsed);
    if (waited > 1800)
        h.status = QStringLiteral("down");
    else if (waited > 300 || lapsed > 0)
        h.status = QStringLiteral("degraded");
    return h;
}

HealthCheck assetCache()
{
    HealthCheck h = fresh(QStringLiteral("asset_cache"));
    QString folder = AssetStore::cacheFolder();
    QDir dir(folder);
    while (!dir.exists() && dir.cdUp()) {
    }
    QStorageInfo storage(dir.absolutePath());
    if (!storage.isValid() || !storage.isReady()) {
        h.status = QStringLiteral("down");
        h.detail = HealthService::tr("The disk of %1 cannot be read.").arg(folder);
        return h;
    }
    const qint64 available = storage.bytesAvailable(), total = storage.bytesTotal();
    const QLocale c = QLocale::c();
    h.detail = HealthService::tr("%1 free of %2 on the disk of %3")
                   .arg(c.formattedDataSize(available, 1, QLocale::DataSizeTraditionalFormat),
                        c.formattedDataSize(total, 1, QLocale::DataSizeTraditionalFormat), folder);
    if (available < 100LL * 1024 * 1024)
        h.status = QStringLiteral("down");
    else if (available < 1024LL * 1024 * 1024 || (total > 0 && available * 20 < total))
        h.status = QStringLiteral("degraded");
    return h;
}

/// The status of the last check of \a service kept in service_health (empty: none).
QString lastStatus(const QSqlDatabase &db, const QString &service)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status FROM service_health WHERE service = ? ORDER BY checked_at DESC LIMIT 1"));
    q.addBindValue(service);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

/// A configured provider (one with a key on this desktop): the call that costs nothing and needs the key
/// (ProviderSettings::test). Slow (over 5 s) is degraded; a failure is degraded the first time and down when the last
/// check kept had failed too — so a provider that stops answering is degraded, then down at the next check.
HealthCheck provider(const QSqlDatabase &db, const ProviderConfig &config)
{
    HealthCheck h = fresh(QStringLiteral("provider_") + config.name);
    QElapsedTimer timer;
    timer.start();
    const auto answered = ProviderSettings::test(config.name, 10000);
    h.latencyMs = timer.elapsed();
    if (answered) {
        h.detail = answered.value();
        if (h.latencyMs > 5000)
            h.status = QStringLiteral("degraded");
        return h;
    }
    h.detail = answered.error().message;
    const QString before = lastStatus(db, h.service);
    h.status = before == QLatin1String("degraded") || before == QLatin1String("down") ? QStringLiteral("down") : QStringLiteral("degraded");
    return h;
}

} // namespace

QString HealthService::replicationQuery()
{
    // The worst standby: its replay lag (seconds) and how far its replay is behind this server's WAL (bytes; none on a
    // standby itself, which has no current WAL position of its own).
    return QStringLiteral("SELECT count(*), max(extract(epoch FROM coalesce(replay_lag, flush_lag, write_lag))), "
                          "max(CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) END) "
                          "FROM pg_stat_replication");
}

QStringList HealthService::services()
{
    QStringList names{QStringLiteral("database"), QStringLiteral("generation_queue"), QStringLiteral("workflow_runners"),
                      QStringLiteral("asset_cache")};
    for (const QString &name : ProviderSettings::names())
        if (name != QLatin1String("offline"))
            names << QStringLiteral("provider_") + name;
    return names;
}

Result<QList<HealthCheck>> HealthService::check(const QSqlDatabase &db)
{
    QList<HealthCheck> checks{database(db), generationQueue(db), workflowRunners(db), assetCache()};
    if (auto providers = ProviderSettings::list())
        for (const ProviderConfig &config : std::as_const(providers.value()))
            if (config.name != QLatin1String("offline") && config.hasKey)
                checks.append(provider(db, config));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto &c : checks)
        c.checkedAt = now;
    return checks;
}

Status HealthService::record(const QSqlDatabase &db, const QList<HealthCheck> &checks)
{
    const SqlDialect d = SqlDialect::of(db);
    const QString what = tr("Keeping the service health");
    WriteTransaction tx(db);
    if (auto s = tx.begin(what); !s)
        return s;
    const QString who = Database::currentUser(db);
    QSqlQuery q(db);
    // PostgreSQL: in the session's own login's name, as the policy requires.
    q.prepare(QStringLiteral("INSERT INTO service_health (id, service, status, latency_ms, message, checked_at, checked_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, %1)")
                  .arg(d.isSqlite() ? QStringLiteral("?") : QStringLiteral("session_user")));
    for (const HealthCheck &c : checks) {
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(c.service);
        q.addBindValue(c.status);
        q.addBindValue(c.latencyMs >= 0 ? QVariant(c.latencyMs) : QVariant());
        q.addBindValue(c.detail.left(2000));
        q.addBindValue(d.timeValue(c.checkedAt));
        if (d.isSqlite())
            q.addBindValue(who);
        if (!q.exec())
            return Database::queryError(q, what);
    }
    return tx.commit(what);
}

Result<QList<HealthCheck>> HealthService::history(const QSqlDatabase &db, const QString &service, const QDateTime &from, const QDateTime &to)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT service, status, latency_ms, message, checked_at FROM service_health WHERE checked_at >= ? AND checked_at < ? "
                             "AND (? = '' OR service = ?) ORDER BY checked_at DESC, service LIMIT 10000"));
    q.addBindValue(d.timeValue(from));
    q.addBindValue(d.timeValue(to));
    q.addBindValue(service);
    q.addBindValue(service);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the service health history"));
    QList<HealthCheck> rows;
    while (q.next())
        rows.append(HealthCheck{q.value(0).toString(), q.value(1).toString(), q.value(2).isNull() ? -1 : q.value(2).toLongLong(),
                                q.value(3).toString(), d.toDateTime(q.value(4))});
    return rows;
}

} // namespace Atelier
