#include "analytics/eventtypes.h"
#include "analytics/funnelservice.h"
#include "analytics/journeyservice.h"
#include "analytics/retentionservice.h"
#include "analytics/segmentservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Analyses refuse event types that are neither standard nor ever recorded, and say which types there are.
class TestEventTypes final : public QObject
{
    Q_OBJECT
private slots:
    void unknownTypesAreRefused_data() { ScratchDatabase::addDialectRows(); }
    void unknownTypesAreRefused()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEventText(db.value(), "b1\tpage_view\tu1\ts1\t2026-03-02T10:00:00.000Z\t{}\n"
                                                   "b1\twishlist_add\tu1\ts1\t2026-03-02T10:01:00.000Z\t{}\n"
                                                   "b1\tzoom\tu1\ts1\t2026-03-02T10:02:00.000Z\t{}\n")
                    .ok());
        const auto known = EventTypes::known(db.value());
        QVERIFY(known.ok());
        QCOMPARE(known.value(), (QStringList{QStringLiteral("add_to_cart"), QStringLiteral("checkout"),
                                             QStringLiteral("experiment_exposure"), QStringLiteral("page_view"),
                                             QStringLiteral("purchase"), QStringLiteral("signup"),
                                             QStringLiteral("wishlist_add"), QStringLiteral("zoom")}));
        QVERIFY(EventTypes::check(db.value(), QStringLiteral("wishlist_add"), QStringLiteral("x")).ok());
        QVERIFY(EventTypes::check(db.value(), QStringLiteral("checkout"), QStringLiteral("x")).ok()); // standard, not recorded
        const auto typo = EventTypes::check(db.value(), QStringLiteral("chekout"), QStringLiteral("Step 4"));
        QVERIFY(!typo.ok());
        QVERIFY2(typo.error().message.startsWith(QLatin1String("Step 4: \"chekout\" is not a known event type")),
                 qPrintable(typo.error().message));
        QVERIFY(typo.error().message.contains(QLatin1String("wishlist_add, zoom")));
        const auto injected = EventTypes::check(db.value(), QStringLiteral("x' OR '1'='1"), QStringLiteral("Step 1"));
        QVERIFY(!injected.ok());
        QVERIFY(injected.error().message.contains(QLatin1String("is not an event type")));

        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        QVERIFY(brand.ok());
        FunnelQuery funnel;
        for (const char *event : {"page_view", "wishlist_add", "add_to_cart", "chekout"})
            funnel.steps.append({QString::fromLatin1(event), {}});
        const auto steps = FunnelService::compute(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 8), funnel);
        QVERIFY(!steps.ok());
        QVERIFY2(steps.error().message.startsWith(QLatin1String("Step 4: \"chekout\" is not a known event type")),
                 qPrintable(steps.error().message));
        funnel.steps.removeLast();
        funnel.exclusions.append({QStringLiteral("refund"), 1, 2});
        const auto excluded = FunnelService::compute(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 8), funnel);
        QVERIFY(!excluded.ok());
        QVERIFY2(excluded.error().message.startsWith(QLatin1String("Exclusion: \"refund\" is not a known event type")),
                 qPrintable(excluded.error().message));
        funnel.exclusions.clear();
        QVERIFY(FunnelService::compute(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 8), funnel).ok());
        const auto journeys = JourneyService::compute(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 8),
                                                      QStringLiteral("pageview"), 3);
        QVERIFY(!journeys.ok());
        QVERIFY(journeys.error().message.contains(QLatin1String("\"pageview\" is not a known event type")));
        RetentionQuery retention;
        retention.returnEvent = QStringLiteral("login");
        const auto cohorts = RetentionService::compute(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 8), retention);
        QVERIFY(!cohorts.ok());
        QVERIFY(cohorts.error().message.contains(QLatin1String("\"login\"")));
        const QJsonObject criteria = QJsonDocument::fromJson(
                                         "{\"all\":[{\"property\":\"country\",\"op\":\"eq\",\"value\":\"FR\"},"
                                         "{\"event\":\"purchse\",\"op\":\"at_least\",\"count\":1}]}")
                                         .object();
        const auto segment = SegmentService::count(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 8), criteria);
        QVERIFY(!segment.ok());
        QVERIFY2(segment.error().message.startsWith(QLatin1String("criteria.all[1].event: \"purchse\"")),
                 qPrintable(segment.error().message));
        QVERIFY(SegmentService::count(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 8),
                                      QJsonDocument::fromJson("{\"event\":\"zoom\",\"op\":\"at_least\",\"count\":1}").object())
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestEventTypes)
#include "tst_eventtypes.moc"
