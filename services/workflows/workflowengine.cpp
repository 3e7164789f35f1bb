#include "workflows/workflowengine.h"

#include "ai/generationservice.h"
#include "ai/promptservice.h"
#include "ai/providers/httpcall.h"
#include "ai/studioactions.h"
#include "ai/studiolibrary.h"
#include "collaboration/comments.h"
#include "collaboration/resources.h"
#include "core/brandservice.h"
#include "core/canceltoken.h"
#include "core/database.h"
#include "core/jsoncolumn.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"
#include "security/secrets.h"
#include "reports/analysisreports.h"
#include "reports/analysisrunner.h"
#include "reports/reportexport.h"
#include "workflows/cronschedule.h"
#include "workflows/workflowdefinition.h"
#include "workflows/workflowevents.h"
#include "workflows/workflowexpressions.h"
#include "workflows/workflowsecrets.h"
#include "workflows/workflowservice.h"
#include "workflows/workflowwake.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <optional>

#include <unistd.h>

namespace Atelier {

namespace {

/// Instants older than this when a runner sees them were missed (no runner ran): the misfire policy decides.
constexpr qint64 misfireGraceMs = 30000;
/// How far back a run_once catch-up looks for the latest missed instant.
constexpr qint64 catchUpWindowDays = 7;

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString defaultRunnerName()
{
    static std::atomic_int counter{0};
    return QStringLiteral("%1:%2:%3").arg(QHostInfo::localHostName()).arg(::getpid()).arg(++counter);
}

/// Whether a JSON value counts as true for a condition.
bool truthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0.0 && !std::isnan(value.toDouble());
    case QJsonValue::String:
        return !value.toString().isEmpty() && value.toString() != QLatin1String("false");
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    default:
        return false;
    }
}

/// What one attempt of one step came to.
struct Outcome
{
    bool ok = false;
    QJsonObject output;
    Error error;
    bool retryable = true;     ///< a failure another attempt may cure
    QString branch = QStringLiteral("next");
    QDateTime waitUntil;       ///< delay: the execution waits until then
    bool interrupted = false;  ///< stopped by the runner (stop, cancel, lease lost): not a failure of the step
};

/// One execution as a runner holds it.
struct Held
{
    QSqlDatabase db;
    SqlDialect dialect{SqlDialect::Kind::Sqlite};
    QString owner;
    qint64 leaseMs = 30000;
    std::function<bool()> stopped;
    CancelToken *cancel = nullptr;

    QString id;
    QString workflowId;
    QString workflowName;
    QString brandId;
    QString triggerKind;
    QString runAsId;
    QString errorWorkflowId;
    bool startedByFailure = false; ///< its trigger is the event workflow.failed: its own failure raises none (no loop)
    QString stepRunId;             ///< the step run in progress
    std::shared_ptr<DataKey> dataKey; ///< opens webhook secrets; unlocked on first need when the runner has none
    bool handBackWithoutKey = false;  ///< RunnerOptions::handBackWithoutKey
    int version = 0;
    QJsonObject payload;
    QDateTime scheduledFor;
    QString currentStep;
    QJsonObject outputs;
    QStringList allowedHosts;
    QElapsedTimer sinceRenewal;
};

enum class Ending { Completed, Failed, Waiting, Cancelled, HandedBack, NeedsKey, Lost };

Error sqlError(const QSqlQuery &q, const QString &what)
{
    return Database::queryError(q, what);
}

/// A text column's value: NULL when empty.
QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

/// An error's message as stored (error columns hold at most 4,000 characters).
QVariant storedMessage(const Error &error)
{
    return nullable(error.message.left(4000));
}

/// An error's code as stored: its stable name, NULL when it has none.
QVariant storedCode(ErrorCode code)
{
    return nullable(errorCodeName(code));
}

/// Renews the lease; false when the execution is no longer ours and running (cancelled or taken over).
Result<bool> renewLease(Held &h)
{
    QSqlQuery q(h.db);
    q.prepare(QStringLiteral("UPDATE workflow_executions SET lease_expires_at = ? WHERE id = ? AND lease_owner = ? AND status = 'running'"));
    q.addBindValue(h.dialect.timeValue(nowUtc().addMSecs(h.leaseMs)));
    q.addBindValue(h.id);
    q.addBindValue(h.owner);
    if (!q.exec())
        return sqlError(q, WorkflowEngine::tr("Renewing the lease of execution %1").arg(h.id));
    h.sinceRenewal.restart();
    return q.numRowsAffected() == 1;
}

Result<QString> statusOf(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status FROM workflow_executions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, WorkflowEngine::tr("Reading execution %1").arg(id));
    if (!q.next())
        return Error{WorkflowEngine::tr("There is no workflow execution %1.").arg(id), {}, ErrorCode::NotFound};
    return q.value(0).toString();
}

// ---- actions ----------------------------------------------------------------------------------------------

QString textParam(const QJsonObject &params, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QJsonValue v = params.value(QLatin1String(name));
        if (v.isString())
            return v.toString();
        if (v.isDouble())
            return QString::number(v.toDouble());
    }
    return {};
}

Outcome failure(const QString &message, ErrorCode code, bool retryable)
{
    Outcome o;
    o.error = Error{message, {}, code};
    o.retryable = retryable;
    return o;
}

/// A condition's "if": an expression (evaluated in the scope), or a template already rendered into its value.
Outcome runCondition(const QJsonObject &raw, const QJsonObject &params, const QJsonObject &scope)
{
    if (!params.contains(QLatin1String("if")))
        return failure(WorkflowEngine::tr("params.if: a condition needs an expression."), ErrorCode::InvalidInput, false);
    QJsonValue value = params.value(QLatin1String("if"));
    const QJsonValue written = raw.value(QLatin1String("if"));
    if (written.isString() && !written.toString().contains(QLatin1String("{{"))) {
        auto evaluated = WorkflowExpressions::evaluate(written.toString(), scope);
        if (!evaluated)
            return failure(WorkflowEngine::tr("params.if: %1").arg(evaluated.error().message), ErrorCode::InvalidInput, false);
        value = evaluated.value();
    }
    Outcome o;
    o.ok = true;
    const bool result = truthy(value);
    o.output = {{QStringLiteral("result"), result}};
    o.branch = result ? QStringLiteral("next") : QStringLiteral("else");
    return o;
}

Outcome runDelay(const QJsonObject &params)
{
    QDateTime until;
    if (params.contains(QLatin1String("until"))) {
        until = QDateTime::fromString(params.value(QLatin1String("until")).toString(), Qt::ISODateWithMs);
        if (!until.isValid())
            return failure(WorkflowEngine::tr("params.until: \"%1\" is not a date and time (ISO 8601).")
                               .arg(params.value(QLatin1String("until")).toVariant().toString()),
                           ErrorCode::InvalidInput, false);
        until = until.toUTC();
    } else {
        double seconds = 0;
        bool any = false;
        const std::pair<const char *, double> units[] = {{"seconds", 1}, {"minutes", 60}, {"hours", 3600}, {"days", 86400}};
        for (const auto &[name, factor] : units) {
            const QJsonValue v = params.value(QLatin1String(name));
            if (v.isUndefined() || v.isNull())
                continue;
            bool isNumber = v.isDouble();
            double n = v.toDouble();
            if (v.isString())
                n = v.toString().toDouble(&isNumber);
            if (!isNumber || n < 0 || !std::isfinite(n))
                return failure(WorkflowEngine::tr("params.%1: \"%2\" is not a number of %1 zero or more.")
                                   .arg(QLatin1String(name), v.toVariant().toString()),
                               ErrorCode::InvalidInput, false);
            seconds += n * factor;
            any = true;
        }
        if (!any)
            return failure(WorkflowEngine::tr("params: a delay needs seconds, minutes, hours, days or until."), ErrorCode::InvalidInput, false);
        until = nowUtc().addMSecs(qint64(seconds * 1000.0));
    }
    Outcome o;
    o.ok = true;
    o.waitUntil = until;
    o.output = {{QStringLiteral("until"), until.toString(Qt::ISODateWithMs)}};
    return o;
}

QStringList listParam(const QJsonValue &value)
{
    QStringList list;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            if (!v.toString().trimmed().isEmpty())
                list.append(v.toString().trimmed());
    } else if (value.isString()) {
        for (const QString &part : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!part.trimmed().isEmpty())
                list.append(part.trimmed());
    }
    return list;
}

/// Notify: a comment on the workflow that mentions each person, so that it reaches their inbox.
Outcome runNotify(Held &h, const QJsonObject &params)
{
    QStringList people;
    for (const char *name : {"to", "people", "users"})
        people += listParam(params.value(QLatin1String(name)));
    const QString message = textParam(params, {"message", "text"});
    if (people.isEmpty())
        return failure(WorkflowEngine::tr("params.users: name at least one person to notify (their user names)."), ErrorCode::InvalidInput, false);
    if (message.trimmed().isEmpty())
        return failure(WorkflowEngine::tr("params.message: the notice has no text."), ErrorCode::InvalidInput, false);
    QStringList mentions;
    QJsonArray notified;
    for (QString person : std::as_const(people)) {
        if (person.startsWith(QLatin1Char('@')))
            person.remove(0, 1);
        QSqlQuery q(h.db);
        q.prepare(QStringLiteral("SELECT username FROM users WHERE username = ? OR id = ?"));
        q.addBindValue(person);
        q.addBindValue(person);
        if (!q.exec())
            return failure(sqlError(q, WorkflowEngine::tr("Finding %1").arg(person)).message, ErrorCode::Database, true);
        if (!q.next())
            return failure(WorkflowEngine::tr("params.users: nobody is called \"%1\".").arg(person), ErrorCode::NotFound, false);
        const QString username = q.value(0).toString();
        if (!mentions.contains(QLatin1Char('@') + username)) {
            mentions.append(QLatin1Char('@') + username);
            notified.append(username);
        }
    }
    auto comment = CommentService::add(h.db, ResourceRef{QStringLiteral("workflow"), h.workflowId},
                                       mentions.join(QLatin1Char(' ')) + QLatin1Char(' ') + message.trimmed());
    if (!comment)
        return failure(comment.error().message, comment.error().code, comment.error().code == ErrorCode::Database);
    Outcome o;
    o.ok = true;
    o.output = {{QStringLiteral("comment"), comment->id}, {QStringLiteral("notified"), notified}};
    return o;
}

Outcome runComment(Held &h, const QJsonObject &params)
{
    ResourceRef resource;
    const QJsonObject nested = params.value(QLatin1String("resource")).toObject();
    resource.type = nested.isEmpty() ? textParam(params, {"resource_type"}) : nested.value(QLatin1String("type")).toString();
    resource.id = nested.isEmpty() ? textParam(params, {"resource_id"}) : nested.value(QLatin1String("id")).toString();
    if (resource.type.isEmpty()) { // by default, on the workflow itself
        resource.type = QStringLiteral("workflow");
        resource.id = h.workflowId;
    }
    const QString text = textParam(params, {"text", "content", "message"});
    if (text.trimmed().isEmpty())
        return failure(WorkflowEngine::tr("params.text: the comment has no text."), ErrorCode::InvalidInput, false);
    auto comment = CommentService::add(h.db, resource, text, {}, textParam(params, {"brand"}));
    if (!comment)
        return failure(comment.error().message, comment.error().code, comment.error().code == ErrorCode::Database);
    Outcome o;
    o.ok = true;
    o.output = {{QStringLiteral("comment"), comment->id}};
    return o;
}

Outcome runSetWorkflowStatus(Held &h, const QJsonObject &params)
{
    const QString workflow = textParam(params, {"workflow"});
    const QString status = textParam(params, {"status"});
    if (workflow.isEmpty())
        return failure(WorkflowEngine::tr("params.workflow: name the workflow to change."), ErrorCode::InvalidInput, false);
    auto changed = WorkflowService::setStatus(h.db, h.brandId, workflow, status);
    if (!changed)
        return failure(changed.error().message, changed.error().code, changed.error().code == ErrorCode::Database);
    Outcome o;
    o.ok = true;
    o.output = {{QStringLiteral("workflow"), changed->id}, {QStringLiteral("name"), changed->name}, {QStringLiteral("status"), changed->status}};
    return o;
}

Outcome runWebhook(Held &h, const QString &stepId, const QJsonObject &params, int timeoutMs)
{
    const QString address = textParam(params, {"url"});
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
        return failure(WorkflowEngine::tr("params.url: \"%1\" is not an http(s) address.").arg(address), ErrorCode::InvalidInput, false);
    // Checked again once rendered: loopback and private hosts only where the brand's admin allowed them.
    WorkflowValidation validation;
    validation.allowedHosts = h.allowedHosts;
    if (const QString problem = WorkflowDefinition::webhookUrlProblem(address, validation); !problem.isEmpty())
        return failure(QStringLiteral("params.url: ") + problem, ErrorCode::InvalidInput, false);
    // A named secret of the brand signs the body (never sent unsigned when one is named but cannot be read).
    QString secret;
    if (params.contains(QLatin1String("secret_name"))) {
        auto stored = WorkflowSecrets::value(h.db, h.brandId, textParam(params, {"secret_name"}), h.dataKey);
        if (!stored)
            return failure(QStringLiteral("params.secret_name: ") + stored.error().message, stored.error().code,
                           stored.error().code == ErrorCode::Database);
        secret = stored.value();
    }
    QJsonValue bodyValue = params.value(QLatin1String("body"));
    if (bodyValue.isUndefined())
        bodyValue = h.payload; // by default, what triggered the execution
    const QByteArray body = bodyValue.isObject()  ? QJsonDocument(bodyValue.toObject()).toJson(QJsonDocument::Compact)
                            : bodyValue.isArray() ? QJsonDocument(bodyValue.toArray()).toJson(QJsonDocument::Compact)
                                                  : QJsonDocument(QJsonArray{bodyValue}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Idempotency-Key", (h.id + QLatin1Char(':') + stepId).toUtf8());
    request.setRawHeader("X-Atelier-Execution", h.id.toUtf8());
    const QJsonObject headers = params.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        request.setRawHeader(it.key().toUtf8(), it.value().toString().toUtf8());
    if (!secret.isEmpty()) // after params.headers: they cannot replace it
        request.setRawHeader("X-Atelier-Signature", WorkflowSecrets::signature(secret, body));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    CancelToken token;
    bool lost = false;
    const qint64 renewEvery = std::max<qint64>(1000, h.leaseMs / 3);
    const HttpAnswer answer = HttpCall::postWithTicks(request, body, timeoutMs, &token, [&](QNetworkAccessManager &) {
        if (h.stopped() || (h.cancel && h.cancel->isCancelled()))
            token.cancel();
        if (h.sinceRenewal.elapsed() >= renewEvery) {
            auto renewed = renewLease(h);
            if (!renewed || !renewed.value()) {
                lost = true;
                token.cancel();
            }
        }
    });
    if (answer.cancelled || lost) {
        Outcome o;
        o.interrupted = true;
        o.error = Error{CancelToken::cancelledMessage(), {}, ErrorCode::Cancelled};
        return o;
    }
    if (answer.timedOut)
        return failure(WorkflowEngine::tr("%1 did not answer within %2 s.").arg(url.host()).arg(timeoutMs / 1000), ErrorCode::Timeout, true);
    if (!answer.networkError.isEmpty())
        return failure(WorkflowEngine::tr("%1 could not be reached: %2").arg(url.host(), answer.networkError), ErrorCode::Network, true);
    QJsonObject output{{QStringLiteral("status"), answer.status}};
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parsed);
    if (parsed.error == QJsonParseError::NoError && !answer.body.isEmpty())
        output.insert(QStringLiteral("body"), document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
    else if (!answer.body.isEmpty())
        output.insert(QStringLiteral("body"), QString::fromUtf8(answer.body.left(4096)));
    if (answer.status >= 200 && answer.status < 300) {
        Outcome o;
        o.ok = true;
        o.output = output;
        return o;
    }
    const bool retryable = answer.status == 429 || answer.status >= 500;
    Outcome o = failure(WorkflowEngine::tr("%1 answered HTTP %2.").arg(url.host()).arg(answer.status),
                        answer.status == 429 ? ErrorCode::RateLimited : answer.status >= 500 ? ErrorCode::ServerError : ErrorCode::BadRequest,
                        retryable);
    o.output = output;
    return o;
}

Outcome fromError(const Error &error)
{
    return failure(error.message, error.code, error.code == ErrorCode::Database || error.code == ErrorCode::Timeout
                                                  || error.code == ErrorCode::Network || error.code == ErrorCode::RateLimited
                                                  || error.code == ErrorCode::ServerError);
}

Result<Brand> brandOf(Held &h)
{
    QSqlQuery q(h.db);
    q.prepare(QStringLiteral("SELECT slug FROM brands WHERE id = ?"));
    q.addBindValue(h.brandId);
    if (!q.exec())
        return sqlError(q, WorkflowEngine::tr("Reading brand %1").arg(h.brandId));
    if (!q.next())
        return Error{WorkflowEngine::tr("Brand %1 is gone.").arg(h.brandId), {}, ErrorCode::NotFound};
    return BrandService::bySlug(h.db, q.value(0).toString());
}

/// params.from / params.to as days [from, to): ISO dates (to included), by default the 30 days up to today.
Result<std::pair<QDate, QDate>> daysOf(const QJsonObject &params)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QDate to = today.addDays(1);
    if (params.contains(QLatin1String("to"))) {
        const QDate day = QDate::fromString(params.value(QLatin1String("to")).toString(), Qt::ISODate);
        if (!day.isValid())
            return Error{WorkflowEngine::tr("params.to: \"%1\" is not a date in the form YYYY-MM-DD.")
                             .arg(params.value(QLatin1String("to")).toVariant().toString()),
                         {}, ErrorCode::InvalidInput};
        to = day.addDays(1);
    }
    QDate from = to.addDays(-30);
    if (params.contains(QLatin1String("from"))) {
        from = QDate::fromString(params.value(QLatin1String("from")).toString(), Qt::ISODate);
        if (!from.isValid())
            return Error{WorkflowEngine::tr("params.from: \"%1\" is not a date in the form YYYY-MM-DD.")
                             .arg(params.value(QLatin1String("from")).toVariant().toString()),
                         {}, ErrorCode::InvalidInput};
    }
    if (from >= to)
        return Error{WorkflowEngine::tr("params.from: the range is empty (from is after to)."), {}, ErrorCode::InvalidInput};
    return std::pair<QDate, QDate>{from, to};
}

Result<ReportOptions> reportOptionsOf(const QJsonObject &options)
{
    static const QStringList known{QStringLiteral("funnel"),        QStringLiteral("anomaly_metric"), QStringLiteral("attribution"),
                                   QStringLiteral("journey_start"), QStringLiteral("journey_steps"),  QStringLiteral("experiment"),
                                   QStringLiteral("churn_users"),   QStringLiteral("compare_previous"), QStringLiteral("period"),
                                   QStringLiteral("periods"),       QStringLiteral("start_event"),    QStringLiteral("return_event")};
    for (auto it = options.begin(); it != options.end(); ++it)
        if (!known.contains(it.key()))
            return Error{WorkflowEngine::tr("params.options.%1: not an option of an analysis; the options are: %2")
                             .arg(it.key(), known.join(QLatin1String(", "))),
                         {}, ErrorCode::InvalidInput};
    ReportOptions o;
    o.funnelName = options.value(QLatin1String("funnel")).toString();
    o.anomalyMetric = options.value(QLatin1String("anomaly_metric")).toString(o.anomalyMetric);
    o.attribution = options.value(QLatin1String("attribution")).toString(o.attribution);
    o.journeyStart = options.value(QLatin1String("journey_start")).toString(o.journeyStart);
    o.journeySteps = options.value(QLatin1String("journey_steps")).toInt(o.journeySteps);
    o.experiment = options.value(QLatin1String("experiment")).toString();
    o.churnUsers = options.value(QLatin1String("churn_users")).toInt(o.churnUsers);
    o.comparePrevious = options.value(QLatin1String("compare_previous")).toBool(o.comparePrevious);
    o.retention.period = options.value(QLatin1String("period")).toString(o.retention.period);
    if (!QStringList{QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month")}.contains(o.retention.period))
        return Error{WorkflowEngine::tr("params.options.period: \"%1\" is not day, week or month.").arg(o.retention.period), {}, ErrorCode::InvalidInput};
    o.retention.periods = options.value(QLatin1String("periods")).toInt(o.retention.periods);
    o.retention.startEvent = options.value(QLatin1String("start_event")).toString(o.retention.startEvent);
    o.retention.returnEvent = options.value(QLatin1String("return_event")).toString(o.retention.returnEvent);
    return o;
}

QJsonValue cellJson(const QVariant &cell)
{
    if (cell.isNull())
        return QJsonValue();
    if (cell.typeId() == QMetaType::QDate)
        return cell.toDate().toString(Qt::ISODate);
    if (cell.typeId() == QMetaType::QDateTime)
        return cell.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    return QJsonValue::fromVariant(cell);
}

QJsonArray sectionsJson(const QList<ReportSection> &sections)
{
    QJsonArray array;
    for (const ReportSection &section : sections) {
        QJsonArray rows;
        for (const QVariantList &row : section.table.rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < row.size() && i < section.table.keys.size(); ++i)
                object.insert(section.table.keys.at(i), cellJson(row.at(i)));
            rows.append(object);
        }
        array.append(QJsonObject{{QStringLiteral("id"), section.id},
                                 {QStringLiteral("title"), section.title},
                                 {QStringLiteral("summary"), section.summary},
                                 {QStringLiteral("rows"), rows}});
    }
    return array;
}

Outcome runAnalysis(Held &h, const QJsonObject &params, CancelToken *cancel)
{
    auto brand = brandOf(h);
    if (!brand)
        return fromError(brand.error());
    auto days = daysOf(params);
    if (!days)
        return fromError(days.error());
    auto options = reportOptionsOf(params.value(QLatin1String("options")).toObject());
    if (!options)
        return fromError(options.error());
    AnalysisRequest request;
    request.brandSlug = brand->slug;
    request.from = days->first;
    request.to = days->second;
    request.analysis = textParam(params, {"analysis"});
    request.options = options.value();
    if (request.analysis == QLatin1String("overview")) {
        auto overview = AnalysisRunner::overview(h.db, brand->slug, request.from, request.to, cancel);
        if (!overview)
            return fromError(overview.error());
        Outcome o;
        o.ok = true;
        o.output = {{QStringLiteral("analysis"), request.analysis},
                    {QStringLiteral("from"), request.from.toString(Qt::ISODate)},
                    {QStringLiteral("to"), request.to.addDays(-1).toString(Qt::ISODate)},
                    {QStringLiteral("events"), double(overview->events)},
                    {QStringLiteral("active_users"), double(overview->activeUsers)},
                    {QStringLiteral("purchasing_users"), double(overview->purchasingUsers)},
                    {QStringLiteral("conversion"), overview->conversionRate},
                    {QStringLiteral("revenue"), overview->revenue},
                    {QStringLiteral("generations"), double(overview->generations)}};
        return o;
    }
    if (!AnalysisReports::analyses().contains(request.analysis))
        return failure(WorkflowEngine::tr("params.analysis: \"%1\" is not an analysis; the analyses are: %2")
                           .arg(request.analysis, QStringList(QStringList{QStringLiteral("overview")} + AnalysisReports::analyses()).join(QLatin1String(", "))),
                       ErrorCode::InvalidInput, false);
    auto sections = AnalysisRunner::run(h.db, brand.value(), request, cancel);
    if (!sections)
        return fromError(sections.error());
    Outcome o;
    o.ok = true;
    o.output = {{QStringLiteral("analysis"), request.analysis},
                {QStringLiteral("from"), request.from.toString(Qt::ISODate)},
                {QStringLiteral("to"), request.to.addDays(-1).toString(Qt::ISODate)},
                {QStringLiteral("sections"), sectionsJson(sections.value())}};
    return o;
}

/// The URL a connection was opened with, as a report names it (no password).
DatabaseUrl urlOf(const QSqlDatabase &db)
{
    if (SqlDialect::of(db).isSqlite())
        return DatabaseUrl::sqliteFile(db.databaseName());
    DatabaseUrl url;
    url.kind = DatabaseUrl::Kind::Postgresql;
    url.host = db.hostName();
    url.port = db.port() > 0 ? db.port() : 5432;
    url.user = db.userName();
    url.database = db.databaseName();
    return url;
}

Outcome runExportReport(Held &h, const QJsonObject &params, CancelToken *cancel)
{
    auto brand = brandOf(h);
    if (!brand)
        return fromError(brand.error());
    auto days = daysOf(params);
    if (!days)
        return fromError(days.error());
    const QString folder = textParam(params, {"folder"});
    const QString format = textParam(params, {"format"});
    if (folder.isEmpty() || !QDir::isAbsolutePath(folder))
        return failure(WorkflowEngine::tr("params.folder: \"%1\" is not an absolute folder path.").arg(folder), ErrorCode::InvalidInput, false);
    if (!QDir().mkpath(folder))
        return failure(WorkflowEngine::tr("params.folder: %1 cannot be created.").arg(folder), ErrorCode::InvalidInput, false);
    ReportRequest request;
    request.brandSlug = brand->slug;
    request.from = days->first;
    request.to = days->second;
    request.analyses = listParam(params.value(QLatin1String("analyses")));
    request.format = format;
    request.path = QDir(folder).filePath(QStringLiteral("%1-%2-%3.%4")
                                             .arg(brand->slug, h.workflowName.isEmpty() ? QStringLiteral("report") : QString(h.workflowName).replace(QLatin1Char('/'), QLatin1Char('-')),
                                                  QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")), format));
    auto options = reportOptionsOf(params.value(QLatin1String("options")).toObject());
    if (!options)
        return fromError(options.error());
    request.options = options.value();
    auto written = ReportExport::run(h.db, urlOf(h.db), request, cancel);
    if (!written)
        return fromError(written.error());
    Outcome o;
    o.ok = true;
    o.output = {{QStringLiteral("path"), request.path}, {QStringLiteral("analyses"), written.value()}};
    return o;
}

Outcome runSetQuota(Held &h, const QJsonObject &params)
{
    const QString user = textParam(params, {"user"});
    const QJsonValue credits = params.value(QLatin1String("monthly_credits"));
    if (!credits.isDouble() || credits.toDouble() < 0 || credits.toDouble() > 100000000 || credits.toDouble() != std::floor(credits.toDouble()))
        return failure(WorkflowEngine::tr("params.monthly_credits: \"%1\" is not a whole number of credits between 0 and 100000000.")
                           .arg(credits.toVariant().toString()),
                       ErrorCode::InvalidInput, false);
    QSqlQuery q(h.db);
    q.prepare(QStringLiteral("SELECT id, username FROM users WHERE username = ? OR id = ?"));
    q.addBindValue(user);
    q.addBindValue(user);
    if (!q.exec())
        return fromError(sqlError(q, WorkflowEngine::tr("Finding %1").arg(user)));
    if (!q.next())
        return failure(WorkflowEngine::tr("params.user: nobody is called \"%1\".").arg(user), ErrorCode::NotFound, false);
    const QString userId = q.value(0).toString();
    const QString username = q.value(1).toString();
    q.finish();
    if (auto set = GenerationService::setQuota(h.db, userId, h.brandId, credits.toInt()); !set)
        return fromError(set.error());
    Outcome o;
    o.ok = true;
    o.output = {{QStringLiteral("user"), username}, {QStringLiteral("monthly_credits"), credits.toInt()}};
    return o;
}

/// The output recorded by an earlier attempt of \a stepId of this execution that queued its generations (empty: none).
Result<QJsonObject> queuedGenerations(Held &h, const QString &stepId)
{
    QSqlQuery q(h.db);
    q.prepare(QStringLiteral("SELECT output, id FROM workflow_step_runs WHERE execution_id = ? AND step_id = ? AND id <> ? "
                             "AND output IS NOT NULL ORDER BY attempt DESC"));
    q.addBindValue(h.id);
    q.addBindValue(stepId);
    q.addBindValue(h.stepRunId);
    if (!q.exec())
        return sqlError(q, WorkflowEngine::tr("Reading the steps of execution %1").arg(h.id));
    while (q.next()) {
        auto output = JsonColumn::object(q.value(0), QStringLiteral("workflow_step_runs"), QStringLiteral("output"), q.value(1).toString());
        if (output && output->value(QLatin1String("generations")).isArray())
            return output.value();
    }
    return QJsonObject();
}

Outcome runGenerate(Held &h, const QString &stepId, const QJsonObject &params)
{
    GenerationRequest request;
    request.brandId = h.brandId;
    request.provider = textParam(params, {"provider"});
    request.model = textParam(params, {"model"});
    request.prompt = textParam(params, {"prompt"});
    QString templateId = textParam(params, {"template"});
    if (!templateId.isEmpty()) { // a template's name (or id) among the brand's
        auto templates = PromptService::templates(h.db, h.brandId);
        if (!templates)
            return fromError(templates.error());
        QString found;
        for (const PromptTemplate &t : templates.value())
            if (t.id == templateId || t.name == templateId)
                found = t.id;
        if (found.isEmpty())
            return failure(WorkflowEngine::tr("params.template: the brand has no prompt template \"%1\".").arg(templateId), ErrorCode::NotFound, false);
        templateId = found;
    }
    QHash<QString, QString> values;
    const QJsonObject variables = params.value(QLatin1String("variables")).toObject();
    for (auto it = variables.begin(); it != variables.end(); ++it)
        values.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
    if (request.prompt.trimmed().isEmpty() && templateId.isEmpty())
        return failure(WorkflowEngine::tr("params.prompt: give a prompt or a template."), ErrorCode::InvalidInput, false);
    const int count = params.value(QLatin1String("count")).toInt(1);
    // The collection first, so that a wrong name queues nothing.
    QString collectionId;
    if (const QString collection = textParam(params, {"collection"}); !collection.isEmpty()) {
        auto collections = StudioLibrary::collections(h.db, h.brandId);
        if (!collections)
            return fromError(collections.error());
        for (const Collection &c : collections.value())
            if (c.id == collection || c.name == collection)
                collectionId = c.id;
        if (collectionId.isEmpty())
            return failure(WorkflowEngine::tr("params.collection: the brand has no collection \"%1\".").arg(collection), ErrorCode::NotFound, false);
    }
    // Queued at most once per execution and step: a runner that took the execution over after a crash finds the jobs
    // an earlier attempt queued (recorded on its step run in the transaction that queued them) and answers with those.
    auto earlier = queuedGenerations(h, stepId);
    if (!earlier)
        return fromError(earlier.error());
    if (!earlier->isEmpty()) {
        Outcome o;
        o.ok = true;
        o.output = earlier.value();
        o.output.insert(QStringLiteral("resumed"), true);
        return o;
    }
    const QString what = WorkflowEngine::tr("Queuing the images of step %1 of execution %2").arg(stepId, h.id);
    WriteTransaction tx(h.db);
    if (auto b = tx.begin(what); !b)
        return fromError(b.error());
    auto queued = StudioActions::enqueueVariations(h.db, request, count, templateId, values);
    if (!queued)
        return fromError(queued.error());
    QJsonArray ids;
    for (const QString &id : queued->ids())
        ids.append(id);
    if (!collectionId.isEmpty())
        if (auto added = StudioLibrary::addToCollection(h.db, collectionId, queued->ids()); !added)
            return fromError(added.error());
    Outcome o;
    o.ok = true;
    o.output = {{QStringLiteral("generations"), ids},
                {QStringLiteral("first_seed"), double(queued->firstSeed)},
                {QStringLiteral("cached"), queued->cached},
                {QStringLiteral("credits"), queued->credits}};
    if (!collectionId.isEmpty())
        o.output.insert(QStringLiteral("collection"), collectionId);
    QSqlQuery record(h.db);
    record.prepare(QStringLiteral("UPDATE workflow_step_runs SET output = ") + h.dialect.jsonParameter()
                   + QStringLiteral(" WHERE id = ? AND status = 'running'"));
    record.addBindValue(jsonText(o.output));
    record.addBindValue(h.stepRunId);
    if (!record.exec())
        return fromError(sqlError(record, what));
    if (auto c = tx.commit(what); !c)
        return fromError(c.error());
    return o;
}

Outcome runAction(Held &h, const WorkflowAction &action, const QJsonObject &params, const QJsonObject &scope)
{
    const QString &type = action.type;
    if (type == QLatin1String("condition"))
        return runCondition(action.params, params, scope);
    if (type == QLatin1String("delay"))
        return runDelay(params);
    if (type == QLatin1String("notify"))
        return runNotify(h, params);
    if (type == QLatin1String("comment"))
        return runComment(h, params);
    if (type == QLatin1String("webhook"))
        return runWebhook(h, action.id, params, std::max(1, action.timeoutSeconds) * 1000);
    if (type == QLatin1String("set_workflow_status"))
        return runSetWorkflowStatus(h, params);
    if (type == QLatin1String("analysis"))
        return runAnalysis(h, params, h.cancel);
    if (type == QLatin1String("export_report"))
        return runExportReport(h, params, h.cancel);
    if (type == QLatin1String("set_quota"))
        return runSetQuota(h, params);
    if (type == QLatin1String("generate"))
        return runGenerate(h, action.id, params);
    return failure(WorkflowEngine::tr("\"%1\" is not a kind of action.").arg(type), ErrorCode::InvalidInput, false);
}

// ---- claiming -----------------------------------------------------------------------------------------------

/// The condition that makes an execution claimable now, its columns prefixed with \a alias ("e."); binds: now, now, now.
QString claimableCondition(const QString &alias = {})
{
    return QStringLiteral("(%1status = 'queued' OR (%1status = 'waiting' AND %1run_after <= ?) OR (%1status = 'running' AND %1lease_expires_at < ?)) "
                          "AND (%1run_after IS NULL OR %1run_after <= ?)")
        .arg(alias);
}

/// Cancels, in the claim's transaction, executions of paused workflows that never started (docs/workflows.md, "Pausing").
Status cancelPaused(const QSqlDatabase &db, const QStringList &ids, const QDateTime &now)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE workflow_executions SET status = 'cancelled', error = ?, error_code = 'cancelled', completed_at = ? "
                             "WHERE id = ? AND status = 'queued' AND attempt = 0"));
    for (const QString &id : ids) {
        q.addBindValue(WorkflowEngine::pausedReason());
        q.addBindValue(d.timeValue(now));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q, WorkflowEngine::tr("Cancelling execution %1 of a paused workflow").arg(id));
    }
    return Done{};
}

/// Claims up to \a limit due executions (or the one named \a onlyId) for \a owner; returns their ids.
Result<QStringList> claim(const QSqlDatabase &db, const QString &me, const RunnerOptions &options, const QString &owner, int limit,
                          const QString &onlyId = {})
{
    const SqlDialect d = SqlDialect::of(db);
    const QDateTime now = nowUtc();
    WriteTransaction tx(db);
    if (auto begun = tx.begin(WorkflowEngine::tr("Claiming workflow executions")); !begun)
        return begun.error();
    QSqlQuery q(db);
    // Pausing stops new executions at once: an automatic execution (schedule, event, error workflow) that never
    // started and whose workflow is no longer active is not run but cancelled here, whoever queued it and when
    // (WorkflowService::setStatus cancels those it sees; this catches one queued while the pause committed).
    QString sql = QStringLiteral("SELECT e.id, CASE WHEN e.attempt = 0 AND e.status = 'queued' AND e.trigger_kind IN ('schedule', 'event', 'error') "
                                 "AND w.status <> 'active' THEN 1 ELSE 0 END "
                                 "FROM workflow_executions e JOIN workflows w ON w.id = e.workflow_id WHERE ")
                  + claimableCondition(QStringLiteral("e.")) + QStringLiteral(" AND e.run_as_id = ?");
    if (!options.brandId.isEmpty())
        sql += QStringLiteral(" AND e.brand_id = ?");
    if (!onlyId.isEmpty())
        sql += QStringLiteral(" AND e.id = ?");
    if (!options.skipWorkflows.isEmpty()) {
        QStringList marks(options.skipWorkflows.size(), QStringLiteral("?"));
        sql += QStringLiteral(" AND e.workflow_id NOT IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    sql += QStringLiteral(" ORDER BY coalesce(e.run_after, e.created_at), e.created_at, e.id LIMIT ?");
    // PostgreSQL: rows another runner is claiming are skipped, not waited for; SQLite's BEGIN IMMEDIATE already holds
    // the whole file (lockRows() is empty there).
    if (!d.isSqlite())
        sql += QLatin1Char(' ') + d.lockRows() + QStringLiteral(" OF e SKIP LOCKED");
    q.prepare(sql);
    for (int i = 0; i < 3; ++i)
        q.addBindValue(d.timeValue(now));
    q.addBindValue(me);
    if (!options.brandId.isEmpty())
        q.addBindValue(options.brandId);
    if (!onlyId.isEmpty())
        q.addBindValue(onlyId);
    for (const QString &skipped : options.skipWorkflows)
        q.addBindValue(skipped);
    q.addBindValue(limit);
    QStringList ids, paused;
    bool cancelled = false;
    do { // executions of paused workflows cancelled, the next ones looked for
        if (!q.exec())
            return sqlError(q, WorkflowEngine::tr("Claiming workflow executions"));
        paused.clear();
        while (q.next())
            (q.value(1).toInt() ? paused : ids).append(q.value(0).toString());
        q.finish();
        if (!paused.isEmpty())
            if (auto c = cancelPaused(db, paused, now); !c)
                return c.error();
        cancelled = cancelled || !paused.isEmpty();
    } while (ids.isEmpty() && !paused.isEmpty());
    if (ids.isEmpty() && !cancelled)
        return ids;
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE workflow_executions SET status = 'running', lease_owner = ?, lease_expires_at = ?, attempt = attempt + 1, "
                             "started_at = coalesce(started_at, ?) WHERE id = ?"));
    for (const QString &id : std::as_const(ids)) {
        u.addBindValue(owner);
        u.addBindValue(d.timeValue(now.addMSecs(options.leaseMs)));
        u.addBindValue(d.timeValue(now));
        u.addBindValue(id);
        if (!u.exec())
            return sqlError(u, WorkflowEngine::tr("Claiming workflow execution %1").arg(id));
    }
    if (auto committed = tx.commit(WorkflowEngine::tr("Claiming workflow executions")); !committed)
        return committed.error();
    return ids;
}

// ---- running one execution ---------------------------------------------------------------------------------

/// Ends the execution (completed, failed or cancelled) in the open transaction, releasing the lease; queues the
/// error workflow of an automatic execution that failed.
Status endExecution(Held &h, const QString &status, const QJsonObject &result, const Error &error, const QString &step)
{
    const QDateTime now = nowUtc();
    QSqlQuery q(h.db);
    q.prepare(QStringLiteral("UPDATE workflow_executions SET status = ?, result = ") + h.dialect.jsonParameter()
              + QStringLiteral(", error = ?, error_code = ?, current_step = ?, completed_at = ?, lease_owner = NULL, lease_expires_at = NULL "
                               "WHERE id = ? AND lease_owner = ? AND status = 'running'"));
    q.addBindValue(status);
    q.addBindValue(jsonText(result));
    q.addBindValue(storedMessage(error));
    q.addBindValue(error.message.isEmpty() ? nullable({}) : storedCode(error.code));
    q.addBindValue(nullable(step));
    q.addBindValue(h.dialect.timeValue(now));
    q.addBindValue(h.id);
    q.addBindValue(h.owner);
    if (!q.exec())
        return sqlError(q, WorkflowEngine::tr("Ending execution %1").arg(h.id));
    if (q.numRowsAffected() != 1)
        return Error{WorkflowEngine::tr("Execution %1 is no longer held by this runner.").arg(h.id), {}, ErrorCode::Conflict};
    const bool automatic = h.triggerKind == QLatin1String("schedule") || h.triggerKind == QLatin1String("event");
    if (status == QLatin1String("failed") && automatic && !h.startedByFailure) {
        // The product event workflow.failed, for the brand's workflows that listen to failures (docs/workflows.md).
        const QJsonObject failed{{QStringLiteral("brand"), h.brandId},
                                 {QStringLiteral("workflow"), h.workflowId},
                                 {QStringLiteral("workflow_name"), h.workflowName},
                                 {QStringLiteral("execution"), h.id},
                                 {QStringLiteral("step"), step.isEmpty() ? QJsonValue() : QJsonValue(step)},
                                 {QStringLiteral("error"), error.message},
                                 {QStringLiteral("code"), errorCodeName(error.code)}};
        if (auto raised = WorkflowEvents::raise(h.db, h.brandId, QStringLiteral("workflow.failed"), failed); !raised)
            return raised.error();
    }
    if (status != QLatin1String("failed") || !automatic || h.errorWorkflowId.isEmpty())
        return Done{};
    // The error workflow: an execution of it, acting as its own run-as identity, with what failed.
    QSqlQuery w(h.db);
    w.prepare(QStringLiteral("SELECT brand_id, version, run_as_id, status FROM workflows WHERE id = ?"));
    w.addBindValue(h.errorWorkflowId);
    if (!w.exec())
        return sqlError(w, WorkflowEngine::tr("Reading the error workflow of %1").arg(h.workflowName));
    if (!w.next() || w.value(3).toString() != QLatin1String("active"))
        return Done{}; // gone, paused or archived: nothing to run
    const QJsonObject payload{{QStringLiteral("execution"), h.id},
                              {QStringLiteral("workflow"), QJsonObject{{QStringLiteral("id"), h.workflowId}, {QStringLiteral("name"), h.workflowName}}},
                              {QStringLiteral("step"), step.isEmpty() ? QJsonValue() : QJsonValue(step)},
                              {QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), error.message},
                                                                    {QStringLiteral("code"), errorCodeName(error.code)}}}};
    QSqlQuery i(h.db);
    i.prepare(QStringLiteral("INSERT INTO workflow_executions (id, workflow_id, brand_id, version, status, trigger_kind, trigger_payload, "
                             "run_as_id, attempt, created_at) VALUES (?, ?, ?, ?, 'queued', 'error', ")
              + h.dialect.jsonParameter() + QStringLiteral(", ?, 0, ?)"));
    i.addBindValue(newId());
    i.addBindValue(h.errorWorkflowId);
    i.addBindValue(w.value(0));
    i.addBindValue(w.value(1));
    i.addBindValue(jsonText(payload));
    i.addBindValue(w.value(2));
    i.addBindValue(h.dialect.timeValue(now));
    if (!i.exec())
        return sqlError(i, WorkflowEngine::tr("Queuing the error workflow of %1").arg(h.workflowName));
    return Done{};
}

/// Gives the execution back to the queue (a runner stopping): another runner resumes it at its current step.
/// \a uncount: the claim's attempt is taken back (nothing ran: this runner lacked the data key).
Status handBack(Held &h, bool uncount = false)
{
    QSqlQuery q(h.db);
    q.prepare(QStringLiteral("UPDATE workflow_executions SET status = 'queued', lease_owner = NULL, lease_expires_at = NULL")
              + (uncount ? QStringLiteral(", attempt = CASE WHEN attempt > 0 THEN attempt - 1 ELSE 0 END") : QString())
              + QStringLiteral(" WHERE id = ? AND lease_owner = ? AND status = 'running'"));
    q.addBindValue(h.id);
    q.addBindValue(h.owner);
    if (!q.exec())
        return sqlError(q, WorkflowEngine::tr("Handing back execution %1").arg(h.id));
    return Done{};
}

/// A cancelled execution: its lease released, its end time set.
Status closeCancelled(Held &h)
{
    QSqlQuery q(h.db);
    q.prepare(QStringLiteral("UPDATE workflow_executions SET lease_owner = NULL, lease_expires_at = NULL, completed_at = coalesce(completed_at, ?) "
                             "WHERE id = ? AND status = 'cancelled'"));
    q.addBindValue(h.dialect.timeValue(nowUtc()));
    q.addBindValue(h.id);
    if (!q.exec())
        return sqlError(q, WorkflowEngine::tr("Closing cancelled execution %1").arg(h.id));
    return Done{};
}

/// Loads what a claimed execution needs; the definition it runs is its version's.
Result<WorkflowDefinition> load(Held &h)
{
    QSqlQuery q(h.db);
    q.prepare(QStringLiteral("SELECT e.workflow_id, e.brand_id, e.trigger_kind, e.run_as_id, e.version, e.trigger_payload, e.scheduled_for, "
                             "e.current_step, w.name, w.error_workflow_id, w.version, w.trigger, w.actions "
                             "FROM workflow_executions e JOIN workflows w ON w.id = e.workflow_id WHERE e.id = ?"));
    q.addBindValue(h.id);
    if (!q.exec())
        return sqlError(q, WorkflowEngine::tr("Reading execution %1").arg(h.id));
    if (!q.next())
        return Error{WorkflowEngine::tr("There is no workflow execution %1.").arg(h.id), {}, ErrorCode::NotFound};
    h.workflowId = q.value(0).toString();
    h.brandId = q.value(1).toString();
    h.triggerKind = q.value(2).toString();
    h.runAsId = q.value(3).toString();
    h.version = q.value(4).isNull() ? q.value(10).toInt() : q.value(4).toInt();
    auto payload = JsonColumn::object(q.value(5), QStringLiteral("workflow_executions"), QStringLiteral("trigger_payload"), h.id);
    h.scheduledFor = q.value(6).isNull() ? QDateTime() : h.dialect.toDateTime(q.value(6));
    h.currentStep = q.value(7).toString();
    h.workflowName = q.value(8).toString();
    h.errorWorkflowId = q.value(9).toString();
    if (!payload)
        return payload.error();
    h.payload = payload.value();
    QVariant trigger = q.value(11), actions = q.value(12);
    QString table = QStringLiteral("workflows"), rowId = h.workflowId;
    q.finish();
    QSqlQuery v(h.db);
    v.prepare(QStringLiteral("SELECT trigger, actions FROM workflow_versions WHERE workflow_id = ? AND version = ?"));
    v.addBindValue(h.workflowId);
    v.addBindValue(h.version);
    if (!v.exec())
        return sqlError(v, WorkflowEngine::tr("Reading version %1 of workflow %2").arg(h.version).arg(h.workflowName));
    if (v.next()) {
        trigger = v.value(0);
        actions = v.value(1);
        table = QStringLiteral("workflow_versions");
        rowId = h.workflowId + QLatin1Char('/') + QString::number(h.version);
    }
    auto triggerJson = JsonColumn::object(trigger, table, QStringLiteral("trigger"), rowId, JsonNull::Damaged);
    if (!triggerJson)
        return Error{triggerJson.error().message, {}, ErrorCode::Corrupt};
    auto actionsJson = JsonColumn::array(actions, table, QStringLiteral("actions"), rowId, JsonNull::Damaged);
    if (!actionsJson)
        return Error{actionsJson.error().message, {}, ErrorCode::Corrupt};
    // Validated again before it runs: a definition edited by hand is reported, never run. Webhook hosts were
    // checked on save (allowed hosts included); the run checks only that the address is http(s).
    WorkflowValidation validation;
    QSqlQuery hosts(h.db);
    hosts.prepare(QStringLiteral("SELECT host FROM workflow_allowed_hosts WHERE brand_id = ?"));
    hosts.addBindValue(h.brandId);
    if (hosts.exec())
        while (hosts.next())
            validation.allowedHosts.append(hosts.value(0).toString());
    h.allowedHosts = validation.allowedHosts;
    auto definition = WorkflowDefinition::parse(triggerJson.value(), actionsJson.value(), validation);
    if (!definition)
        return Error{WorkflowEngine::tr("The definition of workflow %1 (version %2) cannot run: %3")
                         .arg(h.workflowName)
                         .arg(h.version)
                         .arg(definition.error().message),
                     {}, ErrorCode::Corrupt};
    // The outputs of completed steps, for the expressions of the next ones; steps left running by a runner that
    // stopped are marked interrupted (they do not count as failed tries).
    QSqlQuery s(h.db);
    s.prepare(QStringLiteral("SELECT step_id, output, id FROM workflow_step_runs WHERE execution_id = ? AND status = 'completed' ORDER BY started_at, attempt"));
    s.addBindValue(h.id);
    if (!s.exec())
        return sqlError(s, WorkflowEngine::tr("Reading the steps of execution %1").arg(h.id));
    while (s.next()) {
        auto output = JsonColumn::object(s.value(1), QStringLiteral("workflow_step_runs"), QStringLiteral("output"), s.value(2).toString());
        if (!output)
            return Error{output.error().message, {}, ErrorCode::Corrupt};
        h.outputs.insert(s.value(0).toString(), output.value());
    }
    return definition;
}

/// Marks steps left 'running' by a runner that stopped as interrupted.
Status closeInterrupted(Held &h)
{
    QSqlQuery q(h.db);
    q.prepare(QStringLiteral("UPDATE workflow_step_runs SET status = 'failed', error = ?, error_code = 'lapsed', ended_at = ? "
                             "WHERE execution_id = ? AND status = 'running'"));
    q.addBindValue(WorkflowEngine::tr("The runner stopped during this step; another runner took the execution over."));
    q.addBindValue(h.dialect.timeValue(nowUtc()));
    q.addBindValue(h.id);
    if (!q.exec())
        return sqlError(q, WorkflowEngine::tr("Reading the steps of execution %1").arg(h.id));
    return Done{};
}

/// How many attempts of \a step failed (interruptions by a stopping runner not counted), and the next attempt's number.
Result<std::pair<int, int>> attemptsOf(Held &h, const QString &step)
{
    QSqlQuery q(h.db);
    q.prepare(QStringLiteral("SELECT coalesce(max(attempt), 0), coalesce(sum(CASE WHEN status = 'failed' AND coalesce(error_code, '') <> 'lapsed' "
                             "THEN 1 ELSE 0 END), 0) FROM workflow_step_runs WHERE execution_id = ? AND step_id = ?"));
    q.addBindValue(h.id);
    q.addBindValue(step);
    if (!q.exec() || !q.next())
        return sqlError(q, WorkflowEngine::tr("Reading the steps of execution %1").arg(h.id));
    return std::pair<int, int>{q.value(1).toInt(), q.value(0).toInt() + 1};
}

Result<Ending> runHeld(Held &h, RunnerPass &pass)
{
    h.sinceRenewal.start();
    auto definition = load(h);
    if (!definition) {
        if (definition.error().code == ErrorCode::Database)
            return definition.error();
        WriteTransaction tx(h.db);
        if (auto b = tx.begin(WorkflowEngine::tr("Ending execution %1").arg(h.id)); !b)
            return b.error();
        const QJsonObject result{{QStringLiteral("error"), definition.error().message},
                                 {QStringLiteral("code"), errorCodeName(definition.error().code)}};
        if (auto e = endExecution(h, QStringLiteral("failed"), result, definition.error(), h.currentStep); !e)
            return e.error().code == ErrorCode::Conflict ? Result<Ending>(Ending::Lost) : Result<Ending>(e.error());
        if (auto c = tx.commit(WorkflowEngine::tr("Ending execution %1").arg(h.id)); !c)
            return c.error();
        ++pass.failed;
        return Ending::Failed;
    }
    const WorkflowDefinition &def = definition.value();
    h.startedByFailure = def.trigger.kind == WorkflowTrigger::Kind::Event && def.trigger.event == QLatin1String("workflow.failed");
    if (auto closed = closeInterrupted(h); !closed)
        return closed.error();

    int index = def.actions.isEmpty() ? -1 : 0;
    if (!h.currentStep.isEmpty()) {
        index = def.indexOf(h.currentStep);
        if (index < 0) {
            const Error error{WorkflowEngine::tr("Execution %1 stands at step \"%2\", which version %3 of %4 does not have.")
                                  .arg(h.id, h.currentStep)
                                  .arg(h.version)
                                  .arg(h.workflowName),
                              {}, ErrorCode::Corrupt};
            WriteTransaction tx(h.db);
            if (auto b = tx.begin(WorkflowEngine::tr("Ending execution %1").arg(h.id)); !b)
                return b.error();
            if (auto e = endExecution(h, QStringLiteral("failed"), {{QStringLiteral("error"), error.message}}, error, h.currentStep); !e)
                return e.error();
            if (auto c = tx.commit(WorkflowEngine::tr("Ending execution %1").arg(h.id)); !c)
                return c.error();
            ++pass.failed;
            return Ending::Failed;
        }
    }

    bool ranStep = false; // a step of this claim ran: handed back for want of the key, the claim still counts
    while (true) {
        if (index < 0) { // the run ends here
            WriteTransaction tx(h.db);
            if (auto b = tx.begin(WorkflowEngine::tr("Ending execution %1").arg(h.id)); !b)
                return b.error();
            if (auto e = endExecution(h, QStringLiteral("completed"), {{QStringLiteral("steps"), h.outputs}}, {}, {}); !e)
                return e.error().code == ErrorCode::Conflict ? Result<Ending>(Ending::Lost) : Result<Ending>(e.error());
            if (auto c = tx.commit(WorkflowEngine::tr("Ending execution %1").arg(h.id)); !c)
                return c.error();
            ++pass.completed;
            return Ending::Completed;
        }
        // Between steps: cancelled by someone, or this runner stopping.
        auto status = statusOf(h.db, h.id);
        if (!status)
            return status.error();
        if (status.value() == QLatin1String("cancelled")) {
            if (auto c = closeCancelled(h); !c)
                return c.error();
            return Ending::Cancelled;
        }
        if (status.value() != QLatin1String("running"))
            return Ending::Lost;
        if (h.stopped() || (h.cancel && h.cancel->isCancelled())) {
            if (auto b = handBack(h); !b)
                return b.error();
            return Ending::HandedBack;
        }

        const WorkflowAction &action = def.actions.at(index);
        // A signed webhook needs the data key: a console that cannot open it (a passphrase-wrapped key, not unlocked in
        // this session) hands the execution back untouched, for a runner with the key, rather than failing it.
        if (h.handBackWithoutKey && !h.dataKey && action.type == QLatin1String("webhook")
            && action.params.contains(QLatin1String("secret_name"))) {
            auto unlocked = Secrets::unlock(h.db);
            if (unlocked) {
                h.dataKey = unlocked.value();
            } else if (unlocked.error().code != ErrorCode::Database) {
                if (auto b = handBack(h, !ranStep); !b)
                    return b.error();
                if (!pass.needKey.contains(h.workflowId)) {
                    pass.needKey.append(h.workflowId);
                    pass.needKeyNames.append(h.workflowName);
                }
                return Ending::NeedsKey;
            } else {
                return unlocked.error();
            }
        }
        const QJsonObject scope{{QStringLiteral("trigger"), h.payload},
                                {QStringLiteral("steps"), h.outputs},
                                {QStringLiteral("execution"),
                                 QJsonObject{{QStringLiteral("id"), h.id},
                                             {QStringLiteral("workflow"), h.workflowId},
                                             {QStringLiteral("scheduled_for"),
                                              h.scheduledFor.isValid() ? QJsonValue(h.scheduledFor.toString(Qt::ISODateWithMs)) : QJsonValue()}}}};
        auto rendered = WorkflowExpressions::render(action.params, scope);
        const QJsonObject input = rendered ? rendered->toObject() : action.params;
        auto attempts = attemptsOf(h, action.id);
        if (!attempts)
            return attempts.error();
        const auto [failedTries, attempt] = attempts.value();

        // The step's row, committed before the action runs, under a lease that is still ours.
        const QString stepRunId = newId();
        {
            WriteTransaction tx(h.db);
            if (auto b = tx.begin(WorkflowEngine::tr("Starting step %1 of execution %2").arg(action.id, h.id)); !b)
                return b.error();
            QSqlQuery q(h.db);
            q.prepare(QStringLiteral("UPDATE workflow_executions SET current_step = ?, lease_expires_at = ? WHERE id = ? AND lease_owner = ? "
                                     "AND status = 'running'"));
            q.addBindValue(action.id);
            // A webhook renews its lease while it waits; the actions that run in one call (an analysis, a report) hold
            // it for their whole timeout, so that nobody takes them over while they still run.
            static const QStringList longCalls{QStringLiteral("analysis"), QStringLiteral("export_report"), QStringLiteral("generate")};
            const qint64 leaseMs = longCalls.contains(action.type) ? std::max<qint64>(h.leaseMs, qint64(action.timeoutSeconds) * 1000)
                                                                   : h.leaseMs;
            q.addBindValue(h.dialect.timeValue(nowUtc().addMSecs(leaseMs)));
            q.addBindValue(h.id);
            q.addBindValue(h.owner);
            if (!q.exec())
                return sqlError(q, WorkflowEngine::tr("Starting step %1 of execution %2").arg(action.id, h.id));
            if (q.numRowsAffected() != 1)
                return Ending::Lost;
            QSqlQuery i(h.db);
            i.prepare(QStringLiteral("INSERT INTO workflow_step_runs (id, execution_id, brand_id, step_id, attempt, status, input, started_at) "
                                     "VALUES (?, ?, ?, ?, ?, 'running', ")
                      + h.dialect.jsonParameter() + QStringLiteral(", ?)"));
            i.addBindValue(stepRunId);
            i.addBindValue(h.id);
            i.addBindValue(h.brandId);
            i.addBindValue(action.id);
            i.addBindValue(attempt);
            i.addBindValue(jsonText(input));
            i.addBindValue(h.dialect.timeValue(nowUtc()));
            if (!i.exec())
                return sqlError(i, WorkflowEngine::tr("Starting step %1 of execution %2").arg(action.id, h.id));
            if (auto c = tx.commit(WorkflowEngine::tr("Starting step %1 of execution %2").arg(action.id, h.id)); !c)
                return c.error();
            h.sinceRenewal.restart();
            h.stepRunId = stepRunId;
        }

        ranStep = true;
        Outcome outcome = rendered ? runAction(h, action, input, scope)
                                   : failure(WorkflowEngine::tr("actions[%1].params: %2").arg(index).arg(rendered.error().message),
                                             ErrorCode::InvalidInput, false);

        // The step's end and where the execution goes, in one transaction that checks the lease is still ours.
        WriteTransaction tx(h.db);
        const QString what = WorkflowEngine::tr("Ending step %1 of execution %2").arg(action.id, h.id);
        if (auto b = tx.begin(what); !b)
            return b.error();
        // Still ours? A cancelled execution keeps the step's end and closes; one taken over is left to its new runner.
        QSqlQuery held(h.db);
        held.prepare(QStringLiteral("SELECT status, lease_owner FROM workflow_executions WHERE id = ? ") + h.dialect.lockRows());
        held.addBindValue(h.id);
        if (!held.exec())
            return sqlError(held, what);
        if (!held.next())
            return Ending::Lost;
        const QString heldStatus = held.value(0).toString();
        const bool cancelled = heldStatus == QLatin1String("cancelled");
        if (!cancelled && (heldStatus != QLatin1String("running") || held.value(1).toString() != h.owner))
            return Ending::Lost;
        held.finish();
        QSqlQuery step(h.db);
        step.prepare(QStringLiteral("UPDATE workflow_step_runs SET status = ?, output = ") + h.dialect.jsonParameter()
                     + QStringLiteral(", error = ?, error_code = ?, ended_at = ? WHERE id = ?"));
        step.addBindValue(outcome.ok ? QStringLiteral("completed") : QStringLiteral("failed"));
        step.addBindValue(outcome.output.isEmpty() && !outcome.ok ? nullable({}) : QVariant(jsonText(outcome.output)));
        step.addBindValue(outcome.ok ? nullable({}) : storedMessage(outcome.error));
        step.addBindValue(outcome.ok ? nullable({}) : outcome.interrupted ? QVariant(QStringLiteral("lapsed")) : storedCode(outcome.error.code));
        step.addBindValue(h.dialect.timeValue(nowUtc()));
        step.addBindValue(stepRunId);
        if (!step.exec())
            return sqlError(step, what);
        if (cancelled) {
            if (auto c = closeCancelled(h); !c)
                return c.error();
            if (auto c = tx.commit(what); !c)
                return c.error();
            return Ending::Cancelled;
        }

        if (outcome.interrupted) {
            if (auto c = tx.commit(what); !c)
                return c.error();
            auto now = statusOf(h.db, h.id);
            if (!now)
                return now.error();
            if (now.value() == QLatin1String("cancelled")) {
                if (auto c = closeCancelled(h); !c)
                    return c.error();
                return Ending::Cancelled;
            }
            if (auto b = handBack(h); !b)
                return b.error();
            return Ending::HandedBack;
        }

        int nextIndex = -1;
        QString executionStatus = QStringLiteral("running");
        QDateTime runAfter;
        if (outcome.ok) {
            h.outputs.insert(action.id, outcome.output);
            nextIndex = def.following(index, outcome.branch);
            if (outcome.waitUntil.isValid()) {
                executionStatus = QStringLiteral("waiting");
                runAfter = outcome.waitUntil;
            }
        } else if (outcome.retryable && failedTries + 1 < action.retry.maxTries) {
            // Tries left: the execution waits, backing off, at this same step.
            const double wait = std::min<double>(double(action.retry.waitSeconds) * std::pow(action.retry.backoff, failedTries),
                                                 double(action.retry.maxWaitSeconds));
            QSqlQuery q(h.db);
            q.prepare(QStringLiteral("UPDATE workflow_executions SET status = 'waiting', run_after = ?, error = ?, error_code = ?, "
                                     "lease_owner = NULL, lease_expires_at = NULL WHERE id = ? AND lease_owner = ? AND status = 'running'"));
            q.addBindValue(h.dialect.timeValue(nowUtc().addMSecs(qint64(std::max(0.0, wait) * 1000.0))));
            q.addBindValue(storedMessage(outcome.error));
            q.addBindValue(storedCode(outcome.error.code));
            q.addBindValue(h.id);
            q.addBindValue(h.owner);
            if (!q.exec())
                return sqlError(q, what);
            if (q.numRowsAffected() != 1)
                return Ending::Lost; // rolled back: someone took it over or cancelled it
            if (auto c = tx.commit(what); !c)
                return c.error();
            ++pass.retried;
            return Ending::Waiting;
        } else if (action.onError == WorkflowAction::OnError::Continue) {
            h.outputs.insert(action.id, QJsonObject{{QStringLiteral("error"), outcome.error.message},
                                                    {QStringLiteral("code"), errorCodeName(outcome.error.code)}});
            nextIndex = def.following(index, QStringLiteral("next"));
        } else if (action.onError == WorkflowAction::OnError::ErrorBranch) {
            h.outputs.insert(action.id, QJsonObject{{QStringLiteral("error"), outcome.error.message},
                                                    {QStringLiteral("code"), errorCodeName(outcome.error.code)}});
            nextIndex = def.following(index, QStringLiteral("error"));
        } else {
            const QJsonObject result{{QStringLiteral("steps"), h.outputs},
                                     {QStringLiteral("step"), action.id},
                                     {QStringLiteral("error"), outcome.error.message},
                                     {QStringLiteral("code"), errorCodeName(outcome.error.code)}};
            if (auto e = endExecution(h, QStringLiteral("failed"), result, outcome.error, action.id); !e)
                return e.error().code == ErrorCode::Conflict ? Result<Ending>(Ending::Lost) : Result<Ending>(e.error());
            if (auto c = tx.commit(what); !c)
                return c.error();
            ++pass.failed;
            return Ending::Failed;
        }

        if (nextIndex < 0) { // the run ends here (a delay with nothing after it has nothing to wait for)
            if (auto e = endExecution(h, QStringLiteral("completed"), {{QStringLiteral("steps"), h.outputs}}, {}, {}); !e)
                return e.error().code == ErrorCode::Conflict ? Result<Ending>(Ending::Lost) : Result<Ending>(e.error());
            if (auto c = tx.commit(what); !c)
                return c.error();
            ++pass.completed;
            return Ending::Completed;
        }
        const QString nextStep = nextIndex < 0 ? QString() : def.actions.at(nextIndex).id;
        QSqlQuery q(h.db);
        if (executionStatus == QLatin1String("waiting")) {
            // A delay: the next step runs once run_after has passed, by whichever runner claims it then.
            q.prepare(QStringLiteral("UPDATE workflow_executions SET status = 'waiting', run_after = ?, current_step = ?, error = NULL, "
                                     "error_code = NULL, lease_owner = NULL, lease_expires_at = NULL WHERE id = ? AND lease_owner = ? "
                                     "AND status = 'running'"));
            q.addBindValue(h.dialect.timeValue(runAfter));
        } else {
            q.prepare(QStringLiteral("UPDATE workflow_executions SET current_step = ?, error = NULL, error_code = NULL, lease_expires_at = ? "
                                     "WHERE id = ? AND lease_owner = ? AND status = 'running'"));
        }
        if (executionStatus == QLatin1String("waiting")) {
            q.addBindValue(nextStep);
        } else {
            q.addBindValue(nextStep);
            q.addBindValue(h.dialect.timeValue(nowUtc().addMSecs(h.leaseMs)));
        }
        q.addBindValue(h.id);
        q.addBindValue(h.owner);
        if (!q.exec())
            return sqlError(q, what);
        if (q.numRowsAffected() != 1)
            return Ending::Lost;
        if (auto c = tx.commit(what); !c)
            return c.error();
        if (executionStatus == QLatin1String("waiting"))
            return Ending::Waiting;
        index = nextIndex;
    }
}

Result<Ending> runClaimed(const QSqlDatabase &db, const QString &id, const QString &owner, const RunnerOptions &options,
                          const std::function<bool()> &stopped, CancelToken *cancel, RunnerPass &pass)
{
    Held h;
    h.db = db;
    h.dialect = SqlDialect::of(db);
    h.owner = owner;
    h.leaseMs = options.leaseMs;
    h.dataKey = options.dataKey;
    h.handBackWithoutKey = options.handBackWithoutKey;
    h.stopped = stopped;
    h.cancel = cancel;
    h.id = id;
    return runHeld(h, pass);
}

Result<RunnerPass> runPass(const QSqlDatabase &db, const RunnerOptions &options, const QString &owner, CancelToken *cancel,
                           const std::function<bool()> &stopped, qint64 budgetMs)
{
    RunnerPass pass;
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    QElapsedTimer clock;
    clock.start();
    RunnerOptions claiming = options; // workflows handed back for want of the key are not claimed again in this pass
    while (!stopped() && !(cancel && cancel->isCancelled()) && (budgetMs < 0 || clock.elapsed() < budgetMs)) {
        auto ids = claim(db, me.value(), claiming, owner, 1);
        if (!ids)
            return ids.error();
        if (ids->isEmpty())
            break;
        ++pass.claimed;
        auto ended = runClaimed(db, ids->first(), owner, options, stopped, cancel, pass);
        if (!ended)
            return ended.error();
        if (ended.value() == Ending::NeedsKey) {
            --pass.claimed;
            for (const QString &id : std::as_const(pass.needKey))
                if (!claiming.skipWorkflows.contains(id))
                    claiming.skipWorkflows.append(id);
        }
    }
    return pass;
}

/// The schedule of a trigger, or why it has none.
Result<CronSchedule> scheduleOf(const QJsonObject &trigger)
{
    if (trigger.contains(QLatin1String("every_seconds")))
        return CronSchedule::every(trigger.value(QLatin1String("every_seconds")).toInteger());
    if (trigger.contains(QLatin1String("every_minutes")))
        return CronSchedule::every(trigger.value(QLatin1String("every_minutes")).toInteger() * 60);
    return CronSchedule::parse(trigger.value(QLatin1String("cron")).toString(),
                               trigger.value(QLatin1String("timezone")).toString(QStringLiteral("UTC")));
}

/// "Never due": the next instant of a workflow that is not a schedule, or whose trigger is damaged, until its trigger
/// changes (migration 0017 nulls it then).
QDateTime neverDue()
{
    return QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
}

/// Ids bound at most this many at a time in an IN (…) list.
constexpr qsizetype idsPerStatement = 500;
/// Executions inserted, or next instants written, at most this many per statement.
constexpr qsizetype rowsPerInsert = 100;

/// Writes each workflow's next instant (id → instant), and when \a mark is valid moves their mark to it in the same
/// statement (so migration 0017's trigger keeps the instant written).
Status writeNextInstants(const QSqlDatabase &db, const QList<std::pair<QString, QDateTime>> &next, const QDateTime &mark)
{
    const SqlDialect d = SqlDialect::of(db);
    const QString row = d.isSqlite() ? QStringLiteral("(?, ?)") : QStringLiteral("(?, CAST(? AS timestamptz))");
    for (qsizetype start = 0; start < next.size(); start += rowsPerInsert) {
        const qsizetype count = std::min(rowsPerInsert, next.size() - start);
        QStringList values;
        for (qsizetype i = 0; i < count; ++i)
            values.append(row);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("WITH v(id, next_at) AS (VALUES ") + values.join(QStringLiteral(", "))
                  + QStringLiteral(") UPDATE workflows SET schedule_next_at = v.next_at")
                  + (mark.isValid() ? QStringLiteral(", schedule_checked_at = ?") : QString())
                  + QStringLiteral(" FROM v WHERE workflows.id = v.id"));
        for (qsizetype i = start; i < start + count; ++i) {
            q.addBindValue(next.at(i).first);
            q.addBindValue(d.timeValue(next.at(i).second));
        }
        if (mark.isValid())
            q.addBindValue(d.timeValue(mark));
        if (!q.exec())
            return sqlError(q, WorkflowEngine::tr("Scheduling workflows"));
    }
    return Done{};
}

} // namespace

Result<int> WorkflowEngine::scheduleDue(const QSqlDatabase &db, const QDateTime &nowArgument)
{
    const QDateTime now = nowArgument.toUTC();
    const SqlDialect d = SqlDialect::of(db);
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();

    // 1. Which of this identity's active workflows have their next instant due, or not computed yet (new, or their
    // trigger, status or mark changed): workflows.schedule_next_at through workflows_schedule_next_idx (migration
    // 0017), without a lock or a transaction. A tick over 10,000 schedules reads only the few due ones.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM workflows WHERE status = 'active' AND run_as_id = ? "
                             "AND (schedule_next_at IS NULL OR schedule_next_at <= ?)"));
    q.addBindValue(me.value());
    q.addBindValue(d.timeValue(now));
    if (!q.exec())
        return sqlError(q, tr("Scheduling workflows"));
    QStringList dueIds;
    while (q.next())
        dueIds.append(q.value(0).toString());
    q.finish();

    int created = 0;
    if (!dueIds.isEmpty()) {
        // 2. Those, each locked while its instants are written: a runner ticking at the same moment skips them
        // (PostgreSQL), or waits for the file (SQLite). Read again under the lock (another runner may have just
        // scheduled them); the unique (workflow_id, scheduled_for) keeps every instant to one execution whatever happens.
        WriteTransaction tx(db);
        if (auto b = tx.begin(tr("Scheduling workflows")); !b)
            return b.error();
        struct Due
        {
            QString id, brandId;
            int version;
            QVariant trigger;
            QString misfire;
            QDateTime checked, created, next;
        };
        QList<Due> workflows;
        for (qsizetype start = 0; start < dueIds.size(); start += idsPerStatement) {
            const QStringList ids = dueIds.mid(start, idsPerStatement);
            QString sql = QStringLiteral("SELECT id, brand_id, version, trigger, misfire, schedule_checked_at, created_at, schedule_next_at "
                                         "FROM workflows WHERE id IN (")
                          + SqlDialect::bindMarks(ids.size()) + QStringLiteral(") AND status = 'active' AND run_as_id = ?");
            if (!d.isSqlite())
                sql += QLatin1Char(' ') + d.lockRows() + QStringLiteral(" SKIP LOCKED");
            QSqlQuery locked(db);
            locked.setForwardOnly(true);
            locked.prepare(sql);
            for (const QString &id : ids)
                locked.addBindValue(id);
            locked.addBindValue(me.value());
            if (!locked.exec())
                return sqlError(locked, tr("Scheduling workflows"));
            while (locked.next())
                workflows.append({locked.value(0).toString(), locked.value(1).toString(), locked.value(2).toInt(), locked.value(3),
                                  locked.value(4).toString(), d.toDateTime(locked.value(5)), d.toDateTime(locked.value(6)),
                                  d.toDateTime(locked.value(7))});
        }

        QList<QVariantList> rows;                       // the executions to insert, their binds
        QList<std::pair<QString, QDateTime>> marked;    // scheduled now: mark moved to now, and their next instant
        QList<std::pair<QString, QDateTime>> computed;  // nothing due: their next instant, the mark kept
        for (const Due &w : std::as_const(workflows)) {
            if (w.next.isValid() && w.next > now)
                continue; // another runner scheduled it meanwhile
            auto trigger = JsonColumn::object(w.trigger, QStringLiteral("workflows"), QStringLiteral("trigger"), w.id, JsonNull::Damaged);
            // Not a schedule, or damaged (reported when it runs, never scheduled): never due until its trigger changes.
            if (!trigger || trigger->value(QLatin1String("type")).toString() != QLatin1String("schedule")) {
                computed.append({w.id, neverDue()});
                continue;
            }
            auto schedule = scheduleOf(trigger.value());
            if (!schedule) {
                computed.append({w.id, neverDue()});
                continue;
            }
            QDateTime from = w.checked.isValid() ? w.checked : w.created;
            // A workflow with nothing due keeps its mark, which schedules exactly what moving it would have (nothing
            // lies between the old mark and now): only its next instant is written, computed once per mark.
            const QDateTime first = schedule->nextAfter(from);
            if (from >= now || !first.isValid() || first > now) {
                computed.append({w.id, first.isValid() ? first : neverDue()});
                continue;
            }
            const QDateTime cutoff = now.addMSecs(-misfireGraceMs);
            QList<std::pair<QDateTime, QJsonObject>> instants;
            if (from < cutoff) {
                // Missed while no runner ran: skipped, or run once for the latest of them.
                if (w.misfire == QLatin1String("run_once")) {
                    const QDateTime start = std::max(from, cutoff.addDays(-catchUpWindowDays));
                    const QList<QDateTime> missed = schedule->between(start, cutoff, 1000000);
                    if (!missed.isEmpty())
                        instants.append({missed.last(), QJsonObject{{QStringLiteral("missed"), missed.size()}}});
                }
                from = cutoff;
            }
            for (const QDateTime &at : schedule->between(from, now, 10000))
                instants.append({at, QJsonObject{}});
            for (const auto &[at, extra] : std::as_const(instants)) {
                QJsonObject payload = extra;
                payload.insert(QStringLiteral("scheduled_for"), at.toString(Qt::ISODateWithMs));
                rows.append({newId(), w.id, w.brandId, w.version, jsonText(payload), me.value(), d.timeValue(at), d.timeValue(now)});
            }
            const QDateTime next = schedule->nextAfter(now);
            marked.append({w.id, next.isValid() ? next : neverDue()});
        }
        const QString row = QStringLiteral("(?, ?, ?, ?, 'queued', 'schedule', ") + d.jsonParameter() + QStringLiteral(", ?, 0, ?, ?)");
        for (qsizetype start = 0; start < rows.size(); start += rowsPerInsert) {
            const qsizetype count = std::min(rowsPerInsert, rows.size() - start);
            QStringList values;
            for (qsizetype i = 0; i < count; ++i)
                values.append(row);
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO workflow_executions (id, workflow_id, brand_id, version, status, trigger_kind, "
                                          "trigger_payload, run_as_id, attempt, scheduled_for, created_at) VALUES ")
                           + values.join(QStringLiteral(", ")) + QStringLiteral(" ON CONFLICT (workflow_id, scheduled_for) DO NOTHING"));
            for (qsizetype i = start; i < start + count; ++i)
                for (const QVariant &v : std::as_const(rows.at(i)))
                    insert.addBindValue(v);
            if (!insert.exec())
                return sqlError(insert, tr("Scheduling workflows"));
            created += std::max(0, insert.numRowsAffected());
        }
        if (auto w = writeNextInstants(db, marked, now); !w)
            return w.error();
        if (auto w = writeNextInstants(db, computed, {}); !w)
            return w.error();
        if (auto c = tx.commit(tr("Scheduling workflows")); !c)
            return c.error();
    }
    auto events = WorkflowEvents::dispatch(db, now); // executions of the workflows started by events (docs/workflows.md)
    return events ? created + events.value() : Result<int>(events.error());
}

QString WorkflowEngine::pausedReason()
{
    return tr("Workflow paused: this execution had not started, and was cancelled instead of run.");
}

Result<RunnerPass> WorkflowEngine::runOnce(const QSqlDatabase &db, const RunnerOptions &options, CancelToken *cancel)
{
    const QString owner = options.name.isEmpty() ? defaultRunnerName() : options.name;
    return runPass(db, options, owner, cancel, [] { return false; }, -1);
}

Result<WorkflowExecution> WorkflowEngine::runNow(const QSqlDatabase &db, const QString &executionId, const RunnerOptions &options,
                                                 CancelToken *cancel)
{
    const QString owner = options.name.isEmpty() ? defaultRunnerName() : options.name;
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    auto ids = claim(db, me.value(), options, owner, 1, executionId);
    if (!ids)
        return ids.error();
    if (ids->isEmpty()) {
        auto status = statusOf(db, executionId);
        if (!status)
            return status.error();
        return Error{tr("Execution %1 cannot run now: it is %2, or it waits, or another runner holds it, or it acts as someone else.")
                         .arg(executionId, status.value()),
                     {}, ErrorCode::Conflict};
    }
    RunnerPass pass;
    pass.claimed = 1;
    auto ended = runClaimed(db, executionId, owner, options, [] { return false; }, cancel, pass);
    if (!ended)
        return ended.error();
    return WorkflowService::execution(db, executionId);
}

Status WorkflowEngine::runUntil(const DatabaseUrl &url, const RunnerOptions &optionsArgument, const std::atomic_bool &stop,
                                const std::function<void(const RunnerPass &)> &progress)
{
    auto opened = Database::open(url, Database::OpenMode::MustExist);
    if (!opened)
        return opened.error();
    const QSqlDatabase db = opened.value();
    WorkflowWake wake(db);
    RunnerOptions options = optionsArgument;
    if (options.name.isEmpty())
        options.name = defaultRunnerName();
    const auto stopped = [&stop] { return stop.load(); };
    // The scheduler ticks once per wall-clock second, just after it begins: schedule instants fall on whole
    // seconds, so a due instant starts within milliseconds instead of up to a drifting second later.
    qint64 lastTickSecond = -1;
    while (!stop.load()) {
        RunnerPass pass;
        if (const QDateTime now = nowUtc(); now.toMSecsSinceEpoch() / 1000 != lastTickSecond) {
            lastTickSecond = now.toMSecsSinceEpoch() / 1000;
            auto scheduled = scheduleDue(db, now);
            if (!scheduled)
                return scheduled.error();
            pass.scheduled = scheduled.value();
        }
        // At most a second of work before the next scheduler tick.
        auto ran = runPass(db, options, options.name, nullptr, stopped, 1000);
        if (!ran)
            return ran.error();
        pass.claimed = ran->claimed;
        pass.completed = ran->completed;
        pass.failed = ran->failed;
        pass.retried = ran->retried;
        if (progress && (pass.scheduled || pass.claimed))
            progress(pass);
        if (pass.claimed)
            continue; // more may be due
        // Idle until just after the next second begins (its scheduler tick): on PostgreSQL woken at once by the NOTIFY
        // of an execution queued meanwhile (migration 0022), on SQLite looking again every 200 ms.
        const qint64 toTick = 1000 - nowUtc().toMSecsSinceEpoch() % 1000 + 2;
        wake.wait(wake.isListening() ? toTick : std::min<qint64>(200, toTick), stop);
    }
    return Done{};
}

} // namespace Atelier
