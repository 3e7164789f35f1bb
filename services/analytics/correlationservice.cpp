#include "correlationservice.h"

#include "analytics/dailymetrics.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/rowinserter.h"
#include "core/sqldialect.h"
#include "statistics.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

namespace Atelier {

QList<CorrelationPair> CorrelationService::fromSeries(const QStringList &names, const QList<QList<double>> &series)
{
    QList<CorrelationPair> pairs;
    for (int i = 0; i < names.size(); ++i) {
        for (int j = i + 1; j < names.size(); ++j) {
            CorrelationPair p;
            p.a = names.at(i);
            p.b = names.at(j);
            double r = 0, pv = 0, rho = 0;
            if (Statistics::pearson(series.at(i), series.at(j), r, pv)) {
                p.pearson = r;
                p.pValue = pv;
            }
            if (Statistics::spearman(series.at(i), series.at(j), rho))
                p.spearman = rho;
            for (int lag = 1; lag <= maxGrangerLag; ++lag) {
                double g = 1;
                if (!Statistics::grangerPValue(series.at(i), series.at(j), lag, g))
                    continue;
                const double adjusted = std::min(1.0, g * maxGrangerLag);
                if (!p.grangerP || adjusted < *p.grangerP) {
                    p.grangerP = adjusted;
                    p.grangerLag = lag;
                }
            }
            pairs.append(p);
        }
    }
    return pairs;
}

Result<QList<CorrelationPair>> CorrelationService::compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                                           const QStringList &metrics)
{
    const QStringList names = metrics.isEmpty() ? DailyMetricsService::metricNames() : metrics;
    for (const QString &name : names)
        if (!DailyMetricsService::metricNames().contains(name))
            return Error{tr("Unknown daily metric \"%1\"; the metrics are: %2.")
                             .arg(name, DailyMetricsService::metricNames().join(QLatin1String(", "))), {}};
    if (names.size() < 2)
        return Error{tr("Correlations need at least two metrics."), {}};
    auto daily = DailyMetricsService::load(db, brand, from, to, names);
    if (!daily)
        return daily.error();
    QList<QList<double>> series;
    for (const QString &name : names)
        series.append(daily->values(name));
    return fromSeries(names, series);
}

Status CorrelationService::persist(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                   const QList<CorrelationPair> &pairs)
{
    const SqlDialect dialect = SqlDialect::of(db);
    const QVariant now = dialect.timeValue(QDateTime::currentDateTimeUtc());
    QList<QVariantList> rows;
    for (const CorrelationPair &p : pairs) {
        if (!p.pearson)
            continue; // nothing was measured: no row that would read as a correlation of 0
        rows.append({QUuid::createUuid().toString(QUuid::WithoutBraces), p.a, p.b, *p.pearson, *p.pValue,
                     p.spearman ? QVariant(*p.spearman) : QVariant(), p.grangerP ? QVariant(*p.grangerP) : QVariant(),
                     dialect.timeValue(QDateTime(from, QTime(0, 0), Qt::UTC)),
                     dialect.timeValue(QDateTime(to, QTime(0, 0), Qt::UTC)), brand.id, now});
    }
    return RowInserter(db).insertAllOrNothing(QStringLiteral("analytics_correlations"),
                                     {QStringLiteral("id"), QStringLiteral("metric1"), QStringLiteral("metric2"),
                                      QStringLiteral("correlation"), QStringLiteral("significance"), QStringLiteral("spearman"),
                                      QStringLiteral("granger_p"), QStringLiteral("range_from"), QStringLiteral("range_to"),
                                      QStringLiteral("brand_id"), QStringLiteral("created_at")},
                                     rows);
}

} // namespace Atelier
