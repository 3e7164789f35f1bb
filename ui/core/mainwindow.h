#pragma once

#include "core/brandservice.h"
#include "core/databaseurl.h"
#include "core/request.h"
#include "core/result.h"
#include "demo/firststart.h"
#include "viewcontext.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;
class QAction;

namespace Atelier {

class BrandListModel;
class DateRangeSelector;
class Page;
class CommentsPanel;
class GenerationQueue;
class AnalyticsPage;
class AiStudioPage;
class WorkflowRunner;
class ConsoleMonitor;

/// Brands and the signed-in user, loaded together when a database is opened.
struct Session final
{
    QList<Brand> brands;
    QString user;
    QString auditProblem; // why the sign-in could not be recorded in the audit trail, if it could not
};

/// The console's main window: a sidebar of areas, the shared brand and date-range selectors, and a
/// status bar naming the database and the user.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(const DatabaseUrl &database, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The page names `--page` accepts, known before any window exists.
    static QStringList availablePages();
    QStringList pageNames() const;
    bool showPage(const QString &name);
    Page *currentPage() const;
    /// The page called \a name, built now if it was not yet (pages other than the Overview, the inbox and the
    /// translations are built when first shown, so that opening the console builds three pages, not ten).
    Page *page(const QString &name) const;
    bool selectBrand(const QString &slug);
    QString brandSlug() const;
    /// The database, brand and date range every page works on.
    ViewContext context() const;
    DateRangeSelector *dateRange() const { return m_range; }
    BrandListModel *brands() const { return m_brandModel; }
    CommentsPanel *comments() const { return m_comments; }
    /// The console's workflow runner (on the open database, whatever page is shown).
    WorkflowRunner *workflowRunner() const { return m_workflowRunner; }
    /// The console's monitoring rounds (health kept, alerts evaluated, old rows pruned; one console per database per interval).
    ConsoleMonitor *monitor() const { return m_monitor; }
    bool isLoadingSession() const;
    void openSettings();
    /// Switches the whole console to another database (after migrating it), asking for its password when it
    /// needs one; with \a keepPassword the password that worked goes to the keychain.
    void setDatabase(const DatabaseUrl &database, bool keepPassword = false);

signals:
    void sessionLoaded();
    void databaseChanged();

protected:
    void changeEvent(QEvent *event) override;
    /// Keeps the window's geometry, docks and page for the next start (restoreWindowState()).
    void closeEvent(QCloseEvent *event) override;

private:
    /// The page at \a index of the sidebar, built if it was not yet.
    Page *ensurePage(int index);
    Page *makePage(int index);
    void connectPage(Page *page, int index);
    AnalyticsPage *analytics();
    void loadSession();
    void sessionFinished(const Result<Session> &session);
    void pushContext();
    void retranslate();
    /// Runs the AI Studio's generation queue of the open database on this desktop (with any others that do), and the
    /// workflow runner on that database.
    void startQueue();
    /// Hands the running queue to a worker that stops it (giving its jobs back) and deletes it: stopping waits for
    /// the calls in flight, which the GUI thread must not.
    void retireQueue();
    void keepPasswordInKeychain(const DatabaseUrl &database);
    /// "Analytics — Aurora Beauty — Atelier": the page and the brand.
    void updateWindowTitle();
    void restoreWindowState();
    void addHelpActions();
    /// Help ▸ Report a problem: versions, database and schema to the clipboard.
    void reportProblem();

    DatabaseUrl m_database;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QToolBar *m_toolbar;
    QLabel *m_brandLabel;
    QComboBox *m_brand;
    BrandListModel *m_brandModel;
    DateRangeSelector *m_range;
    QLabel *m_databaseStatus;
    QLabel *m_userStatus;
    CommentsPanel *m_comments = nullptr;
    QAction *m_settingsAction;
    QAction *m_exportAction = nullptr;
    QAction *m_darkAction = nullptr;
    AnalyticsPage *m_analytics = nullptr;
    AiStudioPage *m_studio = nullptr;
    GenerationQueue *m_queue = nullptr;
    WorkflowRunner *m_workflowRunner = nullptr;
    ConsoleMonitor *m_monitor = nullptr;
    QAction *m_quitAction;
    QAction *m_aboutAction;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_documentationAction = nullptr;
    QAction *m_reportAction = nullptr;
    QMenu *m_fileMenu;
    QMenu *m_viewMenu;
    QMenu *m_helpMenu;
    QList<QAction *> m_pageActions;
    QList<Page *> m_built; // per sidebar row: the page, or null until it is first shown (a placeholder stands in)
    QString m_user;
    Request<Result<Session>> m_session{this};
    Request<Result<StartReport>> m_preparing{this};
    Request<Status> m_keychain{this};
    Request<QString> m_report{this};
};

} // namespace Atelier
