#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace Atelier {

struct Brand;

/// A segment saved in analytics_segments.
struct Segment final
{
    QString id;
    QString name;
    QJsonObject criteria;
    qint64 userCount = 0;
    QDateTime updatedAt;
};

/// getSegments / createSegment. A segment is a JSON criteria tree:
///   {"all": [ … ]} or {"any": [ … ]}, nested freely, whose leaves are
///   property conditions  {"property": "country", "op": "eq|neq|in|not_in|exists", "value": "FR" | ["FR", "DE"]}
///   behavioural ones     {"event": "purchase", "op": "at_least|at_most|exactly", "count": 2, "within_days": 30}
/// A user matches a property condition with one event of the range that satisfies it, and a behavioural
/// one by how often they did the event in the last `within_days` days of the range (the whole range when
/// absent). The segment's users are the users active in the range who match. Values are always bound.
class SegmentService final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentService)
public:
    static constexpr int maxConditions = 50;
    /// Checks a criteria tree; the message names the place of the first problem, as in criteria.all[1].op.
    static Status validate(const QJsonObject &criteria);
    static Result<qint64> count(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const QJsonObject &criteria);
    /// The segment's user ids in order, a page at a time.
    static Result<QStringList> users(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const QJsonObject &criteria,
                                     int limit, int offset);
    /// Creates the segment, or replaces the criteria (and count) of the brand's segment of that name.
    static Result<Segment> create(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const QString &name,
                                  const QJsonObject &criteria);
    static Result<QList<Segment>> list(const QSqlDatabase &db, const Brand &brand);
};

} // namespace Atelier
