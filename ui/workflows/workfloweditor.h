#pragma once

#include "workflows/workflow.h"
#include "workflows/workflowdefinition.h"

#include <QGraphicsView>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;
class QUndoStack;

namespace Atelier {

class WorkflowCanvas;

/// The visual editor of a workflow's definition (docs/workflows.md): the trigger and the actions as nodes on a
/// canvas, edges for next/else/error and plain arrows for the implicit order; a palette of action types (double
/// click, Enter or drag); a property panel per node (a form generated from the parameters the format documents, and
/// the raw JSON of its params) validated as you type through WorkflowDefinition::parse; undo/redo; zoom; each step's
/// result of a test run shown on its node.
class WorkflowEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowEditor)
public:
    explicit WorkflowEditor(QWidget *parent = nullptr);
    ~WorkflowEditor() override;

    /// Starts editing (the undo history is cleared). An empty \a workflowId: a new workflow.
    void load(const QString &workflowId, const QString &name, const QString &description, const QJsonObject &trigger,
              const QJsonArray &actions);
    /// A new workflow: a manual trigger and no action yet.
    void loadNew();
    QString workflowId() const { return m_workflowId; }
    QString name() const;
    QString description() const;
    QJsonObject trigger() const { return m_trigger; }
    QJsonArray actions() const { return m_actions; }
    /// {"trigger": …, "actions": […]}
    QJsonObject definition() const;
    /// Webhook hosts the brand's admin allowed (validation as the service does it).
    void setAllowedHosts(const QStringList &hosts);
    /// After a save: the workflow it now is.
    void markSaved(const QString &workflowId, int version);
    bool isModified() const;

    /// Replaces the definition as one undoable step.
    void setDefinition(const QJsonObject &trigger, const QJsonArray &actions, const QString &what);
    /// Adds an action of \a type after the selected node (or last), selects it; its id is made unique.
    void addActionNode(const QString &type);
    /// Removes the selected action (the trigger stays); edges that named it are cleared.
    void removeSelected();
    /// −1: the trigger; otherwise an action's index.
    void selectNode(int index);
    int selectedNode() const { return m_selected; }
    /// Sets one parameter of the selected action (an empty value removes it), as typing in its field does.
    void setParam(const QString &key, const QJsonValue &value);

    QList<WorkflowProblem> problems() const { return m_problems; }
    /// The results of a test run, shown on the nodes (the last attempt of each step).
    void setStepResults(const QList<WorkflowStepRun> &steps);
    void clearStepResults();
    QHash<QString, WorkflowStepRun> stepResults() const { return m_results; }
    void setBusy(const QString &message);
    void setMessage(const QString &message);
    /// What the last save or test run said.
    QString message() const;

    QUndoStack *undoStack() const { return m_undo; }
    WorkflowCanvas *canvas() const { return m_canvas; }
    QListWidget *palette() const { return m_palette; }
    QListWidget *problemList() const { return m_problemList; }
    QPlainTextEdit *rawParams() const { return m_raw; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *testRunButton() const { return m_testRun; }
    /// The form's field for a parameter of the selected action, null when none.
    QWidget *paramField(const QString &key) const { return m_paramFields.value(key); }

    /// The parameters the format documents for an action type: (key, kind) with kind text, number, list, json,
    /// choice:a|b.
    static QList<QPair<QString, QString>> paramSpec(const QString &type);
    static QString actionTypeText(const QString &type);
    /// A parameter's label in the form ("max_tries" is never shown): translated, with its colon.
    static QString paramLabel(const QString &key);
    /// What a parameter of an action \a type (or "event" for an event trigger's filter) takes, for its tooltip.
    static QString paramToolTip(const QString &type, const QString &key);
    /// An event's name in words ("anomaly.detected" → "An anomaly is detected").
    static QString eventText(const QString &event);
    /// A choice's text in the form (a format, a status; empty: the default).
    static QString choiceText(const QString &value);

signals:
    void saveRequested();
    void testRunRequested();
    void definitionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class DefinitionCommand;
    void applyDocument(const QJsonObject &trigger, const QJsonArray &actions, int select);
    void push(const QJsonObject &trigger, const QJsonArray &actions, const QString &what, int mergeKey = -1);
    void validate();
    void rebuildForm();
    void fillForm();
    void setActionKey(const QString &key, const QJsonValue &value, int mergeKey);
    void setTriggerKey(const QString &key, const QJsonValue &value, int mergeKey);
    void rawEdited();
    void retranslate();
    QString uniqueId(const QString &base) const;

    QString m_workflowId;
    QJsonObject m_trigger;
    QJsonArray m_actions;
    QJsonObject m_savedDefinition;
    QString m_savedName;
    QString m_savedDescription;
    WorkflowValidation m_validation;
    QList<WorkflowProblem> m_problems;
    QHash<QString, WorkflowStepRun> m_results;
    int m_selected = -1;
    bool m_fillingForm = false;
    bool m_fromForm = false;
    QWidget *m_typing = nullptr; ///< the field whose edit is being applied: not rewritten under the cursor

    QUndoStack *m_undo;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QPushButton *m_save;
    QPushButton *m_testRun;
    QToolButton *m_undoButton;
    QToolButton *m_redoButton;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QListWidget *m_palette;
    WorkflowCanvas *m_canvas;
    QLabel *m_nodeTitle;
    QWidget *m_form;
    QFormLayout *m_formLayout;
    QHash<QString, QWidget *> m_paramFields;
    QPlainTextEdit *m_raw;
    QLabel *m_rawProblem;
    QPlainTextEdit *m_result;
    QListWidget *m_problemList;
    QLabel *m_message;
};

/// The canvas: nodes selectable with the arrows and Tab, Delete removes one, Ctrl+wheel and Ctrl+=/Ctrl+- zoom,
/// action types dropped from the palette are added.
class WorkflowCanvas final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkflowCanvas)
public:
    explicit WorkflowCanvas(WorkflowEditor *editor);
    ~WorkflowCanvas() override;
    /// Draws the trigger and the actions; \a selected as in WorkflowEditor::selectedNode().
    void rebuild(const QJsonObject &trigger, const QJsonArray &actions, const QHash<QString, WorkflowStepRun> &results,
                 const QSet<int> &withProblems, int selected);
    void zoomBy(double factor);
    double zoom() const;
    /// The scene position of node \a index (−1: trigger), for tests.
    QPointF nodeCenter(int index) const;
    int nodeCount() const { return int(m_nodes.size()); }
    /// Edges drawn: (from, to, kind) with kind next, else, error, order.
    QList<std::tuple<int, int, QString>> edges() const { return m_edges; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    WorkflowEditor *m_editor;
    QHash<int, QGraphicsItem *> m_nodes;
    QList<std::tuple<int, int, QString>> m_edges;
};

} // namespace Atelier
