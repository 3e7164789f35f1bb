#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Atelier {

/// The {{ expressions }} of workflow parameters, evaluated by a sandboxed QJSEngine (Qt Qml): one engine per
/// thread, no file, network or process access (only the ECMAScript built-ins, with no console, timers, Qt or
/// import), interrupted after \a timeoutMs. The scope is {trigger: …, steps: {id: output, …}, execution: {id,
/// workflow, scheduled_for}}: `{{ trigger.metric }}`, `{{ steps.funnel.conversion < 0.03 }}`.
class WorkflowExpressions final
{
public:
    /// Whether \a expression (without braces) compiles; the message says why not.
    static Status check(const QString &expression);
    /// Every {{ … }} in the strings of \a value (recursively) checked; the error names the place below \a path.
    static Status checkTemplate(const QJsonValue &value, const QString &path);
    /// Evaluates one expression; its value as JSON (undefined → null). Errors name the expression.
    static Result<QJsonValue> evaluate(const QString &expression, const QJsonObject &scope, int timeoutMs = 100);
    /// Replaces every {{ … }} in the strings of \a value (recursively): a string that is exactly one expression
    /// takes the expression's value and type; otherwise the values are written into the text.
    static Result<QJsonValue> render(const QJsonValue &value, const QJsonObject &scope, int timeoutMs = 100);
};

} // namespace Atelier
