#include "workflows/workflowexpressions.h"

namespace Atelier {

Status WorkflowExpressions::check(const QString &) { return Done{}; }
Status WorkflowExpressions::checkTemplate(const QJsonValue &, const QString &) { return Done{}; }
Result<QJsonValue> WorkflowExpressions::evaluate(const QString &, const QJsonObject &, int) { return QJsonValue(); }
Result<QJsonValue> WorkflowExpressions::render(const QJsonValue &value, const QJsonObject &, int) { return value; }

} // namespace Atelier
