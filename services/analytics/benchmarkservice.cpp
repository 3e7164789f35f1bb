#include "benchmarkservice.h"

#include "analytics/daterange.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/sqldialect.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Atelier {

QStringList BenchmarkService::kpiNames()
{
    return {QStringLiteral("active_users"), QStringLiteral("sessions"),         QStringLiteral("purchases"),
            QStringLiteral("revenue"),      QStringLiteral("conversion_rate"),  QStringLiteral("revenue_per_user"),
            QStringLiteral("generations")};
}

double BenchmarkService::quantile(const QList<double> &sorted, double q)
{
    if (sorted.isEmpty())
        return 0;
    const double h = (double(sorted.size()) - 1) * q;
    const int lo = int(std::floor(h));
    const int hi = std::min(int(sorted.size()) - 1, lo + 1);
    return sorted.at(lo) + (h - lo) * (sorted.at(hi) - sorted.at(lo));
}

Result<Benchmark> BenchmarkService::compute(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to)
{
    if (auto range = DateRange::check(from, to); !range)
        return range.error();
    const SqlDialect dialect = SqlDialect::of(db);
    const QVariant start = dialect.timeValue(QDateTime(from, QTime(0, 0), Qt::UTC));
    const QVariant end = dialect.timeValue(QDateTime(to, QTime(0, 0), Qt::UTC));

    // Every brand of the industry, with zeros for brands that had no activity in the range.
    QHash<QString, QList<double>> values; // brand id → KPI values in kpiNames() order
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM brands WHERE industry = ?"));
    q.addBindValue(brand.industry);
    if (!q.exec())
        return Database::queryError(q, tr("Listing the brands of the industry"));
    while (q.next())
        values.insert(q.value(0).toString(), QList<double>(kpiNames().size(), 0.0));
    if (q.lastError().isValid()) // a read that stopped halfway (the file busy) is an error, not fewer brands
        return Database::queryError(q, tr("Listing the brands of the industry"));
    // A brand the later statements see that the list did not have (added meanwhile) gets its row of zeros here:
    // never an index into an empty list.
    const auto row = [&values](const QString &id) -> QList<double> & {
        auto it = values.find(id);
        if (it == values.end())
            it = values.insert(id, QList<double>(kpiNames().size(), 0.0));
        return it.value();
    };

    q.prepare(QStringLiteral("SELECT e.brand_id, count(DISTINCT e.user_id), count(DISTINCT e.session_id), "
                             "sum(CASE WHEN e.event_type = 'purchase' THEN 1 ELSE 0 END), "
                             "coalesce(sum(CASE WHEN e.event_type = 'purchase' THEN %1 END), 0), "
                             "count(DISTINCT CASE WHEN e.event_type = 'purchase' THEN e.user_id END) "
                             "FROM analytics_events e JOIN brands b ON b.id = e.brand_id "
                             "WHERE b.industry = ? AND e.timestamp >= ? AND e.timestamp < ? GROUP BY e.brand_id")
                  .arg(dialect.jsonNumber(QStringLiteral("e.properties"), QStringLiteral("revenue"))));
    q.addBindValue(brand.industry);
    q.addBindValue(start);
    q.addBindValue(end);
    if (!q.exec())
        return Database::queryError(q, tr("Computing the industry's figures"));
    while (q.next()) {
        QList<double> &v = row(q.value(0).toString());
        const double users = q.value(1).value<double>();
        v[0] = users;
        v[1] = q.value(2).value<double>();
        v[2] = q.value(3).value<double>();
        v[3] = q.value(4).value<double>();
        v[4] = users > 0 ? q.value(5).value<double>() / users : 0;
        v[5] = users > 0 ? v[3] / users : 0;
    }
    if (q.lastError().isValid())
        return Database::queryError(q, tr("Computing the industry's figures"));
    q.prepare(QStringLiteral("SELECT g.brand_id, count(*) FROM ai_generations g JOIN brands b ON b.id = g.brand_id "
                             "WHERE b.industry = ? AND g.created_at >= ? AND g.created_at < ? GROUP BY g.brand_id"));
    q.addBindValue(brand.industry);
    q.addBindValue(start);
    q.addBindValue(end);
    if (!q.exec())
        return Database::queryError(q, tr("Computing the industry's figures"));
    while (q.next())
        row(q.value(0).toString())[6] = q.value(1).value<double>();
    if (q.lastError().isValid())
        return Database::queryError(q, tr("Computing the industry's figures"));

    Benchmark result;
    result.industry = brand.industry;
    result.peers = int(values.size()) - (values.contains(brand.id) ? 1 : 0);
    result.hidden = result.peers < minimumPeers;
    const QList<double> own = values.value(brand.id, QList<double>(kpiNames().size(), 0.0));
    for (int k = 0; k < kpiNames().size(); ++k) {
        BenchmarkKpi kpi;
        kpi.name = kpiNames().at(k);
        kpi.value = own.at(k);
        if (!result.hidden) {
            QList<double> peers;
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                if (it.key() != brand.id)
                    peers.append(it.value().at(k));
            std::sort(peers.begin(), peers.end());
            double below = 0, equal = 0;
            for (double p : std::as_const(peers)) {
                below += p < kpi.value ? 1 : 0;
                equal += p == kpi.value ? 1 : 0;
            }
            kpi.percentileRank = 100.0 * (below + 0.5 * equal) / double(peers.size());
            kpi.peerMedian = quantile(peers, 0.5);
            kpi.peerP25 = quantile(peers, 0.25);
            kpi.peerP75 = quantile(peers, 0.75);
        }
        result.kpis.append(kpi);
    }
    return result;
}

} // namespace Atelier
