#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Atelier {

/// One check of one service, as kept in service_health.
struct HealthCheck final
{
    QString service; // database, generation_queue, workflow_runners, asset_cache, provider_<name>
    QString status;  // healthy, degraded, down
    qint64 latencyMs = -1;
    QString detail;
    QDateTime checkedAt;
};

/// Service health (issue 19): the database (latency, version, connections used of the maximum), the generation
/// queue (backlog, oldest due job, failure rate over a day), the workflow runners (the scheduler's last tick,
/// executions waiting, leases run out), the disk of the asset cache and each AI provider with a key on this desktop
/// (a call that costs nothing; a failure degraded, then down at the next check) — each healthy, degraded or down, with
/// a history in service_health.
class HealthService final
{
    Q_DECLARE_TR_FUNCTIONS(HealthService)
public:
    /// PostgreSQL: the standbys of this server (count), the worst replay lag in seconds and bytes behind (NULL without
    /// a standby, or for a login outside pg_monitor); part of the database's check.
    static QString replicationQuery();
    /// Every service a check may name (providers as provider_<name>).
    static QStringList services();
    /// Checks every service now (nothing written; a provider's last kept check decides whether a failure is down).
    static Result<QList<HealthCheck>> check(const QSqlDatabase &db);
    /// Keeps \a checks in service_health, in the connected person's name.
    static Status record(const QSqlDatabase &db, const QList<HealthCheck> &checks);
    /// The checks kept in [from, to), newest first; \a service empty: every service.
    static Result<QList<HealthCheck>> history(const QSqlDatabase &db, const QString &service, const QDateTime &from, const QDateTime &to);
};

} // namespace Atelier
