#include "overviewservice.h"

#include "analytics/daterange.h"
#include "analytics/dailymetrics.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/sqldialect.h"
#include "monitoring/querymetrics.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace Atelier {

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
    if (!timedExec(q, QStringLiteral("overview"), QStringLiteral("event_totals")) || !q.next())
        return Database::queryError(q, tr("Counting active users"));
    OverviewTotals t;
    t.events = q.value(0).toLongLong();
    t.activeUsers = q.value(1).toLongLong();
    t.purchasingUsers = q.value(2).toLongLong();
    t.revenue = q.value(3).value<double>();
    q.prepare(QStringLiteral("SELECT count(*) FROM ai_generations WHERE brand_id = ? AND created_at >= ? AND created_at < ?"));
    q.addBindValue(brandId);
    q.addBindValue(start);
    q.addBindValue(end);
    if (!timedExec(q, QStringLiteral("overview"), QStringLiteral("generation_totals")) || !q.next())
        return Database::queryError(q, tr("Counting generations"));
    t.generations = q.value(0).toLongLong();
    return t;
}

Result<Overview> OverviewService::load(const QSqlDatabase &db, const QString &brandSlug, QDate from, QDate to)
{
    if (auto range = DateRange::check(from, to); !range)
        return range.error();
    auto brand = BrandService::bySlug(db, brandSlug);
    if (!brand)
        return brand.error();

    const SqlDialect dialect = SqlDialect::of(db);
    const QVariant start = dialect.timeValue(QDateTime(from, QTime(0, 0), Qt::UTC));
    const QVariant end = dialect.timeValue(QDateTime(to, QTime(0, 0), Qt::UTC));
    const int days = int(from.daysTo(to));

    Overview o;
    o.brandSlug = brand->slug;
    o.from = from;
    o.to = to;
    auto daily = DailyMetricsService::load(db, brand.value(), from, to,
                                           {QStringLiteral("events"), QStringLiteral("active_users"),
                                            QStringLiteral("conversion_rate"), QStringLiteral("revenue"),
                                            QStringLiteral("generations")});
    if (!daily)
        return daily.error();
    o.dailyEvents = daily->values(QStringLiteral("events"));
    o.dailyActiveUsers = daily->values(QStringLiteral("active_users"));
    o.dailyConversionRate = daily->values(QStringLiteral("conversion_rate"));
    o.dailyRevenue = daily->values(QStringLiteral("revenue"));
    o.dailyGenerations = daily->values(QStringLiteral("generations"));

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

    return o;
}

} // namespace Atelier
