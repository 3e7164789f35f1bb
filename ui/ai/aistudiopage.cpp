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

#include <QCoreApplication>
#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

#include <iterator>

namespace Atelier {

namespace {

/// The tabs after the workspace, in viewNames() order: how each view is built on its first show, and until then its
/// object name (the tab's name in accessibility audits, known before the view is built) and its title (the view's
/// own, in its translation context).
struct LazyView
{
    const char *objectName;
    const char *context;
    const char *title;
    StudioView *(*make)(QWidget *parent);
};

const LazyView kLazyViews[] = {
    {"queueView", "Atelier::QueueView", QT_TRANSLATE_NOOP("Atelier::QueueView", "Queue"), [](QWidget *p) -> StudioView * { return new QueueView(p); }},
    {"collections", "Atelier::CollectionsView", QT_TRANSLATE_NOOP("Atelier::CollectionsView", "Collections"), [](QWidget *p) -> StudioView * { return new CollectionsView(p); }},
    {"modelsView", "Atelier::ModelsView", QT_TRANSLATE_NOOP("Atelier::ModelsView", "Models"), [](QWidget *p) -> StudioView * { return new ModelsView(p); }},
    {"templatesView", "Atelier::TemplatesView", QT_TRANSLATE_NOOP("Atelier::TemplatesView", "Prompt templates"), [](QWidget *p) -> StudioView * { return new TemplatesView(p); }},
    {"trainingView", "Atelier::TrainingView", QT_TRANSLATE_NOOP("Atelier::TrainingView", "Training"), [](QWidget *p) -> StudioView * { return new TrainingView(p); }},
    {"creditsView", "Atelier::CreditsView", QT_TRANSLATE_NOOP("Atelier::CreditsView", "Credits and usage"), [](QWidget *p) -> StudioView * { return new CreditsView(p); }},
    {"cacheView", "Atelier::CacheView", QT_TRANSLATE_NOOP("Atelier::CacheView", "Cache"), [](QWidget *p) -> StudioView * { return new CacheView(p); }},
    {"providersView", "Atelier::ProvidersView", QT_TRANSLATE_NOOP("Atelier::ProvidersView", "Providers"), [](QWidget *p) -> StudioView * { return new ProvidersView(p); }},
};

} // namespace

AiStudioPage::AiStudioPage(QWidget *parent) : Page(parent), m_tabs(new QTabWidget(this)), m_workspace(new StudioWorkspace(this))
{
    setObjectName(QStringLiteral("aiStudioPage"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    static_assert(std::size(kLazyViews) == 8, "one entry per tab after the workspace");
    Q_ASSERT(viewNames().size() == 1 + qsizetype(std::size(kLazyViews)));
    m_views.append(m_workspace);
    m_holders.append(m_workspace);
    m_tabs->addTab(m_workspace, QString());
    connectView(0);
    connect(m_workspace, &StudioWorkspace::shownChanged, this, &Page::commentTargetChanged);
    for (std::size_t i = 0; i < std::size(kLazyViews); ++i) {
        auto *holder = new QWidget(this);
        holder->setObjectName(QLatin1String(kLazyViews[i].objectName));
        auto *holderLayout = new QVBoxLayout(holder);
        holderLayout->setContentsMargins(0, 0, 0, 0);
        m_views.append(nullptr);
        m_holders.append(holder);
        m_tabs->addTab(holder, QString());
    }
    // A tab's view is built when it is first shown; a hidden tab catches up with the context when it is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        build(index);
        pushContext();
        emit commentTargetChanged();
    });
    retranslate();
}

AiStudioPage::~AiStudioPage() = default;

StudioView *AiStudioPage::build(int index)
{
    if (index < 0 || index >= m_views.size())
        return nullptr;
    if (StudioView *built = m_views.at(index))
        return built;
    QWidget *holder = m_holders.at(index);
    StudioView *view = kLazyViews[index - 1].make(holder);
    holder->layout()->addWidget(view);
    Q_ASSERT(holder->objectName() == view->objectName());
    m_views[index] = view;
    connectView(index);
    if (auto *collections = qobject_cast<CollectionsView *>(view))
        connect(collections, &CollectionsView::currentChanged, this, &Page::commentTargetChanged);
    view->setQueue(m_queue);
    m_tabs->setTabText(index, view->title());
    if (holder->isVisible())
        view->show(); // now, not at the layout's next turn
    return view;
}

void AiStudioPage::connectView(int index)
{
    StudioView *view = m_views.at(index);
    connect(view, &StudioView::failed, this, &Page::failed);
    connect(view, &StudioView::titleChanged, this, [this, view, index] { m_tabs->setTabText(index, view->title()); });
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

StudioView *AiStudioPage::view(const QString &name)
{
    return build(int(viewNames().indexOf(name)));
}

bool AiStudioPage::isBuilt(const QString &name) const
{
    return m_views.value(viewNames().indexOf(name)) != nullptr;
}

StudioView *AiStudioPage::currentView() const
{
    return m_views.value(m_tabs->currentIndex());
}

bool AiStudioPage::showView(const QString &name)
{
    const int index = int(viewNames().indexOf(name));
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(index); // builds its view
    return true;
}

QString AiStudioPage::commentKey() const
{
    return pageName() + QLatin1Char('/') + viewNames().value(m_tabs->currentIndex());
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
    for (StudioView *v : std::as_const(m_views))
        if (v)
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
    for (int i = 0; i < m_views.size(); ++i) {
        const StudioView *v = m_views.at(i);
        m_tabs->setTabText(i, v ? v->title() : QCoreApplication::translate(kLazyViews[i - 1].context, kLazyViews[i - 1].title));
    }
    m_tabs->setAccessibleName(tr("AI Studio views"));
}

void AiStudioPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace Atelier
