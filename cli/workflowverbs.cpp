// `atelier workflow …`: workflows and their executions (docs/workflows.md). This file: the definitions (list, show,
// create, update, pause, resume, archive, delete, versions, restore, allow-host); workflowrunverbs.cpp: executions.
#include "output.h"
#include "verb.h"

#include "workflows/workflowservice.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Atelier::Cli {

QList<Verb> workflowRunVerbs(); // workflowrunverbs.cpp: run, executions, execution, retry, cancel, runner
QList<Verb> workflowSecretVerbs(); // workflowsecretverbs.cpp: secret set, list, delete

namespace {

QString compact(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

/// "schedule 0 9 * * 1 Europe/Paris", "schedule every 60 s", "event anomaly.detected", "manual": the trigger in a cell.
QString triggerSummary(const QJsonObject &trigger)
{
    const QString type = trigger.value(QLatin1String("type")).toString();
    if (type == QLatin1String("schedule")) {
        if (trigger.contains(QLatin1String("cron")))
            return QStringLiteral("schedule %1 %2")
                .arg(trigger.value(QLatin1String("cron")).toString(), trigger.value(QLatin1String("timezone")).toString(QStringLiteral("UTC")));
        if (trigger.contains(QLatin1String("every_minutes")))
            return QStringLiteral("schedule every %1 min").arg(trigger.value(QLatin1String("every_minutes")).toInt());
        return QStringLiteral("schedule every %1 s").arg(trigger.value(QLatin1String("every_seconds")).toInt());
    }
    if (type == QLatin1String("event"))
        return QStringLiteral("event %1").arg(trigger.value(QLatin1String("event")).toString());
    return type;
}

/// What `show --format json` prints and `create --file` takes back.
QJsonObject workflowJson(const Workflow &w, const QString &errorWorkflowName)
{
    return {{QStringLiteral("name"), w.name},
            {QStringLiteral("description"), w.description},
            {QStringLiteral("trigger"), w.trigger},
            {QStringLiteral("actions"), w.actions},
            {QStringLiteral("misfire"), w.misfire},
            {QStringLiteral("error_workflow"), jsonText(errorWorkflowName)},
            {QStringLiteral("id"), w.id},
            {QStringLiteral("status"), w.status},
            {QStringLiteral("version"), w.version},
            {QStringLiteral("owner_id"), jsonText(w.ownerId)},
            {QStringLiteral("run_as_id"), jsonText(w.runAsId)},
            {QStringLiteral("created_at"), jsonTime(w.createdAt)},
            {QStringLiteral("updated_at"), jsonTime(w.updatedAt)}};
}

/// The name of the error workflow \a id among \a all (its id when it is not there).
QString nameOf(const QList<Workflow> &all, const QString &id)
{
    for (const Workflow &w : all)
        if (w.id == id)
            return w.name;
    return id;
}

int failWith(const Error &error)
{
    return fail(error.message + (error.code == ErrorCode::InvalidInput && !error.detail.isEmpty()
                                     ? QLatin1Char('\n') + error.detail
                                     : QString()),
                error.code == ErrorCode::NotFound || error.code == ErrorCode::InvalidInput ? 2 : 1);
}

/// --file: a JSON object read from a file ("-": standard input). Keys besides a definition's are those `show --format json`
/// prints: kept (description, misfire, error_workflow) or ignored (what the database decides: id, status, version…).
struct DefinitionFile
{
    QJsonObject definition;
    std::optional<QString> description, misfire, errorWorkflow;
};

Result<DefinitionFile> readDefinition(const Context &c)
{
    const QString path = c.value(QStringLiteral("file"));
    QByteArray bytes;
    if (path == QLatin1String("-")) {
        while (const auto line = readLine())
            bytes += line->toUtf8() + '\n';
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{CommandLine::tr("--file: cannot read %1: %2").arg(path, file.errorString()), {}, ErrorCode::InvalidInput};
        bytes = file.readAll();
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{CommandLine::tr("--file: %1 is not JSON: %2 at character %3.").arg(path, error.errorString()).arg(error.offset), {},
                     ErrorCode::InvalidInput};
    if (!doc.isObject())
        return Error{CommandLine::tr("--file: %1 holds no object {\"trigger\": …, \"actions\": […]}.").arg(path), {}, ErrorCode::InvalidInput};
    static const QStringList kIgnored{QStringLiteral("name"),     QStringLiteral("id"),        QStringLiteral("status"),
                                      QStringLiteral("version"),  QStringLiteral("owner_id"),  QStringLiteral("run_as_id"),
                                      QStringLiteral("created_at"), QStringLiteral("updated_at")};
    DefinitionFile result;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("trigger") || key == QLatin1String("actions")) {
            result.definition.insert(key, it.value());
        } else if (key == QLatin1String("description") || key == QLatin1String("misfire") || key == QLatin1String("error_workflow")) {
            if (!it.value().isString() && !it.value().isNull())
                return Error{CommandLine::tr("--file: %1: \"%2\" is text.").arg(path, key), {}, ErrorCode::InvalidInput};
            const QString text = it.value().toString();
            if (key == QLatin1String("description"))
                result.description = text;
            else if (key == QLatin1String("misfire"))
                result.misfire = text;
            else
                result.errorWorkflow = text.isEmpty() ? QStringLiteral("none") : text;
        } else if (!kIgnored.contains(key)) {
            return Error{CommandLine::tr("--file: %1: unknown key \"%2\" (a definition has \"trigger\" and \"actions\").").arg(path, key), {},
                         ErrorCode::InvalidInput};
        }
    }
    return result;
}

/// The file's misfire policy and error workflow, when it names them and they differ from the workflow's.
Status applyOptions(const Context &c, const Workflow &w, const DefinitionFile &file)
{
    QString errorWorkflow, misfire;
    if (file.misfire && *file.misfire != w.misfire)
        misfire = *file.misfire;
    if (file.errorWorkflow) {
        if (*file.errorWorkflow != QLatin1String("none"))
            errorWorkflow = *file.errorWorkflow;
        else if (!w.errorWorkflowId.isEmpty())
            errorWorkflow = QStringLiteral("none");
    }
    if (misfire.isEmpty() && errorWorkflow.isEmpty())
        return Done{};
    return WorkflowService::setOptions(c.db, c.brand->id, w.id, errorWorkflow, misfire, {});
}

int list(Context &c)
{
    auto all = WorkflowService::list(c.db, c.brand->id);
    if (!all)
        return failWith(all.error());
    if (c.json()) {
        QJsonArray array;
        for (const Workflow &w : all.value())
            array.append(workflowJson(w, w.errorWorkflowId.isEmpty() ? QString() : nameOf(all.value(), w.errorWorkflowId)));
        printJsonDocument(QJsonDocument(array));
        return 0;
    }
    QList<QStringList> rows;
    for (const Workflow &w : all.value())
        rows.append({w.name, w.status, triggerSummary(w.trigger), QString::number(w.actions.size()), QString::number(w.version),
                     w.runAsId, isoTime(w.updatedAt), w.id});
    printRows({QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("trigger"), QStringLiteral("actions"),
               QStringLiteral("version"), QStringLiteral("run_as_id"), QStringLiteral("updated_at"), QStringLiteral("id")},
              {CommandLine::tr("Name"), CommandLine::tr("Status"), CommandLine::tr("Trigger"), CommandLine::tr("Actions"),
               CommandLine::tr("Version"), CommandLine::tr("Runs as"), CommandLine::tr("Updated"), CommandLine::tr("ID")},
              rows, c.csv());
    return 0;
}

int show(Context &c)
{
    auto w = WorkflowService::get(c.db, c.brand->id, c.words.first());
    if (!w)
        return failWith(w.error());
    QString errorName;
    if (!w->errorWorkflowId.isEmpty()) {
        auto e = WorkflowService::get(c.db, c.brand->id, w->errorWorkflowId);
        errorName = e ? e->name : w->errorWorkflowId;
    }
    if (c.json()) {
        printJson(workflowJson(w.value(), errorName));
        return 0;
    }
    const QList<QStringList> rows{
        {QStringLiteral("name"), CommandLine::tr("Name"), w->name},
        {QStringLiteral("description"), CommandLine::tr("Description"), w->description},
        {QStringLiteral("status"), CommandLine::tr("Status"), w->status},
        {QStringLiteral("version"), CommandLine::tr("Version"), QString::number(w->version)},
        {QStringLiteral("trigger"), CommandLine::tr("Trigger"), compact(w->trigger)},
        {QStringLiteral("actions"), CommandLine::tr("Actions"), compact(w->actions)},
        {QStringLiteral("misfire"), CommandLine::tr("Missed instants"), w->misfire},
        {QStringLiteral("error_workflow"), CommandLine::tr("Error workflow"), errorName},
        {QStringLiteral("run_as_id"), CommandLine::tr("Runs as"), w->runAsId},
        {QStringLiteral("owner_id"), CommandLine::tr("Owner"), w->ownerId},
        {QStringLiteral("created_at"), CommandLine::tr("Created"), isoTime(w->createdAt)},
        {QStringLiteral("updated_at"), CommandLine::tr("Updated"), isoTime(w->updatedAt)},
        {QStringLiteral("id"), CommandLine::tr("ID"), w->id},
    };
    QList<QStringList> printed;
    for (const QStringList &row : rows)
        printed.append({c.csv() ? row.at(0) : row.at(1), row.at(2)});
    printRows({QStringLiteral("field"), QStringLiteral("value")}, {CommandLine::tr("Field"), CommandLine::tr("Value")}, printed, c.csv());
    return 0;
}

int create(Context &c)
{
    auto file = readDefinition(c);
    if (!file)
        return failWith(file.error());
    const QString description = c.isSet(QStringLiteral("description")) ? c.value(QStringLiteral("description"))
                                                                        : file->description.value_or(QString());
    auto w = WorkflowService::create(c.db, c.brand->id, c.value(QStringLiteral("name")), description, file->definition);
    if (!w)
        return failWith(w.error());
    if (auto s = applyOptions(c, w.value(), file.value()); !s)
        return fail(CommandLine::tr("Workflow \"%1\" was created, but its options were not set: %2").arg(w->name, s.error().message));
    out() << CommandLine::tr("Workflow \"%1\" created in %2 (version 1, id %3).").arg(w->name, c.brand->slug, w->id) << '\n';
    return 0;
}

int update(Context &c)
{
    auto file = readDefinition(c);
    if (!file)
        return failWith(file.error());
    // --name or --description: renamed (or described again) with the new version, as the console's editor does.
    const bool renaming = c.isSet(QStringLiteral("name")) || c.isSet(QStringLiteral("description"));
    auto current = renaming ? WorkflowService::get(c.db, c.brand->id, c.words.first()) : Result<Workflow>(Workflow{});
    if (!current)
        return failWith(current.error());
    auto w = !renaming ? WorkflowService::update(c.db, c.brand->id, c.words.first(), file->definition)
                       : WorkflowService::update(c.db, c.brand->id, c.words.first(), file->definition,
                                                 c.isSet(QStringLiteral("name")) ? c.value(QStringLiteral("name")) : current->name,
                                                 c.isSet(QStringLiteral("description")) ? c.value(QStringLiteral("description")) : current->description);
    if (!w)
        return failWith(w.error());
    if (auto s = applyOptions(c, w.value(), file.value()); !s)
        return fail(CommandLine::tr("Workflow \"%1\" was saved, but its options were not set: %2").arg(w->name, s.error().message));
    out() << CommandLine::tr("Workflow \"%1\" saved as version %2.").arg(w->name).arg(w->version) << '\n';
    return 0;
}

int setStatus(Context &c, const QString &status)
{
    auto w = WorkflowService::setStatus(c.db, c.brand->id, c.words.first(), status);
    if (!w)
        return failWith(w.error());
    if (status == QLatin1String("active"))
        out() << CommandLine::tr("Workflow \"%1\" is active.").arg(w->name) << '\n';
    else if (status == QLatin1String("paused"))
        out() << CommandLine::tr("Workflow \"%1\" is paused: its schedule and events start nothing until it is resumed.").arg(w->name) << '\n';
    else
        out() << CommandLine::tr("Workflow \"%1\" is archived.").arg(w->name) << '\n';
    return 0;
}

int remove(Context &c)
{
    auto w = WorkflowService::get(c.db, c.brand->id, c.words.first());
    if (!w)
        return failWith(w.error());
    if (auto s = WorkflowService::remove(c.db, c.brand->id, w->id); !s)
        return failWith(s.error());
    out() << CommandLine::tr("Workflow \"%1\" deleted, with its versions and executions.").arg(w->name) << '\n';
    return 0;
}

int versions(Context &c)
{
    auto all = WorkflowService::versions(c.db, c.brand->id, c.words.first());
    if (!all)
        return failWith(all.error());
    if (c.json()) {
        QJsonArray array;
        for (const WorkflowVersion &v : all.value())
            array.append(QJsonObject{{QStringLiteral("version"), v.version},
                                     {QStringLiteral("saved_by"), jsonText(v.savedBy)},
                                     {QStringLiteral("saved_at"), jsonTime(v.savedAt)},
                                     {QStringLiteral("trigger"), v.trigger},
                                     {QStringLiteral("actions"), v.actions}});
        printJsonDocument(QJsonDocument(array));
        return 0;
    }
    QList<QStringList> rows;
    for (const WorkflowVersion &v : all.value())
        rows.append({QString::number(v.version), v.savedBy, isoTime(v.savedAt), triggerSummary(v.trigger), QString::number(v.actions.size())});
    printRows({QStringLiteral("version"), QStringLiteral("saved_by"), QStringLiteral("saved_at"), QStringLiteral("trigger"),
               QStringLiteral("actions")},
              {CommandLine::tr("Version"), CommandLine::tr("Saved by"), CommandLine::tr("Saved"), CommandLine::tr("Trigger"),
               CommandLine::tr("Actions")},
              rows, c.csv());
    return 0;
}

int restore(Context &c)
{
    auto version = c.integer(QStringLiteral("version"), 0, 1, 1000000);
    if (!version)
        return fail(version.error().message, 2);
    auto w = WorkflowService::restore(c.db, c.brand->id, c.words.first(), int(version.value()));
    if (!w)
        return failWith(w.error());
    out() << CommandLine::tr("Version %1 of workflow \"%2\" restored as version %3.").arg(version.value()).arg(w->name).arg(w->version)
          << '\n';
    return 0;
}

int allowHost(Context &c)
{
    const QString host = WorkflowService::normalizedHost(c.words.first());
    if (auto s = WorkflowService::allowHost(c.db, c.brand->id, c.words.first()); !s)
        return failWith(s.error());
    out() << CommandLine::tr("Webhooks of brand %1 may call %2 although it is a loopback or private address.").arg(c.brand->slug, host) << '\n';
    return 0;
}

} // namespace

QList<Verb> workflowVerbs()
{
    const char *name = QT_TRANSLATE_NOOP("CommandLine", "NAME");
    const char *file = QT_TRANSLATE_NOOP("CommandLine", "F.json");
    const auto fileOption = [&] {
        return option("file", QT_TRANSLATE_NOOP("CommandLine", "The definition, {\"trigger\": …, \"actions\": […]} (\"-\": standard input)."),
                      file);
    };
    QList<Verb> verbs{
        {.path = QStringLiteral("workflow list"),
         .usage = "--brand SLUG [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "the brand's workflows: status, trigger, version, run-as identity"),
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .run = list},
        {.path = QStringLiteral("workflow show"),
         .usage = "NAME --brand SLUG [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "a workflow and its definition (--format json prints what create --file takes)"),
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = name,
         .run = show},
        {.path = QStringLiteral("workflow create"),
         .usage = "--brand SLUG --name N --file F.json [--description D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "create a workflow from a definition file, validated, as version 1"),
         .options = {option("name", QT_TRANSLATE_NOOP("CommandLine", "The workflow's name, unique in the brand."), "N"), fileOption(),
                     option("description", QT_TRANSLATE_NOOP("CommandLine", "What it is for (default: the file's \"description\")."), "D")},
         .brand = BrandOption::Required,
         .run =
             [](Context &c) {
                 if (!c.isSet(QStringLiteral("name")) || !c.isSet(QStringLiteral("file")))
                     return fail(CommandLine::tr("workflow create needs --name N and --file F.json."), 2);
                 return create(c);
             }},
        {.path = QStringLiteral("workflow update"),
         .usage = "NAME --brand SLUG --file F.json [--name NEW] [--description D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "save a new version of a workflow's definition, validated"),
         .options = {fileOption(),
                     option("name", QT_TRANSLATE_NOOP("CommandLine", "A new name for the workflow, unique in the brand (a rename)."), "N"),
                     option("description", QT_TRANSLATE_NOOP("CommandLine", "A new description (default: the current one)."), "D")},
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = name,
         .run =
             [](Context &c) {
                 if (!c.isSet(QStringLiteral("file")))
                     return fail(CommandLine::tr("workflow update needs --file F.json."), 2);
                 return update(c);
             }},
        {.path = QStringLiteral("workflow pause"),
         .usage = "NAME --brand SLUG",
         .what = QT_TRANSLATE_NOOP("CommandLine", "stop a workflow's schedule and events from starting executions"),
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = name,
         .run = [](Context &c) { return setStatus(c, QStringLiteral("paused")); }},
        {.path = QStringLiteral("workflow resume"),
         .usage = "NAME --brand SLUG",
         .what = QT_TRANSLATE_NOOP("CommandLine", "make a paused or archived workflow active again (its definition is checked)"),
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = name,
         .run = [](Context &c) { return setStatus(c, QStringLiteral("active")); }},
        {.path = QStringLiteral("workflow archive"),
         .usage = "NAME --brand SLUG",
         .what = QT_TRANSLATE_NOOP("CommandLine", "archive a workflow: kept with its history, never run"),
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = name,
         .run = [](Context &c) { return setStatus(c, QStringLiteral("archived")); }},
        {.path = QStringLiteral("workflow delete"),
         .usage = "NAME --brand SLUG",
         .what = QT_TRANSLATE_NOOP("CommandLine", "delete a workflow with its versions and executions"),
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = name,
         .run = remove},
        {.path = QStringLiteral("workflow versions"),
         .usage = "NAME --brand SLUG [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "every saved definition of a workflow, who saved it and when"),
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = name,
         .run = versions},
        {.path = QStringLiteral("workflow restore"),
         .usage = "NAME --brand SLUG --version N",
         .what = QT_TRANSLATE_NOOP("CommandLine", "save an earlier version's definition again as the newest version"),
         .options = {option("version", QT_TRANSLATE_NOOP("CommandLine", "The version to restore."), "N")},
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = name,
         .run =
             [](Context &c) {
                 if (!c.isSet(QStringLiteral("version")))
                     return fail(CommandLine::tr("workflow restore needs --version N."), 2);
                 return restore(c);
             }},
        {.path = QStringLiteral("workflow allow-host"),
         .usage = "HOST --brand SLUG",
         .what = QT_TRANSLATE_NOOP("CommandLine", "brand admins: let webhooks call this loopback or private host"),
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = QT_TRANSLATE_NOOP("CommandLine", "HOST"),
         .run = allowHost},
    };
    verbs += workflowRunVerbs();
    verbs += workflowSecretVerbs();
    return verbs;
}

} // namespace Atelier::Cli
