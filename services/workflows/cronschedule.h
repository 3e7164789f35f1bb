#pragma once

#include "core/result.h"

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(CronSchedule)
public:
    /// "minute 61 is not between 0 and 59", "unknown time zone “Mars/Olympus”" and the like (code InvalidInput);
    /// the message names the field but not the place in a definition: WorkflowDefinition reports it under
    /// "trigger.cron" ("trigger.cron: minute 61 is not between 0 and 59") or "trigger.timezone".
    static Result<CronSchedule> parse(const QString &fields, const QString &timeZone = QStringLiteral("UTC"));
    /// Every \a seconds (1 second to 366 days), the instants being multiples of it since the epoch.
    static Result<CronSchedule> every(qint64 seconds);
    /// Whether this is a cron schedule (else an "every N seconds" one).
    bool isCron() const { return m_everySeconds == 0; }

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
