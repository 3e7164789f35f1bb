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
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
