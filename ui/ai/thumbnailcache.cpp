#include "thumbnailcache.h"

#include "ai/assetstore.h"
#include "core/background.h"

#include <QCache>
#include <QImage>
#include <QSet>

namespace Atelier {

namespace {
constexpr int kInFlight = 2;     // loads at once
constexpr int kMaxWaiting = 160; // requests kept; older ones scrolled away
constexpr int kSide = 256;
} // namespace

struct ThumbnailCache::State
{
    DatabaseUrl url;
    QString brandId;
    QCache<QString, QPixmap> held;  // cost in KiB
    QStringList waiting;            // most recent last
    QSet<QString> inFlight;
    QSet<QString> broken;
};

ThumbnailCache::ThumbnailCache(QObject *parent) : QObject(parent), d(std::make_unique<State>())
{
    setBudget(48LL * 1024 * 1024);
}

ThumbnailCache::~ThumbnailCache() = default;

void ThumbnailCache::setSource(const DatabaseUrl &url, const QString &brandId)
{
    if (url.toString() == d->url.toString() && brandId == d->brandId)
        return;
    d->url = url;
    d->brandId = brandId;
    d->waiting.clear();
    d->broken.clear();
}

void ThumbnailCache::setBudget(qint64 bytes)
{
    d->held.setMaxCost(qMax<qint64>(1, bytes / 1024));
}

qint64 ThumbnailCache::budget() const
{
    return qint64(d->held.maxCost()) * 1024;
}

qint64 ThumbnailCache::bytesHeld() const
{
    return qint64(d->held.totalCost()) * 1024;
}

int ThumbnailCache::loading() const
{
    return int(d->inFlight.size());
}

int ThumbnailCache::waiting() const
{
    return int(d->waiting.size());
}

bool ThumbnailCache::isBroken(const QString &sha) const
{
    return d->broken.contains(sha);
}

QPixmap ThumbnailCache::get(const QString &sha)
{
    if (sha.isEmpty() || d->broken.contains(sha))
        return {};
    if (QPixmap *p = d->held.object(sha))
        return *p;
    if (!d->inFlight.contains(sha)) {
        d->waiting.removeOne(sha);
        d->waiting.append(sha);
        while (d->waiting.size() > kMaxWaiting)
            d->waiting.removeFirst();
        pump();
    }
    return {};
}

void ThumbnailCache::pump()
{
    while (d->inFlight.size() < kInFlight && !d->waiting.isEmpty() && !d->brandId.isEmpty()) {
        const QString sha = d->waiting.takeLast();
        d->inFlight.insert(sha);
        const QString brandId = d->brandId;
        auto *watcher = new QFutureWatcher<Result<QImage>>(this);
        connect(watcher, &QFutureWatcher<Result<QImage>>::finished, this, [this, watcher, sha, brandId] {
            watcher->deleteLater();
            d->inFlight.remove(sha);
            const auto image = watcher->result();
            if (brandId == d->brandId) {
                if (!image) {
                    // Unreachable for now (a locked or lost database): asked for again when next painted.
                } else if (image->isNull()) {
                    d->broken.insert(sha); // not an image: no use asking again
                } else {
                    const QPixmap pixmap = QPixmap::fromImage(image.value());
                    const qint64 kib = qMax<qint64>(1, qint64(pixmap.width()) * pixmap.height() * 4 / 1024);
                    d->held.insert(sha, new QPixmap(pixmap), int(kib));
                }
                emit ready(sha);
            }
            pump();
        });
        watcher->setFuture(runWithDatabase(d->url, [brandId, sha](const QSqlDatabase &db) -> Result<QImage> {
            auto bytes = AssetStore::get(db, brandId, sha);
            if (!bytes)
                return bytes.error();
            QImage image = QImage::fromData(bytes.value());
            if (image.isNull())
                return QImage();
            if (image.width() > kSide || image.height() > kSide)
                image = image.scaled(kSide, kSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        }));
    }
}

} // namespace Atelier
