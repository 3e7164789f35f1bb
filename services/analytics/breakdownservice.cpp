#include "breakdownservice.h"

#include "analytics/daterange.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/sqldialect.h"
#include "monitoring/querymetrics.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Atelier {

QStringList BreakdownService::properties()
{
    return {QStringLiteral("channel"), QStringLiteral("country"), QStringLiteral("device"), QStringLiteral("browser"),
            QStringLiteral("os")};
}

Result<QList<BreakdownRow>> BreakdownService::byProperty(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                                         const QString &property)
{
    if (auto range = DateRange::check(from, to); !range)
        return range.error();
    if (!properties().contains(property))
        return Error{tr("Unknown property \"%1\"; the properties are: %2.").arg(property, properties().join(QLatin1String(", "))), {}};
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT coalesce(%1, '') AS v, count(DISTINCT user_id), count(DISTINCT session_id), "
                             "count(DISTINCT CASE WHEN event_type = 'purchase' THEN user_id END), "
                             "coalesce(sum(CASE WHEN event_type = 'purchase' THEN %2 END), 0) "
                             "FROM analytics_events WHERE brand_id = ? AND timestamp >= ? AND timestamp < ? "
                             "GROUP BY v ORDER BY count(DISTINCT user_id) DESC, v")
                  .arg(dialect.jsonText(QStringLiteral("properties"), property),
                       dialect.jsonNumber(QStringLiteral("properties"), QStringLiteral("revenue"))));
    q.addBindValue(brand.id);
    q.addBindValue(dialect.timeValue(QDateTime(from, QTime(0, 0), Qt::UTC)));
    q.addBindValue(dialect.timeValue(QDateTime(to, QTime(0, 0), Qt::UTC)));
    if (!timedExec(q, QStringLiteral("breakdown"), QStringLiteral("by_property")))
        return Database::queryError(q, tr("Breaking down by %1").arg(property));
    QList<BreakdownRow> rows;
    while (q.next()) {
        BreakdownRow r;
        r.value = q.value(0).toString();
        r.users = q.value(1).toLongLong();
        r.sessions = q.value(2).toLongLong();
        r.conversions = q.value(3).toLongLong();
        r.revenue = q.value(4).value<double>();
        r.conversionRate = r.users > 0 ? double(r.conversions) / double(r.users) : 0;
        r.revenuePerUser = r.users > 0 ? r.revenue / double(r.users) : 0;
        rows.append(r);
    }
    return rows;
}

Result<Attribution> BreakdownService::attribution(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to)
{
    if (auto range = DateRange::check(from, to); !range)
        return range.error();
    const SqlDialect dialect = SqlDialect::of(db);
    // Every session of the range's buyers, with the channel of its first event (ties: the first recorded);
    // then, per purchase, the sessions that had started by then.
    const QString with = QStringLiteral(
        "WITH purchases AS (SELECT e.id, e.user_id, e.session_id, e.timestamp, coalesce(%1, 0) AS revenue "
        "  FROM analytics_events e WHERE e.brand_id = ? AND e.event_type = 'purchase' AND e.user_id IS NOT NULL "
        "  AND e.timestamp >= ? AND e.timestamp < ?), "
        "buyers AS (SELECT DISTINCT user_id FROM purchases), "
        "firsts AS (SELECT e.session_id, e.user_id, min(e.timestamp) AS started FROM analytics_events e "
        "  JOIN buyers b ON b.user_id = e.user_id WHERE e.brand_id = ? AND e.session_id IS NOT NULL "
        "  GROUP BY e.session_id, e.user_id), "
        "sessions AS (SELECT f.session_id, f.user_id, f.started, (SELECT coalesce(%2, '') FROM analytics_events e "
        "  WHERE e.user_id = f.user_id AND e.brand_id = ? AND e.session_id = f.session_id AND e.timestamp = f.started "
        "  ORDER BY e.id LIMIT 1) AS channel FROM firsts f), "
        "touches AS (SELECT p.id AS pid, p.revenue, p.session_id AS bought_in, s.session_id, s.started, s.channel "
        "  FROM purchases p JOIN sessions s ON s.user_id = p.user_id AND s.started <= p.timestamp), "
        "per_purchase AS (SELECT pid, count(*) AS n, min(started) AS first_started, min(session_id) AS tie FROM touches "
        "  GROUP BY pid) ")
                             .arg(dialect.jsonNumber(QStringLiteral("e.properties"), QStringLiteral("revenue")),
                                  dialect.jsonText(QStringLiteral("e.properties"), QStringLiteral("channel")));
    const QVariantList binds = {brand.id, dialect.timeValue(QDateTime(from, QTime(0, 0), Qt::UTC)),
                                dialect.timeValue(QDateTime(to, QTime(0, 0), Qt::UTC)), brand.id, brand.id};
    auto run = [&](const QString &select, QList<AttributionRow> &into) -> Status {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(with + select);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!timedExec(q, QStringLiteral("breakdown"), QStringLiteral("attribution")))
            return Database::queryError(q, tr("Attributing the purchases"));
        while (q.next())
            into.append({q.value(0).toString(), q.value(1).value<double>(), q.value(2).value<double>()});
        return Done{};
    };
    Attribution a;
    // First touch: the earliest session; two sessions starting at the same instant go to the smaller id.
    if (auto s = run(QStringLiteral("SELECT t.channel, count(*) AS c, sum(t.revenue) FROM touches t "
                                    "JOIN per_purchase p ON p.pid = t.pid AND t.started = p.first_started "
                                    "WHERE t.session_id = (SELECT min(u.session_id) FROM touches u WHERE u.pid = t.pid "
                                    "AND u.started = p.first_started) GROUP BY t.channel ORDER BY c DESC, t.channel"),
                     a.firstTouch);
        !s)
        return s.error();
    if (auto s = run(QStringLiteral("SELECT t.channel, count(*) AS c, sum(t.revenue) FROM touches t "
                                    "WHERE t.session_id = t.bought_in GROUP BY t.channel ORDER BY c DESC, t.channel"),
                     a.lastTouch);
        !s)
        return s.error();
    if (auto s = run(QStringLiteral("SELECT t.channel, sum(1.0 / p.n) AS c, sum(t.revenue / p.n) FROM touches t "
                                    "JOIN per_purchase p ON p.pid = t.pid GROUP BY t.channel ORDER BY c DESC, t.channel"),
                     a.linear);
        !s)
        return s.error();
    return a;
}

} // namespace Atelier
