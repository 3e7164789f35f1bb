#include "core/durationformat.h"

#include <QLocale>

#include <cmath>

namespace Atelier {

QString DurationFormat::text(double seconds)
{
    return text(seconds, QLocale());
}

QString DurationFormat::text(double seconds, const QLocale &locale)
{
    if (!std::isfinite(seconds))
        return QStringLiteral("—");
    if (seconds < 0)
        return locale.negativeSign() + text(-seconds, locale);
    if (seconds < 59.5) {
        // Tenths only where they matter (a few seconds); a whole number of seconds otherwise.
        const int decimals = seconds < 9.95 && std::abs(seconds - std::round(seconds)) >= 0.05 ? 1 : 0;
        return tr("%1 s").arg(locale.toString(seconds, 'f', decimals));
    }
    if (seconds < 3570) { // under 59.5 min: minutes and seconds
        const qint64 whole = qint64(std::llround(seconds));
        const qint64 minutes = whole / 60, rest = whole % 60;
        return rest == 0 ? tr("%1 min").arg(locale.toString(minutes))
                         : tr("%1 min %2 s").arg(locale.toString(minutes), locale.toString(rest));
    }
    if (seconds < 86370) { // under 23 h 59.5 min: hours and minutes
        const qint64 whole = qint64(std::llround(seconds / 60.0));
        const qint64 hours = whole / 60, rest = whole % 60;
        return rest == 0 ? tr("%1 h").arg(locale.toString(hours))
                         : tr("%1 h %2 min").arg(locale.toString(hours), locale.toString(rest));
    }
    // Tenths of a day, but a whole number of days as it is ("14 d", not "14.0 d").
    const double days = std::round(seconds / 8640.0) / 10.0;
    return tr("%1 d", "days").arg(locale.toString(days, 'f', days == std::floor(days) ? 0 : 1));
}

} // namespace Atelier
