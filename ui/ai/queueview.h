#pragma once

#include "studioview.h"

#include <QHash>
#include <QPointer>

#include <map>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class QAction;

namespace Atelier {

class QueueModel;
struct Cancellation;
struct Generation;

/// The brand's generation queue, live: the jobs waiting and running and those finished in the last day (at most
/// 50), with each job's progress, attempts, next retry, cost and, for a failure, what went wrong in plain words.
/// Cancel, Retry (the same request queued again) and Open act on the selection. The rows follow the desktop's queue
/// as it reports changes and are read again every few seconds while the view is shown, since other desktops run the
/// same queue: the database is the truth.
class QueueView final : public StudioView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueView)
public:
    /// Between two readings of the queue while the view is shown.
    static constexpr int refreshMs = 2500;
    /// The finished jobs shown: at most this many, of the last day.
    static constexpr int finishedShown = 50;

    explicit QueueView(QWidget *parent = nullptr);
    ~QueueView() override;
    QString viewName() const override { return QStringLiteral("queue"); }
    /// "Queue", or "Queue (3)" while three jobs wait or run.
    QString title() const override;
    void setContext(const StudioContext &context) override;
    void setQueue(GenerationQueue *queue) override;

    QueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString statusText() const;

    /// Reads the queue again (what the timer does while the view is shown).
    void reload();
    /// Cancels the selected jobs that wait or run; their credits are given back.
    void cancelSelected();
    /// Queues the selected failed or cancelled jobs again, as they were asked.
    void retrySelected();
    /// Shows the current job in the detail view.
    void openSelected();

signals:
    /// A Cancel or a Retry is done; the status line says how it went.
    void actionFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refreshRow(const QString &id);
    QList<Generation> selectedGenerations() const;
    void updateActions();
    void updateTitle();
    void showSummary();
    void report(bool ok, const QString &message);
    void retranslate();
    /// Whether the view still shows the brand of \a context (an action's answer for another one is not shown).
    bool showsBrand(const StudioContext &context) const;

    struct Requeued; // what a retry did: the jobs queued and, for those refused, why

    StudioContext m_context;
    QueueModel *m_model;
    QTableView *m_table;
    QLabel *m_heading;
    QLabel *m_status;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_open;
    QAction *m_cancelAction;
    QAction *m_retryAction;
    QAction *m_openAction;
    QTimer *m_refresh;
    QTimer *m_animation; // moves the busy bars of jobs whose provider gives no progress
    QPointer<GenerationQueue> m_connected;
    QString m_message; // the outcome of the last action, kept on the status line until the next one
    Request<Result<QList<Generation>>> m_reading{this};                 // the whole queue
    std::map<QString, Request<Result<QList<Generation>>>> m_refreshing; // one job each
    std::list<Request<Result<Cancellation>>> m_cancelling;
    std::list<Request<Result<Requeued>>> m_retrying;
    quint64 m_sequence = 0; // counts the jobs read on their own, so that an older reading of the whole queue does not undo them
    QHash<QString, quint64> m_touched; // job → m_sequence when it was last read on its own
    int m_lastActive = -1;
};

} // namespace Atelier
