#include "monitoring/alertservice.h"

#include "core/database.h"
#include "core/sqldialect.h"
#include "core/writetransaction.h"
#include "monitoring/healthservice.h"
#include "monitoring/performanceservice.h"
#include "workflows/workflowevents.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QJsonObject>
#include <QUuid>
#include <QtDebug>

#include <cmath>

namespace Atelier {

QStringList AlertService::metrics()
{
    return {QStringLiteral("query_p95_ms"), QStringLiteral("query_mean_ms"), QStringLiteral("query_calls"), QStringLiteral("health_down"),
            QStringLiteral("health_latency_ms")};
}

namespace {

std::pair<QString, QString> split(const QString &metric)
{
    const qsizetype colon = metric.indexOf(QLatin1Char(':'));
    return colon < 0 ? std::pair{metric, QString()} : std::pair{metric.left(colon), metric.mid(colon + 1)};
}

/// alert.raised / alert.resolved for the workflows listening (docs/workflows.md, "event"), in the transaction that
/// raised or resolved the alert: in the rule's brand, or in every brand listening for an installation's rule. A
/// refused event is logged and never undoes the alert.
void raiseAlertEvent(const QSqlDatabase &db, const QString &event, const AlertRule &rule, const QString &alertId,
                     const std::optional<double> &value, const QString &message)
{
    QJsonObject payload{{QStringLiteral("brand"), rule.brandId},
                        {QStringLiteral("alert"), alertId},
                        {QStringLiteral("rule"), QJsonObject{{QStringLiteral("id"), rule.id}, {QStringLiteral("name"), rule.name}}},
                        {QStringLiteral("metric"), rule.metric},
                        {QStringLiteral("comparison"), rule.comparison},
                        {QStringLiteral("threshold"), rule.threshold},
                        {QStringLiteral("severity"), rule.severity},
                        {QStringLiteral("message"), message}};
    payload.insert(QStringLiteral("value"), value ? QJsonValue(*value) : QJsonValue());
    if (rule.brandId.isEmpty()) {
        if (auto raised = WorkflowEvents::raiseInListeningBrands(db, event, payload); !raised)
            qWarning().noquote() << event << "for the alert rule" << rule.id << "not raised:" << raised.error().message;
    } else if (auto raised = WorkflowEvents::raise(db, rule.brandId, event, payload); !raised) {
        qWarning().noquote() << event << "for the alert rule" << rule.id << "not raised:" << raised.error().message;
    }
}

} // namespace

Result<std::optional<double>> AlertService::measure(const QSqlDatabase &db, const QString &metric, const QDateTime &from, const QDateTime &to)
{
    const auto [name, scope] = split(metric);
    if (name.startsWith(QLatin1String("query_"))) {
        auto statements = PerformanceService::queryMetrics(db, from, to);
        if (!statements)
            return statements.error();
        qint64 calls = 0;
        double total = 0, p95 = 0;
        for (const StatementMetric &s : std::as_const(statements.value())) {
            if (!scope.isEmpty() && s.service != scope)
                continue;
            calls += s.calls;
            total += s.totalMs;
            p95 = std::max(p95, s.p95Ms);
        }
        if (calls == 0)
            return name == QLatin1String("query_calls") ? std::optional<double>(0) : std::nullopt;
        if (name == QLatin1String("query_calls"))
            return std::optional<double>(double(calls));
        if (name == QLatin1String("query_mean_ms"))
            return std::optional<double>(total / double(calls));
        return std::optional<double>(p95); // the slowest statement's p95
    }
    auto checks = HealthService::history(db, scope, from, to);
    if (!checks)
        return checks.error();
    if (checks->isEmpty())
        return std::optional<double>();
    if (name == QLatin1String("health_down")) {
        // The share of the window's checks that said down (1: down throughout).
        int down = 0;
        for (const HealthCheck &c : std::as_const(checks.value()))
            down += c.status == QLatin1String("down") ? 1 : 0;
        return std::optional<double>(double(down) / double(checks->size()));
    }
    double sum = 0;
    int n = 0;
    for (const HealthCheck &c : std::as_const(checks.value()))
        if (c.latencyMs >= 0) {
            sum += double(c.latencyMs);
            ++n;
        }
    return n ? std::optional<double>(sum / n) : std::nullopt;
}

Result<QList<AlertRule>> AlertService::rules(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, metric, comparison, threshold, duration_minutes, severity, enabled, brand_id "
                               "FROM alert_rules ORDER BY name, id")))
        return Database::queryError(q, tr("Reading the alert rules"));
    QList<AlertRule> rules;
    while (q.next())
        rules.append(AlertRule{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toDouble(), q.value(5).toInt(), q.value(6).toString(), q.value(7).toBool(), q.value(8).toString()});
    return rules;
}

Result<AlertRule> AlertService::addRule(const QSqlDatabase &db, AlertRule rule)
{
    const auto [name, scope] = split(rule.metric);
    static const QRegularExpression scopeForm(QStringLiteral("^[a-z0-9_.-]{1,100}$"));
    if (!metrics().contains(name) || (!scope.isEmpty() && !scopeForm.match(scope).hasMatch())
        || (name.startsWith(QLatin1String("health_")) && !HealthService::services().contains(scope)))
        return Error{tr("The metric \"%1\" is not one alerts know: %2 (query_… may end with :SERVICE; health_… must: %3).")
                         .arg(rule.metric, metrics().join(QStringLiteral(", ")), HealthService::services().join(QStringLiteral(", "))),
                     {}, ErrorCode::InvalidInput};
    if (rule.name.trimmed().isEmpty() || rule.name.size() > 200)
        return Error{tr("An alert rule needs a name of 1 to 200 characters."), {}, ErrorCode::InvalidInput};
    if (rule.comparison != QLatin1String("above") && rule.comparison != QLatin1String("below"))
        return Error{tr("The comparison \"%1\" is neither above nor below.").arg(rule.comparison), {}, ErrorCode::InvalidInput};
    if (!std::isfinite(rule.threshold))
        return Error{tr("The threshold is not a number."), {}, ErrorCode::InvalidInput};
    if (rule.durationMinutes < 1 || rule.durationMinutes > 10080)
        return Error{tr("The duration must be 1 to 10,080 minutes (a week); it was %1.").arg(rule.durationMinutes), {}, ErrorCode::InvalidInput};
    if (!QStringList{QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("critical")}.contains(rule.severity))
        return Error{tr("The severity \"%1\" is not info, warning or critical.").arg(rule.severity), {}, ErrorCode::InvalidInput};
    rule.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const SqlDialect d = SqlDialect::of(db);
    const QString what = tr("Adding the alert rule \"%1\"").arg(rule.name);
    WriteTransaction tx(db);
    if (auto s = tx.begin(what); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO alert_rules (id, name, metric, comparison, threshold, duration_minutes, severity, enabled, brand_id, created_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, %1)")
                  .arg(d.isSqlite() ? QStringLiteral("NULL") : QStringLiteral("(SELECT public.atelier_user_id())")));
    q.addBindValue(rule.id);
    q.addBindValue(rule.name.trimmed());
    q.addBindValue(rule.metric);
    q.addBindValue(rule.comparison);
    q.addBindValue(rule.threshold);
    q.addBindValue(rule.durationMinutes);
    q.addBindValue(rule.severity);
    q.addBindValue(d.isSqlite() ? QVariant(rule.enabled ? 1 : 0) : QVariant(rule.enabled));
    q.addBindValue(rule.brandId.isEmpty() ? QVariant() : QVariant(rule.brandId));
    if (!q.exec()) {
        Error e = Database::queryError(q, what);
        if (e.code == ErrorCode::PermissionDenied || q.lastError().nativeErrorCode() == QLatin1String("42501"))
            e = Error{rule.brandId.isEmpty() ? tr("Only the installation's administrator adds alert rules for the whole installation.")
                                             : tr("Only an admin of the brand adds its alert rules."),
                      e.detail, ErrorCode::PermissionDenied};
        return e;
    }
    if (auto s = tx.commit(what); !s)
        return s.error();
    return rule;
}

Result<QList<AlertRow>> AlertService::list(const QSqlDatabase &db, bool openOnly, int limit)
{
    const SqlDialect d = SqlDialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, severity, metric, threshold, value, message, status, brand_id, rule_id, created_at, resolved_at "
                             "FROM alerts %1 ORDER BY created_at DESC, id LIMIT ?")
                  .arg(openOnly ? QStringLiteral("WHERE status <> 'resolved'") : QString()));
    q.addBindValue(std::clamp(limit, 1, 10000));
    if (!q.exec())
        return Database::queryError(q, tr("Reading the alerts"));
    QList<AlertRow> rows;
    while (q.next())
        rows.append(AlertRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toDouble(), q.value(5).toDouble(), !q.value(5).isNull(), q.value(6).toString(),
                             q.value(7).toString(), q.value(8).toString(), q.value(9).toString(), d.toDateTime(q.value(10)),
                             q.value(11).isNull() ? QDateTime() : d.toDateTime(q.value(11))});
    return rows;
}

Result<AlertEvaluation> AlertService::evaluate(const QSqlDatabase &db, const QDateTime &now)
{
    auto all = rules(db);
    if (!all)
        return all.error();
    const SqlDialect d = SqlDialect::of(db);
    AlertEvaluation result;
    for (const AlertRule &rule : std::as_const(all.value())) {
        if (!rule.enabled)
            continue;
        ++result.rules;
        auto measured = measure(db, rule.metric, now.addSecs(-60LL * rule.durationMinutes), now);
        if (!measured)
            return measured.error();
        const std::optional<double> *value = &measured.value();
        const bool breached = value->has_value()
                              && (rule.comparison == QLatin1String("above") ? **value > rule.threshold : **value < rule.threshold);
        const QString what = tr("Evaluating the alert rule \"%1\"").arg(rule.name);
        WriteTransaction tx(db);
        if (auto s = tx.begin(what); !s)
            return s.error();
        QSqlQuery open(db);
        open.prepare(QStringLiteral("SELECT id FROM alerts WHERE rule_id = ? AND status <> 'resolved'") + d.lockRows());
        open.addBindValue(rule.id);
        if (!open.exec())
            return Database::queryError(open, what);
        const QString openId = open.next() ? open.value(0).toString() : QString();
        QSqlQuery w(db);
        if (breached && openId.isEmpty()) {
            w.prepare(QStringLiteral("INSERT INTO alerts (id, name, severity, metric, threshold, value, message, status, brand_id, rule_id, created_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)"));
            const QString alertId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString message = (rule.comparison == QLatin1String("above") ? tr("%1 was %2 over the last %3 min, above %4.")
                                                                               : tr("%1 was %2 over the last %3 min, below %4."))
                                        .arg(rule.metric)
                                        .arg(**value, 0, 'g', 6)
                                        .arg(rule.durationMinutes)
                                        .arg(rule.threshold, 0, 'g', 6);
            w.addBindValue(alertId);
            w.addBindValue(rule.name);
            w.addBindValue(rule.severity);
            w.addBindValue(rule.metric);
            w.addBindValue(rule.threshold);
            w.addBindValue(**value);
            w.addBindValue(message);
            w.addBindValue(rule.brandId.isEmpty() ? QVariant() : QVariant(rule.brandId));
            w.addBindValue(rule.id);
            w.addBindValue(d.timeValue(now));
            if (!w.exec())
                return Database::queryError(w, what);
            ++result.raised;
            raiseAlertEvent(db, QStringLiteral("alert.raised"), rule, alertId, *value, message);
        } else if (!breached && !openId.isEmpty()) {
            w.prepare(QStringLiteral("UPDATE alerts SET status = 'resolved', resolved_at = ? WHERE id = ?"));
            w.addBindValue(d.timeValue(now));
            w.addBindValue(openId);
            if (!w.exec())
                return Database::queryError(w, what);
            ++result.resolved;
            raiseAlertEvent(db, QStringLiteral("alert.resolved"), rule, openId, *value,
                            value->has_value() ? tr("%1 is %2 again over the last %3 min.").arg(rule.metric).arg(**value, 0, 'g', 6).arg(rule.durationMinutes)
                                               : tr("%1: nothing measured over the last %2 min.").arg(rule.metric).arg(rule.durationMinutes));
        }
        if (auto s = tx.commit(what); !s)
            return s.error();
    }
    return result;
}

} // namespace Atelier
