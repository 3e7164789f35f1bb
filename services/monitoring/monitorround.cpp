#include "monitoring/monitorround.h"

#include "core/database.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"
#include "monitoring/performanceservice.h"
#include "monitoring/statementsnapshots.h"

#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace Atelier {

int MonitorRound::intervalSetting()
{
    const int seconds = QSettings().value(QStringLiteral("monitoring/intervalSeconds"), kDefaultIntervalSeconds).toInt();
    return seconds <= 0 ? kDefaultIntervalSeconds : std::clamp(seconds, 10, 3600);
}

int MonitorRound::retentionSetting()
{
    const int days = QSettings().value(QStringLiteral("monitoring/retentionDays"), kDefaultRetentionDays).toInt();
    return days <= 0 ? kDefaultRetentionDays : std::clamp(days, 7, 3650);
}

Result<bool> MonitorRound::claim(const QSqlDatabase &db, const QString &holder, int intervalSeconds, const QString &name)
{
    const SqlDialect d = SqlDialect::of(db);
    const QString what = tr("Taking the monitoring round");
    const QString who = holder.left(200).isEmpty() ? QStringLiteral("?") : holder.left(200);
    const int every = std::clamp(intervalSeconds, 10, 86400);
    if (!d.isSqlite()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT public.atelier_monitor_claim(?, ?, ?)"));
        q.addBindValue(name);
        q.addBindValue(who);
        q.addBindValue(every);
        if (!q.exec() || !q.next())
            return Database::queryError(q, what);
        return q.value(0).toBool();
    }
    // SQLite: the same upsert, its condition on the file's clock (this machine's).
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 slackMs = std::min<qint64>(5000, every * 100LL);
    WriteTransaction tx(db);
    if (auto b = tx.begin(what); !b)
        return b.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO monitoring_rounds (name, holder, started_by, started_at) VALUES (?, ?, '', ?) "
                             "ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, started_at = excluded.started_at "
                             "WHERE monitoring_rounds.started_at <= ?"));
    q.addBindValue(name);
    q.addBindValue(who);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs - every * 1000LL + slackMs);
    if (!q.exec())
        return Database::queryError(q, what);
    const bool taken = q.numRowsAffected() > 0;
    if (auto c = tx.commit(what); !c)
        return c.error();
    return taken;
}

Result<std::optional<qint64>> MonitorRound::prune(const QSqlDatabase &db, int retentionDays, const QDateTime &now)
{
    const SqlDialect d = SqlDialect::of(db);
    const QString what = tr("Removing the monitoring rows older than %n days", nullptr, retentionDays);
    if (!d.isSqlite()) {
        // Members may not delete the history (no grant): only the tables' owner prunes.
        QSqlQuery may(db);
        if (!may.exec(QStringLiteral("SELECT bool_and(pg_catalog.pg_has_role(current_user, c.relowner, 'USAGE')) FROM pg_catalog.pg_class c "
                                     "WHERE c.oid IN ('public.query_metrics'::regclass, 'public.service_health'::regclass, "
                                     "'public.statement_snapshots'::regclass, 'public.query_metrics_hourly'::regclass)"))
            || !may.next())
            return Database::queryError(may, what);
        if (!may.value(0).toBool())
            return std::optional<qint64>();
    }
    const QVariant before = d.timeValue(now.addDays(-std::clamp(retentionDays, 1, 36500)));
    WriteTransaction tx(db);
    if (auto b = tx.begin(what); !b)
        return b.error();
    qint64 removed = 0;
    for (const auto &[table, column] : {std::pair{"query_metrics", "minute"}, std::pair{"service_health", "checked_at"},
                                        std::pair{"statement_snapshots", "taken_at"}, std::pair{"query_metrics_hourly", "hour"}}) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 < ?").arg(QLatin1String(table), QLatin1String(column)));
        q.addBindValue(before);
        if (!q.exec())
            return Database::queryError(q, what);
        removed += std::max(0, q.numRowsAffected());
    }
    if (auto c = tx.commit(what); !c)
        return c.error();
    return std::optional<qint64>(removed);
}

Result<MonitorRoundResult> MonitorRound::run(const QSqlDatabase &db, const QString &holder, int intervalSeconds, int retentionDays, bool force)
{
    MonitorRoundResult result;
    // Two rounds, each taken by one process per interval: the checks ("health": anyone may keep them) and the alerts
    // with the pruning ("alerts": PostgreSQL lets only a login that may write alerts, the administrator), so that a
    // member's console taking the checks never keeps the administrator's from evaluating the rules.
    auto taken = force ? Result<bool>(true) : claim(db, holder, intervalSeconds, QStringLiteral("health"));
    if (!taken)
        return taken.error();
    if (taken.value()) {
        result.ran = true;
        auto checks = HealthService::check(db);
        if (!checks)
            return checks.error();
        if (auto kept = HealthService::record(db, checks.value()); !kept)
            return kept.error();
        result.checks = checks.value();
    }
    bool mayEvaluate = true;
    if (!SqlDialect::of(db).isSqlite()) {
        QSqlQuery may(db);
        // The tables' owner (row-level security gives members no way to write alerts).
        if (!may.exec(QStringLiteral("SELECT pg_catalog.pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_catalog.pg_class c "
                                     "WHERE c.oid = 'public.alerts'::regclass"))
            || !may.next())
            return Database::queryError(may, tr("Reading who may raise alerts"));
        mayEvaluate = may.value(0).toBool();
    }
    if (!mayEvaluate)
        return result;
    taken = force ? Result<bool>(true) : claim(db, holder, intervalSeconds, QStringLiteral("alerts"));
    if (!taken)
        return taken.error();
    if (!taken.value())
        return result;
    result.ran = true;
    auto evaluated = AlertService::evaluate(db);
    if (!evaluated)
        return evaluated.error();
    result.evaluated = true;
    result.alerts = evaluated.value();
    auto pruned = prune(db, retentionDays);
    if (!pruned)
        return pruned.error();
    result.pruned = pruned->value_or(-1);
    if (pruned->has_value()) { // the tables' owner: the long windows' hourly rollup too
        auto rolled = PerformanceService::rollup(db);
        if (!rolled)
            return rolled.error();
        result.rolledUp = rolled.value();
    }
    taken = force ? Result<bool>(true)
                  : claim(db, holder, std::max(intervalSeconds, StatementSnapshots::kIntervalSeconds), QStringLiteral("statements"));
    if (!taken)
        return taken.error();
    if (taken.value()) {
        auto snapshot = StatementSnapshots::take(db);
        if (!snapshot)
            return snapshot.error();
        result.snapshot = snapshot.value();
    }
    return result;
}

} // namespace Atelier
