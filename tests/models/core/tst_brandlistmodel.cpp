#include "core/brandlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Atelier;

/// The brand selector's model.
class TestBrandListModel final : public QObject
{
    Q_OBJECT
private slots:
    void listsBrands()
    {
        BrandListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setRows({{QStringLiteral("b1"), QStringLiteral("glow-lab"), QStringLiteral("Glow Lab"), QStringLiteral("beauty")},
                       {QStringLiteral("b2"), QStringLiteral("nordwear"), QStringLiteral("Nordwear"), QStringLiteral("fashion")}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Glow Lab"));
        QCOMPARE(model.index(1).data(BrandListModel::SlugRole).toString(), QStringLiteral("nordwear"));
        QCOMPARE(model.index(1).data(BrandListModel::IndustryRole).toString(), QStringLiteral("fashion"));
        QCOMPARE(model.index(0).data(BrandListModel::IdRole).toString(), QStringLiteral("b1"));
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QLatin1String("glow-lab")));
        QCOMPARE(model.rowOfSlug(QStringLiteral("nordwear")), 1);
        QCOMPARE(model.rowOfSlug(QStringLiteral("missing")), -1);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBrandListModel)
#include "tst_brandlistmodel.moc"
