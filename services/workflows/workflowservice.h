#pragma once

#include "workflows/workflow.h"

#include <QCoreApplication>
#include <QList>

class QSqlDatabase;

namespace Atelier {

struct ExecutionFilter final
{
    QString brandId;
    QString workflowId;  ///< empty: every workflow of the brand
    QString status;      ///< empty: any
    QDateTime from, to;  ///< created in [from, to); null: open
    int limit = 100;
    int offset = 0;
};

/// Workflows as people manage them: definitions validated on save (WorkflowDefinition) and kept as versions,
/// status changes, executions listed, a manual run queued, a failed execution retried from its failed step, a
/// running one cancelled. Every change is audited (the audit trail) and checked by the database's row-level
/// security on PostgreSQL (a viewer cannot create one; an execution acts as the workflow's run-as identity).
/// Names are unique within a brand; a name or an id is accepted wherever a workflow is named.
class WorkflowService final
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowService)
public:
    static Result<QList<Workflow>> list(const QSqlDatabase &db, const QString &brandId);
    static Result<Workflow> get(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId);
    /// {"trigger":…, "actions":…} validated (allowed hosts of the brand included); version 1 saved; runAsId empty:
    /// the caller. Refused with the places of the problems (code InvalidInput), or "already exists".
    static Result<Workflow> create(const QSqlDatabase &db, const QString &brandId, const QString &name, const QString &description,
                                   const QJsonObject &definition, const QString &runAsId = {});
    /// A new version of the definition (validated), the workflow's version bumped in the same transaction.
    static Result<Workflow> update(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId, const QJsonObject &definition);
    /// The same, and the workflow renamed to \a name (1 to 200 characters, unique in the brand) with \a description.
    static Result<Workflow> update(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId, const QJsonObject &definition,
                                   const QString &name, const QString &description);
    static Result<Workflow> setStatus(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId, const QString &status);
    /// \a errorWorkflow (a name or id; "none" clears it), \a misfire (skip, run_once) and \a runAsId (users.id); an empty
    /// string keeps the current value. PostgreSQL lets only a brand admin name someone else as the run-as identity.
    static Status setOptions(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId, const QString &errorWorkflow,
                             const QString &misfire, const QString &runAsId);
    static Status remove(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId);
    static Result<QList<WorkflowVersion>> versions(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId);
    /// The definition of \a version saved again as a new version.
    static Result<Workflow> restore(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId, int version);

    /// A manual execution queued now (trigger payload \a input), to be claimed by a runner of the run-as identity.
    static Result<WorkflowExecution> run(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId, const QJsonObject &input = {});
    static Result<QList<WorkflowExecution>> executions(const QSqlDatabase &db, const ExecutionFilter &filter);
    static Result<WorkflowExecution> execution(const QSqlDatabase &db, const QString &id);
    static Result<QList<WorkflowStepRun>> steps(const QSqlDatabase &db, const QString &executionId);
    /// A failed execution queued again from its failed step (completed steps keep their outputs).
    static Result<WorkflowExecution> retry(const QSqlDatabase &db, const QString &executionId);
    /// A queued, waiting or running execution cancelled (a runner stops it at its next step).
    static Result<WorkflowExecution> cancel(const QSqlDatabase &db, const QString &executionId);

    /// Webhook hosts a brand admin allows although loopback or private.
    static Result<QStringList> allowedHosts(const QSqlDatabase &db, const QString &brandId);
    /// Needs the admin role in the brand; \a host is a name or an address (a URL's host is taken), kept in lower case.
    static Status allowHost(const QSqlDatabase &db, const QString &brandId, const QString &host);
    /// "Hooks.Example.com." → "hooks.example.com", "[::1]" → "::1"; empty when it is not a host name or address.
    static QString normalizedHost(const QString &host);
};

} // namespace Atelier
