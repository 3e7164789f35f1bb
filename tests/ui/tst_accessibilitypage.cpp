#include "accessibility/accessibilitypage.h"
#include "core/accessibilityaudit.h"
#include "core/accessibilitymodels.h"
#include "core/accessibilityreports.h"
#include "core/accessibilitytour.h"
#include "core/appsettings.h"
#include "core/database.h"
#include "core/keyboardpolicy.h"
#include "core/language.h"
#include "core/mainwindow.h"
#include "core/migrator.h"
#include "core/pools.h"
#include "core/theme.h"
#include "ai/generationqueue.h"
#include "demo/demogenerator.h"
#include "scratchdatabase.h"
#include "workflows/workflowrunner.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {

StoredAccessibilityReport stored(const QString &page, double score, int minutesAgo, const QJsonArray &issues = {})
{
    StoredAccessibilityReport r;
    r.id = page + QString::number(minutesAgo);
    r.page = page;
    r.score = score;
    r.created = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    r.issues = QJsonObject{{QStringLiteral("theme"), QStringLiteral("light")},
                           {QStringLiteral("language"), QStringLiteral("en")},
                           {QStringLiteral("issues"), issues}};
    return r;
}

QJsonObject issue(const QString &rule, int impact, const QString &widget, const QString &message)
{
    return {{QStringLiteral("rule"), rule},
            {QStringLiteral("impact"), impact},
            {QStringLiteral("widget"), widget},
            {QStringLiteral("message"), message},
            {QStringLiteral("rect"), QJsonArray{1, 2, 30, 40}}};
}

} // namespace

/// The Accessibility page: each page's audit score over time and its latest issues, "Run audit now" over every page
/// (one stop per turn of the event loop, stored), and an issue shown on its page with an outline; in French and dark
/// at 1024×700, driven with the keyboard. Pictures go to ATELIER_SCREENSHOT_DIR when it is set.
class TestAccessibilityPage final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtelierTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibilitypage"));
        QSettings().clear();
    }

    void modelsGroupTheReportsByPage()
    {
        AccessibilityScoresModel scores;
        AccessibilityIssuesModel issues;
        QAbstractItemModelTester scoresTester(&scores, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester issuesTester(&issues, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray found{issue(QStringLiteral("text-truncated"), 3, QStringLiteral("a/b/c"), QStringLiteral("cut")),
                               issue(QStringLiteral("control-name"), 10, QStringLiteral("a/d"), QStringLiteral("no name"))};
        // Newest first, as AccessibilityReports::list gives them.
        const auto trends = AccessibilityTrend::fromReports({stored(QStringLiteral("people"), 100, 1), stored(QStringLiteral("audit"), 87, 2, found),
                                                             stored(QStringLiteral("audit"), 74.1, 60), stored(QStringLiteral("audit"), 89.1, 30)});
        scores.setRows(trends);
        QCOMPARE(scores.rowCount(), 2);
        QCOMPARE(scores.index(0, AccessibilityScoresModel::PageColumn).data().toString(), QStringLiteral("audit"));
        QCOMPARE(scores.index(0, AccessibilityScoresModel::ScoreColumn).data().toString(), QStringLiteral("87.0"));
        QCOMPARE(scores.index(0, AccessibilityScoresModel::IssuesColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(scores.index(0, AccessibilityScoresModel::RunsColumn).data().toString(), QStringLiteral("3"));
        // The trend oldest first: as text for a screen reader, as numbers for the line.
        QCOMPARE(scores.index(0, AccessibilityScoresModel::TrendColumn).data().toString(), QStringLiteral("74.1 → 89.1 → 87.0"));
        QCOMPARE(scores.index(0, 0).data(AccessibilityScoresModel::TrendRole).value<QList<double>>(), (QList<double>{74.1, 89.1, 87}));
        QCOMPARE(scores.rowOf(QStringLiteral("people")), 1);
        issues.setRows(AccessibilityFinding::fromReport(trends.at(0).latest));
        QCOMPARE(issues.rowCount(), 2);
        // The most serious first.
        QCOMPARE(issues.index(0, AccessibilityIssuesModel::RuleColumn).data().toString(), QStringLiteral("control-name"));
        QCOMPARE(issues.index(0, AccessibilityIssuesModel::ImpactColumn).data().toString(), QStringLiteral("Critical"));
        QCOMPARE(issues.index(1, 0).data(AccessibilityIssuesModel::WidgetRole).toString(), QStringLiteral("a/b/c"));
        QCOMPARE(issues.rows().at(1).rect, QRect(1, 2, 30, 40));
    }

    /// Qt's QTableView moves from cell to cell with Tab and wraps round: the audit calls it a trap, as it is for a
    /// keyboard user (what atspi_check.py found through AT-SPI); the console's keyboard policy lets Tab leave.
    void tablesLetTabLeave()
    {
        QStandardItemModel cells(3, 2);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *before = new QPushButton(QStringLiteral("Before"), &window);
        auto *table = new QTableView(&window);
        table->setModel(&cells);
        table->setAccessibleName(QStringLiteral("Cells"));
        auto *after = new QPushButton(QStringLiteral("After"), &window);
        layout->addWidget(before);
        layout->addWidget(table);
        layout->addWidget(after);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(table->tabKeyNavigation()); // Qt's default
        table->setFocus();
        for (int i = 0; i < 10; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), table); // it never leaves
        const AccessibilityReport trapped = AccessibilityAudit::audit(&window, QStringLiteral("cells"));
        QCOMPARE(trapped.issues.size(), 1);
        QCOMPARE(trapped.issues.constFirst().rule, QStringLiteral("focus-trap"));
        QVERIFY(trapped.issues.constFirst().widget.endsWith(QLatin1String("QTableView[0]")));
        QVERIFY(table->tabKeyNavigation()); // the audit changed nothing

        installKeyboardPolicy();
        QWidget second;
        auto *secondLayout = new QVBoxLayout(&second);
        auto *secondTable = new QTableView(&second);
        secondTable->setModel(&cells);
        secondTable->setAccessibleName(QStringLiteral("Cells"));
        auto *next = new QPushButton(QStringLiteral("Next"), &second);
        secondLayout->addWidget(secondTable);
        secondLayout->addWidget(next);
        second.show();
        QApplication::setActiveWindow(&second);
        QVERIFY(QTest::qWaitForWindowActive(&second));
        QVERIFY(!secondTable->tabKeyNavigation());
        secondTable->setFocus();
        QTest::keyClick(secondTable, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), next);
        QVERIFY(AccessibilityAudit::audit(&second, QStringLiteral("cells")).issues.isEmpty());
    }

    void runsStoresAndShowsAnIssue_data() { ScratchDatabase::addDialectRows(); }
    void runsStoresAndShowsAnIssue()
    {
        ATELIER_SCRATCH(scratch);
        {
            auto db = Database::open(scratch.url());
            QVERIFY(db.ok());
            QVERIFY(Migrator::migrate(db.value()).ok());
            DemoOptions options;
            options.events = 2000;
            options.days = 20;
            options.generationsPerBrand = 1;
            QVERIFY(DemoGenerator::generate(db.value(), options).ok());
        }
        QVERIFY(Language::apply(QStringLiteral("fr")));
        Theme::apply(QStringLiteral("dark"));
        QTemporaryDir fallback;
        const QString shots = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR", fallback.path());

        MainWindow window(scratch.url());
        for (GenerationQueue *queue : window.findChildren<GenerationQueue *>())
            queue->stop();
        for (WorkflowRunner *runner : window.findChildren<WorkflowRunner *>())
            runner->setHeld(true);
        window.resize(1024, 700);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession(), 30000);
        QVERIFY(window.pageNames().contains(QStringLiteral("accessibility")));
        QVERIFY(MainWindow::availablePages().contains(QStringLiteral("accessibility")));
        auto *page = qobject_cast<AccessibilityPage *>(window.page(QStringLiteral("accessibility")));
        QVERIFY(page);
        QSignalSpy loaded(page, &AccessibilityPage::loaded);
        QVERIFY(window.showPage(QStringLiteral("accessibility")));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        qsizetype before = 0; // the demo data may hold audits already
        {
            auto db = Database::open(scratch.url());
            before = AccessibilityReports::list(db.value(), {}, 1000).value().size();
        }
        QCOMPARE(page->runButton()->text(), QStringLiteral("&Lancer l’audit maintenant"));

        // The stops the run will make (a view's name may change once it is shown: the AI Studio builds its tabs lazily).
        const QStringList stops = AccessibilityTour(&window, window.pageNames() << AccessibilityTour::shellName()).stops();
        // Run audit now, from the keyboard. Between two stops the event loop turns: a zero timer fires.
        int turns = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&] { ++turns; });
        ticker.start();
        auto *progress = page->findChild<QProgressBar *>(QStringLiteral("auditProgress"));
        QVERIFY(progress);
        QList<int> turnsAtStop;
        connect(progress, &QProgressBar::valueChanged, this, [&](int value) {
            if (value > 0)
                turnsAtStop.append(turns);
        });
        QSignalSpy storedSpy(page, &AccessibilityPage::auditStored);
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        page->runButton()->setFocus();
        // The page itself passes the audit it runs.
        const AccessibilityReport self = AccessibilityAudit::audit(page, page->pageName());
        QVERIFY2(self.issues.isEmpty(), qPrintable(self.issues.value(0).message));
        QTest::keyClick(page->runButton(), Qt::Key_Space);
        QVERIFY(page->isAuditing());
        QTRY_VERIFY_WITH_TIMEOUT(storedSpy.count() == 1, 280000);
        ticker.stop();
        QVERIFY(storedSpy.first().first().toBool());
        QVERIFY(!page->isAuditing());
        QCOMPARE(window.currentPage(), page); // back where the person was

        QVERIFY(stops.contains(QStringLiteral("analytics:funnel")));
        QVERIFY(stops.contains(QStringLiteral("main-window")));
        QCOMPARE(turnsAtStop.size(), stops.size());
        for (qsizetype i = 1; i < turnsAtStop.size(); ++i)
            QVERIFY2(turnsAtStop.at(i) > turnsAtStop.at(i - 1), qPrintable(QStringLiteral("no event-loop turn before stop %1").arg(i)));

        // Stored: one report per stop, in this theme and language; the page lists each.
        {
            auto db = Database::open(scratch.url());
            const auto reports = AccessibilityReports::list(db.value(), {}, 1000);
            QVERIFY(reports.ok());
            QCOMPARE(reports.value().size(), before + stops.size());
            QCOMPARE(reports.value().constFirst().issues.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
            QCOMPARE(reports.value().constFirst().issues.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(page->scores()->rowCount() >= int(stops.size()), 20000);
        for (const QString &stop : {QStringLiteral("overview"), QStringLiteral("analytics:funnel"), QStringLiteral("workflows"),
                                    QStringLiteral("accessibility"), QStringLiteral("main-window")})
            QVERIFY2(page->scores()->rowOf(stop) >= 0, qPrintable(stop));
        QVERIFY(page->status().startsWith(QLatin1String("Audit de")) || page->status().contains(QLatin1String("95")));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(window.grab().save(shots + QStringLiteral("/accessibility-page-fr-dark-%1.png").arg(dialect)));

        // An issue on the audit trail page, as a stored report names it: chosen with Enter, its page shows, its widget takes
        // the focus and is outlined, for a few seconds.
        QVERIFY(window.showPage(QStringLiteral("audit")));
        QWidget *trail = window.page(QStringLiteral("audit"));
        QWidget *target = nullptr;
        for (QWidget *w : trail->findChildren<QWidget *>())
            if (w->isVisible() && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled()) {
                target = w;
                break;
            }
        QVERIFY(target);
        const QString path = AccessibilityAudit::pathOf(trail, target);
        {
            auto db = Database::open(scratch.url());
            QVERIFY(AccessibilityReports::record(db.value(), QStringLiteral("audit"), 90,
                                                 QJsonObject{{QStringLiteral("issues"),
                                                              QJsonArray{issue(QStringLiteral("control-name"), 10, path,
                                                                               QStringLiteral("planted"))}}})
                        .ok());
        }
        QVERIFY(window.showPage(QStringLiteral("accessibility")));
        loaded.clear();
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, 20000);
        const int row = page->scores()->rowOf(QStringLiteral("audit"));
        QVERIFY(row >= 0);
        page->scoreTable()->setCurrentIndex(page->scores()->index(row, 0));
        QCOMPARE(page->issues()->rowCount(), 1);
        QCOMPARE(page->issues()->rows().constFirst().widget, path);
        page->issueTable()->setFocus();
        page->issueTable()->setCurrentIndex(page->issues()->index(0, 0));
        QTest::keyClick(page->issueTable(), Qt::Key_Return);
        QCOMPARE(window.currentPage(), trail);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), target, 5000);
        QWidget *outline = page->outline();
        QVERIFY(outline);
        QVERIFY(outline->isVisible());
        const QRect targetRect(target->mapTo(&window, QPoint(0, 0)), target->size());
        QVERIFY(outline->geometry().contains(targetRect));
        QVERIFY(window.grab().save(shots + QStringLiteral("/accessibility-outline-fr-dark-%1.png").arg(dialect)));
        QTRY_VERIFY_WITH_TIMEOUT(!outline->isVisible(), 15000);
    }

    void cleanupTestCase()
    {
        Language::apply(QStringLiteral("en"));
        Theme::apply(QStringLiteral("light"));
    }
};

QTEST_MAIN(TestAccessibilityPage)
#include "tst_accessibilitypage.moc"
