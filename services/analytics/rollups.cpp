#include "rollups.h"

#include "core/database.h"
#include "core/sqldialect.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace Atelier {

namespace {

struct Span
{
    qint64 first = 0; // day numbers, both included
    qint64 last = 0;
};

void widen(QHash<QString, Span> &spans, const QString &brand, qint64 first, qint64 last)
{
    auto it = spans.find(brand);
    if (it == spans.end()) {
        spans.insert(brand, {first, last});
        return;
    }
    it->first = std::min(it->first, first);
    it->last = std::max(it->last, last);
}

} // namespace

Result<Rollups::Refreshed> Rollups::refresh(const QSqlDatabase &db)
{
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Nothing to do is the common case: answer it without taking any lock.
    if (dialect.isSqlite()) { // the app rolls up on SQLite; PostgreSQL does it in a function of the tables' owner
        if (!q.exec(QStringLiteral("SELECT (SELECT max(id) FROM analytics_events), last_event_id, "
                                   "(SELECT max(id) FROM analytics_rollup_dirty) FROM analytics_rollup_state WHERE id = 1"))
            || !q.next())
            return Database::queryError(q, tr("Reading the rollup's state"));
        if (q.value(0).toLongLong() <= q.value(1).toLongLong() && q.value(2).isNull())
            return Refreshed{};
    } else {
        // PostgreSQL: the refresh runs in the database as the tables' owner (analytics_refresh_rollup, see
        // migration 0004), so a person's permissions never decide what the rollup holds.
        if (!q.exec(QStringLiteral("SELECT analytics_refresh_rollup()")) || !q.next())
            return Database::queryError(q, tr("Recomputing the daily rollup"));
        Refreshed done;
        done.days = q.value(0).toLongLong();
        return done;
    }
    q.finish();

    // SQLite from here: the write lock at once, so a second refresh waits instead of duplicating the work.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Database::queryError(q, tr("Locking the rollup"));
    auto fail = [&](const Error &e) -> Result<Refreshed> {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return e;
    };

    // What changed: marked days, and the events above the last id rolled up.
    QHash<QString, Span> spans;
    qint64 newestEvent = 0, lastMark = 0;
    if (!q.exec(QStringLiteral("SELECT brand_id, min(day), max(day), max(id) FROM analytics_rollup_dirty GROUP BY brand_id")))
        return fail(Database::queryError(q, tr("Reading the days to recompute")));
    while (q.next()) {
        widen(spans, q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong());
        lastMark = std::max(lastMark, q.value(3).toLongLong());
    }
    q.finish();
    if (!q.exec(QStringLiteral("SELECT last_event_id, (SELECT max(id) FROM analytics_events) FROM analytics_rollup_state "
                               "WHERE id = 1"))
        || !q.next())
        return fail(Database::queryError(q, tr("Reading the rollup's state")));
    const qint64 last = q.value(0).toLongLong();
    newestEvent = q.value(1).toLongLong();
    q.finish();
    if (newestEvent > last) {
        q.prepare(QStringLiteral("SELECT brand_id, min(timestamp) / 86400000, max(timestamp) / 86400000 FROM analytics_events "
                                 "WHERE id > ? AND id <= ? GROUP BY brand_id"));
        q.addBindValue(last);
        q.addBindValue(newestEvent);
        if (!q.exec())
            return fail(Database::queryError(q, tr("Finding the new events")));
        while (q.next())
            widen(spans, q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong());
        q.finish();
    }

    // Each brand's span of touched days is recomputed whole: one range scan per brand.
    const QString revenue = dialect.jsonNumber(QStringLiteral("properties"), QStringLiteral("revenue"));
    const QString day = dialect.dayNumber(QStringLiteral("timestamp"));
    QSqlQuery remove(db), insert(db);
    remove.prepare(QStringLiteral("DELETE FROM analytics_daily_rollup WHERE brand_id = ? AND day >= ? AND day <= ?"));
    insert.prepare(QStringLiteral("INSERT INTO analytics_daily_rollup (brand_id, day, events, active_users, sessions, page_views, "
                                  "signups, purchases, revenue, purchasing_users) "
                                  "SELECT brand_id, %1, count(*), count(DISTINCT user_id), count(DISTINCT session_id), "
                                  "sum(CASE WHEN event_type = 'page_view' THEN 1 ELSE 0 END), "
                                  "sum(CASE WHEN event_type = 'signup' THEN 1 ELSE 0 END), "
                                  "sum(CASE WHEN event_type = 'purchase' THEN 1 ELSE 0 END), "
                                  "coalesce(sum(CASE WHEN event_type = 'purchase' THEN %2 END), 0), "
                                  "count(DISTINCT CASE WHEN event_type = 'purchase' THEN user_id END) "
                                  "FROM analytics_events WHERE brand_id = ? AND timestamp >= ? AND timestamp < ? "
                                  "GROUP BY brand_id, %1")
                       .arg(day, revenue));
    Refreshed done;
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        remove.addBindValue(it.key());
        remove.addBindValue(it->first);
        remove.addBindValue(it->last);
        if (!remove.exec())
            return fail(Database::queryError(remove, tr("Clearing the days to recompute")));
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(it->first * 86400000, Qt::UTC);
        insert.addBindValue(it.key());
        insert.addBindValue(dialect.timeValue(start));
        insert.addBindValue(dialect.timeValue(start.addDays(it->last - it->first + 1)));
        if (!insert.exec())
            return fail(Database::queryError(insert, tr("Recomputing the daily rollup")));
        ++done.brands;
        done.days += it->last - it->first + 1;
    }
    if (lastMark > 0) {
        q.prepare(QStringLiteral("DELETE FROM analytics_rollup_dirty WHERE id <= ?"));
        q.addBindValue(lastMark);
        if (!q.exec())
            return fail(Database::queryError(q, tr("Clearing the days to recompute")));
    }
    if (newestEvent > 0) {
        q.prepare(QStringLiteral("UPDATE analytics_rollup_state SET last_event_id = ? WHERE id = 1 AND last_event_id < ?"));
        q.addBindValue(newestEvent);
        q.addBindValue(newestEvent);
        if (!q.exec())
            return fail(Database::queryError(q, tr("Recording the rollup's state")));
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(Database::queryError(q, tr("Saving the daily rollup")));
    return done;
}

} // namespace Atelier
