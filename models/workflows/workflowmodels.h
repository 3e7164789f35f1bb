#pragma once

#include "core/columntablemodel.h"
#include "workflows/workflow.h"
#include "workflows/workflowoverview.h"

#include <QHash>
#include <QJsonObject>

namespace Atelier {

/// The brand's workflows: name, status, trigger in words, last run, success rate over 30 days, next run.
class WorkflowListModel final : public ColumnTableModel<WorkflowSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowListModel)
public:
    enum Column { NameColumn, StatusColumn, TriggerColumn, LastRunColumn, SuccessColumn, NextRunColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole, StatusRole };

    explicit WorkflowListModel(QObject *parent = nullptr);
    ~WorkflowListModel() override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// "Every Monday at 09:00 (Europe/Paris)", "Every 60 s", "An anomaly is detected (Metric: revenue)", "Manual".
    static QString triggerText(const QJsonObject &trigger);
    /// An event's name in words ("anomaly.detected" → "An anomaly is detected"), as the editor's event choice says it.
    static QString eventText(const QString &event);
    /// A parameter's or an event filter's label as the editor's form shows it, translated, with its colon
    /// ("users" → "People:"); an unknown key as itself with a colon.
    static QString paramLabel(const QString &key);
    /// active, paused, archived in the person's language.
    static QString statusText(const QString &status);

private:
    static std::span<const TableColumn> columnTable();
};

/// Executions of the brand's workflows, newest first; the workflows' names come from setWorkflowNames().
class ExecutionModel final : public ColumnTableModel<WorkflowExecution>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecutionModel)
public:
    enum Column { CreatedColumn, WorkflowColumn, StatusColumn, TriggerColumn, AttemptColumn, DurationColumn, ErrorColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole, StatusRole };

    explicit ExecutionModel(QObject *parent = nullptr);
    ~ExecutionModel() override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// workflow id → name, for the Workflow column.
    void setWorkflowNames(const QHash<QString, QString> &names);

    /// queued, running, waiting, completed, failed, cancelled in the person's language.
    static QString statusText(const QString &status);
    static QString triggerKindText(const QString &kind);

private:
    static std::span<const TableColumn> columnTable();
    QHash<QString, QString> m_names;
};

/// An execution's timeline: each attempt of each step with its input, output, error and duration.
class StepRunModel final : public ColumnTableModel<WorkflowStepRun>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepRunModel)
public:
    enum Column { StepColumn, AttemptColumn, StatusColumn, StartedColumn, DurationColumn, InputColumn, OutputColumn, ErrorColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, KeyRole };

    explicit StepRunModel(QObject *parent = nullptr);
    ~StepRunModel() override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString &status);
    /// A step's duration in words ("1.4 s", "2 min 5 s"); "—" while it runs.
    static QString durationText(const QDateTime &start, const QDateTime &end);

private:
    static std::span<const TableColumn> columnTable();
};

/// A workflow's saved definitions, newest first.
class VersionModel final : public ColumnTableModel<WorkflowVersion>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionModel)
public:
    enum Column { VersionColumn, SavedAtColumn, SavedByColumn, TriggerColumn, ActionsColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, VersionRole };

    explicit VersionModel(QObject *parent = nullptr);
    ~VersionModel() override;

private:
    static std::span<const TableColumn> columnTable();
};

/// A line diff (longest common subsequence) of two texts, for a side-by-side view.
struct LineDiff final
{
    enum class Kind { Same, Removed, Added, Changed };
    struct Row
    {
        Kind kind = Kind::Same;
        int left = -1;  ///< the line's index in the left text, −1: none on this row
        int right = -1; ///< in the right text
    };
    /// Rows pairing the lines of \a left and \a right: common lines side by side, a removed line facing an added one
    /// as Changed, the rest alone.
    static QList<Row> compare(const QStringList &left, const QStringList &right);
};

} // namespace Atelier
