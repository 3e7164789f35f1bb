#pragma once

#include "collaboration/inbox.h"
#include "core/page.h"
#include "core/request.h"
#include "core/result.h"

class QLabel;
class QPushButton;
class QTableView;

namespace Atelier {

class LiveListener;

class InboxModel;

/// "Shared with me / mentions": what others shared with the person and the comments that name them,
/// with the unread count in the sidebar. On PostgreSQL it follows new shares and comments as they happen
/// (LISTEN/NOTIFY on a connection of its own thread); loading never blocks the GUI thread.
class InboxPage final : public Page
{
    Q_OBJECT
public:
    explicit InboxPage(QWidget *parent = nullptr);
    ~InboxPage() override;
    QString pageName() const override { return QStringLiteral("inbox"); }
    QString title() const override;
    void setContext(const ViewContext &context) override;
    bool followsContextWhenHidden() const override { return true; }
    bool hasComments() const override { return false; }
    InboxModel *model() const { return m_model; }
    bool isLoading() const;
    void reload();
    void markAllRead();

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void finished(const Result<Inbox> &inbox);
    void listen();
    void stopListening();
    void retranslate();

    ViewContext m_context;
    InboxModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QPushButton *m_markRead;
    LiveListener *m_listener;
    Request<Result<Inbox>> m_loading{this};
    Request<Status> m_marking{this};
};

} // namespace Atelier
