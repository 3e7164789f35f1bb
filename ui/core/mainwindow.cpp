#include "mainwindow.h"

#include "ai/generationqueue.h"

#include "core/appsettings.h"
#include "core/connectionloss.h"
#include "core/pools.h"
#include "core/brandlistmodel.h"
#include "core/database.h"
#include "core/databasecredentials.h"
#include "core/language.h"
#include "daterangeselector.h"
#include "keyboardpolicy.h"
#include "demo/firststart.h"
#include "collaboration/commentspanel.h"
#include "collaboration/inboxpage.h"
#include "collaboration/peoplepage.h"
#include "security/auditpage.h"
#include "monitoring/monitoringpage.h"
#include "workflows/workflowrunner.h"
#include "core/consolemonitor.h"
#include "workflows/workflowspage.h"
#include "i18n/translationspage.h"
#include "accessibility/accessibilitypage.h"
#include "ai/aistudiopage.h"
#include "overview/overviewpage.h"
#include "analytics/analyticspage.h"
#include "security/audittrail.h"
#include "page.h"
#include "passworddialog.h"
#include "plaintext.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "splittermemory.h"
#include "core/problemreport.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QIcon>
#include <QUrl>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSplitter>
#include <QThreadPool>
#include <QToolBar>

#include <algorithm>

namespace Atelier {

namespace {
const QString kBrandKey = QStringLiteral("ui/brand");
const QString kGeometryKey = QStringLiteral("ui/window/geometry");
const QString kStateKey = QStringLiteral("ui/window/state");
const QString kPageKey = QStringLiteral("ui/window/page");

/// The sidebar's icon of a page: the desktop theme's, else ours (resources/icons/pages).
QIcon pageIcon(const QString &pageName)
{
    static const QHash<QString, QString> themeNames = {
        {QStringLiteral("overview"), QStringLiteral("go-home")},
        {QStringLiteral("analytics"), QStringLiteral("office-chart-line")},
        {QStringLiteral("ai-studio"), QStringLiteral("applications-graphics")},
        {QStringLiteral("inbox"), QStringLiteral("mail-unread")},
        {QStringLiteral("people"), QStringLiteral("system-users")},
        {QStringLiteral("audit"), QStringLiteral("security-high")},
        {QStringLiteral("monitoring"), QStringLiteral("utilities-system-monitor")},
        {QStringLiteral("workflows"), QStringLiteral("system-run")},
        {QStringLiteral("accessibility"), QStringLiteral("preferences-desktop-accessibility")},
        {QStringLiteral("translations"), QStringLiteral("preferences-desktop-locale")},
    };
    const QString ours = QStringLiteral(":/icons/pages/%1.svg").arg(pageName);
    const QIcon fallback(QFile::exists(ours) ? ours : QStringLiteral(":/icons/pages/page.svg"));
    const QString themeName = themeNames.value(pageName);
    return themeName.isEmpty() ? fallback : QIcon::fromTheme(themeName, fallback);
}

/// The sidebar's pages, in its order: their names (`atelier --page`), and their titles before they are built, in the
/// page's own translation context (as its title() says them). Eager pages are built with the window: the Overview
/// is shown first, the inbox shows its unread count in the sidebar and the translations page keeps the console's
/// live translations, hidden or not (both follow the context when hidden). The others are built when first shown.
struct PageEntry
{
    const char *name;
    const char *context;
    const char *title;
    bool eager;
};
const PageEntry kPages[] = {
    {"overview", "Atelier::OverviewPage", QT_TRANSLATE_NOOP("Atelier::OverviewPage", "Overview"), true},
    {"analytics", "Atelier::AnalyticsPage", QT_TRANSLATE_NOOP("Atelier::AnalyticsPage", "Analytics"), false},
    {"ai-studio", "Atelier::AiStudioPage", QT_TRANSLATE_NOOP("Atelier::AiStudioPage", "AI Studio"), false},
    {"inbox", "Atelier::InboxPage", QT_TRANSLATE_NOOP("Atelier::InboxPage", "Inbox"), true},
    {"people", "Atelier::PeoplePage", QT_TRANSLATE_NOOP("Atelier::PeoplePage", "People"), false},
    {"audit", "Atelier::AuditPage", QT_TRANSLATE_NOOP("Atelier::AuditPage", "Audit trail"), false},
    {"monitoring", "Atelier::MonitoringPage", QT_TRANSLATE_NOOP("Atelier::MonitoringPage", "Monitoring"), false},
    {"workflows", "Atelier::WorkflowsPage", QT_TRANSLATE_NOOP("Atelier::WorkflowsPage", "Workflows"), false},
    {"accessibility", "Atelier::AccessibilityPage", QT_TRANSLATE_NOOP("Atelier::AccessibilityPage", "Accessibility"), false},
    {"translations", "Atelier::TranslationsPage", QT_TRANSLATE_NOOP("Atelier::TranslationsPage", "Translations"), true},
};
constexpr int kPageCount = int(std::size(kPages));

/// The documentation: installed beside the program (PREFIX/share/doc/atelier), else the source tree's docs/.
QString documentationFolder()
{
    const QDir installed(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/atelier"));
    if (installed.exists())
        return installed.canonicalPath();
    const QDir source(QStringLiteral(ATELIER_SOURCE_DOCS));
    return source.exists() ? source.canonicalPath() : QString();
}
}

MainWindow::MainWindow(const DatabaseUrl &database, QWidget *parent)
    : QMainWindow(parent), m_database(database), m_sidebar(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_toolbar(new QToolBar(this)), m_brandLabel(new QLabel(this)), m_brand(new QComboBox(this)),
      m_brandModel(new BrandListModel(this)), m_range(new DateRangeSelector(this)), m_databaseStatus(new QLabel(this)),
      m_userStatus(new QLabel(this)), m_settingsAction(new QAction(this)), m_quitAction(new QAction(this)),
      m_aboutAction(new QAction(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    installKeyboardPolicy(); // Tab leaves tables, in this window and every dialog
    resize(1180, 760);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setMaximumWidth(280);
    m_sidebar->setIconSize(QSize(18, 18));
    m_brand->setObjectName(QStringLiteral("brandSelector"));
    m_brand->setModel(m_brandModel);
    showToolTipsAsPlainText(m_brand->view()); // brand names
    m_brand->setMinimumContentsLength(16);
    m_brandLabel->setBuddy(m_brand);
    m_toolbar->setObjectName(QStringLiteral("contextToolbar"));
    m_toolbar->setMovable(false);
    m_toolbar->addWidget(m_brandLabel);
    m_toolbar->addWidget(m_brand);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(m_range);
    addToolBar(Qt::TopToolBarArea, m_toolbar);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    new SplitterMemory(this); // every splitter of the window keeps the sizes people give it
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);
    m_databaseStatus->setObjectName(QStringLiteral("databaseStatus"));
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    m_databaseStatus->setTextFormat(Qt::PlainText); // a URL as typed
    m_userStatus->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_databaseStatus);
    statusBar()->addPermanentWidget(m_userStatus);

    m_fileMenu = menuBar()->addMenu(QString());
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_helpMenu = menuBar()->addMenu(QString());
    addHelpActions();
    m_helpMenu->addAction(m_aboutAction);

    // The workflow runner runs while the console is open, whatever page is shown; the Workflows page shows its state.
    m_workflowRunner = new WorkflowRunner(this);
    m_workflowRunner->setObjectName(QStringLiteral("workflowRunner"));
    connect(m_workflowRunner, &WorkflowRunner::problem, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // And its monitoring rounds, off the GUI thread: one open console (or `atelier monitor`) per database does each.
    m_monitor = new ConsoleMonitor(this);
    m_monitor->setObjectName(QStringLiteral("consoleMonitor"));
    connect(m_monitor, &ConsoleMonitor::problem, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // A connection the server dropped (it restarted) is opened again by the next request, whichever thread: said here.
    connect(ConnectionEvents::instance(), &ConnectionEvents::reconnected, this, [this](const QString &where) {
        statusBar()->showMessage(tr("Reconnected to %1: the server had closed the connection, as it does when it restarts.").arg(where), 10000);
    });
    // Every page has its row and its shortcut now; a page not built yet has a placeholder in the stack.
    for (int index = 0; index < kPageCount; ++index) {
        const QString name = QLatin1String(kPages[index].name);
        m_sidebar->addItem(new QListWidgetItem(pageIcon(name), QString()));
        auto *action = new QAction(this);
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth (Key_1 + 9 is the colon).
        if (index < 10)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(index < 9 ? Qt::Key_1 + index : Qt::Key_0)));
        connect(action, &QAction::triggered, this, [this, index] { m_sidebar->setCurrentRow(index); });
        m_viewMenu->addAction(action);
        m_pageActions.append(action);
        Page *page = kPages[index].eager ? makePage(index) : nullptr;
        m_pages->addWidget(page ? static_cast<QWidget *>(page) : new QWidget(m_pages));
        m_built.append(page);
        if (page)
            connectPage(page, index);
    }
    // Comments on what is on screen, beside it; hidden until asked for (View menu, Ctrl+Shift+M).
    m_comments = new CommentsPanel(this);
    addDockWidget(Qt::RightDockWidgetArea, m_comments);
    m_comments->hide();
    QAction *commentsAction = m_comments->toggleViewAction();
    commentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(commentsAction);
    m_darkAction = new QAction(this);
    m_darkAction->setCheckable(true);
    m_darkAction->setChecked(Theme::stored() == QLatin1String("dark"));
    m_darkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_viewMenu->addAction(m_darkAction);
    connect(m_darkAction, &QAction::toggled, this, [](bool dark) {
        const QString mode = dark ? QStringLiteral("dark") : QStringLiteral("light");
        Theme::store(mode);
        Theme::apply(mode);
    });

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        ensurePage(row);
        m_pages->setCurrentIndex(row);
        pushContext();
    });
    connect(m_brand, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (row >= 0)
            QSettings().setValue(kBrandKey, m_brandModel->rows().at(row).slug);
        pushContext();
    });
    connect(m_range, &DateRangeSelector::rangeChanged, this, &MainWindow::pushContext);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_exportAction, &QAction::triggered, this, [this] {
        // The toolbar's brand and range, whichever page is on screen (hidden pages do not follow the context).
        analytics()->exportReport(context());
    });
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Atelier"),
                           tr("Atelier %1\nThe operations console for analytics, AI Studio and collaboration.")
                               .arg(QLatin1String(ATELIER_VERSION)));
    });

    retranslate();
    m_sidebar->setCurrentRow(0);
    restoreWindowState();
    loadSession();
    startQueue();
}

MainWindow::~MainWindow()
{
    retireQueue();
}

Page *MainWindow::makePage(int index)
{
    const QLatin1String name(kPages[index].name);
    Page *page = nullptr;
    if (name == QLatin1String("overview")) {
        page = new OverviewPage(this);
    } else if (name == QLatin1String("analytics")) {
        page = m_analytics = new AnalyticsPage(this);
    } else if (name == QLatin1String("ai-studio")) {
        page = m_studio = new AiStudioPage(this);
        m_studio->setQueue(m_queue);
    } else if (name == QLatin1String("inbox")) {
        page = new InboxPage(this);
    } else if (name == QLatin1String("people")) {
        page = new PeoplePage(this);
    } else if (name == QLatin1String("audit")) {
        page = new AuditPage(this);
    } else if (name == QLatin1String("monitoring")) {
        page = new MonitoringPage(this);
    } else if (name == QLatin1String("workflows")) {
        auto *workflows = new WorkflowsPage(this);
        workflows->setRunner(m_workflowRunner);
        page = workflows;
    } else if (name == QLatin1String("accessibility")) {
        page = new AccessibilityPage(this);
    } else if (name == QLatin1String("translations")) {
        page = new TranslationsPage(this); // everyone reads; it also keeps the console's live translations
    }
    Q_ASSERT(page && page->pageName() == name);
    return page;
}

Page *MainWindow::ensurePage(int index)
{
    if (index < 0 || index >= m_built.size())
        return nullptr;
    if (Page *built = m_built.at(index))
        return built;
    Page *page = makePage(index);
    // In the placeholder's place: the page shown stays shown (inserting before it, then removing, moves it back).
    QWidget *placeholder = m_pages->widget(index);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    m_built[index] = page;
    connectPage(page, index);
    m_sidebar->item(index)->setText(page->title());
    m_pageActions.at(index)->setText(page->title());
    return page;
}

AnalyticsPage *MainWindow::analytics()
{
    ensurePage(int(availablePages().indexOf(QStringLiteral("analytics"))));
    return m_analytics;
}

void MainWindow::connectPage(Page *page, int index)
{
    connect(page, &Page::failed, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(page, &Page::commentTargetChanged, this, [this, page] {
        if (page == currentPage())
            pushContext();
    });
    connect(page, &Page::titleChanged, this, [this, page, index] {
        m_sidebar->item(index)->setText(page->title());
        m_pageActions.at(index)->setText(page->title());
        if (page == currentPage())
            updateWindowTitle();
    });
}

QStringList MainWindow::availablePages()
{
    QStringList names;
    for (const PageEntry &entry : kPages)
        names.append(QLatin1String(entry.name));
    return names;
}

QStringList MainWindow::pageNames() const
{
    return availablePages();
}

bool MainWindow::showPage(const QString &name)
{
    const int index = int(pageNames().indexOf(name));
    if (index < 0)
        return false;
    m_sidebar->setCurrentRow(index);
    return true;
}

Page *MainWindow::currentPage() const
{
    return m_built.value(m_pages->currentIndex()); // built before it is shown
}

Page *MainWindow::page(const QString &name) const
{
    // Building a page is a lookup that happens to make it: a MainWindow is never const itself.
    return const_cast<MainWindow *>(this)->ensurePage(int(pageNames().indexOf(name)));
}

bool MainWindow::selectBrand(const QString &slug)
{
    const int row = m_brandModel->rowOfSlug(slug);
    if (row < 0)
        return false;
    m_brand->setCurrentIndex(row);
    return true;
}

QString MainWindow::brandSlug() const
{
    const int row = m_brand->currentIndex();
    return row < 0 ? QString() : m_brandModel->rows().at(row).slug;
}

bool MainWindow::isLoadingSession() const
{
    return m_session.isRunning();
}

void MainWindow::loadSession()
{
    m_databaseStatus->setText(tr("Database: %1").arg(m_database.displayString()));
    m_userStatus->setText(tr("User: …"));
    const DatabaseUrl url = m_database;
    m_session.startWithDatabase(
        url,
        [url](const QSqlDatabase &db, CancelToken &) -> Result<Session> {
            auto brands = BrandService::list(db);
            if (!brands)
                return brands.error();
            // The sign-in goes into the audit trail; if it cannot, the console says so rather than carry on silently.
            const Status signedIn = AuditTrail::record(db, QStringLiteral("sign_in"), QStringLiteral("database"), url.displayString());
            return Session{brands.value(), Database::currentUser(db), signedIn ? QString() : signedIn.error().message};
        },
        [this](const Result<Session> &session) { sessionFinished(session); });
}

void MainWindow::sessionFinished(const Result<Session> &session)
{
    if (!session) {
        m_userStatus->setText(tr("User: unknown"));
        QMessageBox::critical(this, tr("Cannot open the database"), plainToolTip(session.error().message));
        return;
    }
    m_user = session->user;
    m_userStatus->setText(tr("User: %1").arg(m_user));
    const QSignalBlocker blocker(m_brand);
    m_brandModel->setRows(session->brands);
    const int saved = m_brandModel->rowOfSlug(QSettings().value(kBrandKey).toString());
    m_brand->setCurrentIndex(session->brands.isEmpty() ? -1 : std::max(0, saved));
    if (!session->auditProblem.isEmpty())
        statusBar()->showMessage(tr("The sign-in could not be recorded in the audit trail: %1").arg(session->auditProblem));
    else if (session->brands.isEmpty())
        statusBar()->showMessage(tr("This database has no brands yet: run \"atelier demo --database %1\" to fill it "
                                    "with demo data.").arg(m_database.displayString()));
    pushContext();
    emit sessionLoaded();
}

ViewContext MainWindow::context() const
{
    return {m_database, brandSlug(), m_range->from(), m_range->to()};
}

void MainWindow::pushContext()
{
    updateWindowTitle();
    if (isLoadingSession())
        return;
    const ViewContext context = this->context();
    if (Page *page = currentPage(); page && page->hasComments() && page->commentResource().size() == 2)
        m_comments->setResource(m_database, {page->commentResource().at(0), page->commentResource().at(1)}, brandSlug());
    else if (page && page->hasComments() && !brandSlug().isEmpty())
        m_comments->setResource(m_database, {QStringLiteral("analytics_chart"), brandSlug() + QLatin1Char('/') + page->commentKey()},
                                brandSlug());
    else
        m_comments->setResource(m_database, {}, {});
    for (Page *page : std::as_const(m_built)) {
        if (page && (page == currentPage() || page->followsContextWhenHidden()))
            page->setContext(context);
    }
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_database.toString(), Language::current(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.language() != Language::current()) {
        Language::apply(dialog.language());
        AppSettings::setLanguage(dialog.language());
    }
    auto url = DatabaseUrl::parse(dialog.databaseUrl());
    if (url && url->toString() != m_database.toString())
        setDatabase(url.value());
}

void MainWindow::setDatabase(const DatabaseUrl &database, bool keepPassword)
{
    // Migrating may take a moment: it runs on the pool, and the session reload follows it. Asking for another
    // database meanwhile supersedes this one.
    m_preparing.start(
        [database](CancelToken &) { return FirstStart::prepare(database, false, {}); },
        [this, database, keepPassword](const Result<StartReport> &result) {
            if (!result && database.password.isEmpty() && DatabaseCredentials::isPasswordError(result.error())) {
                const auto answer = PasswordDialog::ask(
                    this, database, DatabaseCredentials::isWrongPassword(result.error()) ? result.error().message : QString());
                if (answer) {
                    DatabaseCredentials::remember(database, answer->password);
                    setDatabase(database, answer->keepInKeychain);
                    return;
                }
            }
            if (!result) {
                QMessageBox::critical(this, tr("Cannot open the database"), plainToolTip(result.error().message));
                return;
            }
            m_database = database;
            // Saved only once it works, and without its password, which stays in memory for this session.
            AppSettings::setStoredDatabaseUrl(database.displayString());
            if (keepPassword)
                keepPasswordInKeychain(database);
            loadSession();
            startQueue();
            emit databaseChanged();
        });
}

void MainWindow::keepPasswordInKeychain(const DatabaseUrl &database)
{
    // The keychain may take a moment (or ask to be unlocked): the pool waits for it, not the GUI thread.
    const QString password = DatabaseCredentials::lookup(database);
    m_keychain.start([database, password](CancelToken &) { return DatabaseCredentials::storeInKeychain(database, password); },
                     [this](const Status &stored) {
                         if (!stored)
                             statusBar()->showMessage(stored.error().message, 10000);
                     });
}

void MainWindow::startQueue()
{
    retireQueue(); // its jobs go back to the queue for the next desktop, or this one
    GenerationQueue::Options options;
    options.url = m_database;
    m_queue = new GenerationQueue(options, this);
    connect(m_queue, &GenerationQueue::problem, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_queue->start();
    if (m_studio)
        m_studio->setQueue(m_queue);
    m_workflowRunner->setDatabase(m_database); // a pass on the previous database is cancelled
    m_monitor->setDatabase(m_database);
}

void MainWindow::retireQueue()
{
    if (!m_queue)
        return;
    if (m_studio)
        m_studio->setQueue(nullptr);
    GenerationQueue *old = std::exchange(m_queue, nullptr);
    // Nothing here refers to it any more: it leaves this thread, so that the worker may delete it once stopped (its
    // destructor stops it). The global pool is joined when the application ends, so its jobs are given back then too.
    old->disconnect();
    old->setParent(nullptr);
    old->moveToThread(nullptr);
    workPool()->start([old] { delete old; });
}

void MainWindow::retranslate()
{
    updateWindowTitle();
    m_brandLabel->setText(tr("&Brand:"));
    m_brand->setAccessibleName(tr("Brand"));
    m_sidebar->setAccessibleName(tr("Areas"));
    m_toolbar->setWindowTitle(tr("Brand and date range"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_settingsAction->setText(tr("&Settings…"));
    m_exportAction->setText(tr("&Export report…"));
    m_darkAction->setText(tr("&Dark mode"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Atelier"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_documentationAction->setText(tr("&Documentation"));
    m_reportAction->setText(tr("&Report a problem"));
    for (int i = 0; i < kPageCount; ++i) {
        const QString title = m_built.at(i) ? m_built.at(i)->title() : QCoreApplication::translate(kPages[i].context, kPages[i].title);
        m_sidebar->item(i)->setText(title);
        m_pageActions.at(i)->setText(title);
    }
    // Every area's name whole, in every language ("Journal d'audit" was cut to "Journal d'a" in French).
    m_sidebar->setMinimumWidth(std::min(m_sidebar->sizeHintForColumn(0) + 2 * m_sidebar->frameWidth() + 12, m_sidebar->maximumWidth()));
    m_databaseStatus->setText(tr("Database: %1").arg(m_database.displayString()));
    m_userStatus->setText(m_user.isEmpty() ? tr("User: …") : tr("User: %1").arg(m_user));
}

void MainWindow::updateWindowTitle()
{
    const Page *page = currentPage();
    const int row = m_brand->currentIndex();
    const QString brand = row < 0 || row >= m_brandModel->rows().size() ? QString() : m_brandModel->rows().at(row).name;
    if (!page)
        setWindowTitle(tr("Atelier"));
    else if (brand.isEmpty())
        setWindowTitle(tr("%1 — Atelier", "window title: page").arg(page->title()));
    else
        setWindowTitle(tr("%1 — %2 — Atelier", "window title: page, brand").arg(page->title(), brand));
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    const QString page = settings.value(kPageKey).toString();
    if (!page.isEmpty())
        showPage(page); // a page that no longer exists leaves the first
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (const Page *page = currentPage())
        settings.setValue(kPageKey, page->pageName());
    if (const auto *splitters = findChild<SplitterMemory *>(QString(), Qt::FindDirectChildrenOnly))
        splitters->saveAll();
    QMainWindow::closeEvent(event);
}

void MainWindow::addHelpActions()
{
    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        for (int index = 0; index < kPageCount; ++index)
            ensurePage(index); // every page's shortcuts, also of those not opened yet
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_documentationAction = new QAction(this);
    m_documentationAction->setObjectName(QStringLiteral("documentationAction"));
    m_documentationAction->setShortcut(QKeySequence::HelpContents);
    connect(m_documentationAction, &QAction::triggered, this, [this] {
        const QString folder = documentationFolder();
        if (folder.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            statusBar()->showMessage(folder.isEmpty() ? tr("The documentation is not installed (looked in %1).")
                                                            .arg(QDir::cleanPath(QCoreApplication::applicationDirPath()
                                                                                 + QStringLiteral("/../share/doc/atelier")))
                                                      : tr("No application opens the folder %1.").arg(folder),
                                     10000);
    });
    m_reportAction = new QAction(this);
    m_reportAction->setObjectName(QStringLiteral("reportProblemAction"));
    connect(m_reportAction, &QAction::triggered, this, &MainWindow::reportProblem);
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addAction(m_documentationAction);
    m_helpMenu->addAction(m_reportAction);
    m_helpMenu->addSeparator();
}

void MainWindow::reportProblem()
{
    const DatabaseUrl url = m_database;
    const QString language = Language::current();
    statusBar()->showMessage(tr("Collecting the versions for the report…"));
    m_report.start([url, language](CancelToken &) { return ProblemReport::describe(url, language); },
                   [this](const QString &report) {
                       QGuiApplication::clipboard()->setText(report + QStringLiteral("Platform: %1\n").arg(QGuiApplication::platformName()));
                       statusBar()->showMessage(tr("Copied to the clipboard: the versions of Atelier, Qt and the database, and "
                                                   "the schema version. Paste them into your report."),
                                                15000);
                   });
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace Atelier
