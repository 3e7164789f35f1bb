#include "thumbnailcache.h"

#include "ai/assetstore.h"
#include "core/request.h"
#include "monitoring/cacheservice.h"

#include <QCache>
#include <QImage>
#include <QSet>

#include <algorithm>
#include <atomic>
#include <list>
#include <utility>

namespace Atelier {

namespace {
constexpr int kInFlight = 2;     // loads at once
constexpr int kMaxWaiting = 160; // requests kept; older ones scrolled away
constexpr int kSide = 256;
} // namespace

/// One of the kInFlight loads: restarted for the next thumbnail waiting as soon as it answers.
struct ThumbnailCache::Load
{
    explicit Load(QObject *owner) : request(owner) {}
    Request<Result<QImage>> request;
    QString sha; // what it loads; empty when idle
};

struct ThumbnailCache::State
{
    DatabaseUrl url;
    QString brandId;
    QCache<QString, QPixmap> held;  // cost in KiB
    QStringList waiting;            // most recent last
    std::list<Load> loads;
    QSet<QString> broken;
    // What CacheService reports (read from any thread): thumbnails served from memory, loaded, pushed out by the budget.
    std::atomic<qint64> hits{0}, misses{0}, evictions{0}, entries{0}, bytes{0}, capacity{0};
    int source = 0;

    void counted()
    {
        entries = held.count();
        bytes = qint64(held.totalCost()) * 1024;
        capacity = qint64(held.maxCost()) * 1024;
    }

    bool isLoading(const QString &sha) const
    {
        return std::any_of(loads.cbegin(), loads.cend(), [&sha](const Load &l) { return l.sha == sha; });
    }
};

ThumbnailCache::ThumbnailCache(QObject *parent) : QObject(parent), d(std::make_unique<State>())
{
    for (int i = 0; i < kInFlight; ++i)
        d->loads.emplace_back(this);
    setBudget(48LL * 1024 * 1024);
    State *state = d.get();
    d->source = CacheService::registerSource([state] {
        CacheFigure f{QStringLiteral("thumbnail_cache"), CacheService::tr("Thumbnails of the AI Studio's results held in this console"),
                      state->hits.load(), state->misses.load()};
        f.entries = state->entries.load();
        f.bytes = state->bytes.load();
        f.capacity = state->capacity.load();
        f.evictions = state->evictions.load();
        return f;
    });
}

ThumbnailCache::~ThumbnailCache()
{
    CacheService::unregisterSource(d->source); // before the counters go
}

void ThumbnailCache::setSource(const DatabaseUrl &url, const QString &brandId)
{
    if (url.toString() == d->url.toString() && brandId == d->brandId)
        return;
    d->url = url;
    d->brandId = brandId;
    for (Load &l : d->loads) { // another brand's thumbnails are not asked for any more
        l.request.cancel();
        l.sha.clear();
    }
    d->waiting.clear();
    d->broken.clear();
}

void ThumbnailCache::setBudget(qint64 bytes)
{
    const qsizetype before = d->held.count();
    d->held.setMaxCost(qMax<qint64>(1, bytes / 1024));
    d->evictions += qMax<qsizetype>(0, before - d->held.count());
    d->counted();
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
    return int(std::count_if(d->loads.cbegin(), d->loads.cend(), [](const Load &l) { return !l.sha.isEmpty(); }));
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
    if (QPixmap *p = d->held.object(sha)) {
        ++d->hits;
        return *p;
    }
    if (!d->isLoading(sha)) {
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
    for (Load &load : d->loads) {
        if (!load.sha.isEmpty())
            continue;
        if (d->waiting.isEmpty() || d->brandId.isEmpty())
            return;
        const QString sha = d->waiting.takeLast();
        load.sha = sha;
        const QString brandId = d->brandId;
        load.request.startWithDatabase(
            d->url,
            [brandId, sha](const QSqlDatabase &db, CancelToken &) -> Result<QImage> {
                auto bytes = AssetStore::get(db, brandId, sha);
                if (!bytes)
                    return bytes.error();
                QImage image = QImage::fromData(bytes.value());
                if (image.isNull())
                    return QImage();
                if (image.width() > kSide || image.height() > kSide)
                    image = image.scaled(kSide, kSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
                return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
            },
            [this, &load](Result<QImage> image) {
                const QString sha = std::exchange(load.sha, QString());
                if (!image) {
                    // Unreachable for now (a locked or lost database): asked for again when next painted.
                } else if (image->isNull()) {
                    d->broken.insert(sha); // not an image: no use asking again
                } else {
                    const QPixmap pixmap = QPixmap::fromImage(image.value());
                    const qint64 kib = qMax<qint64>(1, qint64(pixmap.width()) * pixmap.height() * 4 / 1024);
                    const qsizetype before = d->held.count() + (d->held.contains(sha) ? 0 : 1);
                    d->held.insert(sha, new QPixmap(pixmap), int(kib));
                    ++d->misses;
                    d->evictions += qMax<qsizetype>(0, before - d->held.count());
                    d->counted();
                }
                emit ready(sha);
                pump(); // this load goes on with the next one waiting
            });
    }
}

} // namespace Atelier
