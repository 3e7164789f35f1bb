#include "analytics/dailymetrics.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/resultcache.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// The result cache answers again only while the data has not changed: new, changed or deleted events and
/// AI generations each make a new data version.
class TestResultCache final : public QObject
{
    Q_OBJECT
private slots:
    void invalidatedByNewData_data() { ScratchDatabase::addDialectRows(); }
    void invalidatedByNewData()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEventText(db.value(), "b1\tpage_view\tu1\ts1\t2026-03-02T10:00:00.000Z\t{}\n").ok());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        QVERIFY(brand.ok());
        ResultCache cache;
        int computed = 0;
        auto pageViews = [&]() -> double {
            auto r = cache.get<DailyMetrics>(db.value(), QStringLiteral("daily|b1|2026-03-01|2026-03-08"), [&] {
                ++computed;
                return DailyMetricsService::load(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 8));
            });
            return r ? r->values(QStringLiteral("page_views")).value(1) : -1;
        };
        QCOMPARE(pageViews(), 1.0);
        QCOMPARE(pageViews(), 1.0);
        QCOMPARE(computed, 1);
        QCOMPARE(cache.statistics().hits, 1);

        // A new event: a new version, the figure follows.
        QVERIFY(Testing::loadEventText(db.value(), "b1\tpage_view\tu2\ts2\t2026-03-02T11:00:00.000Z\t{}\n").ok());
        QCOMPARE(pageViews(), 2.0);
        QCOMPARE(computed, 2);
        QSqlQuery q(db.value());
        // A changed event.
        QVERIFY(q.exec(QStringLiteral("UPDATE analytics_events SET event_type = 'signup' WHERE user_id = 'u2'")));
        QCOMPARE(pageViews(), 1.0);
        QCOMPARE(computed, 3);
        // A deleted event.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM analytics_events WHERE user_id = 'u1'")));
        QCOMPARE(pageViews(), 0.0);
        QCOMPARE(computed, 4);
        QCOMPARE(pageViews(), 0.0);
        QCOMPARE(computed, 4);
        // A new AI generation (daily metrics count them).
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, username, display_name) VALUES ('p1', 'p1', 'P')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO ai_generations (id, type, prompt, model, status, credits, cost_cents, "
                                      "user_id, brand_id) VALUES ('g1', '2d', 'a cat', 'm', 'completed', 1, 4, 'p1', 'b1')")));
        pageViews();
        QCOMPARE(computed, 5);
        // Errors are not kept.
        auto failing = cache.get<int>(db.value(), QStringLiteral("x"), [] { return Result<int>(Error{QStringLiteral("no"), {}}); });
        QVERIFY(!failing.ok());
        auto fine = cache.get<int>(db.value(), QStringLiteral("x"), [] { return Result<int>(7); });
        QCOMPARE(fine.value(), 7);
    }

    void leastRecentlyUsedGoesFirst()
    {
        ResultCache cache;
        cache.setCapacity(2);
        cache.insert(QStringLiteral("a"), 1);
        cache.insert(QStringLiteral("b"), 2);
        QVERIFY(cache.find(QStringLiteral("a")).has_value()); // a is now the most recent
        cache.insert(QStringLiteral("c"), 3);
        QVERIFY(!cache.find(QStringLiteral("b")).has_value());
        QCOMPARE(std::any_cast<int>(cache.find(QStringLiteral("a"))), 1);
        QCOMPARE(std::any_cast<int>(cache.find(QStringLiteral("c"))), 3);
        const auto s = cache.statistics();
        QCOMPARE(s.entries, 2);
        QCOMPARE(s.capacity, 2);
        QCOMPARE(s.hits, 3);
        QCOMPARE(s.misses, 1);
    }
};

QTEST_GUILESS_MAIN(TestResultCache)
#include "tst_resultcache.moc"
