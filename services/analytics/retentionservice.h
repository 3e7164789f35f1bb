#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Atelier {

struct Brand;

/// What a retention analysis asks: PRODUCT.md, "Retention (first-time)".
struct RetentionQuery final
{
    QString startEvent = QStringLiteral("signup");
    QString returnEvent = QStringLiteral("page_view");
    QString period = QStringLiteral("week"); // day, week (ISO, Monday) or month, UTC
    int periods = 8;                         // returns counted for periods 1 … periods
};

/// One cohort: the users whose first-ever start event falls in the period beginning on `start`.
struct Cohort final
{
    QDate start;
    qint64 size = 0;
    QList<qint64> counts;   // index 0: the size; k ≥ 1: users with a return event in period c + k
    QList<double> rates;    // counts / size
    QList<double> revenue;  // revenue of the cohort's purchases in period c + k (k ≥ 0)
};

/// getCohorts: first-time retention computed in the database, and stored in analytics_cohorts.
class RetentionService final
{
    Q_DECLARE_TR_FUNCTIONS(RetentionService)
public:
    static constexpr int maxPeriods = 120;
    static Result<QList<Cohort>> compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                         const RetentionQuery &query);
    static Status persist(const QSqlDatabase &db, const Brand &brand, const RetentionQuery &query, const QList<Cohort> &cohorts);
    /// The first day of period number \a number of \a unit (see SqlDialect::periodNumber).
    static QDate periodStart(qint64 number, const QString &unit);
    /// The number of the period holding \a day.
    static qint64 periodOf(QDate day, const QString &unit);
};

} // namespace Atelier
