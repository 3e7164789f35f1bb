#include "kpimodel.h"

#include <QLocale>

#include <cmath>

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

QString KpiModel::formatChange(const QVariant &change)
{
    if (change.isNull())
        return QStringLiteral("—");
    const double c = change.value<double>();
    // Arrows as well as words, so the direction never depends on colour alone.
    const QString arrow = c > 0 ? QStringLiteral("▲") : c < 0 ? QStringLiteral("▼") : QStringLiteral("＝");
    return tr("%1 %2 %").arg(arrow, QLocale().toString(std::abs(c) * 100.0, 'f', 1));
}

double KpiModel::current(int kpi) const
{
    switch (kpi) {
    case Events: return double(m_overview.events);
    case ActiveUsers: return double(m_overview.activeUsers);
    case ConversionRate: return m_overview.conversionRate;
    case Revenue: return m_overview.revenue;
    case Generations: return double(m_overview.generations);
    default: return 0;
    }
}

double KpiModel::previous(int kpi) const
{
    const OverviewTotals &p = m_overview.previous;
    switch (kpi) {
    case Events: return double(p.events);
    case ActiveUsers: return double(p.activeUsers);
    case ConversionRate: return p.conversionRate();
    case Revenue: return p.revenue;
    case Generations: return double(p.generations);
    default: return 0;
    }
}

QVariant KpiModel::change(int kpi) const
{
    const double before = previous(kpi);
    if (before <= 0)
        return {};
    return (current(kpi) - before) / before;
}

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int kpi = index.row();
    QList<double> series;
    switch (kpi) {
    case Events: series = m_overview.dailyEvents; break;
    case ActiveUsers: series = m_overview.dailyActiveUsers; break;
    case ConversionRate: series = m_overview.dailyConversionRate; break;
    case Revenue: series = m_overview.dailyRevenue; break;
    case Generations: series = m_overview.dailyGenerations; break;
    default: return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn: return kpiName(kpi);
        case ValueColumn: return formatValue(kpi, current(kpi));
        case PreviousColumn: return formatValue(kpi, previous(kpi));
        case ChangeColumn: return formatChange(change(kpi));
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() != NameColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case RawValueRole:
        return index.column() == PreviousColumn ? previous(kpi) : current(kpi);
    case ChangeRole:
        return change(kpi);
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
    switch (section) {
    case NameColumn: return tr("Figure");
    case ValueColumn: return tr("Value");
    case PreviousColumn: return tr("Previous period");
    case ChangeColumn: return tr("Change");
    default: return {};
    }
}

void KpiModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_loaded)
        emit dataChanged(index(0, 0), index(KpiCount - 1, ColumnCount - 1));
}

} // namespace Atelier
