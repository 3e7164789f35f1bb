#include "workflows/workflowexpressions.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Atelier;

namespace {

QJsonObject scope()
{
    return QJsonObject{
        {QStringLiteral("trigger"), QJsonObject{{QStringLiteral("metric"), QStringLiteral("revenue")}, {QStringLiteral("value"), 42}}},
        {QStringLiteral("steps"), QJsonObject{{QStringLiteral("funnel"), QJsonObject{{QStringLiteral("conversion"), 0.021},
                                                                                     {QStringLiteral("rows"), QJsonArray{1, 2, 3}}}}}},
        {QStringLiteral("execution"), QJsonObject{{QStringLiteral("id"), QStringLiteral("e1")}}},
    };
}

QJsonValue eval(const QString &expression)
{
    const Result<QJsonValue> v = WorkflowExpressions::evaluate(expression, scope());
    if (!v)
        return QJsonValue(QStringLiteral("ERROR: ") + v.error().message);
    return v.value();
}

} // namespace

/// Workflow expressions: values over the trigger and the steps, templates, and the sandbox (no host objects, nothing
/// left behind, an endless loop stopped at 100 ms), from several threads at once.
class TestWorkflowExpressions final : public QObject
{
    Q_OBJECT
private slots:
    void values()
    {
        QCOMPARE(eval(QStringLiteral("1 + 2")), QJsonValue(3));
        QCOMPARE(eval(QStringLiteral("trigger.metric")), QJsonValue(QStringLiteral("revenue")));
        QCOMPARE(eval(QStringLiteral("steps.funnel.conversion < 0.03")), QJsonValue(true));
        QCOMPARE(eval(QStringLiteral(" steps.funnel.rows.map(x => x * 2) ")), QJsonValue(QJsonArray{2, 4, 6}));
        QCOMPARE(eval(QStringLiteral("({a: trigger.value, b: [null, 'x']})")),
                 QJsonValue(QJsonObject{{QStringLiteral("a"), 42}, {QStringLiteral("b"), QJsonArray{QJsonValue(), QStringLiteral("x")}}}));
        QCOMPARE(eval(QStringLiteral("undefined")), QJsonValue(QJsonValue::Null));
        QCOMPARE(eval(QStringLiteral("trigger.nothing")), QJsonValue(QJsonValue::Null));
        QCOMPARE(eval(QStringLiteral("new Date(0)")), QJsonValue(QStringLiteral("1970-01-01T00:00:00.000Z")));
        QCOMPARE(eval(QStringLiteral("Math.max(3, 7) + ' ' + JSON.stringify({k: 1})")), QJsonValue(QStringLiteral("7 {\"k\":1}")));
        QCOMPARE(eval(QStringLiteral("execution.id // a comment at the end")), QJsonValue(QStringLiteral("e1")));
    }

    void errorsNameTheExpression()
    {
        const Result<QJsonValue> missing = WorkflowExpressions::evaluate(QStringLiteral("nope.x"), scope());
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.startsWith(QStringLiteral("the expression “nope.x” failed: ReferenceError")),
                 qPrintable(missing.error().message));
        const Result<QJsonValue> thrown = WorkflowExpressions::evaluate(QStringLiteral("(() => { throw 'no'; })()"), scope());
        QVERIFY(!thrown);
        QCOMPARE(thrown.error().message, QStringLiteral("the expression “(() => { throw 'no'; })()” failed: no"));
        const Status bad = WorkflowExpressions::check(QStringLiteral("1 +"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.startsWith(QStringLiteral("the expression “1 +” does not compile: SyntaxError")),
                 qPrintable(bad.error().message));
        QCOMPARE(WorkflowExpressions::check(QStringLiteral("  ")).error().message, QStringLiteral("an empty expression {{ }}"));
        QVERIFY(WorkflowExpressions::check(QStringLiteral("steps.funnel.conversion < 0.03")).ok());
        // check() compiles without running: an endless loop compiles, quickly.
        QElapsedTimer timer;
        timer.start();
        QVERIFY(WorkflowExpressions::check(QStringLiteral("(() => { while (true) {} })()")).ok());
        QVERIFY(timer.elapsed() < 50);
    }

    void templates()
    {
        const QJsonObject s = scope();
        QCOMPARE(WorkflowExpressions::render(QStringLiteral("{{ trigger.value }}"), s).value(), QJsonValue(42));
        QCOMPARE(WorkflowExpressions::render(QStringLiteral(" {{ steps.funnel.rows }} "), s).value(), QJsonValue(QJsonArray{1, 2, 3}));
        QCOMPARE(WorkflowExpressions::render(QStringLiteral("{{trigger.metric}} is {{ trigger.value / 4 }}!"), s).value(),
                 QJsonValue(QStringLiteral("revenue is 10.5!")));
        QCOMPARE(WorkflowExpressions::render(QStringLiteral("[{{ null }}|{{ true }}|{{ steps.funnel.rows }}|{{ ({a: 1}) }}]"), s).value(),
                 QJsonValue(QStringLiteral("[|true|[1,2,3]|{\"a\":1}]")));
        QCOMPARE(WorkflowExpressions::render(QStringLiteral("no expression"), s).value(), QJsonValue(QStringLiteral("no expression")));
        const QJsonObject nested{{QStringLiteral("url"), QStringLiteral("https://example.com/{{ trigger.metric }}")},
                                 {QStringLiteral("body"), QJsonObject{{QStringLiteral("n"), QStringLiteral("{{ trigger.value + 1 }}")},
                                                                      {QStringLiteral("list"), QJsonArray{QStringLiteral("{{ 1 < 2 }}"), 5}}}}};
        const QJsonObject rendered = WorkflowExpressions::render(nested, s).value().toObject();
        QCOMPARE(rendered.value(QStringLiteral("url")).toString(), QStringLiteral("https://example.com/revenue"));
        QCOMPARE(rendered.value(QStringLiteral("body")).toObject().value(QStringLiteral("n")), QJsonValue(43));
        QCOMPARE(rendered.value(QStringLiteral("body")).toObject().value(QStringLiteral("list")), QJsonValue(QJsonArray{true, 5}));
        const Result<QJsonValue> unclosed = WorkflowExpressions::render(QStringLiteral("a {{ b"), s);
        QVERIFY(!unclosed);
        QCOMPARE(unclosed.error().message, QStringLiteral("“{{” without its closing “}}”"));

        QVERIFY(WorkflowExpressions::checkTemplate(nested, QStringLiteral("actions[0].params")).ok());
        const QJsonObject broken{{QStringLiteral("a"), QJsonArray{QStringLiteral("ok {{ 1 }}"), QStringLiteral("{{ 1 + }}")}},
                                 {QStringLiteral("b"), QStringLiteral("{{ x")}};
        const Status checked = WorkflowExpressions::checkTemplate(broken, QStringLiteral("actions[2].params"));
        QVERIFY(!checked);
        QVERIFY2(checked.error().message.startsWith(QStringLiteral("actions[2].params.a[1]: the expression “1 +” does not compile")),
                 qPrintable(checked.error().message));
        const auto problems = WorkflowExpressions::templateProblems(broken, QStringLiteral("actions[2].params"));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems[1].first, QStringLiteral("actions[2].params.b"));
        QCOMPARE(problems[1].second, QStringLiteral("“{{” without its closing “}}”"));
    }

    void sandbox()
    {
        for (const char *name : {"require", "Qt", "console", "XMLHttpRequest", "setTimeout", "setInterval", "print", "gc",
                                 "process", "fetch", "QObject", "importScripts"})
            QCOMPARE(eval(QStringLiteral("typeof %1").arg(QLatin1String(name))), QJsonValue(QStringLiteral("undefined")));
        const Status imports = WorkflowExpressions::check(QStringLiteral("import('/etc/passwd')"));
        QVERIFY(!imports);
        QVERIFY(imports.error().message.contains(QStringLiteral("does not compile")));
        QVERIFY(!WorkflowExpressions::check(QStringLiteral("import.meta")));
        QVERIFY(eval(QStringLiteral("require('fs')")).toString().contains(QStringLiteral("ReferenceError")));
        QVERIFY(eval(QStringLiteral("console.log(1)")).toString().contains(QStringLiteral("ReferenceError")));
        // Nothing is left behind for the next expression (another workflow's, maybe another brand's).
        QVERIFY(eval(QStringLiteral("Object.prototype.polluted = 1")).toString().startsWith(QStringLiteral("ERROR: ")));
        QCOMPARE(eval(QStringLiteral("({}).polluted")), QJsonValue(QJsonValue::Null));
        QVERIFY(eval(QStringLiteral("leak = 1")).toString().contains(QStringLiteral("ReferenceError")));
        QCOMPARE(eval(QStringLiteral("typeof leak")), QJsonValue(QStringLiteral("undefined")));
        QVERIFY(eval(QStringLiteral("(Math.max = () => 0)")).toString().startsWith(QStringLiteral("ERROR: ")));
        QCOMPARE(eval(QStringLiteral("Math.max(1, 2)")), QJsonValue(2));
        QVERIFY(eval(QStringLiteral("Function('return this')().leak2 = 1")).toString().startsWith(QStringLiteral("ERROR: ")));
        // Huge texts in one native call are refused (no interrupt can stop those).
        QVERIFY(eval(QStringLiteral("'x'.repeat(1e9).length")).toString().contains(QStringLiteral("RangeError")));
        QVERIFY(eval(QStringLiteral("'x'.padStart(1e9)")).toString().contains(QStringLiteral("RangeError")));
        QCOMPARE(eval(QStringLiteral("'ab'.repeat(3) + '7'.padStart(3, '0')")), QJsonValue(QStringLiteral("ababab007")));
        // The scope handed to one evaluation is a copy: changing it changes nothing outside.
        QCOMPARE(eval(QStringLiteral("(trigger.value = 7, trigger.value)")), QJsonValue(7));
        QCOMPARE(eval(QStringLiteral("trigger.value")), QJsonValue(42));
    }

    void endlessLoopStopped()
    {
        QElapsedTimer timer;
        timer.start();
        const Result<QJsonValue> v = WorkflowExpressions::evaluate(QStringLiteral("(() => { while (true) {} })()"), scope(), 100);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!v);
        QCOMPARE(v.error().code, ErrorCode::Timeout);
        QCOMPARE(v.error().message,
                 QStringLiteral("the expression “(() => { while (true) {} })()” was stopped after 100 ms (does it loop forever?)"));
        QVERIFY2(elapsed >= 90 && elapsed < 1000, qPrintable(QString::number(elapsed)));
        // Catching the interruption does not help.
        timer.restart();
        QCOMPARE(WorkflowExpressions::evaluate(QStringLiteral("(() => { for (;;) { try { for (;;) {} } catch (e) {} } })()"),
                                               scope(), 100).error().code,
                 ErrorCode::Timeout);
        QVERIFY(timer.elapsed() < 1000);
        // A toJSON that loops is stopped too.
        QCOMPARE(WorkflowExpressions::evaluate(QStringLiteral("({toJSON() { for (;;) {} }})"), scope(), 100).error().code,
                 ErrorCode::Timeout);
        // The engine works again at once.
        QCOMPARE(eval(QStringLiteral("1 + 1")), QJsonValue(2));
        // A promise job left behind stops at once when the event loop runs it (the engine rests interrupted).
        QVERIFY(WorkflowExpressions::evaluate(QStringLiteral("Promise.resolve().then(() => { while (true) {} }) && 1"), scope()).ok());
        timer.restart();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(eval(QStringLiteral("2 + 2")), QJsonValue(4));
    }

    void fromFourThreads()
    {
        std::atomic<int> wrong{0};
        std::atomic<int> timeouts{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([t, &wrong, &timeouts] {
                for (int i = 0; i < 200; ++i) {
                    const QJsonObject s{{QStringLiteral("trigger"), QJsonObject{{QStringLiteral("n"), t * 1000 + i}}}};
                    const Result<QJsonValue> v = WorkflowExpressions::evaluate(QStringLiteral("trigger.n * 2"), s);
                    if (!v || v.value().toInt() != (t * 1000 + i) * 2)
                        ++wrong;
                    const Result<QJsonValue> r = WorkflowExpressions::render(QStringLiteral("n={{ trigger.n }}"), s);
                    if (!r || r.value().toString() != QStringLiteral("n=%1").arg(t * 1000 + i))
                        ++wrong;
                    if (t == 0 && i % 50 == 0) { // one thread's endless loops do not stop the others
                        const Result<QJsonValue> loop = WorkflowExpressions::evaluate(QStringLiteral("(() => { for (;;) {} })()"), s, 50);
                        if (!loop && loop.error().code == ErrorCode::Timeout)
                            ++timeouts;
                    }
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
        QCOMPARE(timeouts.load(), 4);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowExpressions)
#include "tst_workflowexpressions.moc"
