#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Atelier {

struct Brand;

/// One value of a property (a channel, a country, a device …) over the range.
struct BreakdownRow final
{
    QString value; // empty: events without the property
    qint64 users = 0;
    qint64 sessions = 0;
    qint64 conversions = 0; // users with a purchase carrying this value
    double conversionRate = 0;
    double revenue = 0;
    double revenuePerUser = 0;
};

/// Purchases of the range credited to channels under one attribution model.
struct AttributionRow final
{
    QString channel;
    double conversions = 0; // credited purchases (fractions under linear)
    double revenue = 0;
};

struct Attribution final
{
    QList<AttributionRow> firstTouch; // the channel of the buyer's first session
    QList<AttributionRow> lastTouch;  // the channel of the session of the purchase
    QList<AttributionRow> linear;     // equal shares to every session of the buyer up to the purchase
};

/// getChannelPerformance, getGeographicAnalytics and getDeviceAnalytics: figures per value of a property,
/// and for channels the attribution of purchases. A session's channel is the one of its first event.
class BreakdownService final
{
    Q_DECLARE_TR_FUNCTIONS(BreakdownService)
public:
    /// channel, country, device, browser, os.
    static QStringList properties();
    static Result<QList<BreakdownRow>> byProperty(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                                  const QString &property);
    static Result<Attribution> attribution(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to);
};

} // namespace Atelier
