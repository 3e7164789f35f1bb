#include "segmentservice.h"

#include "analytics/daterange.h"
#include "analytics/eventtypes.h"
#include "analytics/funnelservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/jsoncolumn.h"
#include "core/sqldialect.h"
#include "monitoring/querymetrics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>

namespace Atelier {

namespace {

/// The behavioural conditions' events of a (validated) tree, each with where it is.
void collectEvents(const QJsonValue &value, const QString &where, QList<std::pair<QString, QString>> &events)
{
    const QJsonObject n = value.toObject();
    for (const QString &group : {QStringLiteral("all"), QStringLiteral("any")}) {
        const QJsonArray children = n.value(group).toArray();
        for (qsizetype i = 0; i < children.size(); ++i)
            collectEvents(children.at(i), QStringLiteral("%1.%2[%3]").arg(where, group).arg(i), events);
    }
    if (n.contains(QStringLiteral("event")))
        events.append({where + QStringLiteral(".event"), n.value(QStringLiteral("event")).toString()});
}

/// Turns a validated criteria tree into one SELECT of user ids, collecting the bound values in order.
class Compiler final
{
public:
    Compiler(const SqlDialect &dialect, const Brand &brand, QDate from, QDate to)
        : m_dialect(dialect), m_brand(brand), m_from(from), m_to(to), m_start(time(from)), m_end(time(to))
    {
    }

    QString active()
    {
        m_binds << m_brand.id << m_start << m_end;
        return QStringLiteral("SELECT DISTINCT user_id FROM analytics_events WHERE brand_id = ? AND timestamp >= ? "
                              "AND timestamp < ? AND user_id IS NOT NULL");
    }

    QString node(const QJsonObject &n)
    {
        const bool all = n.contains(QStringLiteral("all"));
        if (all || n.contains(QStringLiteral("any"))) {
            QStringList parts;
            const QJsonArray children = n.value(all ? QStringLiteral("all") : QStringLiteral("any")).toArray();
            for (const QJsonValue &child : children)
                parts << QStringLiteral("SELECT user_id FROM (%1) c%2").arg(node(child.toObject())).arg(++m_alias);
            return parts.join(all ? QStringLiteral(" INTERSECT ") : QStringLiteral(" UNION "));
        }
        if (n.contains(QStringLiteral("property")))
            return property(n);
        return behaviour(n);
    }

    QVariantList binds() const { return m_binds; }

private:
    QString property(const QJsonObject &n)
    {
        const QString column = m_dialect.jsonText(QStringLiteral("properties"), n.value(QStringLiteral("property")).toString());
        const QString op = n.value(QStringLiteral("op")).toString();
        QString condition;
        QVariantList values;
        if (op == QLatin1String("exists")) {
            condition = column + QStringLiteral(" IS NOT NULL");
        } else if (op == QLatin1String("eq") || op == QLatin1String("neq")) {
            condition = column + (op == QLatin1String("eq") ? QStringLiteral(" = ?") : QStringLiteral(" <> ?"));
            values << n.value(QStringLiteral("value")).toString();
        } else {
            const QJsonArray list = n.value(QStringLiteral("value")).toArray();
            QStringList marks;
            for (const QJsonValue &v : list) {
                marks << QStringLiteral("?");
                values << v.toString();
            }
            condition = column + (op == QLatin1String("in") ? QStringLiteral(" IN (") : QStringLiteral(" NOT IN (")) +
                        marks.join(QLatin1String(", ")) + QLatin1Char(')');
        }
        m_binds << m_brand.id << m_start << m_end;
        m_binds += values;
        return QStringLiteral("SELECT DISTINCT user_id FROM analytics_events WHERE brand_id = ? AND timestamp >= ? "
                              "AND timestamp < ? AND user_id IS NOT NULL AND ") + condition;
    }

    QString behaviour(const QJsonObject &n)
    {
        const QString op = n.value(QStringLiteral("op")).toString();
        const qint64 count = n.value(QStringLiteral("count")).toInteger();
        QDate sinceDay = m_from;
        if (n.contains(QStringLiteral("within_days")))
            sinceDay = std::max(m_from, m_to.addDays(-n.value(QStringLiteral("within_days")).toInteger()));
        const QVariant since = time(sinceDay);
        auto counted = [&](const QString &having, qint64 threshold) {
            m_binds << m_brand.id << n.value(QStringLiteral("event")).toString() << since << m_end << threshold;
            return QStringLiteral("SELECT user_id FROM analytics_events WHERE brand_id = ? AND event_type = ? AND timestamp >= ? "
                                  "AND timestamp < ? AND user_id IS NOT NULL GROUP BY user_id HAVING count(*) %1 ?")
                .arg(having);
        };
        if (op == QLatin1String("at_least") && count > 0)
            return counted(QStringLiteral(">="), count);
        if (op == QLatin1String("exactly") && count > 0)
            return counted(QStringLiteral("="), count);
        // at_most N, or exactly 0: the active users, less those who did it more often.
        const QString base = QStringLiteral("SELECT user_id FROM (%1) a%2").arg(active()).arg(++m_alias);
        const QString more = QStringLiteral("SELECT user_id FROM (%1) m%2").arg(counted(QStringLiteral(">"), count)).arg(++m_alias);
        return base + QStringLiteral(" EXCEPT ") + more;
    }

    QVariant time(QDate day) const { return m_dialect.timeValue(QDateTime(day, QTime(0, 0), Qt::UTC)); }

    const SqlDialect &m_dialect;
    const Brand &m_brand;
    QDate m_from;
    QDate m_to;
    QVariant m_start;
    QVariant m_end;
    QVariantList m_binds;
    int m_alias = 0;
};

bool isWhole(const QJsonValue &value, double min, double max)
{
    if (!value.isDouble())
        return false;
    const double number = value.toVariant().value<double>();
    return number == std::floor(number) && number >= min && number <= max;
}

Status check(const QJsonValue &value, const QString &where, int &conditions, int depth)
{
    if (!value.isObject())
        return Error{SegmentService::tr("%1: expected an object.").arg(where), {}};
    const QJsonObject n = value.toObject();
    if (++conditions > SegmentService::maxConditions)
        return Error{SegmentService::tr("%1: a segment has at most %2 conditions.").arg(where).arg(SegmentService::maxConditions), {}};
    if (depth > 10)
        return Error{SegmentService::tr("%1: groups nest at most 10 deep.").arg(where), {}};
    auto allowOnly = [&](const QStringList &keys) -> Status {
        for (const QString &key : n.keys())
            if (!keys.contains(key))
                return Error{SegmentService::tr("%1: unknown field \"%2\"; expected %3.").arg(where, key, keys.join(QLatin1String(", "))), {}};
        return Done{};
    };
    if (n.contains(QStringLiteral("all")) || n.contains(QStringLiteral("any"))) {
        const QString group = n.contains(QStringLiteral("all")) ? QStringLiteral("all") : QStringLiteral("any");
        if (auto s = allowOnly({group}); !s)
            return s;
        if (!n.value(group).isArray() || n.value(group).toArray().isEmpty())
            return Error{SegmentService::tr("%1.%2: expected a non-empty list of conditions.").arg(where, group), {}};
        const QJsonArray children = n.value(group).toArray();
        for (qsizetype i = 0; i < children.size(); ++i)
            if (auto s = check(children.at(i), QStringLiteral("%1.%2[%3]").arg(where, group).arg(i), conditions, depth + 1); !s)
                return s;
        return Done{};
    }
    if (n.contains(QStringLiteral("property"))) {
        if (auto s = allowOnly({QStringLiteral("property"), QStringLiteral("op"), QStringLiteral("value")}); !s)
            return s;
        const QString property = n.value(QStringLiteral("property")).toString();
        if (!FunnelService::knownProperties().contains(property))
            return Error{SegmentService::tr("%1.property: unknown property \"%2\"; the properties are: %3.")
                             .arg(where, property, FunnelService::knownProperties().join(QLatin1String(", "))), {}};
        const QString op = n.value(QStringLiteral("op")).toString();
        if (op == QLatin1String("eq") || op == QLatin1String("neq")) {
            if (!n.value(QStringLiteral("value")).isString())
                return Error{SegmentService::tr("%1.value: expected a text for \"%2\".").arg(where, op), {}};
        } else if (op == QLatin1String("in") || op == QLatin1String("not_in")) {
            const QJsonArray values = n.value(QStringLiteral("value")).toArray();
            if (values.isEmpty() || values.size() > 100)
                return Error{SegmentService::tr("%1.value: expected a list of 1 to 100 texts for \"%2\".").arg(where, op), {}};
            for (const QJsonValue &v : values)
                if (!v.isString())
                    return Error{SegmentService::tr("%1.value: expected a list of 1 to 100 texts for \"%2\".").arg(where, op), {}};
        } else if (op != QLatin1String("exists")) {
            return Error{SegmentService::tr("%1.op: unknown operator \"%2\"; expected eq, neq, in, not_in, exists.").arg(where, op), {}};
        }
        return Done{};
    }
    if (n.contains(QStringLiteral("event"))) {
        if (auto s = allowOnly({QStringLiteral("event"), QStringLiteral("op"), QStringLiteral("count"), QStringLiteral("within_days")}); !s)
            return s;
        if (!EventTypes::isName(n.value(QStringLiteral("event")).toString()))
            return Error{SegmentService::tr("%1.event: \"%2\" is not an event type.").arg(where, n.value(QStringLiteral("event")).toString()), {}};
        const QString op = n.value(QStringLiteral("op")).toString();
        if (op != QLatin1String("at_least") && op != QLatin1String("at_most") && op != QLatin1String("exactly"))
            return Error{SegmentService::tr("%1.op: unknown operator \"%2\"; expected at_least, at_most, exactly.").arg(where, op), {}};
        if (!isWhole(n.value(QStringLiteral("count")), 0, 1e6))
            return Error{SegmentService::tr("%1.count: expected a whole number from 0 to 1000000.").arg(where), {}};
        if (n.contains(QStringLiteral("within_days"))) {
            if (!isWhole(n.value(QStringLiteral("within_days")), 1, 3650))
                return Error{SegmentService::tr("%1.within_days: expected a whole number of days from 1 to 3650.").arg(where), {}};
        }
        return Done{};
    }
    return Error{SegmentService::tr("%1: expected \"all\", \"any\", \"property\" or \"event\".").arg(where), {}};
}

} // namespace

Status SegmentService::validate(const QJsonObject &criteria)
{
    int conditions = 0;
    return check(criteria, QStringLiteral("criteria"), conditions, 0);
}

namespace {
Result<QSqlQuery> prepared(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const QJsonObject &criteria,
                           const QString &outer, const QVariantList &extra)
{
    if (auto range = DateRange::check(from, to); !range)
        return range.error();
    if (auto valid = SegmentService::validate(criteria); !valid)
        return valid.error();
    QList<std::pair<QString, QString>> events;
    collectEvents(criteria, QStringLiteral("criteria"), events);
    for (const auto &[where, event] : std::as_const(events))
        if (auto known = EventTypes::check(db, event, where); !known)
            return known.error();
    const SqlDialect dialect = SqlDialect::of(db);
    Compiler compiler(dialect, brand, from, to);
    const QString active = compiler.active();
    const QString matching = compiler.node(criteria);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(outer.arg(QStringLiteral("SELECT user_id FROM (%1) act INTERSECT SELECT user_id FROM (%2) crit").arg(active, matching)));
    for (const QVariant &v : compiler.binds())
        q.addBindValue(v);
    for (const QVariant &v : extra)
        q.addBindValue(v);
    if (!timedExec(q, QStringLiteral("segments"), QStringLiteral("members")))
        return Database::queryError(q, SegmentService::tr("Finding the segment's users"));
    return q;
}
} // namespace

Result<qint64> SegmentService::count(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const QJsonObject &criteria)
{
    auto q = prepared(db, brand, from, to, criteria, QStringLiteral("SELECT count(*) FROM (%1) seg"), {});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QStringList> SegmentService::users(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                          const QJsonObject &criteria, int limit, int offset)
{
    if (limit < 1 || limit > 10000 || offset < 0)
        return Error{tr("A page holds 1 to 10000 users, from a non-negative offset."), {}};
    auto q = prepared(db, brand, from, to, criteria, QStringLiteral("SELECT user_id FROM (%1) seg ORDER BY user_id LIMIT ? OFFSET ?"),
                      {limit, offset});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    return ids;
}

Result<Segment> SegmentService::create(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const QString &name,
                                       const QJsonObject &criteria)
{
    if (name.trimmed().isEmpty() || name.size() > 200)
        return Error{tr("A segment needs a name of 1 to 200 characters."), {}};
    auto size = count(db, brand, from, to, criteria);
    if (!size)
        return size.error();
    const SqlDialect dialect = SqlDialect::of(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Segment segment{QUuid::createUuid().toString(QUuid::WithoutBraces), name, criteria, size.value(), now};
    // A segment of that name already: its criteria and count are replaced, its id stays. One statement, so that two
    // people saving the same name at once end with one segment, never two.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO analytics_segments (id, name, criteria, user_count, brand_id, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (brand_id, name) DO UPDATE SET criteria = excluded.criteria, "
                             "user_count = excluded.user_count, updated_at = excluded.updated_at RETURNING id"));
    q.addBindValue(segment.id);
    q.addBindValue(name);
    q.addBindValue(QString::fromUtf8(QJsonDocument(criteria).toJson(QJsonDocument::Compact)));
    q.addBindValue(segment.userCount);
    q.addBindValue(brand.id);
    q.addBindValue(dialect.timeValue(now));
    q.addBindValue(dialect.timeValue(now));
    if (!timedExec(q, QStringLiteral("segments"), QStringLiteral("create")))
        return Database::queryError(q, tr("Saving the segment"));
    if (!q.next())
        return Error{tr("The segment \"%1\" was not saved: your role in brand \"%2\" does not allow it.").arg(name, brand.slug), {}};
    segment.id = q.value(0).toString();
    return segment;
}

Result<QList<Segment>> SegmentService::list(const QSqlDatabase &db, const Brand &brand)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, name, criteria, user_count, updated_at FROM analytics_segments WHERE brand_id = ? ORDER BY name"));
    q.addBindValue(brand.id);
    if (!timedExec(q, QStringLiteral("segments"), QStringLiteral("list")))
        return Database::queryError(q, tr("Listing the segments"));
    QList<Segment> segments;
    const SqlDialect dialect = SqlDialect::of(db);
    while (q.next()) {
        auto criteria = JsonColumn::object(q.value(2), QStringLiteral("analytics_segments"), QStringLiteral("criteria"), q.value(0).toString(),
                                         JsonNull::Damaged);
        if (!criteria)
            return criteria.error();
        segments.append({q.value(0).toString(), q.value(1).toString(), criteria.value(), q.value(3).toLongLong(), dialect.toDateTime(q.value(4))});
    }
    return segments;
}

} // namespace Atelier
