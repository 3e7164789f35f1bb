#include "workflows/workflowmodels.h"

#include "core/language.h"
#include "workflows/workflowdefinition.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace Atelier {

namespace {

constexpr Qt::Alignment kNumber = Qt::AlignRight | Qt::AlignVCenter;
constexpr Qt::Alignment kText = Qt::AlignLeft | Qt::AlignVCenter;

/// The console's language's locale (days, dates, numbers), not the system's: a French console said "Chaque Monday".
QLocale shown()
{
    return QLocale(Language::current());
}

QString when(const QDateTime &t)
{
    // The day and the minute: seconds say nothing here, and the columns stay narrow enough for a small window.
    return t.isValid() ? shown().toString(t.toLocalTime(), shown().dateFormat(QLocale::ShortFormat) + QStringLiteral(" HH:mm")) : QString();
}

QVariant whenSort(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(qint64(0));
}

/// JSON on one line, cut for a cell (the whole of it in the tooltip).
QString jsonLine(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    QString text;
    if (v.isObject())
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else if (v.isString())
        text = v.toString();
    else
        text = v.toVariant().toString();
    return text.size() > 160 ? text.left(159) + QChar(0x2026) : text;
}

QString jsonFull(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    return jsonLine(v);
}

/// The editor's words (its event choice and its form's labels): kept in its translation context, so that the list,
/// the versions, the canvas and the form say an event and a filter the same way, translated once.
QString editorText(const char *source)
{
    return QCoreApplication::translate("Atelier::WorkflowEditor", source);
}

/// An event filter's value in words: the direction as the editor's choice says it, numbers in the console's language.
QString filterValueText(const QString &key, const QJsonValue &v)
{
    if (key == QLatin1String("direction")) {
        if (v.toString() == QLatin1String("above"))
            return editorText(QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Above"));
        if (v.toString() == QLatin1String("below"))
            return editorText(QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Below"));
    }
    if (v.isDouble())
        return shown().toString(v.toDouble(), 'g', 15);
    return jsonLine(v);
}

bool isInt(const QJsonValue &v, int low, int high)
{
    bool ok = false;
    const int n = v.toString().toInt(&ok);
    return ok && n >= low && n <= high;
}

} // namespace

// ---------------------------------------------------------------------------------------------------- workflows

WorkflowListModel::WorkflowListModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const WorkflowSummary &s) { return s.workflow.id; }, {.key = IdRole, .sort = SortRole}, parent)
{
}

WorkflowListModel::~WorkflowListModel() = default;

std::span<const WorkflowListModel::TableColumn> WorkflowListModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "name",
         .header = QT_TR_NOOP("Name"),
         .display = [](const WorkflowSummary &s) { return s.workflow.name; },
         .sort = [](const WorkflowSummary &s) -> QVariant { return s.workflow.name.toLower(); },
         .alignment = kText},
        {.key = "status",
         .header = QT_TR_NOOP("Status"),
         .display = [](const WorkflowSummary &s) { return statusText(s.workflow.status); },
         .sort = [](const WorkflowSummary &s) -> QVariant { return s.workflow.status; },
         .alignment = kText},
        {.key = "trigger",
         .header = QT_TR_NOOP("Trigger"),
         .display = [](const WorkflowSummary &s) { return triggerText(s.workflow.trigger); },
         .sort = [](const WorkflowSummary &s) -> QVariant { return triggerText(s.workflow.trigger).toLower(); },
         .alignment = kText},
        {.key = "last_run",
         .header = QT_TR_NOOP("Last run"),
         .display = [](const WorkflowSummary &s) {
             return s.lastRun.isValid() ? tr("%1 (%2)").arg(when(s.lastRun), ExecutionModel::statusText(s.lastStatus)) : tr("Never");
         },
         .sort = [](const WorkflowSummary &s) -> QVariant { return whenSort(s.lastRun); },
         .alignment = kText},
        {.key = "success_rate",
         .header = QT_TR_NOOP("Success (30 days)"),
         .display = [](const WorkflowSummary &s) {
             return s.successRate() < 0 ? QStringLiteral("—")
                                        : tr("%1 % of %2").arg(shown().toString(s.successRate() * 100, 'f', 0)).arg(s.finished30);
         },
         .sort = [](const WorkflowSummary &s) -> QVariant { return s.successRate(); },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("Executions of the last 30 days that completed, of those that ended")},
        {.key = "next_run",
         .header = QT_TR_NOOP("Next run"),
         .display = [](const WorkflowSummary &s) { return s.nextRun.isValid() ? when(s.nextRun) : QStringLiteral("—"); },
         .sort = [](const WorkflowSummary &s) -> QVariant { return whenSort(s.nextRun); },
         .alignment = kText},
    };
    return columns;
}

QVariant WorkflowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkflowSummary &s = rows().at(index.row());
    if (role == StatusRole)
        return s.workflow.status;
    if (role == Qt::ToolTipRole) {
        if (!s.problem.isEmpty())
            return tr("This definition does not validate: %1").arg(s.problem);
        if (index.column() == NameColumn)
            return s.workflow.description;
    }
    return ColumnTableModel::data(index, role);
}

QString WorkflowListModel::statusText(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("paused"))
        return tr("Paused");
    if (status == QLatin1String("archived"))
        return tr("Archived");
    return status;
}

QString WorkflowListModel::triggerText(const QJsonObject &trigger)
{
    const QString type = trigger.value(QLatin1String("type")).toString();
    if (type == QLatin1String("manual"))
        return tr("Manual");
    if (type == QLatin1String("event")) {
        // The event and its filters in words, the filters in the order the editor's form shows them.
        const QString event = trigger.value(QLatin1String("event")).toString();
        QStringList keys = WorkflowDefinition::eventFilterKeys(event);
        for (auto it = trigger.begin(); it != trigger.end(); ++it)
            if (!keys.contains(it.key()) && it.key() != QLatin1String("type") && it.key() != QLatin1String("event"))
                keys.append(it.key()); // a damaged definition's stray key still shows
        QStringList filters;
        for (const QString &key : keys)
            if (trigger.contains(key))
                filters.append(paramLabel(key) + QLatin1Char(' ') + filterValueText(key, trigger.value(key)));
        return filters.isEmpty() ? eventText(event)
                                 : editorText(QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "%1 (%2)")).arg(eventText(event), filters.join(QStringLiteral(", ")));
    }
    if (type != QLatin1String("schedule"))
        return tr("Unknown trigger “%1”").arg(type);
    qint64 every = trigger.value(QLatin1String("every_seconds")).toInteger();
    if (trigger.contains(QLatin1String("every_minutes")))
        every = trigger.value(QLatin1String("every_minutes")).toInteger() * 60;
    if (every > 0) {
        if (every % 86400 == 0)
            return tr("Every %n day(s)", nullptr, int(every / 86400));
        if (every % 3600 == 0)
            return tr("Every %1 h").arg(every / 3600);
        if (every % 60 == 0 && every > 60)
            return tr("Every %1 min").arg(every / 60);
        return tr("Every %1 s").arg(every);
    }
    const QString cron = trigger.value(QLatin1String("cron")).toString().simplified();
    const QString zone = trigger.value(QLatin1String("timezone")).toString(QStringLiteral("UTC"));
    const QStringList f = cron.split(QLatin1Char(' '));
    if (f.size() == 5 && isInt(f[0], 0, 59) && isInt(f[1], 0, 23)) {
        const QString time = QStringLiteral("%1:%2").arg(f[1].toInt(), 2, 10, QLatin1Char('0')).arg(f[0].toInt(), 2, 10, QLatin1Char('0'));
        const bool anyDay = f[2] == QLatin1String("*"), anyMonth = f[3] == QLatin1String("*"), anyWeekday = f[4] == QLatin1String("*");
        if (anyDay && anyMonth && anyWeekday)
            return tr("Every day at %1 (%2)").arg(time, zone);
        if (anyDay && anyMonth && isInt(f[4], 0, 7)) {
            const int day = f[4].toInt() == 0 ? 7 : f[4].toInt(); // cron: 0 and 7 are Sunday; Qt: 1 Monday … 7 Sunday
            return tr("Every %1 at %2 (%3)").arg(shown().dayName(day), time, zone);
        }
        if (anyDay && anyMonth && f[4] == QLatin1String("1-5"))
            return tr("Every weekday at %1 (%2)").arg(time, zone);
        if (isInt(f[2], 1, 31) && anyMonth && anyWeekday)
            return tr("On day %1 of every month at %2 (%3)").arg(f[2], time, zone);
    }
    return tr("Cron “%1” (%2)").arg(cron, zone);
}

QString WorkflowListModel::eventText(const QString &event)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("anomaly.detected"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "An anomaly is detected")},
        {QStringLiteral("metric.threshold"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "A metric crosses a threshold")},
        {QStringLiteral("experiment.significant"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "An experiment reaches significance")},
        {QStringLiteral("generation.completed"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "A generation completes")},
        {QStringLiteral("generation.failed"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "A generation fails")},
        {QStringLiteral("quota.threshold"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "A quota passes a share")},
        {QStringLiteral("comment.mention"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "A comment mentions someone")},
        {QStringLiteral("share.created"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Something is shared")},
        {QStringLiteral("workflow.failed"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "A workflow fails")},
        {QStringLiteral("alert.raised"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "A monitoring alert is raised")},
        {QStringLiteral("alert.resolved"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "A monitoring alert is resolved")},
    };
    const char *text = words.value(event);
    return text ? editorText(text) : event;
}

QString WorkflowListModel::paramLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("if"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "If:")},
        {QStringLiteral("seconds"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Seconds:")},
        {QStringLiteral("minutes"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Minutes:")},
        {QStringLiteral("until"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Until:")},
        {QStringLiteral("analysis"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Analysis:")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "From:")},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "To:")},
        {QStringLiteral("options"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Options:")},
        {QStringLiteral("folder"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Folder:")},
        {QStringLiteral("format"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Format:")},
        {QStringLiteral("analyses"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Analyses:")},
        {QStringLiteral("provider"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Provider:")},
        {QStringLiteral("model"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Model:")},
        {QStringLiteral("prompt"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Prompt:")},
        {QStringLiteral("template"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Prompt template:")},
        {QStringLiteral("variables"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Variables:")},
        {QStringLiteral("count"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Images:")},
        {QStringLiteral("collection"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Collection:")},
        {QStringLiteral("users"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "People:")},
        {QStringLiteral("message"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Message:")},
        {QStringLiteral("resource_type"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "On a kind of:")},
        {QStringLiteral("resource_id"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Which one:")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Text:")},
        {QStringLiteral("url"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Address (URL):")},
        {QStringLiteral("body"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Body:")},
        {QStringLiteral("headers"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Headers:")},
        {QStringLiteral("secret_name"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Signing secret:")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Person:")},
        {QStringLiteral("monthly_credits"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Monthly credits:")},
        {QStringLiteral("workflow"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Workflow:")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Status:")},
        {QStringLiteral("metric"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Metric:")},
        {QStringLiteral("threshold"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Threshold:")},
        {QStringLiteral("direction"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Direction:")},
        {QStringLiteral("experiment"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Experiment:")},
        {QStringLiteral("percent"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Percent used:")},
        {QStringLiteral("rule"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Alert rule:")},
        {QStringLiteral("severity"), QT_TRANSLATE_NOOP("Atelier::WorkflowEditor", "Severity:")},
    };
    const char *label = labels.value(key);
    return label ? editorText(label) : key + QLatin1Char(':');
}

// ---------------------------------------------------------------------------------------------------- executions

ExecutionModel::ExecutionModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const WorkflowExecution &x) { return x.id; }, {.key = IdRole, .sort = SortRole}, parent)
{
}

ExecutionModel::~ExecutionModel() = default;

std::span<const ExecutionModel::TableColumn> ExecutionModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "created",
         .header = QT_TR_NOOP("Created"),
         .display = [](const WorkflowExecution &x) { return when(x.createdAt); },
         .sort = [](const WorkflowExecution &x) -> QVariant { return whenSort(x.createdAt); },
         .alignment = kText},
        {.key = "workflow", .header = QT_TR_NOOP("Workflow"), .alignment = kText},
        {.key = "status",
         .header = QT_TR_NOOP("Status"),
         .display = [](const WorkflowExecution &x) { return statusText(x.status); },
         .sort = [](const WorkflowExecution &x) -> QVariant { return x.status; },
         .alignment = kText},
        {.key = "trigger",
         .header = QT_TR_NOOP("Trigger"),
         .display = [](const WorkflowExecution &x) { return triggerKindText(x.triggerKind); },
         .sort = [](const WorkflowExecution &x) -> QVariant { return x.triggerKind; },
         .alignment = kText},
        {.key = "attempt",
         .header = QT_TR_NOOP("Attempt"),
         .display = [](const WorkflowExecution &x) { return shown().toString(x.attempt); },
         .sort = [](const WorkflowExecution &x) -> QVariant { return x.attempt; },
         .alignment = kNumber},
        {.key = "duration",
         .header = QT_TR_NOOP("Duration"),
         .display = [](const WorkflowExecution &x) { return x.startedAt.isValid() ? StepRunModel::durationText(x.startedAt, x.completedAt) : QString(); },
         .sort = [](const WorkflowExecution &x) -> QVariant {
             return x.startedAt.isValid() && x.completedAt.isValid() ? x.startedAt.msecsTo(x.completedAt) : qint64(-1);
         },
         .alignment = kNumber},
        {.key = "error",
         .header = QT_TR_NOOP("Error"),
         .display = [](const WorkflowExecution &x) { return x.error; },
         .sort = [](const WorkflowExecution &x) -> QVariant { return x.error.toLower(); },
         .alignment = kText},
    };
    return columns;
}

QVariant ExecutionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkflowExecution &x = rows().at(index.row());
    if (role == StatusRole)
        return x.status;
    if (index.column() == WorkflowColumn && (role == Qt::DisplayRole || role == SortRole)) {
        const QString name = m_names.value(x.workflowId, x.workflowId);
        return role == SortRole ? QVariant(name.toLower()) : QVariant(name);
    }
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn && !x.error.isEmpty())
        return x.error;
    return ColumnTableModel::data(index, role);
}

void ExecutionModel::setWorkflowNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (rowCount() > 0)
        emit dataChanged(index(0, WorkflowColumn), index(rowCount() - 1, WorkflowColumn));
}

QString ExecutionModel::statusText(const QString &status)
{
    if (status == QLatin1String("queued"))
        return tr("Queued");
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("waiting"))
        return tr("Waiting");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

QString ExecutionModel::triggerKindText(const QString &kind)
{
    if (kind == QLatin1String("manual"))
        return tr("Manual");
    if (kind == QLatin1String("schedule"))
        return tr("Schedule");
    if (kind == QLatin1String("event"))
        return tr("Event");
    if (kind == QLatin1String("error"))
        return tr("Error workflow");
    if (kind == QLatin1String("retry"))
        return tr("Retry");
    return kind;
}

// ---------------------------------------------------------------------------------------------------- steps

StepRunModel::StepRunModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const WorkflowStepRun &r) { return r.stepId + QLatin1Char('#') + QString::number(r.attempt); },
                       {.key = KeyRole, .sort = SortRole}, parent)
{
}

StepRunModel::~StepRunModel() = default;

std::span<const StepRunModel::TableColumn> StepRunModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "step",
         .header = QT_TR_NOOP("Step"),
         .display = [](const WorkflowStepRun &r) { return r.stepId; },
         .sort = [](const WorkflowStepRun &r) -> QVariant { return r.stepId; },
         .alignment = kText},
        {.key = "attempt",
         .header = QT_TR_NOOP("Attempt"),
         .display = [](const WorkflowStepRun &r) { return shown().toString(r.attempt); },
         .sort = [](const WorkflowStepRun &r) -> QVariant { return r.attempt; },
         .alignment = kNumber},
        {.key = "status",
         .header = QT_TR_NOOP("Status"),
         .display = [](const WorkflowStepRun &r) { return statusText(r.status); },
         .sort = [](const WorkflowStepRun &r) -> QVariant { return r.status; },
         .alignment = kText},
        {.key = "started",
         .header = QT_TR_NOOP("Started"),
         .display = [](const WorkflowStepRun &r) { return when(r.startedAt); },
         .sort = [](const WorkflowStepRun &r) -> QVariant { return whenSort(r.startedAt); },
         .alignment = kText},
        {.key = "duration",
         .header = QT_TR_NOOP("Duration"),
         .display = [](const WorkflowStepRun &r) { return durationText(r.startedAt, r.endedAt); },
         .sort = [](const WorkflowStepRun &r) -> QVariant { return r.endedAt.isValid() ? r.startedAt.msecsTo(r.endedAt) : qint64(-1); },
         .alignment = kNumber},
        {.key = "input", .header = QT_TR_NOOP("Input"), .display = [](const WorkflowStepRun &r) { return jsonLine(r.input); }, .alignment = kText},
        {.key = "output", .header = QT_TR_NOOP("Output"), .display = [](const WorkflowStepRun &r) { return jsonLine(r.output); }, .alignment = kText},
        {.key = "error", .header = QT_TR_NOOP("Error"), .display = [](const WorkflowStepRun &r) { return r.error; }, .alignment = kText},
    };
    return columns;
}

QVariant StepRunModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::ToolTipRole) {
        const WorkflowStepRun &r = rows().at(index.row());
        if (index.column() == InputColumn)
            return jsonFull(r.input);
        if (index.column() == OutputColumn)
            return jsonFull(r.output);
        if (index.column() == ErrorColumn)
            return r.error;
    }
    return ColumnTableModel::data(index, role);
}

QString StepRunModel::statusText(const QString &status)
{
    if (status == QLatin1String("running"))
        return tr("Running");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("skipped"))
        return tr("Skipped");
    return status;
}

QString StepRunModel::durationText(const QDateTime &start, const QDateTime &end)
{
    if (!start.isValid() || !end.isValid())
        return QStringLiteral("—");
    const qint64 ms = qMax<qint64>(0, start.msecsTo(end));
    if (ms < 60000)
        return tr("%1 s").arg(shown().toString(ms / 1000.0, 'f', 1));
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg(s % 3600 / 60);
}

// ---------------------------------------------------------------------------------------------------- versions

VersionModel::VersionModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const WorkflowVersion &v) { return QString::number(v.version); }, {.key = VersionRole, .sort = SortRole},
                       parent)
{
}

VersionModel::~VersionModel() = default;

std::span<const VersionModel::TableColumn> VersionModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "version",
         .header = QT_TR_NOOP("Version"),
         .display = [](const WorkflowVersion &v) { return shown().toString(v.version); },
         .sort = [](const WorkflowVersion &v) -> QVariant { return v.version; },
         .alignment = kNumber},
        {.key = "saved_at",
         .header = QT_TR_NOOP("Saved"),
         .display = [](const WorkflowVersion &v) { return when(v.savedAt); },
         .sort = [](const WorkflowVersion &v) -> QVariant { return whenSort(v.savedAt); },
         .alignment = kText},
        {.key = "saved_by",
         .header = QT_TR_NOOP("Saved by"),
         .display = [](const WorkflowVersion &v) { return v.savedBy; },
         .sort = [](const WorkflowVersion &v) -> QVariant { return v.savedBy; },
         .alignment = kText},
        {.key = "trigger",
         .header = QT_TR_NOOP("Trigger"),
         .display = [](const WorkflowVersion &v) { return WorkflowListModel::triggerText(v.trigger); },
         .alignment = kText},
        {.key = "actions",
         .header = QT_TR_NOOP("Actions"),
         .display = [](const WorkflowVersion &v) { return shown().toString(v.actions.size()); },
         .sort = [](const WorkflowVersion &v) -> QVariant { return v.actions.size(); },
         .alignment = kNumber},
    };
    return columns;
}

// ---------------------------------------------------------------------------------------------------- diff

QList<LineDiff::Row> LineDiff::compare(const QStringList &left, const QStringList &right)
{
    const int n = int(left.size()), m = int(right.size());
    // lcs[i][j]: the longest common subsequence of left[i…] and right[j…].
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[i][j] = left[i] == right[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    QList<Row> rows;
    QList<int> removed, added;
    const auto flush = [&] {
        const qsizetype pairs = qMin(removed.size(), added.size());
        for (qsizetype k = 0; k < pairs; ++k)
            rows.append({Kind::Changed, removed[k], added[k]});
        for (qsizetype k = pairs; k < removed.size(); ++k)
            rows.append({Kind::Removed, removed[k], -1});
        for (qsizetype k = pairs; k < added.size(); ++k)
            rows.append({Kind::Added, -1, added[k]});
        removed.clear();
        added.clear();
    };
    int i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && left[i] == right[j]) {
            flush();
            rows.append({Kind::Same, i++, j++});
        } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            added.append(j++);
        } else {
            removed.append(i++);
        }
    }
    flush();
    return rows;
}

} // namespace Atelier
