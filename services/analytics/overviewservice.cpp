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
            o.events += q.value(1).toLongLong();
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
            o.revenue += q.value(2).toDouble();
        }
    }
    for (int i = 0; i < days; ++i)
        o.dailyConversionRate[i] = o.dailyActiveUsers[i] > 0 ? dailyPurchasers[i] / o.dailyActiveUsers[i] : 0.0;

    if (auto s = run(q,
                     QStringLiteral("SELECT count(DISTINCT user_id), "
                                    "count(DISTINCT CASE WHEN event_type = 'purchase' THEN user_id END) "
                                    "FROM analytics_events WHERE brand_id = ? AND timestamp >= ? AND timestamp < ?"),
                     tr("Counting active users"));
        !s)
        return s.error();
    if (q.next()) {
        o.activeUsers = q.value(0).toLongLong();
        o.purchasingUsers = q.value(1).toLongLong();
    }
    o.conversionRate = o.activeUsers > 0 ? double(o.purchasingUsers) / double(o.activeUsers) : 0.0;

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
            o.generations += q.value(1).toLongLong();
        }
    }
    return o;
}

} // namespace Atelier
