#include "inboxmodel.h"

#include <QFont>
#include <QLocale>

namespace Atelier {

InboxModel::InboxModel(QObject *parent) : QAbstractTableModel(parent) {}

void InboxModel::setInbox(const Inbox &inbox)
{
    beginResetModel();
    m_inbox = inbox;
    endResetModel();
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_inbox.items.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxItem &item = m_inbox.items.at(index.row());
    if (role == UnreadRole)
        return item.unread;
    if (role == Qt::FontRole && item.unread) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::AccessibleDescriptionRole)
        return item.unread ? tr("unread") : tr("read");
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return item.kind == QLatin1String("share") ? tr("Shared with you") : tr("Mentioned you");
    case ResourceColumn:
        return QStringLiteral("%1 %2").arg(item.resource.type, item.resource.id);
    case FromColumn:
        return item.from;
    case TextColumn:
        return item.kind == QLatin1String("share") ? tr("Permission: %1").arg(item.text) : item.text;
    case WhenColumn:
        return QLocale().toString(item.at.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("What");
    case ResourceColumn:
        return tr("Resource");
    case FromColumn:
        return tr("From");
    case TextColumn:
        return tr("Text");
    case WhenColumn:
        return tr("When");
    default:
        return {};
    }
}

void InboxModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace Atelier
