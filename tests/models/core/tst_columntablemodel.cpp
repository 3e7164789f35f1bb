#include "core/columntablemodel.h"
#include "../markingtranslator.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::MarkingTranslator;

namespace {

struct Fruit
{
    QString id;
    QString name;
    int count = 0;
};

} // namespace

/// A model on the base, as the models of models/ write one.
class FruitModel final : public ColumnTableModel<Fruit>
{
    Q_OBJECT
public:
    enum Column { NameColumn, CountColumn, NoteColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole, IdRole };

    explicit FruitModel(QObject *parent = nullptr)
        : ColumnTableModel(columnTable(), [](const Fruit &f) { return f.id; }, {.key = IdRole, .sort = SortRole}, parent)
    {
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (role == Qt::ToolTipRole && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return rows().at(index.row()).id;
        if (role == Qt::DisplayRole && index.column() == NoteColumn && checkIndex(index))
            return tr("note %1").arg(index.row());
        return ColumnTableModel::data(index, role);
    }

private:
    static std::span<const TableColumn> columnTable()
    {
        static const TableColumn columns[] = {
            {.key = "name",
             .header = QT_TR_NOOP("Name"),
             .display = [](const Fruit &f) { return f.name; },
             .sort = [](const Fruit &f) -> QVariant { return f.name.toLower(); }},
            {.key = "count",
             .header = QT_TR_NOOP("Count"),
             .display = [](const Fruit &f) { return tr("%1 left").arg(f.count); },
             .sort = [](const Fruit &f) -> QVariant { return f.count; },
             .alignment = Qt::AlignRight | Qt::AlignVCenter,
             .toolTip = QT_TR_NOOP("How many are left")},
            {.key = "note", .header = QT_TR_NOOP("Note")},
        };
        static_assert(std::size(columns) == ColumnCount);
        return columns;
    }
};

class TestColumnTableModel final : public QObject
{
    Q_OBJECT
private slots:
    void headersAndCells()
    {
        FruitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(FruitModel::ColumnCount));
        QCOMPARE(model.headerData(FruitModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(model.headerData(FruitModel::CountColumn, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("How many are left"));
        QVERIFY(!model.headerData(FruitModel::NameColumn, Qt::Horizontal, Qt::ToolTipRole).isValid());
        QVERIFY(!model.headerData(FruitModel::ColumnCount, Qt::Horizontal).isValid());
        QVERIFY(!model.headerData(-1, Qt::Horizontal).isValid());
        QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 1); // rows keep their numbers
        QCOMPARE(model.columnKey(FruitModel::CountColumn), QStringLiteral("count"));
        QCOMPARE(model.columnKey(7), QString());
        QCOMPARE(model.columnOf(u"note"), int(FruitModel::NoteColumn));
        QCOMPARE(model.columnOf(u"Name"), -1); // keys are exact
        QCOMPARE(model.keyRole(), int(FruitModel::IdRole));
        QCOMPARE(model.sortRole(), int(FruitModel::SortRole));

        model.setRows({{QStringLiteral("a"), QStringLiteral("Pear"), 3}, {QStringLiteral("b"), QStringLiteral("apple"), 12}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, FruitModel::NameColumn).data().toString(), QStringLiteral("Pear"));
        QCOMPARE(model.index(1, FruitModel::CountColumn).data().toString(), QStringLiteral("12 left"));
        QCOMPARE(model.index(1, FruitModel::NoteColumn).data().toString(), QStringLiteral("note 1"));
        QCOMPARE(model.index(0, FruitModel::NameColumn).data(FruitModel::SortRole).toString(), QStringLiteral("pear"));
        QCOMPARE(model.index(1, FruitModel::CountColumn).data(FruitModel::SortRole).toInt(), 12);
        QVERIFY(!model.index(1, FruitModel::NoteColumn).data(FruitModel::SortRole).isValid()); // no sort value
        QCOMPARE(model.index(1, FruitModel::NoteColumn).data(FruitModel::IdRole).toString(), QStringLiteral("b"));
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("a"));
        QCOMPARE(Qt::Alignment(model.index(0, FruitModel::CountColumn).data(Qt::TextAlignmentRole).toInt()), Qt::AlignRight | Qt::AlignVCenter);
        QVERIFY(!model.index(0, FruitModel::NameColumn).data(Qt::TextAlignmentRole).isValid());
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
        QVERIFY(!model.index(5, 0).data().isValid());
        QCOMPARE(model.rowOf(QStringLiteral("b")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("z")), -1);

        // A proxy sorts on the sort role, not on the text: "12 left" after "3 left".
        QSortFilterProxyModel sorted;
        QAbstractItemModelTester sortedTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        sorted.setSourceModel(&model);
        sorted.setSortRole(FruitModel::SortRole);
        sorted.sort(FruitModel::CountColumn, Qt::DescendingOrder);
        QCOMPARE(sorted.index(0, FruitModel::NameColumn).data().toString(), QStringLiteral("apple"));
        sorted.sort(FruitModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(sorted.index(0, FruitModel::NameColumn).data().toString(), QStringLiteral("apple"));

        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(sorted.rowCount(), 0);
    }

    void changesKeepOtherRows()
    {
        FruitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({{QStringLiteral("a"), QStringLiteral("Pear"), 3}, {QStringLiteral("b"), QStringLiteral("Apple"), 12}});
        const QPersistentModelIndex apple = model.index(1, 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.insertRowAt(0, {QStringLiteral("c"), QStringLiteral("Fig"), 1});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(apple.row(), 2); // a view's selection follows its row
        model.insertRowAt(99, {QStringLiteral("d"), QStringLiteral("Kiwi"), 4}); // past the end: last
        QCOMPARE(model.rowOf(QStringLiteral("d")), 3);

        model.replaceRow(2, {QStringLiteral("b"), QStringLiteral("Apple"), 11});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(2, 0));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(2, FruitModel::ColumnCount - 1));
        QCOMPARE(apple.data(FruitModel::SortRole).toString(), QStringLiteral("apple"));
        QCOMPARE(model.index(2, FruitModel::CountColumn).data().toString(), QStringLiteral("11 left"));
        model.replaceRow(9, {}); // no such row: nothing
        QCOMPARE(changed.size(), 1);

        model.removeRowAt(0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(apple.row(), 1);
        model.removeRowAt(-1);
        QCOMPARE(removed.size(), 1);

        model.appendRows({{QStringLiteral("e"), QStringLiteral("Lime"), 2}, {QStringLiteral("f"), QStringLiteral("Plum"), 5}});
        model.appendRows({});
        QCOMPARE(inserted.size(), 3);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOf(QStringLiteral("f")), 4);
        QCOMPARE(resets.size(), 0);
    }

    void retranslatesInItsOwnContext()
    {
        FruitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        model.retranslate(); // empty: the headers only
        QCOMPARE(headers.size(), 1);
        QCOMPARE(cells.size(), 0);

        model.setRows({{QStringLiteral("a"), QStringLiteral("Pear"), 3}, {QStringLiteral("b"), QStringLiteral("Apple"), 12}});
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        model.retranslate();
        QCOMPARE(headers.size(), 2);
        QCOMPARE(headers.last().at(0).value<Qt::Orientation>(), Qt::Horizontal);
        QCOMPARE(headers.last().at(1).toInt(), 0);
        QCOMPARE(headers.last().at(2).toInt(), FruitModel::ColumnCount - 1);
        QCOMPARE(cells.size(), 1);
        QCOMPARE(cells.last().at(0).value<QModelIndex>(), model.index(0, 0));
        QCOMPARE(cells.last().at(1).value<QModelIndex>(), model.index(1, FruitModel::ColumnCount - 1));
        QCOMPARE(model.headerData(FruitModel::CountColumn, Qt::Horizontal).toString(), QStringLiteral("FruitModel|Count"));
        QCOMPARE(model.headerData(FruitModel::CountColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
                 QStringLiteral("FruitModel|How many are left"));
        QCOMPARE(model.index(0, FruitModel::CountColumn).data().toString(), QStringLiteral("FruitModel|3 left")); // tr() in the table
        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QCOMPARE(model.headerData(FruitModel::CountColumn, Qt::Horizontal).toString(), QStringLiteral("Count"));
    }
};

QTEST_MAIN(TestColumnTableModel)
#include "tst_columntablemodel.moc"
