#pragma once

#include "ai/generation.h"
#include "collaboration/comments.h"
#include "generatepanel.h"
#include "studioview.h"

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace Atelier {

class ImageViewer;
class LiveListener;
class ThumbnailCache;
struct GenerationVersion;

/// Two to four results side by side, each with its model, prompt and quality under it, zoomed together.
class ComparisonView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonView)
public:
    explicit ComparisonView(QWidget *parent = nullptr);
    ~ComparisonView() override;
    void compare(const StudioContext &context, const QList<Generation> &generations);
    int count() const;
    ImageViewer *viewer(int i) const;

signals:
    /// Every image arrived (or could not be read).
    void loaded();

private:
    QList<ImageViewer *> m_viewers;
    std::list<Request<Result<QByteArray>>> m_loading; // one image each, all shown
};

/// One generation: the image with zoom and pan (an animation plays; a 3D model shows its preview and opens in the
/// system's viewer), everything about it, its versions in a timeline compared side by side, and the ways to go on:
/// reuse the prompt, the seed or everything, or make a new version from it.
class DetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailView)
public:
    explicit DetailView(QWidget *parent = nullptr);
    ~DetailView() override;

    void setContext(const StudioContext &context);
    void showGeneration(const QString &id);
    /// Re-reads the generation shown (the queue moved it on, a version arrived).
    void refresh();
    QString generationId() const { return m_generation.id; }
    Generation generation() const { return m_generation; }
    ImageViewer *viewer() const { return m_viewer; }
    ComparisonView *comparison() const { return m_comparison; }
    QListWidget *versions() const { return m_versions; }
    /// The metadata shown, label → value, for tests and accessibility.
    QString metadataText() const;

    /// Shows the version at \a row of the timeline beside this generation.
    void compareWithVersion(int row);
    void showSingle();
    /// Queues version n+1 with \a prompt (empty: the same) — what "New version from this" does once asked.
    void newVersion(const QString &prompt);
    void star(bool starred);
    void rate(int stars);
    QListWidget *annotationList() const { return m_annotations; }
    /// Marks \a area (0…1 of the image) with an annotation of \a kind (comment, suggestion, issue) — what drawing an
    /// area in annotating mode does once the text is given.
    void addAnnotation(const QRectF &area, const QString &kind, const QString &text);
    void setAnnotating(bool on);
    /// Writes the model to this desktop's cache off the GUI thread (StudioActions::writeModelFile), then asks the
    /// desktop to open it (modelOpened follows).
    void openModel();

signals:
    void loaded();
    void failed(const QString &message);
    void back();
    void reuse(const Generation &generation, GeneratePanel::Reuse what);
    void generationsQueued(const QStringList &ids);
    void changed();
    /// The generation's annotations were read and drawn.
    void annotationsLoaded();
    /// The 3D model was written to \a path (empty on failure) and handed to the desktop's viewer.
    void modelOpened(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showMetadata();
    void loadImage();
    /// The image arrived and was decoded, or could not be (\a problem says why).
    void imageShown(const QString &problem);
    void loadVersions();
    void askNewVersion();
    void askSave();
    void loadAnnotations();
    void drawAnnotations();
    void askAnnotation(const QRectF &area);
    void retranslate();

    StudioContext m_context;
    Generation m_generation;
    QToolButton *m_back;
    QLabel *m_heading;
    QStackedWidget *m_stack;
    ImageViewer *m_viewer;
    ComparisonView *m_comparison;
    QLabel *m_imageNote;
    QFormLayout *m_form;
    QWidget *m_formHost;
    QPushButton *m_reusePrompt;
    QPushButton *m_reuseSeed;
    QPushButton *m_remix;
    QPushButton *m_make3d;
    QPushButton *m_newVersion;
    QPushButton *m_star;
    QToolButton *m_rate;
    QPushButton *m_openModel;
    QPushButton *m_save;
    QLabel *m_versionsLabel;
    QListWidget *m_versions;
    QPushButton *m_compareVersion;
    QPushButton *m_annotate;
    QLabel *m_annotationsLabel;
    QListWidget *m_annotations;
    QList<Annotation> m_notes;
    QLabel *m_summary;
    ThumbnailCache *m_thumbnails;
    LiveListener *m_live;
    // Reads for the generation shown; showing another (or reading it again) drops what was read for the one before.
    Request<Result<Generation>> m_reading{this};
    Request<Result<QByteArray>> m_loadingImage{this};
    Request<Result<QList<GenerationVersion>>> m_loadingVersions{this};
    Request<Result<QList<Annotation>>> m_loadingAnnotations{this};
    Request<Result<QList<Generation>>> m_comparing{this};
    // Changes and files: the latest star and rating count; every new version, annotation and file answers.
    Request<Status> m_starring{this};
    Request<Status> m_rating{this};
    std::list<Request<Result<Generation>>> m_makingVersions;
    std::list<Request<Status>> m_annotating;
    Request<Result<QString>> m_openingModel{this};
    Request<Result<QByteArray>> m_readingForSave{this};
    std::list<Request<Status>> m_writing;
    int m_pendingLoads = 0;
};

} // namespace Atelier
