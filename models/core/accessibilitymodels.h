#pragma once

#include "core/accessibilityreports.h"
#include "core/columntablemodel.h"

#include <QRect>

namespace Atelier {

/// One page's stored audits (accessibility_reports), oldest first, and the newest of them.
struct AccessibilityTrend final
{
    QString page;
    QList<double> scores;
    /// Per score: when, in which theme and language (for the tooltip of each point).
    QStringList points;
    StoredAccessibilityReport latest;

    /// Groups \a reports (any order) by page, the pages sorted by name.
    static QList<AccessibilityTrend> fromReports(const QList<StoredAccessibilityReport> &reports);
};

/// A widget that failed a rule, as a stored report keeps it.
struct AccessibilityFinding final
{
    QString rule;
    int impact = 0;
    QString widget;
    QString message;
    QRect rect;

    /// The issues of a stored report's JSON ({issues: [{rule, impact, widget, message, rect}]}).
    static QList<AccessibilityFinding> fromReport(const StoredAccessibilityReport &report);
};

/// Each page's score over time: its latest score, issues and run, and the trend (as text, and as numbers in
/// TrendRole for a delegate that draws it).
class AccessibilityScoresModel final : public ColumnTableModel<AccessibilityTrend>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessibilityScoresModel)
public:
    enum Column { PageColumn, ScoreColumn, IssuesColumn, TrendColumn, RunsColumn, LatestColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        PageRole,
        TrendRole, // QList<double>, oldest first
    };
    explicit AccessibilityScoresModel(QObject *parent = nullptr);
    ~AccessibilityScoresModel() override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    static std::span<const TableColumn> columnTable();
};

/// The issues of one stored report.
class AccessibilityIssuesModel final : public ColumnTableModel<AccessibilityFinding>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessibilityIssuesModel)
public:
    enum Column { ImpactColumn, RuleColumn, WidgetColumn, MessageColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, WidgetRole };
    explicit AccessibilityIssuesModel(QObject *parent = nullptr);
    ~AccessibilityIssuesModel() override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// "Critical", "Serious", "Moderate" for the weights 10, 7, 3.
    static QString impactName(int impact);

private:
    static std::span<const TableColumn> columnTable();
};

} // namespace Atelier
