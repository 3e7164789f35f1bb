#include "queueview.h"

#include "ai/generationqueue.h"
#include "ai/generationservice.h"
#include "ai/studioactions.h"
#include "ai/queuemodel.h"
#include "core/plaintext.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Atelier {

namespace {

/// The progress column: a bar filled to the provider's share, or a block sliding along while the job runs
/// and the provider says nothing of its progress.
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QVariant share = index.data(QueueModel::ProgressRole);
        const bool busy = index.data(QueueModel::BusyRole).toBool();
        if (!share.isValid() && !busy) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        cell.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget); // the row's background and selection

        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.state = (option.state & QStyle::State_Enabled) | QStyle::State_Horizontal;
        bar.direction = option.direction;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        bar.minimum = 0;
        bar.maximum = 1000;
        if (busy) {
            bar.progress = 0;
            bar.textVisible = false;
            style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
            // A block going to and fro, its place taken from the clock so that every busy row moves together.
            const QRect inner = bar.rect.adjusted(2, 2, -2, -2);
            const int block = std::max(8, inner.width() / 4);
            const int travel = std::max(1, inner.width() - block);
            const qint64 period = 1600;
            const double phase = double(QDateTime::currentMSecsSinceEpoch() % period) / double(period);
            const double there = phase < 0.5 ? phase * 2 : 2 - phase * 2;
            const QRect chunk(inner.left() + int(std::lround(there * travel)), inner.top(), block, inner.height());
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(Qt::NoPen);
            painter->setBrush(option.palette.highlight());
            painter->drawRoundedRect(chunk, 2, 2);
            painter->restore();
            return;
        }
        bar.progress = int(std::lround(std::clamp(share.value<double>(), 0.0, 1.0) * 1000));
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = !bar.text.isEmpty();
        bar.textAlignment = Qt::AlignCenter;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

/// The request that made \a g, to be made again: the engine's own entries (seed, size, the result's details) taken
/// out of the parameters and put back where the request keeps them.
bool isActive(const Generation &g)
{
    return g.status == QLatin1String("pending") || g.status == QLatin1String("processing");
}

bool canRetry(const Generation &g)
{
    return g.status == QLatin1String("failed") || g.status == QLatin1String("canceled");
}

} // namespace

struct QueueView::Requeued
{
    QStringList ids;
    QStringList problems;
};

QueueView::QueueView(QWidget *parent)
    : StudioView(parent), m_model(new QueueModel(this)), m_table(new QTableView(this)), m_heading(new QLabel(this)),
      m_status(new QLabel(this)), m_cancel(new QPushButton(this)), m_retry(new QPushButton(this)), m_open(new QPushButton(this)),
      m_cancelAction(new QAction(this)), m_retryAction(new QAction(this)), m_openAction(new QAction(this)), m_refresh(new QTimer(this)),
      m_animation(new QTimer(this))
{
    setObjectName(QStringLiteral("queueView"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // providers' and the database's errors
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_table->setModel(m_model);
    showToolTipsAsPlainText(m_table); // prompts and errors
    m_table->setItemDelegateForColumn(QueueModel::ProgressColumn, new ProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    // The short columns fit what they show; the prompt is elided at a width people may change; the problem takes the rest.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->setSectionResizeMode(QueueModel::PromptColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(QueueModel::PromptColumn, 20 * em);
    header->setSectionResizeMode(QueueModel::ProgressColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(QueueModel::ProgressColumn, 8 * em);
    header->setSectionResizeMode(QueueModel::ErrorColumn, QHeaderView::Interactive);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_openAction, m_cancelAction, m_retryAction});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_retry);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    setTabOrder(m_open, m_cancel);
    setTabOrder(m_cancel, m_retry);
    setTabOrder(m_retry, m_table);

    connect(m_cancel, &QPushButton::clicked, this, &QueueView::cancelSelected);
    connect(m_retry, &QPushButton::clicked, this, &QueueView::retrySelected);
    connect(m_open, &QPushButton::clicked, this, &QueueView::openSelected);
    connect(m_cancelAction, &QAction::triggered, this, &QueueView::cancelSelected);
    connect(m_retryAction, &QAction::triggered, this, &QueueView::retrySelected);
    connect(m_openAction, &QAction::triggered, this, &QueueView::openSelected);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit openGeneration(m_model->generation(index.row()).id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &QueueView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &QueueView::updateActions);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] {
            updateActions();
            updateTitle();
        });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, [this] { updateActions(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateTitle();
    });

    m_refresh->setInterval(refreshMs);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        m_model->tick();
        reload();
    });
    m_animation->setInterval(80);
    connect(m_animation, &QTimer::timeout, this, [this] {
        bool busy = false;
        for (int row = 0; row < m_model->rowCount() && !busy; ++row)
            busy = m_model->index(row, QueueModel::ProgressColumn).data(QueueModel::BusyRole).toBool();
        if (busy)
            m_table->viewport()->update(QRect(m_table->columnViewportPosition(QueueModel::ProgressColumn), 0,
                                              m_table->columnWidth(QueueModel::ProgressColumn), m_table->viewport()->height()));
    });
    updateActions();
    retranslate();
}

QueueView::~QueueView() = default;

QString QueueView::title() const
{
    const int active = m_model->activeCount();
    return active > 0 ? tr("Queue (%1)").arg(active) : tr("Queue");
}

QString QueueView::statusText() const
{
    return m_status->text();
}

void QueueView::setContext(const StudioContext &context)
{
    if (context.brandId.isEmpty())
        return;
    const bool sameBrand = context.database.toString() == m_context.database.toString() && context.brandId == m_context.brandId;
    m_context = context;
    if (!sameBrand) {
        // The readings on their way are for the brand before (changes asked for go on: see showsBrand).
        m_reading.cancel();
        m_refreshing.clear();
        m_touched.clear();
        m_message.clear();
        m_model->setRows({});
    }
    reload();
}

void QueueView::setQueue(GenerationQueue *queue)
{
    if (m_connected)
        disconnect(m_connected, nullptr, this, nullptr);
    StudioView::setQueue(queue);
    m_connected = queue;
    if (!queue)
        return;
    // The queue's signals come from its worker threads: queued to this thread by the connection.
    connect(queue, &GenerationQueue::generationChanged, this, [this](const QString &id, const QString &) { refreshRow(id); });
    connect(queue, &GenerationQueue::generationProgress, this, [this](const QString &id, double share) { m_model->setProgress(id, share); });
}

void QueueView::reload()
{
    if (m_context.brandId.isEmpty() || m_reading.isRunning())
        return;
    const quint64 started = m_sequence;
    const QString brandId = m_context.brandId;
    m_reading.startWithDatabase(
        m_context.database,
        [brandId](const QSqlDatabase &db, CancelToken &) {
            // Waiting and running, then those finished in the last 24 hours: as the database is at one moment.
            return StudioActions::queueSnapshot(db, brandId, finishedShown, QDateTime::currentDateTimeUtc().addSecs(-24 * 3600));
        },
        [this, started](Result<QList<Generation>> answer) {
            if (!answer) {
                m_status->setText(answer.error().message);
                emit failed(answer.error().message);
                return;
            }
            // A job read on its own after this reading began is newer than what the reading says of it.
            QList<Generation> rows = answer.value();
            for (auto it = m_touched.begin(); it != m_touched.end();) {
                if (it.value() <= started) {
                    it = m_touched.erase(it);
                    continue;
                }
                const QString id = it.key();
                rows.removeIf([&id](const Generation &g) { return g.id == id; });
                if (const int row = m_model->rowOf(id); row >= 0)
                    rows.append(m_model->generation(row));
                ++it;
            }
            m_model->setRows(rows);
            // The short columns fit what they now show (the prompt and the problem keep the widths people give them).
            for (int c = 0; c < m_model->columnCount(); ++c)
                if (c != QueueModel::PromptColumn && c != QueueModel::ProgressColumn && c != QueueModel::ErrorColumn)
                    m_table->resizeColumnToContents(c);
            showSummary();
            emit loaded();
        });
}

void QueueView::refreshRow(const QString &id)
{
    if (m_context.brandId.isEmpty())
        return;
    const QString brandId = m_context.brandId;
    // One reading per job (a newer one of the same job supersedes the older); those that answered go.
    std::erase_if(m_refreshing, [](const auto &r) { return !r.second.isRunning(); });
    // byIds rather than get: a job that is gone is an empty answer, not an error.
    m_refreshing.try_emplace(id, this).first->second.startWithDatabase(
        m_context.database, [id](const QSqlDatabase &db, CancelToken &) { return GenerationService::byIds(db, {id}); },
        [this, id, brandId](Result<QList<Generation>> rows) {
            if (!rows) {
                m_status->setText(rows.error().message);
                emit failed(rows.error().message);
                return;
            }
            m_touched.insert(id, ++m_sequence);
            if (rows->isEmpty())
                m_model->remove(id); // deleted, or not ours to see
            else if (rows->first().brandId == brandId)
                m_model->update(rows->first());
            showSummary();
        });
}

QList<Generation> QueueView::selectedGenerations() const
{
    QList<Generation> chosen;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        chosen.append(m_model->generation(i.row()));
    if (chosen.isEmpty() && m_table->currentIndex().isValid())
        chosen.append(m_model->generation(m_table->currentIndex().row()));
    return chosen;
}

void QueueView::cancelSelected()
{
    QStringList ids;
    for (const Generation &g : selectedGenerations())
        if (isActive(g))
            ids.append(g.id);
    if (ids.isEmpty())
        return;
    const StudioContext asked = m_context;
    addRequest(m_cancelling, this)
        .startChange(
            m_context.database, [ids](const QSqlDatabase &db) { return StudioActions::cancelMany(db, ids); },
            [this, asked, ids](Result<Cancellation> done) {
                // A call this desktop has in flight for the job stops now (the database says it is cancelled).
                if (GenerationQueue *q = queue())
                    for (const QString &id : ids)
                        q->interrupt(id);
                if (!showsBrand(asked))
                    return;
                for (const QString &id : ids)
                    refreshRow(id);
                if (!done) {
                    report(false, tr("Nothing was cancelled: %1").arg(done.error().message));
                    return;
                }
                QStringList said;
                if (done->changed() > 0)
                    said << tr("Cancelled %n job(s); the credits they held are given back.", nullptr, done->changed());
                if (!done->interrupted.isEmpty())
                    said << tr("%n of them had started on a desktop, which stops the call; nothing is charged.", nullptr,
                               int(done->interrupted.size()));
                if (!done->alreadyFinished.isEmpty())
                    said << (done->changed() > 0 ? tr("%n had already finished; left as before.", nullptr, int(done->alreadyFinished.size()))
                                                 : tr("Those jobs had already finished."));
                if (!done->missing.isEmpty())
                    said << tr("%n could not be found (deleted, or not yours to see).", nullptr, int(done->missing.size()));
                report(true, said.join(QLatin1Char(' ')));
            });
}

void QueueView::retrySelected()
{
    QList<GenerationRequest> requests;
    for (const Generation &g : selectedGenerations())
        if (canRetry(g))
            requests.append(GenerationService::requestOf(g));
    if (requests.isEmpty())
        return;
    const StudioContext asked = m_context;
    m_retry->setEnabled(false);
    m_retryAction->setEnabled(false);
    addRequest(m_retrying, this)
        .startChange(
            m_context.database,
            [requests](const QSqlDatabase &db) -> Result<Requeued> {
                Requeued done;
                for (const GenerationRequest &r : requests) {
                    auto g = GenerationService::enqueue(db, r);
                    if (g)
                        done.ids.append(g->id);
                    else
                        done.problems.append(g.error().message); // over quota, a retired model: said, and the others still go
                }
                return done;
            },
            [this, asked](Result<Requeued> outcome) {
                updateActions();
                const bool shown = showsBrand(asked);
                if (!outcome) {
                    if (shown)
                        report(false, outcome.error().message);
                    return;
                }
                if (shown)
                    for (const QString &id : outcome->ids)
                        refreshRow(id);
                // The queue runs what was queued, whichever brand is shown now.
                if (!outcome->ids.isEmpty())
                    emit generationsQueued(outcome->ids);
                if (!shown)
                    return;
                if (!outcome->problems.isEmpty())
                    report(false, outcome->ids.isEmpty() ? outcome->problems.join(QLatin1Char('\n'))
                                                         : tr("Queued %n job(s) again; the others were refused:", nullptr, int(outcome->ids.size()))
                                                               + QLatin1Char('\n') + outcome->problems.join(QLatin1Char('\n')));
                else
                    report(true, tr("Queued %n job(s) again.", nullptr, int(outcome->ids.size())));
            });
}

bool QueueView::showsBrand(const StudioContext &context) const
{
    return context.database.toString() == m_context.database.toString() && context.brandId == m_context.brandId;
}

void QueueView::openSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid()) {
        emit openGeneration(m_model->generation(current.row()).id);
        return;
    }
    const QList<Generation> chosen = selectedGenerations();
    if (!chosen.isEmpty())
        emit openGeneration(chosen.first().id);
}

void QueueView::updateActions()
{
    bool cancel = false, retry = false;
    const QList<Generation> chosen = selectedGenerations();
    for (const Generation &g : chosen) {
        cancel = cancel || isActive(g);
        retry = retry || canRetry(g);
    }
    m_cancel->setEnabled(cancel);
    m_cancelAction->setEnabled(cancel);
    m_retry->setEnabled(retry);
    m_retryAction->setEnabled(retry);
    m_open->setEnabled(!chosen.isEmpty());
    m_openAction->setEnabled(!chosen.isEmpty());
}

void QueueView::updateTitle()
{
    const int active = m_model->activeCount();
    if (active == m_lastActive)
        return;
    m_lastActive = active;
    emit titleChanged();
}

void QueueView::showSummary()
{
    const int active = m_model->activeCount();
    int running = 0;
    for (const Generation &g : m_model->generations())
        running += g.status == QLatin1String("processing") ? 1 : 0;
    const int finished = m_model->rowCount() - active;
    QString text;
    if (active == 0)
        text = tr("Nothing is waiting or running.");
    else
        text = tr("%1 running, %2 waiting.").arg(running).arg(active - running);
    text += QLatin1Char(' ') + tr("%n job(s) finished in the last 24 hours are shown.", nullptr, finished);
    if (!queue())
        text += QLatin1Char(' ') + tr("This desktop is not running the queue; other desktops may.");
    if (!m_message.isEmpty())
        text = m_message + QLatin1Char('\n') + text;
    m_status->setText(text);
}

void QueueView::report(bool ok, const QString &message)
{
    m_message = message;
    showSummary();
    emit actionFinished(ok);
}

void QueueView::retranslate()
{
    m_heading->setText(tr("Generation queue"));
    m_open->setText(tr("O&pen"));
    m_open->setToolTip(tr("Show the selected generation in the studio (or double-click it)."));
    m_cancel->setText(tr("&Cancel job"));
    m_cancel->setToolTip(tr("Stop the selected jobs that wait or run; the credits they held are given back."));
    m_retry->setText(tr("&Retry"));
    m_retry->setToolTip(tr("Queue the selected failed or cancelled jobs again, with the same prompt, model and seed."));
    m_openAction->setText(tr("O&pen"));
    m_cancelAction->setText(tr("&Cancel job"));
    m_retryAction->setText(tr("&Retry"));
    m_table->setAccessibleName(tr("Generation queue"));
    m_table->setAccessibleDescription(tr("Jobs waiting and running, then those finished in the last 24 hours."));
    m_model->retranslate();
    if (!m_context.brandId.isEmpty())
        showSummary();
    emit titleChanged();
}

void QueueView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    StudioView::changeEvent(event);
}

void QueueView::showEvent(QShowEvent *event)
{
    StudioView::showEvent(event);
    m_refresh->start();
    m_animation->start();
    reload();
}

void QueueView::hideEvent(QHideEvent *event)
{
    m_refresh->stop();
    m_animation->stop();
    StudioView::hideEvent(event);
}

} // namespace Atelier
