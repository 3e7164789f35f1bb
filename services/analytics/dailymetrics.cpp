#include "dailymetrics.h"

#include "analytics/daterange.h"
#include "analytics/rollups.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/sqldialect.h"
#include "monitoring/querymetrics.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Atelier {

namespace {
const QString kEvents = QStringLiteral("events");
}

QStringList DailyMetricsService::metricNames()
{
    return {QStringLiteral("active_users"), QStringLiteral("sessions"),    QStringLiteral("page_views"),
            QStringLiteral("signups"),      QStringLiteral("purchases"),   QStringLiteral("revenue"),
            QStringLiteral("conversion_rate"), QStringLiteral("generations"), QStringLiteral("ai_cost")};
}

Result<DailyMetrics> DailyMetricsService::load(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                               const QStringList &metrics)
{
    return compute(db, brand, from, to, metrics, Source::Rollup);
}

Result<DailyMetrics> DailyMetricsService::loadFromEvents(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                                         const QStringList &metrics)
{
    return compute(db, brand, from, to, metrics, Source::Events);
}

Result<DailyMetrics> DailyMetricsService::compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                                  const QStringList &metrics, Source source)
{
    if (auto range = DateRange::check(from, to); !range)
        return range.error();
    QStringList known = metricNames();
    known.append(kEvents);
    const QStringList wanted = metrics.isEmpty() ? metricNames() : metrics;
    for (const QString &name : wanted)
        if (!known.contains(name))
            return Error{tr("Unknown daily metric \"%1\"; the metrics are: %2.")
                             .arg(name, metricNames().join(QLatin1String(", "))), {}};

    const SqlDialect dialect = SqlDialect::of(db);
    const QVariant start = dialect.timeValue(QDateTime(from, QTime(0, 0), Qt::UTC));
    const QVariant end = dialect.timeValue(QDateTime(to, QTime(0, 0), Qt::UTC));
    const qint64 firstDay = QDate(1970, 1, 1).daysTo(from);
    const int days = int(from.daysTo(to));

    // Every column of both queries is computed, so one pass over each table serves any request.
    QHash<QString, QList<double>> all;
    for (const QString &name : std::as_const(known))
        all[name].fill(0.0, days);

    auto run = [&](const QString &sql, const QString &what, const QStringList &columns, const QVariant &low = {},
                   const QVariant &high = {}) -> Status {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        q.addBindValue(brand.id);
        q.addBindValue(low.isValid() ? low : start);
        q.addBindValue(high.isValid() ? high : end);
        if (!timedExec(q, QStringLiteral("daily_metrics"), QStringLiteral("series")))
            return Database::queryError(q, what);
        while (q.next()) {
            const qint64 i = q.value(0).toLongLong() - firstDay;
            if (i < 0 || i >= days)
                continue;
            for (int c = 0; c < columns.size(); ++c)
                all[columns.at(c)][int(i)] = q.value(c + 1).value<double>();
        }
        return Done{};
    };

    const QStringList eventColumns = {kEvents,
                                      QStringLiteral("active_users"),
                                      QStringLiteral("sessions"),
                                      QStringLiteral("page_views"),
                                      QStringLiteral("signups"),
                                      QStringLiteral("purchases"),
                                      QStringLiteral("revenue"),
                                      QStringLiteral("conversion_rate")};
    // The rollup is brought up to date first (only the days touched since are recomputed); it then answers
    // with one row per day instead of a scan of every event.
    if (source == Source::Rollup) {
        if (auto refreshed = Rollups::refresh(db); !refreshed)
            return refreshed.error();
        const Status fromRollup = run(QStringLiteral("SELECT day, events, active_users, sessions, page_views, signups, purchases, revenue, "
                                        "purchasing_users FROM analytics_daily_rollup WHERE brand_id = ? AND day >= ? AND day < ?"),
                                      tr("Reading the daily rollup"), eventColumns, firstDay, firstDay + days);
        if (!fromRollup)
            return fromRollup.error();
    } else {
        const QString revenue = dialect.jsonNumber(QStringLiteral("properties"), QStringLiteral("revenue"));
        if (auto s = run(QStringLiteral("SELECT %1 AS day, count(*), count(DISTINCT user_id), count(DISTINCT session_id), "
                                        "sum(CASE WHEN event_type = 'page_view' THEN 1 ELSE 0 END), "
                                        "sum(CASE WHEN event_type = 'signup' THEN 1 ELSE 0 END), "
                                        "sum(CASE WHEN event_type = 'purchase' THEN 1 ELSE 0 END), "
                                        "coalesce(sum(CASE WHEN event_type = 'purchase' THEN %2 END), 0), "
                                        "count(DISTINCT CASE WHEN event_type = 'purchase' THEN user_id END) "
                                        "FROM analytics_events WHERE brand_id = ? AND timestamp >= ? AND timestamp < ? "
                                        "GROUP BY day")
                             .arg(dialect.dayNumber(QStringLiteral("timestamp")), revenue),
                         tr("Computing the daily event metrics"), eventColumns);
            !s)
            return s.error();
    }
    // conversion_rate held the purchasing users until here.
    QList<double> &rate = all[QStringLiteral("conversion_rate")];
    const QList<double> &active = all[QStringLiteral("active_users")];
    for (int i = 0; i < days; ++i)
        rate[i] = active.at(i) > 0 ? rate.at(i) / active.at(i) : 0.0;

    if (auto s = run(QStringLiteral("SELECT %1 AS day, count(*), coalesce(sum(cost_cents), 0) / 100.0 FROM ai_generations "
                                    "WHERE brand_id = ? AND created_at >= ? AND created_at < ? GROUP BY day")
                         .arg(dialect.dayNumber(QStringLiteral("created_at"))),
                     tr("Computing the daily AI metrics"), {QStringLiteral("generations"), QStringLiteral("ai_cost")});
        !s)
        return s.error();

    DailyMetrics result;
    result.from = from;
    result.to = to;
    result.names = wanted;
    for (const QString &name : wanted)
        result.series.insert(name, all.value(name));
    return result;
}

} // namespace Atelier
