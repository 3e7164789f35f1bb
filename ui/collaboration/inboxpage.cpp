#include "inboxpage.h"

#include "livelistener.h"

#include "collaboration/inbox.h"
#include "collaboration/inboxmodel.h"
#include "core/background.h"
#include "core/plaintext.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Atelier {

InboxPage::InboxPage(QWidget *parent)
    : Page(parent), m_model(new InboxModel(this)), m_table(new QTableView(this)), m_summary(new QLabel(this)),
      m_markRead(new QPushButton(this)), m_watcher(new QFutureWatcher<Result<Inbox>>(this)), m_listener(new LiveListener(this))
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
    connect(m_watcher, &QFutureWatcher<Result<Inbox>>::finished, this, &InboxPage::finished);
    connect(m_listener, &LiveListener::changed, this, [this](const QString &table) {
        if (table == QLatin1String("comments") || table == QLatin1String("shared_resources"))
            reload();
    });
    connect(m_listener, &LiveListener::failed, this, [this] {
        emit failed(tr("New shares and comments will show when the inbox is reopened: listening for them failed."));
    });
    retranslate();
}

InboxPage::~InboxPage()
{
    stopListening();
    m_watcher->waitForFinished();
}

QString InboxPage::title() const
{
    const int unread = m_model->unread();
    return unread > 0 ? tr("Inbox (%1)").arg(unread) : tr("Inbox");
}

bool InboxPage::isLoading() const
{
    return m_watcher->isRunning();
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
    const DatabaseUrl url = m_context.database;
    m_watcher->setFuture(runWithDatabase(url, [](const QSqlDatabase &db) { return InboxService::load(db); }));
}

void InboxPage::markAllRead()
{
    changeInBackground(this, m_context.database, &InboxService::markRead, [this](const Status &s) {
        if (!s)
            emit failed(s.error().message);
        reload();
    });
}

void InboxPage::finished()
{
    const Result<Inbox> inbox = m_watcher->result();
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
    m_summary->setText(tr("Unread: %1 shared with you, %2 mentioning you.").arg(inbox.unreadShares).arg(inbox.unreadMentions));
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
