#include "funnelstore.h"

#include "core/brandservice.h"
#include "core/database.h"
#include "core/jsoncolumn.h"
#include "core/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace Atelier {

QJsonObject FunnelStore::toJson(const FunnelQuery &query)
{
    QJsonArray steps;
    for (const FunnelStep &step : query.steps) {
        // A list, not an object: JSON objects (and jsonb) do not keep their keys in order.
        QJsonArray filters;
        for (const auto &[property, value] : step.filters)
            filters.append(QJsonObject{{QStringLiteral("property"), property}, {QStringLiteral("value"), value}});
        steps.append(QJsonObject{{QStringLiteral("event"), step.event}, {QStringLiteral("filters"), filters}});
    }
    QJsonArray exclusions;
    for (const FunnelExclusion &x : query.exclusions)
        exclusions.append(QJsonObject{{QStringLiteral("event"), x.event}, {QStringLiteral("from"), x.fromStep}, {QStringLiteral("to"), x.toStep}});
    return {{QStringLiteral("steps"), steps},
            {QStringLiteral("window_seconds"), query.windowSeconds},
            {QStringLiteral("breakdown"), query.breakdown},
            {QStringLiteral("exclusions"), exclusions}};
}

Result<FunnelQuery> FunnelStore::fromJson(const QJsonObject &json)
{
    FunnelQuery query;
    if (!json.value(QStringLiteral("steps")).isArray())
        return Error{tr("Funnel definition: \"steps\" must be a list."), {}};
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps.at(i).toObject();
        if (!step.value(QStringLiteral("event")).isString())
            return Error{tr("Funnel definition: steps[%1].event must be a text.").arg(i), {}};
        FunnelStep s{step.value(QStringLiteral("event")).toString(), {}};
        const QJsonArray filters = step.value(QStringLiteral("filters")).toArray();
        for (qsizetype f = 0; f < filters.size(); ++f) {
            const QJsonObject filter = filters.at(f).toObject();
            if (!filter.value(QStringLiteral("property")).isString() || !filter.value(QStringLiteral("value")).isString())
                return Error{tr("Funnel definition: steps[%1].filters[%2] needs a property and a value, both texts.").arg(i).arg(f), {}};
            s.filters.append({filter.value(QStringLiteral("property")).toString(), filter.value(QStringLiteral("value")).toString()});
        }
        query.steps.append(s);
    }
    if (!json.value(QStringLiteral("window_seconds")).isDouble())
        return Error{tr("Funnel definition: \"window_seconds\" must be a number."), {}};
    query.windowSeconds = json.value(QStringLiteral("window_seconds")).toInteger();
    query.breakdown = json.value(QStringLiteral("breakdown")).toString();
    const QJsonArray exclusions = json.value(QStringLiteral("exclusions")).toArray();
    for (qsizetype i = 0; i < exclusions.size(); ++i) {
        const QJsonObject x = exclusions.at(i).toObject();
        if (!x.value(QStringLiteral("event")).isString() || !x.value(QStringLiteral("from")).isDouble()
            || !x.value(QStringLiteral("to")).isDouble())
            return Error{tr("Funnel definition: exclusions[%1] needs an event, a from step and a to step.").arg(i), {}};
        query.exclusions.append({x.value(QStringLiteral("event")).toString(), x.value(QStringLiteral("from")).toInt(),
                                 x.value(QStringLiteral("to")).toInt()});
    }
    return query;
}

namespace {
Result<SavedFunnel> readRow(const QSqlQuery &q, const SqlDialect &dialect)
{
    auto steps = JsonColumn::object(q.value(2), QStringLiteral("analytics_funnels"), QStringLiteral("steps"), q.value(0).toString(),
                                  JsonNull::Damaged);
    if (!steps)
        return steps.error();
    auto query = FunnelStore::fromJson(steps.value());
    if (!query)
        return query.error();
    return SavedFunnel{q.value(0).toString(), q.value(1).toString(), query.value(), dialect.toDateTime(q.value(3)),
                       dialect.toDateTime(q.value(4))};
}
} // namespace

Result<QList<SavedFunnel>> FunnelStore::list(const QSqlDatabase &db, const Brand &brand)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, steps, created_at, updated_at FROM analytics_funnels WHERE brand_id = ? ORDER BY name"));
    q.addBindValue(brand.id);
    if (!q.exec())
        return Database::queryError(q, tr("Listing the saved funnels"));
    QList<SavedFunnel> funnels;
    while (q.next()) {
        auto funnel = readRow(q, SqlDialect::of(db));
        if (!funnel)
            return funnel.error();
        funnels.append(funnel.value());
    }
    return funnels;
}

Result<SavedFunnel> FunnelStore::byName(const QSqlDatabase &db, const Brand &brand, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, steps, created_at, updated_at FROM analytics_funnels WHERE brand_id = ? AND name = ?"));
    q.addBindValue(brand.id);
    q.addBindValue(name);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the saved funnel"));
    if (!q.next())
        return Error{tr("Brand \"%1\" has no saved funnel \"%2\".").arg(brand.slug, name), {}};
    return readRow(q, SqlDialect::of(db));
}

Result<SavedFunnel> FunnelStore::save(const QSqlDatabase &db, const Brand &brand, const QString &name, const FunnelQuery &query)
{
    if (name.trimmed().isEmpty() || name.size() > 200)
        return Error{tr("A saved funnel needs a name of 1 to 200 characters."), {}};
    const SqlDialect dialect = SqlDialect::of(db);
    const QString json = QString::fromUtf8(QJsonDocument(toJson(query)).toJson(QJsonDocument::Compact));
    const QVariant now = dialect.timeValue(QDateTime::currentDateTimeUtc());
    // One statement, so that two people saving the same name at once end with one funnel (the later steps), never two.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO analytics_funnels (id, name, steps, brand_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (brand_id, name) DO UPDATE SET steps = excluded.steps, updated_at = excluded.updated_at"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(name);
    q.addBindValue(json);
    q.addBindValue(brand.id);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return Database::queryError(q, tr("Saving the funnel"));
    // Row-level security can turn a write into nothing without an error: say so rather than read back an old funnel.
    if (q.numRowsAffected() != 1)
        return Error{tr("The funnel \"%1\" was not saved: your role in brand \"%2\" does not allow it.").arg(name, brand.slug), {}};
    return byName(db, brand, name);
}

Status FunnelStore::remove(const QSqlDatabase &db, const Brand &brand, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM analytics_funnels WHERE brand_id = ? AND name = ?"));
    q.addBindValue(brand.id);
    q.addBindValue(name);
    if (!q.exec())
        return Database::queryError(q, tr("Deleting the funnel"));
    if (q.numRowsAffected() == 0)
        return Error{tr("Brand \"%1\" has no saved funnel \"%2\".").arg(brand.slug, name), {}};
    return Done{};
}

} // namespace Atelier
