#pragma once

#include "core/brandservice.h"
#include "core/page.h"
#include "core/request.h"
#include "studioview.h"

class QTabWidget;

namespace Atelier {

class StudioWorkspace;

/// The AI Studio: the workspace (generate panel, gallery, detail), the queue, collections, models, prompt templates,
/// training, credits, cache and providers, each a tab over the toolbar's brand and dates. The workspace is built with
/// the page; every other tab's view when it is first shown (or asked for by view()), so that opening the console
/// does not build nine views at once: until then its tab holds an empty widget.
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
    /// The view named \a name, built now if it was not yet; null for an unknown name.
    StudioView *view(const QString &name);
    /// The view on screen (always built: showing a tab builds its view).
    StudioView *currentView() const;
    /// Whether the view named \a name was built (its tab shown or the view asked for).
    bool isBuilt(const QString &name) const;
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
    /// Builds the view of tab \a index if it was not yet, in the widget that holds its place.
    StudioView *build(int index);
    void connectView(int index);
    void pushContext();
    void retranslate();

    ViewContext m_context;
    StudioContext m_studio;
    QTabWidget *m_tabs;
    StudioWorkspace *m_workspace;
    QList<StudioView *> m_views;   // per tab, in viewNames() order; null until built
    QList<QWidget *> m_holders;    // per tab: what the tab widget holds (the view inside it once built)
    GenerationQueue *m_queue = nullptr;
    Request<Result<Brand>> m_resolving{this}; // the brand of the latest context
};

} // namespace Atelier
