#include "funnelservice.h"

#include "analytics/daterange.h"
#include "analytics/eventtypes.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/sqldialect.h"
#include "monitoring/querymetrics.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace Atelier {

namespace {

/// Per breakdown value (empty key for the whole funnel): users per step, and per step ≥ 2 mean and median seconds.
struct Tally final
{
    QList<qint64> users;
    QHash<int, QPair<double, double>> durations; // step → (mean, median)
};

} // namespace

QStringList FunnelService::knownProperties()
{
    return {QStringLiteral("channel"), QStringLiteral("country"), QStringLiteral("device"), QStringLiteral("browser"),
            QStringLiteral("os"),      QStringLiteral("page"),    QStringLiteral("experiment"), QStringLiteral("variant")};
}

QList<qint64> FunnelService::timeToConvertBounds()
{
    return {60, 300, 1800, 7200, 43200, 86400, 3 * 86400, 7 * 86400};
}

Result<qint64> FunnelService::parseWindow(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})([dhms]?)$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return Error{tr("\"%1\" is not a window: write a number followed by d, h, m or s, as in 14d.").arg(text), {}};
    const qint64 amount = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    const qint64 seconds = unit == QLatin1String("d")   ? amount * 86400
                           : unit == QLatin1String("h") ? amount * 3600
                           : unit == QLatin1String("m") ? amount * 60
                                                        : amount;
    if (seconds <= 0)
        return Error{tr("The window must be longer than zero (got \"%1\").").arg(text), {}};
    return seconds;
}

Result<FunnelResult> FunnelService::compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                            const FunnelQuery &query)
{
    // Everything people give is checked before any SQL exists; values are bound, names whitelisted.
    if (auto range = DateRange::check(from, to); !range)
        return range.error();
    const int n = int(query.steps.size());
    if (n < 1 || n > maxSteps)
        return Error{tr("A funnel has 1 to %1 steps (got %2).").arg(maxSteps).arg(n), {}};
    if (query.windowSeconds <= 0)
        return Error{tr("The window must be longer than zero (got %1 s).").arg(query.windowSeconds), {}};
    for (int k = 0; k < n; ++k) {
        if (auto known = EventTypes::check(db, query.steps.at(k).event, tr("Step %1").arg(k + 1)); !known)
            return known.error();
        for (const auto &[property, value] : query.steps.at(k).filters)
            if (!knownProperties().contains(property))
                return Error{tr("Step %1: unknown property \"%2\"; the properties are: %3.")
                                 .arg(k + 1)
                                 .arg(property, knownProperties().join(QLatin1String(", "))), {}};
    }
    if (!query.breakdown.isEmpty() && !knownProperties().contains(query.breakdown))
        return Error{tr("Unknown breakdown property \"%1\"; the properties are: %2.")
                         .arg(query.breakdown, knownProperties().join(QLatin1String(", "))), {}};
    for (const FunnelExclusion &x : query.exclusions) {
        if (auto known = EventTypes::check(db, x.event, tr("Exclusion")); !known)
            return known.error();
        if (x.fromStep < 1 || x.toStep > n || x.fromStep >= x.toStep)
            return Error{tr("Exclusion %1: the steps must satisfy 1 ≤ from < to ≤ %2 (got %3 to %4).")
                             .arg(x.event).arg(n).arg(x.fromStep).arg(x.toStep), {}};
    }

    const SqlDialect dialect = SqlDialect::of(db);
    const QVariant start = dialect.timeValue(QDateTime(from, QTime(0, 0), Qt::UTC));
    const QVariant end = dialect.timeValue(QDateTime(to, QTime(0, 0), Qt::UTC));
    QVariantList binds;
    auto filters = [&](const FunnelStep &step) {
        QString sql;
        for (const auto &[property, value] : step.filters) {
            sql += QStringLiteral(" AND %1 = ?").arg(dialect.jsonText(QStringLiteral("e.properties"), property));
            binds.append(value);
        }
        return sql;
    };
    // Steps whose chosen event must be remembered: a later step of the same type must take another one.
    auto idNeeded = [&](int k) {
        for (int j = k + 1; j < n; ++j)
            if (query.steps.at(j).event == query.steps.at(k).event)
                return true;
        return false;
    };
    auto distinctFrom = [&](int k) {
        QString sql;
        for (int j = 0; j < k; ++j)
            if (query.steps.at(j).event == query.steps.at(k).event)
                sql += QStringLiteral(" AND e.id <> s.id%1").arg(j + 1);
        return sql;
    };

    // Every step-1 event starts an attempt, which takes step after step the earliest qualifying event no
    // earlier than the previous one (ties: the smallest id, distinct from the events already taken), up
    // to t1 + window. x0 holds one row per attempt: user_id, id1, t1, bk, t2 … tn (NULL from the first
    // step it misses) and r0, the steps it reaches.
    QStringList ctes;
    QString reached = QString::number(n);
    for (int k = n; k >= 2; --k)
        reached = QStringLiteral("CASE WHEN t%1 IS NULL THEN %2 ELSE %3 END").arg(k).arg(k - 1).arg(reached);
    const QString breakdownValue = query.breakdown.isEmpty()
                                       ? QStringLiteral("NULL")
                                       : dialect.jsonText(QStringLiteral("e.properties"), query.breakdown);
    bool repeated = false;
    for (int k = 0; k < n && !repeated; ++k)
        repeated = idNeeded(k);
    if (!repeated) {
        // Step types all differ, so an event serves at most one step, and an attempt's times depend only on
        // its start time: t(k) = the first step-k event at or after t(k-1), kept while t(k) <= t1 + window.
        // Window passes compute them for every attempt at once, from the last step backwards: at level j a
        // step-j event takes the times of the first step-(j+1) event at or after it (a running minimum in
        // descending time, peers included; the times only grow with the event's time, so the minimum is
        // that first event's). Levels n-1 … 2 run on the events of steps 2 … n only; the last level adds
        // the step-1 events. No correlated subquery: a few index range scans, sorts and window passes.
        // Attempts with the same user and start time are then identical but for the start event's
        // breakdown value, so the start event's id is only read when there is a breakdown.
        const QString window = QStringLiteral(" WINDOW w AS (PARTITION BY u ORDER BY t DESC "
                                              "RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)");
        const QString id = query.breakdown.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("e.id");
        binds << brand.id << query.steps.at(0).event << start << end;
        const QString firstConditions = filters(query.steps.at(0));
        ctes << QStringLiteral("f AS (SELECT e.user_id AS u, %1 AS id, e.timestamp AS t, %2 AS bk FROM analytics_events e "
                               "WHERE e.brand_id = ? AND e.event_type = ? AND e.timestamp >= ? AND e.timestamp < ? "
                               "AND e.user_id IS NOT NULL%3)")
                    .arg(id, breakdownValue, firstConditions);
        if (n > 1) {
            QString kind = QStringLiteral("CASE");
            bool filtered = false;
            for (int k = 1; k < n; ++k) {
                binds << query.steps.at(k).event;
                const QString conditions = filters(query.steps.at(k)); // binds the filter values after the type
                kind += QStringLiteral(" WHEN e.event_type = ?%1 THEN %2").arg(conditions).arg(k + 1);
                filtered = filtered || !query.steps.at(k).filters.isEmpty();
            }
            kind += QStringLiteral(" ELSE 0 END");
            QStringList marks, columns;
            for (int k = 1; k < n; ++k)
                marks << QStringLiteral("?");
            for (int m = 2; m <= n; ++m)
                columns << QStringLiteral("CASE WHEN k = %1 THEN t END AS c%1").arg(m);
            ctes << QStringLiteral("d%1 AS (SELECT u, t, k, %2 FROM (SELECT e.user_id AS u, e.timestamp AS t, %3 AS k "
                                   "FROM analytics_events e WHERE e.brand_id = ? AND e.timestamp >= ? AND e.timestamp < ? "
                                   "AND e.user_id IS NOT NULL AND e.event_type IN (%4)) r%5)")
                        .arg(n)
                        .arg(columns.join(QLatin1String(", ")), kind, marks.join(QLatin1String(", ")),
                             filtered ? QStringLiteral(" WHERE k > 0") : QString());
            binds << brand.id << start << end;
            for (int k = 1; k < n; ++k)
                binds << query.steps.at(k).event;
            auto level = [&](int j) {
                QStringList next;
                for (int m = 2; m <= n; ++m)
                    next << (m <= j ? QStringLiteral("c%1").arg(m)
                                    : QStringLiteral("CASE WHEN k = %1 THEN min(CASE WHEN k = %2 THEN c%3 END) OVER w END AS c%3")
                                          .arg(j)
                                          .arg(j + 1)
                                          .arg(m));
                return next.join(QLatin1String(", "));
            };
            // Rows of a step below j keep their (empty) columns; rows of step j + 1 are not needed below.
            for (int j = n - 1; j >= 2; --j)
                ctes << QStringLiteral("d%1 AS (SELECT u, t, k, %2 FROM d%3 WHERE k <= %3%4)")
                            .arg(j)
                            .arg(level(j))
                            .arg(j + 1)
                            .arg(window);
            QStringList nulls, carried;
            for (int m = 2; m <= n; ++m) {
                nulls << QStringLiteral("NULL AS c%1").arg(m);
                carried << QStringLiteral("c%1").arg(m);
            }
            ctes << QStringLiteral("c1 AS (SELECT u, id, t, k, bk, %1 FROM (SELECT u, id, t, 1 AS k, bk, %2 FROM f "
                                   "UNION ALL SELECT u, NULL, t, k, NULL, %3 FROM d2 WHERE k = 2) b%4)")
                        .arg(level(1), nulls.join(QLatin1String(", ")), carried.join(QLatin1String(", ")), window);
        } else {
            ctes << QStringLiteral("c1 AS (SELECT u, id, t, 1 AS k, bk FROM f)");
        }
        QStringList times;
        for (int m = 2; m <= n; ++m) {
            times << QStringLiteral("CASE WHEN c%1 <= %2 THEN c%1 END AS t%1").arg(m).arg(dialect.plusBoundSeconds(QStringLiteral("t")));
            binds << double(query.windowSeconds);
        }
        ctes << QStringLiteral("s AS (SELECT u AS user_id, id AS id1, t AS t1, bk%1 FROM c1 WHERE k = 1)")
                    .arg(times.isEmpty() ? QString() : QStringLiteral(", ") + times.join(QLatin1String(", ")));
        ctes << QStringLiteral("x0 AS (SELECT s.*, %1 AS r0 FROM s)").arg(reached);
    } else {
        // A step type repeats: each attempt's chain, step by step, with correlated subqueries that also
        // remember the events taken, so that a later step of the same type takes another one.
        ctes << QStringLiteral("s1 AS (SELECT e.user_id, e.id AS id1, e.timestamp AS t1, %1 AS bk FROM analytics_events e "
                               "WHERE e.brand_id = ? AND e.event_type = ? AND e.timestamp >= ? AND e.timestamp < ? "
                               "AND e.user_id IS NOT NULL")
                    .arg(breakdownValue);
        binds << brand.id << query.steps.at(0).event << start << end;
        ctes.last() += filters(query.steps.at(0)) + QLatin1Char(')');
        const QString windowEnd = dialect.plusBoundSeconds(QStringLiteral("s.t1"));
        for (int k = 1; k < n; ++k) {
            const FunnelStep &step = query.steps.at(k);
            QString sql = QStringLiteral("s%1a AS (SELECT s.*, (SELECT min(e.timestamp) FROM analytics_events e "
                                         "WHERE e.user_id = s.user_id AND e.brand_id = ? AND e.event_type = ? "
                                         "AND e.timestamp >= s.t%2 AND e.timestamp < ? AND e.timestamp <= %3%4")
                              .arg(k + 1)
                              .arg(k)
                              .arg(windowEnd, distinctFrom(k));
            binds << brand.id << step.event << end << double(query.windowSeconds);
            sql += filters(step) + QStringLiteral(") AS t%1 FROM s%2 s)").arg(k + 1).arg(k);
            ctes << sql;
            if (idNeeded(k)) {
                QString ids = QStringLiteral("s%1 AS (SELECT s.*, (SELECT min(e.id) FROM analytics_events e "
                                             "WHERE e.user_id = s.user_id AND e.brand_id = ? AND e.event_type = ? "
                                             "AND e.timestamp = s.t%1%2")
                                  .arg(k + 1)
                                  .arg(distinctFrom(k));
                binds << brand.id << step.event;
                ids += filters(step) + QStringLiteral(") AS id%1 FROM s%1a s)").arg(k + 1);
                ctes << ids;
            } else {
                ctes << QStringLiteral("s%1 AS (SELECT * FROM s%1a)").arg(k + 1);
            }
        }
        ctes << QStringLiteral("x0 AS (SELECT s.*, %1 AS r0 FROM s%2 s)").arg(reached).arg(n);
    }
    for (int i = 0; i < query.exclusions.size(); ++i) {
        const FunnelExclusion &x = query.exclusions.at(i);
        ctes << QStringLiteral("x%1 AS (SELECT a.*, CASE WHEN a.r%2 >= %3 AND EXISTS (SELECT 1 FROM analytics_events e "
                               "WHERE e.user_id = a.user_id AND e.brand_id = ? AND e.event_type = ? "
                               "AND e.timestamp >= a.t%4 AND e.timestamp <= a.t%3) THEN %5 ELSE a.r%2 END AS r%1 FROM x%2 a)")
                    .arg(i + 1)
                    .arg(i)
                    .arg(x.toStep)
                    .arg(x.fromStep)
                    .arg(x.toStep - 1);
        binds << brand.id << x.event;
    }
    const int last = int(query.exclusions.size());
    ctes << QStringLiteral("chosen AS (SELECT * FROM (SELECT a.*, a.r%1 AS r, row_number() OVER (PARTITION BY a.user_id "
                           "ORDER BY a.r%1 DESC, a.t1, a.id1) AS rn FROM x%1 a) ranked WHERE rn = 1)")
                .arg(last);
    const QString with = QStringLiteral("WITH ") + ctes.join(QLatin1String(", ")) + QLatin1Char(' ');

    // One statement, so that the attempts are worked out once: per breakdown value and for the whole funnel
    // (part 1), the users per step, then per step >= 2 the mean and median seconds from the previous step.
    // Rows: part (0 value, 1 whole, 2 value durations, 3 whole durations), step, bk, then n figures.
    const int width = std::max(n, 2);
    auto padded = [&](QStringList figures) {
        while (figures.size() < width)
            figures << QStringLiteral("NULL");
        return figures.join(QLatin1String(", "));
    };
    QStringList sums;
    for (int k = 1; k <= n; ++k)
        sums << QStringLiteral("sum(CASE WHEN r >= %1 THEN 1 ELSE 0 END)").arg(k);
    QString select = QStringLiteral("SELECT 0, 0, bk, %1 FROM chosen GROUP BY bk UNION ALL SELECT 1, 0, NULL, %1 FROM chosen")
                         .arg(padded(sums));
    if (n > 1) {
        QStringList parts;
        for (int k = 2; k <= n; ++k)
            parts << QStringLiteral("SELECT %1 AS step, bk, %2 AS d FROM chosen WHERE r >= %1")
                         .arg(k)
                         .arg(dialect.secondsBetween(QStringLiteral("t%1").arg(k - 1), QStringLiteral("t%1").arg(k)));
        const QString durations = QStringLiteral("(") + parts.join(QLatin1String(" UNION ALL ")) + QLatin1Char(')');
        const QString figures = padded({QStringLiteral("avg(d)"), QStringLiteral("avg(CASE WHEN i IN ((c + 1) / 2, (c + 2) / 2) THEN d END)")});
        // Medians with window functions, which both databases have: the middle one or two values.
        select += QStringLiteral(
                      " UNION ALL "
                      "SELECT 2, step, bk, %2 FROM ("
                      "  SELECT step, bk, d, row_number() OVER (PARTITION BY step, bk ORDER BY d) AS i,"
                      "         count(*) OVER (PARTITION BY step, bk) AS c FROM %1 dur) per_value GROUP BY step, bk "
                      "UNION ALL "
                      "SELECT 3, step, NULL, %2 FROM ("
                      "  SELECT step, d, row_number() OVER (PARTITION BY step ORDER BY d) AS i,"
                      "         count(*) OVER (PARTITION BY step) AS c FROM %1 dur2) overall GROUP BY step")
                      .arg(durations, figures);
    }
    if (n > 1) {
        // Part 4: converters by the time from step 1 to the last step, in buckets (step column = bucket).
        QStringList cases;
        const QList<qint64> bounds = timeToConvertBounds();
        for (int b = 0; b < bounds.size(); ++b)
            cases << QStringLiteral("WHEN d < %1 THEN %2").arg(bounds.at(b)).arg(b);
        select += QStringLiteral(" UNION ALL SELECT 4, bucket, NULL, %1 FROM (SELECT CASE %2 ELSE %3 END AS bucket FROM "
                                 "(SELECT %4 AS d FROM chosen WHERE r >= %5) total) buckets GROUP BY bucket")
                      .arg(padded({QStringLiteral("count(*)")}), cases.join(QLatin1Char(' ')))
                      .arg(bounds.size())
                      .arg(dialect.secondsBetween(QStringLiteral("t1"), QStringLiteral("t%1").arg(n)))
                      .arg(n);
    }
    QList<qint64> histogram(timeToConvertBounds().size() + 1, 0);
    QHash<QString, Tally> tallies; // "\x01" keys the whole funnel; breakdown values key the rest
    const QString whole = QStringLiteral("\x01");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(with + select);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!timedExec(q, QStringLiteral("funnel"), QStringLiteral("steps")))
        return Database::queryError(q, tr("Counting the funnel's users"));
    while (q.next()) {
        const int part = q.value(0).toInt();
        if (part == 4) {
            const int bucket = q.value(1).toInt();
            if (bucket >= 0 && bucket < histogram.size())
                histogram[bucket] = q.value(3).toLongLong();
            continue;
        }
        const QString key = part == 1 || part == 3 ? whole : q.value(2).toString();
        if (part <= 1) {
            Tally &t = tallies[key];
            for (int k = 0; k < n; ++k)
                t.users.append(q.value(3 + k).toLongLong());
        } else {
            tallies[key].durations.insert(q.value(1).toInt(), {q.value(3).value<double>(), q.value(4).value<double>()});
        }
    }

    auto steps = [&](const Tally &t) {
        QList<FunnelStepResult> list;
        for (int k = 0; k < n; ++k) {
            FunnelStepResult r;
            r.event = query.steps.at(k).event;
            r.users = t.users.value(k);
            const qint64 first = t.users.value(0), previous = k > 0 ? t.users.value(k - 1) : t.users.value(0);
            r.conversionFromStart = first > 0 ? double(r.users) / double(first) : 0;
            r.conversionFromPrevious = previous > 0 ? double(r.users) / double(previous) : 0;
            if (k > 0 && t.durations.contains(k + 1)) {
                r.meanSecondsFromPrevious = t.durations.value(k + 1).first;
                r.medianSecondsFromPrevious = t.durations.value(k + 1).second;
            }
            list.append(r);
        }
        return list;
    };
    FunnelResult result;
    result.steps = steps(tallies.value(whole));
    if (n > 1)
        result.timeToConvert = histogram;
    if (!query.breakdown.isEmpty()) {
        QStringList values = tallies.keys();
        values.removeAll(whole);
        std::sort(values.begin(), values.end(), [&](const QString &a, const QString &b) {
            const qint64 ua = tallies.value(a).users.value(0), ub = tallies.value(b).users.value(0);
            return ua != ub ? ua > ub : a < b;
        });
        for (const QString &value : std::as_const(values))
            result.breakdown.append({value, steps(tallies.value(value))});
    }
    return result;
}

} // namespace Atelier
