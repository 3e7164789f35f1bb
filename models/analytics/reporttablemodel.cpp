#include "reporttablemodel.h"

#include "core/durationformat.h"

#include <QDate>
#include <QLocale>

#include <cmath>
#include <limits>

namespace Atelier {

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReportTableModel::setTable(const ReportTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QString ReportTableModel::displayText(int row, int column) const
{
    const QVariant v = m_table.rows.value(row).value(column);
    if (!v.isValid() || v.isNull())
        return QStringLiteral("—");
    const QLocale locale;
    if (m_table.duration.value(column) && (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int
                                           || v.typeId() == QMetaType::LongLong))
        return DurationFormat::text(v.toDouble(), locale);
    switch (v.typeId()) {
    case QMetaType::Double: {
        const double d = v.value<double>();
        if (!std::isfinite(d))
            return QStringLiteral("—");
        const int decimals = m_table.decimals.value(column);
        if (m_table.percent.value(column))
            return locale.toString(d * 100.0, 'f', decimals) + locale.percent();
        return locale.toString(d, 'f', decimals);
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
        return locale.toString(v.toLongLong());
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    default:
        return v.toString();
    }
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant v = m_table.rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(index.row(), index.column());
    case Qt::ToolTipRole:
        if (v.typeId() == QMetaType::Double && std::isfinite(v.value<double>()))
            return QLocale().toString(v.value<double>(), 'g', 12);
        return {};
    case Qt::TextAlignmentRole: {
        const bool numeric = v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong;
        return QVariant::fromValue(Qt::Alignment((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    case RawValueRole:
        // Sorts numbers as numbers; a missing figure sorts first.
        if (!v.isValid() || v.isNull())
            return QVariant(-std::numeric_limits<double>::infinity());
        return v;
    case KeyRole:
        return m_table.keys.value(index.column());
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_table.columns.size()) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return m_table.columns.at(section);
        if (role == Qt::ToolTipRole)
            return m_table.keys.at(section);
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < m_table.rows.size())
        return section + 1;
    return {};
}

} // namespace Atelier
