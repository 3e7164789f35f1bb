#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace Atelier {

struct Brand;

/// A path: the start event followed by up to K events of the same session.
struct JourneyPath final
{
    QStringList events; // the start event first
    qint64 sessions = 0;
    qint64 users = 0;
};

/// A flow edge: at step `step` (0 = the start event) event `from`, then `to` right after.
struct JourneyEdge final
{
    int step = 0;
    QString from;
    QString to;
    qint64 users = 0;
};

struct Journeys final
{
    QList<JourneyPath> paths; // most frequent first (at most 20)
    QList<JourneyEdge> edges; // by step, then most users first
    qint64 sessions = 0;      // sessions that contain the start event
};

/// getUserJourney: from the first start event of each session in the range, the next K events of that
/// session (ordered by time, then by id), as paths and as flow edges, counted in the database.
class JourneyService final
{
    Q_DECLARE_TR_FUNCTIONS(JourneyService)
public:
    static constexpr int maxSteps = 10;
    static Result<Journeys> compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const QString &startEvent,
                                    int steps);
};

} // namespace Atelier
