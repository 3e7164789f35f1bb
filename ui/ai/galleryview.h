#pragma once

#include "ai/generation.h"
#include "core/result.h"
#include "studioview.h"

#include <functional>
#include <map>

class QComboBox;
class QSqlDatabase;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QTimer;
class QToolButton;

namespace Atelier {

class GalleryModel;
class ThumbnailCache;
struct Collection;

/// The gallery: a brand's generations as a virtualised grid of thumbnails loaded as they come into view, filtered by
/// type, status, model, collection, date, rating and a search in prompts, in a chosen order; star, rate, add to a
/// collection, export, compare and delete what is selected.
class GalleryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GalleryView)
public:
    explicit GalleryView(QWidget *parent = nullptr);
    ~GalleryView() override;

    void setContext(const StudioContext &context);
    /// Shows one collection's generations only (the Collections tab); empty: every generation.
    void setCollection(const QString &collectionId);
    /// The filter the controls describe, for the context's brand.
    GalleryFilter filter() const;
    /// Sets the controls from \a filter (those it names) and reloads.
    void applyFilter(const GalleryFilter &filter);
    void reload();

    GalleryModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    QStringList selectedIds() const;
    QList<Generation> selectedGenerations() const;
    void select(const QStringList &ids);
    QString statusText() const;

    // What the buttons do, once the person has confirmed (tests call these directly).
    void starSelected(bool starred);
    void rateSelected(int stars);
    void addSelectedTo(const QString &collectionId);
    void createCollectionWithSelected(const QString &name);
    void removeSelectedFromCollection();
    void deleteSelected();
    /// Writes the selected results into \a folder (files named by prompt and id).
    void exportSelected(const QString &folder);
    void compareSelected();
    /// Re-reads one generation (the queue moved it on) and updates or inserts its tile.
    void refreshGeneration(const QString &id);
    void setProgress(const QString &id, double share);

signals:
    void loaded();
    void failed(const QString &message);
    void openGeneration(const QString &id);
    /// Something the gallery did changed generations or collections (others may refresh).
    void changed();
    void exported(int files);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fetch(int offset);
    void loadChoices();
    void updateActions();
    void updateStatus();
    void act(const QString &what, std::function<Status(const QSqlDatabase &)> change, bool reloadAfter);
    void fillCollectionsMenu();
    void askDelete();
    void askExport();
    void retranslate();

    struct Page;    // a page of rows, and the total once per filter
    struct Choices; // the models and collections to filter by

    StudioContext m_context;
    QString m_collectionId;
    GalleryModel *m_model;
    ThumbnailCache *m_thumbnails;
    QComboBox *m_type;
    QComboBox *m_status;
    QComboBox *m_modelFilter;
    QComboBox *m_collection;
    QComboBox *m_date;
    QComboBox *m_rating;
    QLineEdit *m_search;
    QComboBox *m_sort;
    QListView *m_list;
    QToolButton *m_open;
    QToolButton *m_star;
    QToolButton *m_rate;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_export;
    QToolButton *m_compare;
    QToolButton *m_delete;
    QMenu *m_rateMenu;
    QMenu *m_addMenu;
    QLabel *m_summary;
    QTimer *m_searchDelay;
    QList<Collection> m_collections;
    GalleryFilter m_filter; // of the rows shown
    Request<Result<Page>> m_fetching{this};
    Request<Result<Choices>> m_loadingChoices{this};
    std::map<QString, Request<Result<Generation>>> m_refreshing; // one generation each
    // Each change and export answers, however many run at once.
    std::list<Request<Status>> m_changing;
    std::list<Request<Result<int>>> m_exporting;
    bool m_hasContext = false;
};

} // namespace Atelier
