#include "resultcache.h"

#include "database.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <list>

namespace Atelier {

struct ResultCache::Private
{
    mutable QMutex mutex;
    std::list<std::pair<QString, std::any>> order; // most recently used first
    QHash<QString, std::list<std::pair<QString, std::any>>::iterator> index;
    qint64 capacity = 256;
    qint64 hits = 0;
    qint64 misses = 0;

    void trim()
    {
        while (qint64(order.size()) > capacity) {
            index.remove(order.back().first);
            order.pop_back();
        }
    }
};

ResultCache::ResultCache() : d(std::make_unique<Private>()) {}
ResultCache::~ResultCache() = default;

ResultCache &ResultCache::instance()
{
    static ResultCache cache;
    return cache;
}

Result<QString> ResultCache::dataVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT (SELECT max(id) FROM analytics_events), changes FROM analytics_data_version WHERE id = 1"))
        || !q.next())
        return Database::queryError(q, tr("Reading the data version"));
    return QStringLiteral("%1.%2").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong());
}

Result<QString> ResultCache::keyFor(const QSqlDatabase &db, const QString &analysisKey)
{
    auto version = dataVersion(db);
    if (!version)
        return version.error();
    // Two databases of the same name on different servers, or two SQLite files, never share entries.
    const QString database = db.driverName() + QLatin1Char('|') + db.hostName() + QLatin1Char(':')
                             + QString::number(db.port()) + QLatin1Char('/') + db.databaseName();
    return database + QLatin1Char('|') + version.value() + QLatin1Char('|') + analysisKey;
}

std::any ResultCache::find(const QString &key)
{
    const QMutexLocker lock(&d->mutex);
    const auto it = d->index.constFind(key);
    if (it == d->index.constEnd()) {
        ++d->misses;
        return {};
    }
    ++d->hits;
    d->order.splice(d->order.begin(), d->order, it.value());
    return d->order.front().second;
}

void ResultCache::insert(const QString &key, std::any value)
{
    const QMutexLocker lock(&d->mutex);
    if (const auto it = d->index.constFind(key); it != d->index.constEnd()) {
        d->order.erase(it.value());
        d->index.remove(key);
    }
    d->order.emplace_front(key, std::move(value));
    d->index.insert(key, d->order.begin());
    d->trim();
}

void ResultCache::clear()
{
    const QMutexLocker lock(&d->mutex);
    d->order.clear();
    d->index.clear();
}

void ResultCache::setCapacity(qint64 entries)
{
    const QMutexLocker lock(&d->mutex);
    d->capacity = std::max<qint64>(1, entries);
    d->trim();
}

ResultCache::Statistics ResultCache::statistics() const
{
    const QMutexLocker lock(&d->mutex);
    return {d->hits, d->misses, qint64(d->order.size()), d->capacity};
}

} // namespace Atelier
