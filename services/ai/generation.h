#pragma once

#include "core/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Atelier {

/// What a person asks the studio for.
struct GenerationRequest final
{
    QString brandId;
    QString type = QStringLiteral("2d"); // 2d, 3d, animation, template
    QString provider;                     // openai, stability, replicate, automatic1111, offline
    QString model;                        // ai_models.name
    QString prompt;
    QString negativePrompt;
    std::optional<qint64> seed;
    int width = 1024;
    int height = 1024;
    QJsonObject parameters; // provider extras (steps, quality …)
    int maxAttempts = 0;    // 0: the provider's setting
};

/// A row of ai_generations: a job of the queue and, once completed, its result.
struct Generation final
{
    QString id;
    QString type;
    QString provider;
    QString model;
    QString prompt;
    QString negativePrompt;
    QJsonObject parameters;
    QString status; // pending, processing, completed, failed, canceled
    QString resultSha256;
    QString thumbnailSha256;
    QString error;    // the last failure, in the words (and language) of the desktop that met it
    ErrorCode errorCode = ErrorCode::Unspecified; // what that failure was; Unspecified for rows written before codes were kept
    int credits = 0;
    int costCents = 0;
    std::optional<int> durationMs;
    std::optional<double> quality;
    std::optional<int> rating;
    bool starred = false;
    bool cached = false;
    int attempts = 0;
    int maxAttempts = 0;
    QString userId;
    QString brandId;
    QDateTime createdAt;
    QDateTime completedAt;
    QDateTime nextAttemptAt;
    QString providerJobId; // the provider's own job (a Replicate prediction) of the current attempt

    bool isFinished() const
    {
        return status == QLatin1String("completed") || status == QLatin1String("failed") || status == QLatin1String("canceled");
    }
};

/// A person's credits in a brand this month.
struct CreditBalance final
{
    QString userId;
    QString brandId;
    std::optional<int> monthlyCredits; // none: no quota set
    int used = 0;     // charged this month
    int reserved = 0; // held by queued jobs
    QDateTime periodStart;
};

/// How much the result cache saves.
struct CacheStats final
{
    qint64 hits = 0;
    qint64 misses = 0;
    qint64 bytes = 0;        // results the cache can answer with
    qint64 creditsSaved = 0; // what the hits would have cost
    double hitRate() const { return hits + misses > 0 ? double(hits) / double(hits + misses) : 0.0; }
};

/// What the gallery shows: a brand's generations narrowed by any of these, in one order.
struct GalleryFilter final
{
    enum class Sort { Newest, Oldest, BestQuality, BestRated, Cheapest, Dearest, Slowest };

    QString brandId;
    QStringList types;    // 2d, 3d, animation, template; empty: all
    QStringList statuses; // empty: all
    QString model;
    QString collectionId;
    QDate from; // [from, to) in UTC days; invalid: open
    QDate to;
    int minRating = 0; // 1–5: rated at least this; 0: any
    bool starredOnly = false;
    QString search; // in prompts, any case
    Sort sort = Sort::Newest;
};

} // namespace Atelier

Q_DECLARE_METATYPE(Atelier::Generation)
