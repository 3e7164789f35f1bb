#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

class QSqlDatabase;

namespace Atelier {

struct Brand;

/// getRealTimeMetrics at one moment: who is here now and what happened in the last hour.
struct RealTimeMetrics final
{
    QDateTime at;
    qint64 activeUsers = 0;       // distinct users with an event in the last 5 minutes
    QList<qint64> eventsPerMinute; // 60 values, the oldest minute first; the last is the minute before `at`
    QList<QPair<QString, qint64>> topEvents; // last 60 minutes, most frequent first (at most 10)
};

class RealTimeService final
{
    Q_DECLARE_TR_FUNCTIONS(RealTimeService)
public:
    /// \a at defaults to now.
    static Result<RealTimeMetrics> snapshot(const QSqlDatabase &db, const Brand &brand, const QDateTime &at = {});
};

} // namespace Atelier
