#include "workflows/cronschedule.h"

#include <QRegularExpression>

#include <algorithm>

namespace Atelier {

namespace {

constexpr qint64 kMaxEverySeconds = 366LL * 24 * 3600;

Error invalid(const QString &message)
{
    return Error{message, {}, ErrorCode::InvalidInput};
}

struct FieldSpec
{
    int low;
    int high;
    const char *const *names; // index 0 is the value `low`
    int nameCount;
};

const char *const kMonthNames[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
const char *const kDayNames[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

QString fieldName(int field)
{
    switch (field) {
    case 0: return CronSchedule::tr("minute");
    case 1: return CronSchedule::tr("hour");
    case 2: return CronSchedule::tr("day of month");
    case 3: return CronSchedule::tr("month");
    default: return CronSchedule::tr("day of week");
    }
}

/// The value of one endpoint (a number or, where the field has them, a name); an error names the field.
Result<int> fieldValue(int field, const FieldSpec &spec, const QString &text)
{
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber) {
        if (number < spec.low || number > spec.high)
            return invalid(CronSchedule::tr("%1 %2 is not between %3 and %4").arg(fieldName(field), text).arg(spec.low).arg(spec.high));
        return number;
    }
    for (int i = 0; i < spec.nameCount; ++i) {
        if (text.compare(QLatin1String(spec.names[i]), Qt::CaseInsensitive) == 0)
            return spec.low + i;
    }
    if (spec.nameCount > 0)
        return invalid(CronSchedule::tr("%1: “%2” is neither a number nor a name").arg(fieldName(field), text));
    return invalid(CronSchedule::tr("%1: “%2” is not a number").arg(fieldName(field), text));
}

/// One field ("*/15", "1-5", "mon-fri", "0,30", "5/10") as the set of its values; an error names the field.
Result<QList<int>> parseField(int field, const FieldSpec &spec, const QString &text)
{
    QList<int> values;
    const QStringList items = text.split(QLatin1Char(','));
    for (const QString &item : items) {
        if (item.isEmpty())
            return invalid(CronSchedule::tr("%1: “%2” has an empty item").arg(fieldName(field), text));
        QString range = item;
        int step = 1;
        const qsizetype slash = item.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            range = item.left(slash);
            const QString stepText = item.mid(slash + 1);
            bool ok = false;
            step = stepText.toInt(&ok);
            if (!ok || step < 1 || step > spec.high - spec.low + 1)
                return invalid(CronSchedule::tr("%1: the step “%2” is not a number between 1 and %3")
                                   .arg(fieldName(field), stepText).arg(spec.high - spec.low + 1));
        }
        int from = spec.low;
        int to = spec.high;
        if (range != QLatin1String("*")) {
            const qsizetype dash = range.indexOf(QLatin1Char('-'));
            const Result<int> first = fieldValue(field, spec, dash >= 0 ? range.left(dash) : range);
            if (!first)
                return first.error();
            from = first.value();
            if (dash >= 0) {
                const Result<int> last = fieldValue(field, spec, range.mid(dash + 1));
                if (!last)
                    return last.error();
                to = last.value();
                if (to < from)
                    return invalid(CronSchedule::tr("%1: the range “%2” goes backwards").arg(fieldName(field), range));
            } else if (slash < 0) {
                to = from;
            } // "5/15": from 5 to the end, as Vixie cron reads it
        }
        for (int v = from; v <= to; v += step)
            values.append(v);
    }
    return values;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

Result<CronSchedule> CronSchedule::parse(const QString &fields, const QString &timeZone)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList parts = fields.trimmed().split(spaces, Qt::SkipEmptyParts);
    if (parts.size() != 5)
        return invalid(tr("“%1” should have five fields (minute hour day-of-month month day-of-week), not %2")
                           .arg(fields.trimmed()).arg(parts.size()));
    CronSchedule schedule;
    const QString zone = timeZone.trimmed();
    if (zone.isEmpty() || zone == QLatin1String("UTC")) {
        schedule.m_zone = QTimeZone(QByteArrayLiteral("UTC"));
    } else {
        schedule.m_zone = QTimeZone(zone.toUtf8());
        if (!schedule.m_zone.isValid())
            return invalid(tr("unknown time zone “%1” (an IANA name such as Europe/Paris)").arg(zone));
    }
    const FieldSpec specs[5] = {
        {0, 59, nullptr, 0}, {0, 23, nullptr, 0}, {1, 31, nullptr, 0}, {1, 12, kMonthNames, 12}, {0, 7, kDayNames, 7},
    };
    for (int field = 0; field < 5; ++field) {
        const Result<QList<int>> values = parseField(field, specs[field], parts[field]);
        if (!values)
            return values.error();
        for (const int v : values.value()) {
            switch (field) {
            case 0: schedule.m_minutes.set(size_t(v)); break;
            case 1: schedule.m_hours.set(size_t(v)); break;
            case 2: schedule.m_days.set(size_t(v)); break;
            case 3: schedule.m_months.set(size_t(v)); break;
            default: schedule.m_weekdays.set(size_t(v % 7)); break;
            }
        }
    }
    // Vixie cron: a field that starts with "*" (even "*/2") leaves the day unrestricted by it.
    schedule.m_dayRestricted = !parts[2].startsWith(QLatin1Char('*'));
    schedule.m_weekdayRestricted = !parts[4].startsWith(QLatin1Char('*'));
    return schedule;
}

Result<CronSchedule> CronSchedule::every(qint64 seconds)
{
    if (seconds < 1 || seconds > kMaxEverySeconds)
        return invalid(tr("every %1 seconds: the interval must be between 1 second and %2 seconds (366 days)")
                           .arg(seconds).arg(kMaxEverySeconds));
    CronSchedule schedule;
    schedule.m_everySeconds = seconds;
    return schedule;
}

QDateTime CronSchedule::nextAfter(const QDateTime &after) const
{
    if (!after.isValid())
        return {};
    const qint64 afterMs = after.toMSecsSinceEpoch();
    if (m_everySeconds > 0) {
        const qint64 period = m_everySeconds * 1000;
        return QDateTime::fromMSecsSinceEpoch((floorDiv(afterMs, period) + 1) * period, Qt::UTC);
    }
    const qint64 afterSecs = floorDiv(afterMs, 1000);
    const auto offsetAt = [this](qint64 utcSecs) {
        return qint64(m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSecs, Qt::UTC)));
    };
    // Local wall-clock time as seconds "as if UTC"; a local minute L stands for the instants L - offset where the
    // zone's offset at that instant is that offset: none (skipped by a DST gap), one, or two (the first is taken).
    const qint64 afterLocal = afterSecs + offsetAt(afterSecs);
    const QDate epochDay(1970, 1, 1);
    QDate day = QDateTime::fromSecsSinceEpoch(afterLocal, Qt::UTC).date().addDays(-1);
    const QDate lastDay = day.addYears(5).addDays(2);
    for (; day <= lastDay; day = day.addDays(1)) {
        if (!m_months.test(size_t(day.month())))
            continue;
        const bool dayOk = m_days.test(size_t(day.day()));
        const bool weekdayOk = m_weekdays.test(size_t(day.dayOfWeek() % 7));
        if (m_dayRestricted && m_weekdayRestricted ? !(dayOk || weekdayOk) : !(dayOk && weekdayOk))
            continue;
        const qint64 dayLocal = epochDay.daysTo(day) * 86400;
        if (dayLocal + 86400 + 14 * 3600 < afterLocal - 14 * 3600)
            continue;
        const qint64 before = offsetAt(dayLocal - 86400);
        const qint64 later = offsetAt(dayLocal + 2 * 86400);
        for (int h = 0; h < 24; ++h) {
            if (!m_hours.test(size_t(h)))
                continue;
            for (int m = 0; m < 60; ++m) {
                if (!m_minutes.test(size_t(m)))
                    continue;
                const qint64 local = dayLocal + h * 3600 + m * 60;
                if (local < afterLocal - 26 * 3600)
                    continue; // no zone is that far behind its own clock
                qint64 instant = 0;
                bool exists = false;
                if (before == later) {
                    instant = local - before;
                    exists = true;
                } else {
                    for (const qint64 offset : {before, later, offsetAt(local - before), offsetAt(local - later)}) {
                        const qint64 candidate = local - offset;
                        if (offsetAt(candidate) == offset && (!exists || candidate < instant)) {
                            instant = candidate;
                            exists = true;
                        }
                    }
                }
                if (exists && instant * 1000 > afterMs)
                    return QDateTime::fromSecsSinceEpoch(instant, Qt::UTC);
            }
        }
    }
    return {};
}

QList<QDateTime> CronSchedule::between(const QDateTime &after, const QDateTime &until, int max) const
{
    QList<QDateTime> instants;
    if (!after.isValid() || !until.isValid() || max <= 0)
        return instants;
    QDateTime cursor = after;
    while (instants.size() < max) {
        const QDateTime next = nextAfter(cursor);
        if (!next.isValid() || next > until)
            break;
        instants.append(next);
        cursor = next;
    }
    return instants;
}

} // namespace Atelier
