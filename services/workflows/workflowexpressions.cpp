#include "workflows/workflowexpressions.h"

#include <QHash>
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <chrono>
#include <condition_variable>
#include <ctime>
#include <pthread.h>
#include <memory>
#include <mutex>
#include <thread>

namespace Atelier {

namespace {

using Clock = std::chrono::steady_clock;

/// Freezes the global object and everything reachable from it (built-ins, their prototypes, their functions).
const char kFreezeScript[] = R"((function (g) {
    "use strict";
    const seen = new Set();
    function deep(o) {
        if (o === null || (typeof o !== "object" && typeof o !== "function") || seen.has(o))
            return;
        seen.add(o);
        for (const k of Reflect.ownKeys(o)) {
            const d = Object.getOwnPropertyDescriptor(o, k);
            if (d) {
                if ("value" in d) deep(d.value);
                if (d.get) deep(d.get);
                if (d.set) deep(d.set);
            }
        }
        deep(Object.getPrototypeOf(o));
        Object.freeze(o);
    }
    const json = { parse: JSON.parse, stringify: JSON.stringify };
    // The few built-ins that make a huge text in one native call (no interrupt inside) are bounded.
    const limit = 1048576;
    const bound = (name, size) => {
        const original = String.prototype[name];
        Object.defineProperty(String.prototype, name, { writable: true, configurable: true, value: function (...args) {
            if (size(String(this), args) > limit)
                throw new RangeError("the text would be longer than " + limit + " characters");
            return original.apply(this, args);
        } });
    };
    bound("repeat", (s, a) => s.length * Number(a[0]));
    bound("padStart", (s, a) => Number(a[0]));
    bound("padEnd", (s, a) => Number(a[0]));
    deep(g);
    return json;
})(this))";

/// One thread's engine and the watchdog that interrupts it.
class Sandbox final
{
public:
    Sandbox()
    {
        m_watchdog = std::thread([this] { watch(); });
        arm(5000);
        const QJSValue json = m_engine.evaluate(QString::fromLatin1(kFreezeScript));
        if (m_engine.hasError())
            m_engine.catchError();
        disarm();
        m_stringify = json.property(QStringLiteral("stringify"));
        m_parse = json.property(QStringLiteral("parse"));
    }

    ~Sandbox()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_wake.notify_all();
        m_watchdog.join();
    }

    Sandbox(const Sandbox &) = delete;
    Sandbox &operator=(const Sandbox &) = delete;

    /// The function `(params) => (expression)`, compiled (not run) and kept for the next time.
    Result<QJSValue> compile(const QString &expression, const QStringList &params)
    {
        if (expression.trimmed().isEmpty())
            return Error{WorkflowExpressions::tr("an empty expression {{ }}"), {}, ErrorCode::InvalidInput};
        const QString key = params.join(QLatin1Char(',')) + QLatin1Char('\n') + expression;
        const auto found = m_compiled.constFind(key);
        if (found != m_compiled.constEnd())
            return found.value();
        // Run, the function returns [true, value] or [false, what was thrown as text]: a thrown value that is not an
        // Error object (throw "no") is otherwise not told apart from a result.
        const QString source = QStringLiteral("(function (%1) { \"use strict\"; try { return [true, (%2\n)]; } "
                                              "catch (e) { return [false, String(e)]; } })")
                                   .arg(params.join(QLatin1Char(',')), expression);
        arm(1000);
        QJSValue function = m_engine.evaluate(source);
        const bool stopped = disarm();
        if (m_engine.hasError())
            function = m_engine.catchError();
        if (stopped || function.isError() || !function.isCallable()) {
            const QString why = stopped ? WorkflowExpressions::tr("it runs code while being read")
                                        : function.isError() ? function.toString()
                                                             : WorkflowExpressions::tr("it is not a single expression");
            return Error{WorkflowExpressions::tr("the expression “%1” does not compile: %2").arg(expression.trimmed(), why),
                         {}, ErrorCode::InvalidInput};
        }
        if (m_compiled.size() > 1000)
            m_compiled.clear();
        m_compiled.insert(key, function);
        return function;
    }

    Result<QJsonValue> run(const QString &expression, const QJsonObject &scope, int timeoutMs)
    {
        static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_$][A-Za-z0-9_$]*$"));
        QStringList params;
        QJSValueList args;
        arm(std::max(1, timeoutMs));
        for (auto it = scope.begin(); it != scope.end(); ++it) {
            if (!identifier.match(it.key()).hasMatch())
                continue;
            params.append(it.key());
            // A deep copy made by JSON.parse: a plain JavaScript value, nothing shared with the next evaluation.
            const QByteArray json = QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact);
            args.append(m_parse.call({QJSValue(QString::fromUtf8(json))}).property(0));
        }
        disarm();
        const Result<QJSValue> function = compile(expression, params);
        if (!function)
            return function.error();
        const QString shown = expression.trimmed();
        arm(std::max(1, timeoutMs));
        const QJSValue outcome = function.value().call(args);
        if (m_engine.hasError())
            m_engine.catchError();
        bool failed = !outcome.isArray() || !outcome.property(0).toBool();
        QString why = outcome.isArray() ? outcome.property(1).toString() : outcome.toString();
        QJSValue text;
        if (!failed) {
            QJSValue wrapper = m_engine.newArray(1);
            wrapper.setProperty(0, outcome.property(1));
            text = m_stringify.call({wrapper});
            if (m_engine.hasError())
                text = m_engine.catchError();
            if (text.isError() || !text.isString()) {
                failed = true;
                why = text.toString();
            }
        }
        if (disarm())
            return Error{WorkflowExpressions::tr("the expression “%1” was stopped after %2 ms (does it loop forever?)")
                             .arg(shown).arg(timeoutMs),
                         {}, ErrorCode::Timeout};
        if (failed)
            return Error{WorkflowExpressions::tr("the expression “%1” failed: %2").arg(shown, why), {},
                         ErrorCode::InvalidInput};
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(text.toString().toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isArray())
            return Error{WorkflowExpressions::tr("the expression “%1” gave a value that is not JSON").arg(shown), {},
                         ErrorCode::InvalidInput};
        const QJsonValue result = document.array().at(0);
        return result.isUndefined() ? QJsonValue(QJsonValue::Null) : result;
    }

private:
    /// Lets the engine compute for \a timeoutMs of this thread's CPU time. CPU time, not the clock: on a loaded
    /// machine a thread waiting for a core would otherwise see `1 + 1` stopped; a wall-clock backstop (20 times
    /// longer, at least 2 s) still ends what somehow does not use the CPU.
    void arm(int timeoutMs)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_fired = false;
            m_armed = true;
            m_budgetNs = qint64(timeoutMs) * 1000000;
            if (pthread_getcpuclockid(pthread_self(), &m_cpuClock) != 0)
                m_cpuClock = CLOCK_THREAD_CPUTIME_ID; // (never: then the watchdog's own clock, and the backstop)
            m_cpuStart = cpuNanoseconds(m_cpuClock);
            const auto now = Clock::now();
            m_deadline = now + std::chrono::milliseconds(timeoutMs); // CPU time never runs ahead of the clock
            m_backstop = now + std::chrono::milliseconds(std::max(2000, timeoutMs * 20));
            m_engine.setInterrupted(false);
        }
        m_wake.notify_all();
    }

    static qint64 cpuNanoseconds(clockid_t clock)
    {
        timespec ts{};
        clock_gettime(clock, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }

    /// Interrupts the engine again (its resting state); whether the watchdog had to stop it.
    bool disarm()
    {
        const std::lock_guard lock(m_mutex);
        m_armed = false;
        m_engine.setInterrupted(true);
        return m_fired;
    }

    void watch()
    {
        std::unique_lock lock(m_mutex);
        while (!m_quit) {
            if (!m_armed) {
                m_wake.wait(lock);
                continue;
            }
            if (const auto now = Clock::now(); now >= m_deadline) {
                const qint64 used = cpuNanoseconds(m_cpuClock) - m_cpuStart;
                if (used >= m_budgetNs || now >= m_backstop) {
                    m_engine.setInterrupted(true);
                    m_fired = true;
                    m_armed = false;
                    continue;
                }
                // Not used up yet: the rest of the budget cannot be spent sooner than that.
                m_deadline = now + std::chrono::nanoseconds(std::max<qint64>(1000000, m_budgetNs - used));
            }
            m_wake.wait_until(lock, std::min(m_deadline, m_backstop));
        }
    }

    QJSEngine m_engine; // no extensions installed: no console, Qt, timers nor imports
    QJSValue m_stringify;
    QJSValue m_parse;
    QHash<QString, QJSValue> m_compiled;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_armed = false;
    bool m_fired = false;
    bool m_quit = false;
    Clock::time_point m_deadline;
    Clock::time_point m_backstop;
    qint64 m_budgetNs = 0;
    qint64 m_cpuStart = 0;
    clockid_t m_cpuClock = CLOCK_THREAD_CPUTIME_ID;
    std::thread m_watchdog;
};

Sandbox &sandbox()
{
    thread_local std::unique_ptr<Sandbox> instance;
    if (!instance)
        instance = std::make_unique<Sandbox>();
    return *instance;
}

/// A string cut into its text and its {{ expressions }}.
struct Piece
{
    bool expression = false;
    QString text;
};

Result<QList<Piece>> pieces(const QString &text)
{
    QList<Piece> result;
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), from);
        if (open < 0) {
            result.append({false, text.mid(from)});
            break;
        }
        if (open > from)
            result.append({false, text.mid(from, open - from)});
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return Error{WorkflowExpressions::tr("“{{” without its closing “}}”"), {}, ErrorCode::InvalidInput};
        result.append({true, text.mid(open + 2, close - open - 2)});
        from = close + 2;
    }
    return result;
}

QString textOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default: {
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    }
}

void collectProblems(const QJsonValue &value, const QString &path, QList<QPair<QString, QString>> &problems)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (!WorkflowExpressions::isTemplate(text) && !text.contains(QLatin1String("}}")))
            return;
        const Result<QList<Piece>> split = pieces(text);
        if (!split) {
            problems.append({path, split.error().message});
            return;
        }
        for (const Piece &piece : split.value()) {
            if (!piece.expression)
                continue;
            const Status checked = WorkflowExpressions::check(piece.text);
            if (!checked)
                problems.append({path, checked.error().message});
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectProblems(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), problems);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectProblems(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), problems);
    }
}

} // namespace

bool WorkflowExpressions::isTemplate(const QString &text)
{
    return text.contains(QLatin1String("{{"));
}

Status WorkflowExpressions::check(const QString &expression)
{
    const Result<QJSValue> compiled = sandbox().compile(expression, {QStringLiteral("trigger"), QStringLiteral("steps"),
                                                                      QStringLiteral("execution")});
    if (!compiled)
        return compiled.error();
    return Done{};
}

QList<QPair<QString, QString>> WorkflowExpressions::templateProblems(const QJsonValue &value, const QString &path)
{
    QList<QPair<QString, QString>> problems;
    collectProblems(value, path, problems);
    return problems;
}

Status WorkflowExpressions::checkTemplate(const QJsonValue &value, const QString &path)
{
    const QList<QPair<QString, QString>> problems = templateProblems(value, path);
    if (problems.isEmpty())
        return Done{};
    const QString place = problems.first().first;
    return Error{place.isEmpty() ? problems.first().second : place + QStringLiteral(": ") + problems.first().second, {},
                 ErrorCode::InvalidInput};
}

Result<QJsonValue> WorkflowExpressions::evaluate(const QString &expression, const QJsonObject &scope, int timeoutMs)
{
    return sandbox().run(expression, scope, timeoutMs);
}

Result<QJsonValue> WorkflowExpressions::render(const QJsonValue &value, const QJsonObject &scope, int timeoutMs)
{
    if (value.isString()) {
        const QString text = value.toString();
        if (!isTemplate(text))
            return value;
        const Result<QList<Piece>> split = pieces(text);
        if (!split)
            return split.error();
        const QList<Piece> &parts = split.value();
        // A string that is exactly one expression (spaces around allowed) takes the expression's value and type.
        const QList<Piece> meaningful = [&parts] {
            QList<Piece> kept;
            for (const Piece &p : parts) {
                if (p.expression || !p.text.trimmed().isEmpty())
                    kept.append(p);
            }
            return kept;
        }();
        if (meaningful.size() == 1 && meaningful.first().expression)
            return evaluate(meaningful.first().text, scope, timeoutMs);
        QString out;
        for (const Piece &piece : parts) {
            if (!piece.expression) {
                out += piece.text;
                continue;
            }
            const Result<QJsonValue> v = evaluate(piece.text, scope, timeoutMs);
            if (!v)
                return v.error();
            out += textOf(v.value());
        }
        return QJsonValue(out);
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const Result<QJsonValue> v = render(array.at(i), scope, timeoutMs);
            if (!v)
                return v.error();
            array.replace(i, v.value());
        }
        return QJsonValue(array);
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const Result<QJsonValue> v = render(it.value(), scope, timeoutMs);
            if (!v)
                return v.error();
            it.value() = v.value();
        }
        return QJsonValue(object);
    }
    return value;
}

} // namespace Atelier
