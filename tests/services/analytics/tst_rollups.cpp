#include "analytics/dailymetrics.h"
#include "analytics/rollups.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "demo/demogenerator.h"
#include "eventfixture.h"
#include "scratchdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// The daily rollup agrees with the events, day by day and metric by metric, after every kind of change.
class TestRollups final : public QObject
{
    Q_OBJECT
private:
    /// Empty when the rollup and the events give the same figures for every brand over [from, to).
    static QString disagreement(const QSqlDatabase &db, QDate from, QDate to)
    {
        const auto brands = BrandService::list(db);
        if (!brands)
            return brands.error().message;
        for (const Brand &brand : brands.value()) {
            const auto rolled = DailyMetricsService::load(db, brand, from, to);
            const auto counted = DailyMetricsService::loadFromEvents(db, brand, from, to);
            if (!rolled || !counted)
                return rolled ? counted.error().message : rolled.error().message;
            for (const QString &name : DailyMetricsService::metricNames()) {
                const QList<double> a = rolled->values(name), b = counted->values(name);
                if (a.size() != b.size())
                    return QStringLiteral("%1 %2: %3 days against %4").arg(brand.slug, name).arg(a.size()).arg(b.size());
                for (qsizetype i = 0; i < a.size(); ++i)
                    if (std::abs(a.at(i) - b.at(i)) > 1e-9 * std::max(1.0, std::abs(b.at(i))))
                        return QStringLiteral("%1 %2 on %3: rollup %4, events %5")
                            .arg(brand.slug, name, from.addDays(i).toString(Qt::ISODate))
                            .arg(a.at(i))
                            .arg(b.at(i));
            }
        }
        return {};
    }
    static double value(const QSqlDatabase &db, const char *metric, QDate day)
    {
        const auto brand = BrandService::bySlug(db, QStringLiteral("b1"));
        const auto m = DailyMetricsService::load(db, brand.value(), day, day.addDays(1), {QString::fromLatin1(metric)});
        return m ? m->values(QString::fromLatin1(metric)).value(0) : -1;
    }

private slots:
    void agreesWithDemoData_data() { ScratchDatabase::addDialectRows(); }
    void agreesWithDemoData()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        DemoOptions options;
        options.events = 40000;
        options.days = 60;
        options.end = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(DemoGenerator::generate(db.value(), options).ok());
        const QString problem = disagreement(db.value(), QDate(2026, 3, 25), QDate(2026, 6, 3));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const auto again = Rollups::refresh(db.value());
        QVERIFY(again.ok());
        QCOMPARE(again->days, 0); // nothing new: nothing recomputed
    }

    void followsEveryChange_data() { ScratchDatabase::addDialectRows(); }
    void followsEveryChange()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const QDate from(2026, 3, 1), to(2026, 3, 8);
        QVERIFY(Testing::loadEventText(db.value(), "b1\tpage_view\tu1\ts1\t2026-03-02T10:00:00.000Z\t{}\n"
                                                   "b1\tpurchase\tu1\ts1\t2026-03-02T10:05:00.000Z\t{\"revenue\":30}\n"
                                                   "b2\tpage_view\tu9\ts9\t2026-03-03T10:00:00.000Z\t{}\n")
                    .ok());
        QVERIFY(disagreement(db.value(), from, to).isEmpty());
        QCOMPARE(value(db.value(), "revenue", QDate(2026, 3, 2)), 30.0);

        // New events, on a day already rolled up and on a new one.
        QVERIFY(Testing::loadEventText(db.value(), "b1\tpurchase\tu2\ts2\t2026-03-02T23:59:59.999Z\t{\"revenue\":12.5}\n"
                                                   "b1\tpage_view\tu3\ts3\t2026-03-05T00:00:00.000Z\t{}\n")
                    .ok());
        QCOMPARE(value(db.value(), "revenue", QDate(2026, 3, 2)), 42.5);
        QCOMPARE(value(db.value(), "active_users", QDate(2026, 3, 5)), 1.0);
        QVERIFY(disagreement(db.value(), from, to).isEmpty());

        QSqlQuery q(db.value());
        // A changed event: moved to another day and turned into a sign-up.
        QVERIFY(q.exec(QStringLiteral("UPDATE analytics_events SET event_type = 'signup', timestamp = "
                                      "(SELECT timestamp FROM analytics_events WHERE user_id = 'u3') WHERE user_id = 'u2'")));
        QCOMPARE(value(db.value(), "revenue", QDate(2026, 3, 2)), 30.0);
        QCOMPARE(value(db.value(), "signups", QDate(2026, 3, 5)), 1.0);
        QVERIFY(disagreement(db.value(), from, to).isEmpty());
        // A deleted event, and a deleted brand with all its events.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM analytics_events WHERE event_type = 'purchase'")));
        QCOMPARE(value(db.value(), "purchases", QDate(2026, 3, 2)), 0.0);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM brands WHERE id = 'b2'")));
        QVERIFY(disagreement(db.value(), from, to).isEmpty());
        QCOMPARE(Rollups::refresh(db.value())->days, 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM analytics_daily_rollup WHERE brand_id = 'b2'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    /// SQLite gives a new row the highest id plus one: once the newest events are deleted, new events take their
    /// ids again, below the last id the rollup had seen. They are counted all the same.
    void countsEventsThatReuseIds_data() { ScratchDatabase::addDialectRows(); }
    void countsEventsThatReuseIds()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        QByteArray text;
        for (int i = 0; i < 1000; ++i)
            text += QStringLiteral("b1\tpage_view\tu%1\ts%1\t2026-03-0%2T10:00:00.000Z\t{}\n").arg(i).arg(i < 500 ? 2 : 3).toUtf8();
        QVERIFY(Testing::loadEventText(db.value(), text).ok());
        QCOMPARE(value(db.value(), "page_views", QDate(2026, 3, 3)), 500.0);
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM analytics_events WHERE id IN (SELECT id FROM analytics_events ORDER BY id DESC LIMIT 500)")));
        QCOMPARE(value(db.value(), "page_views", QDate(2026, 3, 3)), 0.0);
        text.clear();
        for (int i = 0; i < 500; ++i)
            text += QStringLiteral("b1\tpage_view\tv%1\tt%1\t2026-03-01T10:00:00.000Z\t{}\n").arg(i).toUtf8();
        QVERIFY(Testing::loadEventText(db.value(), text).ok());
        QCOMPARE(value(db.value(), "page_views", QDate(2026, 3, 1)), 500.0);
        QVERIFY(disagreement(db.value(), QDate(2026, 2, 28), QDate(2026, 3, 5)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRollups)
#include "tst_rollups.moc"
