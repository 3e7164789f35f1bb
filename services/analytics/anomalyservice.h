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
class AnomalyService final
{
    Q_DECLARE_TR_FUNCTIONS(AnomalyService)
public:
    static constexpr double defaultThreshold = 3.5;
    /// \a metrics empty means every daily metric. Anomalies come sorted by date, then metric.
    static Result<QList<Anomaly>> detect(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                         const QStringList &metrics = {}, double threshold = defaultThreshold);
    /// The same on one series whose first day is \a first.
    static QList<Anomaly> detectInSeries(const QString &metric, QDate first, const QList<double> &values,
                                         double threshold = defaultThreshold);
};

} // namespace Atelier
