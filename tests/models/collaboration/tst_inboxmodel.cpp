#include "collaboration/inboxmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Atelier;

class TestInboxModel final : public QObject
{
    Q_OBJECT
private slots:
    void showsItems()
    {
        InboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        Inbox inbox;
        inbox.items.append({QStringLiteral("mention"), {QStringLiteral("ai_generation"), QStringLiteral("g1")}, QStringLiteral("ana"),
                            QStringLiteral("@ben look"), QDateTime::currentDateTimeUtc(), true});
        inbox.items.append({QStringLiteral("share"), {QStringLiteral("ai_collection"), QStringLiteral("c1")}, QStringLiteral("chloe"),
                            QStringLiteral("edit"), QDateTime::currentDateTimeUtc().addDays(-1), false});
        inbox.unreadMentions = 1;
        model.setInbox(inbox);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.unread(), 1);
        QCOMPARE(model.index(0, InboxModel::KindColumn).data().toString(), QStringLiteral("Mentioned you"));
        QCOMPARE(model.index(1, InboxModel::TextColumn).data().toString(), QStringLiteral("Permission: edit"));
        QCOMPARE(model.index(1, InboxModel::ResourceColumn).data().toString(), QStringLiteral("ai_collection c1"));
        QVERIFY(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(1, 0).data(Qt::FontRole).isValid());
        QCOMPARE(model.index(0, 0).data(InboxModel::UnreadRole).toBool(), true);
        QCOMPARE(model.headerData(InboxModel::FromColumn, Qt::Horizontal).toString(), QStringLiteral("From"));
        QCOMPARE(model.columnKey(InboxModel::WhenColumn), QStringLiteral("at"));
        QCOMPARE(model.index(1, InboxModel::TextColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Permission: edit"));
        QCOMPARE(model.index(0, 0).data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("unread"));
        QCOMPARE(model.index(1, 0).data(Qt::AccessibleDescriptionRole).toString(), QStringLiteral("read"));
        QVERIFY(!model.index(0, InboxModel::WhenColumn).data().toString().isEmpty());

        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(headers.size(), 1);
        QCOMPARE(cells.size(), 1);

        inbox.items.removeFirst();
        inbox.unreadMentions = 0;
        model.setInbox(inbox);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.unread(), 0);
        QCOMPARE(model.inbox().items.size(), 1);
        model.setInbox({});
        QCOMPARE(model.rowCount(), 0);
        model.retranslate();
        QCOMPARE(headers.size(), 2);
        QCOMPARE(cells.size(), 1);
    }
};

QTEST_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
