#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Atelier {

/// What starts a workflow (docs/workflows.md): {"type": "manual"}, {"type": "schedule", "cron": "0 9 * * 1",
/// "timezone": "Europe/Paris"}, {"type": "schedule", "every_seconds": 60}, {"type": "event", "event":
/// "anomaly.detected", …}. Unknown keys are refused.
struct WorkflowTrigger final
{
    enum class Kind { Manual, Schedule, Event };
    Kind kind = Kind::Manual;
    QString cron;          ///< schedule: five fields
    QString timezone;      ///< schedule with cron: an IANA zone (default UTC)
    int everySeconds = 0;  ///< schedule: "every_seconds" (or "every_minutes" × 60), else 0
    QString event;         ///< event: one of WorkflowDefinition::eventNames()
    QJsonObject filter;    ///< event: the keys besides "type" and "event" (metric, threshold, workflow…)
};

/// How a step retries: up to maxTries attempts, waiting waitSeconds × backoff^(attempt-1), at most maxWaitSeconds.
struct WorkflowRetry final
{
    int maxTries = 1;
    int waitSeconds = 1;
    double backoff = 2.0;
    int maxWaitSeconds = 3600;
};

/// One node: {"id": "ping", "type": "webhook", "params": {…}, "retry": {"max_tries": 3, "wait_seconds": 1},
/// "timeout_seconds": 30, "on_error": "stop"|"continue"|"error_branch", "next": "id", "else": "id", "error": "id"}.
/// Without edges the actions run in order; a condition's "next" is its true branch, "else" its false branch.
struct WorkflowAction final
{
    enum class OnError { Stop, Continue, ErrorBranch };
    QString id;
    QString type;          ///< one of WorkflowDefinition::actionTypes()
    QJsonObject params;    ///< strings may hold {{ expressions }} (services/workflows/workflowexpressions.h)
    WorkflowRetry retry;
    int timeoutSeconds = 300;
    OnError onError = OnError::Stop;
    QString next;          ///< empty: the following action in the list (none after the last)
    QString elseNext;      ///< condition only; empty: a false condition ends the run there
    QString errorNext;     ///< on_error error_branch only (required then)
};

/// One thing wrong in a definition, named by its place: "actions[2].params.url", "trigger.cron".
struct WorkflowProblem final
{
    QString path;
    QString message;
};

/// What validation needs from outside the definition.
struct WorkflowValidation final
{
    /// Webhook hosts the brand's admin allowed although they are loopback or private (workflow allow-host).
    QStringList allowedHosts;
};

/// A workflow's definition, the requirements' two JSON fields {"trigger": {...}, "actions": [...]}, parsed and
/// validated: unknown node kinds, missing or ill-typed parameters, unknown edges and cycles, expressions that do
/// not compile, cron fields out of range ("trigger.cron: minute 61 is not between 0 and 59"), unknown time zones,
/// webhook URLs that are not http(s) or point at loopback/private addresses unless allowed.
struct WorkflowDefinition final
{
    WorkflowTrigger trigger;
    QList<WorkflowAction> actions;

    /// Every problem goes to \a problems (when given); the Error (code InvalidInput) names the first ones, each
    /// with its place ("actions[2].params.url: …").
    static Result<WorkflowDefinition> parse(const QJsonObject &trigger, const QJsonArray &actions,
                                            const WorkflowValidation &validation = {}, QList<WorkflowProblem> *problems = nullptr);
    /// {"trigger": {...}, "actions": [...]} as a document (a file, `workflow create --file`).
    static Result<WorkflowDefinition> parse(const QByteArray &json, const WorkflowValidation &validation = {},
                                            QList<WorkflowProblem> *problems = nullptr);
    QJsonObject triggerJson() const;
    QJsonArray actionsJson() const;
    /// {"trigger": …, "actions": […]}: what parse() accepts back, unchanged in meaning.
    QJsonObject toJson() const;

    /// The index of the action with this id; -1 when none.
    int indexOf(const QString &id) const;
    /// The action that follows \a index: \a outcome "next" (success, or a condition's true branch), "else", or
    /// "error"; -1 when the run ends there.
    int following(int index, const QString &outcome) const;

    /// condition, delay, analysis, export_report, generate, notify, comment, webhook, set_quota, set_workflow_status.
    static QStringList actionTypes();
    /// anomaly.detected, metric.threshold, experiment.significant, generation.completed, generation.failed,
    /// quota.threshold, comment.mention, share.created, workflow.failed, alert.raised, alert.resolved.
    static QStringList eventNames();
    /// The filter keys an event trigger accepts besides "type" and "event" (docs/workflows.md).
    static QStringList eventFilterKeys(const QString &event);

    /// Why a webhook may not call \a url (not http(s), no host, a loopback/private/link-local address or
    /// "localhost" not in \a validation.allowedHosts); empty when it may. The engine asks again with the rendered URL.
    static QString webhookUrlProblem(const QString &url, const WorkflowValidation &validation);

    Q_DECLARE_TR_FUNCTIONS(WorkflowDefinition) // last: the macro ends with "private:"
};

} // namespace Atelier
