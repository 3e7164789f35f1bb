#include "anomalyservice.h"

#include "analytics/daterange.h"
#include "analytics/dailymetrics.h"
#include "core/brandservice.h"

#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/poisson.hpp>

#include <algorithm>
#include <cmath>

namespace Atelier {

namespace {
double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}
/// Mostly quiet series (a few generations some days, none on most): their median absolute deviation is zero, so
/// the robust scale below would turn the first generation of a week into an anomaly. Counts are judged as counts.
bool isSparse(const QList<double> &values)
{
    return median(values) < AnomalyService::sparseMedian
           && std::all_of(values.begin(), values.end(), [](double v) { return v >= 0; });
}

/// The Poisson tail of each day against its expected count, never under minimumExpected (a quiet series expects
/// "about one", not zero); a day is an anomaly when that tail is rarer than the normal tail of threshold. A series
/// of amounts (AI cost) is counted in its typical non-zero day's amount.
QList<Anomaly> detectInCounts(const QString &metric, QDate first, const QList<double> &values, const QList<double> &expected,
                              double threshold)
{
    QList<Anomaly> result;
    const bool whole = std::all_of(values.begin(), values.end(), [](double v) { return v == std::floor(v); });
    QList<double> nonZero;
    for (double v : values)
        if (v > 0)
            nonZero.append(v);
    if (nonZero.isEmpty())
        return result; // nothing ever happened: nothing stands out
    const double unit = whole ? 1.0 : median(nonZero);
    const boost::math::normal standard;
    const double rare = boost::math::cdf(boost::math::complement(standard, threshold));
    for (int t = 0; t < int(values.size()); ++t) {
        const double mean = std::max(expected.at(t) / unit, AnomalyService::minimumExpected);
        const boost::math::poisson counts(mean);
        const double k = std::round(values.at(t) / unit);
        const bool up = k > mean;
        const double tail = up ? boost::math::cdf(boost::math::complement(counts, k - 1)) : boost::math::cdf(counts, k);
        if (tail >= rare)
            continue;
        const double z = boost::math::quantile(boost::math::complement(standard, std::max(tail, 1e-300)));
        result.append({first.addDays(t), metric, values.at(t), mean * unit,
                       unit * boost::math::quantile(counts, rare), unit * boost::math::quantile(boost::math::complement(counts, rare)),
                       up ? z : -z, up});
    }
    return result;
}

} // namespace

QList<Anomaly> AnomalyService::detectInSeries(const QString &metric, QDate first, const QList<double> &values, double threshold)
{
    const int n = int(values.size());
    QList<Anomaly> result;
    if (n < 14)
        return result; // two weeks at least, or there is no weekly pattern to expect from
    QList<double> trend(n);
    // Always a whole week in the window (shifted inwards at the ends), so every weekday weighs the same.
    for (int t = 0; t < n; ++t)
        trend[t] = median(values.mid(std::clamp(t - 3, 0, n - 7), 7));
    QList<double> byWeekday[7];
    const int firstWeekday = first.dayOfWeek() - 1;
    for (int t = 0; t < n; ++t)
        byWeekday[(firstWeekday + t) % 7].append(values.at(t) - trend.at(t));
    double seasonal[7];
    for (int w = 0; w < 7; ++w)
        seasonal[w] = median(byWeekday[w]);
    QList<double> expected(n), residuals(n);
    for (int t = 0; t < n; ++t) {
        expected[t] = trend.at(t) + seasonal[(firstWeekday + t) % 7];
        residuals[t] = values.at(t) - expected.at(t);
    }
    if (isSparse(values))
        return detectInCounts(metric, first, values, expected, threshold);
    QList<double> deviations;
    for (double r : std::as_const(residuals))
        deviations.append(std::abs(r));
    // The scale never falls to zero, so a perfectly regular series does not turn its smallest wobble into an anomaly.
    const double scale = std::max(1.4826 * median(deviations), 1e-9 + 0.01 * std::abs(median(values)));
    for (int t = 0; t < n; ++t) {
        const double score = residuals.at(t) / scale;
        if (std::abs(score) <= threshold)
            continue;
        result.append({first.addDays(t), metric, values.at(t), expected.at(t), expected.at(t) - threshold * scale,
                       expected.at(t) + threshold * scale, score, score > 0});
    }
    return result;
}

Result<QList<Anomaly>> AnomalyService::detect(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                              const QStringList &metrics, double threshold)
{
    const QStringList names = metrics.isEmpty() ? DailyMetricsService::metricNames() : metrics;
    if (!(threshold > 0))
        return Error{tr("The anomaly threshold must be a positive number of standard deviations."), {}};
    if (auto range = DateRange::check(from, to); !range)
        return range.error();
    if (from.daysTo(to) < 14)
        return Error{tr("Anomalies need a range of at least 14 days, to know the weekly pattern (%1 to %2 has %n day(s)).",
                        nullptr, int(from.daysTo(to)))
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                     {}};
    auto daily = DailyMetricsService::load(db, brand, from, to, names);
    if (!daily)
        return daily.error();
    QList<Anomaly> all;
    for (const QString &name : names)
        all += detectInSeries(name, from, daily->values(name), threshold);
    std::stable_sort(all.begin(), all.end(), [](const Anomaly &a, const Anomaly &b) { return a.date < b.date; });
    return all;
}

} // namespace Atelier
