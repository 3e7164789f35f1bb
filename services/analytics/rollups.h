#pragma once

#include "core/result.h"

#include <QCoreApplication>

class QSqlDatabase;

namespace Atelier {

/// The daily rollup of events (analytics_daily_rollup): per brand and UTC day, the events, distinct
/// users and sessions, the counts of page views, sign-ups and purchases, revenue and purchasing users.
/// It is brought up to date incrementally before it is read: only the brand-days touched since the last
/// refresh are recomputed, from the events themselves, so it always agrees with them.
class Rollups final
{
    Q_DECLARE_TR_FUNCTIONS(Rollups)
public:
    struct Refreshed
    {
        qint64 brands = 0; // brands with days recomputed
        qint64 days = 0;   // brand-days recomputed
    };
    /// Recomputes the days touched by new, changed or deleted events, in one transaction that also keeps
    /// a second refresh (another thread or program) waiting rather than duplicating the work.
    static Result<Refreshed> refresh(const QSqlDatabase &db);
};

} // namespace Atelier
