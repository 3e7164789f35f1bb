#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Atelier {

struct Brand;

/// One KPI of the brand against its peers.
struct BenchmarkKpi final
{
    QString name;
    double value = 0;
    double percentileRank = 0; // share of peers below, ties counting half, in percent
    double peerMedian = 0;
    double peerP25 = 0; // quantiles by linear interpolation between order statistics (R type 7)
    double peerP75 = 0;
};

/// getBenchmarks: the brand's KPIs over [from, to) against the other brands of its industry.
struct Benchmark final
{
    QString industry;
    int peers = 0;
    /// True when there are fewer than minimumPeers: then no peer figure is given, so no brand can be singled out.
    bool hidden = false;
    QList<BenchmarkKpi> kpis;
};

class BenchmarkService final
{
    Q_DECLARE_TR_FUNCTIONS(BenchmarkService)
public:
    static constexpr int minimumPeers = 5;
    /// active_users, sessions, purchases, revenue, conversion_rate, revenue_per_user, generations.
    static QStringList kpiNames();
    static Result<Benchmark> compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to);
    /// The quantile \a q (0…1) of sorted values, linear between order statistics.
    static double quantile(const QList<double> &sorted, double q);
};

} // namespace Atelier
