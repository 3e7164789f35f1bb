#include "monitoringmodels.h"

#include <QLocale>

#include <algorithm>

namespace Atelier {

namespace {

constexpr Qt::Alignment kNumber = Qt::AlignRight | Qt::AlignVCenter;
constexpr Qt::Alignment kText = Qt::AlignLeft | Qt::AlignVCenter;
constexpr ColumnTableBase::Roles kRoles{.key = MonitoringKeyRole, .sort = MonitoringSortRole};

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString percent(double ratio)
{
    return ratio < 0 ? QStringLiteral("—") : QLocale().toString(100.0 * ratio, 'f', 1) + QStringLiteral(" %");
}

QString bytes(qint64 n)
{
    return n < 0 ? QStringLiteral("—") : QLocale().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
}

QString oneLine(const QString &text, int most = 160)
{
    QString line = text.simplified();
    return line.size() > most ? line.left(most - 1) + QChar(0x2026) : line;
}

} // namespace

// --- StatementMetricModel -----------------------------------------------------------------------------------------

StatementMetricModel::StatementMetricModel(QObject *parent) : ColumnTableModel(columnTable(), &StatementMetricModel::keyOf, kRoles, parent) {}
StatementMetricModel::~StatementMetricModel() = default;

QString StatementMetricModel::keyOf(const StatementMetric &m)
{
    return m.databaseKind + QLatin1Char('/') + m.service + QLatin1Char('/') + m.statement;
}

std::span<const StatementMetricModel::TableColumn> StatementMetricModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "statement",
         .header = QT_TR_NOOP("Statement"),
         .display = [](const StatementMetric &m) { return m.service + QStringLiteral(" · ") + m.statement; },
         .sort = [](const StatementMetric &m) -> QVariant { return (m.service + QLatin1Char(' ') + m.statement).toLower(); },
         .alignment = kText,
         .toolTip = QT_TR_NOOP("The service and the statement it ran")},
        {.key = "calls",
         .header = QT_TR_NOOP("Calls"),
         .display = [](const StatementMetric &m) { return count(m.calls); },
         .sort = [](const StatementMetric &m) -> QVariant { return m.calls; },
         .alignment = kNumber},
        {.key = "mean_ms",
         .header = QT_TR_NOOP("Mean (ms)"),
         .display = [](const StatementMetric &m) { return MetricPointModel::milliseconds(m.meanMs); },
         .sort = [](const StatementMetric &m) -> QVariant { return m.meanMs; },
         .alignment = kNumber},
        {.key = "p50_ms",
         .header = QT_TR_NOOP("p50 (ms)"),
         .display = [](const StatementMetric &m) { return MetricPointModel::milliseconds(m.p50Ms); },
         .sort = [](const StatementMetric &m) -> QVariant { return m.p50Ms; },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("Half of the calls took less")},
        {.key = "p95_ms",
         .header = QT_TR_NOOP("p95 (ms)"),
         .display = [](const StatementMetric &m) { return MetricPointModel::milliseconds(m.p95Ms); },
         .sort = [](const StatementMetric &m) -> QVariant { return m.p95Ms; },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("95 calls in 100 took less")},
        {.key = "max_ms",
         .header = QT_TR_NOOP("Max (ms)"),
         .display = [](const StatementMetric &m) { return MetricPointModel::milliseconds(m.maxMs); },
         .sort = [](const StatementMetric &m) -> QVariant { return m.maxMs; },
         .alignment = kNumber},
        {.key = "rows",
         .header = QT_TR_NOOP("Rows"),
         .display = [](const StatementMetric &m) { return count(m.rows); },
         .sort = [](const StatementMetric &m) -> QVariant { return m.rows; },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("Rows read or changed, all calls together")},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

QVariant StatementMetricModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        && index.column() == StatementColumn) {
        const StatementMetric &m = rows().at(index.row());
        return m.sql.isEmpty() ? QVariant() : QVariant(oneLine(m.sql, 600));
    }
    return ColumnTableModel::data(index, role);
}

// --- ServerStatementModel -----------------------------------------------------------------------------------------

ServerStatementModel::ServerStatementModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const ServerStatement &s) { return s.query; }, kRoles, parent)
{
}
ServerStatementModel::~ServerStatementModel() = default;

std::span<const ServerStatementModel::TableColumn> ServerStatementModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "query",
         .header = QT_TR_NOOP("Query"),
         .display = [](const ServerStatement &s) { return oneLine(s.query); },
         .sort = [](const ServerStatement &s) -> QVariant { return s.query.simplified().toLower(); },
         .alignment = kText},
        {.key = "calls",
         .header = QT_TR_NOOP("Calls"),
         .display = [](const ServerStatement &s) { return count(s.calls); },
         .sort = [](const ServerStatement &s) -> QVariant { return s.calls; },
         .alignment = kNumber},
        {.key = "total_ms",
         .header = QT_TR_NOOP("Total (ms)"),
         .display = [](const ServerStatement &s) { return MetricPointModel::milliseconds(s.totalMs); },
         .sort = [](const ServerStatement &s) -> QVariant { return s.totalMs; },
         .alignment = kNumber},
        {.key = "mean_ms",
         .header = QT_TR_NOOP("Mean (ms)"),
         .display = [](const ServerStatement &s) { return MetricPointModel::milliseconds(s.meanMs); },
         .sort = [](const ServerStatement &s) -> QVariant { return s.meanMs; },
         .alignment = kNumber},
        {.key = "rows",
         .header = QT_TR_NOOP("Rows"),
         .display = [](const ServerStatement &s) { return count(s.rows); },
         .sort = [](const ServerStatement &s) -> QVariant { return s.rows; },
         .alignment = kNumber},
        {.key = "hit_ratio",
         .header = QT_TR_NOOP("Cache hits"),
         .display = [](const ServerStatement &s) {
             const qint64 all = s.blocksHit + s.blocksRead;
             return percent(all > 0 ? double(s.blocksHit) / double(all) : -1);
         },
         .sort = [](const ServerStatement &s) -> QVariant {
             const qint64 all = s.blocksHit + s.blocksRead;
             return all > 0 ? double(s.blocksHit) / double(all) : -1.0;
         },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("Shared blocks found in PostgreSQL's buffers rather than read")},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

QVariant ServerStatementModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        && index.column() == QueryColumn)
        return oneLine(rows().at(index.row()).query, 600);
    return ColumnTableModel::data(index, role);
}

// --- CacheFigureModel ---------------------------------------------------------------------------------------------

CacheFigureModel::CacheFigureModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const CacheFigure &c) { return c.cache; }, kRoles, parent)
{
}
CacheFigureModel::~CacheFigureModel() = default;

std::span<const CacheFigureModel::TableColumn> CacheFigureModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "cache",
         .header = QT_TR_NOOP("Cache"),
         .display = [](const CacheFigure &c) { return c.description; },
         .sort = [](const CacheFigure &c) -> QVariant { return c.description.toLower(); },
         .alignment = kText},
        {.key = "ratio",
         .header = QT_TR_NOOP("Hit ratio"),
         .display = [](const CacheFigure &c) { return percent(c.ratio()); },
         .sort = [](const CacheFigure &c) -> QVariant { return c.ratio(); },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("Hits out of every request")},
        {.key = "hits",
         .header = QT_TR_NOOP("Hits"),
         .display = [](const CacheFigure &c) { return count(c.hits); },
         .sort = [](const CacheFigure &c) -> QVariant { return c.hits; },
         .alignment = kNumber},
        {.key = "misses",
         .header = QT_TR_NOOP("Misses"),
         .display = [](const CacheFigure &c) { return count(c.misses); },
         .sort = [](const CacheFigure &c) -> QVariant { return c.misses; },
         .alignment = kNumber},
        {.key = "entries",
         .header = QT_TR_NOOP("Entries"),
         .display = [](const CacheFigure &c) {
             if (c.entries < 0)
                 return QStringLiteral("—");
             return c.capacity >= 0 && c.bytes < 0 && c.capacity < 1000000 ? tr("%1 of %2").arg(count(c.entries), count(c.capacity))
                                                                            : count(c.entries);
         },
         .sort = [](const CacheFigure &c) -> QVariant { return c.entries; },
         .alignment = kNumber},
        {.key = "bytes",
         .header = QT_TR_NOOP("Size"),
         .display = [](const CacheFigure &c) {
             if (c.bytes >= 0 && c.capacity >= 1000000)
                 return tr("%1 of %2").arg(bytes(c.bytes), bytes(c.capacity));
             return bytes(c.bytes >= 0 ? c.bytes : c.capacity >= 1000000 ? c.capacity : -1);
         },
         .sort = [](const CacheFigure &c) -> QVariant { return c.bytes >= 0 ? c.bytes : c.capacity; },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("Memory the cache uses, or may use")},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

// --- HealthStateModel ---------------------------------------------------------------------------------------------

HealthStateModel::HealthStateModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const HealthState &s) { return s.latest.service; }, kRoles, parent)
{
}
HealthStateModel::~HealthStateModel() = default;

QString HealthStateModel::serviceName(const QString &service)
{
    if (service == QLatin1String("database"))
        return tr("Database");
    if (service == QLatin1String("generation_queue"))
        return tr("Generation queue");
    if (service == QLatin1String("workflow_runners"))
        return tr("Workflow runners");
    if (service == QLatin1String("asset_cache"))
        return tr("Asset cache disk");
    if (service.startsWith(QLatin1String("provider_")))
        return tr("AI provider %1").arg(service.mid(9));
    return service;
}

QString HealthStateModel::statusName(const QString &status)
{
    if (status == QLatin1String("healthy"))
        return tr("Up");
    if (status == QLatin1String("degraded"))
        return tr("Degraded");
    if (status == QLatin1String("down"))
        return tr("Down");
    return status.isEmpty() ? tr("Not checked") : status;
}

QList<HealthState> HealthStateModel::statesOf(const QList<HealthCheck> &history)
{
    QStringList order = HealthService::services();
    QHash<QString, HealthState> states;
    QSet<QString> settled; // services whose run of the latest state has ended (going back in time)
    for (const HealthCheck &c : history) {
        if (!order.contains(c.service))
            order.append(c.service);
        HealthState &s = states[c.service];
        if (s.checks == 0) {
            s.latest = c;
            s.since = c.checkedAt;
        } else if (!settled.contains(c.service)) {
            if (c.status == s.latest.status)
                s.since = c.checkedAt;
            else
                settled.insert(c.service);
        }
        ++s.checks;
        if (c.status != QLatin1String("healthy"))
            ++s.notHealthy;
    }
    QList<HealthState> out;
    for (const QString &service : std::as_const(order)) {
        HealthState s = states.value(service);
        if (s.checks == 0)
            s.latest.service = service;
        out.append(s);
    }
    return out;
}

std::span<const HealthStateModel::TableColumn> HealthStateModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "service",
         .header = QT_TR_NOOP("Service"),
         .display = [](const HealthState &s) { return serviceName(s.latest.service); },
         .sort = [](const HealthState &s) -> QVariant { return serviceName(s.latest.service).toLower(); },
         .alignment = kText},
        {.key = "status",
         .header = QT_TR_NOOP("State"),
         .display = [](const HealthState &s) { return statusName(s.latest.status); },
         .sort = [](const HealthState &s) -> QVariant {
             return s.latest.status == QLatin1String("down") ? 3 : s.latest.status == QLatin1String("degraded") ? 2 : s.latest.status.isEmpty() ? 0 : 1;
         },
         .alignment = kText},
        {.key = "since",
         .header = QT_TR_NOOP("Since"),
         .display = [](const HealthState &s) { return when(s.since); },
         .sort = [](const HealthState &s) -> QVariant { return s.since.toMSecsSinceEpoch(); },
         .alignment = kText,
         .toolTip = QT_TR_NOOP("The first check in this state, within the window")},
        {.key = "latency_ms",
         .header = QT_TR_NOOP("Latency (ms)"),
         .display = [](const HealthState &s) { return s.latest.latencyMs < 0 ? QStringLiteral("—") : count(s.latest.latencyMs); },
         .sort = [](const HealthState &s) -> QVariant { return s.latest.latencyMs; },
         .alignment = kNumber},
        {.key = "checks",
         .header = QT_TR_NOOP("Checks"),
         .display = [](const HealthState &s) { return s.checks == 0 ? QStringLiteral("—") : tr("%1 (%2 not up)").arg(count(s.checks), count(s.notHealthy)); },
         .sort = [](const HealthState &s) -> QVariant { return s.checks; },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("Checks kept in the window, and how many found the service degraded or down")},
        {.key = "detail",
         .header = QT_TR_NOOP("Last check said"),
         .display = [](const HealthState &s) { return oneLine(s.latest.detail); },
         .sort = [](const HealthState &s) -> QVariant { return s.latest.detail.toLower(); },
         .alignment = kText},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

QVariant HealthStateModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        && index.column() == DetailColumn)
        return rows().at(index.row()).latest.detail;
    return ColumnTableModel::data(index, role);
}

// --- AlertModel ---------------------------------------------------------------------------------------------------

AlertModel::AlertModel(QObject *parent) : ColumnTableModel(columnTable(), [](const AlertRow &a) { return a.id; }, kRoles, parent) {}
AlertModel::~AlertModel() = default;

QString AlertModel::severityName(const QString &severity)
{
    if (severity == QLatin1String("info"))
        return tr("Information");
    if (severity == QLatin1String("warning"))
        return tr("Warning");
    if (severity == QLatin1String("critical"))
        return tr("Critical");
    return severity;
}

std::span<const AlertModel::TableColumn> AlertModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "raised_at",
         .header = QT_TR_NOOP("Raised"),
         .display = [](const AlertRow &a) { return when(a.raisedAt); },
         .sort = [](const AlertRow &a) -> QVariant { return a.raisedAt.toMSecsSinceEpoch(); },
         .alignment = kText},
        {.key = "severity",
         .header = QT_TR_NOOP("Severity"),
         .display = [](const AlertRow &a) { return severityName(a.severity); },
         .sort = [](const AlertRow &a) -> QVariant {
             return a.severity == QLatin1String("critical") ? 3 : a.severity == QLatin1String("warning") ? 2 : 1;
         },
         .alignment = kText},
        {.key = "name",
         .header = QT_TR_NOOP("Alert"),
         .display = [](const AlertRow &a) { return a.name; },
         .sort = [](const AlertRow &a) -> QVariant { return a.name.toLower(); },
         .alignment = kText},
        {.key = "status",
         .header = QT_TR_NOOP("Status"),
         .display = [](const AlertRow &a) {
             if (a.status == QLatin1String("open"))
                 return tr("Open");
             if (a.status == QLatin1String("acknowledged"))
                 return tr("Acknowledged");
             if (a.status == QLatin1String("resolved"))
                 return tr("Resolved");
             return a.status;
         },
         .sort = [](const AlertRow &a) -> QVariant { return a.status; },
         .alignment = kText},
        {.key = "value",
         .header = QT_TR_NOOP("Value"),
         .display = [](const AlertRow &a) {
             return a.hasValue ? tr("%1 (threshold %2)").arg(QLocale().toString(a.value, 'g', 6), QLocale().toString(a.threshold, 'g', 6))
                               : QStringLiteral("—");
         },
         .sort = [](const AlertRow &a) -> QVariant { return a.hasValue ? a.value : -1.0; },
         .alignment = kNumber},
        {.key = "resolved_at",
         .header = QT_TR_NOOP("Resolved"),
         .display = [](const AlertRow &a) { return when(a.resolvedAt); },
         .sort = [](const AlertRow &a) -> QVariant { return a.resolvedAt.isValid() ? a.resolvedAt.toMSecsSinceEpoch() : qint64(0); },
         .alignment = kText},
        {.key = "message",
         .header = QT_TR_NOOP("Message"),
         .display = [](const AlertRow &a) { return oneLine(a.message); },
         .sort = [](const AlertRow &a) -> QVariant { return a.message.toLower(); },
         .alignment = kText},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

QVariant AlertModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        && index.column() == MessageColumn)
        return rows().at(index.row()).message;
    return ColumnTableModel::data(index, role);
}

// --- AlertRuleModel -----------------------------------------------------------------------------------------------

AlertRuleModel::AlertRuleModel(QObject *parent) : ColumnTableModel(columnTable(), [](const AlertRule &r) { return r.id; }, kRoles, parent) {}
AlertRuleModel::~AlertRuleModel() = default;

std::span<const AlertRuleModel::TableColumn> AlertRuleModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "name",
         .header = QT_TR_NOOP("Rule"),
         .display = [](const AlertRule &r) { return r.name; },
         .sort = [](const AlertRule &r) -> QVariant { return r.name.toLower(); },
         .alignment = kText},
        {.key = "metric",
         .header = QT_TR_NOOP("Metric"),
         .display = [](const AlertRule &r) { return r.metric; },
         .sort = [](const AlertRule &r) -> QVariant { return r.metric; },
         .alignment = kText},
        {.key = "condition",
         .header = QT_TR_NOOP("Condition"),
         .display = [](const AlertRule &r) {
             const QString value = QLocale().toString(r.threshold, 'g', 6);
             return r.comparison == QLatin1String("below") ? tr("below %1").arg(value) : tr("above %1").arg(value);
         },
         .sort = [](const AlertRule &r) -> QVariant { return r.threshold; },
         .alignment = kText},
        {.key = "duration_minutes",
         .header = QT_TR_NOOP("For"),
         .display = [](const AlertRule &r) { return tr("%n min", nullptr, r.durationMinutes); },
         .sort = [](const AlertRule &r) -> QVariant { return r.durationMinutes; },
         .alignment = kNumber,
         .toolTip = QT_TR_NOOP("How long the condition holds before the alert is raised")},
        {.key = "severity",
         .header = QT_TR_NOOP("Severity"),
         .display = [](const AlertRule &r) { return AlertModel::severityName(r.severity); },
         .sort = [](const AlertRule &r) -> QVariant { return r.severity; },
         .alignment = kText},
        {.key = "enabled",
         .header = QT_TR_NOOP("Enabled"),
         .display = [](const AlertRule &r) { return r.enabled ? tr("Yes") : tr("No"); },
         .sort = [](const AlertRule &r) -> QVariant { return r.enabled; },
         .alignment = kText},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

// --- AdviceModel --------------------------------------------------------------------------------------------------

AdviceModel::AdviceModel(QObject *parent) : ColumnTableModel(columnTable(), [](const AdviceRow &a) { return a.advice.id; }, kRoles, parent) {}
AdviceModel::~AdviceModel() = default;

QString AdviceModel::kindName(const QString &kind)
{
    static const struct
    {
        const char *kind;
        const char *name;
    } names[] = {
        {"missing_index", QT_TR_NOOP("Missing index")},
        {"table_needs_index", QT_TR_NOOP("Table needs an index")},
        {"unused_index", QT_TR_NOOP("Unused index")},
        {"duplicate_index", QT_TR_NOOP("Duplicate index")},
        {"invalid_index", QT_TR_NOOP("Invalid index")},
        {"stale_statistics", QT_TR_NOOP("Stale statistics")},
        {"dead_tuples", QT_TR_NOOP("Dead rows")},
        {"transaction_id_age", QT_TR_NOOP("Transaction ID age")},
        {"sequence_near_end", QT_TR_NOOP("Sequence near its end")},
        {"long_running", QT_TR_NOOP("Long-running query")},
        {"idle_in_transaction", QT_TR_NOOP("Idle in transaction")},
        {"missing_statistics", QT_TR_NOOP("Missing statistics")},
        {"freelist", QT_TR_NOOP("Free pages")},
    };
    for (const auto &n : names)
        if (kind == QLatin1String(n.kind))
            return tr(n.name);
    return kind;
}

std::span<const AdviceModel::TableColumn> AdviceModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "kind",
         .header = QT_TR_NOOP("Advice"),
         .display = [](const AdviceRow &a) { return kindName(a.advice.kind); },
         .sort = [](const AdviceRow &a) -> QVariant { return kindName(a.advice.kind).toLower(); },
         .alignment = kText},
        {.key = "object",
         .header = QT_TR_NOOP("On"),
         .display = [](const AdviceRow &a) { return a.advice.object.isEmpty() ? a.advice.table : a.advice.object; },
         .sort = [](const AdviceRow &a) -> QVariant { return (a.advice.object.isEmpty() ? a.advice.table : a.advice.object).toLower(); },
         .alignment = kText,
         .toolTip = QT_TR_NOOP("The index, table or session it concerns")},
        {.key = "summary",
         .header = QT_TR_NOOP("What"),
         .display = [](const AdviceRow &a) { return oneLine(a.advice.summary); },
         .sort = [](const AdviceRow &a) -> QVariant { return a.advice.summary.toLower(); },
         .alignment = kText},
        {.key = "apply",
         .header = QT_TR_NOOP("Applied by"),
         .display = [](const AdviceRow &a) {
             return !a.advice.applicable ? tr("A person") : a.mayApply ? tr("Atelier (you may)") : tr("Atelier (an administrator)");
         },
         .sort = [](const AdviceRow &a) -> QVariant { return a.advice.applicable ? (a.mayApply ? 2 : 1) : 0; },
         .alignment = kText,
         .toolTip = QT_TR_NOOP("Whether Atelier runs the statement for you, or a person decides")},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

QVariant AdviceModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ToolTipRole && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        const AdviceRow &a = rows().at(index.row());
        if (index.column() == ApplyColumn)
            return a.refusal.isEmpty() ? QVariant() : QVariant(a.refusal);
        return a.advice.summary + QLatin1Char('\n') + a.advice.evidence;
    }
    return ColumnTableModel::data(index, role);
}

// --- MetricPointModel ---------------------------------------------------------------------------------------------

MetricPointModel::MetricPointModel(QObject *parent)
    : ColumnTableModel(columnTable(), [](const MetricPoint &p) { return p.start.toString(Qt::ISODate); }, kRoles, parent)
{
}
MetricPointModel::~MetricPointModel() = default;

QString MetricPointModel::milliseconds(double ms)
{
    return QLocale().toString(ms, 'f', ms < 10 ? 2 : ms < 1000 ? 1 : 0);
}

std::span<const MetricPointModel::TableColumn> MetricPointModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "start",
         .header = QT_TR_NOOP("From"),
         .display = [](const MetricPoint &p) { return when(p.start); },
         .sort = [](const MetricPoint &p) -> QVariant { return p.start.toMSecsSinceEpoch(); },
         .alignment = kText},
        {.key = "calls",
         .header = QT_TR_NOOP("Calls"),
         .display = [](const MetricPoint &p) { return count(p.calls); },
         .sort = [](const MetricPoint &p) -> QVariant { return p.calls; },
         .alignment = kNumber},
        {.key = "mean_ms",
         .header = QT_TR_NOOP("Mean (ms)"),
         .display = [](const MetricPoint &p) { return milliseconds(p.meanMs); },
         .sort = [](const MetricPoint &p) -> QVariant { return p.meanMs; },
         .alignment = kNumber},
        {.key = "p50_ms",
         .header = QT_TR_NOOP("p50 (ms)"),
         .display = [](const MetricPoint &p) { return milliseconds(p.p50Ms); },
         .sort = [](const MetricPoint &p) -> QVariant { return p.p50Ms; },
         .alignment = kNumber},
        {.key = "p95_ms",
         .header = QT_TR_NOOP("p95 (ms)"),
         .display = [](const MetricPoint &p) { return milliseconds(p.p95Ms); },
         .sort = [](const MetricPoint &p) -> QVariant { return p.p95Ms; },
         .alignment = kNumber},
        {.key = "max_ms",
         .header = QT_TR_NOOP("Max (ms)"),
         .display = [](const MetricPoint &p) { return milliseconds(p.maxMs); },
         .sort = [](const MetricPoint &p) -> QVariant { return p.maxMs; },
         .alignment = kNumber},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

} // namespace Atelier
