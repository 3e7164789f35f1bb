#include "core/brandservice.h"
#include "core/database.h"
#include "core/language.h"
#include "core/mainwindow.h"
#include "core/migrator.h"
#include "core/theme.h"
#include "fakeprovider.h"
#include "scratchdatabase.h"
#include "security/secrets.h"
#include "workflows/workflowsecrets.h"
#include "workflows/workfloweditor.h"
#include "workflows/workflowmodels.h"
#include "workflows/workflowrunner.h"
#include "workflows/workflowservice.h"
#include "workflows/workflowspage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QAction>
#include <QListWidget>
#include <QMainWindow>
#include <QMessageAuthenticationCode>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTabWidget>
#include <QUndoStack>

using namespace Atelier;
using Atelier::Testing::FakeAnswer;
using Atelier::Testing::FakeProvider;
using Atelier::Testing::FakeRequest;
using Atelier::Testing::ScratchDatabase;

/// The Workflows page offscreen on demo data, on both databases: the list and its figures, the editor (palette,
/// form, validation as you type, undo, keyboard), Save as new versions, Test run with each step on its node,
/// pause/resume, executions filtered with their steps, retry and cancel, versions diffed and restored. Then the
/// page inside the console at 1024×700 in French and dark mode (pictures in ATELIER_SCREENSHOT_DIR when set).
class TestWorkflowsPage final : public QObject
{
    Q_OBJECT
private:
    static constexpr int kWait = 30000;

    static bool fill(const DatabaseUrl &url)
    {
        return Testing::fillDemo(url, 3000, 40, 1);
    }

    static int rowOfName(WorkflowsPage &page, const QString &name)
    {
        for (int r = 0; r < page.listModel()->rowCount(); ++r)
            if (page.listModel()->rows().at(r).workflow.name == name)
                return r;
        return -1;
    }

    static const WorkflowSummary *summaryOf(WorkflowsPage &page, const QString &name)
    {
        const int r = rowOfName(page, name);
        return r < 0 ? nullptr : &page.listModel()->rows().at(r);
    }

    static void type(QWidget *field, const QString &text)
    {
        auto *edit = qobject_cast<QLineEdit *>(field);
        QVERIFY2(edit, "a line edit");
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    /// The label a form field has in the editor's property form.
    static QWidget *labelOf(QWidget *field)
    {
        auto *form = field && field->parentWidget() ? qobject_cast<QFormLayout *>(field->parentWidget()->layout()) : nullptr;
        return form ? form->labelForField(field) : nullptr;
    }

    static bool hasProblemAt(const WorkflowEditor *editor, const QString &prefix)
    {
        for (const WorkflowProblem &p : editor->problems())
            if (p.path.startsWith(prefix))
                return true;
        return false;
    }

    void shoot(QWidget *widget, const QString &name)
    {
        QVERIFY(widget->grab().save(m_shots + QLatin1Char('/') + name + QStringLiteral(".png")));
    }

    QString m_shots;

    /// The French (or current) text of a source string, as the page translates it.
    static QString tx(const char *context, const char *source) { return QCoreApplication::translate(context, source); }

    /// The key of a text's mnemonic ("&Nouveau" → N), 0 when it has none.
    static int mnemonicOf(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&'))
                continue;
            if (text.at(i + 1) == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.at(i + 1).toUpper().unicode();
        }
        return 0;
    }

    /// A key pressed where the focus is, as a person at the keyboard does.
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus, "something has the focus");
        QTest::keyClick(focus, Qt::Key(key), modifiers);
        QCoreApplication::processEvents(); // what a turn of the event loop does between two keys (new fields shown)
    }

    /// Alt and the mnemonic of \a text.
    static void alt(const QString &text)
    {
        const int key = mnemonicOf(text);
        QVERIFY2(key, qPrintable(QStringLiteral("“%1” has a mnemonic").arg(text)));
        press(key, Qt::AltModifier);
    }

    /// Tab (or Shift+Tab) until \a target has the focus; false when it is not reached in \a limit presses.
    static bool tabTo(QWidget *target, int limit = 60, bool back = false)
    {
        for (int i = 0; i < limit && QApplication::focusWidget() != target; ++i) {
            QWidget *focus = QApplication::focusWidget();
            if (!focus)
                return false;
            QTest::keyClick(focus, back ? Qt::Key_Backtab : Qt::Key_Tab);
            QCoreApplication::processEvents();
        }
        return QApplication::focusWidget() == target;
    }

    /// From the first row (Ctrl+Home), Down until the focused view's current row says \a text in its first column.
    static bool downTo(QAbstractItemView *view, const QString &text, int role = Qt::DisplayRole)
    {
        if (QApplication::focusWidget() != view)
            return false;
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < 200 && view->currentIndex().siblingAtColumn(0).data(role).toString() != text; ++i)
            QTest::keyClick(view, Qt::Key_Down);
        QCoreApplication::processEvents();
        return view->currentIndex().siblingAtColumn(0).data(role).toString() == text;
    }

    static QString focusName()
    {
        QWidget *f = QApplication::focusWidget();
        return f ? QStringLiteral("%1 “%2” (%3)").arg(QLatin1String(f->metaObject()->className()), f->objectName(), f->accessibleName()) : QStringLiteral("none");
    }

    int m_shot = 0;
    void step(QWidget *window, const QString &name)
    {
        QCoreApplication::processEvents();
        QVERIFY(window->grab().save(m_shots + QStringLiteral("/workflows-keyboard-%1-%2.png").arg(++m_shot, 2, 10, QLatin1Char('0')).arg(name)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtelierTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_workflowspage"));
        QSettings().clear();
    }

    void listEditRunVersions_data() { ScratchDatabase::addDialectRows(); }
    void listEditRunVersions()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url()));
        WorkflowRunner runner; // the console's (MainWindow's), here beside the page alone
        WorkflowsPage page;
        page.resize(1024, 700);
        page.show();
        const QDate today = QDate::currentDate();
        page.setContext({scratch.url(), QStringLiteral("lumiere-paris"), today.addDays(-30), today.addDays(1)});
        QVERIFY(page.runnerStateText().startsWith(QLatin1String("Runner: off")));
        page.setRunner(&runner);
        runner.setDatabase(scratch.url());
        QVERIFY(runner.isOn());

        // The list: the demo's four workflows, their triggers in words, their figures.
        QTRY_COMPARE_WITH_TIMEOUT(page.listModel()->rowCount(), 4, kWait);
        const WorkflowSummary *weekly = summaryOf(page, QStringLiteral("Weekly report"));
        QVERIFY(weekly);
        QCOMPARE(WorkflowListModel::triggerText(weekly->workflow.trigger), QStringLiteral("Every Monday at 07:00 (Europe/Paris)"));
        QVERIFY(weekly->nextRun.isValid());
        QVERIFY(weekly->nextRun > QDateTime::currentDateTimeUtc());
        QVERIFY(weekly->lastRun.isValid());
        QVERIFY2(weekly->finished30 >= 3 && weekly->completed30 < weekly->finished30, "the demo's failed weekly export counts");
        const WorkflowSummary *alert = summaryOf(page, QStringLiteral("Revenue anomaly alert"));
        QVERIFY(alert);
        QCOMPARE(page.listModel()->index(rowOfName(page, alert->workflow.name), WorkflowListModel::TriggerColumn).data().toString(),
                 QStringLiteral("An anomaly is detected (Metric: revenue)"));
        QVERIFY(!alert->nextRun.isValid()); // events have no next run

        // Filter by status.
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("archived")));
        QCOMPARE(page.listProxy()->rowCount(), 0);
        page.statusFilter()->setCurrentIndex(page.statusFilter()->findData(QStringLiteral("active")));
        QCOMPARE(page.listProxy()->rowCount(), 4); // lumiere-paris is brand 0: its nightly batch is active
        page.statusFilter()->setCurrentIndex(0);

        // Pause, then resume.
        QSignalSpy changed(&page, &WorkflowsPage::changed);
        QVERIFY(page.selectWorkflow(QStringLiteral("Weekly report")));
        page.toggleSelectedPause();
        QVERIFY(changed.wait(kWait));
        QVERIFY2(changed.last().first().toBool(), qPrintable(page.statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(summaryOf(page, QStringLiteral("Weekly report"))->workflow.status, QStringLiteral("paused"), kWait);
        QVERIFY(!summaryOf(page, QStringLiteral("Weekly report"))->nextRun.isValid()); // paused: no next run
        QVERIFY(page.selectWorkflow(QStringLiteral("Weekly report")));
        page.toggleSelectedPause();
        QTRY_COMPARE_WITH_TIMEOUT(summaryOf(page, QStringLiteral("Weekly report"))->workflow.status, QStringLiteral("active"), kWait);

        // The editor: a new workflow, an action from the palette, its parameters typed, a problem fixed.
        page.newWorkflow();
        WorkflowEditor *editor = page.editor();
        QVERIFY(editor->isVisible());
        type(editor->findChild<QLineEdit *>(QStringLiteral("workflowName")), QStringLiteral("Smoke test"));
        QVERIFY(hasProblemAt(editor, QStringLiteral("actions"))); // no action yet
        QVERIFY(!editor->saveButton()->isEnabled());
        QListWidget *palette = editor->palette();
        palette->setCurrentRow(int(WorkflowDefinition::actionTypes().indexOf(QStringLiteral("notify"))));
        QTest::keyClick(palette, Qt::Key_Return);
        QCOMPARE(editor->actions().size(), 1);
        QCOMPARE(editor->selectedNode(), 0);
        QCOMPARE(editor->canvas()->nodeCount(), 2);
        QVERIFY(hasProblemAt(editor, QStringLiteral("actions[0].params")));
        // The form says what each parameter is in words, with a tooltip, never the format's keys.
        QCOMPARE(static_cast<QLabel *>(labelOf(editor->paramField(QStringLiteral("users"))))->text(), QStringLiteral("People:"));
        QVERIFY(!editor->paramField(QStringLiteral("users"))->toolTip().isEmpty());
        QCOMPARE(static_cast<QLabel *>(labelOf(editor->paramField(QStringLiteral("max_tries"))))->text(), QStringLiteral("Max tries:"));
        QVERIFY(!labelOf(editor->paramField(QStringLiteral("max_tries")))->toolTip().isEmpty());
        QCOMPARE(editor->paramField(QStringLiteral("users"))->accessibleName(), QStringLiteral("People"));
        for (const QString &actionType : WorkflowDefinition::actionTypes())
            for (const auto &[key, kind] : WorkflowEditor::paramSpec(actionType)) {
                QVERIFY2(!WorkflowEditor::paramLabel(key).contains(QLatin1Char('_')) && WorkflowEditor::paramLabel(key) != key + QLatin1Char(':'),
                         qPrintable(actionType + QLatin1Char('.') + key));
                QVERIFY2(!WorkflowEditor::paramToolTip(actionType, key).isEmpty(), qPrintable(actionType + QLatin1Char('.') + key));
            }
        for (const QString &eventName : WorkflowDefinition::eventNames())
            for (const QString &key : WorkflowDefinition::eventFilterKeys(eventName)) {
                QVERIFY2(WorkflowEditor::paramLabel(key) != key + QLatin1Char(':'), qPrintable(eventName + QLatin1Char('.') + key));
                QVERIFY2(!WorkflowEditor::paramToolTip(QStringLiteral("event"), key).isEmpty(), qPrintable(eventName + QLatin1Char('.') + key));
            }
        type(editor->paramField(QStringLiteral("users")), QStringLiteral("ana, local"));
        QCOMPARE(editor->actions().at(0).toObject().value(QLatin1String("params")).toObject().value(QLatin1String("users")).toArray().size(), 2);
        type(editor->paramField(QStringLiteral("users")), QStringLiteral("ana"));
        type(editor->paramField(QStringLiteral("message")), QStringLiteral("Hello {{ trigger. }}"));
        QVERIFY2(hasProblemAt(editor, QStringLiteral("actions[0].params.message")), "an expression that does not compile");
        // Selecting the problem selects its node.
        editor->selectNode(-1);
        QListWidget *problems = editor->problemList();
        problems->setCurrentRow(0);
        QCOMPARE(editor->selectedNode(), 0);
        type(editor->paramField(QStringLiteral("message")), QStringLiteral("Hello {{ trigger.who || 'you' }}"));
        QVERIFY2(editor->problems().isEmpty(), qPrintable(editor->problems().isEmpty() ? QString() : editor->problems().first().message));
        QVERIFY(editor->saveButton()->isEnabled());
        // The raw JSON follows the form, and the form follows it.
        QVERIFY(editor->rawParams()->toPlainText().contains(QLatin1String("trigger.who")));
        // A condition added by drag's twin (the same call), removed with Delete on the canvas, brought back by undo.
        palette->setCurrentRow(int(WorkflowDefinition::actionTypes().indexOf(QStringLiteral("condition"))));
        emit palette->itemActivated(palette->currentItem());
        QCOMPARE(editor->actions().size(), 2);
        QCOMPARE(editor->selectedNode(), 1);
        QCOMPARE(editor->canvas()->nodeCount(), 3);
        QTest::keyClick(editor->canvas(), Qt::Key_Up);
        QCOMPARE(editor->selectedNode(), 0);
        QTest::keyClick(editor->canvas(), Qt::Key_Down);
        QCOMPARE(editor->selectedNode(), 1);
        QTest::keyClick(editor->canvas(), Qt::Key_Delete);
        QCOMPARE(editor->actions().size(), 1);
        editor->undoStack()->undo();
        QCOMPARE(editor->actions().size(), 2);
        QCOMPARE(editor->canvas()->nodeCount(), 3);
        // The condition's else branch goes to the notify step: an edge drawn for it.
        editor->selectNode(1);
        auto *elseCombo = qobject_cast<QComboBox *>(editor->paramField(QStringLiteral("else")));
        QVERIFY(elseCombo);
        elseCombo->setCurrentIndex(elseCombo->findData(QStringLiteral("notify")));
        emit elseCombo->activated(elseCombo->currentIndex());
        QCOMPARE(editor->actions().at(1).toObject().value(QLatin1String("else")).toString(), QStringLiteral("notify"));
        bool elseDrawn = false;
        for (const auto &[from, to, kind] : editor->canvas()->edges())
            elseDrawn |= from == 1 && to == 0 && kind == QLatin1String("else");
        QVERIFY(elseDrawn);
        // Cycle: notify → condition (order), condition --else--> notify.
        QVERIFY(hasProblemAt(editor, QStringLiteral("actions")));
        editor->undoStack()->undo();
        QVERIFY(editor->actions().at(1).toObject().value(QLatin1String("else")).isUndefined());
        QVERIFY(editor->problems().isEmpty());
        // Drag from the palette: what the list puts in the drag, dropped on the canvas.
        {
            const QModelIndex delay = palette->model()->index(int(WorkflowDefinition::actionTypes().indexOf(QStringLiteral("delay"))), 0);
            std::unique_ptr<QMimeData> mime(palette->model()->mimeData({delay}));
            QVERIFY(mime);
            const QPoint at = editor->canvas()->viewport()->rect().center();
            QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(editor->canvas()->viewport(), &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(editor->canvas()->viewport(), &drop);
            QCOMPARE(editor->actions().size(), 3);
            QCOMPARE(editor->actions().at(editor->selectedNode()).toObject().value(QLatin1String("type")).toString(), QStringLiteral("delay"));
            editor->undoStack()->undo();
            QCOMPARE(editor->actions().size(), 2);
        }
        // Tab walks the nodes from the trigger, then leaves the canvas for the form.
        editor->window()->activateWindow();
        editor->canvas()->setFocus();
        QTRY_VERIFY(editor->canvas()->hasFocus());
        editor->selectNode(-1);
        QTest::keyClick(editor->canvas(), Qt::Key_Tab);
        QCOMPARE(editor->selectedNode(), 0);
        QTest::keyClick(editor->canvas(), Qt::Key_Tab);
        QCOMPARE(editor->selectedNode(), 1);
        QTest::keyClick(editor->canvas(), Qt::Key_Tab);
        QCOMPARE(editor->selectedNode(), 1);
        QVERIFY2(!editor->canvas()->hasFocus(), "Tab leaves the canvas after the last node");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QVERIFY(editor->canvas()->hasFocus());
        QTest::keyClick(editor->canvas(), Qt::Key_Backtab);
        QCOMPARE(editor->selectedNode(), 0);
        // The trigger: an event with its filter fields, back to manual through undo.
        editor->selectNode(-1);
        auto *triggerType = qobject_cast<QComboBox *>(editor->paramField(QStringLiteral("type")));
        QVERIFY(triggerType);
        triggerType->setCurrentIndex(triggerType->findData(QStringLiteral("event")));
        emit triggerType->activated(triggerType->currentIndex());
        auto *event = qobject_cast<QComboBox *>(editor->paramField(QStringLiteral("event")));
        QVERIFY(event);
        event->setCurrentIndex(event->findData(QStringLiteral("quota.threshold")));
        emit event->activated(event->currentIndex());
        QVERIFY(hasProblemAt(editor, QStringLiteral("trigger.percent"))); // required
        QTRY_VERIFY(editor->paramField(QStringLiteral("percent")));
        type(editor->paramField(QStringLiteral("percent")), QStringLiteral("90"));
        QCOMPARE(editor->trigger().value(QLatin1String("percent")).toInt(), 90);
        QVERIFY(editor->problems().isEmpty());
        QCOMPARE(WorkflowListModel::triggerText(editor->trigger()), QStringLiteral("A quota passes a share (Percent used: 90)"));
        // Another event: its filters are fields of their own (a line each, the direction a choice), not JSON.
        event = qobject_cast<QComboBox *>(editor->paramField(QStringLiteral("event"))); // the form was built again
        QVERIFY(event);
        QCOMPARE(event->itemText(event->findData(QStringLiteral("metric.threshold"))), QStringLiteral("A metric crosses a threshold (metric.threshold)"));
        event->setCurrentIndex(event->findData(QStringLiteral("metric.threshold")));
        emit event->activated(event->currentIndex());
        QTRY_VERIFY(editor->paramField(QStringLiteral("threshold")) && editor->paramField(QStringLiteral("threshold"))->isVisible());
        QVERIFY(!editor->paramField(QStringLiteral("percent")));
        QCOMPARE(static_cast<QLabel *>(labelOf(editor->paramField(QStringLiteral("threshold"))))->text(), QStringLiteral("Threshold:"));
        type(editor->paramField(QStringLiteral("metric")), QStringLiteral("conversion_rate"));
        type(editor->paramField(QStringLiteral("threshold")), QStringLiteral("0.02"));
        auto *direction = qobject_cast<QComboBox *>(editor->paramField(QStringLiteral("direction")));
        QVERIFY(direction);
        QCOMPARE(direction->currentData().toString(), QStringLiteral("above")); // the format's default
        direction->setCurrentIndex(direction->findData(QStringLiteral("below")));
        emit direction->activated(direction->currentIndex());
        QCOMPARE(editor->trigger(), (QJsonObject{{QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("event"), QStringLiteral("metric.threshold")},
                                                 {QStringLiteral("metric"), QStringLiteral("conversion_rate")}, {QStringLiteral("threshold"), 0.02},
                                                 {QStringLiteral("direction"), QStringLiteral("below")}}));
        QVERIFY2(editor->problems().isEmpty(), qPrintable(editor->problems().isEmpty() ? QString() : editor->problems().first().message));
        while (editor->trigger().value(QLatin1String("type")).toString() != QLatin1String("manual") && editor->undoStack()->canUndo())
            editor->undoStack()->undo();
        QCOMPARE(editor->actions().size(), 2);
        // Zoom from the keyboard.
        const double zoom = editor->canvas()->zoom();
        editor->findChild<QAction *>(QStringLiteral("zoomIn"))->trigger();
        QVERIFY(editor->canvas()->zoom() > zoom);

        // Save: version 1, in the list.
        QSignalSpy saved(&page, &WorkflowsPage::saved);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(kWait));
        QVERIFY2(saved.last().first().toBool(), qPrintable(editor->message()));
        QTRY_VERIFY_WITH_TIMEOUT(summaryOf(page, QStringLiteral("Smoke test")), kWait);
        QCOMPARE(summaryOf(page, QStringLiteral("Smoke test"))->workflow.version, 1);
        QVERIFY(!editor->workflowId().isEmpty());
        // A change and Save again: version 2.
        editor->selectNode(0);
        type(editor->paramField(QStringLiteral("message")), QStringLiteral("Hello again {{ trigger.who || 'you' }}"));
        QVERIFY(editor->isModified());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(kWait));
        QVERIFY(saved.last().first().toBool());
        QTRY_COMPARE_WITH_TIMEOUT(summaryOf(page, QStringLiteral("Smoke test"))->workflow.version, 2, kWait);

        // Test run: each step's status, input and output on its node.
        QSignalSpy tested(&page, &WorkflowsPage::testRunFinished);
        QTest::mouseClick(editor->testRunButton(), Qt::LeftButton);
        QVERIFY(tested.wait(kWait));
        QVERIFY2(tested.last().first().toBool(), qPrintable(editor->message()));
        const auto results = editor->stepResults();
        QVERIFY(results.contains(QStringLiteral("notify")));
        QCOMPARE(results.value(QStringLiteral("notify")).status, QStringLiteral("completed"));
        QCOMPARE(results.value(QStringLiteral("notify")).input.toObject().value(QLatin1String("message")).toString(), QStringLiteral("Hello again you"));
        QVERIFY(results.contains(QStringLiteral("condition")));
        editor->selectNode(0);
        QVERIFY(editor->findChild<QPlainTextEdit *>(QStringLiteral("stepResult"))->toPlainText().contains(QLatin1String("Hello again you")));
        QCOMPARE(summaryOf(page, QStringLiteral("Smoke test"))->workflow.version, 2); // nothing changed: no new version
        if (const QString shots = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(page.grab().save(shots + QStringLiteral("/workflows-test-run-%1.png").arg(QLatin1String(QTest::currentDataTag()))));

        // Run now: the console's own runner (a pool thread, never the GUI thread) claims it and runs it.
        page.showTab(WorkflowsPage::ListTab);
        QVERIFY(page.selectWorkflow(QStringLiteral("Smoke test")));
        page.runSelected();
        QVERIFY(changed.wait(kWait));
        QVERIFY2(changed.last().first().toBool(), qPrintable(page.statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(summaryOf(page, QStringLiteral("Smoke test"))->completed30 == 2, kWait);

        // A test run of a workflow that acts as someone else (the demo's admin) is queued for that person's runners.
        QVERIFY(page.selectWorkflow(QStringLiteral("Low quota notice")));
        page.editSelected();
        QCOMPARE(editor->name(), QStringLiteral("Low quota notice"));
        QVERIFY(!editor->findChild<QLineEdit *>(QStringLiteral("workflowName"))->isReadOnly()); // a rename is a new version
        QTest::mouseClick(editor->testRunButton(), Qt::LeftButton);
        QVERIFY(tested.wait(kWait));
        QVERIFY(!tested.last().first().toBool());
        QVERIFY2(editor->message().contains(QLatin1String("ana")), qPrintable(editor->message()));

        // Executions: filtered by workflow, status and date; the timeline of steps.
        page.showTab(WorkflowsPage::ExecutionsTab);
        QSignalSpy executionsLoaded(&page, &WorkflowsPage::executionsLoaded);
        QComboBox *workflowFilter = page.executionWorkflowFilter();
        workflowFilter->setCurrentIndex(workflowFilter->findText(QStringLiteral("Smoke test")));
        page.loadExecutions();
        QTRY_VERIFY_WITH_TIMEOUT(page.executionModel()->rowCount() == 2 && !page.isBusy(), kWait); // the test run and Run now
        for (const WorkflowExecution &x : page.executionModel()->rows())
            QCOMPARE(x.status, QStringLiteral("completed"));
        QTRY_COMPARE_WITH_TIMEOUT(page.stepModel()->rowCount(), 2, kWait);
        workflowFilter->setCurrentIndex(0);
        page.executionStatusFilter()->setCurrentIndex(page.executionStatusFilter()->findData(QStringLiteral("failed")));
        page.loadExecutions();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.executionModel()->rowCount() > 0, kWait);
        for (const WorkflowExecution &x : page.executionModel()->rows())
            QCOMPARE(x.status, QStringLiteral("failed"));
        // Dates: nothing tomorrow.
        page.executionFrom()->setDate(QDate::currentDate().addDays(2));
        page.executionTo()->setDate(QDate::currentDate().addDays(3));
        page.loadExecutions();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.executionModel()->rowCount() == 0, kWait);
        page.executionFrom()->setDate(QDate::currentDate().addDays(-40));
        page.executionTo()->setDate(QDate::currentDate());
        page.loadExecutions();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.executionModel()->rowCount() > 0, kWait);

        // Retry a failed one (it acts as the demo's admin, whose runner is not this console: it stays queued), then cancel it.
        const WorkflowExecution failedOne = page.executionModel()->rows().first();
        page.executionView()->selectRow(0);
        page.retrySelectedExecution();
        QVERIFY(changed.wait(kWait));
        QVERIFY2(changed.last().first().toBool(), qPrintable(page.statusText()));
        page.executionStatusFilter()->setCurrentIndex(0);
        page.loadExecutions();
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.executionModel()->rowOf(failedOne.id) >= 0, kWait);
        const int row = page.executionModel()->rowOf(failedOne.id);
        QVERIFY2(page.executionModel()->rows().at(row).status == QLatin1String("queued"), qPrintable(page.executionModel()->rows().at(row).status));
        page.executionView()->selectRow(row);
        page.cancelSelectedExecution();
        QVERIFY(changed.wait(kWait));
        QVERIFY2(changed.last().first().toBool(), qPrintable(page.statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.executionModel()->rowOf(failedOne.id) >= 0
                                     && page.executionModel()->rows().at(page.executionModel()->rowOf(failedOne.id)).status == QLatin1String("cancelled"),
                                 kWait);

        // Versions: two, diffed side by side; version 1 restored as version 3.
        page.showTab(WorkflowsPage::ListTab);
        QVERIFY(page.selectWorkflow(QStringLiteral("Smoke test")));
        QSignalSpy versionsLoaded(&page, &WorkflowsPage::versionsLoaded);
        page.showTab(WorkflowsPage::VersionsTab);
        QVERIFY(versionsLoaded.wait(kWait));
        QCOMPARE(page.versionModel()->rowCount(), 2);
        QCOMPARE(page.versionModel()->rows().first().version, 2);
        QVERIFY(!page.versionModel()->rows().first().savedBy.isEmpty());
        QVERIFY(page.leftDiff()->toPlainText().contains(QLatin1String("\"Hello {{")));
        QVERIFY(page.rightDiff()->toPlainText().contains(QLatin1String("Hello again")));
        QCOMPARE(page.leftDiff()->document()->blockCount(), page.rightDiff()->document()->blockCount()); // side by side, line for line
        page.versionView()->selectRow(1);
        page.restoreSelectedVersion();
        QVERIFY(changed.wait(kWait));
        QVERIFY2(changed.last().first().toBool(), qPrintable(page.statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(page.versionModel()->rowCount(), 3, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(summaryOf(page, QStringLiteral("Smoke test"))->workflow.version, 3, kWait);
        QVERIFY(QJsonDocument(summaryOf(page, QStringLiteral("Smoke test"))->workflow.actions).toJson().contains("\"Hello {{"));

        // Delete (the confirmation is the button's; this is what Yes does).
        page.showTab(WorkflowsPage::ListTab);
        page.deleteWorkflow(summaryOf(page, QStringLiteral("Smoke test"))->workflow.id);
        QVERIFY(changed.wait(kWait));
        QTRY_COMPARE_WITH_TIMEOUT(page.listModel()->rowCount(), 4, kWait);
        // Rename in the editor: name and description saved with a new version; an empty name, or another workflow's, is refused.
        QVERIFY(page.selectWorkflow(QStringLiteral("Weekly report")));
        const int weeklyVersion = summaryOf(page, QStringLiteral("Weekly report"))->workflow.version;
        const int weeklyVersions = [&] {
            QSignalSpy loaded(&page, &WorkflowsPage::versionsLoaded);
            page.showTab(WorkflowsPage::VersionsTab);
            return loaded.wait(kWait) ? int(page.versionModel()->rowCount()) : -1;
        }();
        QVERIFY(weeklyVersions > 0);
        page.showTab(WorkflowsPage::ListTab);
        page.editSelected();
        auto *nameEdit = editor->findChild<QLineEdit *>(QStringLiteral("workflowName"));
        auto *descriptionEdit = editor->findChild<QLineEdit *>(QStringLiteral("workflowDescription"));
        QVERIFY(!editor->isModified());
        type(nameEdit, QString());
        QVERIFY(hasProblemAt(editor, QStringLiteral("name")));
        QVERIFY(!editor->saveButton()->isEnabled());
        QVERIFY(editor->isModified());
        type(nameEdit, QStringLiteral("Revenue anomaly alert"));
        QVERIFY(editor->saveButton()->isEnabled());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(kWait));
        QVERIFY(!saved.last().first().toBool());
        QVERIFY2(editor->message().contains(QLatin1String("already exists")), qPrintable(editor->message()));
        type(nameEdit, QStringLiteral("Weekly report for the team"));
        type(descriptionEdit, QStringLiteral("Monday's PDF, renamed"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(kWait));
        QVERIFY2(saved.last().first().toBool(), qPrintable(editor->message()));
        QVERIFY(!editor->isModified());
        QTRY_VERIFY_WITH_TIMEOUT(summaryOf(page, QStringLiteral("Weekly report for the team")), kWait);
        QVERIFY(!summaryOf(page, QStringLiteral("Weekly report")));
        QCOMPARE(summaryOf(page, QStringLiteral("Weekly report for the team"))->workflow.version, weeklyVersion + 1);
        QCOMPARE(summaryOf(page, QStringLiteral("Weekly report for the team"))->workflow.description, QStringLiteral("Monday's PDF, renamed"));
        QVERIFY(page.selectWorkflow(QStringLiteral("Weekly report for the team")));
        {
            QSignalSpy loaded(&page, &WorkflowsPage::versionsLoaded);
            page.showTab(WorkflowsPage::VersionsTab);
            QVERIFY(loaded.wait(kWait));
            QCOMPARE(page.versionModel()->rowCount(), weeklyVersions + 1);
        }

        // The runner ran beside all this without taking the GUI thread; the page says so.
        QTRY_VERIFY_WITH_TIMEOUT(runner.passes() > 0, kWait);
        QTRY_VERIFY(page.runnerStateText().startsWith(QLatin1String("Runner: on, last pass at")));
    }

    /// The console's runner without the data key (a passphrase wraps it): a signed webhook's execution is handed back,
    /// not failed (queued, attempt 0, nothing sent), the console says so once with an "Unlock…" button in the status bar,
    /// skips that workflow meanwhile; the passphrase given in the dialog unlocks it for the session and the execution
    /// completes, signed.
    void consoleAsksForTheDataKey_data() { ScratchDatabase::addDialectRows(); }
    void consoleAsksForTheDataKey()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db);
        QVERIFY(Migrator::migrate(db.value()));
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO brands (id, slug, name, industry) VALUES ('brand-k', 'brand-k', 'Keyed', 'fashion')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO workflow_allowed_hosts (brand_id, host) VALUES ('brand-k', '127.0.0.1')")));
        const QString passphrase = QStringLiteral("the console's long passphrase");
        QVERIFY(Secrets::initialise(db.value(), passphrase));
        const QString value = QStringLiteral("signing value");
        QVERIFY(WorkflowSecrets::set(db.value(), QStringLiteral("brand-k"), QStringLiteral("hook"), value, Secrets::unlock(db.value(), passphrase).value()));
        FakeProvider receiver;
        QVERIFY(receiver.isListening());
        receiver.answer("POST", QStringLiteral("/hook"), FakeAnswer::json({{QStringLiteral("ok"), true}}));
        const QJsonObject definition =
            QJsonDocument::fromJson(QStringLiteral(R"({"trigger": {"type": "manual"}, "actions": [{"id": "ping", "type": "webhook",
                "params": {"url": "%1", "body": {"n": 1}, "secret_name": "hook"}}]})")
                                        .arg(receiver.url(QStringLiteral("/hook")))
                                        .toUtf8())
                .object();
        auto w = WorkflowService::create(db.value(), QStringLiteral("brand-k"), QStringLiteral("Signed ping"), {}, definition);
        QVERIFY2(w, qPrintable(w ? QString() : w.error().message));
        auto queued = WorkflowService::run(db.value(), QStringLiteral("brand-k"), w->id, {});
        QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().message));

        QMainWindow host; // the runner's owner, as MainWindow
        host.resize(1024, 700);
        auto *runner = new WorkflowRunner(&host);
        host.show();
        QSignalSpy needed(runner, &WorkflowRunner::dataKeyNeeded);
        runner->setDatabase(scratch.url());
        QTRY_COMPARE_WITH_TIMEOUT(needed.count(), 1, kWait);
        QCOMPARE(needed.first().first().toStringList(), QStringList{QStringLiteral("Signed ping")});
        QVERIFY(runner->skipped().contains(w->id));
        auto *unlock = host.statusBar()->findChild<QPushButton *>(QStringLiteral("unlockDataKey"));
        QVERIFY(unlock);
        QVERIFY(unlock->isVisible());
        QVERIFY2(host.statusBar()->currentMessage().contains(QLatin1String("Signed ping")), qPrintable(host.statusBar()->currentMessage()));
        // Passes go on without claiming it again, nor asking again.
        const int passes = runner->passes();
        QTRY_VERIFY_WITH_TIMEOUT(runner->passes() >= passes + 2, kWait);
        QCOMPARE(needed.count(), 1);
        auto waiting = WorkflowService::execution(db.value(), queued->id);
        QVERIFY(waiting);
        QCOMPARE(waiting->status, QStringLiteral("queued"));
        QCOMPARE(waiting->attempt, 0);
        QVERIFY(receiver.requests().isEmpty());

        // "Unlock…": the passphrase dialog, typed into and accepted.
        bool answered = false;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || dialog->objectName() != QLatin1String("passphraseDialog"))
                return;
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("passphrase"));
            if (!edit)
                return;
            edit->setText(passphrase);
            answered = true;
            answer.stop();
            QTest::keyClick(edit, Qt::Key_Return);
        });
        answer.start();
        unlock->click();
        QVERIFY(answered);
        QTRY_VERIFY_WITH_TIMEOUT(runner->hasDataKey(), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(WorkflowService::execution(db.value(), queued->id)->status, QStringLiteral("completed"), kWait);
        QCOMPARE(WorkflowService::execution(db.value(), queued->id)->attempt, 1);
        QTRY_VERIFY_WITH_TIMEOUT(!host.statusBar()->findChild<QPushButton *>(QStringLiteral("unlockDataKey")), kWait);
        QCOMPARE(receiver.requests().size(), 1);
        const FakeRequest &request = receiver.requests().first();
        const QByteArray expected = "sha256=" + QMessageAuthenticationCode::hash(request.body, value.toUtf8(), QCryptographicHash::Sha256).toHex();
        QCOMPARE(request.header("X-Atelier-Signature"), expected);
        QCOMPARE(needed.count(), 1);
    }

    /// The console runs its workflow runner whatever page is shown: a schedule due every second runs while the
    /// Overview is on screen, and the Workflows page shows the runner on with its last pass.
    void consoleRunsWorkflowsOnAnyPage_data() { ScratchDatabase::addDialectRows(); }
    void consoleRunsWorkflowsOnAnyPage()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url()));
        MainWindow window(scratch.url());
        window.resize(1024, 700);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession(), kWait);
        QVERIFY(window.selectBrand(QStringLiteral("lumiere-paris")));
        QVERIFY(window.showPage(QStringLiteral("overview")));
        WorkflowRunner *runner = window.workflowRunner();
        QVERIFY(runner);
        QVERIFY(runner->isOn());
        // A schedule every second, saved beside the console (as the command line or another desktop would).
        auto db = Database::open(scratch.url());
        QVERIFY(db);
        auto brand = BrandService::bySlug(db.value(), QStringLiteral("lumiere-paris"));
        QVERIFY(brand);
        const QJsonObject definition = QJsonDocument::fromJson(R"({"trigger": {"type": "schedule", "every_seconds": 1},
            "actions": [{"id": "tick", "type": "condition", "params": {"if": "{{ execution.scheduled_for != null }}"}}]})").object();
        auto w = WorkflowService::create(db.value(), brand->id, QStringLiteral("Every second"), {}, definition);
        QVERIFY2(w, qPrintable(w ? QString() : w.error().message));
        ExecutionFilter filter;
        filter.brandId = brand->id;
        filter.workflowId = w->id;
        filter.status = QStringLiteral("completed");
        QTRY_VERIFY_WITH_TIMEOUT(WorkflowService::executions(db.value(), filter).value().size() >= 2, kWait);
        QCOMPARE(window.currentPage()->pageName(), QStringLiteral("overview"));
        const auto ran = WorkflowService::executions(db.value(), filter);
        QVERIFY(ran);
        for (const WorkflowExecution &x : ran.value())
            QCOMPARE(x.triggerKind, QStringLiteral("schedule"));
        auto *page = qobject_cast<WorkflowsPage *>(window.page(QStringLiteral("workflows")));
        QVERIFY(page);
        QCOMPARE(page->runner(), runner);
        QVERIFY2(page->runnerStateText().startsWith(QLatin1String("Runner: on, last pass at")), qPrintable(page->runnerStateText()));
        QVERIFY(window.showPage(QStringLiteral("workflows")));
        QTRY_VERIFY_WITH_TIMEOUT(summaryOf(*page, QStringLiteral("Every second")) && summaryOf(*page, QStringLiteral("Every second"))->lastRun.isValid(),
                                 kWait);

        // The open page follows what another program changes (as `atelier workflow create|pause|delete` beside it):
        // a manual workflow created, paused and deleted, nothing of which this console's runner runs (the schedule
        // above paused first: its runs would read the list again anyway).
        QVERIFY(WorkflowService::setStatus(db.value(), brand->id, w->id, QStringLiteral("paused")));
        QTRY_VERIFY_WITH_TIMEOUT(summaryOf(*page, QStringLiteral("Every second"))->workflow.status == QLatin1String("paused"), kWait);
        const QJsonObject manual = QJsonDocument::fromJson(R"({"trigger": {"type": "manual"},
            "actions": [{"id": "wait", "type": "delay", "params": {"seconds": 0}}]})").object();
        auto beside = WorkflowService::create(db.value(), brand->id, QStringLiteral("Made beside"), {}, manual);
        QVERIFY2(beside, qPrintable(beside ? QString() : beside.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(summaryOf(*page, QStringLiteral("Made beside")), kWait);
        auto paused = WorkflowService::setStatus(db.value(), brand->id, beside->id, QStringLiteral("paused"));
        QVERIFY2(paused, qPrintable(paused ? QString() : paused.error().message));
        QTRY_VERIFY_WITH_TIMEOUT(summaryOf(*page, QStringLiteral("Made beside"))->workflow.status == QLatin1String("paused"), kWait);
        QVERIFY(WorkflowService::remove(db.value(), brand->id, beside->id));
        QTRY_VERIFY_WITH_TIMEOUT(!summaryOf(*page, QStringLiteral("Made beside")), kWait);
    }

    void consoleInFrenchAndDark()
    {
        QTemporaryDir fallback;
        m_shots = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR", fallback.path());
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        QVERIFY(fill(scratch.url()));
        QVERIFY(Language::apply(QStringLiteral("fr")));
        Theme::apply(QStringLiteral("dark"));
        {
            MainWindow window(scratch.url());
            window.resize(1024, 700);
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession(), kWait);
            QVERIFY(MainWindow::availablePages().contains(QStringLiteral("workflows")));
            QVERIFY(window.selectBrand(QStringLiteral("lumiere-paris")));
            QVERIFY(window.showPage(QStringLiteral("workflows")));
            auto *page = qobject_cast<WorkflowsPage *>(window.page(QStringLiteral("workflows")));
            QVERIFY(page);
            QTRY_COMPARE_WITH_TIMEOUT(page->listModel()->rowCount(), 4, kWait);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kWait);
            shoot(&window, QStringLiteral("workflows-list-fr-dark"));
            QVERIFY(page->selectWorkflow(QStringLiteral("Revenue anomaly alert")));
            page->editSelected();
            page->editor()->selectNode(0);
            QTRY_VERIFY(page->editor()->paramField(QStringLiteral("url"))->isVisible());
            shoot(&window, QStringLiteral("workflows-editor-fr-dark"));

            page->showTab(WorkflowsPage::ExecutionsTab);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->executionModel()->rowCount() > 0 && page->stepModel()->rowCount() > 0, kWait);
            shoot(&window, QStringLiteral("workflows-executions-fr-dark"));

            page->showTab(WorkflowsPage::ListTab);
            QVERIFY(page->selectWorkflow(QStringLiteral("Weekly report")));
            page->showTab(WorkflowsPage::VersionsTab);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->versionModel()->rowCount() == 2, kWait);
            shoot(&window, QStringLiteral("workflows-versions-fr-dark"));
        }
        {
            // The page in the room it has in a 1024×700 window (the sidebar and the toolbar take the rest): the console
            // itself may be wider, as wide as its widest page.
            WorkflowsPage page;
            page.resize(1024 - 150, 700 - 90);
            page.show();
            const QDate today = QDate::currentDate();
            page.setContext({scratch.url(), QStringLiteral("lumiere-paris"), today.addDays(-30), today.addDays(1)});
            QTRY_COMPARE_WITH_TIMEOUT(page.listModel()->rowCount(), 4, kWait);
            QVERIFY(page.minimumSizeHint().width() <= page.width());
            shoot(&page, QStringLiteral("workflows-page-list-fr-dark"));
            QVERIFY(page.selectWorkflow(QStringLiteral("Revenue anomaly alert")));
            page.editSelected();
            page.editor()->selectNode(0);
            QTRY_VERIFY(page.editor()->paramField(QStringLiteral("url"))->isVisible());
            shoot(&page, QStringLiteral("workflows-page-editor-fr-dark"));
            page.editor()->selectNode(-1);
            QTRY_VERIFY(page.editor()->paramField(QStringLiteral("type"))->isVisible()); // new fields show once events run
            QVERIFY(page.editor()->paramField(QStringLiteral("event"))->isVisible());
            QVERIFY(!page.editor()->paramField(QStringLiteral("cron"))->isVisible());
            shoot(&page, QStringLiteral("workflows-page-trigger-fr-dark"));
            auto *event = qobject_cast<QComboBox *>(page.editor()->paramField(QStringLiteral("event")));
            QVERIFY(event);
            event->setCurrentIndex(event->findData(QStringLiteral("metric.threshold")));
            emit event->activated(event->currentIndex());
            QTRY_VERIFY(page.editor()->paramField(QStringLiteral("direction")) && page.editor()->paramField(QStringLiteral("direction"))->isVisible());
            shoot(&page, QStringLiteral("workflows-page-event-filters-fr-dark"));
            page.editor()->undoStack()->undo();
            page.showTab(WorkflowsPage::ExecutionsTab);
            QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.stepModel()->rowCount() > 0, kWait);
            shoot(&page, QStringLiteral("workflows-page-executions-fr-dark"));
            page.showTab(WorkflowsPage::ListTab);
            QVERIFY(page.selectWorkflow(QStringLiteral("Weekly report")));
            page.showTab(WorkflowsPage::VersionsTab);
            QTRY_VERIFY_WITH_TIMEOUT(!page.isBusy() && page.versionModel()->rowCount() == 2, kWait);
            shoot(&page, QStringLiteral("workflows-page-versions-fr-dark"));
        }
        Language::apply(QStringLiteral("en"));
        Theme::apply(QStringLiteral("light"));
    }

    /// The Workflows page walked with the keyboard alone, in the console at 1024×700, in French and dark: the list
    /// (filter, pause and resume), New, the editor (palette, property form, undo and redo, zoom, the canvas's nodes,
    /// the name), Save and Test run, the executions (filters, timeline, Retry, Cancel), the versions (diff, Restore).
    /// A picture at each stop (ATELIER_SCREENSHOT_DIR).
    void keyboardWalkInFrenchAndDark()
    {
        QTemporaryDir fallback;
        m_shots = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR", fallback.path());
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        QVERIFY(fill(scratch.url()));
        QVERIFY(Language::apply(QStringLiteral("fr")));
        Theme::apply(QStringLiteral("dark"));
        const char *P = "Atelier::WorkflowsPage", *E = "Atelier::WorkflowEditor";
        {
            MainWindow window(scratch.url());
            window.resize(1024, 700);
            window.show();
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession(), kWait);
            QVERIFY(window.selectBrand(QStringLiteral("lumiere-paris")));
            QVERIFY(window.showPage(QStringLiteral("workflows")));
            auto *page = qobject_cast<WorkflowsPage *>(window.page(QStringLiteral("workflows")));
            QVERIFY(page);
            QTRY_COMPARE_WITH_TIMEOUT(page->listModel()->rowCount(), 4, kWait);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kWait);
            WorkflowEditor *editor = page->editor();
            QSignalSpy changed(page, &WorkflowsPage::changed);
            // Triggers in French words, never the event's id and keys.
            QCOMPARE(page->listModel()->index(rowOfName(*page, QStringLiteral("Revenue anomaly alert")), WorkflowListModel::TriggerColumn).data().toString(),
                     QStringLiteral("Une anomalie est détectée (Métrique : revenue)"));

            // The list: the filter by its label's letter, then Tab to the table.
            QTRY_VERIFY(QApplication::focusWidget());
            alt(tx(P, "&Show:"));
            QVERIFY2(QApplication::focusWidget() == page->statusFilter(), qPrintable(focusName()));
            press(Qt::Key_Down);
            QCOMPARE(page->statusFilter()->currentData().toString(), QStringLiteral("active"));
            QCOMPARE(page->listProxy()->rowCount(), 4);
            press(Qt::Key_Up);
            QVERIFY2(tabTo(page->listView()), qPrintable(focusName()));
            QVERIFY(downTo(page->listView(), QStringLiteral("Weekly report")));
            QVERIFY(!page->selectedWorkflowId().isEmpty());
            step(&window, QStringLiteral("list"));
            // Pause, then resume, by the button's letter.
            alt(tx(P, "&Pause"));
            QVERIFY(changed.wait(kWait));
            QVERIFY2(changed.last().first().toBool(), qPrintable(page->statusText()));
            QTRY_VERIFY_WITH_TIMEOUT(summaryOf(*page, QStringLiteral("Weekly report"))->workflow.status == QLatin1String("paused") && !page->isBusy(), kWait);
            step(&window, QStringLiteral("paused"));
            QCOMPARE(page->listView()->currentIndex().data().toString(), QStringLiteral("Weekly report")); // kept through the reload
            alt(tx(P, "Resu&me"));
            QVERIFY(changed.wait(kWait));
            QTRY_VERIFY_WITH_TIMEOUT(summaryOf(*page, QStringLiteral("Weekly report"))->workflow.status == QLatin1String("active") && !page->isBusy(), kWait);

            // Enter on a row opens it in the editor, the canvas focused.
            QVERIFY2(tabTo(page->listView()), qPrintable(focusName()));
            QVERIFY(downTo(page->listView(), QStringLiteral("Revenue anomaly alert")));
            press(Qt::Key_Return);
            QVERIFY(editor->isVisible());
            QCOMPARE(editor->name(), QStringLiteral("Revenue anomaly alert"));
            QVERIFY2(QApplication::focusWidget() == editor->canvas(), qPrintable(focusName()));
            for (int i = 0; i < 5; ++i)
                press(Qt::Key_Up);
            QCOMPARE(editor->selectedNode(), -1);
            step(&window, QStringLiteral("editor-trigger"));
            press(Qt::Key_Down);
            QCOMPARE(editor->selectedNode(), 0);
            step(&window, QStringLiteral("editor-webhook"));

            // New, by its letter from the list: the name is focused.
            alt(page->findChild<QTabWidget *>()->tabText(WorkflowsPage::ListTab));
            QTRY_VERIFY(page->listView()->isVisible());
            alt(tx(P, "&New"));
            QTRY_VERIFY(editor->isVisible());
            QVERIFY2(QApplication::focusWidget() == editor->findChild<QLineEdit *>(QStringLiteral("workflowName")), qPrintable(focusName()));
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Essai clavier"));
            QCOMPARE(editor->name(), QStringLiteral("Essai clavier"));
            // The palette by its label's letter; Enter adds a notice.
            alt(tx(E, "&Actions (Enter or drag to add):"));
            QVERIFY2(QApplication::focusWidget() == editor->palette(), qPrintable(focusName()));
            QVERIFY(downTo(editor->palette(), QStringLiteral("notify"), Qt::UserRole));
            // Every action type's name is whole in the palette (wrapped, never cut behind a scroll bar), its id in the tooltip.
            for (int i = 0; i < editor->palette()->count(); ++i) {
                const QRect r = editor->palette()->visualItemRect(editor->palette()->item(i));
                QVERIFY2(r.width() >= editor->palette()->fontMetrics().horizontalAdvance(editor->palette()->item(i)->text()) || r.height() > editor->palette()->fontMetrics().height() * 3 / 2,
                         qPrintable(editor->palette()->item(i)->text()));
                QVERIFY(editor->palette()->item(i)->toolTip().contains(editor->palette()->item(i)->text()));
            }
            press(Qt::Key_Return);
            QCOMPARE(editor->actions().size(), 1);
            QCOMPARE(editor->actions().at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("notify"));
            // Tab reaches the form's fields.
            QVERIFY2(tabTo(editor->paramField(QStringLiteral("users"))), qPrintable(focusName()));
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ana"));
            QVERIFY2(tabTo(editor->paramField(QStringLiteral("message"))), qPrintable(focusName()));
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Bonjour"));
            QTRY_VERIFY2(editor->problems().isEmpty(), qPrintable(editor->problems().isEmpty() ? QString() : editor->problems().first().message));
            step(&window, QStringLiteral("editor-new-notify"));
            // Undo and redo from the keyboard.
            const QJsonArray typed = editor->actions();
            press(Qt::Key_Z, Qt::ControlModifier);
            QVERIFY(editor->actions() != typed);
            press(Qt::Key_Y, Qt::ControlModifier);
            QCOMPARE(editor->actions(), typed);
            press(Qt::Key_Z, Qt::ControlModifier);
            press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // redo's other key (once ambiguous: it did nothing)
            QCOMPARE(editor->actions(), typed);
            // Zoom.
            const double zoom = editor->canvas()->zoom();
            press(Qt::Key_Equal, Qt::ControlModifier);
            QVERIFY(editor->canvas()->zoom() > zoom);
            press(Qt::Key_Minus, Qt::ControlModifier); // once ambiguous (Ctrl+- twice on the action): it did nothing
            QVERIFY2(qAbs(editor->canvas()->zoom() - zoom) < 1e-6, qPrintable(QStringLiteral("%1 → %2, %3").arg(zoom).arg(editor->canvas()->zoom()).arg(focusName())));
            // A delay after the notice, from the palette; the canvas walks its nodes with the arrows; Delete and undo.
            alt(tx(E, "&Actions (Enter or drag to add):"));
            QVERIFY(downTo(editor->palette(), QStringLiteral("delay"), Qt::UserRole));
            press(Qt::Key_Return);
            QCOMPARE(editor->actions().size(), 2);
            QVERIFY2(tabTo(editor->canvas()), qPrintable(focusName()));
            for (int i = 0; i < 5; ++i)
                press(Qt::Key_Up);
            QCOMPARE(editor->selectedNode(), -1);
            press(Qt::Key_Down);
            press(Qt::Key_Down);
            QCOMPARE(editor->selectedNode(), 1);
            press(Qt::Key_Delete);
            QCOMPARE(editor->actions().size(), 1);
            press(Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(editor->actions().size(), 2);
            QVERIFY2(tabTo(editor->paramField(QStringLiteral("seconds"))), qPrintable(focusName()));
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("0"));
            QTRY_VERIFY2(editor->problems().isEmpty(), qPrintable(editor->problems().isEmpty() ? QString() : editor->problems().first().message));
            step(&window, QStringLiteral("editor-two-steps"));
            // Save, by its letter.
            QSignalSpy saved(page, &WorkflowsPage::saved);
            alt(tx(E, "&Save"));
            QVERIFY(saved.wait(kWait));
            QVERIFY2(saved.last().first().toBool(), qPrintable(editor->message()));
            QTRY_VERIFY_WITH_TIMEOUT(summaryOf(*page, QStringLiteral("Essai clavier")), kWait);
            // Rename by the name's label, save again: version 2.
            alt(tx(E, "&Name:"));
            QVERIFY2(QApplication::focusWidget() == editor->findChild<QLineEdit *>(QStringLiteral("workflowName")), qPrintable(focusName()));
            press(Qt::Key_End);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral(" bis"));
            alt(tx(E, "&Save"));
            QVERIFY(saved.wait(kWait));
            QVERIFY2(saved.last().first().toBool(), qPrintable(editor->message()));
            QTRY_VERIFY_WITH_TIMEOUT(summaryOf(*page, QStringLiteral("Essai clavier bis")), kWait);
            QCOMPARE(summaryOf(*page, QStringLiteral("Essai clavier bis"))->workflow.version, 2);
            // Test run, by its letter: each step's result on its node.
            QSignalSpy tested(page, &WorkflowsPage::testRunFinished);
            alt(tx(E, "Test &run"));
            QVERIFY(tested.wait(kWait));
            QVERIFY2(tested.last().first().toBool(), qPrintable(editor->message()));
            QCOMPARE(editor->stepResults().value(QStringLiteral("notify")).status, QStringLiteral("completed"));
            step(&window, QStringLiteral("editor-test-run"));

            // Executions, by the tab's letter: the workflow and status filters, the timeline of steps.
            QSignalSpy executionsLoaded(page, &WorkflowsPage::executionsLoaded);
            alt(page->findChild<QTabWidget *>()->tabText(WorkflowsPage::ExecutionsTab));
            QTRY_VERIFY(page->executionView()->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && executionsLoaded.count() > 0, kWait);
            alt(tx(P, "Wor&kflow:"));
            QVERIFY2(QApplication::focusWidget() == page->executionWorkflowFilter(), qPrintable(focusName()));
            for (int i = 0; i < 20 && page->executionWorkflowFilter()->currentText() != QLatin1String("Essai clavier bis"); ++i)
                press(Qt::Key_Down);
            QCOMPARE(page->executionWorkflowFilter()->currentText(), QStringLiteral("Essai clavier bis"));
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->executionModel()->rowCount() == 1, kWait);
            press(Qt::Key_Home); // all workflows again
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->executionModel()->rowCount() > 1, kWait);
            alt(tx(P, "&Status:"));
            QVERIFY2(QApplication::focusWidget() == page->executionStatusFilter(), qPrintable(focusName()));
            for (int i = 0; i < 10 && page->executionStatusFilter()->currentData().toString() != QLatin1String("failed"); ++i)
                press(Qt::Key_Down);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->executionModel()->rowCount() > 0, kWait);
            for (const WorkflowExecution &x : page->executionModel()->rows())
                QCOMPARE(x.status, QStringLiteral("failed"));
            // The dates: the first day a day later, kept when the field is left.
            alt(tx(P, "F&rom:"));
            QVERIFY2(QApplication::focusWidget() == page->executionFrom(), qPrintable(focusName()));
            const QDate from = page->executionFrom()->date();
            press(Qt::Key_Home);
            press(Qt::Key_Up);
            QCOMPARE(page->executionFrom()->date(), from.addDays(1));
            const int loads = int(executionsLoaded.count());
            press(Qt::Key_Return); // Tab would move to the month: Enter (or leaving the field) applies it
            QTRY_VERIFY_WITH_TIMEOUT(executionsLoaded.count() > loads && !page->isBusy(), kWait);
            // The list, its first row's steps.
            QVERIFY2(tabTo(page->executionView()), qPrintable(focusName()));
            press(Qt::Key_Home, Qt::ControlModifier);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->stepModel()->rowCount() > 0, kWait);
            step(&window, QStringLiteral("executions-failed"));
            // Retry, by its letter, then Cancel it (it acts as the demo's admin: no runner here takes it).
            const QString failedId = page->executionView()->currentIndex().data(ExecutionModel::IdRole).toString();
            alt(tx(P, "Retr&y"));
            QVERIFY(changed.wait(kWait));
            QVERIFY2(changed.last().first().toBool(), qPrintable(page->statusText()));
            alt(tx(P, "&Status:"));
            press(Qt::Key_Home);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->executionModel()->rowOf(failedId) >= 0, kWait);
            QVERIFY2(tabTo(page->executionView()), qPrintable(focusName()));
            QVERIFY(downTo(page->executionView(), failedId, ExecutionModel::IdRole));
            QCOMPARE(page->executionView()->currentIndex().data(ExecutionModel::StatusRole).toString(), QStringLiteral("queued"));
            step(&window, QStringLiteral("executions-retried"));
            alt(tx(P, "&Cancel run"));
            QVERIFY(changed.wait(kWait));
            QVERIFY2(changed.last().first().toBool(), qPrintable(page->statusText()));
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->executionModel()->rowOf(failedId) >= 0
                                         && page->executionModel()->rows().at(page->executionModel()->rowOf(failedId)).status == QLatin1String("cancelled"),
                                     kWait);
            step(&window, QStringLiteral("executions-cancelled"));

            // Versions of the workflow saved above: the older one diffed, then restored.
            alt(page->findChild<QTabWidget *>()->tabText(WorkflowsPage::ListTab));
            QTRY_VERIFY(page->listView()->isVisible());
            QVERIFY2(tabTo(page->listView()), qPrintable(focusName()));
            QVERIFY(downTo(page->listView(), QStringLiteral("Essai clavier bis")));
            QCOMPARE(page->listView()->currentIndex().data().toString(), QStringLiteral("Essai clavier bis"));
            alt(page->findChild<QTabWidget *>()->tabText(WorkflowsPage::VersionsTab));
            QTRY_COMPARE(page->findChild<QTabWidget *>()->currentIndex(), int(WorkflowsPage::VersionsTab));
            // The versions arrive once (or again, when the list refreshes meanwhile): wait for what a person sees.
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->versionModel()->rowCount() == 2, kWait);
            QVERIFY2(tabTo(page->versionView()), qPrintable(focusName()));
            QVERIFY(downTo(page->versionView(), QStringLiteral("1")));
            QCOMPARE(page->versionView()->currentIndex().row(), 1);
            step(&window, QStringLiteral("versions"));
            alt(tx(P, "Re&store"));
            QVERIFY(changed.wait(kWait));
            QVERIFY2(changed.last().first().toBool(), qPrintable(page->statusText()));
            QTRY_COMPARE_WITH_TIMEOUT(page->versionModel()->rowCount(), 3, kWait);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kWait);
            step(&window, QStringLiteral("versions-restored"));
        }
        Language::apply(QStringLiteral("en"));
        Theme::apply(QStringLiteral("light"));
    }
};

QTEST_MAIN(TestWorkflowsPage)
#include "tst_workflowspage.moc"
