#include "analytics/journeyservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// User journeys on a hand-made dataset (tests/data/journeys/events.tsv explains every session).
class TestJourneyService final : public QObject
{
    Q_OBJECT
private slots:
    void followsSessions_data() { ScratchDatabase::addDialectRows(); }
    void followsSessions()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEvents(db.value(), QStringLiteral(ATELIER_TEST_DATA "/journeys/events.tsv")).ok());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        const auto j = JourneyService::compute(db.value(), brand.value(), QDate(2026, 3, 2), QDate(2026, 3, 3),
                                               QStringLiteral("page_view"), 2);
        QVERIFY2(j.ok(), qPrintable(j.ok() ? QString() : j.error().message));
        QCOMPARE(j->sessions, 5);
        QCOMPARE(j->paths.size(), 4);
        QCOMPARE(j->paths.at(0).events, (QStringList{QStringLiteral("page_view"), QStringLiteral("signup"), QStringLiteral("purchase")}));
        QCOMPARE(j->paths.at(0).sessions, 2);
        QCOMPARE(j->paths.at(0).users, 1);
        QCOMPARE(j->paths.at(1).events, QStringList{QStringLiteral("page_view")});
        QCOMPARE(j->paths.at(2).events, (QStringList{QStringLiteral("page_view"), QStringLiteral("signup")}));
        QCOMPARE(j->paths.at(3).events,
                 (QStringList{QStringLiteral("page_view"), QStringLiteral("signup"), QStringLiteral("add_to_cart")}));
        QCOMPARE(j->edges.size(), 3);
        QCOMPARE(j->edges.at(0).step, 0);
        QCOMPARE(j->edges.at(0).from, QStringLiteral("page_view"));
        QCOMPARE(j->edges.at(0).to, QStringLiteral("signup"));
        QCOMPARE(j->edges.at(0).users, 3);
        QCOMPARE(j->edges.at(1).to, QStringLiteral("add_to_cart"));
        QCOMPARE(j->edges.at(2).to, QStringLiteral("purchase"));
        QCOMPARE(j->edges.at(2).users, 1);

        const auto none = JourneyService::compute(db.value(), brand.value(), QDate(2026, 3, 2), QDate(2026, 3, 3),
                                                  QStringLiteral("checkout"), 3);
        QVERIFY(none.ok());
        QCOMPARE(none->sessions, 0);
        QVERIFY(none->paths.isEmpty());
        QVERIFY(!JourneyService::compute(db.value(), brand.value(), QDate(2026, 3, 2), QDate(2026, 3, 3), QStringLiteral("x"), 11).ok());
        QVERIFY(!JourneyService::compute(db.value(), brand.value(), QDate(2026, 3, 2), QDate(2026, 3, 3),
                                         QStringLiteral("a b"), 2).ok());
    }
};

QTEST_GUILESS_MAIN(TestJourneyService)
#include "tst_journeyservice.moc"
