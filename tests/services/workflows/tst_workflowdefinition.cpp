#include "workflows/workflowdefinition.h"

#include <QTest>

using namespace Atelier;

class TestWorkflowDefinition final : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() {}
};

QTEST_GUILESS_MAIN(TestWorkflowDefinition)
#include "tst_workflowdefinition.moc"
