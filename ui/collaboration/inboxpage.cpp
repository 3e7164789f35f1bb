#include "inboxpage.h"

#include "collaboration/inbox.h"
#include "collaboration/inboxmodel.h"
#include "collaboration/livelistener.h"
#include "core/database.h"
#include "core/plaintext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Atelier {

InboxPage::InboxPage(QWidget *parent)
    : Page(parent), m_model(new InboxModel(this)), m_table(new QTableView(this)), m_summary(new QLabel(this)),
      m_markRead(new QPushButton(this)), m_listener(new LiveListener(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_markRead);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    m_table->setModel(m_model);
    showToolTipsAsPlainText(m_table); // comments as written
    m_summary->setTextFormat(Qt::PlainText); // errors
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::TextColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_summary->setObjectName(QStringLiteral("inboxSummary"));
    m_markRead->setObjectName(QStringLiteral("markRead"));
    connect(m_markRead, &QPushButton::clicked, this, &InboxPage::markAllRead);
    connect(m_listener, &LiveListener::changed, this, [this](const QString &table) {
        if (table == QLatin1String("comments") || table == QLatin1String("shared_resources"))
            reload();
    });
    connect(m_listener, &LiveListener::failed, this, [this] {
        emit failed(tr("New shares and comments will show when the inbox is reopened: listening for them failed."));
    });
    retranslate();
}

// Nothing waits: the listener's thread ends by itself, a load is cancelled, marking read is left to finish.
InboxPage::~InboxPage()
{
    stopListening();
}

QString InboxPage::title() const
{
    const int unread = m_model->unread();
    return unread > 0 ? tr("Inbox (%1)").arg(unread) : tr("Inbox");
}

bool InboxPage::isLoading() const
{
    return m_loading.isRunning();
}

void InboxPage::setContext(const ViewContext &context)
{
    const bool otherDatabase = context.database.toString() != m_context.database.toString();
    m_context = context;
    if (!otherDatabase && m_model->rowCount() > 0)
        return; // the brand and the range do not change an inbox
    listen();
    reload();
}

void InboxPage::reload()
{
    if (m_context.database.toString().isEmpty())
        return;
    m_loading.startWithDatabase(
        m_context.database, [](const QSqlDatabase &db, CancelToken &) { return InboxService::load(db); },
        [this](const Result<Inbox> &inbox) { finished(inbox); });
}

void InboxPage::markAllRead()
{
    if (m_marking.isRunning())
        return; // the button is off until it answers
    m_markRead->setEnabled(false);
    m_marking.startChange(
        m_context.database, [](const QSqlDatabase &db) { return InboxService::markRead(db); },
        [this](const Status &s) {
            m_markRead->setEnabled(true);
            if (!s)
                emit failed(s.error().message);
            reload();
        });
}

void InboxPage::finished(const Result<Inbox> &inbox)
{
    if (!inbox) {
        m_summary->setText(inbox.error().message);
        emit failed(inbox.error().message);
        return;
    }
    m_model->setInbox(inbox.value());
    m_table->resizeColumnsToContents();
    retranslate();
    emit titleChanged();
    emit loaded();
}

void InboxPage::listen()
{
    m_listener->start(m_context.database);
}

void InboxPage::stopListening()
{
    m_listener->stop();
}

void InboxPage::retranslate()
{
    m_markRead->setText(tr("Mark all read"));
    m_markRead->setAccessibleName(tr("Mark all read"));
    m_table->setAccessibleName(tr("Shared with me and mentions"));
    const Inbox &inbox = m_model->inbox();
    m_summary->setText(tr("Unread: %1 shared with you, %2 mentioning you, %3 alert(s).")
                           .arg(inbox.unreadShares)
                           .arg(inbox.unreadMentions)
                           .arg(inbox.unreadAlerts));
    m_model->retranslate();
}

void InboxPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    }
    Page::changeEvent(event);
}

} // namespace Atelier
