#pragma once

#include "collaboration/comments.h"
#include "collaboration/resources.h"
#include "core/databaseurl.h"
#include "core/request.h"
#include "core/result.h"

#include <QDockWidget>

#include <functional>

class QSqlDatabase;

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Atelier {

/// The comments of what is on screen, docked beside it: threads with replies, @mentions, resolve.
/// Everything is read and written off the GUI thread (a write at a time: its buttons wait for it); the database decides who may write (row-level
/// security on PostgreSQL), and its refusal is shown as it is.
class CommentsPanel final : public QDockWidget
{
    Q_OBJECT
public:
    explicit CommentsPanel(QWidget *parent = nullptr);
    ~CommentsPanel() override;
    /// The resource shown; for analytics_chart, \a brandSlug names its brand.
    void setResource(const DatabaseUrl &database, const ResourceRef &resource, const QString &brandSlug);
    void reload();
    /// Posts the text typed, as a reply to the selected comment when \a reply is true.
    void post(bool reply);
    void resolveSelected();
    int commentCount() const;
    bool isBusy() const;

signals:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void display(const QList<Comment> &comments);
    void run(const std::function<Status(const QSqlDatabase &)> &change);
    void enableButtons();
    void retranslate();

    DatabaseUrl m_database;
    ResourceRef m_resource;
    QString m_brandSlug;
    QLabel *m_heading;
    QTreeWidget *m_tree;
    QPlainTextEdit *m_text;
    QPushButton *m_post;
    QPushButton *m_reply;
    QPushButton *m_resolve;
    QLabel *m_problem;
    Request<Result<QList<Comment>>> m_loading{this};
    Request<Status> m_writing{this};
};

} // namespace Atelier
