#pragma once

#include "core/columntablemodel.h"
#include "monitoring/alertservice.h"
#include "monitoring/cacheservice.h"
#include "monitoring/healthservice.h"
#include "monitoring/optimizationservice.h"
#include "monitoring/performanceservice.h"

namespace Atelier {

/// The roles every monitoring model answers besides the cells' text.
enum MonitoringRole {
    MonitoringSortRole = Qt::UserRole, // the raw number (or lower-case text) a column sorts on
    MonitoringKeyRole,                 // the row's stable key
};

/// The product's statements over the window: calls, mean, p50, p95, max and rows (PerformanceService::queryMetrics).
class StatementMetricModel final : public ColumnTableModel<StatementMetric>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatementMetricModel)
public:
    enum Column { StatementColumn, CallsColumn, MeanColumn, P50Column, P95Column, MaxColumn, RowsColumn, ColumnCount };
    explicit StatementMetricModel(QObject *parent = nullptr);
    ~StatementMetricModel() override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    static QString keyOf(const StatementMetric &m);

private:
    static std::span<const TableColumn> columnTable();
};

/// PostgreSQL's own top statements (pg_stat_statements).
class ServerStatementModel final : public ColumnTableModel<ServerStatement>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerStatementModel)
public:
    enum Column { QueryColumn, CallsColumn, TotalColumn, MeanColumn, RowsColumn, HitColumn, ColumnCount };
    explicit ServerStatementModel(QObject *parent = nullptr);
    ~ServerStatementModel() override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    static std::span<const TableColumn> columnTable();
};

/// The caches' counters and hit ratios (CacheService::stats).
class CacheFigureModel final : public ColumnTableModel<CacheFigure>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheFigureModel)
public:
    enum Column { CacheColumn, RatioColumn, HitsColumn, MissesColumn, EntriesColumn, SizeColumn, ColumnCount };
    explicit CacheFigureModel(QObject *parent = nullptr);
    ~CacheFigureModel() override;

private:
    static std::span<const TableColumn> columnTable();
};

/// One service's latest check and since when it has been in that state.
struct HealthState final
{
    HealthCheck latest;
    QDateTime since;   // the first check of the run of checks in the latest state (within the history read)
    int checks = 0;    // checks kept in the window
    int notHealthy = 0; // of which degraded or down
};

/// The services' health now: state, since when, latency, what the check said.
class HealthStateModel final : public ColumnTableModel<HealthState>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthStateModel)
public:
    enum Column { ServiceColumn, StatusColumn, SinceColumn, LatencyColumn, ChecksColumn, DetailColumn, ColumnCount };
    explicit HealthStateModel(QObject *parent = nullptr);
    ~HealthStateModel() override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// A service's name and a status in words, in the console's language.
    static QString serviceName(const QString &service);
    static QString statusName(const QString &status);
    /// The latest state of each service from \a history (newest first, as HealthService::history gives it), in
    /// HealthService::services() order, those never checked last.
    static QList<HealthState> statesOf(const QList<HealthCheck> &history);

private:
    static std::span<const TableColumn> columnTable();
};

/// Open and recent alerts (AlertService::list).
class AlertModel final : public ColumnTableModel<AlertRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertModel)
public:
    enum Column { RaisedColumn, SeverityColumn, NameColumn, StatusColumn, ValueColumn, ResolvedColumn, MessageColumn, ColumnCount };
    explicit AlertModel(QObject *parent = nullptr);
    ~AlertModel() override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    static QString severityName(const QString &severity);

private:
    static std::span<const TableColumn> columnTable();
};

/// The alert rules (AlertService::rules).
class AlertRuleModel final : public ColumnTableModel<AlertRule>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertRuleModel)
public:
    enum Column { NameColumn, MetricColumn, ConditionColumn, DurationColumn, SeverityColumn, EnabledColumn, ColumnCount };
    explicit AlertRuleModel(QObject *parent = nullptr);
    ~AlertRuleModel() override;

private:
    static std::span<const TableColumn> columnTable();
};

/// A piece of advice and whether the connected person may apply it (OptimizationService::mayApply's sentence if not).
struct AdviceRow final
{
    Advice advice;
    bool mayApply = false;
    QString refusal;
};

/// The optimisation advice: what, on which object, the evidence, whether Atelier applies it.
class AdviceModel final : public ColumnTableModel<AdviceRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdviceModel)
public:
    enum Column { KindColumn, ObjectColumn, SummaryColumn, ApplyColumn, ColumnCount };
    explicit AdviceModel(QObject *parent = nullptr);
    ~AdviceModel() override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    static QString kindName(const QString &kind);

private:
    static std::span<const TableColumn> columnTable();
};

/// The chart's figures as a table (its accessible alternative): each bucket's calls and latencies.
class MetricPointModel final : public ColumnTableModel<MetricPoint>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricPointModel)
public:
    enum Column { StartColumn, CallsColumn, MeanColumn, P50Column, P95Column, MaxColumn, ColumnCount };
    explicit MetricPointModel(QObject *parent = nullptr);
    ~MetricPointModel() override;
    /// Milliseconds as the page shows them ("0.42", "12.5", "1,204").
    static QString milliseconds(double ms);

private:
    static std::span<const TableColumn> columnTable();
};

} // namespace Atelier
