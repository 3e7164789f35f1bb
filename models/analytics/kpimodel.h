#pragma once

#include "analytics/overviewservice.h"

#include <QAbstractTableModel>

namespace Atelier {

/// The Overview's KPIs as a table: one row per figure, with its total and its daily series.
/// The cards and the table view both read it, so they always show the same numbers.
class KpiModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiModel)
public:
    enum Kpi { Events, ActiveUsers, ConversionRate, Revenue, Generations, KpiCount };
    enum Column { NameColumn, ValueColumn, PreviousColumn, ChangeColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole, SeriesRole, KeyRole, ChangeRole };

    explicit KpiModel(QObject *parent = nullptr);
    void setOverview(const Overview &overview);
    void clear();
    bool hasData() const { return m_loaded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kpiName(int kpi);
    static QString kpiKey(int kpi);
    /// The figure as people read it, in the current locale ("12,5 %", "1 234,50").
    static QString formatValue(int kpi, double value);
    /// A relative change as people read it ("▲ 12.3 %"), or "—" when there is nothing to compare with.
    static QString formatChange(const QVariant &change);

    /// Re-emits the header and text so a language switch shows at once.
    void retranslate();

private:
    double current(int kpi) const;
    double previous(int kpi) const;
    /// (current − previous) / previous, or null when the previous period had nothing.
    QVariant change(int kpi) const;

    Overview m_overview;
    bool m_loaded = false;
};

} // namespace Atelier
