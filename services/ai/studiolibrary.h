#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class QSqlDatabase;

namespace Atelier {

struct Generation;

/// One version of a generation: version 1 is the generation itself, later ones are edits of it.
struct GenerationVersion final
{
    int version = 1;
    QString generationId; // the generation whose result this version is
    QString prompt;
    QJsonObject parameters;
    QString resultSha256;
    double quality = 0;
    QDateTime createdAt;
};

struct Collection final
{
    QString id;
    QString name;
    QString description;
    QString userId;
    QString brandId;
    bool isShared = false;
    int count = 0;
    QDateTime createdAt;
};

/// What people keep of their generations: versions, ratings and stars, collections (shared, exported as a zip).
class StudioLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(StudioLibrary)
public:
    /// Queues version n+1 of \a generationId (or of the generation it is a version of): the same provider and model
    /// with an edited prompt (empty: unchanged) and parameters merged over the original's. Recorded as a version once
    /// it completes.
    static Result<Generation> createVersion(const QSqlDatabase &db, const QString &generationId, const QString &prompt,
                                            const QJsonObject &parameterChanges);
    static Result<QList<GenerationVersion>> versions(const QSqlDatabase &db, const QString &generationId);
    /// 1–5 stars; the quality becomes the blend of the image's measures and the rating (QualityScore::blend).
    static Result<Generation> rate(const QSqlDatabase &db, const QString &generationId, int stars);
    static Status star(const QSqlDatabase &db, const QString &generationId, bool starred);

    static Result<Collection> createCollection(const QSqlDatabase &db, const QString &brandId, const QString &name,
                                               const QString &description = {});
    static Result<QList<Collection>> collections(const QSqlDatabase &db, const QString &brandId);
    /// Adds generations of the collection's brand; returns how many were new to it.
    static Result<int> addToCollection(const QSqlDatabase &db, const QString &collectionId, const QStringList &generationIds);
    static Result<int> removeFromCollection(const QSqlDatabase &db, const QString &collectionId, const QStringList &generationIds);
    static Result<QList<Generation>> collectionItems(const QSqlDatabase &db, const QString &collectionId);
    /// Shares with a person (view, comment or edit) and marks the collection shared.
    static Status shareCollection(const QSqlDatabase &db, const QString &collectionId, const QString &username, const QString &permission);
    /// Writes a zip: each completed generation's image and a manifest.json with prompts, models and parameters.
    /// Returns the number of images. Written whole or not at all.
    static Result<int> exportCollection(const QSqlDatabase &db, const QString &collectionId, const QString &path);
    /// The same zip for any generations (the gallery's selection), without a collection's name.
    static Result<int> exportGenerations(const QSqlDatabase &db, const QStringList &ids, const QString &path);
    /// png, jpg, gif, glb or webp, by what \a bytes are.
    static QString fileExtension(const QByteArray &bytes);
};

} // namespace Atelier
