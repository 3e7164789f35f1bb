#include "analytics/benchmarkservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Benchmarks on a made-up industry: b1 has 3 active users, its six peers b2…b7 have 1 to 6.
class TestBenchmarkService final : public QObject
{
    Q_OBJECT
private:
    static bool near(double a, double b) { return std::abs(a - b) < 1e-9; }
    static const BenchmarkKpi &kpi(const Benchmark &b, const char *name)
    {
        for (const BenchmarkKpi &k : b.kpis)
            if (k.name == QLatin1String(name))
                return k;
        return b.kpis.first();
    }

private slots:
    void quantiles()
    {
        const QList<double> v = {1, 2, 3, 4, 5, 6};
        QVERIFY(near(BenchmarkService::quantile(v, 0.5), 3.5));
        QVERIFY(near(BenchmarkService::quantile(v, 0.25), 2.25)); // R: quantile(1:6, 0.25) = 2.25
        QVERIFY(near(BenchmarkService::quantile(v, 0.75), 4.75));
        QVERIFY(near(BenchmarkService::quantile({7}, 0.25), 7));
    }

    void ranksAgainstPeers_data() { ScratchDatabase::addDialectRows(); }
    void ranksAgainstPeers()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QByteArray events;
        {
            const int users[] = {3, 1, 2, 3, 4, 5, 6};
            for (int b = 0; b < 7; ++b)
                for (int u = 0; u < users[b]; ++u)
                    events.append(QStringLiteral("b%1\tpage_view\tu%2\ts%2\t2026-03-02T10:00:00.000Z\t{}\n").arg(b + 1).arg(u).toUtf8());
            // b1 also sells once, for 30.
            events.append("b1\tpurchase\tu0\ts0\t2026-03-02T11:00:00.000Z\t{\"revenue\":30}\n");
            // A brand of another industry is no peer.
            events.append("z1\tpage_view\tu0\ts0\t2026-03-02T10:00:00.000Z\t{}\n");
        }
        QVERIFY(Testing::loadEventText(db.value(), events).ok());
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("UPDATE brands SET industry = 'other' WHERE id = 'z1'")));
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        QVERIFY(brand.ok());

        const auto b = BenchmarkService::compute(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 8));
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
        QCOMPARE(b->industry, QStringLiteral("test"));
        QCOMPARE(b->peers, 6);
        QVERIFY(!b->hidden);
        QCOMPARE(b->kpis.size(), BenchmarkService::kpiNames().size());
        const BenchmarkKpi &users = kpi(b.value(), "active_users");
        QCOMPARE(users.value, 3.0);
        QVERIFY(near(users.percentileRank, 100.0 * 2.5 / 6.0)); // two peers below, one tie
        QVERIFY(near(users.peerMedian, 3.5));
        QVERIFY(near(users.peerP25, 2.25));
        QVERIFY(near(users.peerP75, 4.75));
        const BenchmarkKpi &revenue = kpi(b.value(), "revenue");
        QCOMPARE(revenue.value, 30.0);
        QVERIFY(near(revenue.percentileRank, 100.0)); // every peer sold nothing
        QVERIFY(near(revenue.peerMedian, 0.0));
        QVERIFY(near(kpi(b.value(), "conversion_rate").value, 1.0 / 3.0));
        QVERIFY(near(kpi(b.value(), "revenue_per_user").value, 10.0));

        // With four peers nothing about them is shown.
        QVERIFY(q.exec(QStringLiteral("UPDATE brands SET industry = 'other' WHERE id IN ('b6', 'b7')")));
        const auto few = BenchmarkService::compute(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 8));
        QVERIFY(few.ok());
        QCOMPARE(few->peers, 4);
        QVERIFY(few->hidden);
        QCOMPARE(kpi(few.value(), "active_users").value, 3.0);
        QCOMPARE(kpi(few.value(), "active_users").peerMedian, 0.0);
        QCOMPARE(kpi(few.value(), "active_users").percentileRank, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestBenchmarkService)
#include "tst_benchmarkservice.moc"
