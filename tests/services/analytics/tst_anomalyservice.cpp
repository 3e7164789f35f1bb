#include "analytics/anomalyservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "demo/demogenerator.h"
#include "scratchdatabase.h"

#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Anomalies: the odd days and only them, in a series with trend and weekly pattern.
class TestAnomalyService final : public QObject
{
    Q_OBJECT
private slots:
    void findsPlantedDays()
    {
        // Eight weeks from Monday 2026-03-02: growth, busy weekends, a little noise; a spike on day 20
        // (Sunday 2026-03-22) and an outage on day 41 (Sunday 2026-04-12).
        QList<double> values;
        quint32 seed = 7;
        for (int t = 0; t < 56; ++t) {
            seed = seed * 1664525u + 1013904223u;
            const double noise = double(seed >> 8) / double(1u << 24) * 12 - 6;
            const int weekday = t % 7;
            values.append(100 + t + (weekday == 5 ? 30 : weekday == 6 ? 40 : 0) + noise);
        }
        values[20] += 80;
        values[41] -= 60;
        const auto found = AnomalyService::detectInSeries(QStringLiteral("sessions"), QDate(2026, 3, 2), values);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0).date, QDate(2026, 3, 22));
        QVERIFY(found.at(0).up);
        QVERIFY(found.at(0).score > AnomalyService::defaultThreshold);
        QVERIFY(std::abs(found.at(0).expected - (100 + 20 + 40)) < 10); // a Sunday: trend plus the Sunday bump
        QVERIFY(found.at(0).actual > found.at(0).upper);
        QCOMPARE(found.at(1).date, QDate(2026, 4, 12));
        QVERIFY(!found.at(1).up);
        QVERIFY(found.at(1).actual < found.at(1).lower);
        QCOMPARE(found.at(1).metric, QStringLiteral("sessions"));

        // A regular series has none; too short a series gives none rather than guesses.
        QList<double> regular;
        for (int t = 0; t < 56; ++t)
            regular.append(50 + (t % 7 == 6 ? 20 : 0));
        QVERIFY(AnomalyService::detectInSeries(QStringLiteral("x"), QDate(2026, 3, 2), regular).isEmpty());
        QVERIFY(AnomalyService::detectInSeries(QStringLiteral("x"), QDate(2026, 3, 2), QList<double>(10, 1.0)).isEmpty());
    }

    /// AI generations and their cost: nothing most days, a few some days. Quiet days and ordinary ones raise
    /// nothing; a real burst still does.
    void sparseSeriesAreCounts()
    {
        QList<double> generations, cost;
        quint32 seed = 11;
        for (int t = 0; t < 56; ++t) {
            seed = seed * 1664525u + 1013904223u;
            const quint32 roll = (seed >> 8) % 100;
            const double n = roll < 70 ? 0 : roll < 88 ? 1 : roll < 96 ? 2 : 3;
            generations.append(n);
            cost.append(n * 0.04);
        }
        QVERIFY(AnomalyService::detectInSeries(QStringLiteral("generations"), QDate(2026, 3, 2), generations).isEmpty());
        QVERIFY(AnomalyService::detectInSeries(QStringLiteral("ai_cost"), QDate(2026, 3, 2), cost).isEmpty());
        generations[30] = 25;
        cost[30] = 25 * 0.04;
        for (const auto &[name, series] : {std::pair{QStringLiteral("generations"), generations}, std::pair{QStringLiteral("ai_cost"), cost}}) {
            const auto found = AnomalyService::detectInSeries(name, QDate(2026, 3, 2), series);
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().date, QDate(2026, 3, 2).addDays(30));
            QVERIFY(found.first().up);
            QVERIFY(found.first().score > AnomalyService::defaultThreshold);
            QVERIFY(found.first().actual > found.first().upper);
        }
        // Nothing at all is not an anomaly either.
        QVERIFY(AnomalyService::detectInSeries(QStringLiteral("generations"), QDate(2026, 3, 2), QList<double>(56, 0.0)).isEmpty());
    }

    void findsTheDemoSpikeAndOutage_data() { ScratchDatabase::addDialectRows(); }
    void findsTheDemoSpikeAndOutage()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        DemoOptions options;
        options.events = 200000;
        options.days = 60;
        options.end = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        options.generationsPerBrand = 1;
        QVERIFY(DemoGenerator::generate(db.value(), options).ok());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("lumiere-paris"));
        // The demo plants a campaign spike and an outage in every brand's traffic.
        const auto found = AnomalyService::detect(db.value(), brand.value(), QDate(2026, 4, 2), QDate(2026, 6, 1),
                                                  {QStringLiteral("sessions")});
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
        bool spike = false, outage = false;
        for (const Anomaly &a : found.value()) {
            spike = spike || (a.up && a.actual > 1.8 * a.expected);
            // Returning visitors keep coming on the outage day: it shows as a deep dip, not a zero.
            outage = outage || (!a.up && a.actual < 0.7 * a.expected);
        }
        QVERIFY(spike);
        QVERIFY(outage);
    }

    void refusesBadInput()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const Brand brand{QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("x")};
        const auto tooShort = AnomalyService::detect(db.value(), brand, QDate(2026, 1, 1), QDate(2026, 1, 8));
        QVERIFY(!tooShort.ok());
        QVERIFY(tooShort.error().message.contains(QLatin1String("at least 14 days")));
        const auto unknown = AnomalyService::detect(db.value(), brand, QDate(2026, 1, 1), QDate(2026, 2, 1), {QStringLiteral("luck")});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QLatin1String("Unknown daily metric")));
        const auto empty = AnomalyService::detect(db.value(), brand, QDate(2026, 1, 1), QDate(2026, 2, 1));
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty()); // no data: zeros everywhere, nothing odd
    }
};

QTEST_GUILESS_MAIN(TestAnomalyService)
#include "tst_anomalyservice.moc"
