#pragma once

#include "reports/reportsection.h"

#include <QAbstractTableModel>

namespace Atelier {

/// The table of a report part, for a QTableView: figures formatted in the current locale for display,
/// raw values under RawValueRole for sorting and exports, numbers aligned right.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)
public:
    enum Role { RawValueRole = Qt::UserRole, KeyRole };

    explicit ReportTableModel(QObject *parent = nullptr);
    void setTable(const ReportTable &table);
    const ReportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The cell as people read it in the current locale ("12,5 %", "1 234,50"), "—" when there is no figure.
    QString displayText(int row, int column) const;

private:
    ReportTable m_table;
};

} // namespace Atelier
