#include "analytics/seasonalityservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Seasonality on a made-to-measure pattern whose answers follow from its definition.
class TestSeasonalityService final : public QObject
{
    Q_OBJECT
private:
    static bool near(double a, double b) { return std::abs(a - b) < 1e-9; }

private slots:
    void findsAPerfectWeeklyPattern_data() { ScratchDatabase::addDialectRows(); }
    void findsAPerfectWeeklyPattern()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        // Four weeks from Monday 2026-03-02: 10 events on weekdays and 20 on weekends, all at 10:xx UTC.
        QByteArray events;
        {
            for (int d = 0; d < 28; ++d) {
                const QDate day = QDate(2026, 3, 2).addDays(d);
                const int count = day.dayOfWeek() >= 6 ? 20 : 10;
                for (int i = 0; i < count; ++i)
                    events.append(QStringLiteral("b1\tpage_view\tu%1\ts%1\t%2T10:%3:00.000Z\t{}\n")
                                   .arg(i)
                                   .arg(day.toString(Qt::ISODate))
                                   .arg(i, 2, 10, QLatin1Char('0'))
                                   .toUtf8());
            }
        }
        QVERIFY(Testing::loadEventText(db.value(), events).ok());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        QVERIFY(brand.ok());

        const auto s = SeasonalityService::compute(db.value(), brand.value(), QDate(2026, 3, 2), QDate(2026, 3, 30));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(s->total, 4 * 90.0);
        // Mean day = 90 / 7 events: a weekday is 7/9 of it, a weekend day 14/9.
        for (int w = 0; w < 7; ++w) {
            QVERIFY(s->dayOfWeek[w].has_value());
            QVERIFY(near(*s->dayOfWeek[w], w >= 5 ? 14.0 / 9.0 : 7.0 / 9.0));
        }
        // Everything happens in hour 10: its index is 24, the others 0.
        for (int h = 0; h < 24; ++h)
            QVERIFY(near(*s->hourOfDay[h], h == 10 ? 24.0 : 0.0));
        QCOMPARE(s->heatmap[0][10], 10.0);
        QCOMPARE(s->heatmap[5][10], 20.0);
        QCOMPARE(s->heatmap[5][11], 0.0);
        // Nothing but the weekly pattern.
        QVERIFY(s->weeklyStrength.has_value());
        QVERIFY(near(*s->weeklyStrength, 1.0));

        // Under two weeks there is no strength to speak of; an empty range gives zeros and no indices.
        const auto shortRange = SeasonalityService::compute(db.value(), brand.value(), QDate(2026, 3, 2), QDate(2026, 3, 12));
        QVERIFY(shortRange.ok());
        QVERIFY(!shortRange->weeklyStrength.has_value());
        const auto empty = SeasonalityService::compute(db.value(), brand.value(), QDate(2025, 1, 1), QDate(2025, 2, 1));
        QVERIFY(empty.ok());
        QCOMPARE(empty->total, 0.0);
        QVERIFY(!empty->dayOfWeek[0].has_value());
        QVERIFY(!empty->hourOfDay[0].has_value());
        QVERIFY(near(*empty->weeklyStrength, 0.0));
    }

    void strengthOfNoiseAndTrend()
    {
        // A steady trend without weekly pattern: the moving average absorbs it, nothing is left.
        QList<double> trend;
        for (int d = 0; d < 35; ++d)
            trend.append(100 + 3 * d);
        QVERIFY(near(*SeasonalityService::weeklyStrength(trend, 0), 0.0));
        // An alternating series (period 2) is not weekly: the strength stays low.
        QList<double> alternating;
        for (int d = 0; d < 70; ++d)
            alternating.append(d % 2 ? 10 : 0);
        QVERIFY(*SeasonalityService::weeklyStrength(alternating, 0) < 0.2);
        QVERIFY(!SeasonalityService::weeklyStrength(QList<double>(13, 1.0), 0).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSeasonalityService)
#include "tst_seasonalityservice.moc"
