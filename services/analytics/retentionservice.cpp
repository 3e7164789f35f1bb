#include "retentionservice.h"

#include "analytics/daterange.h"
#include "analytics/eventtypes.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/rowinserter.h"
#include "core/sqldialect.h"
#include "monitoring/querymetrics.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

namespace Atelier {

namespace {
const QDate kEpoch(1970, 1, 1);
}

QDate RetentionService::periodStart(qint64 number, const QString &unit)
{
    if (unit == QLatin1String("week"))
        return kEpoch.addDays(number * 7 - 3);
    if (unit == QLatin1String("month"))
        return QDate(int(number / 12), int(number % 12) + 1, 1);
    return kEpoch.addDays(number);
}

qint64 RetentionService::periodOf(QDate day, const QString &unit)
{
    if (unit == QLatin1String("week"))
        return (kEpoch.daysTo(day) + 3) / 7; // days before 1969-12-29 are not analysed
    if (unit == QLatin1String("month"))
        return qint64(day.year()) * 12 + day.month() - 1;
    return kEpoch.daysTo(day);
}

Result<QList<Cohort>> RetentionService::compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                                const RetentionQuery &query)
{
    if (auto range = DateRange::check(from, to); !range)
        return range.error();
    static const QStringList units = {QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month")};
    if (!units.contains(query.period))
        return Error{tr("Unknown retention period \"%1\"; use day, week or month.").arg(query.period), {}};
    if (query.periods < 1 || query.periods > maxPeriods)
        return Error{tr("The number of periods must be between 1 and %1 (got %2).").arg(maxPeriods).arg(query.periods), {}};
    if (auto s = EventTypes::check(db, query.startEvent, tr("Start event")); !s)
        return s.error();
    if (auto s = EventTypes::check(db, query.returnEvent, tr("Return event")); !s)
        return s.error();

    // Cohorts whose period starts inside the range.
    qint64 first = periodOf(from, query.period);
    if (periodStart(first, query.period) < from)
        ++first;
    const qint64 last = periodOf(to.addDays(-1), query.period);
    QList<Cohort> cohorts;
    if (first > last)
        return cohorts;

    const SqlDialect dialect = SqlDialect::of(db);
    const QString cohortOf = dialect.periodNumber(QStringLiteral("f.first_at"), query.period);
    const QString periodOfEvent = dialect.periodNumber(QStringLiteral("e.timestamp"), query.period);
    // Everyone's first-ever start event, whatever the range; then the cohorts that start inside it.
    const QString members = QStringLiteral(
        "WITH firsts AS (SELECT user_id, min(timestamp) AS first_at FROM analytics_events "
        "  WHERE brand_id = ? AND event_type = ? AND user_id IS NOT NULL GROUP BY user_id), "
        "members AS (SELECT f.user_id, f.first_at, %1 AS cohort FROM firsts f) ")
                                .arg(cohortOf);
    auto run = [&](QSqlQuery &q, const QString &sql, const QVariantList &extra, const QString &what) -> Status {
        q.setForwardOnly(true);
        q.prepare(members + sql);
        q.addBindValue(brand.id);
        q.addBindValue(query.startEvent);
        for (const QVariant &v : extra)
            q.addBindValue(v);
        if (!timedExec(q, QStringLiteral("retention"), QStringLiteral("cohorts")))
            return Database::queryError(q, what);
        return Done{};
    };

    QHash<qint64, int> index;
    QSqlQuery q(db);
    if (auto s = run(q, QStringLiteral("SELECT cohort, count(*) FROM members WHERE cohort BETWEEN ? AND ? GROUP BY cohort"),
                     {first, last}, tr("Sizing the cohorts"));
        !s)
        return s.error();
    while (q.next()) {
        Cohort c;
        c.start = periodStart(q.value(0).toLongLong(), query.period);
        c.size = q.value(1).toLongLong();
        c.counts = QList<qint64>(query.periods + 1, 0);
        c.counts[0] = c.size;
        c.revenue = QList<double>(query.periods + 1, 0.0);
        index.insert(q.value(0).toLongLong(), int(cohorts.size()));
        cohorts.append(c);
    }
    if (auto s = run(q,
                     QStringLiteral("SELECT m.cohort, %1 - m.cohort AS k, count(DISTINCT m.user_id) FROM members m "
                                    "JOIN analytics_events e ON e.user_id = m.user_id AND e.brand_id = ? AND e.event_type = ? "
                                    "AND e.timestamp >= m.first_at "
                                    "WHERE m.cohort BETWEEN ? AND ? AND %1 - m.cohort BETWEEN 1 AND ? GROUP BY m.cohort, k")
                         .arg(periodOfEvent),
                     {brand.id, query.returnEvent, first, last, query.periods}, tr("Counting the returns"));
        !s)
        return s.error();
    while (q.next())
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.cend())
            cohorts[*it].counts[q.value(1).toInt()] = q.value(2).toLongLong();
    if (auto s = run(q,
                     QStringLiteral("SELECT m.cohort, %1 - m.cohort AS k, sum(%2) FROM members m "
                                    "JOIN analytics_events e ON e.user_id = m.user_id AND e.brand_id = ? "
                                    "AND e.event_type = 'purchase' "
                                    "WHERE m.cohort BETWEEN ? AND ? AND %1 - m.cohort BETWEEN 0 AND ? GROUP BY m.cohort, k")
                         .arg(periodOfEvent, dialect.jsonNumber(QStringLiteral("e.properties"), QStringLiteral("revenue"))),
                     {brand.id, first, last, query.periods}, tr("Summing the cohorts' revenue"));
        !s)
        return s.error();
    while (q.next())
        if (const auto it = index.constFind(q.value(0).toLongLong()); it != index.cend())
            cohorts[*it].revenue[q.value(1).toInt()] = q.value(2).value<double>();

    for (Cohort &c : cohorts) {
        for (qint64 count : std::as_const(c.counts))
            c.rates.append(c.size > 0 ? double(count) / double(c.size) : 0.0);
    }
    std::sort(cohorts.begin(), cohorts.end(), [](const Cohort &a, const Cohort &b) { return a.start < b.start; });
    return cohorts;
}

Status RetentionService::persist(const QSqlDatabase &db, const Brand &brand, const RetentionQuery &query,
                                 const QList<Cohort> &cohorts)
{
    const SqlDialect dialect = SqlDialect::of(db);
    const QVariant now = dialect.timeValue(QDateTime::currentDateTimeUtc());
    QList<QVariantList> rows;
    for (const Cohort &c : cohorts)
        for (int k = 0; k < c.counts.size(); ++k)
            rows.append({QUuid::createUuid().toString(QUuid::WithoutBraces),
                         dialect.timeValue(QDateTime(c.start, QTime(0, 0), Qt::UTC)), query.period, k, c.size, c.rates.at(k),
                         c.revenue.at(k), brand.id, now});
    return RowInserter(db).insertAllOrNothing(QStringLiteral("analytics_cohorts"),
                                     {QStringLiteral("id"), QStringLiteral("cohort_date"), QStringLiteral("period_unit"),
                                      QStringLiteral("period"), QStringLiteral("cohort_size"), QStringLiteral("retention"),
                                      QStringLiteral("revenue"), QStringLiteral("brand_id"), QStringLiteral("created_at")},
                                     rows);
}

} // namespace Atelier
