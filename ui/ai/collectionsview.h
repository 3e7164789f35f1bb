#pragma once

#include "studioview.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace Atelier {

class GalleryView;
struct Collection;

/// The brand's collections: each one's generations in a gallery of their own, shared with people, exported as a zip.
class CollectionsView final : public StudioView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CollectionsView)
public:
    explicit CollectionsView(QWidget *parent = nullptr);
    ~CollectionsView() override;
    QString viewName() const override { return QStringLiteral("collections"); }
    QString title() const override;
    void setContext(const StudioContext &context) override;

    QListWidget *list() const { return m_list; }
    GalleryView *gallery() const { return m_gallery; }
    QString currentCollection() const;
    void selectCollection(const QString &id);
    void reload();

    // What the buttons do once asked (tests call these directly).
    void createCollection(const QString &name, const QString &description);
    void share(const QString &username, const QString &permission);
    void exportTo(const QString &path);
    QString statusText() const;

signals:
    /// Another collection is shown (the comments panel follows it).
    void currentChanged();
    void exported(int images);
    void shared(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showCurrent();
    void askCreate();
    void askShare();
    void askExport();
    void retranslate();

    StudioContext m_context;
    QLabel *m_heading;
    QListWidget *m_list;
    QPushButton *m_create;
    QPushButton *m_share;
    QPushButton *m_export;
    QLabel *m_details;
    QLabel *m_summary;
    GalleryView *m_gallery;
    QList<Collection> m_collections;
    QString m_wanted; // the collection to select once the list arrives
    Request<Result<QList<Collection>>> m_loading{this};
    // Each change answers, however many run at once.
    std::list<Request<Result<Collection>>> m_creating;
    std::list<Request<Status>> m_sharing;
    std::list<Request<Result<int>>> m_exporting;
};

} // namespace Atelier
