#include "ai/studiolibrary.h"

#include "ai/assetstore.h"
#include "ai/generation.h"
#include "ai/generationservice.h"
#include "ai/qualityscore.h"
#include "collaboration/resources.h"
#include "collaboration/sharing.h"
#include "core/database.h"
#include "core/jsoncolumn.h"
#include "core/privatefiles.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"
#include "core/zipwriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QUuid>

namespace Atelier {

namespace {

/// Collections with their counts, in one statement: one by id, or a brand's.
Result<QList<Collection>> collectionsWhere(const QSqlDatabase &db, const QString &where, const QString &value)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.id, c.name, c.description, c.user_id, c.brand_id, c.is_shared, c.created_at, "
                             "(SELECT count(*) FROM ai_collection_generations x WHERE x.collection_id = c.id) "
                             "FROM ai_collections c WHERE c.%1 = ? ORDER BY c.created_at DESC, c.name")
                  .arg(where));
    q.addBindValue(value);
    if (!q.exec())
        return Database::queryError(q, StudioLibrary::tr("Reading a collection"));
    QList<Collection> list;
    while (q.next())
        list.append(Collection{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString(), q.value(5).toBool(), q.value(7).toInt(), d.toDateTime(q.value(6))});
    return list;
}

Result<Collection> collectionOf(const QSqlDatabase &db, const QString &id)
{
    auto found = collectionsWhere(db, QStringLiteral("id"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{StudioLibrary::tr("There is no collection %1 (or it is not yours to see).").arg(id), {}};
    return found->first();
}

} // namespace

Result<Generation> StudioLibrary::createVersion(const QSqlDatabase &db, const QString &generationId, const QString &prompt,
                                                const QJsonObject &parameterChanges)
{
    auto original = GenerationService::get(db, generationId);
    if (!original)
        return original.error();
    const Generation &g = original.value();
    if ((prompt.trimmed().isEmpty() || prompt == g.prompt) && parameterChanges.isEmpty())
        return Error{tr("A new version needs an edited prompt or parameters."), {}};
    GenerationRequest r = GenerationService::requestOf(g, parameterChanges);
    if (!prompt.trimmed().isEmpty())
        r.prompt = prompt;
    r.parameters.insert(QStringLiteral("versionOf"), g.parameters.value(QLatin1String("versionOf")).toString(g.id));
    r.maxAttempts = 0; // the provider's setting, as for a new request
    return GenerationService::enqueue(db, r);
}

Result<QList<GenerationVersion>> StudioLibrary::versions(const QSqlDatabase &db, const QString &generationId)
{
    auto g = GenerationService::get(db, generationId);
    if (!g)
        return g.error();
    const QString root = g->parameters.value(QLatin1String("versionOf")).toString(g->id);
    auto first = root == g->id ? g : GenerationService::get(db, root);
    if (!first)
        return first.error();
    QList<GenerationVersion> list;
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version, id, prompt, parameters, result_url, quality, created_at FROM ai_versions "
                             "WHERE generation_id = ? ORDER BY version"));
    q.addBindValue(root);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the versions"));
    while (q.next()) {
        const int version = q.value(0).toInt();
        auto parameters = JsonColumn::object(q.value(3), QStringLiteral("ai_versions"), QStringLiteral("parameters"), q.value(1).toString(),
                                           JsonNull::Damaged);
        if (!parameters)
            return parameters.error();
        // Version 1 is the generation itself (the demo records it too): named by the generation's own id.
        list.append({version, version == 1 ? first->id : q.value(1).toString(), q.value(2).toString(), parameters.value(),
                     AssetStore::shaOf(q.value(4).toString()), q.value(5).value<double>(), d.toDateTime(q.value(6))});
    }
    if (list.isEmpty() || list.first().version != 1)
        list.prepend({1, first->id, first->prompt, first->parameters, first->resultSha256, first->quality.value_or(0), first->createdAt});
    return list;
}

Result<Generation> StudioLibrary::rate(const QSqlDatabase &db, const QString &generationId, int stars)
{
    if (stars < 1 || stars > 5)
        return Error{tr("A rating is 1 to 5 stars, not %1.").arg(stars), {}};
    auto g = GenerationService::get(db, generationId);
    if (!g)
        return g.error();
    if (g->status != QLatin1String("completed"))
        return Error{tr("Only a completed generation can be rated; this one is %1.").arg(g->status), {}};
    const QJsonValue measured = g->parameters.value(QLatin1String("result")).toObject().value(QLatin1String("autoQuality"));
    const double automatic = measured.isDouble() ? measured.toVariant().value<double>() : g->quality.value_or(0);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE ai_generations SET rating = ?, quality = ? WHERE id = ?"));
    q.addBindValue(stars);
    q.addBindValue(QualityScore::blend(automatic, double(stars)));
    q.addBindValue(generationId);
    if (!q.exec())
        return Database::queryError(q, tr("Rating a generation"));
    if (q.numRowsAffected() != 1)
        return Error{tr("You may not rate generation %1.").arg(generationId), {}};
    return GenerationService::get(db, generationId);
}

Status StudioLibrary::star(const QSqlDatabase &db, const QString &generationId, bool starred)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE ai_generations SET starred = ? WHERE id = ?"));
    q.addBindValue(starred);
    q.addBindValue(generationId);
    if (!q.exec())
        return Database::queryError(q, tr("Starring a generation"));
    if (q.numRowsAffected() != 1)
        return Error{tr("There is no generation %1 (or it is not yours to change).").arg(generationId), {}};
    return Done{};
}

Result<Collection> StudioLibrary::createCollection(const QSqlDatabase &db, const QString &brandId, const QString &name,
                                                   const QString &description)
{
    if (name.trimmed().isEmpty() || name.size() > 200)
        return Error{tr("A collection needs a name of 1 to 200 characters."), {}};
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO ai_collections (id, name, description, user_id, brand_id, is_shared, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(name.trimmed());
    q.addBindValue(description.isEmpty() ? QVariant() : QVariant(description));
    q.addBindValue(me.value());
    q.addBindValue(brandId);
    q.addBindValue(false);
    q.addBindValue(SqlDialect::of(db).timeValue(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return Database::queryError(q, tr("Creating a collection"));
    return collectionOf(db, id);
}

Result<QList<Collection>> StudioLibrary::collections(const QSqlDatabase &db, const QString &brandId)
{
    return collectionsWhere(db, QStringLiteral("brand_id"), brandId);
}

Result<int> StudioLibrary::addToCollection(const QSqlDatabase &db, const QString &collectionId, const QStringList &generationIds)
{
    auto c = collectionOf(db, collectionId);
    if (!c)
        return c.error();
    if (generationIds.isEmpty())
        return 0;
    // Every generation must exist in the collection's brand: one that does not is named, and nothing is added.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM ai_generations WHERE brand_id = ? AND id IN (%1)").arg(SqlDialect::bindMarks(generationIds.size())));
    q.addBindValue(c->brandId);
    for (const QString &id : generationIds)
        q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, tr("Adding to a collection"));
    QStringList found;
    while (q.next())
        found.append(q.value(0).toString());
    for (const QString &id : generationIds)
        if (!found.contains(id))
            return Error{tr("There is no generation %1 in the brand of collection \"%2\"; nothing was added.").arg(id, c->name), {}};
    WriteTransaction t(db);
    if (auto s = t.begin(tr("Adding to a collection")); !s)
        return s.error();
    int added = 0;
    const QVariant now = SqlDialect::of(db).timeValue(QDateTime::currentDateTimeUtc());
    QSqlQuery w(db);
    w.prepare(QStringLiteral("INSERT INTO ai_collection_generations (collection_id, generation_id, brand_id, added_at) "
                             "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    for (const QString &id : generationIds) {
        w.addBindValue(collectionId);
        w.addBindValue(id);
        w.addBindValue(c->brandId);
        w.addBindValue(now);
        if (!w.exec())
            return Database::queryError(w, tr("Adding to a collection"));
        added += w.numRowsAffected() == 1;
    }
    if (auto s = t.commit(tr("Adding to a collection")); !s)
        return s.error();
    return added;
}

Result<int> StudioLibrary::removeFromCollection(const QSqlDatabase &db, const QString &collectionId, const QStringList &generationIds)
{
    if (auto c = collectionOf(db, collectionId); !c)
        return c.error();
    if (generationIds.isEmpty())
        return 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM ai_collection_generations WHERE collection_id = ? AND generation_id IN (%1)")
                  .arg(SqlDialect::bindMarks(generationIds.size())));
    q.addBindValue(collectionId);
    for (const QString &id : generationIds)
        q.addBindValue(id);
    if (!q.exec())
        return Database::queryError(q, tr("Removing from a collection"));
    return int(q.numRowsAffected());
}

Result<QList<Generation>> StudioLibrary::collectionItems(const QSqlDatabase &db, const QString &collectionId)
{
    if (auto c = collectionOf(db, collectionId); !c)
        return c.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT x.generation_id FROM ai_collection_generations x JOIN ai_generations g ON g.id = x.generation_id "
                             "WHERE x.collection_id = ? ORDER BY x.added_at, g.created_at, g.id"));
    q.addBindValue(collectionId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading a collection"));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return GenerationService::byIds(db, ids);
}

Status StudioLibrary::shareCollection(const QSqlDatabase &db, const QString &collectionId, const QString &username, const QString &permission)
{
    if (auto s = ShareService::share(db, ResourceRef{QStringLiteral("ai_collection"), collectionId}, username, permission); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE ai_collections SET is_shared = ? WHERE id = ?"));
    q.addBindValue(true);
    q.addBindValue(collectionId);
    if (!q.exec())
        return Database::queryError(q, tr("Sharing a collection"));
    return Done{};
}

QString StudioLibrary::fileExtension(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4);
    // Named by what the bytes are: still images, animations (GIF) and 3D models (GLB) alike.
    return head.startsWith("\x89PNG")  ? QStringLiteral("png")
           : head.startsWith("\xff\xd8") ? QStringLiteral("jpg")
           : head.startsWith("GIF8")     ? QStringLiteral("gif")
           : head.startsWith("glTF")     ? QStringLiteral("glb")
                                         : QStringLiteral("webp");
}

namespace {

/// A zip of \a items' results and a manifest.json naming them; written whole or not at all.
Result<int> writeZip(const QSqlDatabase &db, const QString &name, const QString &description, const QList<Generation> &items,
                     const QString &path)
{
    if (!path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return Error{StudioLibrary::tr("%1: generations are exported as a .zip file.").arg(QDir::toNativeSeparators(path)), {}};
    ZipWriter zip;
    QJsonArray manifest;
    int images = 0;
    for (const Generation &g : items) {
        QJsonObject entry{{QStringLiteral("id"), g.id},           {QStringLiteral("prompt"), g.prompt},
                          {QStringLiteral("model"), g.model},     {QStringLiteral("provider"), g.provider},
                          {QStringLiteral("status"), g.status},   {QStringLiteral("parameters"), g.parameters},
                          {QStringLiteral("createdAt"), g.createdAt.toString(Qt::ISODateWithMs)}};
        if (g.provider == QLatin1String("offline"))
            entry.insert(QStringLiteral("label"), QStringLiteral("offline preview — not AI"));
        if (g.status == QLatin1String("completed") && !g.resultSha256.isEmpty()) {
            auto bytes = AssetStore::get(db, g.brandId, g.resultSha256);
            if (!bytes)
                return bytes.error();
            // The name carries only the id's letters, digits, '-' and '_': whatever an id holds, no name leaves the folder.
            QString idPart;
            for (const QChar c : g.id)
                if (idPart.size() < 8 && c.unicode() < 0x80 && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')))
                    idPart.append(c);
            const QString number = QStringLiteral("%1").arg(++images, 3, 10, QLatin1Char('0'));
            const QString file = (idPart.isEmpty() ? number : number + QLatin1Char('-') + idPart) + QLatin1Char('.')
                                 + StudioLibrary::fileExtension(bytes.value());
            if (auto added = zip.add(file, bytes.value()); !added)
                return added.error();
            entry.insert(QStringLiteral("file"), file);
        }
        manifest.append(entry);
    }
    QJsonObject top{{QStringLiteral("exportedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                    {QStringLiteral("generations"), manifest}};
    if (!name.isEmpty())
        top.insert(QStringLiteral("collection"), name), top.insert(QStringLiteral("description"), description);
    if (auto added = zip.add(QStringLiteral("manifest.json"), QJsonDocument(top).toJson()); !added)
        return added.error();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{StudioLibrary::tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(path), out.errorString()), {}};
    if (auto owner = PrivateFiles::restrictToOwner(out); !owner)
        return owner.error();
    out.write(zip.finish());
    if (!out.commit())
        return Error{StudioLibrary::tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(path), out.errorString()), {}};
    return images;
}

} // namespace

Result<int> StudioLibrary::exportCollection(const QSqlDatabase &db, const QString &collectionId, const QString &path)
{
    auto c = collectionOf(db, collectionId);
    if (!c)
        return c.error();
    auto items = collectionItems(db, collectionId);
    if (!items)
        return items.error();
    return writeZip(db, c->name, c->description, items.value(), path);
}

Result<int> StudioLibrary::exportGenerations(const QSqlDatabase &db, const QStringList &chosen, const QString &path)
{
    QStringList ids = chosen;
    ids.removeDuplicates();
    auto items = GenerationService::byIds(db, ids);
    if (!items)
        return items.error();
    if (items->size() != ids.size())
        return Error{tr("Some of the generations chosen are gone (or not yours to see); nothing was exported."), {}};
    return writeZip(db, {}, {}, items.value(), path);
}

} // namespace Atelier
