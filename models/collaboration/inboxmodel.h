#pragma once

#include "collaboration/inbox.h"

#include <QAbstractTableModel>

namespace Atelier {

/// The inbox as a table, newest first; unread rows are bold and say so to screen readers.
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxModel)
public:
    enum Column { KindColumn, ResourceColumn, FromColumn, TextColumn, WhenColumn, ColumnCount };
    enum Role { UnreadRole = Qt::UserRole };

    explicit InboxModel(QObject *parent = nullptr);
    void setInbox(const Inbox &inbox);
    const Inbox &inbox() const { return m_inbox; }
    int unread() const { return m_inbox.unreadShares + m_inbox.unreadMentions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    Inbox m_inbox;
};

} // namespace Atelier
