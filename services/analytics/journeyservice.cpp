#include "journeyservice.h"

#include "analytics/daterange.h"
#include "analytics/eventtypes.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/sqldialect.h"
#include "monitoring/querymetrics.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Atelier {

Result<Journeys> JourneyService::compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                         const QString &startEvent, int steps)
{
    if (auto range = DateRange::check(from, to); !range)
        return range.error();
    if (steps < 1 || steps > maxSteps)
        return Error{tr("A journey follows 1 to %1 steps (got %2).").arg(maxSteps).arg(steps), {}};
    if (auto s = EventTypes::check(db, startEvent, tr("Start event")); !s)
        return s.error();

    const SqlDialect dialect = SqlDialect::of(db);
    // One ordered pass: each session's events numbered, the first start event found in the same window
    // partition, and the K events after it folded into one row per session (event and user per step).
    QStringList columns;
    for (int k = 0; k <= steps; ++k)
        columns << QStringLiteral("max(CASE WHEN step = %1 THEN event_type END) AS e%1, "
                                  "max(CASE WHEN step = %1 THEN user_id END) AS u%1")
                       .arg(k);
    const QString with = QStringLiteral(
        "WITH numbered AS (SELECT session_id, user_id, event_type, "
        "  row_number() OVER (PARTITION BY session_id ORDER BY timestamp, id) AS rn FROM analytics_events "
        "  WHERE brand_id = ? AND timestamp >= ? AND timestamp < ? AND session_id IS NOT NULL), "
        "marked AS (SELECT session_id, user_id, event_type, rn, "
        "  min(CASE WHEN event_type = ? THEN rn END) OVER (PARTITION BY session_id) AS rn0 FROM numbered), "
        "per_session AS MATERIALIZED (SELECT session_id, max(user_id) AS user_id, %1 FROM "
        "  (SELECT session_id, user_id, event_type, rn - rn0 AS step FROM marked "
        "   WHERE rn0 IS NOT NULL AND rn >= rn0 AND rn <= rn0 + ?) walk GROUP BY session_id) ")
                             .arg(columns.join(QLatin1String(", ")));
    const QVariantList binds = {brand.id, dialect.timeValue(QDateTime(from, QTime(0, 0), Qt::UTC)),
                                dialect.timeValue(QDateTime(to, QTime(0, 0), Qt::UTC)), startEvent, steps};
    auto run = [&](QSqlQuery &q, const QString &select, const QString &what) -> Status {
        q.setForwardOnly(true);
        q.prepare(with + select);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!timedExec(q, QStringLiteral("journeys"), QStringLiteral("paths")))
            return Database::queryError(q, what);
        return Done{};
    };

    Journeys result;
    QSqlQuery q(db);
    // Paths: one column per step, so both databases keep the order without an ordered string aggregate.
    QStringList names, order;
    for (int k = 0; k <= steps; ++k) {
        names << QStringLiteral("e%1").arg(k);
        order << QStringLiteral("coalesce(e%1, '')").arg(k); // the same order of ties on both databases
    }
    if (auto s = run(q,
                     QStringLiteral("SELECT %1, count(*) AS sessions, count(DISTINCT user_id) AS users FROM per_session "
                                    "GROUP BY %1 ORDER BY sessions DESC, %2")
                         .arg(names.join(QLatin1String(", ")), order.join(QLatin1String(", "))),
                     tr("Following the sessions"));
        !s)
        return s.error();
    while (q.next()) {
        JourneyPath path;
        for (int k = 0; k <= steps && !q.value(k).isNull(); ++k)
            path.events.append(q.value(k).toString());
        path.sessions = q.value(steps + 1).toLongLong();
        path.users = q.value(steps + 2).toLongLong();
        result.sessions += path.sessions;
        if (result.paths.size() < 20)
            result.paths.append(path);
    }
    // Moves: step k → k + 1 of the same sessions, counted by the user of the event at step k.
    QStringList moves;
    for (int k = 0; k < steps; ++k)
        moves << QStringLiteral("SELECT %1 AS step, e%1 AS a, e%2 AS b, count(DISTINCT u%1) AS users FROM per_session "
                                "WHERE e%2 IS NOT NULL GROUP BY e%1, e%2")
                     .arg(k)
                     .arg(k + 1);
    if (auto s = run(q,
                     QStringLiteral("SELECT step, a, b, users FROM (%1) moves ORDER BY step, users DESC, a, b")
                         .arg(moves.join(QLatin1String(" UNION ALL "))),
                     tr("Counting the moves between events"));
        !s)
        return s.error();
    while (q.next())
        result.edges.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return result;
}

} // namespace Atelier
