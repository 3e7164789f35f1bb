#pragma once

#include "core/result.h"

#include <QCoreApplication>

class QImage;
class QSqlDatabase;

namespace Atelier {

/// A stored result: content-addressed by its SHA-256 within a brand.
struct StoredAsset final
{
    QString sha256;
    QString mimeType;
    int width = 0;
    int height = 0;
    qint64 bytes = 0;
};

/// Results live in the database (ai_assets), so every desktop sees them, and in a local disk cache named by
/// their SHA-256, checked on every read. Generations point at them as "asset:<sha256>".
class AssetStore final
{
    Q_DECLARE_TR_FUNCTIONS(AssetStore)
public:
    /// Stores \a bytes (PNG, JPEG, WebP or a GLB model) once; the same bytes again are the same asset.
    static Result<StoredAsset> put(const QSqlDatabase &db, const QString &brandId, const QByteArray &bytes, const QString &mimeType);
    /// The bytes, from the disk cache when it holds them intact, else from the database (and cached).
    static Result<QByteArray> get(const QSqlDatabase &db, const QString &brandId, const QString &sha256);
    /// A PNG at most 256 pixels on its longer side.
    static QByteArray thumbnail(const QImage &image);
    static QString cacheFolder();
    static qint64 cacheBytes();
    /// Removes cached files not used for \a olderThanDays days (all with 0); returns the bytes freed.
    static qint64 clearDiskCache(int olderThanDays = 0);
    /// "asset:<sha256>" → the hash; empty for anything else.
    static QString shaOf(const QString &url);
};

} // namespace Atelier
