#pragma once

#include "workflows/workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class QSqlDatabase;

namespace Atelier {

/// A workflow as the console's list shows it: the row, its last run, how its runs of the last 30 days ended, and
/// when its schedule fires next.
struct WorkflowSummary final
{
    Workflow workflow;
    QDateTime lastRun;      ///< the newest execution's start (or creation when it has not started); null: never ran
    QString lastStatus;     ///< that execution's status
    int finished30 = 0;     ///< executions created in the last 30 days that completed or failed
    int completed30 = 0;    ///< of which completed
    QDateTime nextRun;      ///< the schedule's next instant after now (active schedules only); null otherwise
    QString problem;        ///< why the definition does not parse (edited by hand), empty when it does

    /// completed30 / finished30, or -1 when nothing finished in 30 days.
    double successRate() const { return finished30 > 0 ? double(completed30) / finished30 : -1.0; }
};

/// The list with its figures in one query per brand (not one per workflow).
class WorkflowOverview final
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowOverview)
public:
    static Result<QList<WorkflowSummary>> list(const QSqlDatabase &db, const QString &brandId, const QDateTime &now);
    /// A short text that changes when the brand's workflows or executions change (a workflow created, saved, renamed,
    /// paused or deleted; an execution queued, started, ended, retried or cancelled), by this console or another
    /// program: the open page compares it on each runner pass and reads the list again only when it changed.
    static Result<QString> fingerprint(const QSqlDatabase &db, const QString &brandId);
    /// The next instant of a schedule trigger after \a now; null for other triggers or when it does not parse.
    static QDateTime nextRun(const QJsonObject &trigger, const QDateTime &now);
};

} // namespace Atelier
