#include "analytics/retentionservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// First-time retention on a hand-made dataset (tests/data/retention/events.tsv explains every user).
class TestRetentionService final : public QObject
{
    Q_OBJECT
private slots:
    void periods()
    {
        // ISO weeks start on Monday; 2026-03-02 is one.
        const qint64 week = RetentionService::periodOf(QDate(2026, 3, 8), QStringLiteral("week"));
        QCOMPARE(RetentionService::periodStart(week, QStringLiteral("week")), QDate(2026, 3, 2));
        QCOMPARE(RetentionService::periodOf(QDate(2026, 3, 9), QStringLiteral("week")), week + 1);
        QCOMPARE(RetentionService::periodStart(RetentionService::periodOf(QDate(2026, 2, 28), QStringLiteral("month")),
                                               QStringLiteral("month")),
                 QDate(2026, 2, 1));
        QCOMPARE(RetentionService::periodStart(RetentionService::periodOf(QDate(2026, 3, 8), QStringLiteral("day")),
                                               QStringLiteral("day")),
                 QDate(2026, 3, 8));
    }

    void matchesHandCountedCohorts_data() { ScratchDatabase::addDialectRows(); }
    void matchesHandCountedCohorts()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QVERIFY(Testing::loadEvents(db.value(), QStringLiteral(ATELIER_TEST_DATA "/retention/events.tsv")).ok());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        RetentionQuery query;
        query.periods = 2;
        const auto cohorts = RetentionService::compute(db.value(), brand.value(), QDate(2026, 3, 2), QDate(2026, 3, 16), query);
        QVERIFY2(cohorts.ok(), qPrintable(cohorts.ok() ? QString() : cohorts.error().message));
        QCOMPARE(cohorts->size(), 2);
        const Cohort &first = cohorts->at(0);
        QCOMPARE(first.start, QDate(2026, 3, 2));
        QCOMPARE(first.size, 3);
        QCOMPARE(first.counts, (QList<qint64>{3, 1, 2}));
        QCOMPARE(first.rates, (QList<double>{1.0, 1.0 / 3.0, 2.0 / 3.0}));
        QCOMPARE(first.revenue, (QList<double>{10, 0, 0}));
        const Cohort &second = cohorts->at(1);
        QCOMPARE(second.start, QDate(2026, 3, 9));
        QCOMPARE(second.counts, (QList<qint64>{1, 1, 0}));
        QCOMPARE(second.revenue, (QList<double>{50, 20, 0}));

        // Stored: one row per cohort and period.
        QVERIFY(RetentionService::persist(db.value(), brand.value(), query, cohorts.value()).ok());
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), sum(revenue) FROM analytics_cohorts WHERE period_unit = 'week'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 6);
        QCOMPARE(q.value(1).toDouble(), 80.0);

        // Daily cohorts over the first week: a (03-08), b (03-02), c (03-03); d's first signup is older.
        query.period = QStringLiteral("day");
        query.periods = 1;
        const auto daily = RetentionService::compute(db.value(), brand.value(), QDate(2026, 3, 2), QDate(2026, 3, 9), query);
        QVERIFY(daily.ok());
        QCOMPARE(daily->size(), 3);
        QCOMPARE(daily->at(2).start, QDate(2026, 3, 8));
        QCOMPARE(daily->at(2).counts, (QList<qint64>{1, 1})); // back the next day, at midnight
        // A monthly range that starts mid-month has no cohort starting inside it before April.
        query.period = QStringLiteral("month");
        const auto monthly = RetentionService::compute(db.value(), brand.value(), QDate(2026, 3, 2), QDate(2026, 3, 31), query);
        QVERIFY(monthly.ok());
        QVERIFY(monthly->isEmpty());
        const auto march = RetentionService::compute(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 4, 1), query);
        QVERIFY(march.ok());
        QCOMPARE(march->size(), 1);
        QCOMPARE(march->first().size, 5); // a, b, c, e, f
    }

    void refusesBadInput()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const Brand brand{QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("x")};
        RetentionQuery query;
        query.period = QStringLiteral("fortnight");
        QVERIFY(!RetentionService::compute(db.value(), brand, QDate(2026, 3, 1), QDate(2026, 4, 1), query).ok());
        query.period = QStringLiteral("week");
        query.periods = 0;
        QVERIFY(!RetentionService::compute(db.value(), brand, QDate(2026, 3, 1), QDate(2026, 4, 1), query).ok());
        query.periods = 4;
        query.startEvent = QStringLiteral("signup'; DROP TABLE brands; --");
        const auto injected = RetentionService::compute(db.value(), brand, QDate(2026, 3, 1), QDate(2026, 4, 1), query);
        QVERIFY(!injected.ok());
        QVERIFY(injected.error().message.contains(QLatin1String("is not an event type")));
        query.startEvent = QStringLiteral("signup");
        const auto empty = RetentionService::compute(db.value(), brand, QDate(2026, 3, 1), QDate(2026, 4, 1), query);
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRetentionService)
#include "tst_retentionservice.moc"
