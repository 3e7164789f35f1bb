#pragma once

#include "ai/generation.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class QSqlDatabase;

namespace Atelier {

struct StoredAsset;

/// The generation queue's state and the credits it moves, in the database (ai_generations, ai_costs,
/// user_quotas), so that every desktop sees the same queue and a restart loses nothing.
///
/// A job is pending, then processing (claimed by one desktop under a lease it renews), then completed, failed or
/// canceled. Credits are reserved when it is queued, charged when it completes and refunded when it fails or is
/// cancelled; the ledger takes at most one of each per generation, so a job resumed after a crash is never charged
/// twice. The same request as a completed one (provider, model, type, normalised prompt and parameters, seed
/// included) is answered from that result: no call, no credit.
class GenerationService final
{
    Q_DECLARE_TR_FUNCTIONS(GenerationService)
public:
    /// The prompt as the cache compares it: trimmed, inner spaces collapsed, lower case.
    static QString normalisedPrompt(const QString &prompt);
    static QString cacheKey(const GenerationRequest &request);

    /// The request that made \a g, again (a retry, a version): its seed and size out of the parameters where they are
    /// kept, the result's record left out, \a parameterChanges merged over the rest.
    static GenerationRequest requestOf(const Generation &g, const QJsonObject &parameterChanges = {});
    /// Checks the request, answers it from the cache, or reserves its credits (refused over quota) and queues it.
    static Result<Generation> enqueue(const QSqlDatabase &db, const GenerationRequest &request);
    static Result<Generation> get(const QSqlDatabase &db, const QString &id);
    /// The generations of \a ids, in that order (those not visible to the caller left out), in one statement.
    static Result<QList<Generation>> byIds(const QSqlDatabase &db, const QStringList &ids);
    /// The newest generations of a brand (all brands the caller sees when empty), optionally of one status.
    /// pending, processing, completed, failed, canceled.
    static QStringList statuses();
    /// The newest generations of a brand (all brands when empty), of \a status when given (an unknown one is refused).
    static Result<QList<Generation>> list(const QSqlDatabase &db, const QString &brandId, const QString &status = {}, int limit = 100);
    /// A page of the gallery: the generations \a filter keeps, in its order, from \a offset.
    static Result<QList<Generation>> search(const QSqlDatabase &db, const GalleryFilter &filter, int offset, int limit);
    /// How many generations \a filter keeps.
    static Result<qint64> count(const QSqlDatabase &db, const GalleryFilter &filter);
    /// The models a brand's generations were made with, by name.
    static Result<QStringList> modelsUsed(const QSqlDatabase &db, const QString &brandId);
    /// Deletes finished generations (with their versions and collection entries; the credits ledger keeps its rows).
    /// A job still queued or running is refused, by id, and nothing is deleted. Returns how many went.
    static Result<int> remove(const QSqlDatabase &db, const QStringList &ids);
    /// Cancels a pending or processing job and refunds it; false when it had already finished.
    static Result<bool> cancel(const QSqlDatabase &db, const QString &id);

    // The queue's steps (GenerationQueue), each guarded so that only the desktop holding a job moves it on.
    /// Pending jobs whose time has come, oldest first, of the given providers.
    static Result<QList<Generation>> due(const QSqlDatabase &db, const QStringList &providers, int limit);
    /// Jobs of \a providers (every provider when empty) still to run: pending, whenever due, or processing.
    static Result<qint64> pendingCount(const QSqlDatabase &db, const QStringList &providers);
    static Result<bool> claim(const QSqlDatabase &db, const QString &id, const QString &worker, qint64 leaseMs);
    static Status renewLeases(const QSqlDatabase &db, const QString &worker, const QStringList &ids, qint64 leaseMs);
    /// Of \a ids, those no longer held by \a worker (cancelled, or taken over after a lapsed lease).
    static Result<QStringList> lost(const QSqlDatabase &db, const QString &worker, const QStringList &ids);
    /// Jobs whose desktop stopped renewing their lease go back to pending (or fail, refunded, when out of attempts).
    static Result<int> recoverLapsed(const QSqlDatabase &db);
    static Result<bool> complete(const QSqlDatabase &db, const QString &id, const QString &worker, const StoredAsset &result,
                                 const StoredAsset &thumbnail, double quality, qint64 durationMs, const QJsonObject &metadata);
    /// Puts a job back to wait \a delayMs after a passing failure; \a error (its message and code) stays on the row meanwhile.
    static Result<bool> retryLater(const QSqlDatabase &db, const QString &id, const QString &worker, const Error &error, qint64 delayMs);
    /// Records the provider's own job (a Replicate prediction) so that a resumed attempt follows it instead of paying twice.
    static Status setProviderJob(const QSqlDatabase &db, const QString &id, const QString &worker, const QString &jobId);
    /// Gives a job back untouched (the desktop is stopping): pending again, the attempt not counted.
    static Result<bool> release(const QSqlDatabase &db, const QString &id, const QString &worker);
    /// Fails a job (refunded), keeping \a error's message in error and its code in error_code (NULL when Unspecified).
    static Result<bool> fail(const QSqlDatabase &db, const QString &id, const QString &worker, const Error &error, qint64 durationMs);

    // Credits and quotas.
    static Result<CreditBalance> credits(const QSqlDatabase &db, const QString &userId, const QString &brandId);
    /// Sets a person's monthly credits in a brand (an administrator's act on PostgreSQL).
    static Status setQuota(const QSqlDatabase &db, const QString &userId, const QString &brandId, int monthlyCredits);

    // The result cache.
    static Result<CacheStats> cacheStats(const QSqlDatabase &db, const QString &brandId);
    /// Stops answering from results older than \a olderThanDays days (all with 0); returns how many entries went.
    static Result<qint64> clearCache(const QSqlDatabase &db, const QString &brandId, int olderThanDays = 0);
};

} // namespace Atelier
