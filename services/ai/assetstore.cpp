#include "ai/assetstore.h"

#include "core/database.h"
#include "core/privatefiles.h"
#include "core/sqldialect.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

namespace Atelier {

namespace {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString cachePath(const QString &sha)
{
    return AssetStore::cacheFolder() + QLatin1Char('/') + sha.left(2) + QLatin1Char('/') + sha;
}

void writeCache(const QString &sha, const QByteArray &bytes)
{
    // The disk cache is a convenience: a file that cannot be written is simply read from the database next time.
    // It holds the brands' results, so it is private like the database: folders 0700, files 0600.
    const QString path = cachePath(sha);
    if (!PrivateFiles::makeFolder(AssetStore::cacheFolder()) || !PrivateFiles::makeFolder(QFileInfo(path).absolutePath()))
        return;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && PrivateFiles::restrictToOwner(file)) {
        file.write(bytes);
        file.commit();
    }
}

} // namespace

QString AssetStore::cacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/assets");
}

QString AssetStore::shaOf(const QString &url)
{
    return url.startsWith(QLatin1String("asset:")) ? url.mid(6) : QString();
}

Result<StoredAsset> AssetStore::put(const QSqlDatabase &db, const QString &brandId, const QByteArray &bytes, const QString &mimeType)
{
    StoredAsset asset;
    asset.sha256 = sha256Of(bytes);
    asset.mimeType = mimeType;
    asset.bytes = bytes.size();
    if (mimeType.startsWith(QLatin1String("image/"))) {
        QBuffer buffer;
        buffer.setData(bytes);
        QImageReader reader(&buffer);
        const QSize size = reader.size();
        if (!size.isValid())
            return Error{tr("The result is not a readable image (%1).").arg(reader.errorString()), {}, ErrorCode::Unreadable};
        asset.width = size.width();
        asset.height = size.height();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO ai_assets (brand_id, sha256, mime_type, width, height, data, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(brandId);
    q.addBindValue(asset.sha256);
    q.addBindValue(asset.mimeType);
    q.addBindValue(asset.width);
    q.addBindValue(asset.height);
    q.addBindValue(bytes);
    q.addBindValue(SqlDialect::of(db).timeValue(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return Database::queryError(q, tr("Storing a result"));
    writeCache(asset.sha256, bytes);
    return asset;
}

Result<QByteArray> AssetStore::get(const QSqlDatabase &db, const QString &brandId, const QString &sha256)
{
    QFile cached(cachePath(sha256));
    if (cached.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = cached.readAll();
        if (sha256Of(bytes) == sha256)
            return bytes;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT data FROM ai_assets WHERE brand_id = ? AND sha256 = ?"));
    q.addBindValue(brandId);
    q.addBindValue(sha256);
    if (!q.exec())
        return Database::queryError(q, tr("Reading a result"));
    if (!q.next())
        return Error{tr("The result %1 is not in the database.").arg(sha256.left(12)), {}, ErrorCode::NotFound};
    const QByteArray bytes = q.value(0).toByteArray();
    if (sha256Of(bytes) != sha256)
        return Error{tr("The stored result %1 does not match its checksum.").arg(sha256.left(12)), {}, ErrorCode::Corrupt};
    writeCache(sha256, bytes);
    return bytes;
}

QByteArray AssetStore::thumbnail(const QImage &image)
{
    const QImage small = image.width() > 256 || image.height() > 256
                             ? image.scaled(256, 256, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             : image;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    small.save(&buffer, "PNG");
    return bytes;
}

qint64 AssetStore::cacheBytes()
{
    qint64 total = 0;
    QDirIterator it(cacheFolder(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

qint64 AssetStore::clearDiskCache(int olderThanDays)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addDays(-olderThanDays);
    qint64 freed = 0;
    QDirIterator it(cacheFolder(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (olderThanDays <= 0 || std::max(info.lastRead(), info.lastModified()) < before) {
            const qint64 size = info.size();
            if (QFile::remove(info.filePath()))
                freed += size;
        }
    }
    return freed;
}

} // namespace Atelier
