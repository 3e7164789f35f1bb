#include "columntablemodel.h"

#include <QCoreApplication>

namespace Atelier {

ColumnTableBase::ColumnTableBase(QList<ColumnSpec> columns, Roles roles, QObject *parent)
    : QAbstractTableModel(parent), m_columns(std::move(columns)), m_roles(roles)
{
}

ColumnTableBase::~ColumnTableBase() = default;

int ColumnTableBase::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ColumnTableBase::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns.size())
        return {};
    const ColumnSpec &column = m_columns.at(section);
    const char *context = metaObject()->className();
    if ((role == Qt::DisplayRole || role == Qt::AccessibleTextRole) && column.header)
        return QCoreApplication::translate(context, column.header);
    if (role == Qt::ToolTipRole && column.toolTip)
        return QCoreApplication::translate(context, column.toolTip);
    return {};
}

QString ColumnTableBase::columnKey(int column) const
{
    return column >= 0 && column < m_columns.size() ? QString::fromLatin1(m_columns.at(column).key) : QString();
}

int ColumnTableBase::columnOf(QStringView key) const
{
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        if (key == QLatin1String(m_columns.at(c).key))
            return int(c);
    return -1;
}

QVariant ColumnTableBase::alignment(int column) const
{
    if (column < 0 || column >= m_columns.size() || !m_columns.at(column).alignment)
        return {};
    return QVariant(m_columns.at(column).alignment);
}

void ColumnTableBase::retranslate()
{
    if (m_columns.isEmpty())
        return;
    emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    if (const int rows = rowCount(); rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, int(m_columns.size()) - 1));
}

} // namespace Atelier
