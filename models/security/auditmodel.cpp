#include "auditmodel.h"

#include <QDateTime>

namespace Atelier {

AuditModel::AuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_more = true;
    m_fetching = false;
    endResetModel();
}

void AuditModel::appendPage(const QList<AuditRecord> &rows, bool more)
{
    // Still "fetching" while the rows go in, so that nobody asks for the rows after an old last one.
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }
    m_more = more;
    m_fetching = false;
}

void AuditModel::fetchFailed()
{
    m_fetching = false;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(r.createdAtMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case UserColumn:
            return r.username.isEmpty() ? r.userId : r.username;
        case ActionColumn:
            return r.action;
        case ResourceTypeColumn:
            return r.resourceType;
        case ResourceIdColumn:
            return r.resourceId;
        case AddressColumn:
            return r.ipAddress;
        case AgentColumn:
            return r.userAgent;
        case MetadataColumn:
            return r.metadata;
        case SeqColumn:
            return r.seq;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case ResourceTypeColumn:
        return tr("Resource type");
    case ResourceIdColumn:
        return tr("Resource");
    case AddressColumn:
        return tr("IP address");
    case AgentColumn:
        return tr("Client");
    case MetadataColumn:
        return tr("Details");
    case SeqColumn:
        return tr("Row");
    default:
        return {};
    }
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    emit fetchRequested(lastSeq());
}

} // namespace Atelier
