#include "workflows/cronschedule.h"

namespace Atelier {

Result<CronSchedule> CronSchedule::parse(const QString &, const QString &)
{
    return Error{QStringLiteral("not yet"), {}, ErrorCode::InvalidInput};
}

Result<CronSchedule> CronSchedule::every(qint64 seconds)
{
    CronSchedule s;
    s.m_everySeconds = seconds;
    return s;
}

QDateTime CronSchedule::nextAfter(const QDateTime &) const { return {}; }
QList<QDateTime> CronSchedule::between(const QDateTime &, const QDateTime &, int) const { return {}; }

} // namespace Atelier
