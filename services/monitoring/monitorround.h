#pragma once

#include "core/result.h"
#include "monitoring/alertservice.h"
#include "monitoring/healthservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QSqlDatabase;

namespace Atelier {

/// What a monitoring round did.
struct MonitorRoundResult final
{
    bool ran = false;            ///< false: other consoles or monitors took this interval's rounds
    QList<HealthCheck> checks;   ///< the checks kept
    bool evaluated = false;      ///< the alert rules were evaluated (PostgreSQL: only a login that may write alerts)
    AlertEvaluation alerts;
    qint64 pruned = -1;          ///< rows of query_metrics, service_health and statement_snapshots removed; -1: not this login's to prune
    int rolledUp = -1;           ///< hourly rows of query_metrics_hourly written; -1: not rolled up in this round
    int snapshot = -1;           ///< statements kept in a snapshot of pg_stat_statements; -1: none taken in this round
};

/// The monitoring round (issue 19) that the open console and `atelier monitor` run every interval: the health checks
/// kept in service_health, the alert rules evaluated (raising and resolving alerts, and their workflow events), the
/// rows of query_metrics and service_health older than the retention pruned. Before a round, claim() asks the
/// database whether the last round started at least the interval ago (table monitoring_rounds; PostgreSQL:
/// atelier_monitor_claim), so that however many consoles are open on one database, one of them does each round.
class MonitorRound final
{
    Q_DECLARE_TR_FUNCTIONS(MonitorRound)
public:
    static constexpr int kDefaultIntervalSeconds = 60;
    static constexpr int kDefaultRetentionDays = 90;
    /// The console's settings (QSettings "monitoring/intervalSeconds", 10–3600, and "monitoring/retentionDays", 7–3650).
    static int intervalSetting();
    static int retentionSetting();

    /// Takes the round named \a name for \a holder when the last one started at least \a intervalSeconds ago (less a
    /// tenth, at most 5 s, of slack for timers); false: someone else's round is recent.
    static Result<bool> claim(const QSqlDatabase &db, const QString &holder, int intervalSeconds, const QString &name);
    /// Removes the rows of query_metrics and service_health older than \a retentionDays before \a now. PostgreSQL: only
    /// the tables' owner (members may not delete them): std::nullopt for anyone else.
    static Result<std::optional<qint64>> prune(const QSqlDatabase &db, int retentionDays, const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// The rounds claim() gives: "health" (the checks kept) and, for a login that may write alerts, "alerts" (the
    /// rules evaluated, old rows pruned) and, every StatementSnapshots::kIntervalSeconds at least, "statements" (a
    /// snapshot of pg_stat_statements). \a force: all, without asking claim().
    static Result<MonitorRoundResult> run(const QSqlDatabase &db, const QString &holder, int intervalSeconds, int retentionDays, bool force = false);
};

} // namespace Atelier
