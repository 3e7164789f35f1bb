#include "workflows/workflowdefinition.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Atelier;

#ifdef Q_MOC_RUN
// moc does not read the raw JSON strings below ("//" in them): it sees this declaration instead.
class TestWorkflowDefinition final : public QObject
{
    Q_OBJECT
private slots:
    void docExamplesAreValid();
    void parsesTheIssueForms();
    void documents();
    void problems_data();
    void problems();
    void webhookAddresses_data();
    void webhookAddresses();
    void allowedHosts();
    void roundTrip();
};
#else
namespace {

QJsonObject object(const char *json)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json));
    if (!document.isObject())
        qFatal("not an object: %s", json);
    return document.object();
}

QJsonArray array(const char *json)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json));
    if (!document.isArray())
        qFatal("not an array: %s", json);
    return document.array();
}

const char kNotify[] = R"({"id": "a", "type": "notify", "params": {"users": ["ana"], "message": "hi"}})";

QString actionsWith(const char *action)
{
    return QStringLiteral("[%1]").arg(QString::fromUtf8(action));
}

/// The ```json blocks of docs/workflows.md, each a complete definition.
QList<QByteArray> docExamples()
{
    QFile file(QStringLiteral(ATELIER_TEST_DATA "/../../docs/workflows.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read docs/workflows.md");
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression block(QStringLiteral("```json\\n(.*?)```"), QRegularExpression::DotMatchesEverythingOption);
    QList<QByteArray> examples;
    for (auto it = block.globalMatch(text); it.hasNext();)
        examples.append(it.next().captured(1).toUtf8());
    return examples;
}

} // namespace

/// Workflow definitions: the documented examples load, every problem is reported with its place, and what is saved
/// reads back the same.
class TestWorkflowDefinition final : public QObject
{
    Q_OBJECT
private slots:
    void docExamplesAreValid()
    {
        const QList<QByteArray> examples = docExamples();
        QVERIFY(examples.size() >= 15);
        QSet<QString> actionTypes;
        QSet<QString> triggerForms;
        for (const QByteArray &example : examples) {
            QList<WorkflowProblem> problems;
            const Result<WorkflowDefinition> definition = WorkflowDefinition::parse(example, {}, &problems);
            QVERIFY2(definition.ok(), qPrintable(QString::fromUtf8(example) + QStringLiteral("\n→ ")
                                                 + (definition ? QString() : definition.error().message)));
            QVERIFY(problems.isEmpty());
            for (const WorkflowAction &action : definition->actions)
                actionTypes.insert(action.type);
            const QJsonObject trigger = QJsonDocument::fromJson(example).object().value(QStringLiteral("trigger")).toObject();
            for (const char *form : {"cron", "every_seconds", "every_minutes", "event"}) {
                if (trigger.contains(QLatin1String(form)))
                    triggerForms.insert(QLatin1String(form));
            }
            triggerForms.insert(trigger.value(QStringLiteral("type")).toString());
            // What is saved reads back the same.
            const QJsonObject saved = definition->toJson();
            const Result<WorkflowDefinition> again = WorkflowDefinition::parse(saved.value(QStringLiteral("trigger")).toObject(),
                                                                             saved.value(QStringLiteral("actions")).toArray());
            QVERIFY(again.ok());
            QCOMPARE(again->toJson(), saved);
        }
        const QStringList types = WorkflowDefinition::actionTypes();
        QCOMPARE(QSet<QString>(types.begin(), types.end()), actionTypes);
        QCOMPARE(triggerForms, (QSet<QString>{QStringLiteral("manual"), QStringLiteral("schedule"), QStringLiteral("event"),
                                              QStringLiteral("cron"), QStringLiteral("every_seconds"), QStringLiteral("every_minutes")}));
    }

    void parsesTheIssueForms()
    {
        const Result<WorkflowDefinition> d = WorkflowDefinition::parse(
            object(R"({"type": "schedule", "cron": "0 9 * * 1", "timezone": "Europe/Paris"})"),
            array(R"([{"id": "ping", "type": "webhook", "params": {"url": "https://hooks.example.com/x", "body": {"a": 1}},
                       "retry": {"max_tries": 3, "wait_seconds": 1}, "on_error": "stop"},
                      {"id": "cond", "type": "condition", "params": {"if": "{{ steps.ping.status == 200 }}"}, "else": "ping2"},
                      {"id": "tell", "type": "notify", "params": {"users": ["ana"], "message": "ok"}, "next": "end"},
                      {"id": "ping2", "type": "webhook", "params": {"url": "https://hooks.example.com/y"},
                       "on_error": "error_branch", "error": "end", "timeout_seconds": 20},
                      {"id": "end", "type": "delay", "params": {"seconds": 1}}])"));
        QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().message));
        QCOMPARE(d->trigger.kind, WorkflowTrigger::Kind::Schedule);
        QCOMPARE(d->trigger.cron, QStringLiteral("0 9 * * 1"));
        QCOMPARE(d->trigger.timezone, QStringLiteral("Europe/Paris"));
        QCOMPARE(d->actions.size(), 5);
        QCOMPARE(d->actions[0].retry.maxTries, 3);
        QCOMPARE(d->actions[0].retry.waitSeconds, 1);
        QCOMPARE(d->actions[0].retry.backoff, 2.0);
        QCOMPARE(d->actions[3].onError, WorkflowAction::OnError::ErrorBranch);
        QCOMPARE(d->actions[3].timeoutSeconds, 20);
        QCOMPARE(d->indexOf(QStringLiteral("ping2")), 3);
        QCOMPARE(d->indexOf(QStringLiteral("nope")), -1);
        QCOMPARE(d->following(0, QStringLiteral("next")), 1);   // in order
        QCOMPARE(d->following(1, QStringLiteral("next")), 2);   // true branch: the following action
        QCOMPARE(d->following(1, QStringLiteral("else")), 3);
        QCOMPARE(d->following(2, QStringLiteral("next")), 4);   // an explicit edge
        QCOMPARE(d->following(3, QStringLiteral("error")), 4);
        QCOMPARE(d->following(0, QStringLiteral("else")), -1);
        QCOMPARE(d->following(4, QStringLiteral("next")), -1);  // the last one ends the run
        QCOMPARE(d->following(9, QStringLiteral("next")), -1);

        const Result<WorkflowDefinition> every = WorkflowDefinition::parse(object(R"({"type": "schedule", "every_seconds": 60})"),
                                                                         array(R"([{"id": "a", "type": "delay", "params": {"seconds": 1}}])"));
        QVERIFY(every.ok());
        QCOMPARE(every->trigger.everySeconds, 60);
        const Result<WorkflowDefinition> minutes = WorkflowDefinition::parse(object(R"({"type": "schedule", "every_minutes": 5})"),
                                                                           array(R"([{"id": "a", "type": "delay", "params": {"seconds": 1}}])"));
        QCOMPARE(minutes->trigger.everySeconds, 300);
        QCOMPARE(minutes->triggerJson(), object(R"({"type": "schedule", "every_seconds": 300})"));
        const Result<WorkflowDefinition> event = WorkflowDefinition::parse(
            object(R"({"type": "event", "event": "metric.threshold", "metric": "revenue", "threshold": 1000})"), array((QByteArray("[") + kNotify + "]").constData()));
        QVERIFY(event.ok());
        QCOMPARE(event->trigger.event, QStringLiteral("metric.threshold"));
        QCOMPARE(event->trigger.filter, object(R"({"metric": "revenue", "threshold": 1000})"));
        QCOMPARE(event->triggerJson(), object(R"({"type": "event", "event": "metric.threshold", "metric": "revenue", "threshold": 1000})"));
    }

    void documents()
    {
        // What `workflow show --format json` prints is accepted back: its other keys are the caller's.
        QVERIFY(WorkflowDefinition::parse(QByteArray(R"({"name": "n", "description": "d", "status": "active",
            "trigger": {"type": "manual"}, "actions": [)") + kNotify + "]}").ok());
        QList<WorkflowProblem> problems;
        Result<WorkflowDefinition> d = WorkflowDefinition::parse(QByteArray("{\"trigger\": "), {}, &problems);
        QVERIFY(!d);
        QVERIFY2(d.error().message.startsWith(QStringLiteral("not JSON: ")), qPrintable(d.error().message));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(WorkflowDefinition::parse(QByteArray("[1]")).error().message,
                 QStringLiteral("a definition should be an object {\"trigger\": {…}, \"actions\": […]}"));
        QCOMPARE(WorkflowDefinition::parse(QByteArray(R"({"actions": []})")).error().message,
                 QStringLiteral("trigger: missing, or not an object {\"type\": …}"));
        QCOMPARE(WorkflowDefinition::parse(QByteArray(R"({"trigger": {"type": "manual"}, "actions": {}})")).error().message,
                 QStringLiteral("actions: missing, or not a list […]"));
        // The error names the first problems, each with its place, and counts the others.
        d = WorkflowDefinition::parse(object(R"({"type": "schedule", "cron": "61 25 * * *"})"),
                                      array(R"([{"id": "a b", "type": "nope", "x": 1}, {"type": "notify"}, 5, {"id": "z", "type": "delay"}])"),
                                      {}, &problems);
        QVERIFY(!d);
        QCOMPARE(d.error().code, ErrorCode::InvalidInput);
        QVERIFY(problems.size() > 5);
        const QStringList lines = d.error().message.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.first(), QStringLiteral("trigger.cron: minute 61 is not between 0 and 59"));
        QCOMPARE(lines.last(), QStringLiteral("and %1 more problem(s)").arg(problems.size() - 5));
    }

    void problems_data()
    {
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<QString>("actions");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message"); // a message ending with "…" is compared by its beginning
        const QString ok = actionsWith(kNotify);
        const auto row = [](const char *name, const char *trigger, const QString &actions, const char *path, const char *message) {
            QTest::newRow(name) << QString::fromUtf8(trigger) << actions << QString::fromUtf8(path) << QString::fromUtf8(message);
        };
        const auto act = [](const char *json) { return actionsWith(json); };
        // Triggers.
        row("no type", "{}", ok, "trigger.type", "missing: one of manual, schedule, event");
        row("bad type", R"({"type": "cron"})", ok, "trigger.type", "“cron” is not a trigger type; the types are: manual, schedule, event");
        row("manual typo", R"({"type": "manual", "cron": "* * * * *"})", ok, "trigger.cron", "unknown key (a typo?); the keys here are: type");
        row("minute 61", R"({"type": "schedule", "cron": "61 * * * *"})", ok, "trigger.cron", "minute 61 is not between 0 and 59");
        row("day of week", R"({"type": "schedule", "cron": "0 9 * * 8", "timezone": "Europe/Paris"})", ok, "trigger.cron",
            "day of week 8 is not between 0 and 7");
        row("four fields", R"({"type": "schedule", "cron": "0 9 * *"})", ok, "trigger.cron",
            "“0 9 * *” should have five fields (minute hour day-of-month month day-of-week), not 4");
        row("zone", R"({"type": "schedule", "cron": "0 9 * * 1", "timezone": "Mars/Base"})", ok, "trigger.timezone",
            "unknown time zone “Mars/Base” (an IANA name such as Europe/Paris)");
        row("cron and every", R"({"type": "schedule", "cron": "0 9 * * 1", "every_seconds": 5})", ok, "trigger",
            "a schedule needs exactly one of cron, every_seconds or every_minutes");
        row("no schedule", R"({"type": "schedule"})", ok, "trigger", "a schedule needs exactly one of cron, every_seconds or every_minutes");
        row("every 0", R"({"type": "schedule", "every_seconds": 0})", ok, "trigger.every_seconds", "0 is not between 1 and 31622400");
        row("every 1.5", R"({"type": "schedule", "every_seconds": 1.5})", ok, "trigger.every_seconds", "should be a whole number");
        row("every text", R"({"type": "schedule", "every_minutes": "5"})", ok, "trigger.every_minutes", "should be a whole number");
        row("zone without cron", R"({"type": "schedule", "every_seconds": 5, "timezone": "UTC"})", ok, "trigger.timezone",
            "a time zone only goes with cron");
        row("schedule typo", R"({"type": "schedule", "every_second": 5})", ok, "trigger.every_second",
            "unknown key (a typo?); the keys here are: type, cron, timezone, every_seconds, every_minutes");
        row("no event", R"({"type": "event"})", ok, "trigger.event", "missing");
        row("unknown event", R"({"type": "event", "event": "foo.bar"})", ok, "trigger.event",
            "unknown event “foo.bar”; the events are: anomaly.detected, metric.threshold, experiment.significant, "
            "generation.completed, generation.failed, quota.threshold, comment.mention, share.created, workflow.failed, alert.raised, "
            "alert.resolved");
        row("event typo", R"({"type": "event", "event": "anomaly.detected", "metrc": "x"})", ok, "trigger.metrc",
            "unknown key (a typo?); the keys here are: type, event, metric");
        row("threshold missing", R"({"type": "event", "event": "metric.threshold", "metric": "revenue"})", ok, "trigger.threshold", "missing");
        row("threshold text", R"({"type": "event", "event": "metric.threshold", "metric": "revenue", "threshold": "x"})", ok,
            "trigger.threshold", "should be a number");
        row("direction", R"({"type": "event", "event": "metric.threshold", "metric": "m", "threshold": 1, "direction": "up"})", ok,
            "trigger.direction", "“up” is not one of: above, below");
        row("percent", R"({"type": "event", "event": "quota.threshold", "percent": 150})", ok, "trigger.percent", "150 is not between 1 and 100");
        row("filter empty", R"({"type": "event", "event": "workflow.failed", "workflow": ""})", ok, "trigger.workflow",
            "should be a text that is not empty");
        // Actions.
        const char *manual = R"({"type": "manual"})";
        row("no actions", manual, QStringLiteral("[]"), "actions", "a workflow needs at least one action");
        row("not an object", manual, QStringLiteral("[5]"), "actions[0]", "an action should be an object {\"id\": …, \"type\": …, \"params\": {…}}");
        row("no id", manual, act(R"({"type": "notify", "params": {"users": ["a"], "message": "m"}})"), "actions[0].id", "missing");
        row("bad id", manual, act(R"({"id": "a b", "type": "delay", "params": {"seconds": 1}})"), "actions[0].id",
            "“a b” is not an id: 1 to 64 letters, digits, “_” or “-”");
        row("long id", manual, act(R"({"id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "type": "delay", "params": {"seconds": 1}})"),
            "actions[0].id", "“aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa” is not an id: 1 to 64 letters, digits, “_” or “-”");
        row("duplicate id", manual, QStringLiteral("[%1, %1]").arg(QString::fromUtf8(kNotify)), "actions[1].id", "“a” is already the id of actions[0]");
        row("unknown type", manual, act(R"({"id": "a", "type": "email", "params": {}})"), "actions[0].type",
            "unknown action type “email”; the types are: condition, delay, analysis, export_report, generate, notify, comment, "
            "webhook, set_quota, set_workflow_status");
        row("no type", manual, act(R"({"id": "a", "params": {}})"), "actions[0].type", "missing");
        row("action typo", manual, act(R"({"id": "a", "type": "delay", "params": {"seconds": 1}, "nxt": "a"})"), "actions[0].nxt",
            "unknown key (a typo?); the keys here are: id, type, params, retry, timeout_seconds, on_error, next, else, error");
        row("params not object", manual, act(R"({"id": "a", "type": "delay", "params": [1]})"), "actions[0].params", "should be an object {…}");
        row("missing url", manual, act(R"({"id": "a", "type": "webhook", "params": {}})"), "actions[0].params.url",
            "missing: “webhook” actions need it");
        row("param typo", manual, act(R"({"id": "a", "type": "webhook", "params": {"url": "https://example.com", "tpye": 1}})"),
            "actions[0].params.tpye",
            "unknown parameter for “webhook” actions (a typo?); their parameters are: url, body, secret_name, headers");
        row("ftp", manual, act(R"({"id": "a", "type": "webhook", "params": {"url": "ftp://example.com/x"}})"), "actions[0].params.url",
            "“ftp://example.com/x” is not an http or https address");
        row("no host", manual, act(R"({"id": "a", "type": "webhook", "params": {"url": "https:///x"}})"), "actions[0].params.url",
            "“https:///x” has no host");
        row("loopback", manual, act(R"({"id": "a", "type": "webhook", "params": {"url": "http://127.0.0.1:8080/x"}})"), "actions[0].params.url",
            "127.0.0.1 is a loopback, private or link-local address; a brand admin may allow it with “atelier workflow allow-host 127.0.0.1”");
        row("computed host", manual, act(R"({"id": "a", "type": "webhook", "params": {"url": "{{ trigger.url }}"}})"), "actions[0].params.url",
            "the scheme and the host of the address must be written out, not computed by an expression");
        row("computed host 2", manual, act(R"({"id": "a", "type": "webhook", "params": {"url": "https://{{ trigger.host }}/x"}})"),
            "actions[0].params.url", "the scheme and the host of the address must be written out, not computed by an expression");
        row("computed private", manual, act(R"({"id": "a", "type": "webhook", "params": {"url": "http://10.0.0.1/{{ trigger.path }}"}})"),
            "actions[0].params.url",
            "10.0.0.1 is a loopback, private or link-local address; a brand admin may allow it with “atelier workflow allow-host 10.0.0.1”");
        row("headers", manual, act(R"({"id": "a", "type": "webhook", "params": {"url": "https://example.com", "headers": "x"}})"),
            "actions[0].params.headers", "should be an object {…}");
        row("users", manual, act(R"({"id": "a", "type": "notify", "params": {"users": "ana", "message": "m"}})"), "actions[0].params.users",
            "should be a list of texts that is not empty");
        row("user empty", manual, act(R"({"id": "a", "type": "notify", "params": {"users": ["ana", ""], "message": "m"}})"),
            "actions[0].params.users[1]", "should be a text that is not empty");
        row("message", manual, act(R"({"id": "a", "type": "notify", "params": {"users": ["ana"]}})"), "actions[0].params.message",
            "missing: “notify” actions need it");
        row("comment", manual, act(R"({"id": "a", "type": "comment", "params": {"resource_type": "funnel", "text": "t"}})"),
            "actions[0].params.resource_id", "missing: “comment” actions need it");
        row("format", manual, act(R"({"id": "a", "type": "export_report", "params": {"folder": "/tmp", "format": "doc"}})"),
            "actions[0].params.format", "“doc” is not one of: pdf, csv");
        row("analyses", manual, act(R"({"id": "a", "type": "export_report", "params": {"folder": "/tmp", "format": "pdf", "analyses": [1]}})"),
            "actions[0].params.analyses[0]", "should be a text that is not empty");
        row("analysis", manual, act(R"({"id": "a", "type": "analysis", "params": {"options": {}}})"), "actions[0].params.analysis",
            "missing: “analysis” actions need it");
        row("options", manual, act(R"({"id": "a", "type": "analysis", "params": {"analysis": "funnel", "options": 3}})"),
            "actions[0].params.options", "should be an object {…}");
        row("credits negative", manual, act(R"({"id": "a", "type": "set_quota", "params": {"user": "u", "monthly_credits": -1}})"),
            "actions[0].params.monthly_credits", "-1 is not between 0 and 100000000");
        row("credits fraction", manual, act(R"({"id": "a", "type": "set_quota", "params": {"user": "u", "monthly_credits": 1.5}})"),
            "actions[0].params.monthly_credits", "should be a whole number");
        row("status", manual, act(R"({"id": "a", "type": "set_workflow_status", "params": {"workflow": "w", "status": "archived"}})"),
            "actions[0].params.status", "“archived” is not one of: active, paused");
        row("delay none", manual, act(R"({"id": "a", "type": "delay", "params": {}})"), "actions[0].params",
            "a delay needs exactly one of seconds, minutes or until");
        row("delay two", manual, act(R"({"id": "a", "type": "delay", "params": {"seconds": 1, "minutes": 1}})"), "actions[0].params",
            "a delay needs exactly one of seconds, minutes or until");
        row("delay until", manual, act(R"({"id": "a", "type": "delay", "params": {"until": "tomorrow"}})"), "actions[0].params.until",
            "should be a date and time such as 2026-05-01T09:00:00Z");
        row("delay long", manual, act(R"({"id": "a", "type": "delay", "params": {"seconds": 9999999}})"), "actions[0].params.seconds",
            "9999999 is not between 0 and 2592000");
        row("generate both", manual, act(R"({"id": "a", "type": "generate", "params": {"provider": "p", "model": "m", "prompt": "x", "template": "t"}})"),
            "actions[0].params", "a generation needs either a prompt or a template (not both)");
        row("generate variables", manual, act(R"({"id": "a", "type": "generate", "params": {"provider": "p", "model": "m", "prompt": "x", "variables": {}}})"),
            "actions[0].params.variables", "variables only go with a template");
        row("generate count", manual, act(R"({"id": "a", "type": "generate", "params": {"provider": "p", "model": "m", "prompt": "x", "count": 17}})"),
            "actions[0].params.count", "17 is not between 1 and 16");
        row("condition if", manual, act(R"({"id": "a", "type": "condition", "params": {"if": "x <"}})"), "actions[0].params.if",
            "the expression “x <” does not compile: SyntaxError…");
        row("condition empty", manual, act(R"({"id": "a", "type": "condition", "params": {"if": ""}})"), "actions[0].params.if",
            "should be an expression, such as “steps.funnel.conversion < 0.03”");
        row("template", manual, act(R"({"id": "a", "type": "notify", "params": {"users": ["a"], "message": "n = {{ 1 + }}"}})"),
            "actions[0].params.message", "the expression “1 +” does not compile…");
        row("template deep", manual, act(R"({"id": "a", "type": "webhook", "params": {"url": "https://example.com", "body": {"x": ["{{ ok", 1]}}})"),
            "actions[0].params.body.x[0]", "“{{” without its closing “}}”");
        row("template number", manual, act(R"({"id": "a", "type": "set_quota", "params": {"user": "u", "monthly_credits": "{{ trigger.n ** }}"}})"),
            "actions[0].params.monthly_credits", "the expression “trigger.n **” does not compile…");
        // Retries, timeouts, errors, edges.
        row("max tries", manual, act(R"({"id": "a", "type": "delay", "params": {"seconds": 1}, "retry": {"max_tries": 11}})"),
            "actions[0].retry.max_tries", "11 is not between 1 and 10");
        row("wait", manual, act(R"({"id": "a", "type": "delay", "params": {"seconds": 1}, "retry": {"wait_seconds": 3601}})"),
            "actions[0].retry.wait_seconds", "3601 is not between 0 and 3600");
        row("backoff", manual, act(R"({"id": "a", "type": "delay", "params": {"seconds": 1}, "retry": {"backoff": 0.5}})"),
            "actions[0].retry.backoff", "0.5 is not between 1 and 10");
        row("max wait", manual, act(R"({"id": "a", "type": "delay", "params": {"seconds": 1}, "retry": {"max_wait_seconds": -1}})"),
            "actions[0].retry.max_wait_seconds", "-1 is not between 0 and 86400");
        row("retry typo", manual, act(R"({"id": "a", "type": "delay", "params": {"seconds": 1}, "retry": {"tries": 2}})"),
            "actions[0].retry.tries", "unknown key (a typo?); the keys here are: max_tries, wait_seconds, backoff, max_wait_seconds");
        row("retry not object", manual, act(R"({"id": "a", "type": "delay", "params": {"seconds": 1}, "retry": 3})"),
            "actions[0].retry", "should be an object {\"max_tries\": 3, \"wait_seconds\": 1}");
        row("timeout", manual, act(R"({"id": "a", "type": "delay", "params": {"seconds": 1}, "timeout_seconds": 0})"),
            "actions[0].timeout_seconds", "0 is not between 1 and 86400");
        row("timeout long", manual, act(R"({"id": "a", "type": "delay", "params": {"seconds": 1}, "timeout_seconds": 86401})"),
            "actions[0].timeout_seconds", "86401 is not between 1 and 86400");
        row("on_error", manual, act(R"({"id": "a", "type": "delay", "params": {"seconds": 1}, "on_error": "ignore"})"),
            "actions[0].on_error", "“ignore” is not one of: stop, continue, error_branch");
        row("branch without error", manual, act(R"({"id": "a", "type": "delay", "params": {"seconds": 1}, "on_error": "error_branch"})"),
            "actions[0].error", "missing: on_error error_branch needs the id of the action to go to");
        row("error without branch", manual, QStringLiteral(R"([{"id": "a", "type": "delay", "params": {"seconds": 1}, "error": "b"},
            {"id": "b", "type": "delay", "params": {"seconds": 1}}])"),
            "actions[0].error", "an error branch needs \"on_error\": \"error_branch\"");
        row("next unknown", manual, act(R"({"id": "a", "type": "delay", "params": {"seconds": 1}, "next": "zz"})"), "actions[0].next",
            "no action has the id “zz”");
        row("else unknown", manual, act(R"({"id": "a", "type": "condition", "params": {"if": "true"}, "else": "zz"})"), "actions[0].else",
            "no action has the id “zz”");
        row("else not condition", manual, QStringLiteral(R"([{"id": "a", "type": "delay", "params": {"seconds": 1}, "else": "b"},
            {"id": "b", "type": "delay", "params": {"seconds": 1}}])"),
            "actions[0].else", "only a condition has an else branch");
        row("self cycle", manual, act(R"({"id": "a", "type": "delay", "params": {"seconds": 1}, "next": "a"})"), "actions[0].next",
            "this makes a cycle: a → a");
        row("cycle", manual, QStringLiteral(R"([{"id": "a", "type": "delay", "params": {"seconds": 1}, "next": "b"},
            {"id": "b", "type": "delay", "params": {"seconds": 1}, "next": "a"}])"),
            "actions[1].next", "this makes a cycle: a → b → a");
        row("cycle through order", manual, QStringLiteral(R"([{"id": "a", "type": "delay", "params": {"seconds": 1}},
            {"id": "b", "type": "delay", "params": {"seconds": 1}},
            {"id": "c", "type": "delay", "params": {"seconds": 1}, "next": "a"}])"),
            "actions[2].next", "this makes a cycle: a → b → c → a");
        row("cycle through else", manual, QStringLiteral(R"([{"id": "a", "type": "delay", "params": {"seconds": 1}},
            {"id": "c", "type": "condition", "params": {"if": "true"}, "next": "d", "else": "a"},
            {"id": "d", "type": "delay", "params": {"seconds": 1}}])"),
            "actions[1].else", "this makes a cycle: a → c → a");
        row("cycle through error", manual, QStringLiteral(R"([{"id": "a", "type": "delay", "params": {"seconds": 1}, "on_error": "error_branch", "error": "b"},
            {"id": "b", "type": "delay", "params": {"seconds": 1}, "next": "a"}])"),
            "actions[1].next", "this makes a cycle: a → b → a");
    }
    void problems()
    {
        QFETCH(QString, trigger);
        QFETCH(QString, actions);
        QFETCH(QString, path);
        QFETCH(QString, message);
        QList<WorkflowProblem> found;
        const Result<WorkflowDefinition> d = WorkflowDefinition::parse(object(trigger.toUtf8().constData()),
                                                                       array(actions.toUtf8().constData()), {}, &found);
        QVERIFY(!d);
        QCOMPARE(d.error().code, ErrorCode::InvalidInput);
        QString all;
        bool seen = false;
        for (const WorkflowProblem &problem : found) {
            all += problem.path + QStringLiteral(": ") + problem.message + QLatin1Char('\n');
            if (problem.path != path)
                continue;
            seen = message.endsWith(QStringLiteral("…")) ? problem.message.startsWith(message.chopped(1)) : problem.message == message;
            if (seen)
                break;
        }
        QVERIFY2(seen, qPrintable(QStringLiteral("expected %1: %2\nfound:\n%3").arg(path, message, all)));
        QVERIFY(d.error().message.contains(path + QStringLiteral(": ")));
    }

    void webhookAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("refused");
        QTest::newRow("public") << "https://hooks.example.com/a?b=c" << false;
        QTest::newRow("public ip") << "http://93.184.216.34/x" << false;
        QTest::newRow("public ipv6") << "https://[2606:2800:220:1::1]/x" << false;
        QTest::newRow("localhost") << "http://localhost:8080/x" << true;
        QTest::newRow("LOCALHOST.") << "http://LOCALHOST./x" << true;
        QTest::newRow("sub.localhost") << "http://api.localhost/x" << true;
        QTest::newRow("127.1.2.3") << "http://127.1.2.3/" << true;
        QTest::newRow("10/8") << "http://10.20.30.40/" << true;
        QTest::newRow("172.16/12") << "http://172.20.0.1/" << true;
        QTest::newRow("172.32 is public") << "http://172.32.0.1/" << false;
        QTest::newRow("192.168") << "https://192.168.1.1/" << true;
        QTest::newRow("cgnat") << "https://100.64.0.1/" << true;
        QTest::newRow("metadata") << "http://169.254.169.254/latest/meta-data" << true;
        QTest::newRow("any") << "http://0.0.0.0:80/" << true;
        QTest::newRow("::1") << "http://[::1]:9000/" << true;
        QTest::newRow("::") << "http://[::]/" << true;
        QTest::newRow("fe80") << "http://[fe80::1]/" << true;
        QTest::newRow("fd00") << "http://[fd12:3456::1]/" << true;
        QTest::newRow("mapped") << "http://[::ffff:127.0.0.1]/" << true;
        QTest::newRow("mapped private") << "http://[::ffff:10.0.0.1]/" << true;
        QTest::newRow("decimal") << "http://2130706433/" << true;
        QTest::newRow("file") << "file:///etc/passwd" << true;
        QTest::newRow("javascript") << "javascript:alert(1)" << true;
        QTest::newRow("garbage") << "http://exa mple.com/" << true;
    }
    void webhookAddresses()
    {
        QFETCH(QString, url);
        QFETCH(bool, refused);
        const QString problem = WorkflowDefinition::webhookUrlProblem(url, {});
        QVERIFY2(problem.isEmpty() != refused, qPrintable(url + QStringLiteral(" → ") + problem));
    }

    void allowedHosts()
    {
        WorkflowValidation validation;
        validation.allowedHosts = {QStringLiteral("127.0.0.1"), QStringLiteral("Receiver.Local"), QStringLiteral("::1")};
        QVERIFY(WorkflowDefinition::webhookUrlProblem(QStringLiteral("http://127.0.0.1:8080/hook"), validation).isEmpty());
        QVERIFY(WorkflowDefinition::webhookUrlProblem(QStringLiteral("http://receiver.local/hook"), validation).isEmpty());
        QVERIFY(WorkflowDefinition::webhookUrlProblem(QStringLiteral("http://[::1]/hook"), validation).isEmpty());
        QVERIFY(!WorkflowDefinition::webhookUrlProblem(QStringLiteral("http://127.0.0.2/hook"), validation).isEmpty());
        const QJsonArray actions = array(R"([{"id": "a", "type": "webhook", "params": {"url": "http://127.0.0.1:8080/{{ execution.id }}"}}])");
        QVERIFY(!WorkflowDefinition::parse(object(R"({"type": "manual"})"), actions));
        QVERIFY(WorkflowDefinition::parse(object(R"({"type": "manual"})"), actions, validation).ok());
    }

    void roundTrip()
    {
        const Result<WorkflowDefinition> d = WorkflowDefinition::parse(
            object(R"({"type": "event", "event": "quota.threshold", "percent": 80})"),
            array(R"([{"id": "c", "type": "condition", "params": {"if": "trigger.percent > 50"}, "next": "w", "else": "n"},
                      {"id": "n", "type": "notify", "params": {"users": ["a"], "message": "{{ trigger.percent }}"},
                       "retry": {"max_tries": 4, "wait_seconds": 2, "backoff": 1.5, "max_wait_seconds": 30}, "on_error": "continue"},
                      {"id": "w", "type": "webhook", "params": {"url": "https://e.example/x"}, "timeout_seconds": 12,
                       "on_error": "error_branch", "error": "n2"},
                      {"id": "n2", "type": "notify", "params": {"users": ["a"], "message": "failed"}}])"));
        QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().message));
        const QJsonObject json = d->toJson();
        const Result<WorkflowDefinition> again = WorkflowDefinition::parse(QJsonDocument(json).toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), json);
        QCOMPARE(again->actions[1].retry.backoff, 1.5);
        QCOMPARE(again->actions[1].retry.maxWaitSeconds, 30);
        QCOMPARE(again->actions[1].onError, WorkflowAction::OnError::Continue);
        QCOMPARE(again->actions[2].timeoutSeconds, 12);
        QCOMPARE(again->actions[2].errorNext, QStringLiteral("n2"));
        QCOMPARE(again->actions[0].elseNext, QStringLiteral("n"));
        QCOMPARE(again->trigger.filter, object(R"({"percent": 80})"));
    }
};

#endif

QTEST_GUILESS_MAIN(TestWorkflowDefinition)
#include "tst_workflowdefinition.moc"
