#include "inboxmodel.h"

#include <QFont>
#include <QLocale>

namespace Atelier {

InboxModel::InboxModel(QObject *parent) : ColumnTableModel(columnTable(), nullptr, {}, parent) {}

InboxModel::~InboxModel() = default;

std::span<const InboxModel::TableColumn> InboxModel::columnTable()
{
    static const TableColumn columns[] = {
        {.key = "kind",
         .header = QT_TR_NOOP("What"),
         .display =
             [](const InboxItem &item) {
                 return item.kind == QLatin1String("share")   ? tr("Shared with you")
                        : item.kind == QLatin1String("alert") ? tr("Alert")
                                                              : tr("Mentioned you");
             }},
        {.key = "resource",
         .header = QT_TR_NOOP("Resource"),
         .display = [](const InboxItem &item) { return QStringLiteral("%1 %2").arg(item.resource.type, item.resource.id); }},
        {.key = "from", .header = QT_TR_NOOP("From"), .display = [](const InboxItem &item) { return item.from; }},
        {.key = "text",
         .header = QT_TR_NOOP("Text"),
         .display = [](const InboxItem &item) { return item.kind == QLatin1String("share") ? tr("Permission: %1").arg(item.text) : item.text; }},
        {.key = "at",
         .header = QT_TR_NOOP("When"),
         .display = [](const InboxItem &item) { return QLocale().toString(item.at.toLocalTime(), QLocale::ShortFormat); }},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

void InboxModel::setInbox(const Inbox &inbox)
{
    m_inbox = inbox;
    setRows(inbox.items); // shared with m_inbox.items, not copied
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InboxItem &item = rows().at(index.row());
    switch (role) {
    case UnreadRole:
        return item.unread;
    case Qt::FontRole:
        if (item.unread) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return item.unread ? tr("unread") : tr("read");
    case Qt::ToolTipRole: // the whole text, when the column is too narrow for it
        return ColumnTableModel::data(index, Qt::DisplayRole);
    default:
        return ColumnTableModel::data(index, role);
    }
}

} // namespace Atelier
