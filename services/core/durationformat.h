#pragma once

#include <QCoreApplication>
#include <QString>

class QLocale;

namespace Atelier {

/// A duration as people read it, in the console's language: "45 s", "4 min 12 s", "4 h 12 min", "1.3 d" ("1,3 j" in
/// French). The one formatter of durations for views and reports; CSV and JSON keep seconds.
class DurationFormat final
{
    Q_DECLARE_TR_FUNCTIONS(DurationFormat)
public:
    /// \a seconds (negative: with a minus sign) in the largest unit that reads well, with the next one below a day.
    static QString text(double seconds);
    static QString text(double seconds, const QLocale &locale);
};

} // namespace Atelier
