#include "kpimodel.h"

#include <QLocale>

namespace Atelier {

KpiModel::KpiModel(QObject *parent) : QAbstractTableModel(parent) {}

void KpiModel::setOverview(const Overview &overview)
{
    beginResetModel();
    m_overview = overview;
    m_loaded = true;
    endResetModel();
}

void KpiModel::clear()
{
    beginResetModel();
    m_overview = {};
    m_loaded = false;
    endResetModel();
}

int KpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_loaded ? 0 : KpiCount;
}

int KpiModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KpiModel::kpiName(int kpi)
{
    switch (kpi) {
    case Events: return tr("Events");
    case ActiveUsers: return tr("Active users");
    case ConversionRate: return tr("Conversion rate");
    case Revenue: return tr("Revenue");
    case Generations: return tr("AI generations");
    default: return {};
    }
}

QString KpiModel::kpiKey(int kpi)
{
    static const char *const keys[] = {"events", "active_users", "conversion_rate", "revenue", "generations"};
    return kpi >= 0 && kpi < KpiCount ? QString::fromLatin1(keys[kpi]) : QString();
}

QString KpiModel::formatValue(int kpi, double value)
{
    const QLocale locale;
    switch (kpi) {
    case ConversionRate: return tr("%1 %").arg(locale.toString(value * 100.0, 'f', 2));
    case Revenue: return locale.toString(value, 'f', 2);
    default: return locale.toString(qint64(value));
    }
}

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int kpi = index.row();
    double value = 0;
    QList<double> series;
    switch (kpi) {
    case Events: value = double(m_overview.events); series = m_overview.dailyEvents; break;
    case ActiveUsers: value = double(m_overview.activeUsers); series = m_overview.dailyActiveUsers; break;
    case ConversionRate: value = m_overview.conversionRate; series = m_overview.dailyConversionRate; break;
    case Revenue: value = m_overview.revenue; series = m_overview.dailyRevenue; break;
    case Generations: value = double(m_overview.generations); series = m_overview.dailyGenerations; break;
    default: return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return index.column() == NameColumn ? kpiName(kpi) : formatValue(kpi, value);
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case RawValueRole:
        return value;
    case SeriesRole:
        return QVariant::fromValue(series);
    case KeyRole:
        return kpiKey(kpi);
    default:
        return {};
    }
}

QVariant KpiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == NameColumn ? tr("Figure") : tr("Value");
}

void KpiModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_loaded)
        emit dataChanged(index(0, 0), index(KpiCount - 1, ColumnCount - 1));
}

} // namespace Atelier
