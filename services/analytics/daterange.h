#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>

namespace Atelier {

/// The range check every analysis makes: [from, to) in UTC days, not empty, not inverted.
class DateRange final
{
    Q_DECLARE_TR_FUNCTIONS(DateRange)
public:
    static Status check(QDate from, QDate to)
    {
        if (!from.isValid() || !to.isValid() || from >= to)
            return Error{tr("The date range must start before it ends (from %1 to %2).")
                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)), {}};
        return Done{};
    }
};

} // namespace Atelier
