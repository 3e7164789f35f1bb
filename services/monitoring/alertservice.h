#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace Atelier {

struct AlertRule final
{
    QString id;
    QString name;
    /// AlertService::metrics(): query_p95_ms, query_mean_ms, query_calls (every statement, or "…:SERVICE" for one
    /// service), health_down:SERVICE (the share of the duration's checks that said down), health_latency_ms:SERVICE.
    QString metric;
    QString comparison = QStringLiteral("above"); // above, below
    double threshold = 0;
    int durationMinutes = 5;
    QString severity = QStringLiteral("warning"); // info, warning, critical
    bool enabled = true;
    QString brandId; // empty: the installation's
};

struct AlertRow final
{
    QString id;
    QString name;
    QString severity;
    QString metric;
    double threshold = 0;
    double value = 0;
    bool hasValue = false;
    QString message;
    QString status; // open, acknowledged, resolved
    QString brandId;
    QString ruleId;
    QDateTime raisedAt;
    QDateTime resolvedAt;
};

/// What evaluate() changed.
struct AlertEvaluation final
{
    int rules = 0;
    int raised = 0;
    int resolved = 0;
};

/// Alerts (issue 19): rules on a metric with a threshold held over a duration; evaluate() raises an alert when a
/// rule's metric over its last duration crosses the threshold and resolves it when it no longer does.
class AlertService final
{
    Q_DECLARE_TR_FUNCTIONS(AlertService)
public:
    /// The metric names a rule may use (a "…:SERVICE" suffix where the description says so).
    static QStringList metrics();
    static Result<QList<AlertRule>> rules(const QSqlDatabase &db);
    /// Checks and stores \a rule (a new id); PostgreSQL lets only the brand's admins write a brand's rules, and the
    /// administrator the installation's.
    static Result<AlertRule> addRule(const QSqlDatabase &db, AlertRule rule);
    /// Alerts newest first; \a openOnly: those not resolved.
    static Result<QList<AlertRow>> list(const QSqlDatabase &db, bool openOnly, int limit = 200);
    /// The value of \a metric over [from, to); no value (nothing measured) is std::nullopt.
    static Result<std::optional<double>> measure(const QSqlDatabase &db, const QString &metric, const QDateTime &from, const QDateTime &to);
    /// Evaluates every enabled rule at \a now: raises and resolves alerts.
    static Result<AlertEvaluation> evaluate(const QSqlDatabase &db, const QDateTime &now = QDateTime::currentDateTimeUtc());
};

} // namespace Atelier
