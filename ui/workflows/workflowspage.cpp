#include "workflows/workflowspage.h"

#include "core/brandservice.h"
#include "collaboration/resources.h"
#include "core/plaintext.h"
#include "workflows/workfloweditor.h"
#include "workflows/workflowengine.h"
#include "workflows/workflowmodels.h"
#include "workflows/workflowrunner.h"
#include "workflows/workflowservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlQuery>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace Atelier {

namespace {

QTableView *newTable(QWidget *parent, QAbstractItemModel *model, const QString &objectName)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table: every control stays reachable
    showToolTipsAsPlainText(table);
    return table;
}

QLabel *buddyLabel(QWidget *parent, QWidget *buddy, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setBuddy(buddy);
    return label;
}

Result<QString> brandIdOf(const QSqlDatabase &db, const QString &slug)
{
    auto brand = BrandService::bySlug(db, slug);
    if (!brand)
        return brand.error();
    return brand->id;
}

bool ended(const QString &status)
{
    return status == QLatin1String("completed") || status == QLatin1String("failed") || status == QLatin1String("cancelled");
}

} // namespace

WorkflowsPage::WorkflowsPage(QWidget *parent)
    : Page(parent), m_tabs(new QTabWidget(this)), m_heading(new QLabel(this)), m_runnerState(new QLabel(this)), m_status(new QLabel(this)),
      m_statusFilter(new QComboBox(this)), m_new(new QPushButton(this)), m_edit(new QPushButton(this)), m_run(new QPushButton(this)),
      m_pause(new QPushButton(this)), m_archive(new QPushButton(this)), m_delete(new QPushButton(this)), m_listModel(new WorkflowListModel(this)),
      m_listProxy(new QSortFilterProxyModel(this)), m_editor(new WorkflowEditor(this)), m_executionWorkflow(new QComboBox(this)),
      m_executionStatus(new QComboBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_refresh(new QPushButton(this)),
      m_retry(new QPushButton(this)), m_cancel(new QPushButton(this)), m_executionModel(new ExecutionModel(this)),
      m_stepModel(new StepRunModel(this)), m_executionDetail(new QLabel(this)), m_versionsOf(new QLabel(this)),
      m_versionModel(new VersionModel(this)), m_left(new QComboBox(this)), m_right(new QComboBox(this)), m_leftText(new QTextEdit(this)),
      m_rightText(new QTextEdit(this)), m_restore(new QPushButton(this))
{
    setObjectName(QStringLiteral("workflowsPage"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("workflowStatus"));

    auto *listTab = new QWidget(this);
    buildListTab(listTab);
    auto *executionsTab = new QWidget(this);
    buildExecutionsTab(executionsTab);
    auto *versionsTab = new QWidget(this);
    buildVersionsTab(versionsTab);
    m_tabs->addTab(listTab, QString());
    m_tabs->addTab(m_editor, QString());
    m_tabs->addTab(executionsTab, QString());
    m_tabs->addTab(versionsTab, QString());

    auto *layout = new QVBoxLayout(this);
    m_runnerState->setTextFormat(Qt::PlainText);
    m_runnerState->setObjectName(QStringLiteral("runnerState"));
    m_runnerState->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading);
    headingRow->addStretch(1);
    headingRow->addWidget(m_runnerState);
    layout->addLayout(headingRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == ExecutionsTab && m_hasContext)
            loadExecutions();
        else if (tab == VersionsTab && m_hasContext)
            loadVersions();
    });
    connect(m_editor, &WorkflowEditor::saveRequested, this, &WorkflowsPage::save);
    connect(m_editor, &WorkflowEditor::testRunRequested, this, &WorkflowsPage::testRun);
    retranslate();
}

void WorkflowsPage::setRunner(WorkflowRunner *runner)
{
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    if (runner) {
        connect(runner, &WorkflowRunner::problem, this, [this](const QString &message) { emit failed(message); });
        connect(runner, &WorkflowRunner::stateChanged, this, &WorkflowsPage::showRunnerState);
        connect(runner, &WorkflowRunner::passed, this, [this](const RunnerPass &pass) { followChanges(pass.claimed + pass.scheduled > 0); });
    }
    showRunnerState();
}

void WorkflowsPage::followChanges(bool ranHere)
{
    if (!isVisible() || m_brandId.isEmpty() || (m_tabs->currentIndex() != ListTab && m_tabs->currentIndex() != ExecutionsTab))
        return;
    const auto refresh = [this] {
        if (m_tabs->currentIndex() == ListTab)
            reload();
        else if (m_tabs->currentIndex() == ExecutionsTab)
            loadExecutions();
    };
    if (ranHere) { // something ran or was scheduled here: what is on screen shows it
        refresh();
        return;
    }
    if (m_watching.isRunning() || m_listing.isRunning() || m_executionsLoading.isRunning())
        return;
    const QString brandId = m_brandId;
    m_watching.startWithDatabase(
        m_context.database, [brandId](const QSqlDatabase &db, CancelToken &) { return WorkflowOverview::fingerprint(db, brandId); },
        [this, refresh](const Result<QString> &fingerprint) {
            if (!fingerprint || fingerprint.value() == m_fingerprint)
                return; // a failed look is not worth a message: the next pass looks again
            m_fingerprint = fingerprint.value();
            refresh();
        });
}

QString WorkflowsPage::runnerStateText() const
{
    return m_runnerState->text();
}

void WorkflowsPage::showRunnerState()
{
    QString text;
    if (!m_runner || !m_runner->isOn())
        text = tr("Runner: off (this console runs no workflow)");
    else if (!m_runner->lastPassAt().isValid())
        text = tr("Runner: on, starting");
    else if (!m_runner->lastProblem().isEmpty())
        text = tr("Runner: on, last pass at %1 failed").arg(m_runner->lastPassAt().toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    else
        text = tr("Runner: on, last pass at %1").arg(m_runner->lastPassAt().toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    m_runnerState->setText(text);
    m_runnerState->setToolTip(m_runner && !m_runner->lastProblem().isEmpty()
                                  ? plainToolTip(m_runner->lastProblem())
                                  : tr("This console runs the workflows that act as you while it is open, whatever page is shown: "
                                       "it turns due schedules and events into executions and runs them."));
}

WorkflowsPage::~WorkflowsPage() = default;

QString WorkflowsPage::title() const
{
    return tr("Workflows");
}

void WorkflowsPage::buildListTab(QWidget *tab)
{
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    for (const char *status : {"", "active", "paused", "archived"})
        m_statusFilter->addItem(QString(), QString::fromLatin1(status));
    m_listProxy->setSourceModel(m_listModel);
    m_listProxy->setFilterRole(WorkflowListModel::StatusRole);
    m_listProxy->setSortRole(WorkflowListModel::SortRole);
    m_list = newTable(tab, m_listProxy, QStringLiteral("workflowList"));
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(WorkflowListModel::NameColumn, Qt::AscendingOrder);
    m_list->horizontalHeader()->setSectionResizeMode(WorkflowListModel::TriggerColumn, QHeaderView::Interactive);

    auto *bar = new QHBoxLayout;
    bar->addWidget(buddyLabel(tab, m_statusFilter, "statusFilterLabel"));
    bar->addWidget(m_statusFilter);
    bar->addStretch(1);
    for (QPushButton *b : {m_new, m_edit, m_run, m_pause, m_archive, m_delete})
        bar->addWidget(b);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_statusFilter->currentData().toString();
        m_listProxy->setFilterRegularExpression(status.isEmpty() ? QString() : QStringLiteral("^%1$").arg(status));
        updateListButtons();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorkflowsPage::updateListButtons);
    connect(m_list, &QTableView::activated, this, &WorkflowsPage::editSelected);
    connect(m_new, &QPushButton::clicked, this, &WorkflowsPage::newWorkflow);
    connect(m_edit, &QPushButton::clicked, this, &WorkflowsPage::editSelected);
    connect(m_run, &QPushButton::clicked, this, &WorkflowsPage::runSelected);
    connect(m_pause, &QPushButton::clicked, this, &WorkflowsPage::toggleSelectedPause);
    connect(m_archive, &QPushButton::clicked, this, &WorkflowsPage::archiveSelected);
    connect(m_delete, &QPushButton::clicked, this, &WorkflowsPage::deleteSelected);
    updateListButtons();
}

void WorkflowsPage::buildExecutionsTab(QWidget *tab)
{
    m_executionWorkflow->setObjectName(QStringLiteral("executionWorkflow"));
    m_executionStatus->setObjectName(QStringLiteral("executionStatus"));
    m_executionWorkflow->addItem(QString(), QString());
    for (const char *status : {"", "queued", "running", "waiting", "completed", "failed", "cancelled"})
        m_executionStatus->addItem(QString(), QString::fromLatin1(status));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy")); // the month by name, in the console's language
    }
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    m_executions = newTable(tab, m_executionModel, QStringLiteral("executionList"));
    m_steps = newTable(tab, m_stepModel, QStringLiteral("stepList"));
    m_executionDetail->setTextFormat(Qt::PlainText);
    m_executionDetail->setWordWrap(true);
    m_executionDetail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *bar = new QHBoxLayout;
    bar->addWidget(buddyLabel(tab, m_executionWorkflow, "executionWorkflowLabel"));
    bar->addWidget(m_executionWorkflow, 1);
    bar->addWidget(buddyLabel(tab, m_executionStatus, "executionStatusLabel"));
    bar->addWidget(m_executionStatus);
    bar->addWidget(buddyLabel(tab, m_from, "fromLabel"));
    bar->addWidget(m_from);
    bar->addWidget(buddyLabel(tab, m_to, "toLabel"));
    bar->addWidget(m_to);
    bar->addWidget(m_refresh);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_executionDetail, 1);
    actions->addWidget(m_retry);
    actions->addWidget(m_cancel);
    auto *timeline = new QWidget(tab);
    auto *timelineLayout = new QVBoxLayout(timeline);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addLayout(actions);
    timelineLayout->addWidget(buddyLabel(timeline, m_steps, "stepsLabel"));
    timelineLayout->addWidget(m_steps, 1);
    auto *split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(m_executions);
    split->addWidget(timeline);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    for (QComboBox *combo : {m_executionWorkflow, m_executionStatus})
        connect(combo, &QComboBox::activated, this, &WorkflowsPage::loadExecutions);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, &WorkflowsPage::loadExecutions);
    connect(m_refresh, &QPushButton::clicked, this, &WorkflowsPage::loadExecutions);
    connect(m_executions->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkflowsPage::loadSteps);
    connect(m_retry, &QPushButton::clicked, this, &WorkflowsPage::retrySelectedExecution);
    connect(m_cancel, &QPushButton::clicked, this, &WorkflowsPage::cancelSelectedExecution);
    updateExecutionButtons();
}

void WorkflowsPage::buildVersionsTab(QWidget *tab)
{
    m_versionsOf->setTextFormat(Qt::PlainText);
    m_versions = newTable(tab, m_versionModel, QStringLiteral("versionList"));
    m_left->setObjectName(QStringLiteral("leftVersion"));
    m_left->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_right->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_right->setObjectName(QStringLiteral("rightVersion"));
    for (QTextEdit *text : {m_leftText, m_rightText}) {
        text->setReadOnly(true);
        text->setLineWrapMode(QTextEdit::NoWrap);
        text->setTabChangesFocus(true);
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::TypeWriter);
        text->setFont(mono);
    }
    m_leftText->setObjectName(QStringLiteral("leftDiff"));
    m_rightText->setObjectName(QStringLiteral("rightDiff"));
    // The two sides scroll together.
    connect(m_leftText->verticalScrollBar(), &QScrollBar::valueChanged, m_rightText->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_rightText->verticalScrollBar(), &QScrollBar::valueChanged, m_leftText->verticalScrollBar(), &QScrollBar::setValue);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_versionsOf, 1);
    bar->addWidget(buddyLabel(tab, m_left, "leftLabel"));
    bar->addWidget(m_left);
    bar->addWidget(buddyLabel(tab, m_right, "rightLabel"));
    bar->addWidget(m_right);
    bar->addWidget(m_restore);
    auto *sides = new QSplitter(tab);
    sides->addWidget(m_leftText);
    sides->addWidget(m_rightText);
    auto *split = new QSplitter(Qt::Vertical, tab);
    split->addWidget(m_versions);
    split->addWidget(sides);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    const auto compare = [this] {
        if (m_left->currentIndex() >= 0 && m_right->currentIndex() >= 0)
            compareVersions(m_left->currentData().toInt(), m_right->currentData().toInt());
    };
    connect(m_left, &QComboBox::activated, this, compare);
    connect(m_right, &QComboBox::activated, this, compare);
    connect(m_versions->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        // The version picked is compared with the one now in use.
        const int version = m_versionModel->rows().at(current.row()).version;
        m_left->setCurrentIndex(m_left->findData(version));
        compareVersions(version, m_right->currentData().toInt());
        m_restore->setEnabled(m_versionModel->rows().size() > 1 && current.row() != 0);
    });
    connect(m_restore, &QPushButton::clicked, this, &WorkflowsPage::restoreSelectedVersion);
    m_restore->setEnabled(false);
}

// ---------------------------------------------------------------------------------------------------- context

void WorkflowsPage::setContext(const ViewContext &context)
{
    const bool databaseChanged = context.database.toString() != m_context.database.toString();
    const bool changed = databaseChanged || context.brandSlug != m_context.brandSlug;
    m_context = context;
    m_hasContext = true;
    if (changed || m_stale) {
        m_stale = true;
        if (isVisible())
            reload();
    }
}

void WorkflowsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_hasContext && m_stale)
        reload();
}

void WorkflowsPage::say(const QString &message)
{
    m_status->setText(message);
}

QString WorkflowsPage::statusText() const
{
    return m_status->text();
}

bool WorkflowsPage::isBusy() const
{
    return m_listing.isRunning() || m_acting.isRunning() || m_saving.isRunning() || m_testing.isRunning() || m_following.isRunning()
           || m_executionsLoading.isRunning() || m_stepsLoading.isRunning() || m_executionAction.isRunning() || m_versionsLoading.isRunning()
           || m_restoring.isRunning();
}

void WorkflowsPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

// ---------------------------------------------------------------------------------------------------- list

void WorkflowsPage::reload()
{
    if (!m_hasContext || m_context.brandSlug.isEmpty())
        return;
    m_stale = false;
    const QString slug = m_context.brandSlug;
    m_listing.startWithDatabase(
        m_context.database,
        [slug](const QSqlDatabase &db, CancelToken &) -> Result<WorkflowListing> {
            WorkflowListing out;
            auto brand = brandIdOf(db, slug);
            if (!brand)
                return brand.error();
            out.brandId = brand.value();
            auto list = WorkflowOverview::list(db, out.brandId, QDateTime::currentDateTimeUtc());
            if (!list)
                return list.error();
            out.workflows = list.value();
            auto hosts = WorkflowService::allowedHosts(db, out.brandId);
            if (!hosts)
                return hosts.error();
            out.allowedHosts = hosts.value();
            auto fingerprint = WorkflowOverview::fingerprint(db, out.brandId);
            if (!fingerprint)
                return fingerprint.error();
            out.fingerprint = fingerprint.value();
            return out;
        },
        [this](const Result<WorkflowListing> &listing) { listArrived(listing); });
}

void WorkflowsPage::listArrived(const Result<WorkflowListing> &listing)
{
    if (!listing) {
        say(listing.error().message);
        emit failed(listing.error().message);
        return;
    }
    const QString selected = selectedWorkflowId();
    const bool brandChanged = m_brandId != listing->brandId;
    m_brandId = listing->brandId;
    m_fingerprint = listing->fingerprint;
    m_listModel->setRows(listing->workflows);
    m_list->resizeColumnsToContents();
    m_editor->setAllowedHosts(listing->allowedHosts);
    if (brandChanged && !m_editor->isModified())
        m_editor->loadNew();
    if (!selected.isEmpty())
        selectWorkflow(selected);
    else if (m_listProxy->rowCount() > 0)
        m_list->selectRow(0);
    // The executions' workflow filter and names.
    QHash<QString, QString> names;
    const QString filterId = m_executionWorkflow->currentData().toString();
    m_executionWorkflow->clear();
    m_executionWorkflow->addItem(tr("All workflows"), QString());
    for (const WorkflowSummary &s : listing->workflows) {
        names.insert(s.workflow.id, s.workflow.name);
        m_executionWorkflow->addItem(s.workflow.name, s.workflow.id);
    }
    m_executionWorkflow->setCurrentIndex(qMax(0, m_executionWorkflow->findData(filterId)));
    m_executionModel->setWorkflowNames(names);
    say(tr("%n workflow(s).", nullptr, int(listing->workflows.size())));
    updateListButtons();
    if (m_tabs->currentIndex() == ExecutionsTab)
        loadExecutions();
    else if (m_tabs->currentIndex() == VersionsTab)
        loadVersions();
    emit listLoaded();
}

QString WorkflowsPage::selectedWorkflowId() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    if (!current.isValid() || !m_list->selectionModel()->isRowSelected(current.row(), {}))
        return {};
    return current.data(WorkflowListModel::IdRole).toString();
}

bool WorkflowsPage::selectWorkflow(const QString &nameOrId)
{
    for (int r = 0; r < m_listProxy->rowCount(); ++r) {
        const QModelIndex index = m_listProxy->index(r, 0);
        if (index.data(WorkflowListModel::IdRole).toString() == nameOrId || index.data().toString() == nameOrId) {
            m_list->selectRow(r);
            m_list->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void WorkflowsPage::updateListButtons()
{
    const int row = m_listModel->rowOf(selectedWorkflowId());
    const bool has = row >= 0 && !m_brandId.isEmpty();
    const QString status = has ? m_listModel->rows().at(row).workflow.status : QString();
    m_new->setEnabled(!m_brandId.isEmpty());
    m_edit->setEnabled(has);
    m_run->setEnabled(has && status != QLatin1String("archived"));
    m_pause->setEnabled(has);
    m_pause->setText(status == QLatin1String("active") ? tr("&Pause") : tr("Resu&me"));
    m_pause->setAccessibleName(status == QLatin1String("active") ? tr("Pause the selected workflow") : tr("Resume the selected workflow"));
    m_archive->setEnabled(has && status != QLatin1String("archived"));
    m_delete->setEnabled(has);
}

void WorkflowsPage::act(const QString &what, std::function<Result<QString>(const QSqlDatabase &, const QString &)> change)
{
    if (m_brandId.isEmpty())
        return;
    say(what);
    const QString brandId = m_brandId;
    m_acting.startChange(m_context.database, [brandId, change](const QSqlDatabase &db) { return change(db, brandId); },
                         [this](const Result<QString> &done) {
                             say(done ? done.value() : done.error().message);
                             if (!done)
                                 emit failed(done.error().message);
                             reload();
                             if (done && m_runner)
                                 m_runner->tick(); // a run queued now starts now, not at the next tick
                             emit changed(done.ok());
                         });
}

bool WorkflowsPage::mayDiscardEdits()
{
    if (!m_editor->isModified())
        return true;
    const QString name = m_editor->name().isEmpty() ? tr("the new workflow") : m_editor->name();
    return QMessageBox::question(this, tr("Unsaved changes"), plainToolTip(tr("Discard the changes to %1?").arg(name)),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Discard;
}

void WorkflowsPage::newWorkflow()
{
    if (!mayDiscardEdits())
        return;
    m_following.cancel();
    m_editor->loadNew();
    showTab(EditorTab);
    m_editor->findChild<QWidget *>(QStringLiteral("workflowName"))->setFocus(Qt::OtherFocusReason);
}

void WorkflowsPage::editSelected()
{
    const int row = m_listModel->rowOf(selectedWorkflowId());
    if (row < 0)
        return;
    const Workflow w = m_listModel->rows().at(row).workflow;
    if (m_editor->workflowId() != w.id && !mayDiscardEdits())
        return;
    if (m_editor->workflowId() == w.id && m_editor->isModified()) { // already on the canvas, with its changes
        showTab(EditorTab);
        return;
    }
    m_following.cancel();
    m_editor->load(w.id, w.name, w.description, w.trigger, w.actions);
    showTab(EditorTab);
    m_editor->canvas()->setFocus(Qt::OtherFocusReason);
}

void WorkflowsPage::runSelected()
{
    const QString id = selectedWorkflowId();
    if (id.isEmpty())
        return;
    act(tr("Queuing a run…"), [id](const QSqlDatabase &db, const QString &brandId) -> Result<QString> {
        auto x = WorkflowService::run(db, brandId, id);
        if (!x)
            return x.error();
        return tr("Run %1 queued; a runner of its run-as identity takes it.").arg(x->id);
    });
}

void WorkflowsPage::toggleSelectedPause()
{
    const int row = m_listModel->rowOf(selectedWorkflowId());
    if (row < 0)
        return;
    const Workflow w = m_listModel->rows().at(row).workflow;
    const QString status = w.status == QLatin1String("active") ? QStringLiteral("paused") : QStringLiteral("active");
    setStatusOf(status, status == QLatin1String("paused") ? tr("Pausing “%1”…").arg(w.name) : tr("Resuming “%1”…").arg(w.name));
}

void WorkflowsPage::archiveSelected()
{
    const int row = m_listModel->rowOf(selectedWorkflowId());
    if (row < 0)
        return;
    setStatusOf(QStringLiteral("archived"), tr("Archiving “%1”…").arg(m_listModel->rows().at(row).workflow.name));
}

void WorkflowsPage::setStatusOf(const QString &status, const QString &what)
{
    const QString id = selectedWorkflowId();
    act(what, [id, status](const QSqlDatabase &db, const QString &brandId) -> Result<QString> {
        auto w = WorkflowService::setStatus(db, brandId, id, status);
        if (!w)
            return w.error();
        return tr("“%1” is now %2.").arg(w->name, WorkflowListModel::statusText(w->status).toLower());
    });
}

void WorkflowsPage::deleteSelected()
{
    const int row = m_listModel->rowOf(selectedWorkflowId());
    if (row < 0)
        return;
    const Workflow &w = m_listModel->rows().at(row).workflow;
    const auto answer = QMessageBox::question(
        this, tr("Delete the workflow"),
        plainToolTip(tr("Delete “%1”, its versions and its executions? This cannot be undone; Archive keeps them.").arg(w.name)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        deleteWorkflow(w.id);
}

void WorkflowsPage::deleteWorkflow(const QString &id)
{
    act(tr("Deleting…"), [id](const QSqlDatabase &db, const QString &brandId) -> Result<QString> {
        auto w = WorkflowService::get(db, brandId, id);
        if (!w)
            return w.error();
        if (auto s = WorkflowService::remove(db, brandId, id); !s)
            return s.error();
        return tr("“%1” deleted.").arg(w->name);
    });
}

// ---------------------------------------------------------------------------------------------------- editor

void WorkflowsPage::save()
{
    if (m_brandId.isEmpty())
        return;
    const QString brandId = m_brandId, id = m_editor->workflowId(), name = m_editor->name(), description = m_editor->description();
    const QJsonObject definition = m_editor->definition();
    m_editor->setBusy(tr("Saving…"));
    m_saving.startChange(
        m_context.database,
        [=](const QSqlDatabase &db) -> Result<Workflow> {
            // Saving an existing workflow saves its name and description too (a rename is a new version).
            return id.isEmpty() ? WorkflowService::create(db, brandId, name, description, definition)
                                : WorkflowService::update(db, brandId, id, definition, name, description);
        },
        [this](const Result<Workflow> &w) {
            if (!w) {
                m_editor->setMessage(w.error().message);
                emit saved(false);
                return;
            }
            m_editor->markSaved(w->id, w->version);
            say(tr("“%1” saved as version %2.").arg(w->name).arg(w->version));
            reload();
            selectWorkflow(w->id);
            emit saved(true);
        });
}

void WorkflowsPage::testRun()
{
    if (m_brandId.isEmpty())
        return;
    const QString brandId = m_brandId, id = m_editor->workflowId(), name = m_editor->name(), description = m_editor->description();
    const QJsonObject definition = m_editor->definition();
    const bool mustSave = id.isEmpty() || m_editor->isModified();
    m_editor->clearStepResults();
    m_editor->setBusy(tr("Test run: saving, queuing and running it once now…"));
    m_editor->testRunButton()->setEnabled(false);
    if (m_runner)
        m_runner->setHeld(true); // this run is claimed here, not by the console's runner
    m_testing.startChange(
        m_context.database,
        [=](const QSqlDatabase &db) -> Result<WorkflowTestRun> {
            WorkflowTestRun out;
            auto w = !mustSave ? WorkflowService::get(db, brandId, id)
                     : id.isEmpty() ? WorkflowService::create(db, brandId, name, description, definition)
                                    : WorkflowService::update(db, brandId, id, definition, name, description);
            if (!w)
                return w.error();
            out.workflow = w.value();
            auto queued = WorkflowService::run(db, brandId, w->id);
            if (!queued)
                return queued.error();
            auto ran = WorkflowEngine::runNow(db, queued->id, RunnerOptions{});
            if (!ran && ran.error().code != ErrorCode::Conflict)
                return ran.error();
            out.ranHere = ran.ok();
            if (!ran) {
                // Not claimed here: another runner of this identity took it, or it acts as someone else.
                auto me = Collaboration::currentUserId(db);
                if (!me)
                    return me.error();
                if (queued->runAsId != me.value()) {
                    QSqlQuery q(db);
                    q.prepare(QStringLiteral("SELECT username FROM users WHERE id = ?"));
                    q.addBindValue(queued->runAsId);
                    out.actsAsOther = q.exec() && q.next() ? q.value(0).toString() : queued->runAsId;
                }
            }
            out.execution = ran ? ran.value() : queued.value();
            auto steps = WorkflowService::steps(db, out.execution.id);
            if (!steps)
                return steps.error();
            out.steps = steps.value();
            return out;
        },
        [this, mustSave](const Result<WorkflowTestRun> &run) {
            if (m_runner)
                m_runner->setHeld(false);
            if (run && mustSave)
                m_editor->markSaved(run->workflow.id, run->workflow.version);
            testRunArrived(run);
        });
}

void WorkflowsPage::testRunArrived(const Result<WorkflowTestRun> &run)
{
    if (!run) {
        m_editor->testRunButton()->setEnabled(true);
        m_editor->setMessage(run.error().message);
        emit testRunFinished(false);
        return;
    }
    m_editor->setStepResults(run->steps);
    if (!run->actsAsOther.isEmpty()) {
        m_editor->testRunButton()->setEnabled(true);
        m_editor->setMessage(tr("Test run %1 is queued: it acts as %2, and only %2’s runners run it.").arg(run->execution.id, run->actsAsOther));
        reload();
        emit testRunFinished(false);
        return;
    }
    if (!ended(run->execution.status)) {
        // Another runner claimed it first, or it waits (a delay, a retry): follow it until it ends.
        m_editor->setMessage(tr("Test run %1 is %2; its steps appear as they run.")
                                 .arg(run->execution.id, ExecutionModel::statusText(run->execution.status).toLower()));
        QTimer::singleShot(2000, this, [this, id = run->execution.id, workflow = m_editor->workflowId()] {
            if (m_editor->workflowId() == workflow) // still the workflow on the canvas
                followTestRun(id);
            else
                m_editor->testRunButton()->setEnabled(true);
        });
        return;
    }
    m_editor->testRunButton()->setEnabled(true);
    m_editor->setMessage(run->execution.status == QLatin1String("completed")
                             ? tr("Test run %1 completed: each step’s input and output is on its node.").arg(run->execution.id)
                             : tr("Test run %1 %2: %3")
                                   .arg(run->execution.id, ExecutionModel::statusText(run->execution.status).toLower(), run->execution.error));
    reload();
    emit testRunFinished(run->execution.status == QLatin1String("completed"));
}

void WorkflowsPage::followTestRun(const QString &executionId)
{
    m_following.startWithDatabase(
        m_context.database,
        [executionId](const QSqlDatabase &db, CancelToken &) -> Result<WorkflowTestRun> {
            WorkflowTestRun out;
            auto x = WorkflowService::execution(db, executionId);
            if (!x)
                return x.error();
            out.execution = x.value();
            auto steps = WorkflowService::steps(db, executionId);
            if (!steps)
                return steps.error();
            out.steps = steps.value();
            out.ranHere = false;
            return out;
        },
        [this](const Result<WorkflowTestRun> &run) { testRunArrived(run); });
}

// ---------------------------------------------------------------------------------------------------- executions

void WorkflowsPage::loadExecutions()
{
    if (m_brandId.isEmpty())
        return;
    ExecutionFilter filter;
    filter.brandId = m_brandId;
    filter.workflowId = m_executionWorkflow->currentData().toString();
    filter.status = m_executionStatus->currentData().toString();
    filter.from = m_from->date().startOfDay();
    filter.to = m_to->date().addDays(1).startOfDay(); // the day "to" included
    filter.limit = 500;
    m_executionsLoading.startWithDatabase(
        m_context.database, [filter](const QSqlDatabase &db, CancelToken &) { return WorkflowService::executions(db, filter); },
        [this](const Result<QList<WorkflowExecution>> &list) {
            // The row selected when the answer comes, not when it was asked: a person may have moved meanwhile
            // (the page refreshes in the background when another program changes executions).
            const QString selected = m_executions->currentIndex().data(ExecutionModel::IdRole).toString();
            if (!list) {
                say(list.error().message);
                emit failed(list.error().message);
                return;
            }
            m_executionModel->setRows(list.value());
            m_executions->resizeColumnsToContents();
            const int row = m_executionModel->rowOf(selected);
            if (row >= 0)
                m_executions->selectRow(row);
            else if (m_executionModel->rowCount() > 0)
                m_executions->selectRow(0);
            else
                m_stepModel->setRows({});
            say(tr("%n execution(s) match.", nullptr, m_executionModel->rowCount()) + (list->size() == 500 ? QLatin1Char(' ') + tr("The newest 500 are shown.") : QString()));
            updateExecutionButtons();
            emit executionsLoaded();
        });
}

void WorkflowsPage::loadSteps()
{
    updateExecutionButtons();
    const QModelIndex current = m_executions->currentIndex();
    if (!current.isValid()) {
        m_stepModel->setRows({});
        m_executionDetail->clear();
        return;
    }
    const WorkflowExecution &x = m_executionModel->rows().at(current.row());
    QString detail = tr("Execution %1, version %2, %3.").arg(x.id).arg(x.version).arg(ExecutionModel::statusText(x.status).toLower());
    if (!x.error.isEmpty())
        detail += QLatin1Char(' ') + tr("Error at %1: %2").arg(x.currentStep, x.error);
    m_executionDetail->setText(detail);
    const QString id = x.id;
    m_stepsLoading.startWithDatabase(
        m_context.database, [id](const QSqlDatabase &db, CancelToken &) { return WorkflowService::steps(db, id); },
        [this](const Result<QList<WorkflowStepRun>> &steps) {
            if (!steps) {
                say(steps.error().message);
                return;
            }
            m_stepModel->setRows(steps.value());
            m_steps->resizeColumnsToContents();
            emit stepsLoaded();
        });
}

void WorkflowsPage::updateExecutionButtons()
{
    const QModelIndex current = m_executions->currentIndex();
    const QString status = current.isValid() ? current.data(ExecutionModel::StatusRole).toString() : QString();
    m_retry->setEnabled(status == QLatin1String("failed"));
    m_cancel->setEnabled(status == QLatin1String("queued") || status == QLatin1String("running") || status == QLatin1String("waiting"));
}

void WorkflowsPage::changeSelectedExecution(const QString &what, Result<WorkflowExecution> (*change)(const QSqlDatabase &, const QString &),
                                            const char *doneText)
{
    const QString id = m_executions->currentIndex().data(ExecutionModel::IdRole).toString();
    if (id.isEmpty())
        return;
    say(what.arg(id));
    m_executionAction.startChange(m_context.database, [id, change](const QSqlDatabase &db) { return change(db, id); },
                                  [this, doneText](const Result<WorkflowExecution> &x) {
                                      say(x ? tr(doneText).arg(x->id) : x.error().message);
                                      loadExecutions();
                                      if (x && x->status == QLatin1String("queued") && m_runner)
                                          m_runner->tick(); // queued again: this console's runner may take it now
                                      emit changed(x.ok());
                                  });
}

void WorkflowsPage::retrySelectedExecution()
{
    changeSelectedExecution(tr("Retrying %1 from its failed step…"), &WorkflowService::retry,
                            QT_TR_NOOP("Execution %1 queued again from its failed step."));
}

void WorkflowsPage::cancelSelectedExecution()
{
    changeSelectedExecution(tr("Cancelling %1…"), &WorkflowService::cancel, QT_TR_NOOP("Execution %1 cancelled."));
}

// ---------------------------------------------------------------------------------------------------- versions

void WorkflowsPage::loadVersions()
{
    QString id = selectedWorkflowId();
    if (id.isEmpty())
        id = m_editor->workflowId();
    if (id.isEmpty() || m_brandId.isEmpty()) {
        m_versionsOf->setText(tr("Select a workflow in the list to see its versions."));
        m_versionModel->setRows({});
        fillVersionChoices();
        return;
    }
    const int row = m_listModel->rowOf(id);
    m_versionsOf->setText(row >= 0 ? tr("Versions of “%1”").arg(m_listModel->rows().at(row).workflow.name) : QString());
    m_versionsWorkflowId = id;
    const QString brandId = m_brandId;
    m_versionsLoading.startWithDatabase(
        m_context.database,
        [brandId, id](const QSqlDatabase &db, CancelToken &) -> Result<QList<WorkflowVersion>> {
            auto versions = WorkflowService::versions(db, brandId, id);
            if (!versions)
                return versions.error();
            QList<WorkflowVersion> newestFirst = versions.value();
            std::sort(newestFirst.begin(), newestFirst.end(), [](const WorkflowVersion &a, const WorkflowVersion &b) { return a.version > b.version; });
            // Who saved each, by name (the rows hold the person's id).
            QHash<QString, QString> names;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT username FROM users WHERE id = ?"));
            for (WorkflowVersion &v : newestFirst) {
                if (v.savedBy.isEmpty())
                    continue;
                if (!names.contains(v.savedBy)) {
                    q.addBindValue(v.savedBy);
                    names.insert(v.savedBy, q.exec() && q.next() ? q.value(0).toString() : v.savedBy);
                    q.finish();
                }
                v.savedBy = names.value(v.savedBy);
            }
            return newestFirst;
        },
        [this](const Result<QList<WorkflowVersion>> &versions) {
            if (!versions) {
                say(versions.error().message);
                return;
            }
            m_versionModel->setRows(versions.value());
            m_versions->resizeColumnsToContents();
            fillVersionChoices();
            m_restore->setEnabled(false);
            emit versionsLoaded();
        });
}

void WorkflowsPage::fillVersionChoices()
{
    m_left->clear();
    m_right->clear();
    for (const WorkflowVersion &v : m_versionModel->rows()) {
        m_left->addItem(tr("Version %1").arg(v.version), v.version);
        m_right->addItem(tr("Version %1").arg(v.version), v.version);
    }
    m_leftText->clear();
    m_rightText->clear();
    if (m_versionModel->rowCount() == 0)
        return;
    // By default: the version before against the one in use.
    m_right->setCurrentIndex(0);
    m_left->setCurrentIndex(m_versionModel->rowCount() > 1 ? 1 : 0);
    compareVersions(m_left->currentData().toInt(), m_right->currentData().toInt());
}

void WorkflowsPage::compareVersions(int left, int right)
{
    const int l = m_versionModel->rowOf(QString::number(left)), r = m_versionModel->rowOf(QString::number(right));
    if (l < 0 || r < 0)
        return;
    m_left->setCurrentIndex(m_left->findData(left));
    m_right->setCurrentIndex(m_right->findData(right));
    const auto text = [](const WorkflowVersion &v) {
        const QJsonObject doc{{QStringLiteral("trigger"), v.trigger}, {QStringLiteral("actions"), v.actions}};
        return QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)).split(QLatin1Char('\n'));
    };
    const QStringList a = text(m_versionModel->rows().at(l)), b = text(m_versionModel->rows().at(r));
    const QList<LineDiff::Row> rows = LineDiff::compare(a, b);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const QColor removed = dark ? QColor(0x5c, 0x22, 0x22) : QColor(0xff, 0xdd, 0xdd);
    const QColor added = dark ? QColor(0x1f, 0x4d, 0x27) : QColor(0xdd, 0xf5, 0xdd);
    const QColor changed = dark ? QColor(0x5a, 0x4a, 0x12) : QColor(0xff, 0xf3, 0xc4);
    const QColor none = dark ? QColor(0x33, 0x33, 0x33) : QColor(0xee, 0xee, 0xee);
    for (QTextEdit *edit : {m_leftText, m_rightText})
        edit->clear();
    QTextCursor left_(m_leftText->document()), right_(m_rightText->document());
    bool first = true;
    for (const LineDiff::Row &row : rows) {
        QTextBlockFormat lf, rf;
        switch (row.kind) {
        case LineDiff::Kind::Same:
            break;
        case LineDiff::Kind::Removed:
            lf.setBackground(removed);
            rf.setBackground(none);
            break;
        case LineDiff::Kind::Added:
            lf.setBackground(none);
            rf.setBackground(added);
            break;
        case LineDiff::Kind::Changed:
            lf.setBackground(changed);
            rf.setBackground(changed);
            break;
        }
        if (first) {
            left_.setBlockFormat(lf);
            right_.setBlockFormat(rf);
            first = false;
        } else {
            left_.insertBlock(lf);
            right_.insertBlock(rf);
        }
        left_.insertText(row.left >= 0 ? a.at(row.left) : QString());
        right_.insertText(row.right >= 0 ? b.at(row.right) : QString());
    }
    int differences = 0;
    for (const LineDiff::Row &row : rows)
        differences += row.kind != LineDiff::Kind::Same;
    m_leftText->setAccessibleName(tr("Version %1").arg(left));
    m_rightText->setAccessibleName(tr("Version %1").arg(right));
    say(tr("Version %1 against version %2: %n line(s) differ.", nullptr, differences).arg(left).arg(right));
}

void WorkflowsPage::restoreSelectedVersion()
{
    const QModelIndex current = m_versions->currentIndex();
    if (!current.isValid() || m_versionsWorkflowId.isEmpty())
        return;
    const int version = m_versionModel->rows().at(current.row()).version;
    const QString brandId = m_brandId, id = m_versionsWorkflowId;
    say(tr("Restoring version %1…").arg(version));
    m_restoring.startChange(
        m_context.database, [=](const QSqlDatabase &db) { return WorkflowService::restore(db, brandId, id, version); },
        [this, version](const Result<Workflow> &w) {
            if (!w) {
                say(w.error().message);
                emit changed(false);
                return;
            }
            say(tr("Version %1 restored as version %2.").arg(version).arg(w->version));
            if (m_editor->workflowId() == w->id && !m_editor->isModified())
                m_editor->load(w->id, w->name, w->description, w->trigger, w->actions);
            reload();
            loadVersions();
            emit changed(true);
        });
}

// ---------------------------------------------------------------------------------------------------- language

void WorkflowsPage::retranslate()
{
    m_heading->setText(tr("Workflows"));
    showRunnerState();
    m_tabs->setTabText(ListTab, tr("&Workflows"));
    m_tabs->setTabText(EditorTab, tr("Edi&tor"));
    m_tabs->setTabText(ExecutionsTab, tr("E&xecutions"));
    m_tabs->setTabText(VersionsTab, tr("Vers&ions"));
    findChild<QLabel *>(QStringLiteral("statusFilterLabel"))->setText(tr("&Show:"));
    m_statusFilter->setItemText(0, tr("All"));
    m_statusFilter->setItemText(1, tr("Active"));
    m_statusFilter->setItemText(2, tr("Paused"));
    m_statusFilter->setItemText(3, tr("Archived"));
    m_statusFilter->setAccessibleName(tr("Filter by status"));
    m_new->setText(tr("&New"));
    m_edit->setText(tr("&Edit"));
    m_run->setText(tr("&Run now"));
    m_archive->setText(tr("&Archive"));
    m_delete->setText(tr("&Delete…"));
    m_list->setAccessibleName(tr("Workflows of the brand"));
    updateListButtons();

    findChild<QLabel *>(QStringLiteral("executionWorkflowLabel"))->setText(tr("Wor&kflow:"));
    findChild<QLabel *>(QStringLiteral("executionStatusLabel"))->setText(tr("&Status:"));
    findChild<QLabel *>(QStringLiteral("fromLabel"))->setText(tr("F&rom:"));
    findChild<QLabel *>(QStringLiteral("toLabel"))->setText(tr("To:"));
    findChild<QLabel *>(QStringLiteral("stepsLabel"))->setText(tr("Ste&ps:"));
    if (m_executionWorkflow->count() > 0)
        m_executionWorkflow->setItemText(0, tr("All workflows"));
    m_executionStatus->setItemText(0, tr("Any status"));
    for (int i = 1; i < m_executionStatus->count(); ++i)
        m_executionStatus->setItemText(i, ExecutionModel::statusText(m_executionStatus->itemData(i).toString()));
    m_refresh->setText(tr("Refresh"));
    m_retry->setText(tr("Retr&y"));
    m_retry->setToolTip(tr("Queue the failed execution again from its failed step"));
    m_cancel->setText(tr("&Cancel run"));
    m_cancel->setToolTip(tr("Cancel the queued, waiting or running execution"));
    m_executions->setAccessibleName(tr("Executions"));
    m_steps->setAccessibleName(tr("Steps of the selected execution"));

    findChild<QLabel *>(QStringLiteral("leftLabel"))->setText(tr("Compar&e:"));
    findChild<QLabel *>(QStringLiteral("rightLabel"))->setText(tr("with:"));
    m_left->setAccessibleName(tr("Older version"));
    m_right->setAccessibleName(tr("Newer version"));
    m_restore->setText(tr("Re&store"));
    m_restore->setToolTip(tr("Save the version selected in the list again as the newest version"));
    m_versions->setAccessibleName(tr("Versions"));
    m_listModel->retranslate();
    m_executionModel->retranslate();
    m_stepModel->retranslate();
    m_versionModel->retranslate();
}

void WorkflowsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace Atelier
