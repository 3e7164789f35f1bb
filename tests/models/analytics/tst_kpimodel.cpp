#include "analytics/kpimodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace Atelier;

/// The Overview's KPI table: the figures, their daily series and their formatting.
class TestKpiModel final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsFigures()
    {
        KpiModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasData());
        Overview o;
        o.events = 12345;
        o.activeUsers = 678;
        o.conversionRate = 0.0425;
        o.revenue = 1234.5;
        o.generations = 9;
        o.dailyEvents = {1, 2, 3};
        o.previous.events = 8000;
        o.previous.activeUsers = 0;
        o.previous.revenue = 1500;
        o.dailyRevenue = {10.5, 0, 3};
        model.setOverview(o);
        QCOMPARE(model.rowCount(), int(KpiModel::KpiCount));
        QCOMPARE(model.columnCount(), int(KpiModel::ColumnCount));
        QCOMPARE(model.index(KpiModel::Events, KpiModel::NameColumn).data().toString(), QStringLiteral("Events"));
        QCOMPARE(model.index(KpiModel::Events, KpiModel::ValueColumn).data().toString(), QStringLiteral("12,345"));
        QCOMPARE(model.index(KpiModel::ConversionRate, KpiModel::ValueColumn).data().toString(), QStringLiteral("4.25 %"));
        QCOMPARE(model.index(KpiModel::Revenue, KpiModel::ValueColumn).data().toString(), QStringLiteral("1,234.50"));
        QCOMPARE(model.index(KpiModel::Revenue, KpiModel::ValueColumn).data(KpiModel::RawValueRole).toDouble(), 1234.5);
        QCOMPARE(model.index(KpiModel::Revenue, 0).data(KpiModel::SeriesRole).value<QList<double>>(), o.dailyRevenue);
        QCOMPARE(model.index(KpiModel::Generations, 0).data(KpiModel::KeyRole).toString(), QStringLiteral("generations"));
        QCOMPARE(model.headerData(KpiModel::ValueColumn, Qt::Horizontal).toString(), QStringLiteral("Value"));
        QCOMPARE(model.index(KpiModel::Events, KpiModel::PreviousColumn).data().toString(), QStringLiteral("8,000"));
        QCOMPARE(model.index(KpiModel::Events, KpiModel::ChangeColumn).data().toString(), QStringLiteral("▲ 54.3 %"));
        QCOMPARE(model.index(KpiModel::Revenue, KpiModel::ChangeColumn).data().toString(), QStringLiteral("▼ 17.7 %"));
        QVERIFY(qAbs(model.index(KpiModel::Events, 0).data(KpiModel::ChangeRole).toDouble() - 0.543125) < 1e-12);
        // Nothing to compare with: no made-up change.
        QCOMPARE(model.index(KpiModel::ActiveUsers, KpiModel::ChangeColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(model.index(KpiModel::ActiveUsers, 0).data(KpiModel::ChangeRole).isNull());
        QCOMPARE(model.headerData(KpiModel::ChangeColumn, Qt::Horizontal).toString(), QStringLiteral("Change"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKpiModel)
#include "tst_kpimodel.moc"
