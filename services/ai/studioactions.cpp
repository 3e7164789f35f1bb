#include "ai/studioactions.h"

#include "ai/assetstore.h"
#include "ai/generationservice.h"
#include "ai/promptservice.h"
#include "ai/studioanalytics.h"
#include "ai/studiolibrary.h"
#include "collaboration/resources.h"
#include "core/database.h"
#include "core/privatefiles.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

namespace Atelier {

QStringList QueuedVariations::ids() const
{
    QStringList out;
    for (const Generation &g : generations)
        out.append(g.id);
    return out;
}

Result<CreditBalance> StudioActions::balance(const QSqlDatabase &db, const QString &brandId)
{
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    return GenerationService::credits(db, me.value(), brandId);
}

int StudioActions::creditsLeft(const CreditBalance &balance)
{
    if (!balance.monthlyCredits)
        return 0;
    return std::max(0, *balance.monthlyCredits - balance.used - balance.reserved);
}

bool StudioActions::fits(const CreditBalance &balance, int credits)
{
    return !balance.monthlyCredits || credits <= 0 || credits <= creditsLeft(balance);
}

Result<QueuedVariations> StudioActions::enqueueVariations(const QSqlDatabase &db, const GenerationRequest &request, int count,
                                                           const QString &templateId, const QHash<QString, QString> &values)
{
    if (count < 1 || count > maxVariations)
        return Error{tr("The count must be between 1 and %1; %2 was asked.").arg(maxVariations).arg(count), {}, ErrorCode::InvalidInput};
    qint64 first = 0;
    if (request.seed) {
        first = *request.seed;
        if (first < 0 || first + count - 1 > maxSeed)
            return Error{tr("The seed must be between 0 and %1; with %n variation(s) the first can be at most %2.", nullptr, count)
                             .arg(maxSeed)
                             .arg(maxSeed - count + 1),
                         {},
                         ErrorCode::InvalidInput};
    } else {
        // A new picture each time, and the variations still one seed apart (so any of them can be made again).
        first = qint64(QRandomGenerator::global()->bounded(quint32(maxSeed - count + 2)));
    }

    // The statements first, the transaction after: it ends (rolled back on an error) before they are freed.
    WriteTransaction t(db);
    if (auto s = t.begin(tr("Queuing generations")); !s)
        return s.error();
    GenerationRequest base = request;
    if (!templateId.isEmpty())
        if (auto applied = PromptService::applyTemplate(db, templateId, values, base); !applied)
            return applied.error();

    // The price of them all against what is left: refused before anything is queued.
    auto models = StudioAnalytics::listModels(db, base.provider);
    if (!models)
        return models.error();
    const auto model = std::find_if(models->cbegin(), models->cend(), [&](const AiModel &m) { return m.name == base.model; });
    if (model != models->cend()) { // an unknown model is for enqueue to explain
        auto credits = balance(db, base.brandId);
        if (!credits)
            return credits.error();
        const int total = model->credits * count;
        if (!fits(credits.value(), total))
            return Error{tr("%n generation(s) of %1 need %2 credits, more than the %3 of %4 left this month: nothing was queued. "
                            "Lower the count or choose a cheaper model.",
                            nullptr, count)
                             .arg(base.model)
                             .arg(total)
                             .arg(creditsLeft(credits.value()))
                             .arg(*credits->monthlyCredits),
                         {},
                         ErrorCode::QuotaExceeded};
    }

    QueuedVariations out;
    out.firstSeed = first;
    for (int i = 0; i < count; ++i) {
        GenerationRequest r = base;
        r.seed = first + i;
        // Each one is a transaction of its own within this one (a savepoint): committed together below, or not at all.
        auto queued = GenerationService::enqueue(db, r);
        if (!queued) {
            Error e = queued.error();
            if (count > 1)
                e.message = tr("Nothing was queued: variation %1 of %2 (seed %3) was refused. %4").arg(i + 1).arg(count).arg(first + i).arg(e.message);
            return e;
        }
        if (queued->cached)
            ++out.cached;
        else
            out.credits += queued->credits;
        out.generations.append(queued.value());
    }
    if (auto s = t.commit(tr("Queuing generations")); !s)
        return s.error();
    return out;
}

Result<QList<Generation>> StudioActions::queueSnapshot(const QSqlDatabase &db, const QString &brandId, int finishedShown,
                                                       const QDateTime &since)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One statement: the waiting and running jobs, then the newest finished ones, as the database is at one moment.
    q.prepare(QStringLiteral(
        "SELECT part, id, at FROM (SELECT 0 AS part, id, created_at AS at FROM ai_generations WHERE brand_id = ? "
        "AND status IN ('pending', 'processing') ORDER BY created_at, id LIMIT ?) AS active "
        "UNION ALL "
        "SELECT part, id, at FROM (SELECT 1 AS part, id, coalesce(completed_at, created_at) AS at FROM ai_generations "
        "WHERE brand_id = ? AND status IN ('completed', 'failed', 'canceled') AND coalesce(completed_at, created_at) >= ? "
        "ORDER BY coalesce(completed_at, created_at) DESC, id LIMIT ?) AS finished"));
    q.addBindValue(brandId);
    q.addBindValue(maxActiveShown);
    q.addBindValue(brandId);
    q.addBindValue(d.timeValue(since));
    q.addBindValue(std::max(0, finishedShown));
    if (!q.exec())
        return Database::queryError(q, tr("Reading the queue"));
    struct Row
    {
        int part;
        QString id;
        QDateTime at;
    };
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toInt(), q.value(1).toString(), d.toDateTime(q.value(2))});
    q.finish();
    // Waiting and running oldest first, then finished newest first.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.part != b.part)
            return a.part < b.part;
        return a.part == 0 ? a.at < b.at : a.at > b.at;
    });
    QStringList ids;
    for (const Row &r : std::as_const(rows))
        ids.append(r.id);
    return GenerationService::byIds(db, ids);
}

Result<Cancellation> StudioActions::cancelMany(const QSqlDatabase &db, const QStringList &asked)
{
    QStringList ids;
    for (const QString &id : asked)
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    Cancellation out;
    if (ids.isEmpty())
        return out;

    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    WriteTransaction t(db);
    if (auto s = t.begin(tr("Cancelling generations")); !s)
        return s.error();
    // Locked until the end: a desktop cannot claim or finish one of them between this reading and the cancelling.
    q.prepare(QStringLiteral("SELECT id, status, claimed_by FROM ai_generations WHERE id IN (%1)%2")
                  .arg(SqlDialect::bindMarks(ids.size()), d.lockRows()));
    for (const QString &id : std::as_const(ids))
        q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, tr("Cancelling generations"));
    struct State
    {
        QString status, worker;
    };
    QHash<QString, State> states;
    while (q.next())
        states.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    q.finish();

    for (const QString &id : std::as_const(ids)) {
        const auto it = states.constFind(id);
        if (it == states.cend()) {
            out.missing.append(id);
            continue;
        }
        if (it->status != QLatin1String("pending") && it->status != QLatin1String("processing")) {
            out.alreadyFinished.append(id);
            continue;
        }
        // A transaction of its own within this one (a savepoint): the status and the refund go together.
        auto done = GenerationService::cancel(db, id);
        if (!done)
            return done.error();
        if (!done.value()) { // locked above, so only a change made by this very connection could get here
            out.alreadyFinished.append(id);
        } else if (it->status == QLatin1String("processing")) {
            out.interrupted.append(id);
            out.runningOn.insert(id, it->worker);
        } else {
            out.cancelled.append(id);
        }
    }
    if (auto s = t.commit(tr("Cancelling generations")); !s)
        return s.error();
    return out;
}

Result<CacheClearing> StudioActions::clearCache(const QSqlDatabase &db, const QString &brandId, int olderThanDays)
{
    if (brandId.isEmpty())
        return Error{tr("The result cache is kept per brand: name one."), {}, ErrorCode::InvalidInput};
    if (olderThanDays < 0)
        return Error{tr("The age must be 0 days or more; %1 was asked.").arg(olderThanDays), {}, ErrorCode::InvalidInput};
    CacheClearing out;
    const qint64 diskBefore = AssetStore::cacheBytes();
    {
        // Before, the clearing and after in one transaction: what it freed is what this clearing did.
        WriteTransaction t(db);
        if (auto s = t.begin(tr("Clearing the cache")); !s)
            return s.error();
        auto before = GenerationService::cacheStats(db, brandId);
        if (!before)
            return before.error();
        auto removed = GenerationService::clearCache(db, brandId, olderThanDays);
        if (!removed)
            return removed.error();
        auto after = GenerationService::cacheStats(db, brandId);
        if (!after)
            return after.error();
        if (auto s = t.commit(tr("Clearing the cache")); !s)
            return s.error();
        out.removed = removed.value();
        out.resultBytesFreed = std::max<qint64>(0, before->bytes - after->bytes);
    }
    out.diskBytesFreed = std::max<qint64>(0, diskBefore - AssetStore::cacheBytes());
    return out;
}

DiskClearing StudioActions::clearDiskCache()
{
    const qint64 freed = AssetStore::clearDiskCache(0);
    return DiskClearing{freed, AssetStore::cacheBytes()};
}

Status StudioActions::writePrivateFile(const QString &path, const QByteArray &bytes)
{
    if (path.trimmed().isEmpty())
        return Error{tr("No file was named to write to."), {}, ErrorCode::InvalidInput};
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return Error{tr("%1 is a folder: name a file to write.").arg(shown), {}, ErrorCode::InvalidInput};
    // Written to a temporary file beside it and renamed over it once complete: whole or not at all. The temporary
    // file is made owner-only before a byte goes in, so the result never is readable by others, not even briefly.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("%1 cannot be written: %2").arg(shown, file.errorString()), file.errorString()};
    if (auto s = PrivateFiles::restrictToOwner(file); !s)
        return s;
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("%1 cannot be written: %2").arg(shown, file.errorString()), file.errorString()};
    return Done{};
}

QString StudioActions::resultFileName(const QString &generationId, const QByteArray &bytes)
{
    return generationId.left(8) + QLatin1Char('.') + StudioLibrary::fileExtension(bytes);
}

Result<QString> StudioActions::saveResult(const QSqlDatabase &db, const QString &generationId, const QString &path)
{
    if (path.trimmed().isEmpty())
        return Error{tr("No file was named to write to."), {}, ErrorCode::InvalidInput};
    auto g = GenerationService::get(db, generationId);
    if (!g)
        return g.error();
    if (g->resultSha256.isEmpty())
        return Error{g->isFinished() ? tr("Generation %1 has no result to save: it failed or was cancelled.").arg(generationId)
                                     : tr("Generation %1 has no result to save yet: it is still queued or running.").arg(generationId),
                     {},
                     ErrorCode::NotFound};
    auto bytes = AssetStore::get(db, g->brandId, g->resultSha256);
    if (!bytes)
        return bytes.error();
    const QString target = QFileInfo(path).isDir() ? QDir(path).filePath(resultFileName(generationId, bytes.value())) : path;
    if (auto s = writePrivateFile(target, bytes.value()); !s)
        return s.error();
    return target;
}

Result<QString> StudioActions::writeModelFile(const QSqlDatabase &db, const Generation &generation)
{
    auto bytes = AssetStore::get(db, generation.brandId, generation.resultSha256);
    if (!bytes)
        return bytes.error();
    if (StudioLibrary::fileExtension(bytes.value()) != QLatin1String("glb"))
        return Error{tr("The result of this generation is not a 3D model (GLB)."), {}, ErrorCode::InvalidInput};
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("models"));
    if (auto s = PrivateFiles::makeFolder(folder); !s)
        return s.error();
    const QString path = QDir(folder).filePath(generation.resultSha256.left(16) + QStringLiteral(".glb"));
    if (auto s = writePrivateFile(path, bytes.value()); !s)
        return s.error();
    return path;
}

} // namespace Atelier
