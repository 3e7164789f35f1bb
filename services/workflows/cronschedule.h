#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <bitset>

namespace Atelier {

/// When a schedule trigger fires: five cron fields (minute hour day-of-month month day-of-week, with *, lists,
/// ranges, steps, names jan…dec and sun…sat, 0 and 7 both Sunday; day-of-month and day-of-week as in Vixie cron:
/// either matches when both are restricted) read in an IANA time zone (daylight saving: a local time that does not
/// exist is skipped, one that happens twice fires once, at its first occurrence), or every N seconds counted from
/// the Unix epoch (so that every runner computes the same instants).
class CronSchedule final
{
public:
    /// "trigger.cron: minute 61 is not between 0 and 59" and the like (code InvalidInput).
    static Result<CronSchedule> parse(const QString &fields, const QString &timeZone = QStringLiteral("UTC"));
    static Result<CronSchedule> every(qint64 seconds);

    /// The first instant strictly after \a after (UTC); invalid when none within five years.
    QDateTime nextAfter(const QDateTime &after) const;
    /// The instants in (after, until], at most \a max, oldest first.
    QList<QDateTime> between(const QDateTime &after, const QDateTime &until, int max) const;

private:
    CronSchedule() = default;
    qint64 m_everySeconds = 0;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_days;   // 1–31
    std::bitset<13> m_months; // 1–12
    std::bitset<7> m_weekdays; // 0 = Sunday
    bool m_dayRestricted = false;
    bool m_weekdayRestricted = false;
    QTimeZone m_zone;
};

} // namespace Atelier
