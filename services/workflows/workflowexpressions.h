#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QJsonValue>
#include <QString>

namespace Atelier {

/// The {{ expressions }} of workflow parameters, evaluated by a sandboxed QJSEngine (Qt Qml): one engine per
/// thread, no file, network or process access (only the ECMAScript built-ins, with no console, timers, Qt or
/// import), interrupted after \a timeoutMs of its thread's CPU time (a busy machine does not stop `1 + 1`).
/// The scope is {trigger: …, steps: {id: output, …}, execution: {id, workflow, scheduled_for}}: `{{ trigger.metric }}`, `{{ steps.funnel.conversion < 0.03 }}`.
/// The sandbox: the engine's global object and every built-in reachable from it are frozen before any expression runs
/// (an expression cannot leave anything behind for the next one), expressions run in strict mode as the body of a
/// function whose parameters are the scope's keys, String repeat/padStart/padEnd refuse results over a million
/// characters (one native call cannot be interrupted), and the engine stays interrupted between evaluations (a promise
/// job an expression leaves behind stops at once if the thread's event loop ever runs it).
class WorkflowExpressions final
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowExpressions)
public:
    /// Whether \a expression (without braces) compiles; the message says why not.
    static Status check(const QString &expression);
    /// Every {{ … }} in the strings of \a value (recursively) checked; the error names the place below \a path.
    static Status checkTemplate(const QJsonValue &value, const QString &path);
    /// Every problem of checkTemplate: (place, message) pairs, the place below \a path ("actions[1].params.body.text").
    static QList<QPair<QString, QString>> templateProblems(const QJsonValue &value, const QString &path);
    /// Whether a string holds at least one {{ … }}.
    static bool isTemplate(const QString &text);
    /// Evaluates one expression; its value as JSON (undefined → null). Errors name the expression.
    static Result<QJsonValue> evaluate(const QString &expression, const QJsonObject &scope, int timeoutMs = 100);
    /// Replaces every {{ … }} in the strings of \a value (recursively): a string that is exactly one expression
    /// takes the expression's value and type; otherwise the values are written into the text.
    static Result<QJsonValue> render(const QJsonValue &value, const QJsonObject &scope, int timeoutMs = 100);
};

} // namespace Atelier
