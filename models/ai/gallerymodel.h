#pragma once

#include "ai/generation.h"

#include <QAbstractListModel>
#include <QHash>

namespace Atelier {

/// The gallery's generations as a list that fills itself a page at a time, as the view scrolls (canFetchMore /
/// fetchMore): the model asks its owner for the rows from an offset (fetchRequested) and the owner hands them over
/// (appendPage). Thumbnails are not held here: the delegate asks the thumbnail cache for ThumbnailRole's hash.
class GalleryModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GalleryModel)
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        GenerationRole, // the whole Generation
        ThumbnailRole,  // the thumbnail's SHA-256 (empty while there is none)
        StatusRole,
        TypeRole,
        StarredRole,
        RatingRole,  // 0: not rated
        QualityRole, // -1: not measured
        ProgressRole // 0 … 1 while a provider reports it, else -1
    };
    static constexpr int pageSize = 240;

    explicit GalleryModel(QObject *parent = nullptr);
    ~GalleryModel() override;

    /// Forgets the rows (a new filter or brand): the next fetch starts from the top.
    void reset();
    /// The rows after those held; \a total is how many the filter keeps (-1: unknown).
    void appendPage(const QList<Generation> &rows, qint64 total);
    /// The fetch asked for could not be made: allow asking again.
    void fetchFailed();
    /// Replaces the row of \a generation's id, if held.
    void update(const Generation &generation);
    /// Takes rows out (deleted, or no longer matching).
    void removeIds(const QStringList &ids);
    void setProgress(const QString &id, double share);

    int rowOf(const QString &id) const;
    const Generation &generation(int row) const { return m_rows.at(row); }
    QList<Generation> generations() const { return m_rows; }
    qint64 total() const { return m_total; }
    bool isFetching() const { return m_fetching; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// A status as people read it ("Queued", "Failed" …).
    static QString statusText(const QString &status);
    /// A type as people read it ("Image", "3D model", "Animation" …).
    static QString typeText(const QString &type);

signals:
    /// Give me the rows from \a offset on (see appendPage).
    void fetchRequested(int offset);

private:
    void reindex(int from);

    QList<Generation> m_rows;
    QHash<QString, int> m_index;
    QHash<QString, double> m_progress;
    qint64 m_total = -1;
    bool m_more = true;
    bool m_fetching = false;
};

} // namespace Atelier
