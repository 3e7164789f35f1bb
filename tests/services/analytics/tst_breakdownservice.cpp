#include "analytics/breakdownservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Channels, geography and devices, and the attribution of purchases, on a hand-made dataset
/// (tests/data/channels/events.tsv explains every user).
class TestBreakdownService final : public QObject
{
    Q_OBJECT
private:
    static void expect(const QList<AttributionRow> &rows, const QList<std::tuple<const char *, double, double>> &expected)
    {
        QCOMPARE(rows.size(), expected.size());
        for (int i = 0; i < rows.size(); ++i) {
            const auto &[channel, conversions, revenue] = expected.at(i);
            QCOMPARE(rows.at(i).channel, QString::fromLatin1(channel));
            QCOMPARE(rows.at(i).conversions, conversions);
            QCOMPARE(rows.at(i).revenue, revenue);
        }
    }

private slots:
    void handCounted_data() { ScratchDatabase::addDialectRows(); }
    void handCounted()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEvents(db.value(), QStringLiteral(ATELIER_TEST_DATA "/channels/events.tsv")).ok());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        const QDate from(2026, 3, 2), to(2026, 3, 3);

        const auto channels = BreakdownService::byProperty(db.value(), brand.value(), from, to, QStringLiteral("channel"));
        QVERIFY2(channels.ok(), qPrintable(channels.ok() ? QString() : channels.error().message));
        QCOMPARE(channels->size(), 4);
        QCOMPARE(channels->at(0).value, QStringLiteral("social"));
        QCOMPARE(channels->at(0).users, 2);
        QCOMPARE(channels->at(0).sessions, 2);
        QCOMPARE(channels->at(0).conversions, 0);
        QCOMPARE(channels->at(1).value, QString());
        QCOMPARE(channels->at(2).value, QStringLiteral("ads"));
        QCOMPARE(channels->at(2).conversions, 1);
        QCOMPARE(channels->at(2).conversionRate, 1.0);
        QCOMPARE(channels->at(3).value, QStringLiteral("email"));
        QCOMPARE(channels->at(3).revenue, 30.0);
        QCOMPARE(channels->at(3).revenuePerUser, 30.0);

        const auto countries = BreakdownService::byProperty(db.value(), brand.value(), from, to, QStringLiteral("country"));
        QVERIFY(countries.ok());
        QCOMPARE(countries->at(0).value, QStringLiteral("FR"));
        QCOMPARE(countries->at(0).users, 2);
        QCOMPARE(countries->at(0).revenue, 30.0);
        QCOMPARE(countries->at(0).conversionRate, 0.5);
        const auto devices = BreakdownService::byProperty(db.value(), brand.value(), from, to, QStringLiteral("device"));
        QVERIFY(devices.ok());
        QCOMPARE(devices->at(0).value, QStringLiteral("desktop"));
        QCOMPARE(devices->at(0).users, 2);
        QCOMPARE(devices->at(0).revenue, 40.0);

        const auto a = BreakdownService::attribution(db.value(), brand.value(), from, to);
        QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
        expect(a->firstTouch, {{"ads", 1, 10}, {"social", 1, 30}});
        expect(a->lastTouch, {{"ads", 1, 10}, {"email", 1, 30}});
        expect(a->linear, {{"ads", 1, 10}, {"email", 0.5, 15}, {"social", 0.5, 15}});
    }

    void refusesBadInput()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const Brand brand{QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("x")};
        const auto bad = BreakdownService::byProperty(db.value(), brand, QDate(2026, 3, 1), QDate(2026, 3, 2), QStringLiteral("email"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QLatin1String("Unknown property")));
        const auto empty = BreakdownService::attribution(db.value(), brand, QDate(2026, 3, 1), QDate(2026, 3, 2));
        QVERIFY(empty.ok());
        QVERIFY(empty->linear.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBreakdownService)
#include "tst_breakdownservice.moc"
