#pragma once

#include "core/brandservice.h"
#include "core/page.h"
#include "core/request.h"
#include "studioview.h"

class QTabWidget;

namespace Atelier {

class StudioWorkspace;

/// The AI Studio: the workspace (generate panel, gallery, detail), the queue, collections, models, prompt templates,
/// training, credits, cache and providers, each a tab over the toolbar's brand and dates.
class AiStudioPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AiStudioPage)
public:
    explicit AiStudioPage(QWidget *parent = nullptr);
    ~AiStudioPage() override;

    QString pageName() const override { return QStringLiteral("ai-studio"); }
    QString title() const override;
    void setContext(const ViewContext &context) override;
    QString commentKey() const override;
    /// The generation the detail view shows, when it shows one: its comments and annotations.
    QStringList commentResource() const override;
    /// The desktop's generation queue (MainWindow runs it); null while there is none.
    void setQueue(GenerationQueue *queue);

    static QStringList viewNames();
    bool showView(const QString &name);
    StudioView *view(const QString &name) const;
    StudioView *currentView() const;
    StudioWorkspace *workspace() const { return m_workspace; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The context the views were last given (the brand resolved to its id).
    StudioContext studioContext() const { return m_studio; }

signals:
    /// The brand of the context was resolved and handed to the views.
    void contextReady();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addView(StudioView *view);
    void pushContext();
    void retranslate();

    ViewContext m_context;
    StudioContext m_studio;
    QTabWidget *m_tabs;
    StudioWorkspace *m_workspace;
    QList<StudioView *> m_views;
    GenerationQueue *m_queue = nullptr;
    Request<Result<Brand>> m_resolving{this}; // the brand of the latest context
};

} // namespace Atelier
