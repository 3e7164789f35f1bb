#include "../markingtranslator.h"
#include "workflows/workflowdefinition.h"
#include "workflows/workflowmodels.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Atelier;

namespace {
/// A JSON object written as text (the test's literals).
QJsonObject J(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
QStringList lines(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}
} // namespace

/// The Workflows page's tables under QAbstractItemModelTester, the trigger in words, and the line diff of versions.
class TestWorkflowModels final : public QObject
{
    Q_OBJECT
private:
    static WorkflowSummary summary(const QString &name, const QString &status, const QJsonObject &trigger)
    {
        WorkflowSummary s;
        s.workflow.id = QStringLiteral("wf-") + name;
        s.workflow.name = name;
        s.workflow.status = status;
        s.workflow.trigger = trigger;
        return s;
    }

private slots:
    void triggerInWords()
    {
        const auto words = [](const QJsonObject &t) { return WorkflowListModel::triggerText(t); };
        QCOMPARE(words(J("{\"type\": \"manual\"}")), QStringLiteral("Manual"));
        QCOMPARE(words(J("{\"type\": \"schedule\", \"every_seconds\": 60}")), QStringLiteral("Every 60 s"));
        QCOMPARE(words(J("{\"type\": \"schedule\", \"every_minutes\": 15}")), QStringLiteral("Every 15 min"));
        QCOMPARE(words(J("{\"type\": \"schedule\", \"every_seconds\": 7200}")), QStringLiteral("Every 2 h"));
        QCOMPARE(words(J("{\"type\": \"schedule\", \"cron\": \"0 9 * * 1\", \"timezone\": \"Europe/Paris\"}")),
                 QStringLiteral("Every %1 at 09:00 (Europe/Paris)").arg(QLocale().dayName(1)));
        QCOMPARE(words(J("{\"type\": \"schedule\", \"cron\": \"30 2 * * *\", \"timezone\": \"Europe/Paris\"}")),
                 QStringLiteral("Every day at 02:30 (Europe/Paris)"));
        QCOMPARE(words(J("{\"type\": \"schedule\", \"cron\": \"0 0 1 * *\"}")), QStringLiteral("On day 1 of every month at 00:00 (UTC)"));
        QCOMPARE(words(J("{\"type\": \"schedule\", \"cron\": \"*/15 * * * *\"}")), QStringLiteral("Cron “*/15 * * * *” (UTC)"));
        // Events in words (never their ids), their filters under the editor's labels, in the form's order.
        QCOMPARE(words(J("{\"type\": \"event\", \"event\": \"anomaly.detected\"}")), QStringLiteral("An anomaly is detected"));
        QCOMPARE(words(J("{\"type\": \"event\", \"event\": \"anomaly.detected\", \"metric\": \"revenue\"}")),
                 QStringLiteral("An anomaly is detected (Metric: revenue)"));
        QCOMPARE(words(J("{\"type\": \"event\", \"event\": \"quota.threshold\", \"percent\": 80}")),
                 QStringLiteral("A quota passes a share (Percent used: 80)"));
        QCOMPARE(words(J("{\"type\": \"event\", \"event\": \"metric.threshold\", \"direction\": \"below\", \"metric\": \"conversion_rate\", "
                         "\"threshold\": 0.02}")),
                 QStringLiteral("A metric crosses a threshold (Metric: conversion_rate, Threshold: 0.02, Direction: Below)"));
        QCOMPARE(words(J("{\"type\": \"event\", \"event\": \"workflow.failed\", \"workflow\": \"Weekly report\"}")),
                 QStringLiteral("A workflow fails (Workflow: Weekly report)"));
        for (const QString &event : WorkflowDefinition::eventNames()) {
            QVERIFY2(!words(QJsonObject{{QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("event"), event}}).contains(event),
                     qPrintable(event));
            for (const QString &key : WorkflowDefinition::eventFilterKeys(event))
                QVERIFY2(WorkflowListModel::paramLabel(key) != key + QLatin1Char(':'), qPrintable(event + QLatin1Char('.') + key));
        }
        // An event the format does not know (a definition damaged by hand) shows as it is written.
        QCOMPARE(words(J("{\"type\": \"event\", \"event\": \"nope.never\"}")), QStringLiteral("nope.never"));
    }

    /// The trigger's words are the editor's, translated in its context: the list, the versions and the canvas say
    /// an event as the editor's event choice does, in the console's language.
    void triggerWordsInTheEditorsContext()
    {
        Testing::MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        const QString text = WorkflowListModel::triggerText(J("{\"type\": \"event\", \"event\": \"quota.threshold\", \"percent\": 90}"));
        QCoreApplication::removeTranslator(&marking);
        QCOMPARE(text, QStringLiteral("Atelier::WorkflowEditor|Atelier::WorkflowEditor|A quota passes a share (Atelier::WorkflowEditor|Percent used: 90)"));
    }

    void workflowListUnderTester()
    {
        WorkflowListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        WorkflowSummary weekly = summary(QStringLiteral("Weekly"), QStringLiteral("active"),
                                         J("{\"type\": \"schedule\", \"cron\": \"0 9 * * 1\", \"timezone\": \"Europe/Paris\"}"));
        weekly.finished30 = 4;
        weekly.completed30 = 3;
        weekly.lastRun = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        weekly.lastStatus = QStringLiteral("failed");
        weekly.nextRun = QDateTime(QDate(2026, 3, 9), QTime(8, 0), Qt::UTC);
        model.setRows({weekly, summary(QStringLiteral("Alert"), QStringLiteral("paused"), J("{\"type\": \"manual\"}"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(WorkflowListModel::ColumnCount));
        QCOMPARE(model.index(0, WorkflowListModel::SuccessColumn).data().toString(), QStringLiteral("75 % of 4"));
        QVERIFY(model.index(0, WorkflowListModel::LastRunColumn).data().toString().contains(QLatin1String("Failed")));
        QCOMPARE(model.index(1, WorkflowListModel::LastRunColumn).data().toString(), QStringLiteral("Never"));
        QCOMPARE(model.index(1, WorkflowListModel::SuccessColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(1, WorkflowListModel::StatusColumn).data().toString(), QStringLiteral("Paused"));
        QCOMPARE(model.index(1, 0).data(WorkflowListModel::StatusRole).toString(), QStringLiteral("paused"));
        QCOMPARE(model.index(0, 0).data(WorkflowListModel::IdRole).toString(), QStringLiteral("wf-Weekly"));
        QCOMPARE(model.rowOf(QStringLiteral("wf-Alert")), 1);
        QCOMPARE(model.columnKey(WorkflowListModel::NextRunColumn), QStringLiteral("next_run"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void executionsStepsVersionsUnderTester()
    {
        ExecutionModel executions;
        QAbstractItemModelTester t1(&executions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        WorkflowExecution x;
        x.id = QStringLiteral("x1");
        x.workflowId = QStringLiteral("wf1");
        x.status = QStringLiteral("failed");
        x.triggerKind = QStringLiteral("schedule");
        x.attempt = 2;
        x.startedAt = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
        x.completedAt = x.startedAt.addMSecs(1500);
        x.error = QStringLiteral("No space left on device");
        executions.setRows({x});
        QCOMPARE(executions.index(0, ExecutionModel::WorkflowColumn).data().toString(), QStringLiteral("wf1"));
        executions.setWorkflowNames({{QStringLiteral("wf1"), QStringLiteral("Weekly report")}});
        QCOMPARE(executions.index(0, ExecutionModel::WorkflowColumn).data().toString(), QStringLiteral("Weekly report"));
        QCOMPARE(executions.index(0, ExecutionModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(executions.index(0, ExecutionModel::TriggerColumn).data().toString(), QStringLiteral("Schedule"));
        QCOMPARE(executions.index(0, ExecutionModel::DurationColumn).data().toString(), QStringLiteral("1.5 s"));
        QCOMPARE(executions.index(0, 0).data(ExecutionModel::StatusRole).toString(), QStringLiteral("failed"));

        StepRunModel steps;
        QAbstractItemModelTester t2(&steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        WorkflowStepRun r;
        r.stepId = QStringLiteral("export");
        r.attempt = 1;
        r.status = QStringLiteral("completed");
        r.input = J("{\"folder\": \"/tmp\"}");
        r.output = J("{\"file\": \"/tmp/r.pdf\"}");
        r.startedAt = x.startedAt;
        r.endedAt = x.startedAt.addSecs(125);
        steps.setRows({r});
        QCOMPARE(steps.index(0, StepRunModel::InputColumn).data().toString(), QStringLiteral("{\"folder\":\"/tmp\"}"));
        QCOMPARE(steps.index(0, StepRunModel::DurationColumn).data().toString(), QStringLiteral("2 min 5 s"));
        QVERIFY(steps.index(0, StepRunModel::OutputColumn).data(Qt::ToolTipRole).toString().contains(QLatin1String("r.pdf")));
        QCOMPARE(StepRunModel::durationText(r.startedAt, {}), QStringLiteral("—"));

        VersionModel versions;
        QAbstractItemModelTester t3(&versions, QAbstractItemModelTester::FailureReportingMode::QtTest);
        WorkflowVersion v;
        v.version = 2;
        v.trigger = J("{\"type\": \"manual\"}");
        v.actions = QJsonArray{QJsonObject(), QJsonObject()};
        versions.setRows({v});
        QCOMPARE(versions.rowOf(QStringLiteral("2")), 0);
        QCOMPARE(versions.index(0, VersionModel::ActionsColumn).data().toString(), QStringLiteral("2"));
        QCOMPARE(versions.index(0, VersionModel::TriggerColumn).data().toString(), QStringLiteral("Manual"));
    }

    void headersTranslatedInTheirContext()
    {
        Testing::MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        WorkflowListModel model;
        QCOMPARE(model.headerData(WorkflowListModel::NextRunColumn, Qt::Horizontal).toString(), QStringLiteral("Atelier::WorkflowListModel|Next run"));
        QCoreApplication::removeTranslator(&marking);
    }

    void lineDiff()
    {
        using K = LineDiff::Kind;
        const QStringList a = lines("{|  \"a\": 1,|  \"b\": 2,|  \"c\": 3|}");
        const QStringList b = lines("{|  \"a\": 1,|  \"b\": 5,|  \"c\": 3,|  \"d\": 4|}");
        const QList<LineDiff::Row> rows = LineDiff::compare(a, b);
        QList<K> kinds;
        for (const auto &r : rows)
            kinds.append(r.kind);
        QCOMPARE(kinds, (QList<K>{K::Same, K::Same, K::Changed, K::Changed, K::Added, K::Same}));
        QCOMPARE(rows.at(4).right, 4);
        QCOMPARE(rows.at(4).left, -1);
        // Every line of each side appears once, in order.
        QList<int> left, right;
        for (const auto &r : rows) {
            if (r.left >= 0)
                left.append(r.left);
            if (r.right >= 0)
                right.append(r.right);
        }
        QCOMPARE(left, (QList<int>{0, 1, 2, 3, 4}));
        QCOMPARE(right, (QList<int>{0, 1, 2, 3, 4, 5}));
        QVERIFY(LineDiff::compare({}, {}).isEmpty());
        QCOMPARE(LineDiff::compare(lines("x"), {}).first().kind, K::Removed);
        QCOMPARE(LineDiff::compare(a, a).size(), a.size());
    }
};

QTEST_GUILESS_MAIN(TestWorkflowModels)
#include "tst_workflowmodels.moc"
