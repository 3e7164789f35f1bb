#include "core/appsettings.h"
#include "core/brandlistmodel.h"
#include "core/database.h"
#include "core/language.h"
#include "core/mainwindow.h"
#include "core/migrator.h"
#include "core/page.h"
#include "core/shortcutsdialog.h"
#include "core/sqldialect.h"
#include "scratchdatabase.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// Catches what Help ▸ Documentation asks the desktop to open.
class UrlCatcher final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened.append(url); }
};

/// The console as a desktop application: its title names the page and the brand, it comes back as it was left
/// (geometry, splitters, page), its sidebar has icons and whole names in every language, and the Help menu lists
/// the shortcuts really present, opens the documentation and copies what a problem report needs.
class TestDesktopShell final : public QObject
{
    Q_OBJECT
private:
    static bool fill(const DatabaseUrl &url)
    {
        return Testing::fillDemo(url, 3000, 14, 1);
    }

    static bool ready(MainWindow &window) { return !window.isLoadingSession() && window.brands()->rowCount() > 0; }

    static QString brandName(const MainWindow &window)
    {
        for (const Brand &brand : window.brands()->rows())
            if (brand.slug == window.brandSlug())
                return brand.name;
        return {};
    }

    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }

    /// The dialog's rows as "group / action / keys".
    static QStringList rows(const ShortcutsDialog *dialog)
    {
        QStringList out;
        auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
        for (int g = 0; g < tree->topLevelItemCount(); ++g)
            for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
                out << tree->topLevelItem(g)->text(0) + QStringLiteral(" / ") + tree->topLevelItem(g)->child(i)->text(0)
                           + QStringLiteral(" / ") + tree->topLevelItem(g)->child(i)->text(1);
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtelierTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_desktopshell"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        AppSettings::setLanguage(QStringLiteral("en"));
        Language::apply(QStringLiteral("en"));
    }
    void init() { QSettings().clear(); } // each test starts as a newcomer does
    void cleanup() { Language::apply(QStringLiteral("en")); }

    void titleNamesPageAndBrand_data() { ScratchDatabase::addDialectRows(); }
    void titleNamesPageAndBrand()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url()));
        MainWindow window(scratch.url());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(ready(window), 20000);
        const QString brand = brandName(window);
        QVERIFY(!brand.isEmpty());
        QCOMPARE(window.windowTitle(), QStringLiteral("Overview — %1 — Atelier").arg(brand));
        QVERIFY(window.showPage(QStringLiteral("analytics")));
        QCOMPARE(window.windowTitle(), QStringLiteral("Analytics — %1 — Atelier").arg(brand));
        // Another brand: the title follows.
        const QString other = window.brands()->rows().last().slug;
        QVERIFY(window.selectBrand(other));
        QCOMPARE(window.windowTitle(), QStringLiteral("Analytics — %1 — Atelier").arg(window.brands()->rows().last().name));
        // Translated with the window.
        QVERIFY(Language::apply(QStringLiteral("fr")));
        QTRY_COMPARE(window.windowTitle(), QStringLiteral("%1 — %2 — Atelier").arg(window.currentPage()->title(), window.brands()->rows().last().name));
        QVERIFY(!window.windowTitle().startsWith(QStringLiteral("Analytics")));
        const QString french = window.windowTitle();
        QVERIFY(Language::apply(QStringLiteral("es")));
        QTRY_VERIFY2(window.windowTitle() != french, qPrintable(window.windowTitle()));
        QCOMPARE(window.windowTitle(), QStringLiteral("%1 — %2 — Atelier").arg(window.currentPage()->title(), window.brands()->rows().last().name));
    }

    void restoresGeometrySplittersAndPage()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(fill(scratch.url()));
        QRect geometry;
        QList<int> sizes;
        {
            MainWindow window(scratch.url());
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(ready(window), 20000);
            QCOMPARE(window.currentPage()->pageName(), QStringLiteral("overview")); // nothing saved yet
            window.move(40, 30);
            window.resize(window.width() - 60, window.height() - 40);
            QVERIFY(window.showPage(QStringLiteral("audit")));
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
            splitter->setSizes({splitter->sizes().at(0) + 37, total - splitter->sizes().at(0) - 37});
            QTRY_VERIFY(window.isVisible());
            geometry = window.geometry();
            sizes = splitter->sizes();
            QVERIFY(window.close()); // as the person does: the window keeps its state for the next start
        }
        MainWindow window(scratch.url());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(ready(window), 20000);
        QCOMPARE(window.currentPage()->pageName(), QStringLiteral("audit"));
        QCOMPARE(window.geometry(), geometry);
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QTRY_COMPARE(splitter->sizes(), sizes);
        QCOMPARE(window.windowTitle(), QStringLiteral("Audit trail — %1 — Atelier").arg(brandName(window)));
    }

    void sidebarIconsAndWholeNames()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(fill(scratch.url()));
        MainWindow window(scratch.url());
        window.resize(1024, 700);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(ready(window), 20000);
        auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->count(), window.pageNames().size());
        for (int i = 0; i < sidebar->count(); ++i)
            QVERIFY2(!sidebar->item(i)->icon().isNull(), qPrintable(window.pageNames().at(i)));
        for (const char *language : {"en", "fr", "es"}) {
            QVERIFY(Language::apply(QLatin1String(language)));
            QTRY_VERIFY(sidebar->minimumWidth() >= sidebar->sizeHintForColumn(0));
            QCoreApplication::processEvents();
            // Every area's name whole beside its icon.
            for (int i = 0; i < sidebar->count(); ++i) {
                const QRect rect = sidebar->visualItemRect(sidebar->item(i));
                QVERIFY2(sidebar->viewport()->width() >= sidebar->sizeHintForColumn(0),
                         qPrintable(QStringLiteral("%1: %2 < %3").arg(QLatin1String(language)).arg(sidebar->viewport()->width()).arg(sidebar->sizeHintForColumn(0))));
                QVERIFY(rect.isValid());
            }
            // docs/screenshots/sidebar-*.png: the window with its icons, at 1024×700, in each language.
            if (const QString shots = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR"); !shots.isEmpty())
                QVERIFY(window.grab().save(shots + QStringLiteral("/sidebar-%1.png").arg(QLatin1String(language))));
        }
    }

    void shortcutsDialogListsTheShortcutsPresent()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(fill(scratch.url()));
        MainWindow window(scratch.url());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(ready(window), 20000);
        // A page's own action appears under the page, as soon as it exists: the list is read, not written by hand.
        auto *extra = new QAction(QStringLiteral("&Jump to the spring campaign…"), window.page(QStringLiteral("analytics")));
        extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
        window.page(QStringLiteral("analytics"))->addAction(extra);

        action(window, "shortcutsAction")->trigger();
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ShortcutsDialog *>()) && dialog->isVisible());
        const QStringList listed = rows(dialog);
        const auto native = [](const QKeySequence &keys) { return keys.toString(QKeySequence::NativeText); };
        for (const QString &expected :
             {QStringLiteral("Whole window / Export report / ") + native(QKeySequence(Qt::CTRL | Qt::Key_E)),
              QStringLiteral("Whole window / Dark mode / ") + native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)),
              QStringLiteral("Whole window / Comments / ") + native(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)),
              QStringLiteral("Whole window / Overview / ") + native(QKeySequence(Qt::CTRL | Qt::Key_1)),
              QStringLiteral("Whole window / Translations / ") + native(QKeySequence(Qt::CTRL | Qt::Key_0)), // the tenth page
              QStringLiteral("Whole window / Keyboard shortcuts / ") + native(QKeySequence(Qt::CTRL | Qt::Key_F1)),
              QStringLiteral("Whole window / Documentation / ") + native(QKeySequence::HelpContents),
              QStringLiteral("Analytics / Jump to the spring campaign / ") + native(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J))})
            QVERIFY2(listed.contains(expected), qPrintable(expected + QStringLiteral("\nnot in:\n") + listed.join(QLatin1Char('\n'))));
        // Every action of the window that has a shortcut and a name is there.
        const auto actions = window.findChildren<QAction *>();
        for (const QAction *a : actions) {
            if (a->shortcut().isEmpty() || a->text().isEmpty())
                continue;
            const QString keys = native(a->shortcut());
            QVERIFY2(std::any_of(listed.begin(), listed.end(), [&](const QString &row) { return row.contains(keys); }),
                     qPrintable(a->text() + QLatin1Char(' ') + keys));
        }
        dialog->close();

        // In French, the dialog and its groups too.
        QVERIFY(Language::apply(QStringLiteral("fr")));
        QTRY_COMPARE(action(window, "shortcutsAction")->text(), QStringLiteral("&Raccourcis clavier"));
        const auto entries = ShortcutsDialog::collect(&window);
        QVERIFY(std::any_of(entries.begin(), entries.end(), [](const ShortcutsDialog::Entry &e) {
            return e.place == QStringLiteral("Toute la fenêtre") && e.action == QStringLiteral("Exporter le rapport");
        }));
        // docs/screenshots/shortcuts-fr.png, when the test command asks for pictures.
        if (const QString shots = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR"); !shots.isEmpty()) {
            action(window, "shortcutsAction")->trigger();
            ShortcutsDialog *french = nullptr;
            QTRY_VERIFY((french = window.findChild<ShortcutsDialog *>()) && french->isVisible());
            QCOMPARE(french->windowTitle(), QStringLiteral("Raccourcis clavier"));
            QVERIFY(french->grab().save(shots + QStringLiteral("/shortcuts-fr.png")));
            french->close();
        }
    }

    void documentationOpensTheDocs()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY(fill(scratch.url()));
        MainWindow window(scratch.url());
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        action(window, "documentationAction")->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(catcher.opened.size(), 1);
        // Built, not installed: this source tree's docs/ (installed: PREFIX/share/doc/atelier).
        const QDir docs(catcher.opened.first().toLocalFile());
        QVERIFY2(docs.exists(QStringLiteral("cli.md")) && docs.exists(QStringLiteral("workflows.md")), qPrintable(docs.path()));
    }

    void reportCopiesVersionsAndSchema_data() { ScratchDatabase::addDialectRows(); }
    void reportCopiesVersionsAndSchema()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url()));
        MainWindow window(scratch.url());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(ready(window), 20000);
        QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
        action(window, "reportProblemAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("Atelier: ")), 10000);
        const QString report = QGuiApplication::clipboard()->text();
        auto db = Database::open(scratch.url());
        QVERIFY(db);
        const int schema = Migrator::latestVersion(SqlDialect::of(db.value()));
        const QString kind = scratch.url().isSqlite() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
        for (const QString &line : {QStringLiteral("Atelier: %1\n").arg(QLatin1String(ATELIER_VERSION)),
                                    QStringLiteral("Qt: %1 (built with %2)\n").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)),
                                    QStringLiteral("Database: %1 ").arg(kind),
                                    QStringLiteral("Schema version: %1 (this build knows %1)\n").arg(schema),
                                    QStringLiteral("Language: en\n"), QStringLiteral("Platform: offscreen\n")})
            QVERIFY2(report.contains(line), qPrintable(line + QStringLiteral(" not in:\n") + report));
        // Nothing that names the server, the file or the person.
        const QString where = scratch.url().isSqlite() ? scratch.url().path : scratch.url().database;
        QVERIFY(!where.isEmpty());
        QVERIFY2(!report.contains(scratch.url().displayString()) && !report.contains(where), qPrintable(report));
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Copied to the clipboard")),
                 qPrintable(window.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestDesktopShell)
#include "tst_desktopshell.moc"
