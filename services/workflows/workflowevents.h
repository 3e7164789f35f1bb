#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

class QSqlDatabase;

namespace Atelier {

/// The events the product raises for workflows with an event trigger (docs/workflows.md, "event"): an outbox,
/// table `workflow_events` (migration 0015). raise() is a cheap insert in the caller's transaction (none when no
/// active workflow of the brand listens to that event); dispatch(), called by every runner's scheduler tick, turns
/// the events into executions of the matching workflows its identity runs. Each (event, workflow) is looked at
/// once (table `workflow_event_deliveries`, primary key (event_id, workflow_id), written in the transaction that
/// queues the execution), so an event starts a workflow at most once however many runners dispatch at the same time.
class WorkflowEvents final
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowEvents)
public:
    /// How far back a workflow looks for events it has not seen (besides: never before it was last saved or resumed).
    static constexpr qint64 lookBackMs = 24LL * 3600 * 1000;

    /// Raises \a event in \a brandId with \a payload. \a dedupKey (optional) makes a second raise with the same key in
    /// the brand a no-op. Returns whether a row was written (false: nobody listens, or the key was taken).
    static Result<bool> raise(const QSqlDatabase &db, const QString &brandId, const QString &event, const QJsonObject &payload,
                              const QString &dedupKey = {});
    /// Raises \a event (with \a payload) in every brand where an active workflow listens to it: an installation-wide
    /// happening (an installation's alert). A brand that refuses it (PostgreSQL: one this login is not a member of) is
    /// skipped and logged. Returns how many brands it was raised in.
    static Result<int> raiseInListeningBrands(const QSqlDatabase &db, const QString &event, const QJsonObject &payload);
    /// quota.threshold, when a charge of \a charged credits moved \a userId's use in \a brandId across the percent of
    /// an active quota.threshold workflow of the brand. Call after the charge, in its transaction.
    static Result<bool> raiseQuotaCrossing(const QSqlDatabase &db, const QString &brandId, const QString &userId, int charged);

    /// Whether an event trigger ({"type": "event", "event": …, filter keys…}) takes an event with \a payload.
    static bool matches(const QJsonObject &trigger, const QString &event, const QJsonObject &payload);

    /// For each active event workflow this connection's identity runs: watches its computed events (anomalies,
    /// metric thresholds, experiments: yesterday's, once a day) and queues one execution per matching event it has
    /// not seen yet. Returns the number of executions queued.
    static Result<int> dispatch(const QSqlDatabase &db, const QDateTime &now);

    /// The computed events of \a day (a UTC date) for the brands whose active workflows this identity runs: anomaly.detected,
    /// metric.threshold, experiment.significant, each raised at most once per brand, key and day. Returns how many were raised.
    static Result<int> watch(const QSqlDatabase &db, const QDate &day);
};

} // namespace Atelier
