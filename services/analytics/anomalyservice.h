#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Atelier {

struct Brand;

/// A day whose value leaves the band expected from the trend and the weekly pattern.
struct Anomaly final
{
    QDate date;
    QString metric;
    double actual = 0;
    double expected = 0;
    double lower = 0; // the band
    double upper = 0;
    double score = 0; // (actual − expected) / robust scale of the residuals
    bool up = true;
};

/// getAnomalies over daily metrics. Expected value = centred 7-day rolling median (the trend, which a
/// single odd day cannot drag) + the median residual of that weekday (the weekly pattern). A day is an
/// anomaly when its residual is more than `threshold` robust standard deviations (1.4826 × MAD) away.
/// Sparse series (median day under sparseMedian: AI generations, AI cost) are counts, mostly zero, whose MAD is
/// zero: there a day is an anomaly when its Poisson tail probability, against an expected count of at least
/// minimumExpected, is rarer than the normal tail of `threshold` (amounts are counted in their typical non-zero
/// day's amount); score is that probability as a signed normal deviate.
class AnomalyService final
{
    Q_DECLARE_TR_FUNCTIONS(AnomalyService)
public:
    static constexpr double defaultThreshold = 3.5;
    static constexpr double sparseMedian = 10;
    static constexpr double minimumExpected = 1;
    /// \a metrics empty means every daily metric. Anomalies come sorted by date, then metric.
    static Result<QList<Anomaly>> detect(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                         const QStringList &metrics = {}, double threshold = defaultThreshold);
    /// The same on one series whose first day is \a first.
    static QList<Anomaly> detectInSeries(const QString &metric, QDate first, const QList<double> &values,
                                         double threshold = defaultThreshold);
};

} // namespace Atelier
