#include "realtimeservice.h"

#include "core/brandservice.h"
#include "core/database.h"
#include "core/sqldialect.h"
#include "monitoring/querymetrics.h"

#include <QSqlQuery>

namespace Atelier {

Result<RealTimeMetrics> RealTimeService::snapshot(const QSqlDatabase &db, const Brand &brand, const QDateTime &at)
{
    RealTimeMetrics m;
    m.at = at.isValid() ? at.toUTC() : QDateTime::currentDateTimeUtc();
    const SqlDialect dialect = SqlDialect::of(db);
    const qint64 nowMs = m.at.toMSecsSinceEpoch();
    const QVariant end = dialect.timeValue(m.at);
    const QVariant hourAgo = dialect.timeValue(m.at.addSecs(-3600));

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(DISTINCT user_id) FROM analytics_events "
                             "WHERE brand_id = ? AND timestamp >= ? AND timestamp < ?"));
    q.addBindValue(brand.id);
    q.addBindValue(dialect.timeValue(m.at.addSecs(-300)));
    q.addBindValue(end);
    if (!timedExec(q, QStringLiteral("realtime"), QStringLiteral("active_users")) || !q.next())
        return Database::queryError(q, tr("Counting the users of the last five minutes"));
    m.activeUsers = q.value(0).toLongLong();

    // Minutes are counted back from `at` (in whole milliseconds, by integer division), so the last bucket always holds
    // the latest full minute.
    m.eventsPerMinute = QList<qint64>(60, 0);
    q.prepare(QStringLiteral("SELECT (? - %1 - 1) / 60000 AS ago, count(*) FROM analytics_events "
                             "WHERE brand_id = ? AND timestamp >= ? AND timestamp < ? GROUP BY ago")
                  .arg(dialect.epochMilliseconds(QStringLiteral("timestamp"))));
    q.addBindValue(nowMs);
    q.addBindValue(brand.id);
    q.addBindValue(hourAgo);
    q.addBindValue(end);
    if (!timedExec(q, QStringLiteral("realtime"), QStringLiteral("per_minute")))
        return Database::queryError(q, tr("Counting the events of the last hour"));
    while (q.next()) {
        const qint64 ago = q.value(0).toLongLong();
        if (ago >= 0 && ago < 60)
            m.eventsPerMinute[59 - int(ago)] = q.value(1).toLongLong();
    }

    q.prepare(QStringLiteral("SELECT event_type, count(*) AS n FROM analytics_events "
                             "WHERE brand_id = ? AND timestamp >= ? AND timestamp < ? "
                             "GROUP BY event_type ORDER BY n DESC, event_type LIMIT 10"));
    q.addBindValue(brand.id);
    q.addBindValue(hourAgo);
    q.addBindValue(end);
    if (!timedExec(q, QStringLiteral("realtime"), QStringLiteral("top_events")))
        return Database::queryError(q, tr("Finding the top events of the last hour"));
    while (q.next())
        m.topEvents.append({q.value(0).toString(), q.value(1).toLongLong()});
    return m;
}

} // namespace Atelier
