#include "analytics/dailymetrics.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Daily metrics on a hand-made dataset whose answers were worked out by hand
/// (tests/data/daily_metrics/events.tsv explains each day).
class TestDailyMetrics final : public QObject
{
    Q_OBJECT
private slots:
    void matchesHandCountedDays_data() { ScratchDatabase::addDialectRows(); }
    void matchesHandCountedDays()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const auto loaded = Testing::loadEvents(db.value(), QStringLiteral(ATELIER_TEST_DATA "/daily_metrics/events.tsv"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        // Two generations on 2026-03-02 (4 and 6 cents), one after the range.
        const SqlDialect sql = SqlDialect::of(db.value());
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, username, display_name) VALUES ('p', 'p', 'P')")));
        const QList<std::tuple<const char *, QDateTime, int>> generations = {
            {"g1", QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC), 4},
            {"g2", QDateTime(QDate(2026, 3, 2), QTime(23, 59, 59), Qt::UTC), 6},
            {"g3", QDateTime(QDate(2026, 3, 4), QTime(0, 0), Qt::UTC), 100}};
        for (const auto &[id, at, cents] : generations) {
            q.prepare(QStringLiteral("INSERT INTO ai_generations (id, type, prompt, model, status, credits, cost_cents, user_id, "
                                     "brand_id, created_at) VALUES (?, '2d', 'x', 'm', 'completed', ?, ?, 'p', 'b1', ?)"));
            q.addBindValue(QString::fromLatin1(id));
            q.addBindValue(cents);
            q.addBindValue(cents);
            q.addBindValue(sql.timeValue(at));
            QVERIFY(q.exec());
        }

        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("b1"));
        QVERIFY(brand.ok());
        const auto m = DailyMetricsService::load(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 4));
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m->names, DailyMetricsService::metricNames());
        QCOMPARE(m->values(QStringLiteral("active_users")), (QList<double>{2, 2, 0}));
        QCOMPARE(m->values(QStringLiteral("sessions")), (QList<double>{2, 2, 0}));
        QCOMPARE(m->values(QStringLiteral("page_views")), (QList<double>{4, 2, 0}));
        QCOMPARE(m->values(QStringLiteral("signups")), (QList<double>{1, 0, 0}));
        QCOMPARE(m->values(QStringLiteral("purchases")), (QList<double>{1, 3, 0}));
        QCOMPARE(m->values(QStringLiteral("revenue")), (QList<double>{20.5, 15.25, 0}));
        QCOMPARE(m->values(QStringLiteral("conversion_rate")), (QList<double>{0.5, 1.0, 0}));
        QCOMPARE(m->values(QStringLiteral("generations")), (QList<double>{0, 2, 0}));
        QCOMPARE(m->values(QStringLiteral("ai_cost")), (QList<double>{0, 0.1, 0}));
        QVERIFY(!m->series.contains(QStringLiteral("events")));

        const auto some = DailyMetricsService::load(db.value(), brand.value(), QDate(2026, 3, 1), QDate(2026, 3, 3),
                                                    {QStringLiteral("events"), QStringLiteral("revenue")});
        QVERIFY(some.ok());
        QCOMPARE(some->names, (QStringList{QStringLiteral("events"), QStringLiteral("revenue")}));
        QCOMPARE(some->values(QStringLiteral("events")), (QList<double>{6, 5}));
        QVERIFY(!some->series.contains(QStringLiteral("sessions")));
    }

    void emptyRangeGivesZeros()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const Brand brand{QStringLiteral("none"), QStringLiteral("none"), QStringLiteral("None"), QStringLiteral("x")};
        const auto m = DailyMetricsService::load(db.value(), brand, QDate(2026, 1, 1), QDate(2026, 1, 3));
        QVERIFY(m.ok());
        for (const QString &name : DailyMetricsService::metricNames())
            QCOMPARE(m->values(name), (QList<double>{0, 0}));
    }

    void refusesBadInput()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const Brand brand{QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("x")};
        const auto unknown = DailyMetricsService::load(db.value(), brand, QDate(2026, 1, 1), QDate(2026, 1, 3),
                                                       {QStringLiteral("revenue; DROP TABLE brands")});
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().message.contains(QLatin1String("Unknown daily metric")), qPrintable(unknown.error().message));
        const auto inverted = DailyMetricsService::load(db.value(), brand, QDate(2026, 1, 3), QDate(2026, 1, 3));
        QVERIFY(!inverted.ok());
        QVERIFY(inverted.error().message.contains(QLatin1String("must start before it ends")));
    }
};

QTEST_GUILESS_MAIN(TestDailyMetrics)
#include "tst_dailymetrics.moc"
