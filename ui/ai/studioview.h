#pragma once

#include "core/databaseurl.h"
#include "core/request.h"

#include <QDate>
#include <QWidget>

#include <list>

namespace Atelier {

class GenerationQueue;

/// What every view of the AI Studio works on: the database, the brand (its slug and id) and the toolbar's
/// date range [from, to) in UTC days.
struct StudioContext final
{
    DatabaseUrl database;
    QString brandSlug;
    QString brandId;
    QDate from;
    QDate to;

    bool isComplete() const { return !brandId.isEmpty() && from.isValid() && to.isValid() && from < to; }
    bool sameAs(const StudioContext &o) const
    {
        return database.toString() == o.database.toString() && brandId == o.brandId && from == o.from && to == o.to;
    }
};

/// A view of the AI Studio page (a tab). Views load their data off the GUI thread when the context changes.
class StudioView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioView)
public:
    explicit StudioView(QWidget *parent = nullptr);
    ~StudioView() override;

    /// Stable name (`AiStudioPage::showView`): studio, queue, collections, models, templates, training, credits, cache, providers.
    virtual QString viewName() const = 0;
    /// Translated title of the tab.
    virtual QString title() const = 0;
    virtual void setContext(const StudioContext &context) = 0;
    /// The desktop's running generation queue (may be null, and may change when the database does).
    virtual void setQueue(GenerationQueue *queue) { m_queue = queue; }
    GenerationQueue *queue() const { return m_queue; }

signals:
    /// The view's data arrived (after a setContext or a reload).
    void loaded();
    /// A load or an action failed; the page shows the message.
    void failed(const QString &message);
    /// Show this generation in the detail view.
    void openGeneration(const QString &id);
    /// Generations were queued here: the page wakes the queue and refreshes what shows them.
    void generationsQueued(const QStringList &ids);
    /// title() changed (a count, say).
    void titleChanged();

private:
    GenerationQueue *m_queue = nullptr;
};

/// A fresh Request among \a requests, for work that must answer however many run at once (changes asked for one
/// after another: one Request would drop the older one's answer). Those that answered are dropped here, never
/// inside their own answer.
template<typename T>
Request<T> &addRequest(std::list<Request<T>> &requests, QObject *owner)
{
    requests.remove_if([](const Request<T> &r) { return !r.isRunning(); });
    return requests.emplace_back(owner);
}

} // namespace Atelier
