#pragma once

#include "studioview.h"

class QSplitter;
class QStackedWidget;

namespace Atelier {

class DetailView;
class GalleryView;
class GeneratePanel;

/// The AI Studio's main view: the generate panel beside the gallery, and a generation's detail in place of the
/// gallery when one is opened.
class StudioWorkspace final : public StudioView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StudioWorkspace)
public:
    explicit StudioWorkspace(QWidget *parent = nullptr);
    ~StudioWorkspace() override;
    QString viewName() const override { return QStringLiteral("studio"); }
    QString title() const override;
    void setContext(const StudioContext &context) override;
    void setQueue(GenerationQueue *queue) override;

    void showGeneration(const QString &id);
    void showGallery();
    GeneratePanel *generatePanel() const { return m_generate; }
    GalleryView *gallery() const { return m_gallery; }
    DetailView *detail() const { return m_detail; }
    bool isShowingDetail() const;

signals:
    /// The detail view opened (another generation) or closed.
    void shownChanged();

private:
    StudioContext m_context;
    QSplitter *m_splitter;
    GeneratePanel *m_generate;
    QStackedWidget *m_stack;
    GalleryView *m_gallery;
    DetailView *m_detail;
};

} // namespace Atelier
