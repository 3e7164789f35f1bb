#include "overviewservice.h"

#include "core/brandservice.h"
#include "core/database.h"
#include "core/sqldialect.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace Atelier {

namespace {
qint64 dayNumber(QDate date)
{
    return QDate(1970, 1, 1).daysTo(date);
}
} // namespace

Result<OverviewTotals> OverviewService::totals(const QSqlDatabase &db, const QString &brandId, const QVariant &start,
                                              const QVariant &end)
{
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*), count(DISTINCT user_id), "
                             "count(DISTINCT CASE WHEN event_type = 'purchase' THEN user_id END), "
                             "sum(CASE WHEN event_type = 'purchase' THEN %1 END) "
                             "FROM analytics_events WHERE brand_id = ? AND timestamp >= ? AND timestamp < ?")
                  .arg(dialect.jsonNumber(QStringLiteral("properties"), QStringLiteral("revenue"))));
    q.addBindValue(brandId);
    q.addBindValue(start);
    q.addBindValue(end);
    if (!q.exec() || !q.next())
        return Database::queryError(q, tr("Counting active users"));
    OverviewTotals t;
    t.events = q.value(0).toLongLong();
    t.activeUsers = q.value(1).toLongLong();
    t.purchasingUsers = q.value(2).toLongLong();
    t.revenue = q.value(3).toDouble();
    q.prepare(QStringLiteral("SELECT count(*) FROM ai_generations WHERE brand_id = ? AND created_at >= ? AND created_at < ?"));
    q.addBindValue(brandId);
    q.addBindValue(start);
    q.addBindValue(end);
    if (!q.exec() || !q.next())
        return Database::queryError(q, tr("Counting generations"));
    t.generations = q.value(0).toLongLong();
    return t;
}

Result<Overview> OverviewService::load(const QSqlDatabase &db, const QString &brandSlug, QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return Error{tr("The date range must start before it ends (from %1 to %2).")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)), {}};
    auto brand = BrandService::bySlug(db, brandSlug);
    if (!brand)
        return brand.error();

    const SqlDialect dialect = SqlDialect::of(db);
    const QVariant start = dialect.timeValue(QDateTime(from, QTime(0, 0), Qt::UTC));
    const QVariant end = dialect.timeValue(QDateTime(to, QTime(0, 0), Qt::UTC));
    const qint64 firstDay = dayNumber(from);
    const int days = int(from.daysTo(to));

    Overview o;
    o.brandSlug = brand->slug;
    o.from = from;
    o.to = to;
    for (QList<double> *series : {&o.dailyEvents, &o.dailyActiveUsers, &o.dailyConversionRate, &o.dailyRevenue,
                                  &o.dailyGenerations})
        series->fill(0.0, days);

    auto run = [&](QSqlQuery &q, const QString &sql, const QString &what) -> Status {
        q.prepare(sql);
        q.addBindValue(brand->id);
        q.addBindValue(start);
        q.addBindValue(end);
        if (!q.exec())
            return Database::queryError(q, what);
        return Done{};
    };
    auto slot = [&](const QVariant &day) {
        const qint64 i = day.toLongLong() - firstDay;
        return i >= 0 && i < days ? int(i) : -1;
    };

    const QString day = dialect.dayNumber(QStringLiteral("timestamp"));
    QSqlQuery q(db);
    if (auto s = run(q,
                     QStringLiteral("SELECT %1 AS day, count(*), count(DISTINCT user_id) FROM analytics_events "
                                    "WHERE brand_id = ? AND timestamp >= ? AND timestamp < ? GROUP BY day")
                         .arg(day),
                     tr("Counting events"));
        !s)
        return s.error();
    QList<double> dailyPurchasers(days, 0.0);
    while (q.next()) {
        if (const int i = slot(q.value(0)); i >= 0) {
            o.dailyEvents[i] = q.value(1).toDouble();
            o.dailyActiveUsers[i] = q.value(2).toDouble();
        }
    }
    if (auto s = run(q,
                     QStringLiteral("SELECT %1 AS day, count(DISTINCT user_id), sum(%2) FROM analytics_events "
                                    "WHERE brand_id = ? AND timestamp >= ? AND timestamp < ? AND event_type = 'purchase' "
                                    "GROUP BY day")
                         .arg(day, dialect.jsonNumber(QStringLiteral("properties"), QStringLiteral("revenue"))),
                     tr("Summing purchases"));
        !s)
        return s.error();
    while (q.next()) {
        if (const int i = slot(q.value(0)); i >= 0) {
            dailyPurchasers[i] = q.value(1).toDouble();
            o.dailyRevenue[i] = q.value(2).toDouble();
        }
    }
    for (int i = 0; i < days; ++i)
        o.dailyConversionRate[i] = o.dailyActiveUsers[i] > 0 ? dailyPurchasers[i] / o.dailyActiveUsers[i] : 0.0;

    auto current = totals(db, brand->id, start, end);
    if (!current)
        return current.error();
    o.events = current->events;
    o.revenue = current->revenue;
    o.generations = current->generations;
    o.activeUsers = current->activeUsers;
    o.purchasingUsers = current->purchasingUsers;
    o.conversionRate = current->conversionRate();
    auto previous = totals(db, brand->id, dialect.timeValue(QDateTime(from.addDays(-days), QTime(0, 0), Qt::UTC)), start);
    if (!previous)
        return previous.error();
    o.previous = previous.value();

    if (auto s = run(q,
                     QStringLiteral("SELECT %1 AS day, count(*) FROM ai_generations "
                                    "WHERE brand_id = ? AND created_at >= ? AND created_at < ? GROUP BY day")
                         .arg(dialect.dayNumber(QStringLiteral("created_at"))),
                     tr("Counting generations"));
        !s)
        return s.error();
    while (q.next()) {
        if (const int i = slot(q.value(0)); i >= 0) {
            o.dailyGenerations[i] = q.value(1).toDouble();
        }
    }
    return o;
}

} // namespace Atelier
