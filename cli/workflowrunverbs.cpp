// `atelier workflow run|executions|execution|retry|cancel|runner`: executions of workflows and the headless runner
// (docs/workflows.md). workflowVerbs() (workflowverbs.cpp) appends these rows.
#include "output.h"
#include "verb.h"

#include "security/secrets.h"
#include "workflows/workflowengine.h"
#include "workflows/workflowservice.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace Atelier::Cli {

QList<Verb> workflowRunVerbs();

namespace {

/// The names of the brand's workflows by id (an execution's workflow shown by its name; its id when not found).
QHash<QString, QString> workflowNames(const Context &c)
{
    QHash<QString, QString> names;
    if (auto list = WorkflowService::list(c.db, c.brand->id))
        for (const Workflow &w : list.value())
            names.insert(w.id, w.name);
    return names;
}

QJsonObject executionJson(const WorkflowExecution &e, const QHash<QString, QString> &names)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("workflow_id"), e.workflowId},
            {QStringLiteral("workflow_name"), names.value(e.workflowId, e.workflowId)},
            {QStringLiteral("version"), e.version},
            {QStringLiteral("status"), e.status},
            {QStringLiteral("trigger_kind"), e.triggerKind},
            {QStringLiteral("trigger_payload"), e.triggerPayload},
            {QStringLiteral("attempt"), e.attempt},
            {QStringLiteral("current_step"), jsonText(e.currentStep)},
            {QStringLiteral("scheduled_for"), jsonTime(e.scheduledFor)},
            {QStringLiteral("run_after"), jsonTime(e.runAfter)},
            {QStringLiteral("lease_owner"), jsonText(e.leaseOwner)},
            {QStringLiteral("created_at"), jsonTime(e.createdAt)},
            {QStringLiteral("started_at"), jsonTime(e.startedAt)},
            {QStringLiteral("completed_at"), jsonTime(e.completedAt)},
            {QStringLiteral("error"), jsonText(e.error)},
            {QStringLiteral("error_code"), jsonText(errorCodeName(e.errorCode))},
            {QStringLiteral("result"), e.result}};
}

const QStringList executionKeys{QStringLiteral("id"),         QStringLiteral("workflow_name"),  QStringLiteral("status"),
                                QStringLiteral("trigger_kind"), QStringLiteral("attempt"),    QStringLiteral("current_step"),
                                QStringLiteral("scheduled_for"), QStringLiteral("created_at"), QStringLiteral("started_at"),
                                QStringLiteral("completed_at"), QStringLiteral("error_code"), QStringLiteral("error")};

QStringList executionHeaders()
{
    return {CommandLine::tr("Execution"), CommandLine::tr("Workflow"), CommandLine::tr("Status"),   CommandLine::tr("Trigger"),
            CommandLine::tr("Attempt"),   CommandLine::tr("Step"),     CommandLine::tr("Scheduled for"), CommandLine::tr("Created"),
            CommandLine::tr("Started"),   CommandLine::tr("Completed"), CommandLine::tr("Error code"), CommandLine::tr("Error")};
}

QStringList executionRow(const WorkflowExecution &e, const QHash<QString, QString> &names)
{
    return {e.id, names.value(e.workflowId, e.workflowId), e.status, e.triggerKind, QString::number(e.attempt), e.currentStep, isoTime(e.scheduledFor),
            isoTime(e.createdAt), isoTime(e.startedAt), isoTime(e.completedAt), errorCodeName(e.errorCode), e.error};
}

void printExecutions(const Context &c, const QList<WorkflowExecution> &executions)
{
    const QHash<QString, QString> names = workflowNames(c);
    if (c.json()) {
        QJsonArray array;
        for (const WorkflowExecution &e : executions)
            array.append(executionJson(e, names));
        printJsonDocument(QJsonDocument(array));
        return;
    }
    QList<QStringList> rows;
    for (const WorkflowExecution &e : executions)
        rows.append(executionRow(e, names));
    printRows(executionKeys, executionHeaders(), rows, c.csv());
}

/// The execution named by the first word, refused when it belongs to another brand than --brand.
Result<WorkflowExecution> executionOf(const Context &c)
{
    auto e = WorkflowService::execution(c.db, c.words.value(0));
    if (!e)
        return e;
    if (e->brandId != c.brand->id)
        return Error{CommandLine::tr("Execution %1 does not belong to brand %2.").arg(e->id, c.brand->slug), {}, ErrorCode::NotFound};
    return e;
}

QString stepValue(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isNull() || value.isUndefined())
        return {};
    return value.toVariant().toString();
}

QJsonValue durationSeconds(const WorkflowStepRun &s)
{
    if (!s.startedAt.isValid() || !s.endedAt.isValid())
        return QJsonValue();
    return double(s.startedAt.msecsTo(s.endedAt)) / 1000.0;
}

int run(Context &c)
{
    QJsonObject input;
    if (c.isSet(QStringLiteral("input"))) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(c.value(QStringLiteral("input")).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return fail(CommandLine::tr("--input: \"%1\" is not a JSON object (%2).")
                            .arg(c.value(QStringLiteral("input")),
                                 error.error != QJsonParseError::NoError ? error.errorString() : CommandLine::tr("another JSON value")),
                        2);
        input = document.object();
    }
    auto queued = WorkflowService::run(c.db, c.brand->id, c.words.value(0), input);
    if (!queued)
        return fail(queued.error().message);
    WorkflowExecution execution = queued.value();
    if (c.isSet(QStringLiteral("wait"))) {
        RunnerOptions options;
        options.brandId = c.brand->id;
        auto ran = WorkflowEngine::runNow(c.db, execution.id, options);
        if (!ran)
            return fail(ran.error().message);
        execution = ran.value();
    }
    printExecutions(c, {execution});
    return execution.status == QLatin1String("failed") ? 1 : 0;
}

int executions(Context &c)
{
    ExecutionFilter filter;
    filter.brandId = c.brand->id;
    if (c.isSet(QStringLiteral("workflow"))) {
        auto workflow = WorkflowService::get(c.db, c.brand->id, c.value(QStringLiteral("workflow")));
        if (!workflow)
            return fail(workflow.error().message, workflow.error().code == ErrorCode::NotFound ? 2 : 1);
        filter.workflowId = workflow->id;
    }
    if (c.isSet(QStringLiteral("status"))) {
        static const QStringList statuses{QStringLiteral("queued"), QStringLiteral("running"), QStringLiteral("waiting"),
                                          QStringLiteral("completed"), QStringLiteral("failed"), QStringLiteral("cancelled")};
        filter.status = c.value(QStringLiteral("status"));
        if (!statuses.contains(filter.status))
            return fail(CommandLine::tr("--status: \"%1\" is not one of %2.").arg(filter.status, statuses.join(QLatin1String(", "))), 2);
    }
    auto limit = c.integer(QStringLiteral("limit"), 100, 1, 10000);
    if (!limit)
        return fail(limit.error().message, 2);
    filter.limit = int(limit.value());
    auto list = WorkflowService::executions(c.db, filter);
    if (!list)
        return fail(list.error().message);
    printExecutions(c, list.value());
    return 0;
}

int execution(Context &c)
{
    auto e = executionOf(c);
    if (!e)
        return fail(e.error().message, e.error().code == ErrorCode::NotFound ? 2 : 1);
    auto steps = WorkflowService::steps(c.db, e->id);
    if (!steps)
        return fail(steps.error().message);
    if (c.json()) {
        QJsonArray array;
        for (const WorkflowStepRun &s : steps.value())
            array.append(QJsonObject{{QStringLiteral("step_id"), s.stepId},
                                     {QStringLiteral("attempt"), s.attempt},
                                     {QStringLiteral("status"), s.status},
                                     {QStringLiteral("input"), s.input},
                                     {QStringLiteral("output"), s.output},
                                     {QStringLiteral("error"), jsonText(s.error)},
                                     {QStringLiteral("error_code"), jsonText(errorCodeName(s.errorCode))},
                                     {QStringLiteral("started_at"), jsonTime(s.startedAt)},
                                     {QStringLiteral("ended_at"), jsonTime(s.endedAt)},
                                     {QStringLiteral("duration_seconds"), durationSeconds(s)}});
        QJsonObject object = executionJson(e.value(), workflowNames(c));
        object.insert(QStringLiteral("steps"), array);
        printJson(object);
        return 0;
    }
    if (!c.csv()) {
        printRows(executionKeys, executionHeaders(), {executionRow(e.value(), workflowNames(c))}, false);
        out() << '\n';
    }
    QList<QStringList> rows;
    for (const WorkflowStepRun &s : steps.value()) {
        const QJsonValue seconds = durationSeconds(s);
        rows.append({s.stepId, QString::number(s.attempt), s.status, stepValue(s.input), stepValue(s.output), errorCodeName(s.errorCode),
                     s.error, isoTime(s.startedAt), seconds.isDouble() ? QString::number(seconds.toDouble(), 'f', 3) : QString()});
    }
    printRows({QStringLiteral("step_id"), QStringLiteral("attempt"), QStringLiteral("status"), QStringLiteral("input"),
               QStringLiteral("output"), QStringLiteral("error_code"), QStringLiteral("error"), QStringLiteral("started_at"),
               QStringLiteral("duration_seconds")},
              {CommandLine::tr("Step"), CommandLine::tr("Attempt"), CommandLine::tr("Status"), CommandLine::tr("Input"),
               CommandLine::tr("Output"), CommandLine::tr("Error code"), CommandLine::tr("Error"), CommandLine::tr("Started"),
               CommandLine::tr("Seconds")},
              rows, c.csv());
    return 0;
}

int retry(Context &c)
{
    auto e = executionOf(c);
    if (!e)
        return fail(e.error().message, e.error().code == ErrorCode::NotFound ? 2 : 1);
    auto queued = WorkflowService::retry(c.db, e->id);
    if (!queued)
        return fail(queued.error().message);
    out() << (queued->currentStep.isEmpty() ? CommandLine::tr("Execution %1 queued again.").arg(queued->id)
                                            : CommandLine::tr("Execution %1 queued again from step %2.").arg(queued->id, queued->currentStep))
          << '\n';
    return 0;
}

int cancel(Context &c)
{
    auto e = executionOf(c);
    if (!e)
        return fail(e.error().message, e.error().code == ErrorCode::NotFound ? 2 : 1);
    auto cancelled = WorkflowService::cancel(c.db, e->id);
    if (!cancelled)
        return fail(cancelled.error().message);
    out() << CommandLine::tr("Execution %1 cancelled.").arg(cancelled->id) << '\n';
    return 0;
}

std::atomic_bool s_stop{false};

extern "C" void stopRunner(int)
{
    s_stop.store(true);
}

void printPass(const RunnerPass &pass)
{
    out() << CommandLine::tr("%1: %2 scheduled, %3 claimed, %4 completed, %5 failed, %6 waiting to retry.")
                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                 .arg(pass.scheduled)
                 .arg(pass.claimed)
                 .arg(pass.completed)
                 .arg(pass.failed)
                 .arg(pass.retried)
          << '\n';
    out().flush();
}

int runner(Context &c)
{
    RunnerOptions options;
    if (c.brand)
        options.brandId = c.brand->id;
    if (c.isSet(QStringLiteral("passphrase-stdin"))) {
        // The data key that opens the brands' webhook secrets, unlocked once (a keychain-wrapped key needs no passphrase).
        auto key = Secrets::unlock(c.db, readLine().value_or(QString()));
        if (!key)
            return fail(key.error().message);
        options.dataKey = key.value();
    }
    const auto lease = c.integer(QStringLiteral("lease-seconds"), options.leaseMs / 1000, 2, 3600);
    if (!lease)
        return fail(lease.error().message, 2);
    options.leaseMs = lease.value() * 1000;
    if (c.isSet(QStringLiteral("once"))) {
        auto scheduled = WorkflowEngine::scheduleDue(c.db, QDateTime::currentDateTimeUtc());
        if (!scheduled)
            return fail(scheduled.error().message);
        auto pass = WorkflowEngine::runOnce(c.db, options);
        if (!pass)
            return fail(pass.error().message);
        RunnerPass done = pass.value();
        done.scheduled = scheduled.value();
        if (done.scheduled || done.claimed)
            printPass(done);
        return 0;
    }
    // SIGTERM (systemd stopping the unit) and SIGINT (Ctrl+C) set the stop flag: the runner hands back what it holds.
    s_stop.store(false);
    struct sigaction action = {};
    action.sa_handler = stopRunner;
    sigemptyset(&action.sa_mask);
    struct sigaction oldTerm = {}, oldInt = {};
    sigaction(SIGTERM, &action, &oldTerm);
    sigaction(SIGINT, &action, &oldInt);
    const Status ran = WorkflowEngine::runUntil(c.url, options, s_stop, printPass);
    sigaction(SIGTERM, &oldTerm, nullptr);
    sigaction(SIGINT, &oldInt, nullptr);
    if (!ran)
        return fail(ran.error().message);
    return 0;
}

} // namespace

QList<Verb> workflowRunVerbs()
{
    const char *id = QT_TRANSLATE_NOOP("CommandLine", "ID");
    return {
        {.path = QStringLiteral("workflow run"),
         .usage = "NAME --brand SLUG [--input JSON] [--wait] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "queue a manual execution of a workflow (--wait: run it now and show how it ended)"),
         .options = {option("input", QT_TRANSLATE_NOOP("CommandLine", "The trigger's payload, a JSON object."), QT_TRANSLATE_NOOP("CommandLine", "JSON")),
                     flag("wait", QT_TRANSLATE_NOOP("CommandLine", "Run the execution in this process and wait for its end."))},
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = "NAME",
         .run = run},
        {.path = QStringLiteral("workflow executions"),
         .usage = "--brand SLUG [--workflow NAME] [--status S] [--limit N] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "list executions, newest first"),
         .options = {option("workflow", QT_TRANSLATE_NOOP("CommandLine", "Only this workflow's executions."), QT_TRANSLATE_NOOP("CommandLine", "NAME")),
                     option("status", QT_TRANSLATE_NOOP("CommandLine", "Only executions in this status (queued, running, waiting, completed, failed, cancelled)."),
                            QT_TRANSLATE_NOOP("CommandLine", "STATUS")),
                     option("limit", QT_TRANSLATE_NOOP("CommandLine", "At most this many executions."), QT_TRANSLATE_NOOP("CommandLine", "n"), "CommandLine",
                            QStringLiteral("100"))},
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .run = executions},
        {.path = QStringLiteral("workflow execution"),
         .usage = "ID --brand SLUG [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "an execution and its steps: input, output, error, attempt and duration"),
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = id,
         .run = execution},
        {.path = QStringLiteral("workflow retry"),
         .usage = "ID --brand SLUG",
         .what = QT_TRANSLATE_NOOP("CommandLine", "queue a failed execution again from its failed step"),
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = id,
         .run = retry},
        {.path = QStringLiteral("workflow cancel"),
         .usage = "ID --brand SLUG",
         .what = QT_TRANSLATE_NOOP("CommandLine", "cancel a queued, waiting or running execution"),
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = id,
         .run = cancel},
        {.path = QStringLiteral("workflow runner"),
         .usage = "[--brand SLUG] [--passphrase-stdin] [--once] [--lease-seconds N]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "run due executions and schedules as the connected identity until SIGTERM (--once: one pass)"),
         .options = {flag("passphrase-stdin", QT_TRANSLATE_NOOP("CommandLine", "Read the passphrase of the database's data key from standard "
                                                                             "input, to sign webhooks with the brands' secrets.")),
                     flag("once", QT_TRANSLATE_NOOP("CommandLine", "Schedule what is due, run what can run, then exit.")),
                     option("lease-seconds", QT_TRANSLATE_NOOP("CommandLine", "How long an execution stays this runner's without a sign of life "
                                                                              "(renewed while a step runs; another runner takes it over after). Default 30."),
                            QT_TRANSLATE_NOOP("CommandLine", "n"))},
         .brand = BrandOption::Optional,
         .run = runner},
    };
}

} // namespace Atelier::Cli
