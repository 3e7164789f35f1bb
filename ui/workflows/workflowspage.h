#pragma once

#include "core/page.h"
#include "core/request.h"
#include "workflows/workflow.h"
#include "workflows/workflowoverview.h"

#include <QPointer>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextEdit;

namespace Atelier {

class ExecutionModel;
class StepRunModel;
class VersionModel;
class WorkflowEditor;
class WorkflowListModel;
class WorkflowRunner;

/// What the list's request brings back: the brand, its workflows with their figures, the webhook hosts its admin allowed.
struct WorkflowListing final
{
    QString brandId;
    QList<WorkflowSummary> workflows;
    QStringList allowedHosts;
    QString fingerprint; ///< WorkflowOverview::fingerprint() as the list was read
};

/// What a test run brings back: the execution (queued, run now) and its steps.
struct WorkflowTestRun final
{
    Workflow workflow;
    WorkflowExecution execution;
    QList<WorkflowStepRun> steps;
    bool ranHere = true; ///< false: another runner claimed it first; the page follows it until it ends
    QString actsAsOther; ///< the run-as identity's name when it is not the console's: its runners run it, not this one
};

/// The Workflows page (`atelier --page workflows`): the brand's workflows (status, trigger, last run, success rate,
/// next run; New, Run now, Pause/Resume, Archive, Delete), the visual editor (WorkflowEditor: Save makes a new
/// version, Test run runs it once now and shows each step on its node), the executions (filtered by workflow,
/// status and dates; a timeline of steps; Retry, Cancel) and the versions (a side-by-side diff, Restore). The console
/// runs a workflow runner while it is open, whatever page is shown (WorkflowRunner, owned by MainWindow): the page
/// shows whether it is on and when it last ran, and holds it while a test run claims its own execution.
class WorkflowsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowsPage)
public:
    enum Tab { ListTab, EditorTab, ExecutionsTab, VersionsTab };

    explicit WorkflowsPage(QWidget *parent = nullptr);
    ~WorkflowsPage() override;
    QString pageName() const override { return QStringLiteral("workflows"); }
    QString title() const override;
    void setContext(const ViewContext &context) override;
    bool hasComments() const override { return false; }

    void reload();
    void showTab(Tab tab);
    /// The workflow selected in the list (its id), empty when none.
    QString selectedWorkflowId() const;
    bool selectWorkflow(const QString &nameOrId);
    void newWorkflow();
    void editSelected();
    void runSelected();
    void toggleSelectedPause();
    void archiveSelected();
    /// Asks, then deletes.
    void deleteSelected();
    void deleteWorkflow(const QString &id);
    void save();
    void testRun();
    void loadExecutions();
    void retrySelectedExecution();
    void cancelSelectedExecution();
    void loadVersions();
    /// Compares versions \a left and \a right of the workflow the versions tab shows.
    void compareVersions(int left, int right);
    void restoreSelectedVersion();

    WorkflowListModel *listModel() const { return m_listModel; }
    QSortFilterProxyModel *listProxy() const { return m_listProxy; }
    QTableView *listView() const { return m_list; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    WorkflowEditor *editor() const { return m_editor; }
    ExecutionModel *executionModel() const { return m_executionModel; }
    QTableView *executionView() const { return m_executions; }
    StepRunModel *stepModel() const { return m_stepModel; }
    QComboBox *executionWorkflowFilter() const { return m_executionWorkflow; }
    QComboBox *executionStatusFilter() const { return m_executionStatus; }
    QDateEdit *executionFrom() const { return m_from; }
    QDateEdit *executionTo() const { return m_to; }
    VersionModel *versionModel() const { return m_versionModel; }
    QTableView *versionView() const { return m_versions; }
    QTextEdit *leftDiff() const { return m_leftText; }
    QTextEdit *rightDiff() const { return m_rightText; }
    /// The console's runner (none: the page runs nothing itself, a test run still runs its execution).
    void setRunner(WorkflowRunner *runner);
    WorkflowRunner *runner() const { return m_runner; }
    /// "Runner: on, last pass at …" as shown under the heading.
    QString runnerStateText() const;
    QString statusText() const;
    bool isBusy() const;

signals:
    void listLoaded();
    void changed(bool ok);
    void saved(bool ok);
    void testRunFinished(bool ok);
    void executionsLoaded();
    void stepsLoaded();
    void versionsLoaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildListTab(QWidget *tab);
    void buildExecutionsTab(QWidget *tab);
    void buildVersionsTab(QWidget *tab);
    void listArrived(const Result<WorkflowListing> &listing);
    void updateListButtons();
    void setStatusOf(const QString &status, const QString &what);
    void act(const QString &what, std::function<Result<QString>(const QSqlDatabase &, const QString &brandId)> change);
    void loadSteps();
    /// Retry or cancel the selected execution: \a what (with %1 for its id) while it runs, \a doneText (QT_TR_NOOP) after.
    void changeSelectedExecution(const QString &what, Result<WorkflowExecution> (*change)(const QSqlDatabase &, const QString &),
                                 const char *doneText);
    void updateExecutionButtons();
    void followTestRun(const QString &executionId);
    void testRunArrived(const Result<WorkflowTestRun> &run);
    void fillVersionChoices();
    void retranslate();
    void showRunnerState();
    /// After a runner pass: reads the list or the executions again when this console ran something, or when another
    /// program (the command line, another console, a headless runner) changed the brand's workflows or executions.
    void followChanges(bool ranHere);
    void say(const QString &message);
    /// Whether the editor's unsaved changes may go (asks when there are some).
    bool mayDiscardEdits();

    ViewContext m_context;
    QString m_brandId;
    bool m_hasContext = false;
    bool m_stale = true;
    QPointer<WorkflowRunner> m_runner;
    QTabWidget *m_tabs;
    QLabel *m_heading;
    QLabel *m_runnerState;
    QLabel *m_status;

    // The list.
    QComboBox *m_statusFilter;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_run;
    QPushButton *m_pause;
    QPushButton *m_archive;
    QPushButton *m_delete;
    QTableView *m_list;
    WorkflowListModel *m_listModel;
    QSortFilterProxyModel *m_listProxy;

    // The editor.
    WorkflowEditor *m_editor;

    // Executions.
    QComboBox *m_executionWorkflow;
    QComboBox *m_executionStatus;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_refresh;
    QPushButton *m_retry;
    QPushButton *m_cancel;
    QTableView *m_executions;
    ExecutionModel *m_executionModel;
    QTableView *m_steps;
    StepRunModel *m_stepModel;
    QLabel *m_executionDetail;

    // Versions.
    QLabel *m_versionsOf;
    QTableView *m_versions;
    VersionModel *m_versionModel;
    QComboBox *m_left;
    QComboBox *m_right;
    QTextEdit *m_leftText;
    QTextEdit *m_rightText;
    QPushButton *m_restore;
    QString m_versionsWorkflowId;

    Request<Result<WorkflowListing>> m_listing{this};
    Request<Result<QString>> m_acting{this};
    Request<Result<Workflow>> m_saving{this};
    Request<Result<WorkflowTestRun>> m_testing{this};
    Request<Result<WorkflowTestRun>> m_following{this};
    Request<Result<QList<WorkflowExecution>>> m_executionsLoading{this};
    Request<Result<QList<WorkflowStepRun>>> m_stepsLoading{this};
    Request<Result<WorkflowExecution>> m_executionAction{this};
    Request<Result<QList<WorkflowVersion>>> m_versionsLoading{this};
    Request<Result<Workflow>> m_restoring{this};
    Request<Result<QString>> m_watching{this}; ///< on each runner pass: did another program change something?
    QString m_fingerprint;
};

} // namespace Atelier
