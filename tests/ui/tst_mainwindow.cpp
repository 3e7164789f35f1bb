#include "ai/generation.h"
#include "ai/generationservice.h"
#include "analytics/kpimodel.h"
#include "analytics/overviewservice.h"
#include "analytics/analyticspage.h"
#include "core/appsettings.h"
#include "core/brandlistmodel.h"
#include "core/database.h"
#include "core/databasecredentials.h"
#include "core/daterangeselector.h"
#include "core/language.h"
#include "core/mainwindow.h"
#include "core/page.h"
#include "core/migrator.h"
#include "core/settingsdialog.h"
#include "overview/overviewpage.h"
#include "collaboration/commentspanel.h"
#include "collaboration/inboxmodel.h"
#include "collaboration/inboxpage.h"
#include "collaboration/peoplepage.h"
#include "scratchdatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUuid>
#include <QTableWidget>
#include <QAction>
#include <QTreeWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QFile>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// The console shell, offscreen: it opens on the demo data, shows the chosen brand's KPIs, switches
/// brand and language, and its settings dialog tests connections.
class TestMainWindow final : public QObject
{
    Q_OBJECT
private:
    static bool fill(const DatabaseUrl &url)
    {
        return Testing::fillDemo(url, 40000, 60, 4);
    }

    static QString cardValue(MainWindow &window, const QString &key)
    {
        auto *label = window.findChild<QLabel *>(QStringLiteral("value_") + key);
        return label ? label->text() : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtelierTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        // Test-mode settings outlive a run: start from none, as a newcomer does.
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        AppSettings::setLanguage(QStringLiteral("en"));
        Language::apply(QStringLiteral("en"));
    }

    void cleanup() { Language::apply(QStringLiteral("en")); }

    void showsOverviewOfDemoData_data() { ScratchDatabase::addDialectRows(); }
    void showsOverviewOfDemoData()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url()));
        MainWindow window(scratch.url());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession() && window.brands()->rowCount() >= 12, 20000);
        // Every page atelier --page knows, in the sidebar's order, the Overview first.
        QCOMPARE(window.pageNames(), MainWindow::availablePages());
        QCOMPARE(window.pageNames().value(0), QStringLiteral("overview"));
        for (const char *name : {"analytics", "ai-studio", "inbox", "people", "audit", "workflows", "translations"})
            QVERIFY2(window.pageNames().contains(QLatin1String(name)), name);
        QVERIFY(window.showPage(QStringLiteral("overview")));
        QVERIFY(!window.showPage(QStringLiteral("nowhere")));
        auto *status = window.findChild<QLabel *>(QStringLiteral("databaseStatus"));
        QVERIFY(status->text().contains(scratch.url().displayString()));
        QTRY_VERIFY(!window.findChild<QLabel *>(QStringLiteral("userStatus"))->text().contains(QLatin1String("…")));
        {
            // Opening the database is a sign-in, and the audit trail has it.
            auto db = Database::open(scratch.url());
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM security_audits WHERE action = 'sign_in' AND resource_type = 'database'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }

        auto *page = qobject_cast<OverviewPage *>(window.page(QStringLiteral("overview")));
        QVERIFY(page);
        for (const QString &slug : {QStringLiteral("glow-lab"), QStringLiteral("casa-clara")}) {
            QSignalSpy loaded(page, &OverviewPage::loaded);
            QVERIFY(window.selectBrand(slug));
            QVERIFY(loaded.wait(20000) || loaded.count() > 0);
            QTRY_VERIFY(!page->isLoading());
            auto db = Database::open(scratch.url());
            const auto expected = OverviewService::load(db.value(), slug, window.dateRange()->from(), window.dateRange()->to());
            QVERIFY(expected.ok());
            QVERIFY(expected->events > 0);
            QCOMPARE(cardValue(window, QStringLiteral("events")), KpiModel::formatValue(KpiModel::Events, double(expected->events)));
            QCOMPARE(cardValue(window, QStringLiteral("active_users")),
                     KpiModel::formatValue(KpiModel::ActiveUsers, double(expected->activeUsers)));
            QCOMPARE(cardValue(window, QStringLiteral("conversion_rate")),
                     KpiModel::formatValue(KpiModel::ConversionRate, expected->conversionRate));
            QCOMPARE(cardValue(window, QStringLiteral("revenue")), KpiModel::formatValue(KpiModel::Revenue, expected->revenue));
            QCOMPARE(cardValue(window, QStringLiteral("generations")),
                     KpiModel::formatValue(KpiModel::Generations, double(expected->generations)));
            QCOMPARE(page->model()->index(KpiModel::Events, KpiModel::ValueColumn).data().toString(),
                     cardValue(window, QStringLiteral("events")));
        }
        QCOMPARE(window.brandSlug(), QStringLiteral("casa-clara"));
        // Cancel stops the load and says so; the figures already shown stay as they were.
        const QString shown = cardValue(window, QStringLiteral("events"));
        QVERIFY(window.selectBrand(QStringLiteral("glow-lab")));
        QPushButton *cancel = nullptr;
        for (auto *button : page->findChildren<QPushButton *>())
            if (button->text() == QLatin1String("Cancel"))
                cancel = button;
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!page->isLoading());
        QVERIFY(!cancel->isVisible());
        QCOMPARE(cardValue(window, QStringLiteral("events")), shown);
        bool said = false;
        for (auto *label : page->findChildren<QLabel *>())
            said = said || label->text() == QLatin1String("Loading cancelled.");
        QVERIFY(said);
        if (!qEnvironmentVariableIsEmpty("ATELIER_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("ATELIER_SCREENSHOT_DIR") + QStringLiteral("/console-") + scratch.url().displayString().left(6) + QStringLiteral(".png"));
    }

    /// The inbox counts new mentions in the sidebar, clears them on "Mark all read", and on PostgreSQL
    /// hears a new one written from another connection.
    void inboxCountsMentions_data() { ScratchDatabase::addDialectRows(); }
    void inboxCountsMentions()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url()));
        qputenv("USER", "tester");
        // The person the console acts as: the local one on SQLite, the login role's on PostgreSQL.
        const QString me = scratch.url().isSqlite() ? QStringLiteral("tester") : scratch.url().user;
        auto db = Database::open(scratch.url());
        auto mention = [&](const QString &id) {
            QSqlQuery q(db.value());
            return q.exec(QStringLiteral("INSERT INTO comments (id, resource_type, resource_id, content, author_id, brand_id) "
                                         "SELECT '%1', 'analytics_chart', 'overview', '@%2 have a look', u.id, b.id "
                                         "FROM users u, brands b WHERE u.username = 'ana' AND b.slug = 'glow-lab'")
                              .arg(id, me));
        };
        QVERIFY(mention(QStringLiteral("m1")));
        // The demo's installation-wide alert would be in this administrator's inbox too (monitoring, issue 19).
        QVERIFY(QSqlQuery(db.value()).exec(QStringLiteral("DELETE FROM alerts")));
        MainWindow window(scratch.url());
        window.show();
        auto *sidebar = window.findChild<QListWidget *>();
        QVERIFY(sidebar);
        QTRY_COMPARE_WITH_TIMEOUT(sidebar->item(3)->text(), QStringLiteral("Inbox (1)"), 20000);
        auto *page = qobject_cast<InboxPage *>(window.page(QStringLiteral("inbox")));
        QVERIFY(window.showPage(QStringLiteral("inbox")));
        QCOMPARE(page->model()->rowCount(), 1);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("markRead")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sidebar->item(3)->text(), QStringLiteral("Inbox"), 10000);
        if (!scratch.url().isSqlite()) {
            // The inbox hears of it once its listening thread has said LISTEN: the server shows that connection.
            auto listening = [&] {
                QSqlQuery q(db.value());
                return q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                             "AND query LIKE 'LISTEN %atelier_changes%'"))
                    && q.next() && q.value(0).toInt() >= 1;
            };
            QTRY_VERIFY_WITH_TIMEOUT(listening(), 10000);
            QVERIFY(mention(QStringLiteral("m2"))); // another console's comment, announced by PostgreSQL
            QTRY_COMPARE_WITH_TIMEOUT(sidebar->item(3)->text(), QStringLiteral("Inbox (1)"), 2000);
        }
    }

    /// Comments beside the Overview of a brand: post, reply in the thread, resolve.
    void commentsBesideTheOverview_data() { ScratchDatabase::addDialectRows(); }
    void commentsBesideTheOverview()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url()));
        MainWindow window(scratch.url());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession() && window.brands()->rowCount() >= 12, 20000);
        QVERIFY(window.selectBrand(QStringLiteral("glow-lab")));
        CommentsPanel *panel = window.comments();
        QVERIFY(!panel->isVisible());
        panel->toggleViewAction()->trigger();
        QVERIFY(panel->isVisible());
        QTRY_VERIFY(!panel->isBusy());
        QCOMPARE(panel->commentCount(), 0);
        panel->findChild<QPlainTextEdit *>(QStringLiteral("commentText"))->setPlainText(QStringLiteral("Why the dip, @ana?"));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("postComment")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->commentCount(), 1, 10000);
        auto *tree = panel->findChild<QTreeWidget *>(QStringLiteral("commentTree"));
        tree->setCurrentItem(tree->topLevelItem(0));
        panel->findChild<QPlainTextEdit *>(QStringLiteral("commentText"))->setPlainText(QStringLiteral("The outage of the 14th."));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("replyComment")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(panel->commentCount(), 2, 10000);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
        tree->setCurrentItem(tree->topLevelItem(0));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("resolveComment")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tree->topLevelItem(0) && tree->topLevelItem(0)->text(0).contains(QLatin1String("(resolved)")), 10000);
        // Another brand has its own thread.
        QVERIFY(window.selectBrand(QStringLiteral("casa-clara")));
        QTRY_COMPARE_WITH_TIMEOUT(panel->commentCount(), 0, 10000);
        // An empty comment is refused with a message, and nothing is written.
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("postComment")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->findChild<QLabel *>(QStringLiteral("commentProblem"))->text().isEmpty(), 10000);
        QCOMPARE(panel->commentCount(), 0);
    }

    /// The administrator adds a person to the brand chosen in the toolbar, changes their role, takes them out;
    /// on SQLite the page says why there is no one to manage.
    void peopleAdministration_data() { ScratchDatabase::addDialectRows(); }
    void peopleAdministration()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url()));
        MainWindow window(scratch.url());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession() && window.brands()->rowCount() >= 12, 20000);
        QVERIFY(window.selectBrand(QStringLiteral("nordwear")));
        QVERIFY(window.showPage(QStringLiteral("people")));
        auto *page = qobject_cast<PeoplePage *>(window.page(QStringLiteral("people")));
        QTRY_VERIFY(!page->isBusy());
        auto *notice = page->findChild<QLabel *>(QStringLiteral("peopleNotice"));
        if (scratch.url().isSqlite()) {
            QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains(QLatin1String("one local person")), 10000);
            QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("addPerson"))->isEnabled());
            return;
        }
        QTRY_VERIFY_WITH_TIMEOUT(page->rowCount() > 0, 10000);
        const int before = page->rowCount();
        const QString name = QStringLiteral("ui_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        page->findChild<QLineEdit *>(QStringLiteral("personName"))->setText(name);
        page->findChild<QLineEdit *>(QStringLiteral("personPassword"))->setText(QStringLiteral("a fine password"));
        page->findChild<QComboBox *>(QStringLiteral("personRole"))->setCurrentText(QStringLiteral("analyst"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addPerson")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->rowCount(), before + 1, 10000);
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("peopleTable"));
        auto brandsOf = [&]() {
            for (int r = 0; r < table->rowCount(); ++r)
                if (table->item(r, 0)->text() == name)
                    return table->item(r, 3)->text();
            return QString();
        };
        QCOMPARE(brandsOf(), QStringLiteral("nordwear (analyst)"));
        page->findChild<QComboBox *>(QStringLiteral("personRole"))->setCurrentText(QStringLiteral("editor"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("changeRole")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(brandsOf(), QStringLiteral("nordwear (editor)"), 10000);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("removeFromBrand")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(brandsOf(), QString(), 10000);
        // A second add of the same name is refused, and the page says why.
        page->findChild<QLineEdit *>(QStringLiteral("personPassword"))->setText(QStringLiteral("a fine password"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addPerson")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains(QLatin1String("already exists")), 10000);
    }

    /// The console runs the generation queue of its database: a job queued elsewhere (the command line, another
    /// desktop) is done while it is open.
    void runsTheGenerationQueue_data() { ScratchDatabase::addDialectRows(); }
    void runsTheGenerationQueue()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db && Migrator::migrate(db.value()));
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('b1', 'b1', 'B', 'fashion')")));
        GenerationRequest r;
        r.brandId = QStringLiteral("b1");
        r.provider = QStringLiteral("offline");
        r.model = QStringLiteral("offline-preview");
        r.prompt = QStringLiteral("a lighthouse at dusk");
        r.width = 256;
        r.height = 256;
        auto g = GenerationService::enqueue(db.value(), r);
        QVERIFY2(g, qPrintable(g ? QString() : g.error().message));
        QCOMPARE(g->status, QStringLiteral("pending"));
        MainWindow window(scratch.url());
        QTRY_COMPARE_WITH_TIMEOUT(GenerationService::get(db.value(), g->id)->status, QStringLiteral("completed"), 20000);
    }

    void switchesLanguage()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(fill(scratch.url()));
        MainWindow window(scratch.url());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession() && window.brands()->rowCount() > 0, 20000);
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Overview"));
        // The translator's change event is posted: the window follows once events are processed.
        QVERIFY(Language::apply(QStringLiteral("fr")));
        QTRY_COMPARE(sidebar->item(0)->text(), QStringLiteral("Vue d’ensemble"));
        // The page and the brand, then the product (tst_desktopshell checks the title in each language).
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("Vue d’ensemble — ")) && window.windowTitle().endsWith(QStringLiteral(" — Atelier")),
                 qPrintable(window.windowTitle()));
        QVERIFY2(window.findChild<QLabel *>(QStringLiteral("databaseStatus"))->text().startsWith(QStringLiteral("Base de données")), qPrintable(window.findChild<QLabel *>(QStringLiteral("databaseStatus"))->text()));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("value_events"))->parentWidget()->findChild<QLabel *>()->text(),
                 QStringLiteral("Événements"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QTRY_COMPARE(sidebar->item(0)->text(), QStringLiteral("Overview"));
        QVERIFY(!Language::apply(QStringLiteral("xx")));
    }

    /// Opening the console builds the Overview, the inbox and the translations page; every other page is built when
    /// first shown (or asked for), its sidebar row titled meanwhile, in the console's language.
    void buildsPagesWhenFirstShown()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(fill(scratch.url()));
        MainWindow window(scratch.url());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession() && window.brands()->rowCount() > 0, 20000);
        const auto built = [&window] {
            QStringList names;
            for (const Page *page : window.findChildren<Page *>())
                if (!page->parentWidget() || !page->parentWidget()->inherits("Atelier::Page"))
                    names.append(page->pageName());
            names.sort();
            return names;
        };
        QCOMPARE(built(), (QStringList{QStringLiteral("inbox"), QStringLiteral("overview"), QStringLiteral("translations")}));
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        const int analytics = int(window.pageNames().indexOf(QStringLiteral("analytics")));
        QCOMPARE(sidebar->item(analytics)->text(), QStringLiteral("Analytics"));
        QVERIFY(!window.findChild<AnalyticsPage *>());
        sidebar->setCurrentRow(analytics); // a click
        QVERIFY(window.findChild<AnalyticsPage *>());
        QCOMPARE(window.currentPage()->pageName(), QStringLiteral("analytics"));
        QVERIFY(window.currentPage()->isVisible());
        QVERIFY(built().contains(QStringLiteral("analytics")));
        // Asked for by name (atelier --page, the accessibility tour, tests): built, not shown.
        QVERIFY(qobject_cast<PeoplePage *>(window.page(QStringLiteral("people"))));
        QCOMPARE(window.currentPage()->pageName(), QStringLiteral("analytics"));
        const int audit = int(window.pageNames().indexOf(QStringLiteral("audit")));
        QVERIFY(Language::apply(QStringLiteral("fr")));
        QTRY_COMPARE(sidebar->item(audit)->text(), QStringLiteral("Journal d’audit"));
        QVERIFY(!built().contains(QStringLiteral("audit")));
        QVERIFY(window.showPage(QStringLiteral("audit")));
        QCOMPARE(sidebar->item(audit)->text(), QStringLiteral("Journal d’audit"));
        QCOMPARE(window.currentPage()->pageName(), QStringLiteral("audit"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        QTRY_COMPARE(sidebar->item(audit)->text(), QStringLiteral("Audit trail"));
    }

    void switchesDatabaseOnlyWhenItOpens()
    {
        ScratchDatabase first(QStringLiteral("sqlite"));
        QVERIFY(fill(first.url()));
        MainWindow window(first.url());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession() && window.brands()->rowCount() > 0, 20000);
        AppSettings::setStoredDatabaseUrl(QString());

        // A file that is not a database: a dialog says so, nothing is saved, the console stays where it was.
        QTemporaryDir dir;
        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a database");
        }
        QString seen;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&seen] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                seen = box->text();
                box->accept();
            }
        });
        poll.start(20);
        window.setDatabase(DatabaseUrl::sqliteFile(notes));
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 10000);
        QVERIFY2(seen.contains(QLatin1String("is not a SQLite database")), qPrintable(seen));
        QCOMPARE(AppSettings::storedDatabaseUrl(), QString());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("databaseStatus"))->text().contains(first.url().displayString()));

        // A database that opens: the console moves to it and remembers it.
        ScratchDatabase second(QStringLiteral("sqlite"));
        QSignalSpy changed(&window, &MainWindow::databaseChanged);
        window.setDatabase(second.url());
        QVERIFY(changed.wait(10000));
        QCOMPARE(AppSettings::storedDatabaseUrl(), second.url().displayString());
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("databaseStatus"))->text().contains(second.url().displayString()));
        QTRY_COMPARE(window.brands()->rowCount(), 0);
        AppSettings::setStoredDatabaseUrl(QString());
    }

    /// A PostgreSQL URL without a password, and none in ~/.pgpass: the console asks (again after a wrong one), keeps
    /// the password in memory only, and saves the URL without it.
    void asksForDatabasePassword()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        const QByteArray pgpassword = qgetenv("PGPASSWORD"), pgpassfile = qgetenv("PGPASSFILE");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", QFile::encodeName(scratch.folder() + QStringLiteral("/none")));
        ScratchDatabase first(QStringLiteral("sqlite"));
        QVERIFY(fill(first.url()));
        MainWindow window(first.url());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession(), 20000);
        AppSettings::setStoredDatabaseUrl(QString());

        DatabaseUrl bare = scratch.url();
        bare.password.clear();
        int asked = 0;
        QString shown;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("passwordDialog"))
                return;
            ++asked;
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                shown += label->text() + QLatin1Char('\n');
            auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("password"));
            if (!password || password->echoMode() != QLineEdit::Password)
                return dialog->reject();
            password->setText(asked == 1 ? QStringLiteral("not-the-password") : scratch.url().password);
            if (const QString shots = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR"); asked == 2 && !shots.isEmpty())
                dialog->grab().save(shots + QStringLiteral("/database-password.png"));
            dialog->accept();
        });
        poll.start(20);
        QSignalSpy changed(&window, &MainWindow::databaseChanged);
        window.setDatabase(bare);
        const bool switched = changed.wait(30000);
        poll.stop();
        qputenv("PGPASSWORD", pgpassword);
        qputenv("PGPASSFILE", pgpassfile);
        QVERIFY2(switched, qPrintable(shown));
        QCOMPARE(asked, 2);
        QVERIFY2(shown.contains(QLatin1String("Wrong password")), qPrintable(shown)); // the second time, it says why
        QVERIFY(!shown.contains(QLatin1String("not-the-password")));
        QCOMPARE(DatabaseCredentials::lookup(bare), scratch.url().password);
        QCOMPARE(AppSettings::storedDatabaseUrl(), bare.displayString());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession(), 20000);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("userStatus"))->text().contains(bare.user));
        AppSettings::setStoredDatabaseUrl(QString());
    }

    void settingsTestsConnections()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(fill(scratch.url()));
        SettingsDialog dialog(QStringLiteral("mysql://root@localhost/x"), QStringLiteral("en"));
        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testConnection"));
        QSignalSpy finished(&dialog, &SettingsDialog::testFinished);
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY2(dialog.testMessage().contains(QLatin1String("Unsupported database scheme")), qPrintable(dialog.testMessage()));

        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("databaseUrl"));
        url->setText(scratch.url().toString());
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QVERIFY2(dialog.testMessage().contains(QLatin1String("Connected to SQLite")), qPrintable(dialog.testMessage()));
        QCOMPARE(dialog.language(), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
