#include "ai/generationservice.h"

#include "ai/assetstore.h"
#include "ai/providersettings.h"
#include "collaboration/resources.h"
#include "core/database.h"
#include "core/jsoncolumn.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"
#include "security/audittrail.h"
#include "workflows/workflowevents.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>

namespace Atelier {

namespace {

const char *const kColumns =
    "id, type, provider, model, prompt, negative_prompt, parameters, status, result_url, thumbnail_url, error, credits, "
    "cost_cents, duration, quality, rating, starred, cache_source_id, attempts, max_attempts, user_id, brand_id, created_at, "
    "completed_at, next_attempt_at, provider_job_id, error_code";

Status recordVersion(const QSqlDatabase &db, const QString &id);
Status refreshTemplate(const QSqlDatabase &db, const QString &generationId);

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<Generation> fromRow(const QSqlQuery &q, const SqlDialect &d)
{
    Generation g;
    g.id = q.value(0).toString();
    auto parameters = JsonColumn::object(q.value(6), QStringLiteral("ai_generations"), QStringLiteral("parameters"), g.id, JsonNull::Damaged);
    if (!parameters)
        return parameters.error();
    g.type = q.value(1).toString();
    g.provider = q.value(2).toString();
    g.model = q.value(3).toString();
    g.prompt = q.value(4).toString();
    g.negativePrompt = q.value(5).toString();
    g.parameters = parameters.value();
    g.status = q.value(7).toString();
    g.resultSha256 = AssetStore::shaOf(q.value(8).toString());
    g.thumbnailSha256 = AssetStore::shaOf(q.value(9).toString());
    g.error = q.value(10).toString();
    g.credits = q.value(11).toInt();
    g.costCents = q.value(12).toInt();
    if (!q.isNull(13))
        g.durationMs = q.value(13).toInt() * 1000;
    if (!q.isNull(14))
        g.quality = q.value(14).value<double>();
    if (!q.isNull(15))
        g.rating = q.value(15).toInt();
    g.starred = q.value(16).toBool();
    g.cached = !q.isNull(17);
    g.attempts = q.value(18).toInt();
    g.maxAttempts = q.value(19).toInt();
    g.userId = q.value(20).toString();
    g.brandId = q.value(21).toString();
    g.createdAt = d.toDateTime(q.value(22));
    if (!q.isNull(23))
        g.completedAt = d.toDateTime(q.value(23));
    if (!q.isNull(24))
        g.nextAttemptAt = d.toDateTime(q.value(24));
    g.providerJobId = q.value(25).toString();
    g.errorCode = errorCodeFromName(q.value(26).toString());
    return g;
}

Status ledger(const QSqlDatabase &db, const QString &kind, const QString &generationId, const QString &userId,
              const QString &brandId, const QString &provider, const QString &model, int credits)
{
    if (credits <= 0)
        return Done{};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO ai_costs (id, generation_id, user_id, brand_id, provider, model, kind, credits, cost_cents, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(generationId);
    q.addBindValue(userId);
    q.addBindValue(brandId);
    q.addBindValue(provider);
    q.addBindValue(model);
    q.addBindValue(kind);
    q.addBindValue(credits);
    q.addBindValue(credits);
    q.addBindValue(SqlDialect::of(db).timeValue(nowUtc()));
    if (!q.exec())
        return Database::queryError(q, GenerationService::tr("Recording credits"));
    return Done{};
}

/// Who owns a job and what it costs, read inside the transaction that moves it.
struct JobRow
{
    QString userId, brandId, provider, model;
    int credits = 0;
};

Result<JobRow> jobRow(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT user_id, brand_id, provider, model, credits FROM ai_generations WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, GenerationService::tr("Reading a generation"));
    if (!q.next())
        return Error{GenerationService::tr("There is no generation %1 (or it is not yours to see).").arg(id), {}, ErrorCode::NotFound};
    return JobRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt()};
}

QDateTime monthStart(const QDateTime &now)
{
    return QDateTime(QDate(now.date().year(), now.date().month(), 1), QTime(0, 0), Qt::UTC);
}

/// The stored form of an error's code: its name, or NULL when it has none (not classified).
QVariant codeValue(ErrorCode code)
{
    const QString name = errorCodeName(code);
    return name.isEmpty() ? QVariant() : QVariant(name);
}

/// generation.completed / generation.failed for the workflows listening (docs/workflows.md, "event"), in the
/// transaction that finishes the job; a refused event is logged, never a reason to leave the job unfinished.
void raiseWorkflowEvent(const QSqlDatabase &db, const QString &id, const JobRow &job, const QString &event, const QString &error)
{
    QJsonObject payload{{QStringLiteral("generation"), id}, {QStringLiteral("provider"), job.provider}, {QStringLiteral("model"), job.model}};
    if (event == QLatin1String("generation.failed")) {
        payload.insert(QStringLiteral("error"), error);
    } else {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT prompt FROM ai_generations WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            payload.insert(QStringLiteral("prompt"), q.value(0).toString());
    }
    if (auto raised = WorkflowEvents::raise(db, job.brandId, event, payload); !raised)
        qWarning().noquote() << raised.error().message;
    if (event == QLatin1String("generation.completed"))
        if (auto crossed = WorkflowEvents::raiseQuotaCrossing(db, job.brandId, job.userId, job.credits); !crossed)
            qWarning().noquote() << crossed.error().message;
}

/// Moves a job this worker holds from processing to \a status, refunding it unless it completed.
Result<bool> finish(const QSqlDatabase &db, const QString &id, const QString &worker, const QString &status,
                    const Error &error, qint64 durationMs)
{
    const SqlDialect d = SqlDialect::of(db);
    WriteTransaction t(db);
    if (auto s = t.begin(GenerationService::tr("Recording a failed generation")); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE ai_generations SET status = ?, error = ?, error_code = ?, duration = ?, completed_at = ?, "
                             "claimed_by = NULL, lease_until = NULL WHERE id = ? AND status = 'processing' AND claimed_by = ?"));
    q.addBindValue(status);
    q.addBindValue(error.message);
    q.addBindValue(codeValue(error.code));
    q.addBindValue(int(std::lround(double(durationMs) / 1000.0)));
    q.addBindValue(d.timeValue(nowUtc()));
    q.addBindValue(id);
    q.addBindValue(worker);
    if (!q.exec())
        return Database::queryError(q, GenerationService::tr("Recording a failed generation"));
    if (q.numRowsAffected() != 1)
        return false;
    auto job = jobRow(db, id);
    if (!job)
        return job.error();
    if (auto s = ledger(db, QStringLiteral("refund"), id, job->userId, job->brandId, job->provider, job->model, job->credits); !s)
        return s.error();
    if (auto s = refreshTemplate(db, id); !s)
        return s.error();
    if (status == QLatin1String("failed"))
        raiseWorkflowEvent(db, id, job.value(), QStringLiteral("generation.failed"), error.message);
    if (auto s = t.commit(GenerationService::tr("Recording a failed generation")); !s)
        return s.error();
    return true;
}

/// A finished generation that is a version of another (parameters.versionOf) becomes that one's next version.
Status recordVersion(const QSqlDatabase &db, const QString &id)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT parameters, prompt, result_url, quality, brand_id FROM ai_generations WHERE id = ? AND status = 'completed'"));
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, GenerationService::tr("Recording a version"));
    if (!q.next())
        return Done{};
    auto parameters = JsonColumn::object(q.value(0), QStringLiteral("ai_generations"), QStringLiteral("parameters"), id, JsonNull::Damaged);
    if (!parameters)
        return parameters.error();
    const QString root = parameters->value(QLatin1String("versionOf")).toString();
    if (root.isEmpty())
        return Done{};
    QSqlQuery n(db);
    n.prepare(QStringLiteral("SELECT coalesce(max(version), 1) + 1 FROM ai_versions WHERE generation_id = ?"));
    n.addBindValue(root);
    if (!n.exec() || !n.next())
        return Database::queryError(n, GenerationService::tr("Recording a version"));
    QSqlQuery w(db);
    w.prepare(QStringLiteral("INSERT INTO ai_versions (id, generation_id, version, prompt, parameters, result_url, quality, brand_id, created_at) "
                             "VALUES (?, ?, ?, ?, %1, ?, ?, ?, ?)")
                  .arg(d.jsonParameter()));
    w.addBindValue(id);
    w.addBindValue(root);
    w.addBindValue(n.value(0).toInt());
    w.addBindValue(q.value(1));
    w.addBindValue(q.value(0).toString());
    w.addBindValue(q.value(2));
    w.addBindValue(q.value(3).isNull() ? QVariant(0.0) : q.value(3));
    w.addBindValue(q.value(4));
    w.addBindValue(d.timeValue(nowUtc()));
    if (!w.exec())
        return Database::queryError(w, GenerationService::tr("Recording a version"));
    return Done{};
}

/// A template's usage count and success rate, recomputed from its generations when one of them finishes.
Status refreshTemplate(const QSqlDatabase &db, const QString &generationId)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM ai_generations WHERE id = ?").arg(d.jsonText(QStringLiteral("parameters"), QStringLiteral("template"))));
    q.addBindValue(generationId);
    if (!q.exec())
        return Database::queryError(q, GenerationService::tr("Updating a prompt template"));
    if (!q.next() || q.isNull(0))
        return Done{};
    const QString templateId = q.value(0).toString();
    QSqlQuery w(db);
    w.prepare(QStringLiteral("UPDATE ai_prompt_templates SET "
                             "usage_count = (SELECT count(*) FROM ai_generations WHERE %1 = ?), "
                             "success_rate = coalesce((SELECT CAST(sum(CASE WHEN status = 'completed' THEN 1 ELSE 0 END) AS REAL) / count(*) "
                             "FROM ai_generations WHERE %1 = ? AND status IN ('completed', 'failed')), 0) WHERE id = ?")
                  .arg(d.jsonText(QStringLiteral("parameters"), QStringLiteral("template"))));
    w.addBindValue(templateId);
    w.addBindValue(templateId);
    w.addBindValue(templateId);
    if (!w.exec())
        return Database::queryError(w, GenerationService::tr("Updating a prompt template"));
    return Done{};
}

} // namespace

QString GenerationService::normalisedPrompt(const QString &prompt)
{
    return prompt.simplified().toLower();
}

QString GenerationService::cacheKey(const GenerationRequest &r)
{
    QJsonObject o{{QStringLiteral("provider"), r.provider},
                  {QStringLiteral("model"), r.model},
                  {QStringLiteral("type"), r.type},
                  {QStringLiteral("prompt"), normalisedPrompt(r.prompt)},
                  {QStringLiteral("negative"), normalisedPrompt(r.negativePrompt)},
                  {QStringLiteral("seed"), r.seed ? QString::number(*r.seed) : QString()},
                  {QStringLiteral("width"), r.width},
                  {QStringLiteral("height"), r.height},
                  {QStringLiteral("parameters"), r.parameters}};
    // QJsonObject keeps its keys sorted, so equal requests give equal bytes.
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

Result<Generation> GenerationService::enqueue(const QSqlDatabase &db, const GenerationRequest &requested)
{
    GenerationRequest r = requested;
    static const QStringList types = {QStringLiteral("2d"), QStringLiteral("3d"), QStringLiteral("animation"), QStringLiteral("template")};
    if (!types.contains(r.type))
        return Error{tr("Unknown generation type \"%1\"; the types are: %2.").arg(r.type, types.join(QLatin1String(", "))), {}, ErrorCode::InvalidInput};
    if (!ProviderSettings::names().contains(r.provider))
        return Error{tr("Unknown provider \"%1\"; the providers are: %2.").arg(r.provider, ProviderSettings::names().join(QLatin1String(", "))), {}, ErrorCode::InvalidInput};
    if (r.prompt.trimmed().isEmpty())
        return Error{tr("The prompt is empty: say what to generate."), {}, ErrorCode::InvalidInput};
    if (r.prompt.size() > 4000 || r.negativePrompt.size() > 4000)
        return Error{tr("The prompt is %1 characters long; at most 4000 are accepted.").arg(std::max(r.prompt.size(), r.negativePrompt.size())), {}, ErrorCode::InvalidInput};
    if (r.width < 64 || r.width > 4096 || r.height < 64 || r.height > 4096)
        return Error{tr("The size %1×%2 is outside 64–4096 pixels a side.").arg(r.width).arg(r.height), {}, ErrorCode::BadSize};
    if (jsonText(r.parameters).size() > 16384)
        return Error{tr("The parameters are larger than 16 KB."), {}, ErrorCode::InvalidInput};
    if (r.maxAttempts < 0 || r.maxAttempts > 20)
        return Error{tr("The attempts must be between 1 and 20."), {}, ErrorCode::InvalidInput};
    if (r.brandId.isEmpty())
        return Error{tr("A generation belongs to a brand: name one."), {}, ErrorCode::InvalidInput};

    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT provider, type, cost_per_generation, is_active FROM ai_models WHERE name = ?"));
    q.addBindValue(r.model);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the models"));
    if (!q.next()) {
        QStringList known;
        QSqlQuery k(db);
        k.prepare(QStringLiteral("SELECT name FROM ai_models WHERE provider = ? AND is_active ORDER BY name"));
        k.addBindValue(r.provider);
        if (k.exec())
            while (k.next())
                known.append(k.value(0).toString());
        return Error{tr("Unknown model \"%1\"; the models of %2 are: %3.")
                         .arg(r.model, ProviderSettings::displayName(r.provider),
                              known.isEmpty() ? tr("none registered") : known.join(QLatin1String(", "))),
                     {}, ErrorCode::NotFound};
    }
    if (q.value(0).toString() != r.provider)
        return Error{tr("The model \"%1\" belongs to %2, not %3.")
                         .arg(r.model, ProviderSettings::displayName(q.value(0).toString()), ProviderSettings::displayName(r.provider)),
                     {}, ErrorCode::InvalidInput};
    const QString modelType = q.value(1).toString();
    if (modelType != (r.type == QLatin1String("template") ? QStringLiteral("2d") : r.type))
        return Error{tr("The model \"%1\" makes %2 results, not %3.").arg(r.model, modelType, r.type), {}, ErrorCode::WrongKind};
    if (!q.value(3).toBool())
        return Error{tr("The model \"%1\" is retired.").arg(r.model), {}, ErrorCode::InvalidInput};
    const int credits = int(std::lround(q.value(2).value<double>() * 100));
    // Done with it: on SQLite a statement left open keeps this connection on an old snapshot, and the writes below
    // then fail at once ("database is locked") whenever another process wrote meanwhile (a console's queue).
    q.finish();

    if (r.type == QLatin1String("3d") && r.provider != QLatin1String("offline")) {
        // A provider's 3D model is made from a picture: a completed generation of the same brand.
        const QString source = r.parameters.value(QLatin1String("source")).toString();
        if (source.isEmpty())
            return Error{tr("A 3d generation starts from an image: give the id of a completed 2d generation of the brand as the "
                            "\"source\" parameter (--param source=ID)."),
                         {}, ErrorCode::NoSource};
        auto from = get(db, source);
        if (!from)
            return from.error();
        if (from->brandId != r.brandId || from->status != QLatin1String("completed") || from->resultSha256.isEmpty()
            || from->type == QLatin1String("3d"))
            return Error{tr("The source %1 is not a completed 2d generation of this brand.").arg(source), {}, ErrorCode::NoSource};
    }
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    auto provider = ProviderSettings::config(r.provider);
    if (!provider)
        return provider.error();
    if (r.maxAttempts == 0)
        r.maxAttempts = provider->maxAttempts;
    if (!r.seed)
        r.seed = qint64(QRandomGenerator::global()->bounded(quint32(1u << 31))); // a new picture each time
    const QString key = cacheKey(r);
    QJsonObject parameters = r.parameters;
    parameters.insert(QStringLiteral("seed"), *r.seed);
    parameters.insert(QStringLiteral("width"), r.width);
    parameters.insert(QStringLiteral("height"), r.height);

    // The statements first, the transaction after: it ends (rolled back on an error) before they are freed.
    QSqlQuery w(db);
    QSqlQuery quota(db);
    QSqlQuery cache(db);
    WriteTransaction t(db);
    if (auto s = t.begin(tr("Queuing a generation")); !s)
        return s.error();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = nowUtc();

    // The cache: the oldest completed original of the same request in this brand.
    cache.prepare(QStringLiteral("SELECT id, result_url, thumbnail_url, quality FROM ai_generations WHERE cache_key = ? AND brand_id = ? "
                                 "AND status = 'completed' AND cache_source_id IS NULL ORDER BY completed_at LIMIT 1"));
    cache.addBindValue(key);
    cache.addBindValue(r.brandId);
    if (!cache.exec())
        return Database::queryError(cache, tr("Looking in the cache"));
    const bool hit = cache.next();
    w.prepare(QStringLiteral("INSERT INTO ai_generations (id, type, provider, model, prompt, negative_prompt, parameters, status, "
                             "result_url, thumbnail_url, credits, cost_cents, duration, quality, user_id, brand_id, created_at, "
                             "completed_at, next_attempt_at, max_attempts, cache_key, cache_source_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, %1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(d.jsonParameter()));
    w.addBindValue(id);
    w.addBindValue(r.type);
    w.addBindValue(r.provider);
    w.addBindValue(r.model);
    w.addBindValue(r.prompt);
    w.addBindValue(r.negativePrompt.isEmpty() ? QVariant() : QVariant(r.negativePrompt));
    w.addBindValue(jsonText(parameters));
    if (hit) {
        w.addBindValue(QStringLiteral("completed"));
        w.addBindValue(cache.value(1));
        w.addBindValue(cache.value(2));
        w.addBindValue(0);
        w.addBindValue(0);
        w.addBindValue(0);
        w.addBindValue(cache.value(3));
    } else {
        // Over quota: refused here, before any provider is called.
        // PostgreSQL: locked until this transaction ends (two desktops queuing at once cannot both pass), through a
        // function of the tables' owner, since members may not lock quota rows themselves (migration 0009).
        quota.prepare(d.lockedQuota());
        quota.addBindValue(me.value());
        quota.addBindValue(r.brandId);
        if (!quota.exec())
            return Database::queryError(quota, tr("Reading the quota"));
        if (quota.next() && credits > 0) {
            const int monthly = quota.value(0).toInt();
            const bool newMonth = d.toDateTime(quota.value(3)) < monthStart(now);
            const int used = newMonth ? 0 : quota.value(1).toInt();
            const int reserved = quota.value(2).toInt();
            if (used + reserved + credits > monthly)
                return Error{tr("Quota exceeded: %1 of %2 credits used this month, %3 held by queued jobs; this generation needs %4.")
                                 .arg(used)
                                 .arg(monthly)
                                 .arg(reserved)
                                 .arg(credits),
                             {}, ErrorCode::QuotaExceeded};
        }
        w.addBindValue(QStringLiteral("pending"));
        w.addBindValue(QVariant());
        w.addBindValue(QVariant());
        w.addBindValue(credits);
        w.addBindValue(credits);
        w.addBindValue(QVariant());
        w.addBindValue(QVariant());
    }
    w.addBindValue(me.value());
    w.addBindValue(r.brandId);
    w.addBindValue(d.timeValue(now));
    w.addBindValue(hit ? d.timeValue(now) : QVariant());
    w.addBindValue(hit ? QVariant() : d.timeValue(now));
    w.addBindValue(r.maxAttempts);
    w.addBindValue(hit ? QVariant() : QVariant(key));
    w.addBindValue(hit ? cache.value(0) : QVariant());
    if (!w.exec())
        return Database::queryError(w, tr("Queuing a generation"));
    if (!hit) {
        if (auto s = ledger(db, QStringLiteral("reserve"), id, me.value(), r.brandId, r.provider, r.model, credits); !s)
            return s.error();
    } else if (auto s = recordVersion(db, id); !s) {
        return s.error();
    }
    if (auto s = refreshTemplate(db, id); !s)
        return s.error();
    if (auto s = AuditTrail::recordWithin(db, QStringLiteral("create"), QStringLiteral("ai_generation"), id, r.brandId,
                                          {{QStringLiteral("provider"), r.provider}, {QStringLiteral("model"), r.model},
                                           {QStringLiteral("cached"), hit}});
        !s)
        return s.error();
    if (auto s = t.commit(tr("Queuing a generation")); !s)
        return s.error();
    return get(db, id);
}

Result<Generation> GenerationService::get(const QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM ai_generations WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, tr("Reading a generation"));
    if (!q.next())
        return Error{tr("There is no generation %1 (or it is not yours to see).").arg(id), {}, ErrorCode::NotFound};
    return fromRow(q, SqlDialect::of(db));
}

Result<QList<Generation>> GenerationService::byIds(const QSqlDatabase &db, const QStringList &ids)
{
    QList<Generation> rows;
    if (ids.isEmpty())
        return rows;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM ai_generations WHERE id IN (%2)").arg(QLatin1String(kColumns), SqlDialect::bindMarks(ids.size())));
    for (const QString &id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the generations"));
    QHash<QString, Generation> found;
    const SqlDialect d = SqlDialect::of(db);
    while (q.next()) {
        auto g = fromRow(q, d);
        if (!g)
            return g.error();
        found.insert(g->id, g.value());
    }
    for (const QString &id : ids)
        if (auto it = found.constFind(id); it != found.cend())
            rows.append(it.value());
    return rows;
}

QStringList GenerationService::statuses()
{
    return {QStringLiteral("pending"), QStringLiteral("processing"), QStringLiteral("completed"), QStringLiteral("failed"),
            QStringLiteral("canceled")};
}

Result<QList<Generation>> GenerationService::list(const QSqlDatabase &db, const QString &brandId, const QString &status, int limit)
{
    // A status that no generation can have (a typo: "complete") would list nothing and look like an empty brand.
    if (!status.isEmpty() && !statuses().contains(status))
        return Error{tr("Unknown status \"%1\"; the statuses are: %2.").arg(status, statuses().join(QLatin1String(", "))), {}, ErrorCode::InvalidInput};
    QSqlQuery q(db);
    QStringList where;
    if (!brandId.isEmpty())
        where.append(QStringLiteral("brand_id = ?"));
    if (!status.isEmpty())
        where.append(QStringLiteral("status = ?"));
    q.prepare(QStringLiteral("SELECT %1 FROM ai_generations %2 ORDER BY created_at DESC, id LIMIT ?")
                  .arg(QLatin1String(kColumns), where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND "))));
    if (!brandId.isEmpty())
        q.addBindValue(brandId);
    if (!status.isEmpty())
        q.addBindValue(status);
    q.addBindValue(std::clamp(limit, 1, 100000));
    if (!q.exec())
        return Database::queryError(q, tr("Reading the generations"));
    QList<Generation> rows;
    const SqlDialect d = SqlDialect::of(db);
    while (q.next()) {
        auto g = fromRow(q, d);
        if (!g)
            return g.error();
        rows.append(g.value());
    }
    return rows;
}

namespace {

/// The WHERE clause of a gallery filter and its values, in order.
QString galleryWhere(const QSqlDatabase &db, const GalleryFilter &f, QVariantList &values)
{
    const SqlDialect d = SqlDialect::of(db);
    QStringList where;
    where.append(QStringLiteral("g.brand_id = ?"));
    values.append(f.brandId);
    if (!f.types.isEmpty()) {
        where.append(QStringLiteral("g.type IN (%1)").arg(SqlDialect::bindMarks(f.types.size())));
        for (const QString &t : f.types)
            values.append(t);
    }
    if (!f.statuses.isEmpty()) {
        where.append(QStringLiteral("g.status IN (%1)").arg(SqlDialect::bindMarks(f.statuses.size())));
        for (const QString &s : f.statuses)
            values.append(s);
    }
    if (!f.model.isEmpty()) {
        where.append(QStringLiteral("g.model = ?"));
        values.append(f.model);
    }
    if (!f.collectionId.isEmpty()) {
        where.append(QStringLiteral("g.id IN (SELECT generation_id FROM ai_collection_generations WHERE collection_id = ?)"));
        values.append(f.collectionId);
    }
    if (f.from.isValid()) {
        where.append(QStringLiteral("g.created_at >= ?"));
        values.append(d.timeValue(f.from.startOfDay(Qt::UTC)));
    }
    if (f.to.isValid()) {
        where.append(QStringLiteral("g.created_at < ?"));
        values.append(d.timeValue(f.to.startOfDay(Qt::UTC)));
    }
    if (f.minRating > 0) {
        where.append(QStringLiteral("g.rating >= ?"));
        values.append(f.minRating);
    }
    if (f.starredOnly)
        where.append(QStringLiteral("g.starred = ?")), values.append(true);
    if (const QString search = f.search.trimmed(); !search.isEmpty()) {
        where.append(d.containsBound(QStringLiteral("g.prompt")));
        values.append(d.containsPattern(search));
    }
    return where.join(QLatin1String(" AND "));
}

QString galleryOrder(GalleryFilter::Sort sort)
{
    switch (sort) {
    case GalleryFilter::Sort::Oldest:
        return QStringLiteral("g.created_at ASC, g.id ASC");
    case GalleryFilter::Sort::BestQuality:
        return QStringLiteral("g.quality DESC NULLS LAST, g.created_at DESC, g.id");
    case GalleryFilter::Sort::BestRated:
        return QStringLiteral("g.rating DESC NULLS LAST, g.quality DESC NULLS LAST, g.created_at DESC, g.id");
    case GalleryFilter::Sort::Cheapest:
        return QStringLiteral("g.credits ASC, g.created_at DESC, g.id");
    case GalleryFilter::Sort::Dearest:
        return QStringLiteral("g.credits DESC, g.created_at DESC, g.id");
    case GalleryFilter::Sort::Slowest:
        return QStringLiteral("g.duration DESC NULLS LAST, g.created_at DESC, g.id");
    case GalleryFilter::Sort::Newest:
        break;
    }
    return QStringLiteral("g.created_at DESC, g.id");
}

} // namespace

GenerationRequest GenerationService::requestOf(const Generation &g, const QJsonObject &parameterChanges)
{
    GenerationRequest r;
    r.brandId = g.brandId;
    r.type = g.type;
    r.provider = g.provider;
    r.model = g.model;
    r.prompt = g.prompt;
    r.negativePrompt = g.negativePrompt;
    QJsonObject parameters = g.parameters;
    for (auto it = parameterChanges.begin(); it != parameterChanges.end(); ++it)
        parameters.insert(it.key(), it.value());
    if (parameters.contains(QLatin1String("seed")))
        r.seed = parameters.value(QLatin1String("seed")).toVariant().toLongLong();
    r.width = parameters.value(QLatin1String("width")).toInt(1024);
    r.height = parameters.value(QLatin1String("height")).toInt(1024);
    for (const char *own : {"seed", "width", "height", "result"})
        parameters.remove(QLatin1String(own));
    r.parameters = parameters;
    r.maxAttempts = g.maxAttempts >= 1 && g.maxAttempts <= 20 ? g.maxAttempts : 0;
    return r;
}

Result<QList<Generation>> GenerationService::search(const QSqlDatabase &db, const GalleryFilter &filter, int offset, int limit)
{
    if (filter.brandId.isEmpty())
        return Error{tr("The gallery needs a brand."), {}, ErrorCode::InvalidInput};
    QVariantList values;
    const QString where = galleryWhere(db, filter, values);
    QString columns = QLatin1String(kColumns);
    columns = QStringLiteral("g.") + columns.replace(QLatin1String(", "), QLatin1String(", g."));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM ai_generations g WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?")
                  .arg(columns, where, galleryOrder(filter.sort)));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    q.addBindValue(std::clamp(limit, 1, 100000));
    q.addBindValue(std::max(0, offset));
    if (!q.exec())
        return Database::queryError(q, tr("Reading the gallery"));
    QList<Generation> rows;
    const SqlDialect d = SqlDialect::of(db);
    while (q.next()) {
        auto g = fromRow(q, d);
        if (!g)
            return g.error();
        rows.append(g.value());
    }
    return rows;
}

Result<qint64> GenerationService::count(const QSqlDatabase &db, const GalleryFilter &filter)
{
    if (filter.brandId.isEmpty())
        return Error{tr("The gallery needs a brand."), {}, ErrorCode::InvalidInput};
    QVariantList values;
    const QString where = galleryWhere(db, filter, values);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ai_generations g WHERE %1").arg(where));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return Database::queryError(q, tr("Counting the gallery"));
    return q.value(0).toLongLong();
}

Result<QStringList> GenerationService::modelsUsed(const QSqlDatabase &db, const QString &brandId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT DISTINCT model FROM ai_generations WHERE brand_id = ? ORDER BY model"));
    q.addBindValue(brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the models used"));
    QStringList models;
    while (q.next())
        models.append(q.value(0).toString());
    return models;
}

Result<int> GenerationService::remove(const QSqlDatabase &db, const QStringList &chosen)
{
    QStringList ids = chosen;
    ids.removeDuplicates();
    if (ids.isEmpty())
        return 0;
    WriteTransaction t(db);
    if (auto s = t.begin(tr("Deleting generations")); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, status FROM ai_generations WHERE id IN (%1)").arg(SqlDialect::bindMarks(ids.size())));
    for (const QString &id : ids)
        q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, tr("Deleting generations"));
    QSet<QString> seen;
    while (q.next()) {
        const QString status = q.value(1).toString();
        if (status == QLatin1String("pending") || status == QLatin1String("processing"))
            return Error{tr("Generation %1 is still in the queue: cancel it first. Nothing was deleted.").arg(q.value(0).toString()), {}, ErrorCode::Conflict};
        seen.insert(q.value(0).toString());
    }
    for (const QString &id : ids)
        if (!seen.contains(id))
            return Error{tr("There is no generation %1 (or it is not yours to see). Nothing was deleted.").arg(id), {}, ErrorCode::NotFound};
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM ai_generations WHERE id IN (%1)").arg(SqlDialect::bindMarks(ids.size())));
    for (const QString &id : ids)
        del.addBindValue(id);
    if (!del.exec())
        return Database::queryError(del, tr("Deleting generations"));
    if (del.numRowsAffected() != ids.size())
        return Error{tr("Only %1 of the %2 generations may be deleted by you. Nothing was deleted.").arg(del.numRowsAffected()).arg(ids.size()), {}, ErrorCode::PermissionDenied};
    if (auto s = t.commit(tr("Deleting generations")); !s)
        return s.error();
    return int(ids.size());
}

Result<bool> GenerationService::cancel(const QSqlDatabase &db, const QString &id)
{
    WriteTransaction t(db);
    if (auto s = t.begin(tr("Cancelling a generation")); !s)
        return s.error();
    auto job = jobRow(db, id);
    if (!job)
        return job.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE ai_generations SET status = 'canceled', completed_at = ?, claimed_by = NULL, lease_until = NULL "
                             "WHERE id = ? AND status IN ('pending', 'processing')"));
    q.addBindValue(SqlDialect::of(db).timeValue(nowUtc()));
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, tr("Cancelling a generation"));
    if (q.numRowsAffected() != 1)
        return false;
    if (auto s = ledger(db, QStringLiteral("refund"), id, job->userId, job->brandId, job->provider, job->model, job->credits); !s)
        return s.error();
    if (auto s = t.commit(tr("Cancelling a generation")); !s)
        return s.error();
    return true;
}

Result<QList<Generation>> GenerationService::due(const QSqlDatabase &db, const QStringList &providers, int limit)
{
    QList<Generation> rows;
    if (providers.isEmpty() || limit <= 0)
        return rows;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM ai_generations WHERE status = 'pending' AND next_attempt_at <= ? AND provider IN (%2) "
                             "ORDER BY next_attempt_at, created_at LIMIT ?")
                  .arg(QLatin1String(kColumns), SqlDialect::bindMarks(providers.size())));
    const SqlDialect d = SqlDialect::of(db);
    q.addBindValue(d.timeValue(nowUtc()));
    for (const QString &p : providers)
        q.addBindValue(p);
    q.addBindValue(limit);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the queue"));
    while (q.next()) {
        auto g = fromRow(q, d);
        if (!g)
            return g.error();
        rows.append(g.value());
    }
    return rows;
}

Result<qint64> GenerationService::pendingCount(const QSqlDatabase &db, const QStringList &providers)
{
    QString sql = QStringLiteral("SELECT count(*) FROM ai_generations WHERE status IN ('pending', 'processing')");
    if (!providers.isEmpty())
        sql += QStringLiteral(" AND provider IN (%1)").arg(SqlDialect::bindMarks(providers.size()));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString &p : providers)
        q.addBindValue(p);
    if (!q.exec() || !q.next())
        return Database::queryError(q, tr("Counting the jobs still to run"));
    return q.value(0).toLongLong();
}

Result<bool> GenerationService::claim(const QSqlDatabase &db, const QString &id, const QString &worker, qint64 leaseMs)
{
    const SqlDialect d = SqlDialect::of(db);
    const QDateTime now = nowUtc();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE ai_generations SET status = 'processing', attempts = attempts + 1, claimed_by = ?, lease_until = ?, "
                             "started_at = coalesce(started_at, ?) WHERE id = ? AND status = 'pending'"));
    q.addBindValue(worker);
    q.addBindValue(d.timeValue(now.addMSecs(leaseMs)));
    q.addBindValue(d.timeValue(now));
    q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, tr("Taking a job from the queue"));
    return q.numRowsAffected() == 1;
}

Status GenerationService::renewLeases(const QSqlDatabase &db, const QString &worker, const QStringList &ids, qint64 leaseMs)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE ai_generations SET lease_until = ? WHERE id = ? AND claimed_by = ? AND status = 'processing'"));
    for (const QString &id : ids) {
        q.addBindValue(d.timeValue(nowUtc().addMSecs(leaseMs)));
        q.addBindValue(id);
        q.addBindValue(worker);
        if (!q.exec())
            return Database::queryError(q, tr("Renewing the queue's leases"));
    }
    return Done{};
}

Result<QStringList> GenerationService::lost(const QSqlDatabase &db, const QString &worker, const QStringList &ids)
{
    QStringList gone;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT status, claimed_by FROM ai_generations WHERE id = ?"));
    for (const QString &id : ids) {
        q.addBindValue(id);
        if (!q.exec())
            return Database::queryError(q, tr("Reading the queue"));
        if (!q.next() || q.value(0).toString() != QLatin1String("processing") || q.value(1).toString() != worker)
            gone.append(id);
    }
    return gone;
}

Result<int> GenerationService::recoverLapsed(const QSqlDatabase &db)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, claimed_by, attempts, max_attempts FROM ai_generations WHERE status = 'processing' AND "
                             "(lease_until IS NULL OR lease_until < ?)"));
    q.addBindValue(d.timeValue(nowUtc()));
    if (!q.exec())
        return Database::queryError(q, tr("Reading the queue"));
    struct Lapsed
    {
        QString id, worker;
        bool exhausted;
    };
    QList<Lapsed> lapsed;
    while (q.next())
        lapsed.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() >= q.value(3).toInt()});
    int recovered = 0;
    for (const Lapsed &l : lapsed) {
        if (l.exhausted) {
            auto f = finish(db, l.id, l.worker, QStringLiteral("failed"),
                            Error{tr("The desktop running this job stopped before it finished, and no attempts are left."), {},
                                  ErrorCode::Lapsed},
                            0);
            if (!f)
                return f.error();
            recovered += f.value();
            continue;
        }
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE ai_generations SET status = 'pending', claimed_by = NULL, lease_until = NULL, next_attempt_at = ? "
                                 "WHERE id = ? AND status = 'processing' AND coalesce(claimed_by, '') = ?"));
        u.addBindValue(d.timeValue(nowUtc()));
        u.addBindValue(l.id);
        u.addBindValue(l.worker);
        if (!u.exec())
            return Database::queryError(u, tr("Resuming the queue"));
        recovered += u.numRowsAffected() == 1;
    }
    return recovered;
}

Result<bool> GenerationService::complete(const QSqlDatabase &db, const QString &id, const QString &worker, const StoredAsset &result,
                                         const StoredAsset &thumbnail, double quality, qint64 durationMs, const QJsonObject &metadata)
{
    const SqlDialect d = SqlDialect::of(db);
    WriteTransaction t(db);
    if (auto s = t.begin(tr("Recording a finished generation")); !s)
        return s.error();
    auto job = jobRow(db, id);
    if (!job)
        return job.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE ai_generations SET status = 'completed', result_url = ?, thumbnail_url = ?, quality = ?, duration = ?, "
                             "completed_at = ?, error = NULL, error_code = NULL, claimed_by = NULL, lease_until = NULL, "
                             "parameters = %1 WHERE id = ? AND status = 'processing' AND claimed_by = ?")
                  .arg(d.jsonWithBoundKey(QStringLiteral("parameters"), QStringLiteral("result"))));
    q.addBindValue(QStringLiteral("asset:") + result.sha256);
    q.addBindValue(QStringLiteral("asset:") + thumbnail.sha256);
    q.addBindValue(quality);
    q.addBindValue(int(std::lround(double(durationMs) / 1000.0)));
    q.addBindValue(d.timeValue(nowUtc()));
    q.addBindValue(jsonText(metadata));
    q.addBindValue(id);
    q.addBindValue(worker);
    if (!q.exec())
        return Database::queryError(q, tr("Recording a finished generation"));
    if (q.numRowsAffected() != 1)
        return false; // cancelled meanwhile, or taken over: the other outcome stands
    if (auto s = ledger(db, QStringLiteral("charge"), id, job->userId, job->brandId, job->provider, job->model, job->credits); !s)
        return s.error();
    if (auto s = recordVersion(db, id); !s)
        return s.error();
    if (auto s = refreshTemplate(db, id); !s)
        return s.error();
    raiseWorkflowEvent(db, id, job.value(), QStringLiteral("generation.completed"), {});
    if (auto s = t.commit(tr("Recording a finished generation")); !s)
        return s.error();
    return true;
}

Result<bool> GenerationService::retryLater(const QSqlDatabase &db, const QString &id, const QString &worker, const Error &error,
                                           qint64 delayMs)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE ai_generations SET status = 'pending', error = ?, error_code = ?, next_attempt_at = ?, claimed_by = NULL, "
                             "lease_until = NULL, provider_job_id = NULL WHERE id = ? AND status = 'processing' AND claimed_by = ?"));
    q.addBindValue(error.message);
    q.addBindValue(codeValue(error.code));
    q.addBindValue(d.timeValue(nowUtc().addMSecs(delayMs)));
    q.addBindValue(id);
    q.addBindValue(worker);
    if (!q.exec())
        return Database::queryError(q, tr("Putting a job back in the queue"));
    return q.numRowsAffected() == 1;
}

Status GenerationService::setProviderJob(const QSqlDatabase &db, const QString &id, const QString &worker, const QString &jobId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE ai_generations SET provider_job_id = ? WHERE id = ? AND status = 'processing' AND claimed_by = ?"));
    q.addBindValue(jobId);
    q.addBindValue(id);
    q.addBindValue(worker);
    if (!q.exec())
        return Database::queryError(q, tr("Recording the provider's job"));
    return Done{};
}

Result<bool> GenerationService::release(const QSqlDatabase &db, const QString &id, const QString &worker)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE ai_generations SET status = 'pending', attempts = %1, claimed_by = NULL, "
                             "lease_until = NULL, provider_job_id = NULL WHERE id = ? AND status = 'processing' AND claimed_by = ?")
                  .arg(SqlDialect::of(db).greatest(QStringLiteral("attempts - 1"), QStringLiteral("0"))));
    q.addBindValue(id);
    q.addBindValue(worker);
    if (!q.exec())
        return Database::queryError(q, tr("Putting a job back in the queue"));
    return q.numRowsAffected() == 1;
}

Result<bool> GenerationService::fail(const QSqlDatabase &db, const QString &id, const QString &worker, const Error &error, qint64 durationMs)
{
    return finish(db, id, worker, QStringLiteral("failed"), error, durationMs);
}

Result<CreditBalance> GenerationService::credits(const QSqlDatabase &db, const QString &userId, const QString &brandId)
{
    const SqlDialect d = SqlDialect::of(db);
    CreditBalance b;
    b.userId = userId;
    b.brandId = brandId;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT monthly_credits, credits_used, credits_reserved, period_start FROM user_quotas WHERE user_id = ? AND brand_id = ?"));
    q.addBindValue(userId);
    q.addBindValue(brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the quota"));
    const QDateTime month = monthStart(nowUtc());
    if (q.next()) {
        b.monthlyCredits = q.value(0).toInt();
        b.periodStart = d.toDateTime(q.value(3));
        b.used = b.periodStart < month ? 0 : q.value(1).toInt();
        b.reserved = q.value(2).toInt();
        b.periodStart = std::max(b.periodStart, month);
        return b;
    }
    // No quota: the ledger alone says what was used and what is held.
    q.prepare(QStringLiteral("SELECT coalesce(sum(CASE WHEN kind = 'charge' AND created_at >= ? THEN credits ELSE 0 END), 0), "
                             "coalesce(sum(CASE kind WHEN 'reserve' THEN credits ELSE -credits END), 0) "
                             "FROM ai_costs WHERE user_id = ? AND brand_id = ?"));
    q.addBindValue(d.timeValue(month));
    q.addBindValue(userId);
    q.addBindValue(brandId);
    if (!q.exec() || !q.next())
        return Database::queryError(q, tr("Reading the credits"));
    b.used = q.value(0).toInt();
    b.reserved = std::max(0, q.value(1).toInt());
    b.periodStart = month;
    return b;
}

Status GenerationService::setQuota(const QSqlDatabase &db, const QString &userId, const QString &brandId, int monthlyCredits)
{
    if (monthlyCredits < 0 || monthlyCredits > 100000000)
        return Error{tr("The monthly credits must be between 0 and 100000000."), {}, ErrorCode::InvalidInput};
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db); // made before the transaction, so it is freed after it ends
    WriteTransaction t(db);
    if (auto s = t.begin(tr("Setting a quota")); !s)
        return s;
    // The reserved credits of jobs still queued, from the ledger, so a quota set mid-month starts exact.
    q.prepare(QStringLiteral("SELECT coalesce(sum(CASE WHEN kind = 'charge' AND created_at >= ? THEN credits ELSE 0 END), 0), "
                             "coalesce(sum(CASE kind WHEN 'reserve' THEN credits ELSE -credits END), 0) "
                             "FROM ai_costs WHERE user_id = ? AND brand_id = ?"));
    const QDateTime month = monthStart(nowUtc());
    q.addBindValue(d.timeValue(month));
    q.addBindValue(userId);
    q.addBindValue(brandId);
    if (!q.exec() || !q.next())
        return Database::queryError(q, tr("Reading the credits"));
    const int used = q.value(0).toInt();
    const int reserved = std::max(0, q.value(1).toInt());
    q.prepare(QStringLiteral("INSERT INTO user_quotas (id, user_id, brand_id, monthly_credits, credits_used, credits_reserved, period_start) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, brand_id) DO UPDATE SET monthly_credits = excluded.monthly_credits"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(userId);
    q.addBindValue(brandId);
    q.addBindValue(monthlyCredits);
    q.addBindValue(used);
    q.addBindValue(reserved);
    q.addBindValue(d.timeValue(month));
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("42501")) // row-level security: not this brand's administrator
            return Error{tr("Only an administrator of this brand may set quotas."), {}, ErrorCode::PermissionDenied};
        return Database::queryError(q, tr("Setting a quota"));
    }
    return t.commit(tr("Setting a quota"));
}

Result<CacheStats> GenerationService::cacheStats(const QSqlDatabase &db, const QString &brandId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT coalesce(sum(CASE WHEN g.cache_source_id IS NOT NULL THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN g.cache_source_id IS NULL AND g.started_at IS NOT NULL THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN g.cache_source_id IS NOT NULL THEN s.credits ELSE 0 END), 0) "
        "FROM ai_generations g LEFT JOIN ai_generations s ON s.id = g.cache_source_id WHERE g.brand_id = ?"));
    q.addBindValue(brandId);
    if (!q.exec() || !q.next())
        return Database::queryError(q, tr("Reading the cache statistics"));
    CacheStats s;
    s.hits = q.value(0).toLongLong();
    s.misses = q.value(1).toLongLong();
    s.creditsSaved = q.value(2).toLongLong();
    q.prepare(QStringLiteral("SELECT coalesce(sum(length(a.data)), 0) FROM ai_assets a WHERE a.brand_id = ? AND EXISTS "
                             "(SELECT 1 FROM ai_generations g WHERE g.brand_id = a.brand_id AND g.cache_key IS NOT NULL "
                             "AND g.status = 'completed' AND g.result_url = 'asset:' || a.sha256)"));
    q.addBindValue(brandId);
    if (!q.exec() || !q.next())
        return Database::queryError(q, tr("Reading the cache statistics"));
    s.bytes = q.value(0).toLongLong();
    return s;
}

Result<qint64> GenerationService::clearCache(const QSqlDatabase &db, const QString &brandId, int olderThanDays)
{
    if (olderThanDays < 0)
        return Error{tr("The age must be 0 days or more."), {}, ErrorCode::InvalidInput};
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    // Finished jobs leave the cache; queued ones keep their key, which only a completion makes answerable.
    q.prepare(QStringLiteral("UPDATE ai_generations SET cache_key = NULL WHERE brand_id = ? AND cache_key IS NOT NULL "
                             "AND status IN ('completed', 'failed', 'canceled') AND completed_at < ?"));
    q.addBindValue(brandId);
    q.addBindValue(d.timeValue(nowUtc().addDays(-olderThanDays)));
    if (!q.exec())
        return Database::queryError(q, tr("Clearing the cache"));
    const qint64 cleared = q.numRowsAffected();
    AssetStore::clearDiskCache(olderThanDays);
    return cleared;
}

} // namespace Atelier
