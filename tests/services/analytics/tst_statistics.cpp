#include "analytics/statistics.h"

#include <QTest>

using namespace Atelier;

/// The statistical routines against published or exactly derived reference values.
class TestStatistics final : public QObject
{
    Q_OBJECT
private:
    static bool near(double a, double b, double tolerance) { return std::abs(a - b) <= tolerance; }

private slots:
    void twoProportionTest()
    {
        // R: prop.test(c(100, 130), c(1000, 1000), correct = FALSE) gives X-squared = 4.4214, p-value = 0.03549.
        QVERIFY(near(Statistics::twoProportionPValue(100, 1000, 130, 1000), 0.0354885, 1e-6));
        QVERIFY(near(Statistics::twoProportionPValue(130, 1000, 100, 1000), 0.0354885, 1e-6));
        QCOMPARE(Statistics::twoProportionPValue(50, 100, 50, 100), 1.0);
        QCOMPARE(Statistics::twoProportionPValue(0, 100, 0, 100), 1.0); // nothing converted: no evidence
        QCOMPARE(Statistics::twoProportionPValue(0, 0, 1, 10), 1.0);
    }

    void upliftInterval()
    {
        // Katz log risk ratio: RR = 1.3, se = sqrt(1/100 − 1/1000 + 1/130 − 1/1000).
        double low = 0, high = 0;
        QVERIFY(Statistics::relativeUpliftInterval(100, 1000, 130, 1000, low, high));
        QVERIFY(near(low, 0.0169843, 1e-6));
        QVERIFY(near(high, 0.6617759, 1e-6));
        QVERIFY(!Statistics::relativeUpliftInterval(0, 1000, 130, 1000, low, high));
    }

    void probabilityToBeat()
    {
        QVERIFY(near(Statistics::probabilityBBeatsA(1, 1, 1, 1), 0.5, 1e-12));
        // θ1 ~ Beta(1,2), θ2 ~ Beta(2,1): ∫ 2x (2x − x²) dx = 5/6.
        QVERIFY(near(Statistics::probabilityBBeatsA(1, 2, 2, 1), 5.0 / 6.0, 1e-12));
        // θ1 ~ Beta(2,3), θ2 ~ Beta(2,2): 2/5 + 8/35 = 22/35.
        QVERIFY(near(Statistics::probabilityBBeatsA(2, 3, 2, 2), 22.0 / 35.0, 1e-12));
        // Large counts stay finite and sensible.
        const double p = Statistics::probabilityBBeatsA(1 + 1000, 1 + 9000, 1 + 1200, 1 + 8800);
        QVERIFY(p > 0.999 && p <= 1.0);
    }

    void expectedLoss()
    {
        // Two uniforms: E[max(U1 − U2, 0)] = 1/6.
        QVERIFY(near(Statistics::expectedLoss(1, 1, 1, 1), 1.0 / 6.0, 1e-12));
        // θ1 ~ Beta(2,3), θ2 ~ Beta(2,2): 11/140 (checked by numerical integration).
        QVERIFY(near(Statistics::expectedLoss(2, 3, 2, 2), 11.0 / 140.0, 1e-9));
    }

    void chiSquare()
    {
        const double even[] = {50, 50}, half[] = {0.5, 0.5};
        QVERIFY(near(Statistics::chiSquarePValue(even, half, 2), 1.0, 1e-12));
        // χ² = 4 with one degree of freedom: p = 0.0455003 (tables).
        const double skewed[] = {60, 40};
        QVERIFY(near(Statistics::chiSquarePValue(skewed, half, 2), 0.0455003, 1e-6));
        // Three groups against 50/25/25: χ² = 1 + 2 + 0 = 3 with two degrees of freedom, p = exp(−3/2).
        const double three[] = {110, 40, 50}, plan[] = {0.5, 0.25, 0.25};
        QVERIFY(near(Statistics::chiSquarePValue(three, plan, 3), std::exp(-1.5), 1e-12));
    }

    void pearsonAndSpearman()
    {
        // Anscombe's quartet, set I: r = 0.816 (p = 0.00217), Spearman's rho = 0.818.
        const QList<double> x = {10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5};
        const QList<double> y = {8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68};
        double r = 0, p = 0, rho = 0;
        QVERIFY(Statistics::pearson(x, y, r, p));
        QVERIFY(near(r, 0.8164205, 1e-6));
        QVERIFY(near(p, 0.002169629, 1e-6));
        QVERIFY(Statistics::spearman(x, y, rho));
        QVERIFY(near(rho, 9.0 / 11.0, 1e-12));
        // Ties share their mean rank.
        QVERIFY(Statistics::spearman({1, 2, 2, 3}, {1, 3, 2, 4}, rho));
        QVERIFY(near(rho, 0.9486833, 1e-6));
        // A constant series correlates with nothing.
        QVERIFY(!Statistics::pearson({1, 1, 1, 1}, {1, 2, 3, 4}, r, p));
        QVERIFY(!Statistics::pearson({1, 2}, {1, 2}, r, p));
    }

    void granger()
    {
        // x is noise; y follows x one day later: x Granger-causes y, not the other way round.
        QList<double> x, y;
        quint32 seed = 12345;
        auto noise = [&seed] {
            seed = seed * 1664525u + 1013904223u;
            return double(seed >> 8) / double(1u << 24) - 0.5;
        };
        for (int t = 0; t < 120; ++t)
            x.append(noise());
        y.append(0);
        for (int t = 1; t < 120; ++t)
            y.append(0.9 * x.at(t - 1) + 0.1 * noise());
        double p = 1;
        QVERIFY(Statistics::grangerPValue(x, y, 1, p));
        QVERIFY2(p < 1e-10, qPrintable(QString::number(p)));
        QVERIFY(Statistics::grangerPValue(y, x, 1, p));
        QVERIFY2(p > 0.01, qPrintable(QString::number(p)));
        // A constant x adds nothing at all.
        QVERIFY(Statistics::grangerPValue(QList<double>(120, 3.0), y, 2, p));
        QVERIFY(near(p, 1.0, 1e-9));
        // Too few days for seven lags.
        QVERIFY(!Statistics::grangerPValue(QList<double>(10, 1.0), QList<double>(10, 2.0), 7, p));
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
