#include "gallerymodel.h"

#include <QLocale>

namespace Atelier {

GalleryModel::GalleryModel(QObject *parent) : QAbstractListModel(parent) {}
GalleryModel::~GalleryModel() = default;

void GalleryModel::reset()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_progress.clear();
    m_total = -1;
    m_more = true;
    m_fetching = false;
    endResetModel();
}

void GalleryModel::appendPage(const QList<Generation> &rows, qint64 total)
{
    // Still "fetching" while the rows go in, so that nobody asks for the same offset twice.
    QList<Generation> fresh;
    fresh.reserve(rows.size());
    for (const Generation &g : rows)
        if (!m_index.contains(g.id)) // a row that moved down a page (a newer one arrived) is not shown twice
            fresh.append(g);
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        m_rows.append(fresh);
        reindex(first);
        endInsertRows();
    }
    m_total = total;
    m_more = rows.size() == pageSize && (total < 0 || m_rows.size() < total);
    m_fetching = false;
}

void GalleryModel::fetchFailed()
{
    m_fetching = false;
}

void GalleryModel::reindex(int from)
{
    for (int i = from; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).id, i);
}

int GalleryModel::rowOf(const QString &id) const
{
    return m_index.value(id, -1);
}

void GalleryModel::update(const Generation &generation)
{
    const int row = rowOf(generation.id);
    if (row < 0)
        return;
    m_rows[row] = generation;
    if (generation.isFinished())
        m_progress.remove(generation.id);
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
}

void GalleryModel::removeIds(const QStringList &ids)
{
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_index.remove(id);
        m_progress.remove(id);
        reindex(row);
        if (m_total > 0)
            --m_total;
        endRemoveRows();
    }
}

void GalleryModel::setProgress(const QString &id, double share)
{
    m_progress.insert(id, share);
    if (const int row = rowOf(id); row >= 0)
        emit dataChanged(index(row), index(row), {ProgressRole});
}

int GalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString GalleryModel::statusText(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Queued");
    if (status == QLatin1String("processing"))
        return tr("Generating");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("canceled"))
        return tr("Cancelled");
    return status;
}

QString GalleryModel::typeText(const QString &type)
{
    if (type == QLatin1String("2d"))
        return tr("Image");
    if (type == QLatin1String("3d"))
        return tr("3D model");
    if (type == QLatin1String("animation"))
        return tr("Animation");
    if (type == QLatin1String("template"))
        return tr("From a template");
    return type;
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Generation &g = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return g.prompt;
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %3 · %4 · %5")
            .arg(g.prompt, typeText(g.type), g.model, statusText(g.status),
                 QLocale().toString(g.createdAt.toLocalTime(), QLocale::ShortFormat));
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(typeText(g.type), statusText(g.status), g.prompt);
    case IdRole:
        return g.id;
    case GenerationRole:
        return QVariant::fromValue(g);
    case ThumbnailRole:
        return g.thumbnailSha256;
    case StatusRole:
        return g.status;
    case TypeRole:
        return g.type;
    case StarredRole:
        return g.starred;
    case RatingRole:
        return g.rating.value_or(0);
    case QualityRole:
        return g.quality.value_or(-1.0);
    case ProgressRole:
        return m_progress.value(g.id, -1.0);
    default:
        return {};
    }
}

QHash<int, QByteArray> GalleryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(GenerationRole, "generation");
    names.insert(ThumbnailRole, "thumbnail");
    names.insert(StatusRole, "status");
    names.insert(TypeRole, "type");
    names.insert(StarredRole, "starred");
    names.insert(RatingRole, "rating");
    names.insert(QualityRole, "quality");
    names.insert(ProgressRole, "progress");
    return names;
}

bool GalleryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void GalleryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    emit fetchRequested(int(m_rows.size()));
}

} // namespace Atelier
