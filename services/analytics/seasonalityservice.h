#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

class QSqlDatabase;

namespace Atelier {

struct Brand;

/// getSeasonality over a brand's events in [from, to): how activity depends on the day of the week
/// and the hour of the day (UTC), and how strong the weekly pattern is.
struct Seasonality final
{
    QDate from;
    QDate to;
    double total = 0;
    /// Monday … Sunday: mean daily events on that weekday / mean daily events. Empty when a weekday
    /// does not occur in the range.
    std::optional<double> dayOfWeek[7];
    /// 0 … 23: mean events in that hour / mean events per hour.
    std::optional<double> hourOfDay[24];
    /// Mean events per (weekday, hour) slot, Monday first.
    double heatmap[7][24] = {};
    /// 1 − Var(remainder) / Var(detrended series), after a centred 7-day moving average; between 0 (no
    /// weekly pattern) and 1 (nothing but the pattern). Empty for ranges under 14 days.
    std::optional<double> weeklyStrength;
};

class SeasonalityService final
{
    Q_DECLARE_TR_FUNCTIONS(SeasonalityService)
public:
    static Result<Seasonality> compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to);
    /// The decomposition behind weeklyStrength, on any daily series whose first day is \a firstWeekday (0 = Monday).
    static std::optional<double> weeklyStrength(const QList<double> &daily, int firstWeekday);
};

} // namespace Atelier
