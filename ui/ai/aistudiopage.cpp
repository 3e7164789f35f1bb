#include "aistudiopage.h"

#include "cacheview.h"
#include "detailview.h"
#include "collectionsview.h"
#include "ai/generationqueue.h"
#include "core/brandservice.h"
#include "core/request.h"
#include "creditsview.h"
#include "modelsview.h"
#include "providersview.h"
#include "queueview.h"
#include "studioworkspace.h"
#include "templatesview.h"
#include "trainingview.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Atelier {

AiStudioPage::AiStudioPage(QWidget *parent) : Page(parent), m_tabs(new QTabWidget(this)), m_workspace(new StudioWorkspace(this))
{
    setObjectName(QStringLiteral("aiStudioPage"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    addView(m_workspace);
    connect(m_workspace, &StudioWorkspace::shownChanged, this, &Page::commentTargetChanged);
    addView(new QueueView(this));
    auto *collections = new CollectionsView(this);
    connect(collections, &CollectionsView::currentChanged, this, &Page::commentTargetChanged);
    addView(collections);
    addView(new ModelsView(this));
    addView(new TemplatesView(this));
    addView(new TrainingView(this));
    addView(new CreditsView(this));
    addView(new CacheView(this));
    addView(new ProvidersView(this));
    // A hidden tab catches up with the context when it is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        pushContext();
        emit commentTargetChanged();
    });
    retranslate();
}

AiStudioPage::~AiStudioPage() = default;

void AiStudioPage::addView(StudioView *view)
{
    m_views.append(view);
    m_tabs->addTab(view, view->title());
    connect(view, &StudioView::failed, this, &Page::failed);
    connect(view, &StudioView::titleChanged, this, [this, view] { m_tabs->setTabText(m_tabs->indexOf(view), view->title()); });
    connect(view, &StudioView::openGeneration, this, [this](const QString &id) {
        showView(QStringLiteral("studio"));
        m_workspace->showGeneration(id);
    });
    connect(view, &StudioView::generationsQueued, this, [this](const QStringList &) {
        if (m_queue)
            m_queue->wake();
    });
}

QString AiStudioPage::title() const
{
    return tr("AI Studio");
}

QStringList AiStudioPage::viewNames()
{
    return {QStringLiteral("studio"), QStringLiteral("queue"), QStringLiteral("collections"), QStringLiteral("models"),
            QStringLiteral("templates"), QStringLiteral("training"), QStringLiteral("credits"), QStringLiteral("cache"),
            QStringLiteral("providers")};
}

StudioView *AiStudioPage::view(const QString &name) const
{
    for (StudioView *v : m_views)
        if (v->viewName() == name)
            return v;
    return nullptr;
}

StudioView *AiStudioPage::currentView() const
{
    return static_cast<StudioView *>(m_tabs->currentWidget());
}

bool AiStudioPage::showView(const QString &name)
{
    StudioView *v = view(name);
    if (!v)
        return false;
    m_tabs->setCurrentWidget(v);
    return true;
}

QString AiStudioPage::commentKey() const
{
    return pageName() + QLatin1Char('/') + currentView()->viewName();
}

QStringList AiStudioPage::commentResource() const
{
    if (currentView() == m_workspace && m_workspace->isShowingDetail())
        return {QStringLiteral("ai_generation"), m_workspace->detail()->generationId()};
    if (auto *collections = qobject_cast<CollectionsView *>(currentView()); collections && !collections->currentCollection().isEmpty())
        return {QStringLiteral("ai_collection"), collections->currentCollection()};
    return {};
}

void AiStudioPage::setQueue(GenerationQueue *queue)
{
    m_queue = queue;
    for (StudioView *v : m_views)
        v->setQueue(queue);
}

void AiStudioPage::setContext(const ViewContext &context)
{
    m_context = context;
    const bool resolved = !m_studio.brandId.isEmpty() && m_studio.brandSlug == context.brandSlug
                          && m_studio.database.toString() == context.database.toString();
    if (resolved) {
        m_studio.from = context.from;
        m_studio.to = context.to;
        pushContext();
        return;
    }
    // The services speak brand ids; the toolbar names the brand by its slug.
    m_studio.brandId.clear(); // nothing is pushed for the old brand meanwhile
    const QString slug = context.brandSlug;
    m_resolving.startWithDatabase(
        context.database, [slug](const QSqlDatabase &db, CancelToken &) { return BrandService::bySlug(db, slug); },
        [this, context](Result<Brand> brand) {
            if (!brand) {
                emit failed(brand.error().message);
                return;
            }
            // The dates may have moved while the brand was looked up: the latest ones.
            m_studio = {context.database, context.brandSlug, brand->id, m_context.from, m_context.to};
            pushContext();
            emit contextReady();
        });
}

void AiStudioPage::pushContext()
{
    if (m_studio.brandId.isEmpty())
        return;
    // The workspace always follows (the generate panel's quota, the gallery the queue refreshes); the others when shown.
    m_workspace->setContext(m_studio);
    if (StudioView *v = currentView(); v && v != m_workspace)
        v->setContext(m_studio);
}

void AiStudioPage::retranslate()
{
    for (StudioView *v : m_views)
        m_tabs->setTabText(m_tabs->indexOf(v), v->title());
    m_tabs->setAccessibleName(tr("AI Studio views"));
}

void AiStudioPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace Atelier
