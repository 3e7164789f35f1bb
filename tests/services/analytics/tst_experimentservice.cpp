#include "analytics/experimentservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// A/B test results on a hand-made dataset (tests/data/experiments/events.tsv explains every user).
class TestExperimentService final : public QObject
{
    Q_OBJECT
private:
    static bool near(double a, double b) { return std::abs(a - b) < 1e-6; }

    static bool prepare(const QSqlDatabase &db)
    {
        if (!Migrator::migrate(db) || !Testing::loadEvents(db, QStringLiteral(ATELIER_TEST_DATA "/experiments/events.tsv")))
            return false;
        QSqlQuery q(db);
        return q.exec(QStringLiteral("INSERT INTO experiments (id, name, status, goal_event, brand_id) "
                                     "VALUES ('e1', 'exp', 'running', 'purchase', 'b1')"))
               && q.exec(QStringLiteral("INSERT INTO experiment_variants (id, experiment_id, name, is_control, planned_allocation, "
                                        "brand_id) VALUES ('v1', 'e1', 'treatment', %1, 0.5, 'b1'), "
                                        "('v2', 'e1', 'control', %2, 0.5, 'b1')")
                             .arg(db.driverName() == QLatin1String("QPSQL") ? QStringLiteral("false") : QStringLiteral("0"),
                                  db.driverName() == QLatin1String("QPSQL") ? QStringLiteral("true") : QStringLiteral("1")));
    }

private slots:
    void matchesHandCountedUsers_data() { ScratchDatabase::addDialectRows(); }
    void matchesHandCountedUsers()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(prepare(db.value()));
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        QVERIFY(brand.ok());
        const auto results = ExperimentService::results(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 4));
        QVERIFY2(results.ok(), qPrintable(results.ok() ? QString() : results.error().message));
        QCOMPARE(results->size(), 1);
        const ExperimentResult &r = results->first();
        QCOMPARE(r.name, QStringLiteral("exp"));
        QCOMPARE(r.variants.size(), 2);
        const VariantResult &control = r.variants.at(0);
        const VariantResult &treatment = r.variants.at(1);
        QCOMPARE(control.name, QStringLiteral("control")); // control first, whatever the insertion order
        QVERIFY(control.isControl);
        QCOMPARE(control.users, 3);
        QCOMPARE(control.conversions, 1);
        QCOMPARE(treatment.users, 2);
        QCOMPARE(treatment.conversions, 1);
        QVERIFY(near(control.expectedShare, 0.5));
        QVERIFY(near(treatment.rate, 0.5));
        QVERIFY(treatment.hasUplift);
        QVERIFY(near(treatment.uplift, 0.5));
        QVERIFY(near(treatment.pValue, 0.7093881));
        QVERIFY(near(treatment.probBeatControl, 22.0 / 35.0)); // Beta(2,2) against Beta(2,3)
        QVERIFY(near(treatment.expectedLoss, 11.0 / 140.0));
        QVERIFY(treatment.hasInterval);
        QVERIFY(treatment.ciLow < 0.5 && treatment.ciHigh > 0.5);
        QVERIFY(near(r.srmPValue, 0.6547208)); // exposures 3 : 2 against 50/50, χ² = 0.2
        QVERIFY(!r.srmFlag);

        // Before any exposure in the range: zero counts, no made-up comparison.
        const auto empty = ExperimentService::results(db.value(), brand.value(), QDate(2026, 1, 1), QDate(2026, 1, 2),
                                                      QStringLiteral("exp"));
        QVERIFY(empty.ok());
        QCOMPARE(empty->first().variants.at(1).users, 0);
        QVERIFY(!empty->first().variants.at(1).hasUplift);
        QCOMPARE(empty->first().srmPValue, 1.0);
    }

    void refusesBadInput()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = Database::open(scratch.url());
        QVERIFY(prepare(db.value()));
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        const auto unknown = ExperimentService::results(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 4),
                                                        QStringLiteral("exp' OR '1'='1"));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().message.contains(QLatin1String("has no experiment")), qPrintable(unknown.error().message));
        const auto inverted = ExperimentService::results(db.value(), brand.value(), QDate(2026, 3, 4), QDate(2026, 3, 1));
        QVERIFY(!inverted.ok());
    }
};

QTEST_GUILESS_MAIN(TestExperimentService)
#include "tst_experimentservice.moc"
