#include "core/database.h"
#include "core/migrator.h"
#include "security/auditmodel.h"
#include "security/auditpage.h"
#include "security/audittrail.h"
#include "scratchdatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// The audit trail viewer: lazy paging through the rows, filters, Verify and CSV export, offscreen.
class TestAuditPage final : public QObject
{
    Q_OBJECT
private slots:
    void modelPagesLazily()
    {
        AuditModel model;
        QSignalSpy asked(&model, &AuditModel::fetchRequested);
        QVERIFY(model.canFetchMore({}));
        // The tester fetches too, as a view would; either way one request goes out, and only one.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().toLongLong(), 0);
        QVERIFY(!model.canFetchMore({})); // one request at a time
        QList<AuditRecord> page;
        for (int i = 1; i <= 3; ++i) {
            AuditRecord r;
            r.seq = i;
            r.action = QStringLiteral("view");
            r.username = QStringLiteral("ana");
            r.createdAtMs = 1790000000000 + i;
            page.append(r);
        }
        model.appendPage(page, true);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, AuditModel::SeqColumn).data().toLongLong(), 3);
        QCOMPARE(model.index(0, AuditModel::UserColumn).data().toString(), QStringLiteral("ana"));
        model.fetchMore({});
        QCOMPARE(asked.last().first().toLongLong(), 3); // rows after the last one held
        model.appendPage({}, false);
        QVERIFY(!model.canFetchMore({}));
        model.reset();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}) || model.isFetching()); // from the start again (the tester may have asked already)
    }

    void browsesFiltersVerifiesExports_data() { ScratchDatabase::addDialectRows(); }
    void browsesFiltersVerifiesExports()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db.ok());
        QVERIFY(Migrator::migrate(db.value()).ok());
        for (int i = 0; i < 450; ++i)
            QVERIFY(AuditTrail::record(db.value(), i % 9 == 0 ? QStringLiteral("export") : QStringLiteral("view"),
                                       QStringLiteral("analytics_report"), QStringLiteral("r%1").arg(i))
                        .ok());
        AuditPage page;
        page.resize(1000, 700);
        page.show();
        QSignalSpy loaded(&page, &AuditPage::pageLoaded);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        page.setContext({scratch.url(), QString(), today.addDays(-1), today.addDays(1)});
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), AuditModel::pageSize, 20000);
        // More rows arrive as people scroll: the view asks the model, the model asks the page.
        page.table()->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > AuditModel::pageSize, 20000);
        // Page by page to the end: 450 rows are a handful of pages, so more turns than that means paging is stuck.
        const int maxPages = 450 / AuditModel::pageSize + 2;
        for (int pages = 0;; ++pages) {
            QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isFetching(), 20000);
            if (!page.model()->canFetchMore({}))
                break;
            QVERIFY2(pages < maxPages, qPrintable(QStringLiteral("still more to fetch after %1 pages, at %2 rows")
                                                      .arg(pages)
                                                      .arg(page.model()->rowCount())));
            page.model()->fetchMore({});
        }
        QCOMPARE(page.model()->rowCount(), 450);
        QVERIFY(page.model()->record(449).seq > page.model()->record(0).seq);

        // The action filter: only exports.
        auto *action = page.findChild<QComboBox *>();
        action->setCurrentIndex(action->findData(QStringLiteral("export")));
        page.applyFilter();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 50, 20000);
        for (int r = 0; r < page.model()->rowCount(); ++r)
            QCOMPARE(page.model()->record(r).action, QStringLiteral("export"));

        // Verify walks the whole chain.
        QSignalSpy verified(&page, &AuditPage::verified);
        page.verify();
        QVERIFY(verified.wait(20000));
        QVERIFY2(page.verdict().startsWith(QStringLiteral("Intact")), qPrintable(page.verdict()));

        // Export writes what the filter shows.
        QSignalSpy exported(&page, &AuditPage::exported);
        const QString path = scratch.folder() + QStringLiteral("/audit.csv");
        page.exportTo(path);
        QVERIFY(exported.wait(20000));
        QVERIFY(exported.first().first().toBool());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 51); // the header, then 50 exports
        // A folder that does not exist: a clear message, no file.
        QSignalSpy failed(&page, &AuditPage::exported);
        page.exportTo(scratch.folder() + QStringLiteral("/nowhere/audit.csv"));
        QVERIFY(failed.wait(20000));
        QVERIFY(!failed.first().first().toBool());
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
