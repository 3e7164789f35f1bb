#include "workflows/workflowservice.h"

#include "collaboration/resources.h"
#include "core/database.h"
#include "core/jsoncolumn.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"
#include "security/audittrail.h"
#include "workflows/workflowengine.h"
#include "workflows/workflowdefinition.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace Atelier {

namespace {

const QString kWorkflowColumns = QStringLiteral(
    "id, brand_id, name, description, %1, %2, status, version, owner_id, run_as_id, error_workflow_id, misfire, created_at, updated_at");
const QString kExecutionColumns = QStringLiteral(
    "id, workflow_id, brand_id, version, status, trigger_kind, %1, %2, run_as_id, attempt, lease_owner, lease_expires_at, "
    "scheduled_for, run_after, current_step, error, error_code, created_at, started_at, completed_at");

QString workflowColumns(const SqlDialect &d)
{
    return kWorkflowColumns.arg(d.jsonColumnText(QStringLiteral("trigger")), d.jsonColumnText(QStringLiteral("actions")));
}

QString executionColumns(const SqlDialect &d)
{
    return kExecutionColumns.arg(d.jsonColumnText(QStringLiteral("trigger_payload")), d.jsonColumnText(QStringLiteral("result")));
}

QVariant nowValue(const QSqlDatabase &db)
{
    return SqlDialect::of(db).timeValue(QDateTime::currentDateTimeUtc());
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

Result<Workflow> workflowOf(const QSqlQuery &q, const SqlDialect &d)
{
    Workflow w;
    w.id = q.value(0).toString();
    w.brandId = q.value(1).toString();
    w.name = q.value(2).toString();
    w.description = q.value(3).toString();
    auto trigger = JsonColumn::object(q.value(4), QStringLiteral("workflows"), QStringLiteral("trigger"), w.id, JsonNull::Damaged);
    if (!trigger)
        return trigger.error();
    auto actions = JsonColumn::array(q.value(5), QStringLiteral("workflows"), QStringLiteral("actions"), w.id, JsonNull::Damaged);
    if (!actions)
        return actions.error();
    w.trigger = trigger.value();
    w.actions = actions.value();
    w.status = q.value(6).toString();
    w.version = q.value(7).toInt();
    w.ownerId = q.value(8).toString();
    w.runAsId = q.value(9).toString();
    w.errorWorkflowId = q.value(10).toString();
    w.misfire = q.value(11).toString();
    w.createdAt = d.toDateTime(q.value(12));
    w.updatedAt = d.toDateTime(q.value(13));
    return w;
}

Result<WorkflowExecution> executionOf(const QSqlQuery &q, const SqlDialect &d)
{
    WorkflowExecution x;
    x.id = q.value(0).toString();
    x.workflowId = q.value(1).toString();
    x.brandId = q.value(2).toString();
    x.version = q.value(3).toInt();
    x.status = q.value(4).toString();
    x.triggerKind = q.value(5).toString();
    auto payload = JsonColumn::object(q.value(6), QStringLiteral("workflow_executions"), QStringLiteral("trigger_payload"), x.id);
    if (!payload)
        return payload.error();
    auto result = JsonColumn::object(q.value(7), QStringLiteral("workflow_executions"), QStringLiteral("result"), x.id);
    if (!result)
        return result.error();
    x.triggerPayload = payload.value();
    x.result = result.value();
    x.runAsId = q.value(8).toString();
    x.attempt = q.value(9).toInt();
    x.leaseOwner = q.value(10).toString();
    x.leaseExpiresAt = d.toDateTime(q.value(11));
    x.scheduledFor = d.toDateTime(q.value(12));
    x.runAfter = d.toDateTime(q.value(13));
    x.currentStep = q.value(14).toString();
    x.error = q.value(15).toString();
    x.errorCode = errorCodeFromName(q.value(16).toString());
    x.createdAt = d.toDateTime(q.value(17));
    x.startedAt = d.toDateTime(q.value(18));
    x.completedAt = d.toDateTime(q.value(19));
    return x;
}

/// Any JSON value of a nullable column (step inputs and outputs may be scalars); damage names the row.
Result<QJsonValue> jsonValueOf(const QVariant &value, const QString &column, const QString &rowId)
{
    if (value.isNull())
        return QJsonValue();
    QJsonParseError error{};
    const QByteArray text = "[" + value.toString().toUtf8() + "]";
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return Error{WorkflowService::tr("workflow_step_runs %1: %2 is not valid JSON (%3).").arg(rowId, column, error.errorString()), {},
                     ErrorCode::Corrupt};
    return doc.array().at(0);
}

/// On PostgreSQL, the caller's rank in the brand (viewer 1 … admin 4), and whether they are the administrator.
/// SQLite: the local person may do everything.
Status requireRank(const QSqlDatabase &db, const QString &brandId, int rank, const QString &message)
{
    if (SqlDialect::of(db).isSqlite())
        return Done{};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT atelier_brand_rank(?), atelier_is_owner()"));
    q.addBindValue(brandId);
    if (!q.exec() || !q.next())
        return Database::queryError(q, WorkflowService::tr("Reading your role in the brand"));
    if (q.value(1).toBool() || q.value(0).toInt() >= rank)
        return Done{};
    return Error{message, {}, ErrorCode::PermissionDenied};
}

/// The brand's allowed hosts and the definition's validation; the error names the places of the problems.
Result<WorkflowDefinition> validate(const QSqlDatabase &db, const QString &brandId, const QJsonObject &trigger, const QJsonArray &actions)
{
    auto hosts = WorkflowService::allowedHosts(db, brandId);
    if (!hosts)
        return hosts.error();
    WorkflowValidation validation;
    validation.allowedHosts = hosts.value();
    QList<WorkflowProblem> problems;
    auto parsed = WorkflowDefinition::parse(trigger, actions, validation, &problems);
    if (parsed)
        return parsed;
    Error e = parsed.error();
    e.code = ErrorCode::InvalidInput;
    QStringList all;
    for (const WorkflowProblem &p : std::as_const(problems))
        all.append(p.path + QStringLiteral(": ") + p.message);
    if (!all.isEmpty())
        e.detail = all.join(QLatin1Char('\n'));
    return e;
}

/// {"trigger": {...}, "actions": [...]} split into its two parts; what is not an object and an array is named.
Result<std::pair<QJsonObject, QJsonArray>> partsOf(const QJsonObject &definition)
{
    QStringList problems;
    if (!definition.value(QLatin1String("trigger")).isObject())
        problems.append(WorkflowService::tr("trigger: an object is needed, such as {\"type\": \"manual\"}"));
    if (!definition.value(QLatin1String("actions")).isArray())
        problems.append(WorkflowService::tr("actions: a list of actions is needed"));
    for (auto it = definition.begin(); it != definition.end(); ++it)
        if (it.key() != QLatin1String("trigger") && it.key() != QLatin1String("actions"))
            problems.append(WorkflowService::tr("%1: unknown key (a definition has \"trigger\" and \"actions\")").arg(it.key()));
    if (!problems.isEmpty())
        return Error{WorkflowService::tr("The workflow definition is not valid: %1.").arg(problems.join(QStringLiteral("; "))),
                     {}, ErrorCode::InvalidInput};
    return std::pair{definition.value(QLatin1String("trigger")).toObject(), definition.value(QLatin1String("actions")).toArray()};
}

Status checkName(const QString &name, const QString &description)
{
    if (name.isEmpty() || name.size() > 200)
        return Error{WorkflowService::tr("A workflow needs a name of 1 to 200 characters."), {}, ErrorCode::InvalidInput};
    if (description.size() > 10000)
        return Error{WorkflowService::tr("A workflow's description has at most 10,000 characters."), {}, ErrorCode::InvalidInput};
    return Done{};
}

Error alreadyExists(const QString &name)
{
    return Error{WorkflowService::tr("A workflow named \"%1\" already exists in this brand.").arg(name), {}, ErrorCode::AlreadyExists};
}

/// Saves the definition as version \a version of the workflow, inside the caller's transaction.
Status saveVersion(const QSqlDatabase &db, const Workflow &w, int version, const QJsonObject &trigger, const QJsonArray &actions,
                   const QString &savedBy)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO workflow_versions (workflow_id, version, trigger, actions, saved_by, saved_at, brand_id) "
                             "VALUES (?, ?, %1, %1, ?, ?, ?)").arg(d.jsonParameter()));
    q.addBindValue(w.id);
    q.addBindValue(version);
    q.addBindValue(compact(trigger));
    q.addBindValue(compact(actions));
    q.addBindValue(savedBy);
    q.addBindValue(nowValue(db));
    q.addBindValue(w.brandId);
    if (!q.exec())
        return Database::queryError(q, WorkflowService::tr("Saving version %1 of workflow \"%2\"").arg(version).arg(w.name));
    return Done{};
}

/// A new version of \a w's definition, the workflow's version bumped, audited; one transaction.
/// \a naming: the workflow's new name and description (checked by the caller), saved with the definition (a rename).
Result<Workflow> saveDefinition(const QSqlDatabase &db, const Workflow &w, const QJsonObject &trigger, const QJsonArray &actions,
                                const QJsonObject &audit, const std::optional<std::pair<QString, QString>> &naming = std::nullopt)
{
    const QString what = WorkflowService::tr("Changing workflow \"%1\"").arg(w.name);
    if (auto s = requireRank(db, w.brandId, 3, WorkflowService::tr("Changing workflow \"%1\" needs the editor role in its brand.").arg(w.name)); !s)
        return s.error();
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    const SqlDialect d = SqlDialect::of(db);
    WriteTransaction t(db);
    if (auto s = t.begin(what); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version FROM workflows WHERE id = ?") + d.lockRows());
    q.addBindValue(w.id);
    if (!q.exec())
        return Database::queryError(q, what);
    if (!q.next())
        return Error{WorkflowService::tr("Workflow \"%1\" was deleted meanwhile.").arg(w.name), {}, ErrorCode::NotFound};
    const int version = q.value(0).toInt() + 1;
    q.finish();
    const bool renamed = naming && naming->first != w.name;
    if (renamed) {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("SELECT 1 FROM workflows WHERE brand_id = ? AND name = ? AND id <> ?"));
        exists.addBindValue(w.brandId);
        exists.addBindValue(naming->first);
        exists.addBindValue(w.id);
        if (!exists.exec())
            return Database::queryError(exists, what);
        if (exists.next())
            return alreadyExists(naming->first);
    }
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE workflows SET trigger = %1, actions = %1, version = ?, updated_at = ?").arg(d.jsonParameter())
              + (naming ? QStringLiteral(", name = ?, description = ?") : QString()) + QStringLiteral(" WHERE id = ? AND version = ?"));
    u.addBindValue(compact(trigger));
    u.addBindValue(compact(actions));
    u.addBindValue(version);
    u.addBindValue(nowValue(db));
    if (naming) {
        u.addBindValue(naming->first);
        u.addBindValue(nullable(naming->second));
    }
    u.addBindValue(w.id);
    u.addBindValue(version - 1);
    if (!u.exec()) {
        Error e = Database::queryError(u, what);
        if (renamed && e.code == ErrorCode::AlreadyExists) // someone took the name meanwhile
            return alreadyExists(naming->first);
        return e;
    }
    if (u.numRowsAffected() != 1)
        return Error{WorkflowService::tr("Changing workflow \"%1\" needs the editor role in its brand.").arg(w.name), {},
                     ErrorCode::PermissionDenied};
    if (auto s = saveVersion(db, w, version, trigger, actions, me.value()); !s)
        return s.error();
    QJsonObject meta = audit;
    meta.insert(QStringLiteral("name"), renamed ? naming->first : w.name);
    if (renamed)
        meta.insert(QStringLiteral("renamed_from"), w.name);
    meta.insert(QStringLiteral("version"), version);
    if (auto s = AuditTrail::recordWithin(db, QStringLiteral("edit"), QStringLiteral("workflow"), w.id, w.brandId, meta); !s)
        return s.error();
    if (auto s = t.commit(what); !s)
        return s.error();
    return WorkflowService::get(db, w.brandId, w.id);
}

Result<WorkflowExecution> executionById(const QSqlDatabase &db, const QString &id, bool lock)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM workflow_executions WHERE id = ?").arg(executionColumns(d)) + (lock ? d.lockRows() : QString()));
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, WorkflowService::tr("Reading execution %1").arg(id));
    if (!q.next())
        return Error{WorkflowService::tr("There is no workflow execution %1.").arg(id), {}, ErrorCode::NotFound};
    return executionOf(q, d);
}

/// Changes an execution's state (retry, cancel) when it is in one of \a from; audited; one transaction.
Result<WorkflowExecution> moveExecution(const QSqlDatabase &db, const QString &executionId, const QStringList &from, const QString &set,
                                        const QString &operation, const QString &what, const QString &refused)
{
    auto seen = executionById(db, executionId, false);
    if (!seen)
        return seen.error();
    if (auto s = requireRank(db, seen->brandId, 3, WorkflowService::tr("%1 needs the editor role in its brand.").arg(what)); !s)
        return s.error();
    WriteTransaction t(db);
    if (auto s = t.begin(what); !s)
        return s.error();
    auto x = executionById(db, executionId, true);
    if (!x)
        return x.error();
    if (!from.contains(x->status))
        return Error{refused.arg(executionId, x->status), {}, ErrorCode::Conflict};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE workflow_executions SET %1 WHERE id = ? AND status IN (%2)").arg(set, SqlDialect::bindMarks(from.size())));
    if (set.contains(QLatin1Char('?')))
        q.addBindValue(nowValue(db));
    q.addBindValue(executionId);
    for (const QString &status : from)
        q.addBindValue(status);
    if (!q.exec())
        return Database::queryError(q, what);
    if (q.numRowsAffected() != 1)
        return Error{WorkflowService::tr("%1 needs the editor role in its brand.").arg(what), {}, ErrorCode::PermissionDenied};
    if (auto s = AuditTrail::recordWithin(db, QStringLiteral("edit"), QStringLiteral("workflow_execution"), executionId, x->brandId,
                                          {{QStringLiteral("operation"), operation}, {QStringLiteral("workflow"), x->workflowId},
                                           {QStringLiteral("from"), x->status}});
        !s)
        return s.error();
    if (auto s = t.commit(what); !s)
        return s.error();
    return executionById(db, executionId, false);
}

} // namespace

Result<QList<Workflow>> WorkflowService::list(const QSqlDatabase &db, const QString &brandId)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM workflows WHERE brand_id = ? ORDER BY name").arg(workflowColumns(d)));
    q.addBindValue(brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Listing workflows"));
    QList<Workflow> list;
    while (q.next()) {
        auto w = workflowOf(q, d);
        if (!w)
            return w.error();
        list.append(w.value());
    }
    return list;
}

Result<Workflow> WorkflowService::get(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    // A name wins over an id that happens to be spelled the same.
    q.prepare(QStringLiteral("SELECT %1 FROM workflows WHERE brand_id = ? AND (name = ? OR id = ?) "
                             "ORDER BY CASE WHEN name = ? THEN 0 ELSE 1 END LIMIT 1").arg(workflowColumns(d)));
    q.addBindValue(brandId);
    q.addBindValue(nameOrId);
    q.addBindValue(nameOrId);
    q.addBindValue(nameOrId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading workflow \"%1\"").arg(nameOrId));
    if (!q.next())
        return Error{tr("There is no workflow \"%1\" in this brand.").arg(nameOrId), {}, ErrorCode::NotFound};
    return workflowOf(q, d);
}

Result<Workflow> WorkflowService::create(const QSqlDatabase &db, const QString &brandId, const QString &name, const QString &description,
                                         const QJsonObject &definition, const QString &runAsId)
{
    const QString cleanName = name.trimmed();
    if (auto s = checkName(cleanName, description); !s)
        return s.error();
    auto parts = partsOf(definition);
    if (!parts)
        return parts.error();
    if (auto valid = validate(db, brandId, parts->first, parts->second); !valid)
        return valid.error();
    if (auto s = requireRank(db, brandId, 3, tr("Creating a workflow needs the editor role in this brand.")); !s)
        return s.error();
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    const QString what = tr("Creating workflow \"%1\"").arg(cleanName);
    const SqlDialect d = SqlDialect::of(db);
    WriteTransaction t(db);
    if (auto s = t.begin(what); !s)
        return s.error();
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM workflows WHERE brand_id = ? AND name = ?"));
    exists.addBindValue(brandId);
    exists.addBindValue(cleanName);
    if (!exists.exec())
        return Database::queryError(exists, what);
    if (exists.next())
        return alreadyExists(cleanName);
    exists.finish();
    Workflow w;
    w.id = newId();
    w.brandId = brandId;
    w.name = cleanName;
    const QVariant now = nowValue(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO workflows (id, name, description, trigger, actions, status, brand_id, created_at, version, "
                             "owner_id, run_as_id, misfire, updated_at) VALUES (?, ?, ?, %1, %1, 'active', ?, ?, 1, ?, ?, 'skip', ?)")
                  .arg(d.jsonParameter()));
    q.addBindValue(w.id);
    q.addBindValue(cleanName);
    q.addBindValue(nullable(description));
    q.addBindValue(compact(parts->first));
    q.addBindValue(compact(parts->second));
    q.addBindValue(brandId);
    q.addBindValue(now);
    q.addBindValue(me.value());
    q.addBindValue(runAsId.isEmpty() ? me.value() : runAsId);
    q.addBindValue(now);
    if (!q.exec()) {
        Error e = Database::queryError(q, what);
        if (e.code == ErrorCode::AlreadyExists) // someone saved the same name meanwhile
            return alreadyExists(cleanName);
        return e;
    }
    if (auto s = saveVersion(db, w, 1, parts->first, parts->second, me.value()); !s)
        return s.error();
    if (auto s = AuditTrail::recordWithin(db, QStringLiteral("create"), QStringLiteral("workflow"), w.id, brandId,
                                          {{QStringLiteral("name"), cleanName}, {QStringLiteral("version"), 1}});
        !s)
        return s.error();
    if (auto s = t.commit(what); !s)
        return s.error();
    return get(db, brandId, w.id);
}

namespace {

/// A new version of the definition, validated; with \a naming (name, description) the workflow is renamed too.
Result<Workflow> updateDefinition(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId, const QJsonObject &definition,
                                  const std::optional<std::pair<QString, QString>> &naming)
{
    if (naming)
        if (auto s = checkName(naming->first, naming->second); !s)
            return s.error();
    auto w = WorkflowService::get(db, brandId, nameOrId);
    if (!w)
        return w.error();
    auto parts = partsOf(definition);
    if (!parts)
        return parts.error();
    if (auto valid = validate(db, brandId, parts->first, parts->second); !valid)
        return valid.error();
    return saveDefinition(db, w.value(), parts->first, parts->second, {}, naming);
}

} // namespace

Result<Workflow> WorkflowService::update(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId, const QJsonObject &definition)
{
    return updateDefinition(db, brandId, nameOrId, definition, std::nullopt);
}

Result<Workflow> WorkflowService::update(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId, const QJsonObject &definition,
                                         const QString &name, const QString &description)
{
    return updateDefinition(db, brandId, nameOrId, definition, std::pair{name.trimmed(), description});
}

Result<Workflow> WorkflowService::setStatus(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId, const QString &status)
{
    static const QStringList kStatuses{QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("archived")};
    if (!kStatuses.contains(status))
        return Error{tr("A workflow's status is active, paused or archived, not \"%1\".").arg(status), {}, ErrorCode::InvalidInput};
    auto w = get(db, brandId, nameOrId);
    if (!w)
        return w.error();
    if (status == QLatin1String("active")) { // a definition that cannot run is not made active
        if (auto valid = validate(db, brandId, w->trigger, w->actions); !valid)
            return Error{tr("Workflow \"%1\" cannot be made active: %2").arg(w->name, valid.error().message), valid.error().detail,
                         ErrorCode::InvalidInput};
    }
    const QString what = tr("Changing the status of workflow \"%1\"").arg(w->name);
    if (auto s = requireRank(db, brandId, 3, tr("Changing workflow \"%1\" needs the editor role in its brand.").arg(w->name)); !s)
        return s.error();
    WriteTransaction t(db);
    if (auto s = t.begin(what); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE workflows SET status = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(nowValue(db));
    q.addBindValue(w->id);
    if (!q.exec())
        return Database::queryError(q, what);
    if (q.numRowsAffected() != 1)
        return Error{tr("Changing workflow \"%1\" needs the editor role in its brand.").arg(w->name), {}, ErrorCode::PermissionDenied};
    if (status != QLatin1String("active")) {
        // Pausing stops new executions at once: the automatic ones queued but not started are cancelled with the reason
        // (a runner cancels one it meets later the same way); running and waiting ones go on, manual runs stay allowed.
        QSqlQuery c(db);
        c.prepare(QStringLiteral("UPDATE workflow_executions SET status = 'cancelled', error = ?, error_code = 'cancelled', completed_at = ? "
                                 "WHERE workflow_id = ? AND status = 'queued' AND attempt = 0 AND trigger_kind IN ('schedule', 'event', 'error')"));
        c.addBindValue(WorkflowEngine::pausedReason());
        c.addBindValue(nowValue(db));
        c.addBindValue(w->id);
        if (!c.exec())
            return Database::queryError(c, what);
    }
    if (auto s = AuditTrail::recordWithin(db, QStringLiteral("edit"), QStringLiteral("workflow"), w->id, brandId,
                                          {{QStringLiteral("name"), w->name}, {QStringLiteral("status"), status},
                                           {QStringLiteral("from"), w->status}});
        !s)
        return s.error();
    if (auto s = t.commit(what); !s)
        return s.error();
    return get(db, brandId, w->id);
}

Status WorkflowService::setOptions(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId, const QString &errorWorkflow,
                                   const QString &misfire, const QString &runAsId)
{
    auto w = get(db, brandId, nameOrId);
    if (!w)
        return w.error();
    QString errorId = w->errorWorkflowId;
    if (errorWorkflow == QLatin1String("none")) {
        errorId.clear();
    } else if (!errorWorkflow.isEmpty()) {
        auto e = get(db, brandId, errorWorkflow);
        if (!e)
            return Error{tr("The error workflow of \"%1\": %2").arg(w->name, e.error().message), {}, e.error().code};
        if (e->id == w->id)
            return Error{tr("Workflow \"%1\" cannot be its own error workflow.").arg(w->name), {}, ErrorCode::InvalidInput};
        errorId = e->id;
    }
    const QString newMisfire = misfire.isEmpty() ? w->misfire : misfire;
    if (newMisfire != QLatin1String("skip") && newMisfire != QLatin1String("run_once"))
        return Error{tr("A workflow's misfire policy is skip or run_once, not \"%1\".").arg(misfire), {}, ErrorCode::InvalidInput};
    const QString runAs = runAsId.isEmpty() ? w->runAsId : runAsId;
    if (auto s = requireRank(db, brandId, 3, tr("Changing workflow \"%1\" needs the editor role in its brand.").arg(w->name)); !s)
        return s;
    const QString what = tr("Changing the options of workflow \"%1\"").arg(w->name);
    WriteTransaction t(db);
    if (auto s = t.begin(what); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE workflows SET error_workflow_id = ?, misfire = ?, run_as_id = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(nullable(errorId));
    q.addBindValue(newMisfire);
    q.addBindValue(nullable(runAs));
    q.addBindValue(nowValue(db));
    q.addBindValue(w->id);
    if (!q.exec())
        return Database::queryError(q, what);
    if (q.numRowsAffected() != 1)
        return Error{tr("Changing workflow \"%1\" needs the editor role in its brand.").arg(w->name), {}, ErrorCode::PermissionDenied};
    if (auto s = AuditTrail::recordWithin(db, QStringLiteral("edit"), QStringLiteral("workflow"), w->id, brandId,
                                          {{QStringLiteral("name"), w->name}, {QStringLiteral("error_workflow"), errorId},
                                           {QStringLiteral("misfire"), newMisfire}, {QStringLiteral("run_as"), runAs}});
        !s)
        return s;
    return t.commit(what);
}

Status WorkflowService::remove(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId)
{
    auto w = get(db, brandId, nameOrId);
    if (!w)
        return w.error();
    if (auto s = requireRank(db, brandId, 3, tr("Deleting workflow \"%1\" needs the editor role in its brand.").arg(w->name)); !s)
        return s;
    const QString what = tr("Deleting workflow \"%1\"").arg(w->name);
    WriteTransaction t(db);
    if (auto s = t.begin(what); !s)
        return s;
    if (auto s = AuditTrail::recordWithin(db, QStringLiteral("delete"), QStringLiteral("workflow"), w->id, brandId,
                                          {{QStringLiteral("name"), w->name}, {QStringLiteral("version"), w->version}});
        !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM workflows WHERE id = ?"));
    q.addBindValue(w->id);
    if (!q.exec())
        return Database::queryError(q, what);
    if (q.numRowsAffected() != 1)
        return Error{tr("Deleting workflow \"%1\" needs the editor role in its brand.").arg(w->name), {}, ErrorCode::PermissionDenied};
    return t.commit(what);
}

Result<QList<WorkflowVersion>> WorkflowService::versions(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId)
{
    auto w = get(db, brandId, nameOrId);
    if (!w)
        return w.error();
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT version, %1, %2, saved_by, saved_at FROM workflow_versions WHERE workflow_id = ? ORDER BY version")
                  .arg(d.jsonColumnText(QStringLiteral("trigger")), d.jsonColumnText(QStringLiteral("actions"))));
    q.addBindValue(w->id);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the versions of workflow \"%1\"").arg(w->name));
    QList<WorkflowVersion> list;
    while (q.next()) {
        WorkflowVersion v;
        v.workflowId = w->id;
        v.version = q.value(0).toInt();
        const QString row = QStringLiteral("%1 v%2").arg(w->id).arg(v.version);
        auto trigger = JsonColumn::object(q.value(1), QStringLiteral("workflow_versions"), QStringLiteral("trigger"), row, JsonNull::Damaged);
        if (!trigger)
            return trigger.error();
        auto actions = JsonColumn::array(q.value(2), QStringLiteral("workflow_versions"), QStringLiteral("actions"), row, JsonNull::Damaged);
        if (!actions)
            return actions.error();
        v.trigger = trigger.value();
        v.actions = actions.value();
        v.savedBy = q.value(3).toString();
        v.savedAt = d.toDateTime(q.value(4));
        list.append(v);
    }
    return list;
}

Result<Workflow> WorkflowService::restore(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId, int version)
{
    auto all = versions(db, brandId, nameOrId);
    if (!all)
        return all.error();
    auto w = get(db, brandId, nameOrId);
    if (!w)
        return w.error();
    const auto it = std::find_if(all->begin(), all->end(), [&](const WorkflowVersion &v) { return v.version == version; });
    if (it == all->end())
        return Error{tr("Workflow \"%1\" has no version %2 (it has 1 to %3).").arg(w->name).arg(version).arg(w->version), {},
                     ErrorCode::NotFound};
    if (auto valid = validate(db, brandId, it->trigger, it->actions); !valid)
        return Error{tr("Version %1 of workflow \"%2\" cannot be restored: %3").arg(version).arg(w->name, valid.error().message),
                     valid.error().detail, ErrorCode::InvalidInput};
    return saveDefinition(db, w.value(), it->trigger, it->actions, {{QStringLiteral("restored_from"), version}});
}

Result<WorkflowExecution> WorkflowService::run(const QSqlDatabase &db, const QString &brandId, const QString &nameOrId, const QJsonObject &input)
{
    auto w = get(db, brandId, nameOrId);
    if (!w)
        return w.error();
    if (w->status == QLatin1String("archived"))
        return Error{tr("Workflow \"%1\" is archived: resume it before running it.").arg(w->name), {}, ErrorCode::Conflict};
    // A definition damaged by hand is reported, never run.
    if (auto valid = validate(db, brandId, w->trigger, w->actions); !valid)
        return Error{tr("Workflow \"%1\" cannot run: %2").arg(w->name, valid.error().message), valid.error().detail, ErrorCode::InvalidInput};
    if (w->runAsId.isEmpty())
        return Error{tr("Workflow \"%1\" has no run-as identity (the person was removed): name one before running it.").arg(w->name), {},
                     ErrorCode::InvalidInput};
    if (auto s = requireRank(db, brandId, 3, tr("Running workflow \"%1\" needs the editor role in its brand.").arg(w->name)); !s)
        return s.error();
    const QString what = tr("Running workflow \"%1\"").arg(w->name);
    const SqlDialect d = SqlDialect::of(db);
    const QString id = newId();
    WriteTransaction t(db);
    if (auto s = t.begin(what); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO workflow_executions (id, workflow_id, status, brand_id, version, trigger_kind, trigger_payload, "
                             "run_as_id, attempt, created_at) VALUES (?, ?, 'queued', ?, ?, 'manual', %1, ?, 0, ?)")
                  .arg(d.jsonParameter()));
    q.addBindValue(id);
    q.addBindValue(w->id);
    q.addBindValue(brandId);
    q.addBindValue(w->version);
    q.addBindValue(input.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(compact(input)));
    q.addBindValue(w->runAsId);
    q.addBindValue(nowValue(db));
    if (!q.exec())
        return Database::queryError(q, what);
    if (auto s = AuditTrail::recordWithin(db, QStringLiteral("create"), QStringLiteral("workflow_execution"), id, brandId,
                                          {{QStringLiteral("workflow"), w->id}, {QStringLiteral("name"), w->name},
                                           {QStringLiteral("version"), w->version}, {QStringLiteral("trigger"), QStringLiteral("manual")}});
        !s)
        return s.error();
    if (auto s = t.commit(what); !s)
        return s.error();
    return executionById(db, id, false);
}

Result<QList<WorkflowExecution>> WorkflowService::executions(const QSqlDatabase &db, const ExecutionFilter &filter)
{
    const SqlDialect d = SqlDialect::of(db);
    QString workflowId;
    if (!filter.workflowId.isEmpty()) {
        auto w = get(db, filter.brandId, filter.workflowId);
        if (!w)
            return w.error();
        workflowId = w->id;
    }
    static const QStringList kStatuses{QStringLiteral("queued"),    QStringLiteral("running"), QStringLiteral("waiting"),
                                       QStringLiteral("completed"), QStringLiteral("failed"),  QStringLiteral("cancelled")};
    if (!filter.status.isEmpty() && !kStatuses.contains(filter.status))
        return Error{tr("An execution's status is one of %1, not \"%2\".").arg(kStatuses.join(QStringLiteral(", ")), filter.status), {},
                     ErrorCode::InvalidInput};
    QString sql = QStringLiteral("SELECT %1 FROM workflow_executions WHERE brand_id = ?").arg(executionColumns(d));
    QVariantList values{filter.brandId};
    if (!workflowId.isEmpty()) {
        sql += QStringLiteral(" AND workflow_id = ?");
        values.append(workflowId);
    }
    if (!filter.status.isEmpty()) {
        sql += QStringLiteral(" AND status = ?");
        values.append(filter.status);
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND created_at >= ?");
        values.append(d.timeValue(filter.from.toUTC()));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND created_at < ?");
        values.append(d.timeValue(filter.to.toUTC()));
    }
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?");
    values.append(qMax(0, filter.limit));
    values.append(qMax(0, filter.offset));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec())
        return Database::queryError(q, tr("Listing workflow executions"));
    QList<WorkflowExecution> list;
    while (q.next()) {
        auto x = executionOf(q, d);
        if (!x)
            return x.error();
        list.append(x.value());
    }
    return list;
}

Result<WorkflowExecution> WorkflowService::execution(const QSqlDatabase &db, const QString &id)
{
    return executionById(db, id, false);
}

Result<QList<WorkflowStepRun>> WorkflowService::steps(const QSqlDatabase &db, const QString &executionId)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, step_id, attempt, status, %1, %2, error, error_code, started_at, ended_at "
                             "FROM workflow_step_runs WHERE execution_id = ? ORDER BY started_at, attempt, id")
                  .arg(d.jsonColumnText(QStringLiteral("input")), d.jsonColumnText(QStringLiteral("output"))));
    q.addBindValue(executionId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the steps of execution %1").arg(executionId));
    QList<WorkflowStepRun> list;
    while (q.next()) {
        WorkflowStepRun s;
        const QString rowId = q.value(0).toString();
        s.executionId = executionId;
        s.stepId = q.value(1).toString();
        s.attempt = q.value(2).toInt();
        s.status = q.value(3).toString();
        auto input = jsonValueOf(q.value(4), QStringLiteral("input"), rowId);
        if (!input)
            return input.error();
        auto output = jsonValueOf(q.value(5), QStringLiteral("output"), rowId);
        if (!output)
            return output.error();
        s.input = input.value();
        s.output = output.value();
        s.error = q.value(6).toString();
        s.errorCode = errorCodeFromName(q.value(7).toString());
        s.startedAt = d.toDateTime(q.value(8));
        s.endedAt = d.toDateTime(q.value(9));
        list.append(s);
    }
    return list;
}

Result<WorkflowExecution> WorkflowService::retry(const QSqlDatabase &db, const QString &executionId)
{
    // Its step runs stay: the engine resumes after the steps that completed.
    return moveExecution(db, executionId, {QStringLiteral("failed")},
                         QStringLiteral("status = 'queued', trigger_kind = 'retry', error = NULL, error_code = NULL, completed_at = NULL, "
                                        "run_after = NULL, lease_owner = NULL, lease_expires_at = NULL"),
                         QStringLiteral("retry"), tr("Retrying execution %1").arg(executionId),
                         tr("Only a failed execution can be retried; %1 is %2."));
}

Result<WorkflowExecution> WorkflowService::cancel(const QSqlDatabase &db, const QString &executionId)
{
    return moveExecution(db, executionId, {QStringLiteral("queued"), QStringLiteral("waiting"), QStringLiteral("running")},
                         QStringLiteral("status = 'cancelled', completed_at = ?, lease_owner = NULL, lease_expires_at = NULL"),
                         QStringLiteral("cancel"), tr("Cancelling execution %1").arg(executionId),
                         tr("Only a queued, waiting or running execution can be cancelled; %1 is %2."));
}

Result<QStringList> WorkflowService::allowedHosts(const QSqlDatabase &db, const QString &brandId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT host FROM workflow_allowed_hosts WHERE brand_id = ? ORDER BY host"));
    q.addBindValue(brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the allowed webhook hosts"));
    QStringList hosts;
    while (q.next())
        hosts.append(q.value(0).toString());
    return hosts;
}

QString WorkflowService::normalizedHost(const QString &host)
{
    QString h = host.trimmed();
    if (h.contains(QLatin1String("://")))
        h = QUrl(h).host();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    h = h.toLower();
    if (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    static const QRegularExpression kForm(QStringLiteral("^[a-z0-9.:_-]{1,253}$"));
    if (!kForm.match(h).hasMatch())
        return {};
    if (h.contains(QLatin1Char(':')) && QHostAddress(h).isNull()) // a port, or an address that is not one
        return {};
    return h;
}

Status WorkflowService::allowHost(const QSqlDatabase &db, const QString &brandId, const QString &host)
{
    const QString h = normalizedHost(host);
    if (h.isEmpty())
        return Error{tr("\"%1\" is not a host name or address (such as hooks.example.com or 10.0.0.5).").arg(host), {},
                     ErrorCode::InvalidInput};
    if (auto s = requireRank(db, brandId, 4, tr("Allowing a webhook host needs the admin role in this brand.")); !s)
        return s;
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    const QString what = tr("Allowing webhook host %1").arg(h);
    WriteTransaction t(db);
    if (auto s = t.begin(what); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO workflow_allowed_hosts (brand_id, host, added_by, added_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (brand_id, host) DO NOTHING"));
    q.addBindValue(brandId);
    q.addBindValue(h);
    q.addBindValue(me.value());
    q.addBindValue(nowValue(db));
    if (!q.exec())
        return Database::queryError(q, what);
    if (q.numRowsAffected() == 0) // allowed already: nothing to record
        return t.commit(what);
    if (auto s = AuditTrail::recordWithin(db, QStringLiteral("edit"), QStringLiteral("workflow_allowed_host"), h, brandId,
                                          {{QStringLiteral("host"), h}});
        !s)
        return s;
    return t.commit(what);
}

} // namespace Atelier
