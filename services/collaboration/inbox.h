#pragma once

#include "collaboration/resources.h"

#include <QDateTime>
#include <QList>

namespace Atelier {

struct InboxItem final
{
    QString kind; // "share", "mention" or "alert"
    ResourceRef resource;
    QString from;    // who shared or wrote (an alert: its severity)
    QString text;    // the permission given, the comment, or the alert's message
    QDateTime at;
    bool unread = false;
};

struct Inbox final
{
    QList<InboxItem> items; // newest first
    int unreadShares = 0;
    int unreadMentions = 0;
    int unreadAlerts = 0;
};

/// "Shared with me / mentions": what others shared with the person connected and the comments that name
/// them (@username), and the alerts raised for the brands they administer (the installation's alerts for its
/// administrator), newest first, with what is new since they last marked it read.
class InboxService final
{
    Q_DECLARE_TR_FUNCTIONS(InboxService)
public:
    static Result<Inbox> load(const QSqlDatabase &db, int limit = 50);
    /// Everything up to now counts as seen.
    static Status markRead(const QSqlDatabase &db);
};

} // namespace Atelier
