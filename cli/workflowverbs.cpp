// `atelier workflow …`: workflows and their executions (docs/workflows.md).
#include "output.h"
#include "verb.h"

namespace Atelier::Cli {

QList<Verb> workflowVerbs()
{
    QList<Verb> verbs;
    return verbs;
}

} // namespace Atelier::Cli
