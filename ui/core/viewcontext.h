#pragma once

#include "core/databaseurl.h"

#include <QDate>
#include <QString>

namespace Atelier {

/// What every view shares: the database, the chosen brand and the date range [from, to) in UTC days.
struct ViewContext final
{
    DatabaseUrl database;
    QString brandSlug;
    QDate from;
    QDate to;

    bool isComplete() const { return !brandSlug.isEmpty() && from.isValid() && to.isValid() && from < to; }
};

} // namespace Atelier
