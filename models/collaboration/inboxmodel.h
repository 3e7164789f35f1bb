#pragma once

#include "collaboration/inbox.h"
#include "core/columntablemodel.h"

namespace Atelier {

/// The inbox as a table, newest first; unread rows are bold and say so to screen readers.
class InboxModel final : public ColumnTableModel<InboxItem>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)
public:
    enum Column { KindColumn, ResourceColumn, FromColumn, TextColumn, WhenColumn, ColumnCount };
    enum Role { UnreadRole = Qt::UserRole };

    explicit InboxModel(QObject *parent = nullptr);
    ~InboxModel() override;

    void setInbox(const Inbox &inbox);
    const Inbox &inbox() const { return m_inbox; }
    int unread() const { return m_inbox.unreadShares + m_inbox.unreadMentions + m_inbox.unreadAlerts; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    static std::span<const TableColumn> columnTable();

    Inbox m_inbox;
};

} // namespace Atelier
