#include "analytics/correlationservice.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "demo/demogenerator.h"
#include "scratchdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Correlations between daily metrics, and their storage in analytics_correlations.
class TestCorrelationService final : public QObject
{
    Q_OBJECT
private slots:
    void pairsFromSeries()
    {
        const QList<double> up = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        QList<double> down, flat(20, 4.0);
        for (double v : up)
            down.append(40 - 2 * v);
        const auto pairs = CorrelationService::fromSeries({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                                          {up, down, flat});
        QCOMPARE(pairs.size(), 3);
        QCOMPARE(pairs.at(0).a, QStringLiteral("a"));
        QCOMPARE(pairs.at(0).b, QStringLiteral("b"));
        QVERIFY(std::abs(*pairs.at(0).pearson + 1.0) < 1e-12);
        QVERIFY(std::abs(*pairs.at(0).spearman + 1.0) < 1e-12);
        QCOMPARE(*pairs.at(0).pValue, 0.0);
        // A flat series: nothing to correlate, and nothing made up.
        QVERIFY(!pairs.at(1).pearson.has_value());
        QVERIFY(!pairs.at(1).pValue.has_value());
        QVERIFY(!pairs.at(1).spearman.has_value());
    }

    void computesAndStores_data() { ScratchDatabase::addDialectRows(); }
    void computesAndStores()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        DemoOptions options;
        options.events = 40000;
        options.days = 60;
        options.end = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
        options.generationsPerBrand = 2;
        QVERIFY(DemoGenerator::generate(db.value(), options).ok());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("nordwear"));
        const QStringList metrics = {QStringLiteral("page_views"), QStringLiteral("sessions"), QStringLiteral("revenue")};
        const auto pairs = CorrelationService::compute(db.value(), brand.value(), QDate(2026, 4, 1), QDate(2026, 6, 1), metrics);
        QVERIFY2(pairs.ok(), qPrintable(pairs.ok() ? QString() : pairs.error().message));
        QCOMPARE(pairs->size(), 3);
        // Page views come from sessions: the two move together, strongly and significantly.
        const CorrelationPair &views = pairs->at(0);
        QCOMPARE(views.b, QStringLiteral("sessions"));
        QVERIFY2(*views.pearson > 0.8, qPrintable(QString::number(*views.pearson)));
        QVERIFY(*views.pValue < 0.001);
        QVERIFY(views.grangerP.has_value() && *views.grangerP >= 0 && *views.grangerP <= 1);
        QVERIFY(views.grangerLag >= 1 && views.grangerLag <= CorrelationService::maxGrangerLag);

        QVERIFY(CorrelationService::persist(db.value(), brand.value(), QDate(2026, 4, 1), QDate(2026, 6, 1), pairs.value()).ok());
        QSqlQuery q(db.value());
        q.prepare(QStringLiteral("SELECT metric1, metric2, correlation, significance, spearman, granger_p, range_from "
                                 "FROM analytics_correlations WHERE brand_id = ? ORDER BY metric1, metric2"));
        q.addBindValue(brand->id);
        QVERIFY(q.exec());
        int rows = 0;
        while (q.next()) {
            ++rows;
            if (q.value(0).toString() == QLatin1String("page_views") && q.value(1).toString() == QLatin1String("sessions")) {
                QCOMPARE(q.value(2).toDouble(), *views.pearson);
                QCOMPARE(q.value(3).toDouble(), *views.pValue);
                QCOMPARE(q.value(5).toDouble(), *views.grangerP);
                QCOMPARE(SqlDialect::of(db.value()).toDateTime(q.value(6)).date(), QDate(2026, 4, 1));
            }
        }
        QCOMPARE(rows, 3);
    }

    void refusesBadInput()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = Database::open(scratch.url());
        QVERIFY(Migrator::migrate(db.value()).ok());
        const Brand brand{QStringLiteral("b"), QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("x")};
        const auto unknown = CorrelationService::compute(db.value(), brand, QDate(2026, 1, 1), QDate(2026, 2, 1),
                                                         {QStringLiteral("revenue"), QStringLiteral("happiness")});
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QLatin1String("Unknown daily metric \"happiness\"")));
        const auto single = CorrelationService::compute(db.value(), brand, QDate(2026, 1, 1), QDate(2026, 2, 1),
                                                        {QStringLiteral("revenue")});
        QVERIFY(!single.ok());
    }
};

QTEST_GUILESS_MAIN(TestCorrelationService)
#include "tst_correlationservice.moc"
