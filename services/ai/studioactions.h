#pragma once

#include "ai/generation.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

class QSqlDatabase;

namespace Atelier {

/// What queuing several variations did: the generations in seed order, each seed the one before plus one.
struct QueuedVariations final
{
    QList<Generation> generations;
    qint64 firstSeed = 0;
    int cached = 0;  // answered from the cache, at no cost
    int credits = 0; // held for the others until they finish
    QStringList ids() const;
};

/// What cancelling several jobs did, each job named once, in the order asked.
struct Cancellation final
{
    QStringList cancelled;        // were waiting: cancelled, their credits given back
    QStringList interrupted;      // a desktop was running them: cancelled and refunded; that desktop stops its call
    QHash<QString, QString> runningOn; // interrupted job → the desktop (claimed_by) that was running it
    QStringList alreadyFinished;  // completed, failed or cancelled before: left as they were
    QStringList missing;          // no such generation, or not the caller's to see
    int changed() const { return int(cancelled.size() + interrupted.size()); }
};

/// What clearing a brand's result cache did.
struct CacheClearing final
{
    qint64 removed = 0;          // entries the cache no longer answers with
    qint64 resultBytesFreed = 0; // results the cache could answer with before and cannot now
    qint64 diskBytesFreed = 0;   // this desktop's disk cache
};

/// What clearing this desktop's disk cache of results did.
struct DiskClearing final
{
    qint64 freed = 0;
    qint64 left = 0;
};

/// The AI Studio's rules that a view and an `ai` verb both apply, in one place: the credits a person has left and
/// whether a request fits them, several variations queued whole with consecutive seeds, the queue as one reading,
/// several jobs cancelled whole, the cache cleared with what it freed, and results written to files (whole or not at
/// all, readable by their owner only). Every call runs on the caller's thread and connection.
class StudioActions final
{
    Q_DECLARE_TR_FUNCTIONS(StudioActions)
public:
    /// At most this many variations at once.
    static constexpr int maxVariations = 8;
    /// Seeds run from 0 to this (what every provider takes).
    static constexpr qint64 maxSeed = 2147483647;
    /// The queue shows at most this many jobs waiting or running.
    static constexpr int maxActiveShown = 1000;

    // Credits.
    /// The caller's credits in a brand this month.
    static Result<CreditBalance> balance(const QSqlDatabase &db, const QString &brandId);
    /// The credits left this month: the quota less what was used and what queued jobs hold (never below 0); 0 when
    /// no quota is set (then nothing limits the person: see fits()).
    static int creditsLeft(const CreditBalance &balance);
    /// Whether \a credits more fit the balance: always without a quota, and for something free.
    static bool fits(const CreditBalance &balance, int credits);

    // Queuing.
    /// Queues \a count generations of \a request whole, or none: seeds request.seed, +1, +2… (a random first seed when
    /// request.seed is empty). With \a templateId, the template's prompt filled with \a values. Refused, with nothing
    /// queued, when their price is more than the caller's credits left (fits), or when any one of them is refused.
    static Result<QueuedVariations> enqueueVariations(const QSqlDatabase &db, const GenerationRequest &request, int count,
                                                      const QString &templateId = {}, const QHash<QString, QString> &values = {});

    // The queue.
    /// A brand's queue as one reading: the jobs waiting or running (oldest first, at most maxActiveShown), then at
    /// most \a finishedShown of those finished since \a since (newest first). Which jobs and their order come from
    /// one statement, so a job that finishes meanwhile is never shown twice or missed.
    static Result<QList<Generation>> queueSnapshot(const QSqlDatabase &db, const QString &brandId, int finishedShown,
                                                   const QDateTime &since);
    /// Cancels the jobs of \a ids that still wait or run, in one transaction: all of them with their refunds, or
    /// (on an error) none. The jobs are locked first, so one a desktop claims meanwhile is reported as interrupted
    /// (and that desktop's completion is refused afterwards: it is never charged) rather than cancelled half-way.
    static Result<Cancellation> cancelMany(const QSqlDatabase &db, const QStringList &ids);

    // The cache.
    /// Stops answering from the brand's results older than \a olderThanDays days (all with 0) and removes this
    /// desktop's cached files as old; says what that freed.
    static Result<CacheClearing> clearCache(const QSqlDatabase &db, const QString &brandId, int olderThanDays);
    /// Empties this desktop's disk cache of results.
    static DiskClearing clearDiskCache();

    // Files.
    /// Writes \a bytes to \a path whole or not at all (a QSaveFile renamed into place), readable by its owner only
    /// (0600, whatever the umask). An existing file is replaced only once the new one is complete.
    static Status writePrivateFile(const QString &path, const QByteArray &bytes);
    /// The name a result is saved under: the first 8 characters of the generation's id and the extension of what the
    /// bytes are (png, jpg, gif, glb, webp).
    static QString resultFileName(const QString &generationId, const QByteArray &bytes);
    /// Writes the result of \a generationId to \a path (a folder: resultFileName() inside it) with
    /// writePrivateFile(); returns the file's path.
    static Result<QString> saveResult(const QSqlDatabase &db, const QString &generationId, const QString &path);
    /// Writes a 3D generation's model (GLB) to this desktop's cache, for a viewer to open; returns its path.
    static Result<QString> writeModelFile(const QSqlDatabase &db, const Generation &generation);
};

} // namespace Atelier
