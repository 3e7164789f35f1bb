#include "journeyservice.h"

#include "analytics/daterange.h"
#include "analytics/eventtypes.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/sqldialect.h"

#include <QDateTime>
#include <QRegularExpression>
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
    const QString with = QStringLiteral(
        "WITH numbered AS (SELECT session_id, user_id, event_type, "
        "  row_number() OVER (PARTITION BY session_id ORDER BY timestamp, id) AS rn FROM analytics_events "
        "  WHERE brand_id = ? AND timestamp >= ? AND timestamp < ? AND session_id IS NOT NULL), "
        "starts AS (SELECT session_id, min(rn) AS rn0 FROM numbered WHERE event_type = ? GROUP BY session_id), "
        "walk AS (SELECT n.session_id, n.user_id, n.rn - s.rn0 AS step, n.event_type FROM numbered n "
        "  JOIN starts s ON s.session_id = n.session_id AND n.rn BETWEEN s.rn0 AND s.rn0 + ?) ");
    const QVariantList binds = {brand.id, dialect.timeValue(QDateTime(from, QTime(0, 0), Qt::UTC)),
                                dialect.timeValue(QDateTime(to, QTime(0, 0), Qt::UTC)), startEvent, steps};
    auto run = [&](QSqlQuery &q, const QString &select, const QString &what) -> Status {
        q.setForwardOnly(true);
        q.prepare(with + select);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            return Database::queryError(q, what);
        return Done{};
    };

    Journeys result;
    QSqlQuery q(db);
    // Paths: one column per step, so both databases keep the order without an ordered string aggregate.
    QStringList columns, names, order;
    for (int k = 0; k <= steps; ++k) {
        columns << QStringLiteral("max(CASE WHEN step = %1 THEN event_type END) AS e%1").arg(k);
        names << QStringLiteral("e%1").arg(k);
        order << QStringLiteral("coalesce(e%1, '')").arg(k); // the same order of ties on both databases
    }
    if (auto s = run(q,
                     QStringLiteral("SELECT %1, count(*) AS sessions, count(DISTINCT user_id) AS users FROM ("
                                    "SELECT session_id, max(user_id) AS user_id, %2 FROM walk GROUP BY session_id) per_session "
                                    "GROUP BY %1 ORDER BY sessions DESC, %3")
                         .arg(names.join(QLatin1String(", ")), columns.join(QLatin1String(", ")), order.join(QLatin1String(", "))),
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
    if (auto s = run(q,
                     QStringLiteral("SELECT a.step, a.event_type, b.event_type, count(DISTINCT a.user_id) AS users FROM walk a "
                                    "JOIN walk b ON b.session_id = a.session_id AND b.step = a.step + 1 "
                                    "GROUP BY a.step, a.event_type, b.event_type ORDER BY a.step, users DESC, a.event_type, b.event_type"),
                     tr("Counting the moves between events"));
        !s)
        return s.error();
    while (q.next())
        result.edges.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    return result;
}

} // namespace Atelier
