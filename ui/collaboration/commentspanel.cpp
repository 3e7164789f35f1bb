#include "commentspanel.h"

#include "collaboration/comments.h"
#include "core/database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Atelier {

namespace {
constexpr int kIdRole = Qt::UserRole;
}

CommentsPanel::CommentsPanel(QWidget *parent)
    : QDockWidget(parent), m_heading(new QLabel), m_tree(new QTreeWidget), m_text(new QPlainTextEdit), m_post(new QPushButton),
      m_reply(new QPushButton), m_resolve(new QPushButton), m_problem(new QLabel)
{
    setObjectName(QStringLiteral("commentsPanel"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_heading->setWordWrap(true);
    m_tree->setColumnCount(2);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setObjectName(QStringLiteral("commentTree"));
    m_text->setObjectName(QStringLiteral("commentText"));
    m_text->setMaximumHeight(90);
    m_post->setObjectName(QStringLiteral("postComment"));
    m_reply->setObjectName(QStringLiteral("replyComment"));
    m_resolve->setObjectName(QStringLiteral("resolveComment"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText); // errors
    m_heading->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("commentProblem"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_post);
    buttons->addWidget(m_reply);
    buttons->addWidget(m_resolve);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    setWidget(body);
    connect(m_post, &QPushButton::clicked, this, [this] { post(false); });
    connect(m_reply, &QPushButton::clicked, this, [this] { post(true); });
    connect(m_resolve, &QPushButton::clicked, this, &CommentsPanel::resolveSelected);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &CommentsPanel::enableButtons);
    enableButtons();
    retranslate();
}

// A load still running is cancelled, a write left to finish; neither answers any more.
CommentsPanel::~CommentsPanel() = default;

void CommentsPanel::setResource(const DatabaseUrl &database, const ResourceRef &resource, const QString &brandSlug)
{
    if (database.toString() == m_database.toString() && resource.type == m_resource.type && resource.id == m_resource.id
        && brandSlug == m_brandSlug)
        return;
    m_database = database;
    m_resource = resource;
    m_brandSlug = brandSlug;
    retranslate();
    reload();
}

void CommentsPanel::reload()
{
    if (m_resource.type.isEmpty()) {
        m_loading.cancel(); // the comments of what was on screen before no longer matter
        m_tree->clear();    // nor are they shown under "Nothing to comment on here"
        enableButtons();
        return;
    }
    const ResourceRef resource = m_resource;
    m_loading.startWithDatabase(
        m_database, [resource](const QSqlDatabase &db, CancelToken &) { return CommentService::list(db, resource); },
        [this](const Result<QList<Comment>> &comments) {
            if (!comments) {
                m_problem->setText(comments.error().message);
                return;
            }
            display(comments.value());
            emit loaded();
        });
}

void CommentsPanel::run(const std::function<Status(const QSqlDatabase &)> &change)
{
    if (m_writing.isRunning())
        return; // one write at a time: the buttons are off until it answers
    m_writing.startChange(
        m_database, change,
        [this](const Status &s) {
            enableButtons();
            m_problem->setText(s ? QString() : s.error().message);
            if (s)
                m_text->clear();
            reload();
        });
    enableButtons();
}

void CommentsPanel::enableButtons()
{
    const bool idle = !m_writing.isRunning();
    const bool selected = !m_tree->selectedItems().isEmpty();
    m_post->setEnabled(idle);
    m_reply->setEnabled(idle && selected);
    m_resolve->setEnabled(idle && selected);
}

void CommentsPanel::post(bool reply)
{
    const QString text = m_text->toPlainText();
    QString parent;
    if (reply && !m_tree->selectedItems().isEmpty())
        parent = m_tree->selectedItems().constFirst()->data(0, kIdRole).toString();
    const ResourceRef resource = m_resource;
    const QString brand = m_brandSlug;
    run([=](const QSqlDatabase &db) -> Status {
        auto added = CommentService::add(db, resource, text, parent, brand);
        return added ? Status(Done{}) : Status(added.error());
    });
}

void CommentsPanel::resolveSelected()
{
    if (m_tree->selectedItems().isEmpty())
        return;
    const QString id = m_tree->selectedItems().constFirst()->data(0, kIdRole).toString();
    run([id](const QSqlDatabase &db) { return CommentService::resolve(db, id); });
}

int CommentsPanel::commentCount() const
{
    int count = 0;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        ++count;
    return count;
}

bool CommentsPanel::isBusy() const
{
    return m_writing.isRunning() || m_loading.isRunning();
}

void CommentsPanel::display(const QList<Comment> &comments)
{
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> items;
    for (const Comment &c : comments) {
        QTreeWidgetItem *parent = items.value(c.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        QString who = c.author;
        if (c.resolved)
            who += QLatin1Char(' ') + tr("(resolved)");
        if (c.edited)
            who += QLatin1Char(' ') + tr("(edited)");
        item->setText(0, who);
        item->setText(1, c.content);
        item->setToolTip(1, QLocale().toString(c.createdAt.toLocalTime(), QLocale::LongFormat));
        item->setData(0, kIdRole, c.id);
        items.insert(c.id, item);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
}

void CommentsPanel::retranslate()
{
    setWindowTitle(tr("Comments"));
    m_tree->setHeaderLabels({tr("Author"), tr("Comment")});
    m_tree->setAccessibleName(tr("Comments"));
    m_text->setAccessibleName(tr("New comment"));
    m_text->setToolTip(tr("Write a comment; @name mentions someone."));
    m_text->setAccessibleDescription(m_text->toolTip());
    m_post->setText(tr("Post"));
    m_reply->setText(tr("Reply"));
    m_resolve->setText(tr("Resolve"));
    m_heading->setText(m_resource.type.isEmpty() ? tr("Nothing to comment on here.")
                                                 : tr("Comments on %1 of %2").arg(m_resource.id, m_brandSlug));
}

void CommentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

} // namespace Atelier
