#include "workflows/workflowoverview.h"

#include "core/database.h"
#include "core/sqldialect.h"
#include "workflows/cronschedule.h"
#include "workflows/workflowdefinition.h"
#include "workflows/workflowservice.h"

#include <QHash>
#include <QSqlQuery>

namespace Atelier {

QDateTime WorkflowOverview::nextRun(const QJsonObject &trigger, const QDateTime &now)
{
    auto definition = WorkflowDefinition::parse(trigger, QJsonArray{});
    // An empty action list is a problem of its own: read the trigger even so.
    WorkflowTrigger t;
    if (definition) {
        t = definition->trigger;
    } else {
        if (trigger.value(QLatin1String("type")).toString() != QLatin1String("schedule"))
            return {};
        t.kind = WorkflowTrigger::Kind::Schedule;
        t.cron = trigger.value(QLatin1String("cron")).toString();
        t.timezone = trigger.value(QLatin1String("timezone")).toString(QStringLiteral("UTC"));
        t.everySeconds = trigger.contains(QLatin1String("every_minutes")) ? trigger.value(QLatin1String("every_minutes")).toInt() * 60
                                                                          : trigger.value(QLatin1String("every_seconds")).toInt();
    }
    if (t.kind != WorkflowTrigger::Kind::Schedule)
        return {};
    auto schedule = t.everySeconds > 0 ? CronSchedule::every(t.everySeconds)
                                       : CronSchedule::parse(t.cron, t.timezone.isEmpty() ? QStringLiteral("UTC") : t.timezone);
    if (!schedule)
        return {};
    return schedule->nextAfter(now);
}

Result<QString> WorkflowOverview::fingerprint(const QSqlDatabase &db, const QString &brandId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM workflows WHERE brand_id = ?), (SELECT MAX(updated_at) FROM workflows WHERE brand_id = ?), "
        "(SELECT MAX(created_at) FROM workflow_executions WHERE brand_id = ?), (SELECT MAX(started_at) FROM workflow_executions WHERE brand_id = ?), "
        "(SELECT MAX(completed_at) FROM workflow_executions WHERE brand_id = ?), "
        "(SELECT COUNT(*) FROM workflow_executions WHERE brand_id = ? AND status IN ('queued', 'running', 'waiting'))"));
    for (int i = 0; i < 6; ++i)
        q.addBindValue(brandId);
    if (!q.exec() || !q.next())
        return Database::queryError(q, tr("Looking for changes to the workflows"));
    QStringList parts;
    for (int i = 0; i < 6; ++i)
        parts.append(q.value(i).toString());
    return parts.join(QLatin1Char('|'));
}

Result<QList<WorkflowSummary>> WorkflowOverview::list(const QSqlDatabase &db, const QString &brandId, const QDateTime &now)
{
    auto workflows = WorkflowService::list(db, brandId);
    if (!workflows)
        return workflows.error();
    const SqlDialect d = SqlDialect::of(db);
    struct Figures
    {
        QDateTime lastRun;
        QString lastStatus;
        int finished = 0;
        int completed = 0;
    };
    QHash<QString, Figures> figures;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT workflow_id, "
                                 "sum(CASE WHEN status IN ('completed', 'failed') AND created_at >= ? THEN 1 ELSE 0 END), "
                                 "sum(CASE WHEN status = 'completed' AND created_at >= ? THEN 1 ELSE 0 END) "
                                 "FROM workflow_executions WHERE brand_id = ? GROUP BY workflow_id"));
        const QVariant since = d.timeValue(now.toUTC().addDays(-30));
        q.addBindValue(since);
        q.addBindValue(since);
        q.addBindValue(brandId);
        if (!q.exec())
            return Database::queryError(q, tr("Counting the runs of workflows"));
        while (q.next()) {
            Figures &f = figures[q.value(0).toString()];
            f.finished = q.value(1).toInt();
            f.completed = q.value(2).toInt();
        }
    }
    {
        // The newest execution of each workflow (ties broken by id, as the executions list orders them).
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT x.workflow_id, coalesce(x.started_at, x.created_at), x.status FROM workflow_executions x "
                                 "WHERE x.brand_id = ? AND x.id = (SELECT y.id FROM workflow_executions y WHERE y.workflow_id = x.workflow_id "
                                 "ORDER BY y.created_at DESC, y.id DESC LIMIT 1)"));
        q.addBindValue(brandId);
        if (!q.exec())
            return Database::queryError(q, tr("Reading the last runs of workflows"));
        while (q.next()) {
            Figures &f = figures[q.value(0).toString()];
            f.lastRun = d.toDateTime(q.value(1));
            f.lastStatus = q.value(2).toString();
        }
    }
    WorkflowValidation validation;
    if (auto hosts = WorkflowService::allowedHosts(db, brandId))
        validation.allowedHosts = hosts.value();
    QList<WorkflowSummary> out;
    out.reserve(workflows->size());
    for (const Workflow &w : workflows.value()) {
        WorkflowSummary s;
        s.workflow = w;
        const Figures f = figures.value(w.id);
        s.lastRun = f.lastRun;
        s.lastStatus = f.lastStatus;
        s.finished30 = f.finished;
        s.completed30 = f.completed;
        QList<WorkflowProblem> problems;
        if (!WorkflowDefinition::parse(w.trigger, w.actions, validation, &problems) && !problems.isEmpty())
            s.problem = problems.first().path + QStringLiteral(": ") + problems.first().message;
        if (w.status == QLatin1String("active"))
            s.nextRun = nextRun(w.trigger, now);
        out.append(s);
    }
    return out;
}

} // namespace Atelier
