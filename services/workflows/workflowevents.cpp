#include "workflows/workflowevents.h"

#include "analytics/anomalyservice.h"
#include "analytics/dailymetrics.h"
#include "analytics/experimentservice.h"
#include "collaboration/resources.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/jsoncolumn.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QtDebug>

#include <cmath>

namespace Atelier {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// A JSON value as a number: numbers, and texts that are numbers; NaN otherwise.
double number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    bool ok = false;
    const double n = value.toString().toDouble(&ok);
    return ok ? n : std::nan("");
}

/// Whether a filter's value equals the payload's: numbers as numbers, texts ignoring case, a workflow's {id, name}
/// by either.
bool equalValue(const QJsonValue &wanted, const QJsonValue &actual)
{
    if (actual.isObject()) {
        const QJsonObject o = actual.toObject();
        return equalValue(wanted, o.value(QLatin1String("id"))) || equalValue(wanted, o.value(QLatin1String("name")));
    }
    if (wanted.isDouble() || actual.isDouble())
        return number(wanted) == number(actual);
    if (wanted.isBool() || actual.isBool())
        return wanted == actual;
    return !actual.isUndefined() && !actual.isNull()
           && wanted.toString().compare(actual.toString(), Qt::CaseInsensitive) == 0;
}

/// The active event workflows of this identity: (id, brand, version, name, trigger, updated_at).
struct Listener
{
    QString id, brandId, name;
    int version = 1;
    QJsonObject trigger;
    QDateTime updatedAt;
    QString event() const { return trigger.value(QLatin1String("event")).toString(); }
};

Result<QList<Listener>> listenersOf(const QSqlDatabase &db, const QString &me)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, brand_id, version, name, trigger, updated_at FROM workflows WHERE status = 'active' AND run_as_id = ? AND ")
              + d.jsonText(QStringLiteral("trigger"), QStringLiteral("type")) + QStringLiteral(" = 'event' ORDER BY brand_id, id"));
    q.addBindValue(me);
    if (!q.exec())
        return Database::queryError(q, WorkflowEvents::tr("Reading the workflows started by events"));
    QList<Listener> list;
    while (q.next()) {
        Listener l;
        l.id = q.value(0).toString();
        l.brandId = q.value(1).toString();
        l.version = q.value(2).toInt();
        l.name = q.value(3).toString();
        auto trigger = JsonColumn::object(q.value(4), QStringLiteral("workflows"), QStringLiteral("trigger"), l.id, JsonNull::Damaged);
        if (!trigger)
            continue; // a damaged definition is reported when it runs, never started
        l.trigger = trigger.value();
        l.updatedAt = d.toDateTime(q.value(5));
        list.append(l);
    }
    return list;
}

/// The filters of the brand's active workflows listening to \a event (whoever runs them).
Result<QList<QJsonObject>> brandListeners(const QSqlDatabase &db, const QString &brandId, const QString &event)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, trigger FROM workflows WHERE brand_id = ? AND status = 'active' AND ")
              + d.jsonText(QStringLiteral("trigger"), QStringLiteral("type")) + QStringLiteral(" = 'event' AND ")
              + d.jsonText(QStringLiteral("trigger"), QStringLiteral("event")) + QStringLiteral(" = ?"));
    q.addBindValue(brandId);
    q.addBindValue(event);
    if (!q.exec())
        return Database::queryError(q, WorkflowEvents::tr("Reading the workflows started by %1").arg(event));
    QList<QJsonObject> triggers;
    while (q.next()) {
        auto trigger = JsonColumn::object(q.value(1), QStringLiteral("workflows"), QStringLiteral("trigger"), q.value(0).toString(),
                                          JsonNull::Damaged);
        if (trigger)
            triggers.append(trigger.value());
    }
    return triggers;
}

/// The computed events already looked at by this process: "brand|trigger|day" (the database's dedup_key keeps them to
/// one per day across processes; this only spares recomputing them every second).
QMutex &watchedMutex()
{
    static QMutex mutex;
    return mutex;
}
QSet<QString> &watched()
{
    static QSet<QString> set;
    return set;
}

QString dayText(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

Result<bool> WorkflowEvents::raise(const QSqlDatabase &db, const QString &brandId, const QString &event, const QJsonObject &payload,
                                   const QString &dedupKey)
{
    if (brandId.isEmpty())
        return false;
    // Nobody listens: nothing to keep (a workflow only sees events raised after it was last saved or resumed).
    auto listeners = brandListeners(db, brandId, event);
    if (!listeners)
        return listeners.error();
    if (listeners->isEmpty())
        return false;
    const SqlDialect d = SqlDialect::of(db);
    auto me = Collaboration::currentUserId(db);
    // A savepoint inside the caller's transaction: a refused event is reported to the caller, and does not abort what
    // raised it (PostgreSQL aborts a whole transaction on a failed statement otherwise).
    const QString what = tr("Raising the workflow event %1").arg(event);
    WriteTransaction tx(db);
    if (auto b = tx.begin(what); !b)
        return b.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO workflow_events (id, brand_id, event, payload, dedup_key, raised_by, created_at) VALUES (?, ?, ?, ")
              + d.jsonParameter() + QStringLiteral(", ?, ?, ?) ON CONFLICT (brand_id, dedup_key) DO NOTHING"));
    q.addBindValue(newId());
    q.addBindValue(brandId);
    q.addBindValue(event);
    q.addBindValue(jsonText(payload));
    q.addBindValue(dedupKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(dedupKey));
    q.addBindValue(me ? QVariant(me.value()) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(d.timeValue(QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return Database::queryError(q, what);
    const bool written = q.numRowsAffected() > 0;
    if (auto c = tx.commit(what); !c)
        return c.error();
    return written;
}

Result<int> WorkflowEvents::raiseInListeningBrands(const QSqlDatabase &db, const QString &event, const QJsonObject &payload)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT DISTINCT brand_id FROM workflows WHERE status = 'active' AND ")
              + d.jsonText(QStringLiteral("trigger"), QStringLiteral("type")) + QStringLiteral(" = 'event' AND ")
              + d.jsonText(QStringLiteral("trigger"), QStringLiteral("event")) + QStringLiteral(" = ? ORDER BY brand_id"));
    q.addBindValue(event);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the workflows started by %1").arg(event));
    QStringList brands;
    while (q.next())
        brands.append(q.value(0).toString());
    q.finish();
    int raised = 0;
    for (const QString &brand : std::as_const(brands)) {
        auto one = raise(db, brand, event, payload);
        if (!one) {
            qWarning().noquote() << "workflow event" << event << "not raised in brand" << brand << ":" << one.error().message;
            continue;
        }
        raised += one.value() ? 1 : 0;
    }
    return raised;
}

Result<bool> WorkflowEvents::raiseQuotaCrossing(const QSqlDatabase &db, const QString &brandId, const QString &userId, int charged)
{
    if (charged <= 0)
        return false;
    auto listeners = brandListeners(db, brandId, QStringLiteral("quota.threshold"));
    if (!listeners)
        return listeners.error();
    if (listeners->isEmpty())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT q.monthly_credits, q.credits_used, coalesce(u.username, q.user_id) FROM user_quotas q "
                             "LEFT JOIN users u ON u.id = q.user_id WHERE q.user_id = ? AND q.brand_id = ?"));
    q.addBindValue(userId);
    q.addBindValue(brandId);
    if (!q.exec())
        return Database::queryError(q, tr("Reading the quota of %1").arg(userId));
    if (!q.next() || q.value(0).toLongLong() <= 0)
        return false; // no quota, or none to use up
    const qint64 monthly = q.value(0).toLongLong();
    const qint64 used = q.value(1).toLongLong();
    const QString username = q.value(2).toString();
    q.finish();
    const double before = 100.0 * double(used - charged) / double(monthly);
    const double after = 100.0 * double(used) / double(monthly);
    bool crossed = false;
    for (const QJsonObject &trigger : std::as_const(listeners.value())) {
        const double percent = number(trigger.value(QLatin1String("percent")));
        if (before < percent && after >= percent)
            crossed = true;
    }
    if (!crossed)
        return false;
    const QJsonObject payload{{QStringLiteral("user"), username},
                              {QStringLiteral("used"), double(used)},
                              {QStringLiteral("monthly_credits"), double(monthly)},
                              {QStringLiteral("percent"), std::floor(after * 100.0) / 100.0},
                              {QStringLiteral("previous_percent"), std::floor(before * 100.0) / 100.0}};
    return raise(db, brandId, QStringLiteral("quota.threshold"), payload);
}

bool WorkflowEvents::matches(const QJsonObject &trigger, const QString &event, const QJsonObject &payload)
{
    if (trigger.value(QLatin1String("type")).toString() != QLatin1String("event") || trigger.value(QLatin1String("event")).toString() != event)
        return false;
    for (auto it = trigger.begin(); it != trigger.end(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("type") || key == QLatin1String("event"))
            continue;
        if (event == QLatin1String("metric.threshold") && (key == QLatin1String("threshold") || key == QLatin1String("direction"))) {
            if (key == QLatin1String("direction"))
                continue; // with threshold
            const double threshold = number(it.value());
            const double value = number(payload.value(QLatin1String("value")));
            if (std::isnan(threshold) || std::isnan(value))
                return false;
            const bool below = trigger.value(QLatin1String("direction")).toString() == QLatin1String("below");
            if (below ? !(value <= threshold) : !(value >= threshold))
                return false;
            continue;
        }
        if (event == QLatin1String("quota.threshold") && key == QLatin1String("percent")) {
            // Crossed by this charge: from under the percent to at least it.
            const double percent = number(it.value());
            const double now = number(payload.value(QLatin1String("percent")));
            const QJsonValue previousValue = payload.value(QLatin1String("previous_percent"));
            const double previous = previousValue.isUndefined() ? -1.0 : number(previousValue);
            if (std::isnan(percent) || std::isnan(now) || !(now >= percent) || !(previous < percent))
                return false;
            continue;
        }
        if (event == QLatin1String("workflow.failed") && key == QLatin1String("workflow")) {
            // The failed workflow's name or id.
            if (!equalValue(it.value(), payload.value(key)) && !equalValue(it.value(), payload.value(QLatin1String("workflow_name"))))
                return false;
            continue;
        }
        if (!equalValue(it.value(), payload.value(key)))
            return false;
    }
    return true;
}

Result<int> WorkflowEvents::watch(const QSqlDatabase &db, const QDate &day)
{
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    auto listeners = listenersOf(db, me.value());
    if (!listeners)
        return listeners.error();
    static const QStringList computed{QStringLiteral("anomaly.detected"), QStringLiteral("metric.threshold"),
                                      QStringLiteral("experiment.significant")};
    int raised = 0;
    QHash<QString, Brand> brands;
    const QString database = QStringLiteral("%1|%2|%3|%4|").arg(db.driverName(), db.hostName()).arg(db.port()).arg(db.databaseName());
    for (const Listener &l : std::as_const(listeners.value())) {
        if (!computed.contains(l.event()))
            continue;
        const QString memo = database + l.brandId + QLatin1Char('|') + jsonText(l.trigger) + QLatin1Char('|') + dayText(day);
        {
            QMutexLocker lock(&watchedMutex());
            if (watched().contains(memo))
                continue;
        }
        if (!brands.contains(l.brandId)) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT slug FROM brands WHERE id = ?"));
            q.addBindValue(l.brandId);
            if (!q.exec())
                return Database::queryError(q, tr("Reading brand %1").arg(l.brandId));
            if (!q.next())
                continue;
            auto brand = BrandService::bySlug(db, q.value(0).toString());
            if (!brand)
                return brand.error();
            brands.insert(l.brandId, brand.value());
        }
        const Brand &brand = brands[l.brandId];
        const QString metric = l.trigger.value(QLatin1String("metric")).toString();
        // A failure to compute (a metric the brand has no data for…) is logged and not retried before tomorrow: a
        // runner's tick must not stop for it.
        Status done = Done{};
        if (l.event() == QLatin1String("anomaly.detected")) {
            auto anomalies = AnomalyService::detect(db, brand, day.addDays(-55), day.addDays(1),
                                                    metric.isEmpty() ? QStringList() : QStringList{metric});
            if (!anomalies) {
                done = anomalies.error();
            } else {
                for (const Anomaly &a : anomalies.value()) {
                    if (a.date != day)
                        continue;
                    const QJsonObject payload{{QStringLiteral("metric"), a.metric}, {QStringLiteral("date"), dayText(a.date)},
                                              {QStringLiteral("value"), a.actual}, {QStringLiteral("expected"), a.expected},
                                              {QStringLiteral("score"), a.score}};
                    auto r = raise(db, l.brandId, l.event(), payload, QStringLiteral("anomaly.detected:%1:%2").arg(a.metric, dayText(day)));
                    if (!r)
                        return r.error();
                    raised += r.value() ? 1 : 0;
                }
            }
        } else if (l.event() == QLatin1String("metric.threshold")) {
            auto metrics = DailyMetricsService::loadFromEvents(db, brand, day, day.addDays(1), {metric});
            if (!metrics) {
                done = metrics.error();
            } else if (!metrics->values(metric).isEmpty()) {
                const double value = metrics->values(metric).first();
                const double threshold = number(l.trigger.value(QLatin1String("threshold")));
                const QString direction = l.trigger.value(QLatin1String("direction")).toString(QStringLiteral("above"));
                const bool crossed = direction == QLatin1String("below") ? value <= threshold : value >= threshold;
                if (crossed) {
                    const QJsonObject payload{{QStringLiteral("metric"), metric}, {QStringLiteral("date"), dayText(day)},
                                              {QStringLiteral("value"), value}, {QStringLiteral("threshold"), threshold},
                                              {QStringLiteral("direction"), direction}};
                    auto r = raise(db, l.brandId, l.event(), payload,
                                   QStringLiteral("metric.threshold:%1:%2:%3:%4").arg(metric, direction).arg(threshold).arg(dayText(day)));
                    if (!r)
                        return r.error();
                    raised += r.value() ? 1 : 0;
                }
            }
        } else {
            auto results = ExperimentService::results(db, brand, day.addDays(-89), day.addDays(1),
                                                      l.trigger.value(QLatin1String("experiment")).toString());
            if (!results) {
                done = results.error();
            } else {
                for (const ExperimentResult &e : results.value()) {
                    const VariantResult *control = nullptr;
                    const VariantResult *best = nullptr;
                    for (const VariantResult &v : e.variants) {
                        if (v.isControl)
                            control = &v;
                        else if (v.pValue < 0.05 && (!best || v.pValue < best->pValue))
                            best = &v;
                    }
                    if (!best || e.srmFlag)
                        continue;
                    const QString winner = control && control->rate > best->rate ? control->name : best->name;
                    const QJsonObject payload{{QStringLiteral("experiment"), e.name}, {QStringLiteral("winner"), winner},
                                              {QStringLiteral("p_value"), best->pValue}, {QStringLiteral("date"), dayText(day)}};
                    // Reaching significance happens once: one event per experiment.
                    auto r = raise(db, l.brandId, l.event(), payload, QStringLiteral("experiment.significant:%1").arg(e.name));
                    if (!r)
                        return r.error();
                    raised += r.value() ? 1 : 0;
                }
            }
        }
        if (!done)
            qWarning().noquote() << tr("Workflow %1 watches %2: %3").arg(l.name, l.event(), done.error().message);
        QMutexLocker lock(&watchedMutex());
        watched().insert(memo);
    }
    return raised;
}

Result<int> WorkflowEvents::dispatch(const QSqlDatabase &db, const QDateTime &nowArgument)
{
    const QDateTime now = nowArgument.toUTC();
    const SqlDialect d = SqlDialect::of(db);
    auto me = Collaboration::currentUserId(db);
    if (!me)
        return me.error();
    auto listeners = listenersOf(db, me.value());
    if (!listeners)
        return listeners.error();
    if (listeners->isEmpty())
        return 0;
    if (auto watchedNow = watch(db, now.date().addDays(-1)); !watchedNow)
        return watchedNow.error();

    int queued = 0;
    for (const Listener &l : std::as_const(listeners.value())) {
        const QString what = tr("Starting workflow %1 on its events").arg(l.name);
        WriteTransaction tx(db);
        if (auto b = tx.begin(what); !b)
            return b.error();
        if (!d.isSqlite()) {
            // One dispatcher per workflow at a time (SQLite's BEGIN IMMEDIATE already lets one writer in); the others
            // skip it this tick. The primary key of the deliveries stays the guarantee.
            QSqlQuery lock(db);
            lock.prepare(QStringLiteral("SELECT pg_try_advisory_xact_lock(727378, hashtext(?))"));
            lock.addBindValue(l.id);
            if (!lock.exec() || !lock.next())
                return Database::queryError(lock, what);
            if (!lock.value(0).toBool())
                continue;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT e.id, e.payload FROM workflow_events e WHERE e.brand_id = ? AND e.event = ? AND e.created_at >= ? "
                                 "AND NOT EXISTS (SELECT 1 FROM workflow_event_deliveries x WHERE x.event_id = e.id AND x.workflow_id = ?) "
                                 "ORDER BY e.created_at, e.id LIMIT 1000"));
        q.addBindValue(l.brandId);
        q.addBindValue(l.event());
        q.addBindValue(d.timeValue(std::max(l.updatedAt, now.addMSecs(-lookBackMs))));
        q.addBindValue(l.id);
        if (!q.exec())
            return Database::queryError(q, what);
        QList<std::pair<QString, QVariant>> events;
        while (q.next())
            events.append({q.value(0).toString(), q.value(1)});
        q.finish();
        if (events.isEmpty())
            continue; // rolled back: nothing written
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO workflow_executions (id, workflow_id, brand_id, version, status, trigger_kind, trigger_payload, "
                                      "run_as_id, attempt, created_at) VALUES (?, ?, ?, ?, 'queued', 'event', ")
                       + d.jsonParameter() + QStringLiteral(", ?, 0, ?)"));
        QSqlQuery delivered(db);
        delivered.prepare(QStringLiteral("INSERT INTO workflow_event_deliveries (event_id, workflow_id, brand_id, execution_id, delivered_at) "
                                         "VALUES (?, ?, ?, ?, ?)"));
        for (const auto &[eventId, payloadValue] : std::as_const(events)) {
            auto payload = JsonColumn::object(payloadValue, QStringLiteral("workflow_events"), QStringLiteral("payload"), eventId);
            QString executionId;
            if (payload && matches(l.trigger, l.event(), payload.value())) {
                executionId = newId();
                insert.addBindValue(executionId);
                insert.addBindValue(l.id);
                insert.addBindValue(l.brandId);
                insert.addBindValue(l.version);
                insert.addBindValue(jsonText(payload.value()));
                insert.addBindValue(me.value());
                insert.addBindValue(d.timeValue(now));
                if (!insert.exec())
                    return Database::queryError(insert, what);
                ++queued;
            }
            delivered.addBindValue(eventId);
            delivered.addBindValue(l.id);
            delivered.addBindValue(l.brandId);
            delivered.addBindValue(executionId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(executionId));
            delivered.addBindValue(d.timeValue(now));
            if (!delivered.exec())
                return Database::queryError(delivered, what);
        }
        if (auto c = tx.commit(what); !c)
            return c.error();
    }
    return queued;
}

} // namespace Atelier
