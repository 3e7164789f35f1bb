#include "core/accessibilityaudit.h"
#include "core/database.h"
#include "core/language.h"
#include "core/mainwindow.h"
#include "core/migrator.h"
#include "core/pools.h"
#include "core/settingsdialog.h"
#include "demo/demogenerator.h"
#include "scratchdatabase.h"
#include "workflows/workflowrunner.h" // workflowspage.h hands out a QPointer to it
#include "workflows/workflowspage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLocale>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {
/// The views have their data: the pools are idle, and still idle once the answers they posted were delivered (an
/// answer may ask for more).
bool settled()
{
    const auto idle = [] { return workPool()->activeThreadCount() == 0 && analysisPool()->activeThreadCount() == 0; };
    for (int round = 0; round < 100; ++round) {
        if (!QTest::qWaitFor(idle, 60000))
            return false;
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        if (idle())
            return true;
    }
    return false;
}
} // namespace

/// Spanish ships like French, and the console's dates and numbers follow the language chosen (QLocale()), also in
/// widgets already on screen.
class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtelierTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
        QVERIFY(Language::apply(QStringLiteral("en")));
    }

    void cleanup() { Language::apply(QStringLiteral("en")); }

    void spanishIsOffered()
    {
        QVERIFY(Language::available().contains(QStringLiteral("es")));
        SettingsDialog dialog(QString(), QStringLiteral("es"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(language);
        QCOMPARE(language->currentData().toString(), QStringLiteral("es"));
        QCOMPARE(language->currentText(), QStringLiteral("Español"));
    }

    void pageAndDatesFollowTheLanguage()
    {
        WorkflowsPage page;
        page.resize(1024, 700);
        page.show();
        QDateEdit *from = page.executionFrom();
        const QDate date = from->date();
        const QString englishDate = from->text();
        QCOMPARE(page.title(), QStringLiteral("Workflows"));
        QCOMPARE(englishDate, QLocale().toString(date, from->displayFormat()));

        QVERIFY(Language::apply(QStringLiteral("es")));
        QCOMPARE(Language::current(), QStringLiteral("es"));
        // The page, built in English, is translated when the LanguageChange arrives.
        QCOMPARE(page.title(), QStringLiteral("Flujos de trabajo"));
        QTRY_COMPARE(page.findChild<QTabWidget *>()->tabText(0), QStringLiteral("&Flujos"));
        // Dates and numbers are Spanish: the date edit already on screen names the month in Spanish.
        const QLocale spanish(QLocale::Spanish, QLocale::Spain);
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        QCOMPARE(QLocale().toString(2.5, 'f', 1), QStringLiteral("2,5"));
        QCOMPARE(from->text(), spanish.toString(date, from->displayFormat()));
        QVERIFY(from->text().contains(spanish.monthName(date.month(), QLocale::ShortFormat)));
        QVERIFY(from->text() != englishDate);
        // Built while Spanish is on: the same.
        {
            WorkflowsPage later;
            QCOMPARE(later.title(), QStringLiteral("Flujos de trabajo"));
            QCOMPARE(later.executionFrom()->text(), spanish.toString(later.executionFrom()->date(), from->displayFormat()));
        }

        // And back.
        QVERIFY(Language::apply(QStringLiteral("en")));
        QCOMPARE(page.title(), QStringLiteral("Workflows"));
        QTRY_COMPARE(page.findChild<QTabWidget *>()->tabText(0), QStringLiteral("&Workflows"));
        QVERIFY(QLocale().language() != QLocale::Spanish);
        QCOMPARE(from->text(), englishDate);
    }

    /// The console in Spanish at 1024×700: the menus are Spanish, and on every page no text is cut and no two
    /// mnemonics share a key (the Spanish letters are planned around the window's: Archivo, Ver, Ayuda, Marca, Desde,
    /// Hasta). Pictures of each page go to ATELIER_SCREENSHOT_DIR when it is set.
    void spanishConsoleFits()
    {
        QTemporaryDir fallback;
        const QString shots = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR", fallback.path());
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        {
            auto db = Database::open(scratch.url());
            QVERIFY(Migrator::migrate(db.value()).ok());
            DemoOptions options;
            options.events = 20000;
            options.days = 30;
            options.generationsPerBrand = 2;
            QVERIFY(DemoGenerator::generate(db.value(), options).ok());
        }
        QVERIFY(Language::apply(QStringLiteral("es")));
        MainWindow window(scratch.url());
        window.resize(1024, 700);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession(), 60000);
        QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&Archivo"));
        for (const QString &name : MainWindow::availablePages()) {
            QVERIFY(window.showPage(name));
            QVERIFY2(settled(), qPrintable(name));
            const AccessibilityReport report = AccessibilityAudit::audit(&window, name);
            for (const AccessibilityIssue &issue : report.issues)
                QVERIFY2(issue.rule != QLatin1String("text-truncated") && issue.rule != QLatin1String("shortcut-conflict"),
                         qPrintable(name + QStringLiteral(": ") + issue.message));
            QVERIFY(window.grab().save(shots + QStringLiteral("/es-") + name + QStringLiteral(".png")));
        }
    }

    void frenchToo()
    {
        QDateEdit edit(QDate(2026, 11, 6));
        edit.setDisplayFormat(QStringLiteral("d MMMM yyyy"));
        edit.show();
        QVERIFY(Language::apply(QStringLiteral("fr")));
        QCOMPARE(edit.text(), QStringLiteral("6 novembre 2026"));
        QVERIFY(Language::apply(QStringLiteral("es")));
        QCOMPARE(edit.text(), QStringLiteral("6 noviembre 2026"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QCOMPARE(edit.text(), QStringLiteral("6 November 2026"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
