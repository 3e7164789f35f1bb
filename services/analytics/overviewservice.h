#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>

class QSqlDatabase;
class QVariant;

namespace Atelier {

/// Totals of the key figures over one range.
struct OverviewTotals final
{
    qint64 events = 0;
    qint64 activeUsers = 0;     // distinct non-null users over the whole range
    qint64 purchasingUsers = 0; // distinct users with a purchase over the whole range
    double revenue = 0;
    qint64 generations = 0;
    double conversionRate() const { return activeUsers > 0 ? double(purchasingUsers) / double(activeUsers) : 0.0; }
};

/// The Overview page's key figures for one brand over [from, to) in UTC days, with a value per day
/// (days without data are 0). Meanings follow PRODUCT.md, "Daily metrics".
struct Overview final
{
    QString brandSlug;
    QDate from;
    QDate to;
    qint64 events = 0;
    qint64 activeUsers = 0;     // distinct non-null users over the whole range
    qint64 purchasingUsers = 0; // distinct users with a purchase over the whole range
    double conversionRate = 0;  // purchasingUsers / activeUsers
    double revenue = 0;
    qint64 generations = 0;
    QList<double> dailyEvents;
    QList<double> dailyActiveUsers;
    QList<double> dailyConversionRate;
    QList<double> dailyRevenue;
    QList<double> dailyGenerations;
    /// The same figures over the period of equal length just before [from, to).
    OverviewTotals previous;
};

class OverviewService final
{
    Q_DECLARE_TR_FUNCTIONS(OverviewService)
public:
    static Result<Overview> load(const QSqlDatabase &db, const QString &brandSlug, QDate from, QDate to);
    /// Totals for a brand over [start, end), bound values in the database's time representation.
    static Result<OverviewTotals> totals(const QSqlDatabase &db, const QString &brandId, const QVariant &start,
                                         const QVariant &end);
};

} // namespace Atelier

Q_DECLARE_METATYPE(Atelier::Overview)
