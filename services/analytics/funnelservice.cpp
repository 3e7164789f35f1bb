#include "funnelservice.h"

#include "analytics/daterange.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/sqldialect.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

namespace Atelier {

namespace {

bool isEventName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.:-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

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
        if (!isEventName(query.steps.at(k).event))
            return Error{tr("Step %1: \"%2\" is not an event type.").arg(k + 1).arg(query.steps.at(k).event), {}};
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
        if (!isEventName(x.event))
            return Error{tr("Exclusion: \"%1\" is not an event type.").arg(x.event), {}};
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

    QStringList ctes;
    ctes << QStringLiteral("s1 AS (SELECT e.user_id, e.id AS id1, e.timestamp AS t1, %1 AS bk FROM analytics_events e "
                           "WHERE e.brand_id = ? AND e.event_type = ? AND e.timestamp >= ? AND e.timestamp < ? "
                           "AND e.user_id IS NOT NULL")
                .arg(query.breakdown.isEmpty() ? QStringLiteral("NULL")
                                               : dialect.jsonText(QStringLiteral("e.properties"), query.breakdown));
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
    QString reached = QString::number(n);
    for (int k = n; k >= 2; --k)
        reached = QStringLiteral("CASE WHEN t%1 IS NULL THEN %2 ELSE %3 END").arg(k).arg(k - 1).arg(reached);
    ctes << QStringLiteral("x0 AS (SELECT s.*, %1 AS r0 FROM s%2 s)").arg(reached).arg(n);
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

    auto run = [&](QSqlQuery &q, const QString &select, const QString &what) -> Status {
        q.setForwardOnly(true);
        q.prepare(with + select);
        for (const QVariant &v : std::as_const(binds))
            q.addBindValue(v);
        if (!q.exec())
            return Database::queryError(q, what);
        return Done{};
    };

    // Users per step, per breakdown value and for the whole funnel (whole = 1).
    QStringList sums;
    for (int k = 1; k <= n; ++k)
        sums << QStringLiteral("sum(CASE WHEN r >= %1 THEN 1 ELSE 0 END)").arg(k);
    QHash<QString, Tally> tallies; // "\x01" keys the whole funnel; breakdown values key the rest
    const QString whole = QStringLiteral("\x01");
    QSqlQuery q(db);
    if (auto s = run(q,
                     QStringLiteral("SELECT 0, bk, %1 FROM chosen GROUP BY bk UNION ALL SELECT 1, NULL, %1 FROM chosen")
                         .arg(sums.join(QLatin1String(", "))),
                     tr("Counting the funnel's users"));
        !s)
        return s.error();
    while (q.next()) {
        const QString key = q.value(0).toInt() == 1 ? whole : q.value(1).toString();
        Tally &t = tallies[key];
        for (int k = 0; k < n; ++k)
            t.users.append(q.value(2 + k).toLongLong());
    }

    if (n > 1) {
        QStringList parts;
        for (int k = 2; k <= n; ++k)
            parts << QStringLiteral("SELECT %1 AS step, bk, %2 AS d FROM chosen WHERE r >= %1")
                         .arg(k)
                         .arg(dialect.secondsBetween(QStringLiteral("t%1").arg(k - 1), QStringLiteral("t%1").arg(k)));
        const QString durations = QStringLiteral("(") + parts.join(QLatin1String(" UNION ALL ")) + QLatin1Char(')');
        // Medians with window functions, which both databases have: the middle one or two values.
        const QString select = QStringLiteral(
            "SELECT 0, step, bk, avg(d), avg(CASE WHEN i IN ((c + 1) / 2, (c + 2) / 2) THEN d END) FROM ("
            "  SELECT step, bk, d, row_number() OVER (PARTITION BY step, bk ORDER BY d) AS i,"
            "         count(*) OVER (PARTITION BY step, bk) AS c FROM %1 dur) per_value GROUP BY step, bk "
            "UNION ALL "
            "SELECT 1, step, NULL, avg(d), avg(CASE WHEN i IN ((c + 1) / 2, (c + 2) / 2) THEN d END) FROM ("
            "  SELECT step, d, row_number() OVER (PARTITION BY step ORDER BY d) AS i,"
            "         count(*) OVER (PARTITION BY step) AS c FROM %1 dur2) overall GROUP BY step")
                                   .arg(durations);
        if (auto s = run(q, select, tr("Measuring the time between steps")); !s)
            return s.error();
        while (q.next()) {
            const QString key = q.value(0).toInt() == 1 ? whole : q.value(2).toString();
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
