#include "seasonalityservice.h"

#include "analytics/daterange.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/sqldialect.h"
#include "monitoring/querymetrics.h"

#include <QDateTime>
#include <QSqlQuery>

#include <numeric>

namespace Atelier {

namespace {
double variance(const QList<double> &values)
{
    if (values.size() < 2)
        return 0;
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    double sum = 0;
    for (double v : values)
        sum += (v - mean) * (v - mean);
    return sum / double(values.size());
}
} // namespace

std::optional<double> SeasonalityService::weeklyStrength(const QList<double> &daily, int firstWeekday)
{
    const int n = int(daily.size());
    if (n < 14)
        return std::nullopt;
    // Trend: centred moving average over 7 days, defined from day 3 to day n − 4.
    QList<double> detrended;
    QList<int> weekdays;
    for (int d = 3; d + 3 < n; ++d) {
        double sum = 0;
        for (int k = d - 3; k <= d + 3; ++k)
            sum += daily.at(k);
        detrended.append(daily.at(d) - sum / 7);
        weekdays.append((firstWeekday + d) % 7);
    }
    double seasonal[7] = {};
    int counts[7] = {};
    for (int i = 0; i < detrended.size(); ++i) {
        seasonal[weekdays.at(i)] += detrended.at(i);
        ++counts[weekdays.at(i)];
    }
    double centre = 0;
    for (int w = 0; w < 7; ++w) {
        seasonal[w] = counts[w] > 0 ? seasonal[w] / counts[w] : 0;
        centre += seasonal[w] / 7;
    }
    QList<double> remainder;
    for (int i = 0; i < detrended.size(); ++i)
        remainder.append(detrended.at(i) - (seasonal[weekdays.at(i)] - centre));
    const double total = variance(detrended);
    if (total <= 0)
        return 0.0; // a flat series has no weekly pattern
    return std::max(0.0, 1.0 - variance(remainder) / total);
}

Result<Seasonality> SeasonalityService::compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to)
{
    if (auto range = DateRange::check(from, to); !range)
        return range.error();
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 AS day, %2 AS hour, count(*) FROM analytics_events "
                             "WHERE brand_id = ? AND timestamp >= ? AND timestamp < ? GROUP BY day, hour")
                  .arg(dialect.dayNumber(QStringLiteral("timestamp")), dialect.hourOfDay(QStringLiteral("timestamp"))));
    q.addBindValue(brand.id);
    q.addBindValue(dialect.timeValue(QDateTime(from, QTime(0, 0), Qt::UTC)));
    q.addBindValue(dialect.timeValue(QDateTime(to, QTime(0, 0), Qt::UTC)));
    if (!timedExec(q, QStringLiteral("seasonality"), QStringLiteral("by_hour_and_day")))
        return Database::queryError(q, tr("Counting events by day and hour"));

    const qint64 firstDay = QDate(1970, 1, 1).daysTo(from);
    const int days = int(from.daysTo(to));
    QList<QList<double>> grid(days, QList<double>(24, 0.0));
    while (q.next()) {
        const qint64 d = q.value(0).toLongLong() - firstDay;
        const int h = q.value(1).toInt();
        if (d >= 0 && d < days && h >= 0 && h < 24)
            grid[int(d)][h] = q.value(2).value<double>();
    }

    Seasonality s;
    s.from = from;
    s.to = to;
    const int firstWeekday = from.dayOfWeek() - 1; // Qt: Monday = 1
    QList<double> daily(days, 0.0);
    double weekdayTotals[7] = {};
    int weekdayDays[7] = {};
    double hourTotals[24] = {};
    for (int d = 0; d < days; ++d) {
        const int w = (firstWeekday + d) % 7;
        for (int h = 0; h < 24; ++h) {
            daily[d] += grid[d][h];
            hourTotals[h] += grid[d][h];
            s.heatmap[w][h] += grid[d][h];
        }
        weekdayTotals[w] += daily[d];
        ++weekdayDays[w];
        s.total += daily[d];
    }
    const double meanDay = s.total / days;
    for (int w = 0; w < 7; ++w) {
        if (weekdayDays[w] == 0)
            continue;
        for (double &slot : s.heatmap[w])
            slot /= weekdayDays[w];
        if (meanDay > 0)
            s.dayOfWeek[w] = (weekdayTotals[w] / weekdayDays[w]) / meanDay;
    }
    const double meanHour = s.total / (24.0 * days);
    for (int h = 0; h < 24; ++h)
        if (meanHour > 0)
            s.hourOfDay[h] = (hourTotals[h] / days) / meanHour;
    s.weeklyStrength = weeklyStrength(daily, firstWeekday);
    return s;
}

} // namespace Atelier
