#include "workflows/workflowdefinition.h"

namespace Atelier {

Result<WorkflowDefinition> WorkflowDefinition::parse(const QJsonObject &, const QJsonArray &, const WorkflowValidation &,
                                                     QList<WorkflowProblem> *)
{
    return Error{QStringLiteral("not yet"), {}, ErrorCode::InvalidInput};
}
Result<WorkflowDefinition> WorkflowDefinition::parse(const QByteArray &, const WorkflowValidation &, QList<WorkflowProblem> *)
{
    return Error{QStringLiteral("not yet"), {}, ErrorCode::InvalidInput};
}
QJsonObject WorkflowDefinition::triggerJson() const { return {}; }
QJsonArray WorkflowDefinition::actionsJson() const { return {}; }
QJsonObject WorkflowDefinition::toJson() const { return {}; }
int WorkflowDefinition::indexOf(const QString &) const { return -1; }
int WorkflowDefinition::following(int, const QString &) const { return -1; }
QStringList WorkflowDefinition::actionTypes() { return {}; }
QStringList WorkflowDefinition::eventNames() { return {}; }

} // namespace Atelier
