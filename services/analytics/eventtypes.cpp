#include "eventtypes.h"

#include "core/database.h"
#include "monitoring/querymetrics.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace Atelier {

bool EventTypes::isName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.:-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

QStringList EventTypes::standard()
{
    return {QStringLiteral("page_view"), QStringLiteral("signup"), QStringLiteral("add_to_cart"), QStringLiteral("checkout"),
            QStringLiteral("purchase"), QStringLiteral("experiment_exposure")};
}

Result<QStringList> EventTypes::known(const QSqlDatabase &db)
{
    // Walks the (event_type, timestamp) index from one type to the next.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("WITH RECURSIVE types(name) AS ("
                               "  SELECT min(event_type) FROM analytics_events "
                               "  UNION ALL "
                               "  SELECT (SELECT min(e.event_type) FROM analytics_events e WHERE e.event_type > types.name) "
                               "  FROM types WHERE types.name IS NOT NULL) "
                               "SELECT name FROM types WHERE name IS NOT NULL")))
        return Database::queryError(q, tr("Listing the event types"));
    QStringList names = standard();
    while (q.next())
        if (!names.contains(q.value(0).toString()))
            names.append(q.value(0).toString());
    names.sort();
    return names;
}

Status EventTypes::check(const QSqlDatabase &db, const QString &name, const QString &where)
{
    if (!isName(name))
        return Error{tr("%1: \"%2\" is not an event type: event types are letters, digits, and _ . : - (at most 64).")
                         .arg(where, name), {}};
    if (standard().contains(name))
        return Done{};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM analytics_events WHERE event_type = ? LIMIT 1"));
    q.addBindValue(name);
    if (!timedExec(q, QStringLiteral("event_types"), QStringLiteral("check")))
        return Database::queryError(q, tr("Looking up the event type \"%1\"").arg(name));
    if (q.next())
        return Done{};
    q.finish();
    auto types = known(db);
    if (!types)
        return types.error();
    return Error{tr("%1: \"%2\" is not a known event type (none has been recorded); the event types are: %3.")
                     .arg(where, name, types->join(QLatin1String(", "))), {}};
}

} // namespace Atelier
