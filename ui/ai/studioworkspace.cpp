#include "studioworkspace.h"

#include "ai/generationqueue.h"
#include "detailview.h"
#include "galleryview.h"
#include "generatepanel.h"

#include <QHBoxLayout>
#include <QSplitter>
#include <QStackedWidget>

namespace Atelier {

StudioWorkspace::StudioWorkspace(QWidget *parent)
    : StudioView(parent), m_splitter(new QSplitter(this)), m_generate(new GeneratePanel(this)), m_stack(new QStackedWidget(this)),
      m_gallery(new GalleryView(this)), m_detail(new DetailView(this))
{
    m_stack->addWidget(m_gallery);
    m_stack->addWidget(m_detail);
    m_splitter->addWidget(m_generate);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_generate, &GeneratePanel::failed, this, &StudioView::failed);
    connect(m_generate, &GeneratePanel::generationsQueued, this, [this](const QStringList &ids) {
        emit generationsQueued(ids);
        showGallery();
        m_gallery->reload(); // the new ones at the top
    });
    connect(m_gallery, &GalleryView::failed, this, &StudioView::failed);
    connect(m_gallery, &GalleryView::loaded, this, &StudioView::loaded);
    connect(m_gallery, &GalleryView::openGeneration, this, &StudioWorkspace::showGeneration);
    connect(m_detail, &DetailView::failed, this, &StudioView::failed);
    connect(m_detail, &DetailView::back, this, &StudioWorkspace::showGallery);
    connect(m_detail, &DetailView::reuse, this, [this](const Generation &g, GeneratePanel::Reuse what) {
        m_generate->reuse(g, what);
        m_generate->setFocus();
    });
    connect(m_detail, &DetailView::generationsQueued, this, [this](const QStringList &ids) {
        emit generationsQueued(ids);
        m_gallery->reload();
    });
    connect(m_detail, &DetailView::changed, this, [this] { m_gallery->refreshGeneration(m_detail->generationId()); });
}

StudioWorkspace::~StudioWorkspace() = default;

QString StudioWorkspace::title() const
{
    return tr("Studio");
}

void StudioWorkspace::setContext(const StudioContext &context)
{
    const bool brandChanged = context.brandId != m_context.brandId || context.database.toString() != m_context.database.toString();
    m_context = context;
    m_generate->setContext(context);
    m_detail->setContext(context);
    m_gallery->setContext(context);
    if (brandChanged)
        showGallery();
}

void StudioWorkspace::setQueue(GenerationQueue *queue)
{
    if (GenerationQueue *old = this->queue())
        disconnect(old, nullptr, this, nullptr);
    StudioView::setQueue(queue);
    if (!queue)
        return;
    connect(queue, &GenerationQueue::generationChanged, this, [this](const QString &id, const QString &status) {
        m_gallery->refreshGeneration(id);
        if (status != QLatin1String("processing")) // charged, or refunded: what is left changed
            m_generate->refreshCredits();
        if (id == m_detail->generationId() && m_stack->currentWidget() == m_detail)
            m_detail->refresh();
    });
    connect(queue, &GenerationQueue::generationProgress, this, [this](const QString &id, double share) { m_gallery->setProgress(id, share); });
}

void StudioWorkspace::showGeneration(const QString &id)
{
    m_detail->setContext(m_context);
    m_detail->showGeneration(id);
    m_stack->setCurrentWidget(m_detail);
    m_detail->setFocus();
    emit shownChanged();
}

void StudioWorkspace::showGallery()
{
    const bool was = isShowingDetail();
    m_stack->setCurrentWidget(m_gallery);
    if (was)
        emit shownChanged();
}

bool StudioWorkspace::isShowingDetail() const
{
    return m_stack->currentWidget() == m_detail;
}

} // namespace Atelier
