#include "analytics/funnelservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Ordered funnels on a hand-made dataset (tests/data/funnel/events.tsv explains every user):
/// ties in time, repeated step events, several attempts, users without ids, breakdown and exclusions.
class TestFunnelService final : public QObject
{
    Q_OBJECT
private:
    static FunnelQuery threeSteps()
    {
        FunnelQuery q;
        q.steps = {{QStringLiteral("page_view"), {}}, {QStringLiteral("signup"), {}}, {QStringLiteral("purchase"), {}}};
        q.windowSeconds = 3600;
        return q;
    }
    static QList<qint64> users(const QList<FunnelStepResult> &steps)
    {
        QList<qint64> list;
        for (const FunnelStepResult &s : steps)
            list.append(s.users);
        return list;
    }

private slots:
    void window()
    {
        QCOMPARE(FunnelService::parseWindow(QStringLiteral("14d")).value(), 14 * 86400);
        QCOMPARE(FunnelService::parseWindow(QStringLiteral("2h")).value(), 7200);
        QCOMPARE(FunnelService::parseWindow(QStringLiteral("90")).value(), 90);
        QVERIFY(!FunnelService::parseWindow(QStringLiteral("0d")).ok());
        QVERIFY(!FunnelService::parseWindow(QStringLiteral("-3d")).ok());
        QVERIFY(!FunnelService::parseWindow(QStringLiteral("two weeks")).ok());
    }

    void matchesHandCountedFunnel_data() { ScratchDatabase::addDialectRows(); }
    void matchesHandCountedFunnel()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEvents(db.value(), QStringLiteral(ATELIER_TEST_DATA "/funnel/events.tsv")).ok());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        const QDate from(2026, 3, 2), to(2026, 3, 3);

        FunnelQuery query = threeSteps();
        query.breakdown = QStringLiteral("channel");
        const auto f = FunnelService::compute(db.value(), brand.value(), from, to, query);
        QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
        QCOMPARE(users(f->steps), (QList<qint64>{6, 4, 3}));
        QCOMPARE(f->steps.at(1).conversionFromStart, 4.0 / 6.0);
        QCOMPARE(f->steps.at(2).conversionFromPrevious, 3.0 / 4.0);
        QVERIFY(!f->steps.at(0).medianSecondsFromPrevious.has_value());
        QCOMPARE(*f->steps.at(1).meanSecondsFromPrevious, 900.0);
        QCOMPARE(*f->steps.at(1).medianSecondsFromPrevious, 450.0);
        QCOMPARE(*f->steps.at(2).meanSecondsFromPrevious, 1120.0);
        QCOMPARE(*f->steps.at(2).medianSecondsFromPrevious, 900.0);
        QCOMPARE(f->breakdown.size(), 3);
        QCOMPARE(f->breakdown.at(0).first, QStringLiteral("email"));
        QCOMPARE(users(f->breakdown.at(0).second), (QList<qint64>{3, 3, 3}));
        QCOMPARE(f->breakdown.at(1).first, QStringLiteral("social"));
        QCOMPARE(users(f->breakdown.at(1).second), (QList<qint64>{2, 1, 0}));
        QCOMPARE(f->breakdown.at(2).first, QString());
        QCOMPARE(users(f->breakdown.at(2).second), (QList<qint64>{1, 0, 0}));

        // A refund between signup and purchase stops u1's attempt before the purchase.
        query = threeSteps();
        query.exclusions = {{QStringLiteral("refund"), 2, 3}};
        const auto excluded = FunnelService::compute(db.value(), brand.value(), from, to, query);
        QVERIFY(excluded.ok());
        QCOMPARE(users(excluded->steps), (QList<qint64>{6, 4, 2}));

        // Repeated step types take distinct events, even at the same instant.
        FunnelQuery twice;
        twice.steps = {{QStringLiteral("page_view"), {}}, {QStringLiteral("page_view"), {}}};
        twice.windowSeconds = 3600;
        const auto repeated = FunnelService::compute(db.value(), brand.value(), from, to, twice);
        QVERIFY(repeated.ok());
        QCOMPARE(users(repeated->steps), (QList<qint64>{6, 2}));
        QCOMPARE(*repeated->steps.at(1).medianSecondsFromPrevious, 150.0); // u5: 300 s, u7: 0 s

        // A property filter on a step.
        FunnelQuery filtered = threeSteps();
        filtered.steps[0].filters = {{QStringLiteral("channel"), QStringLiteral("social")}};
        const auto social = FunnelService::compute(db.value(), brand.value(), from, to, filtered);
        QVERIFY(social.ok());
        QCOMPARE(users(social->steps), (QList<qint64>{3, 2, 0})); // u2, u3, u5 (whose social view leads to signup)

        // Nothing in range: zeros, never NaN.
        const auto empty = FunnelService::compute(db.value(), brand.value(), QDate(2025, 1, 1), QDate(2025, 1, 2), threeSteps());
        QVERIFY(empty.ok());
        QCOMPARE(users(empty->steps), (QList<qint64>{0, 0, 0}));
        QCOMPARE(empty->steps.at(2).conversionFromStart, 0.0);
    }

    void refusesBadInput()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const Brand brand{QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("x")};
        const QDate from(2026, 3, 1), to(2026, 3, 2);
        FunnelQuery q = threeSteps();
        q.windowSeconds = 0;
        QVERIFY(FunnelService::compute(db.value(), brand, from, to, q).error().message.contains(QLatin1String("window")));
        q = threeSteps();
        for (int i = 0; i < 20; ++i)
            q.steps.append({QStringLiteral("page_view"), {}});
        QVERIFY(FunnelService::compute(db.value(), brand, from, to, q).error().message.contains(QLatin1String("1 to 20 steps")));
        q = threeSteps();
        q.steps[1].event = QStringLiteral("signup' OR 1=1 --");
        QVERIFY(FunnelService::compute(db.value(), brand, from, to, q).error().message.contains(QLatin1String("Step 2")));
        q = threeSteps();
        q.steps[0].filters = {{QStringLiteral("properties->>'x'"), QStringLiteral("1")}};
        QVERIFY(FunnelService::compute(db.value(), brand, from, to, q).error().message.contains(QLatin1String("unknown property")));
        q = threeSteps();
        q.breakdown = QStringLiteral("password");
        QVERIFY(FunnelService::compute(db.value(), brand, from, to, q).error().message.contains(QLatin1String("breakdown")));
        q = threeSteps();
        q.exclusions = {{QStringLiteral("refund"), 3, 2}};
        QVERIFY(FunnelService::compute(db.value(), brand, from, to, q).error().message.contains(QLatin1String("Exclusion")));
        QVERIFY(!FunnelService::compute(db.value(), brand, to, from, threeSteps()).ok());
    }
};

QTEST_GUILESS_MAIN(TestFunnelService)
#include "tst_funnelservice.moc"
