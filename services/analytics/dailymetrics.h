#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

class QSqlDatabase;

namespace Atelier {

struct Brand;

/// One value per UTC day of [from, to) for each requested metric; days without data are 0.
struct DailyMetrics final
{
    QDate from;
    QDate to;
    QStringList names;
    QHash<QString, QList<double>> series;

    QList<double> values(const QString &name) const { return series.value(name); }
};

/// The daily metrics of PRODUCT.md ("Daily metrics"), computed in the database, one query per source
/// table. Besides the documented metrics it offers `events` (all events of the day) for the Overview.
class DailyMetricsService final
{
    Q_DECLARE_TR_FUNCTIONS(DailyMetricsService)
public:
    /// active_users, sessions, page_views, signups, purchases, revenue, conversion_rate, generations, ai_cost.
    static QStringList metricNames();
    /// \a metrics empty means all of metricNames(); an unknown name is refused with the list of known ones.
    /// Reads the daily rollup (see Rollups), brought up to date first.
    static Result<DailyMetrics> load(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                     const QStringList &metrics = {});
    /// The same figures counted from the events themselves: what the rollup must always agree with.
    static Result<DailyMetrics> loadFromEvents(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                               const QStringList &metrics = {});

private:
    enum class Source { Rollup, Events };
    static Result<DailyMetrics> compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                        const QStringList &metrics, Source source);
};

} // namespace Atelier
