#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace Atelier {

struct Brand;

/// One step: an event type, and property values its events must have (all of them).
struct FunnelStep final
{
    QString event;
    QList<QPair<QString, QString>> filters; // property = value
};

/// An event that, between the events of two steps of an attempt, stops that attempt before the later step.
struct FunnelExclusion final
{
    QString event;
    int fromStep = 1; // 1-based
    int toStep = 2;
};

struct FunnelQuery final
{
    QList<FunnelStep> steps;
    qint64 windowSeconds = 14 * 86400;
    QString breakdown; // a property of the step-1 event, or empty
    QList<FunnelExclusion> exclusions;
};

struct FunnelStepResult final
{
    QString event;
    qint64 users = 0;
    double conversionFromStart = 0;
    double conversionFromPrevious = 0;
    std::optional<double> medianSecondsFromPrevious; // none for step 1, or when nobody reached the step
    std::optional<double> meanSecondsFromPrevious;
};

struct FunnelResult final
{
    QList<FunnelStepResult> steps;
    /// With a breakdown: the same per value of the property (an empty value groups events without it).
    QList<QPair<QString, QList<FunnelStepResult>>> breakdown;
    /// Users who reached the last step, by the time from step 1 to it, in the buckets of
    /// FunnelService::timeToConvertBounds() (one more than the bounds: the last is "longer").
    QList<qint64> timeToConvert;
};

/// getFunnelData: ordered funnels as PRODUCT.md defines them, computed in the database. For each step-1
/// event the attempt takes, step after step, the earliest qualifying event no earlier than the previous
/// one (and distinct from the events already taken); a user counts with their furthest-reaching attempt
/// (the earliest such), whose times give the durations between steps.
class FunnelService final
{
    Q_DECLARE_TR_FUNCTIONS(FunnelService)
public:
    static constexpr int maxSteps = 20;
    /// Properties that filters and breakdowns may name.
    static QStringList knownProperties();
    static Result<FunnelResult> compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const FunnelQuery &query);
    /// Upper bounds (seconds, exclusive) of the time-to-convert buckets: 1 min, 5 min, 30 min, 2 h, 12 h, 1 d, 3 d, 7 d.
    static QList<qint64> timeToConvertBounds();
    /// "14d", "12h", "30m", "90s" or a number of seconds.
    static Result<qint64> parseWindow(const QString &text);
};

} // namespace Atelier
