#include "workflows/workfloweditor.h"

#include "core/plaintext.h"
#include "workflows/workflowexpressions.h"
#include "workflows/workflowmodels.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFormLayout>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>

namespace Atelier {

namespace {

/// A form label as a screen reader should say it: without its mnemonic's "&" ("&&" is a real "&") nor the colon.
QString spokenLabel(const QString &label)
{
    QString spoken;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == QLatin1Char('&') && i + 1 < label.size())
            ++i; // "&x" says x, "&&" says &
        spoken.append(label.at(i));
    }
    spoken = spoken.trimmed();
    if (spoken.endsWith(QLatin1Char(':')))
        spoken.chop(1);
    return spoken.trimmed();
}

/// Key sequences without repeats: one sequence twice on an action is "ambiguous" to Qt, which then runs neither
/// (Ctrl+- is both our zoom-out key and QKeySequence::ZoomOut; Ctrl+Shift+Z is in QKeySequence::Redo on Linux).
QList<QKeySequence> distinctKeys(const QList<QKeySequence> &keys)
{
    QList<QKeySequence> out;
    for (const QKeySequence &key : keys)
        if (!key.isEmpty() && !out.contains(key))
            out.append(key);
    return out;
}

constexpr qreal kNodeWidth = 230;
constexpr qreal kNodeHeight = 92;
constexpr qreal kColumn = 260;
constexpr qreal kRow = 140;
const QColor kProblem(0xc6, 0x28, 0x28);
const QColor kDone(0x2e, 0x7d, 0x32);
const QColor kRunning(0x15, 0x65, 0xc0);
const QColor kElse(0xef, 0x6c, 0x00);

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return {};
    return v.toVariant().toString();
}

QString indented(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented));
    return compact(v);
}

/// "actions[3].params.url" → 3, "trigger.cron" → −1; −2 when the place names no node.
int nodeOfPath(const QString &path)
{
    static const QRegularExpression action(QStringLiteral("^actions\\[(\\d+)\\]"));
    if (const auto m = action.match(path); m.hasMatch())
        return m.captured(1).toInt();
    if (path.startsWith(QLatin1String("trigger")))
        return -1;
    return -2;
}

/// "actions[3].params.url" → "url".
QString paramOfPath(const QString &path)
{
    static const QRegularExpression param(QStringLiteral("\\.params\\.([A-Za-z_]+)"));
    const auto m = param.match(path);
    return m.hasMatch() ? m.captured(1) : QString();
}

int mergeKeyOf(int node, const QString &key)
{
    return int((qHash(key) ^ uint(node + 7) * 2654435761u) & 0x3fffffff) + 1;
}

} // namespace

/// One change of the definition: the document before and after (the whole of it: definitions are small), merged
/// with the next change of the same field so that typing a word is one step to undo.
class DefinitionCommand final : public QUndoCommand
{
public:
    DefinitionCommand(WorkflowEditor *editor, QJsonObject beforeTrigger, QJsonArray beforeActions, int beforeSelected,
                      QJsonObject afterTrigger, QJsonArray afterActions, int afterSelected, const QString &text, int mergeKey)
        : QUndoCommand(text), m_editor(editor), m_beforeTrigger(std::move(beforeTrigger)), m_beforeActions(std::move(beforeActions)),
          m_beforeSelected(beforeSelected), m_afterTrigger(std::move(afterTrigger)), m_afterActions(std::move(afterActions)),
          m_afterSelected(afterSelected), m_mergeKey(mergeKey)
    {
    }
    void redo() override { m_editor->applyDocument(m_afterTrigger, m_afterActions, m_afterSelected); }
    void undo() override { m_editor->applyDocument(m_beforeTrigger, m_beforeActions, m_beforeSelected); }
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const DefinitionCommand *>(other);
        if (next->m_mergeKey != m_mergeKey || next->m_beforeSelected != m_afterSelected)
            return false;
        m_afterTrigger = next->m_afterTrigger;
        m_afterActions = next->m_afterActions;
        m_afterSelected = next->m_afterSelected;
        return true;
    }

private:
    WorkflowEditor *m_editor;
    QJsonObject m_beforeTrigger;
    QJsonArray m_beforeActions;
    int m_beforeSelected;
    QJsonObject m_afterTrigger;
    QJsonArray m_afterActions;
    int m_afterSelected;
    int m_mergeKey;
};

// ---------------------------------------------------------------------------------------------------- editor

WorkflowEditor::WorkflowEditor(QWidget *parent)
    : QWidget(parent), m_undo(new QUndoStack(this)), m_name(new QLineEdit(this)), m_description(new QLineEdit(this)),
      m_save(new QPushButton(this)), m_testRun(new QPushButton(this)), m_undoButton(new QToolButton(this)),
      m_redoButton(new QToolButton(this)), m_zoomIn(new QToolButton(this)), m_zoomOut(new QToolButton(this)),
      m_palette(new QListWidget(this)), m_canvas(new WorkflowCanvas(this)), m_nodeTitle(new QLabel(this)), m_form(new QWidget(this)),
      m_formLayout(new QFormLayout(m_form)), m_raw(new QPlainTextEdit(this)), m_rawProblem(new QLabel(this)),
      m_result(new QPlainTextEdit(this)), m_problemList(new QListWidget(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("workflowEditor"));
    m_name->setObjectName(QStringLiteral("workflowName"));
    m_description->setObjectName(QStringLiteral("workflowDescription"));
    m_palette->setObjectName(QStringLiteral("palette"));
    m_problemList->setObjectName(QStringLiteral("problems"));
    m_raw->setObjectName(QStringLiteral("rawParams"));
    m_result->setObjectName(QStringLiteral("stepResult"));
    m_nodeTitle->setTextFormat(Qt::PlainText);
    m_rawProblem->setTextFormat(Qt::PlainText);
    m_rawProblem->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    QFont bold = m_nodeTitle->font();
    bold.setBold(true);
    m_nodeTitle->setFont(bold);
    m_raw->setTabChangesFocus(true);
    m_raw->setMaximumHeight(130);
    m_result->setReadOnly(true);
    m_result->setTabChangesFocus(true);
    m_result->setMaximumHeight(130);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    showToolTipsAsPlainText(m_problemList);

    for (const QString &type : WorkflowDefinition::actionTypes()) {
        auto *item = new QListWidgetItem(m_palette);
        item->setData(Qt::UserRole, type);
    }
    // Long names wrap ("Mettre en pause ou reprendre un workflow" was cut behind a scroll bar).
    m_palette->setWordWrap(true);
    m_palette->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_palette->setResizeMode(QListView::Adjust);
    m_palette->setDragEnabled(true);
    m_palette->setDragDropMode(QAbstractItemView::DragOnly);
    m_palette->setCurrentRow(0);

    // Short names on the buttons (the stack's own actions would say the whole step: "Undo Change params"); the step
    // goes in the tooltip.
    auto *undo = new QAction(this);
    undo->setEnabled(false);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) { undo->setToolTip(text); });
    auto *redo = new QAction(this);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) { redo->setToolTip(text); });
    redo->setShortcuts(distinctKeys(QKeySequence::keyBindings(QKeySequence::Redo) << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    m_undoButton->setDefaultAction(undo);
    m_redoButton->setDefaultAction(redo);
    auto *zoomIn = new QAction(this);
    zoomIn->setShortcuts(distinctKeys(QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Equal)} + QKeySequence::keyBindings(QKeySequence::ZoomIn)));
    zoomIn->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    zoomIn->setObjectName(QStringLiteral("zoomIn"));
    auto *zoomOut = new QAction(this);
    zoomOut->setShortcuts(distinctKeys(QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Minus)} + QKeySequence::keyBindings(QKeySequence::ZoomOut)));
    zoomOut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    zoomOut->setObjectName(QStringLiteral("zoomOut"));
    addAction(zoomIn);
    addAction(zoomOut);
    m_zoomIn->setDefaultAction(zoomIn);
    m_zoomOut->setDefaultAction(zoomOut);
    connect(zoomIn, &QAction::triggered, this, [this] { m_canvas->zoomBy(1.25); });
    connect(zoomOut, &QAction::triggered, this, [this] { m_canvas->zoomBy(0.8); });

    // The top row: name, description, the commands.
    auto *top = new QHBoxLayout;
    auto *nameLabel = new QLabel(this);
    nameLabel->setObjectName(QStringLiteral("nameLabel"));
    nameLabel->setBuddy(m_name);
    auto *descriptionLabel = new QLabel(this);
    descriptionLabel->setObjectName(QStringLiteral("descriptionLabel"));
    descriptionLabel->setBuddy(m_description);
    top->addWidget(nameLabel);
    top->addWidget(m_name, 2);
    top->addWidget(descriptionLabel);
    top->addWidget(m_description, 3);
    top->addWidget(m_undoButton);
    top->addWidget(m_redoButton);
    top->addWidget(m_zoomOut);
    top->addWidget(m_zoomIn);
    top->addWidget(m_testRun);
    top->addWidget(m_save);

    // Left: the palette above the problems.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *paletteLabel = new QLabel(this);
    paletteLabel->setObjectName(QStringLiteral("paletteLabel"));
    paletteLabel->setBuddy(m_palette);
    paletteLabel->setWordWrap(true);
    auto *problemsLabel = new QLabel(this);
    problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    problemsLabel->setBuddy(m_problemList);
    leftLayout->addWidget(paletteLabel);
    leftLayout->addWidget(m_palette, 3);
    leftLayout->addWidget(problemsLabel);
    leftLayout->addWidget(m_problemList, 2);
    m_problemList->setWordWrap(true);

    // Right: the selected node's properties.
    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(4, 0, 4, 0);
    auto *rawLabel = new QLabel(this);
    rawLabel->setObjectName(QStringLiteral("rawLabel"));
    rawLabel->setBuddy(m_raw);
    auto *resultLabel = new QLabel(this);
    resultLabel->setObjectName(QStringLiteral("resultLabel"));
    resultLabel->setBuddy(m_result);
    panelLayout->addWidget(m_nodeTitle);
    panelLayout->addWidget(m_form);
    panelLayout->addWidget(rawLabel);
    panelLayout->addWidget(m_raw);
    panelLayout->addWidget(m_rawProblem);
    panelLayout->addWidget(resultLabel);
    panelLayout->addWidget(m_result);
    panelLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_canvas);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({150, 420, 300});
    splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(130);
    scroll->setMinimumWidth(270);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    setTabOrder(m_name, m_description);
    setTabOrder(m_description, m_palette);
    setTabOrder(m_palette, m_problemList);
    setTabOrder(m_problemList, m_canvas);
    setTabOrder(m_canvas, m_form);

    connect(m_palette, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { addActionNode(item->data(Qt::UserRole).toString()); });
    connect(m_problemList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_problems.size())
            return;
        const int node = nodeOfPath(m_problems.at(row).path);
        if (node < -1 || node >= m_actions.size())
            return;
        if (node != m_selected)
            selectNode(node);
    });
    connect(m_problemList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_problemList->row(item);
        if (row < 0 || row >= m_problems.size())
            return;
        if (m_problems.at(row).path == QLatin1String("name") || m_problems.at(row).path == QLatin1String("description")) {
            (m_problems.at(row).path == QLatin1String("name") ? m_name : m_description)->setFocus(Qt::OtherFocusReason);
            return;
        }
        if (QWidget *field = m_paramFields.value(paramOfPath(m_problems.at(row).path)))
            field->setFocus(Qt::OtherFocusReason);
    });
    connect(m_raw, &QPlainTextEdit::textChanged, this, &WorkflowEditor::rawEdited);
    connect(m_save, &QPushButton::clicked, this, &WorkflowEditor::saveRequested);
    connect(m_testRun, &QPushButton::clicked, this, &WorkflowEditor::testRunRequested);
    for (QLineEdit *edit : {m_name, m_description})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            validate();
            emit definitionChanged();
        });
    retranslate();
    loadNew();
}

WorkflowEditor::~WorkflowEditor() = default;

QString WorkflowEditor::name() const
{
    return m_name->text().trimmed();
}

QString WorkflowEditor::description() const
{
    return m_description->text().trimmed();
}

QJsonObject WorkflowEditor::definition() const
{
    return {{QStringLiteral("trigger"), m_trigger}, {QStringLiteral("actions"), m_actions}};
}

void WorkflowEditor::setAllowedHosts(const QStringList &hosts)
{
    m_validation.allowedHosts = hosts;
    validate();
}

void WorkflowEditor::load(const QString &workflowId, const QString &name, const QString &description, const QJsonObject &trigger,
                          const QJsonArray &actions)
{
    m_workflowId = workflowId;
    m_name->setText(name);
    m_description->setText(description);
    m_name->setCursorPosition(0);
    m_description->setCursorPosition(0);
    // Name and description stay editable: saving a renamed workflow saves them with a new version.
    m_savedName = name.trimmed();
    m_savedDescription = description.trimmed();
    m_results.clear();
    m_result->clear();
    m_message->clear();
    applyDocument(trigger, actions, actions.isEmpty() ? -1 : 0);
    m_undo->clear();
    m_undo->setClean();
    m_savedDefinition = definition();
}

void WorkflowEditor::loadNew()
{
    load({}, {}, {}, QJsonObject{{QStringLiteral("type"), QStringLiteral("manual")}}, {});
}

void WorkflowEditor::markSaved(const QString &workflowId, int version)
{
    m_workflowId = workflowId;
    m_savedName = name();
    m_savedDescription = description();
    m_savedDefinition = definition();
    m_undo->setClean();
    m_message->setText(tr("Saved as version %1.").arg(version));
}

bool WorkflowEditor::isModified() const
{
    return definition() != m_savedDefinition || name() != m_savedName || description() != m_savedDescription;
}

void WorkflowEditor::setBusy(const QString &message)
{
    m_message->setText(message);
}

void WorkflowEditor::setMessage(const QString &message)
{
    m_message->setText(message);
}

QString WorkflowEditor::message() const
{
    return m_message->text();
}

void WorkflowEditor::push(const QJsonObject &trigger, const QJsonArray &actions, const QString &what, int mergeKey)
{
    m_undo->push(new DefinitionCommand(this, m_trigger, m_actions, m_selected, trigger, actions, m_selected, what, mergeKey));
}

void WorkflowEditor::setDefinition(const QJsonObject &trigger, const QJsonArray &actions, const QString &what)
{
    m_undo->push(new DefinitionCommand(this, m_trigger, m_actions, m_selected, trigger, actions, actions.isEmpty() ? -1 : 0, what, -1));
}

void WorkflowEditor::applyDocument(const QJsonObject &trigger, const QJsonArray &actions, int select)
{
    const int previous = m_selected;
    const QString previousType = previous >= 0 && previous < m_actions.size()
                                     ? m_actions.at(previous).toObject().value(QLatin1String("type")).toString()
                                     : QString();
    m_trigger = trigger;
    m_actions = actions;
    m_selected = qBound(-1, select, int(m_actions.size()) - 1);
    validate();
    const QString type = m_selected >= 0 ? m_actions.at(m_selected).toObject().value(QLatin1String("type")).toString() : QString();
    if (m_fromForm && previous == m_selected && previousType == type)
        fillForm();
    else
        rebuildForm();
    emit definitionChanged();
}

void WorkflowEditor::validate()
{
    m_problems.clear();
    // The name and description as the service checks them on save (WorkflowService), then the definition.
    if (name().isEmpty() || name().size() > 200)
        m_problems.append({QStringLiteral("name"), tr("a workflow needs a name of 1 to 200 characters")});
    if (description().size() > 10000)
        m_problems.append({QStringLiteral("description"), tr("at most 10,000 characters")});
    QList<WorkflowProblem> definitionProblems;
    (void)WorkflowDefinition::parse(m_trigger, m_actions, m_validation, &definitionProblems);
    m_problems += definitionProblems;
    const int row = m_problemList->currentRow();
    const QSignalBlocker block(m_problemList);
    m_problemList->clear();
    QSet<int> withProblems;
    for (const WorkflowProblem &p : std::as_const(m_problems)) {
        auto *item = new QListWidgetItem(p.path.isEmpty() ? p.message : p.path + QStringLiteral(": ") + p.message, m_problemList);
        item->setToolTip(item->text());
        withProblems.insert(nodeOfPath(p.path));
    }
    if (m_problems.isEmpty())
        new QListWidgetItem(tr("No problem: this definition can be saved."), m_problemList);
    if (row >= 0 && row < m_problemList->count())
        m_problemList->setCurrentRow(row);
    m_canvas->rebuild(m_trigger, m_actions, m_results, withProblems, m_selected);
    m_save->setEnabled(m_problems.isEmpty());
}

void WorkflowEditor::selectNode(int index)
{
    index = qBound(-1, index, int(m_actions.size()) - 1);
    if (index == m_selected && m_form->isEnabled())
        return;
    m_selected = index;
    validate();
    rebuildForm();
}

QString WorkflowEditor::uniqueId(const QString &base) const
{
    QSet<QString> taken;
    for (const QJsonValue &a : m_actions)
        taken.insert(a.toObject().value(QLatin1String("id")).toString());
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n)
        if (const QString id = base + QLatin1Char('_') + QString::number(n); !taken.contains(id))
            return id;
}

void WorkflowEditor::addActionNode(const QString &type)
{
    if (!WorkflowDefinition::actionTypes().contains(type))
        return;
    QJsonObject params;
    // The parameters a person must fill in, empty: the problems list says what each needs.
    if (type == QLatin1String("condition"))
        params.insert(QStringLiteral("if"), QStringLiteral("true"));
    else if (type == QLatin1String("delay"))
        params.insert(QStringLiteral("seconds"), 60);
    QJsonObject action{{QStringLiteral("id"), uniqueId(type)}, {QStringLiteral("type"), type}, {QStringLiteral("params"), params}};
    QJsonArray actions = m_actions;
    const int at = m_selected + 1 <= actions.size() ? m_selected + 1 : int(actions.size());
    actions.insert(at, action);
    m_undo->push(new DefinitionCommand(this, m_trigger, m_actions, m_selected, m_trigger, actions, at,
                                       tr("Add %1").arg(actionTypeText(type)), -1));
    m_canvas->setFocus(Qt::OtherFocusReason);
}

void WorkflowEditor::removeSelected()
{
    if (m_selected < 0 || m_selected >= m_actions.size())
        return;
    const QString id = m_actions.at(m_selected).toObject().value(QLatin1String("id")).toString();
    QJsonArray actions = m_actions;
    actions.removeAt(m_selected);
    for (qsizetype i = 0; i < actions.size(); ++i) {
        QJsonObject a = actions.at(i).toObject();
        for (const char *edge : {"next", "else", "error"})
            if (a.value(QLatin1String(edge)).toString() == id)
                a.remove(QLatin1String(edge));
        actions[i] = a;
    }
    m_undo->push(new DefinitionCommand(this, m_trigger, m_actions, m_selected, m_trigger, actions, qMin(m_selected, int(actions.size()) - 1),
                                       tr("Remove %1").arg(id), -1));
}

void WorkflowEditor::setParam(const QString &key, const QJsonValue &value)
{
    if (m_selected < 0)
        return setTriggerKey(key, value, mergeKeyOf(-1, key));
    QJsonObject action = m_actions.at(m_selected).toObject();
    QJsonObject params = action.value(QLatin1String("params")).toObject();
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        params.remove(key);
    else
        params.insert(key, value);
    setActionKey(QStringLiteral("params"), params, mergeKeyOf(m_selected, QStringLiteral("params.") + key));
}

void WorkflowEditor::setActionKey(const QString &key, const QJsonValue &value, int mergeKey)
{
    if (m_selected < 0 || m_selected >= m_actions.size())
        return;
    QJsonArray actions = m_actions;
    QJsonObject action = actions.at(m_selected).toObject();
    if (key == QLatin1String("id")) {
        // The edges that named the action follow it.
        const QString old = action.value(QLatin1String("id")).toString();
        for (qsizetype i = 0; i < actions.size(); ++i) {
            QJsonObject a = actions.at(i).toObject();
            for (const char *edge : {"next", "else", "error"})
                if (!old.isEmpty() && a.value(QLatin1String(edge)).toString() == old)
                    a.insert(QLatin1String(edge), value);
            actions[i] = a;
        }
        action = actions.at(m_selected).toObject();
    }
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty() && key != QLatin1String("id")))
        action.remove(key);
    else
        action.insert(key, value);
    actions[m_selected] = action;
    if (actions == m_actions)
        return;
    m_fromForm = true;
    push(m_trigger, actions, tr("Change %1").arg(key), mergeKey);
    m_fromForm = false;
}

void WorkflowEditor::setTriggerKey(const QString &key, const QJsonValue &value, int mergeKey)
{
    QJsonObject trigger = m_trigger;
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        trigger.remove(key);
    else
        trigger.insert(key, value);
    if (trigger == m_trigger)
        return;
    m_fromForm = true;
    push(trigger, m_actions, tr("Change the trigger’s %1").arg(key), mergeKey);
    m_fromForm = false;
}

QList<QPair<QString, QString>> WorkflowEditor::paramSpec(const QString &type)
{
    using P = QPair<QString, QString>;
    const QString text = QStringLiteral("text"), number = QStringLiteral("number"), list = QStringLiteral("list"), json = QStringLiteral("json");
    if (type == QLatin1String("condition"))
        return {P{QStringLiteral("if"), text}};
    if (type == QLatin1String("delay"))
        return {P{QStringLiteral("seconds"), number}, P{QStringLiteral("minutes"), number}, P{QStringLiteral("until"), text}};
    if (type == QLatin1String("analysis"))
        return {P{QStringLiteral("analysis"), text}, P{QStringLiteral("from"), text}, P{QStringLiteral("to"), text}, P{QStringLiteral("options"), json}};
    if (type == QLatin1String("export_report"))
        return {P{QStringLiteral("folder"), text}, P{QStringLiteral("format"), QStringLiteral("choice:|pdf|csv")},
                P{QStringLiteral("analyses"), list}};
    if (type == QLatin1String("generate"))
        return {P{QStringLiteral("provider"), text}, P{QStringLiteral("model"), text},     P{QStringLiteral("prompt"), text},
                P{QStringLiteral("template"), text}, P{QStringLiteral("variables"), json}, P{QStringLiteral("count"), number},
                P{QStringLiteral("collection"), text}};
    if (type == QLatin1String("notify"))
        return {P{QStringLiteral("users"), list}, P{QStringLiteral("message"), text}};
    if (type == QLatin1String("comment"))
        return {P{QStringLiteral("resource_type"), text}, P{QStringLiteral("resource_id"), text}, P{QStringLiteral("text"), text}};
    if (type == QLatin1String("webhook"))
        return {P{QStringLiteral("url"), text}, P{QStringLiteral("body"), json}, P{QStringLiteral("headers"), json},
                P{QStringLiteral("secret_name"), text}};
    if (type == QLatin1String("set_quota"))
        return {P{QStringLiteral("user"), text}, P{QStringLiteral("monthly_credits"), number}};
    if (type == QLatin1String("set_workflow_status"))
        return {P{QStringLiteral("workflow"), text}, P{QStringLiteral("status"), QStringLiteral("choice:|active|paused")}};
    return {};
}

QString WorkflowEditor::actionTypeText(const QString &type)
{
    if (type == QLatin1String("condition"))
        return tr("Condition");
    if (type == QLatin1String("delay"))
        return tr("Delay");
    if (type == QLatin1String("analysis"))
        return tr("Run an analysis");
    if (type == QLatin1String("export_report"))
        return tr("Export the report");
    if (type == QLatin1String("generate"))
        return tr("Generate images");
    if (type == QLatin1String("notify"))
        return tr("Notify people");
    if (type == QLatin1String("comment"))
        return tr("Post a comment");
    if (type == QLatin1String("webhook"))
        return tr("Call a webhook");
    if (type == QLatin1String("set_quota"))
        return tr("Set a quota");
    if (type == QLatin1String("set_workflow_status"))
        return tr("Pause or resume a workflow");
    return type;
}

QString WorkflowEditor::paramLabel(const QString &key)
{
    return WorkflowListModel::paramLabel(key); // one table, in this class's translation context, for the list too
}

QString WorkflowEditor::paramToolTip(const QString &type, const QString &key)
{
    // What the field takes, in the words of docs/workflows.md; {{ … }} works in every text.
    if (type == QLatin1String("event")) {
        if (key == QLatin1String("metric"))
            return tr("Only this metric (for example revenue or conversion_rate); empty: any.");
        if (key == QLatin1String("threshold"))
            return tr("The value the metric crosses, a number.");
        if (key == QLatin1String("direction"))
            return tr("Above takes values at or above the threshold, below values under it.");
        if (key == QLatin1String("experiment"))
            return tr("Only this experiment (its name or id); empty: any.");
        if (key == QLatin1String("provider") || key == QLatin1String("model"))
            return tr("Only generations of this provider or model (case ignored); empty: any.");
        if (key == QLatin1String("percent"))
            return tr("Starts when someone's use of their monthly credits passes this share, 1 to 100.");
        if (key == QLatin1String("user"))
            return tr("Only mentions of this person (login or id); empty: anyone.");
        if (key == QLatin1String("resource_type"))
            return tr("Only shares of this kind of resource (for example collection); empty: any.");
        if (key == QLatin1String("workflow"))
            return tr("Only failures of this workflow (its name or id); empty: any.");
        if (key == QLatin1String("rule"))
            return tr("Only alerts of this alert rule (its name or id); empty: any.");
        if (key == QLatin1String("severity"))
            return tr("Only alerts of this severity: info, warning or critical; empty: any.");
        return {};
    }
    static const QHash<QString, const char *> tips = {
        {QStringLiteral("if"), QT_TR_NOOP("An expression: true goes to Next, false to Else (for example steps.funnel.conversion < 0.03).")},
        {QStringLiteral("seconds"), QT_TR_NOOP("How long to wait, in seconds.")},
        {QStringLiteral("minutes"), QT_TR_NOOP("How long to wait, in minutes.")},
        {QStringLiteral("until"), QT_TR_NOOP("Wait until this instant (ISO 8601, for example 2026-05-01T09:00:00Z).")},
        {QStringLiteral("analysis"), QT_TR_NOOP("The analytics verb to run, as on the command line (overview, funnel, retention, anomalies…).")},
        {QStringLiteral("from"), QT_TR_NOOP("First day analysed (YYYY-MM-DD); empty: 30 days ago.")},
        {QStringLiteral("to"), QT_TR_NOOP("Last day analysed (YYYY-MM-DD, included); empty: today.")},
        {QStringLiteral("options"), QT_TR_NOOP("The analysis's options as a JSON object, as its command-line options.")},
        {QStringLiteral("folder"), QT_TR_NOOP("The folder the report is written to.")},
        {QStringLiteral("format"), QT_TR_NOOP("PDF or CSV.")},
        {QStringLiteral("analyses"), QT_TR_NOOP("The analyses in the report, separated by commas; empty: all.")},
        {QStringLiteral("provider"), QT_TR_NOOP("The AI provider of the generation queue.")},
        {QStringLiteral("model"), QT_TR_NOOP("The provider's model.")},
        {QStringLiteral("prompt"), QT_TR_NOOP("The prompt; or give a template instead.")},
        {QStringLiteral("template"), QT_TR_NOOP("A prompt template of the brand, filled with the variables.")},
        {QStringLiteral("variables"), QT_TR_NOOP("The template's variables as a JSON object.")},
        {QStringLiteral("count"), QT_TR_NOOP("How many images.")},
        {QStringLiteral("collection"), QT_TR_NOOP("The collection the images go to.")},
        {QStringLiteral("users"), QT_TR_NOOP("Who gets the notice in their inbox: logins separated by commas.")},
        {QStringLiteral("message"), QT_TR_NOOP("The notice's text.")},
        {QStringLiteral("resource_type"), QT_TR_NOOP("What the comment is on: funnel, experiment, workflow…")},
        {QStringLiteral("resource_id"), QT_TR_NOOP("Which one: its name or id.")},
        {QStringLiteral("text"), QT_TR_NOOP("The comment's text.")},
        {QStringLiteral("url"), QT_TR_NOOP("An http or https address; loopback and private addresses only when the brand's admin allowed the host.")},
        {QStringLiteral("body"), QT_TR_NOOP("The JSON object posted.")},
        {QStringLiteral("headers"), QT_TR_NOOP("More HTTP headers as a JSON object.")},
        {QStringLiteral("secret_name"), QT_TR_NOOP("The name of a workflow secret: the body is signed with it (HMAC-SHA256).")},
        {QStringLiteral("user"), QT_TR_NOOP("Whose quota: a login.")},
        {QStringLiteral("monthly_credits"), QT_TR_NOOP("The new monthly credits.")},
        {QStringLiteral("workflow"), QT_TR_NOOP("The workflow to pause or resume: its name or id.")},
        {QStringLiteral("status"), QT_TR_NOOP("Paused or active.")},
    };
    const char *tip = tips.value(key);
    return tip ? tr(tip) : QString();
}

QString WorkflowEditor::eventText(const QString &event)
{
    return WorkflowListModel::eventText(event); // the list and the canvas name events with the same words
}

QString WorkflowEditor::choiceText(const QString &value)
{
    if (value.isEmpty())
        return tr("(the default)");
    if (value == QLatin1String("pdf"))
        return tr("PDF");
    if (value == QLatin1String("csv"))
        return tr("CSV");
    if (value == QLatin1String("active"))
        return tr("Resume (active)");
    if (value == QLatin1String("paused"))
        return tr("Pause");
    return value;
}

namespace {

/// A field's text for a value: lists as "a, b", objects as compact JSON.
QString fieldText(const QJsonValue &v, const QString &kind)
{
    if (kind == QLatin1String("list") && v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items.append(compact(item));
        return items.join(QStringLiteral(", "));
    }
    return compact(v);
}

} // namespace

void WorkflowEditor::rebuildForm()
{
    // The field the person is on comes back focused when the same node's form is built again.
    const QWidget *focused = focusWidget();
    const QString focusedName = focused && m_form->isAncestorOf(focused) ? focused->objectName() : QString();
    // Fields of the previous node go (deleted later: one of them may be sending the signal that got us here).
    while (m_formLayout->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = m_formLayout->takeRow(0);
        for (QLayoutItem *item : {row.labelItem, row.fieldItem})
            if (item) {
                if (QWidget *w = item->widget()) {
                    w->hide();
                    w->deleteLater();
                }
                delete item;
            }
    }
    m_paramFields.clear();
    m_form->setEnabled(true);

    auto addLine = [this](const QString &key, const QString &label, const QString &kind, auto apply, const QString &tip = {}) {
        auto *edit = new QLineEdit(m_form);
        edit->setObjectName(QStringLiteral("field_") + key);
        edit->setAccessibleName(spokenLabel(label));
        edit->setToolTip(tip);
        edit->setAccessibleDescription(tip);
        edit->setProperty("kind", kind);
        m_formLayout->addRow(label, edit);
        if (QWidget *shown = m_formLayout->labelForField(edit))
            shown->setToolTip(tip);
        m_paramFields.insert(key, edit);
        connect(edit, &QLineEdit::textEdited, this, [this, edit, apply](const QString &text) {
            if (m_fillingForm)
                return;
            m_typing = edit;
            apply(edit, text);
            m_typing = nullptr;
        });
        return edit;
    };
    auto addCombo = [this](const QString &key, const QString &label, const QStringList &values, const QStringList &texts, auto apply,
                           const QString &tip = {}) {
        auto *combo = new QComboBox(m_form);
        combo->setObjectName(QStringLiteral("field_") + key);
        combo->setAccessibleName(spokenLabel(label));
        combo->setToolTip(tip);
        combo->setAccessibleDescription(tip);
        // A long choice (an event's name in words) is elided, never widening the panel past its scroll area.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        for (qsizetype i = 0; i < values.size(); ++i)
            combo->addItem(texts.value(i, values.at(i)), values.at(i));
        m_formLayout->addRow(label, combo);
        if (QWidget *shown = m_formLayout->labelForField(combo))
            shown->setToolTip(tip);
        m_paramFields.insert(key, combo);
        connect(combo, &QComboBox::activated, this, [this, combo, apply](int) {
            if (!m_fillingForm)
                apply(combo->currentData().toString());
        });
        return combo;
    };

    if (m_selected < 0) {
        m_nodeTitle->setText(tr("Trigger"));
        const QStringList types{QStringLiteral("manual"), QStringLiteral("schedule"), QStringLiteral("event")};
        addCombo(QStringLiteral("type"), tr("T&ype:"), types, {tr("Manual"), tr("Schedule"), tr("Event")}, [this](const QString &type) {
            QJsonObject trigger{{QStringLiteral("type"), type}};
            if (type == QLatin1String("schedule")) {
                trigger.insert(QStringLiteral("cron"), QStringLiteral("0 9 * * 1"));
                trigger.insert(QStringLiteral("timezone"), QStringLiteral("UTC"));
            } else if (type == QLatin1String("event")) {
                trigger.insert(QStringLiteral("event"), WorkflowDefinition::eventNames().value(0));
            }
            m_fromForm = true;
            push(trigger, m_actions, tr("Change the trigger"), -1);
            m_fromForm = false;
            QMetaObject::invokeMethod(this, &WorkflowEditor::rebuildForm, Qt::QueuedConnection); // the event's filter fields
        });
        const auto triggerText = [this](const QString &key) {
            return [this, key](QLineEdit *, const QString &text) {
                bool isNumber = false;
                const qint64 n = text.trimmed().toLongLong(&isNumber);
                setTriggerKey(key, isNumber && key == QLatin1String("every_seconds") ? QJsonValue(n) : QJsonValue(text.trimmed()),
                              mergeKeyOf(-1, key));
            };
        };
        addLine(QStringLiteral("cron"), tr("&Cron:"), QStringLiteral("text"), triggerText(QStringLiteral("cron")))
            ->setPlaceholderText(tr("minute hour day month weekday"));
        addLine(QStringLiteral("timezone"), tr("Time &zone:"), QStringLiteral("text"), triggerText(QStringLiteral("timezone")))
            ->setPlaceholderText(QStringLiteral("Europe/Paris"));
        addLine(QStringLiteral("every_seconds"), tr("Every N secon&ds:"), QStringLiteral("number"), triggerText(QStringLiteral("every_seconds")));
        const QStringList events = WorkflowDefinition::eventNames();
        QStringList eventTexts;
        for (const QString &event : events)
            eventTexts.append(tr("%1 (%2)").arg(eventText(event), event));
        addCombo(QStringLiteral("event"), tr("&Event:"), events, eventTexts, [this](const QString &event) {
            // Another event keeps only the filters it knows; its own filter fields replace the old ones.
            QJsonObject trigger{{QStringLiteral("type"), QStringLiteral("event")}, {QStringLiteral("event"), event}};
            for (const QString &key : WorkflowDefinition::eventFilterKeys(event))
                if (m_trigger.contains(key))
                    trigger.insert(key, m_trigger.value(key));
            m_fromForm = true;
            push(trigger, m_actions, tr("Change the trigger"), -1);
            m_fromForm = false;
            QMetaObject::invokeMethod(this, &WorkflowEditor::rebuildForm, Qt::QueuedConnection);
        }, tr("What the product raises that starts this workflow; the fields below narrow it down."));
        if (m_trigger.value(QLatin1String("type")).toString() == QLatin1String("event")) {
            // The filters of the event (docs/workflows.md), one row each: numbers where the format wants numbers, the
            // direction a choice. An empty field filters nothing.
            for (const QString &key : WorkflowDefinition::eventFilterKeys(m_trigger.value(QLatin1String("event")).toString())) {
                if (key == QLatin1String("direction")) {
                    addCombo(key, paramLabel(key), {QStringLiteral("above"), QStringLiteral("below")}, {tr("Above"), tr("Below")},
                             [this, key](const QString &value) { setTriggerKey(key, value, -1); }, paramToolTip(QStringLiteral("event"), key));
                    continue;
                }
                const bool number = key == QLatin1String("threshold") || key == QLatin1String("percent");
                addLine(key, paramLabel(key), number ? QStringLiteral("number") : QStringLiteral("text"),
                        [this, key, number](QLineEdit *, const QString &text) {
                            bool ok = false;
                            const double n = text.trimmed().toDouble(&ok);
                            setTriggerKey(key, number && ok ? (n == std::floor(n) && std::abs(n) < 1e15 ? QJsonValue(qint64(n)) : QJsonValue(n))
                                                            : QJsonValue(text.trimmed()),
                                          mergeKeyOf(-1, key));
                        },
                        paramToolTip(QStringLiteral("event"), key));
            }
        }
    } else {
        const QJsonObject action = m_actions.at(m_selected).toObject();
        const QString type = action.value(QLatin1String("type")).toString();
        m_nodeTitle->setText(tr("%1 — %2").arg(action.value(QLatin1String("id")).toString(), actionTypeText(type)));
        addLine(QStringLiteral("id"), tr("I&d:"), QStringLiteral("text"),
                [this](QLineEdit *, const QString &text) { setActionKey(QStringLiteral("id"), text.trimmed(), mergeKeyOf(m_selected, QStringLiteral("id"))); });
        for (const auto &[key, kind] : paramSpec(type)) {
            const QString label = paramLabel(key), tip = paramToolTip(type, key);
            if (kind.startsWith(QLatin1String("choice:"))) {
                const QStringList values = kind.mid(7).split(QLatin1Char('|'));
                QStringList texts;
                for (const QString &value : values)
                    texts.append(choiceText(value));
                addCombo(key, label, values, texts, [this, key](const QString &value) { setParam(key, value); }, tip);
                continue;
            }
            QLineEdit *edit = addLine(key, label, kind, [this, key, kind](QLineEdit *edit, const QString &text) {
                const QString t = text.trimmed();
                if (t.isEmpty())
                    return setParam(key, QJsonValue());
                if (kind == QLatin1String("number")) {
                    bool ok = false;
                    const double n = t.toDouble(&ok);
                    return setParam(key, ok ? (n == std::floor(n) && std::abs(n) < 1e15 ? QJsonValue(qint64(n)) : QJsonValue(n)) : QJsonValue(t));
                }
                if (kind == QLatin1String("list")) {
                    if (WorkflowExpressions::isTemplate(t) && t.startsWith(QLatin1String("{{")) && t.endsWith(QLatin1String("}}")))
                        return setParam(key, t);
                    QJsonArray items;
                    for (const QString &item : t.split(QLatin1Char(',')))
                        if (!item.trimmed().isEmpty())
                            items.append(item.trimmed());
                    return setParam(key, items);
                }
                if (kind == QLatin1String("json")) {
                    QJsonParseError error;
                    const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &error);
                    if (error.error != QJsonParseError::NoError) {
                        edit->setToolTip(tr("Not JSON: %1").arg(error.errorString()));
                        m_rawProblem->setText(tr("params.%1: not JSON (%2)").arg(key, error.errorString()));
                        return;
                    }
                    edit->setToolTip({});
                    m_rawProblem->clear();
                    return setParam(key, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
                }
                setParam(key, t);
            }, tip);
            if (kind == QLatin1String("list"))
                edit->setPlaceholderText(tr("comma-separated"));
            else if (kind == QLatin1String("json"))
                edit->setPlaceholderText(tr("JSON"));
        }
        QStringList ids{QString()}, texts{tr("(the following action)")};
        for (const QJsonValue &a : std::as_const(m_actions))
            if (const QString id = a.toObject().value(QLatin1String("id")).toString(); id != action.value(QLatin1String("id")).toString()) {
                ids.append(id);
                texts.append(id);
            }
        addCombo(QStringLiteral("next"), tr("N&ext:"), ids, texts,
                 [this](const QString &id) { setActionKey(QStringLiteral("next"), id, -1); },
                 tr("The action that runs after this one (for a condition: when it is true)."));
        if (type == QLatin1String("condition")) {
            QStringList elseTexts = texts;
            elseTexts[0] = tr("(end the run)");
            addCombo(QStringLiteral("else"), tr("Else:"), ids, elseTexts,
                     [this](const QString &id) { setActionKey(QStringLiteral("else"), id, -1); },
                     tr("The action that runs when the condition is false."));
        }
        addCombo(QStringLiteral("on_error"), tr("On error:"), {QString(), QStringLiteral("continue"), QStringLiteral("error_branch")},
                 {tr("Stop the run"), tr("Continue"), tr("Take the error branch")},
                 [this](const QString &value) { setActionKey(QStringLiteral("on_error"), value, -1); },
                 tr("When this action fails after its tries: stop the execution, go on as if it succeeded, or take the error branch."));
        QStringList errorTexts = texts;
        errorTexts[0] = tr("(none)");
        addCombo(QStringLiteral("error"), tr("Error bran&ch:"), ids, errorTexts,
                 [this](const QString &id) { setActionKey(QStringLiteral("error"), id, -1); },
                 tr("The action that runs when this one fails and On error takes the error branch."));
        addLine(QStringLiteral("timeout_seconds"), tr("Timeout (s):"), QStringLiteral("number"), [this](QLineEdit *, const QString &text) {
            bool ok = false;
            const int n = text.trimmed().toInt(&ok);
            setActionKey(QStringLiteral("timeout_seconds"), text.trimmed().isEmpty() ? QJsonValue() : ok ? QJsonValue(n) : QJsonValue(text.trimmed()),
                         mergeKeyOf(m_selected, QStringLiteral("timeout_seconds")));
        }, tr("How long one try may take, 1 to 86,400 seconds (default 300)."))->setPlaceholderText(QLocale().toString(300));
        addLine(QStringLiteral("max_tries"), tr("Max tries:"), QStringLiteral("number"), [this](QLineEdit *, const QString &text) {
            QJsonObject retry = m_actions.at(m_selected).toObject().value(QLatin1String("retry")).toObject();
            bool ok = false;
            const int n = text.trimmed().toInt(&ok);
            if (text.trimmed().isEmpty())
                retry.remove(QStringLiteral("max_tries"));
            else
                retry.insert(QStringLiteral("max_tries"), ok ? QJsonValue(n) : QJsonValue(text.trimmed()));
            setActionKey(QStringLiteral("retry"), retry.isEmpty() ? QJsonValue() : QJsonValue(retry),
                         mergeKeyOf(m_selected, QStringLiteral("retry")));
        }, tr("How many times the action is tried before it fails, 1 to 10 (default 1); tries wait longer each time."))
            ->setPlaceholderText(QLocale().toString(1));
    }
    // Tab goes from the canvas into the form, then to the raw JSON.
    QWidget *previous = m_canvas;
    for (int r = 0; r < m_formLayout->rowCount(); ++r)
        if (QLayoutItem *item = m_formLayout->itemAt(r, QFormLayout::FieldRole); item && item->widget()) {
            setTabOrder(previous, item->widget());
            previous = item->widget();
        }
    setTabOrder(previous, m_raw);
    setTabOrder(m_raw, m_result);
    fillForm();
    if (!focusedName.isEmpty())
        if (QWidget *again = m_form->findChild<QWidget *>(focusedName); again && again->isVisibleTo(m_form))
            again->setFocus(Qt::OtherFocusReason);
}

void WorkflowEditor::fillForm()
{
    m_fillingForm = true;
    const auto setLine = [this](QWidget *w, const QString &text) {
        auto *edit = qobject_cast<QLineEdit *>(w);
        if (edit && edit != m_typing && edit->text() != text) {
            edit->setText(text);
            edit->setCursorPosition(0); // a long address or body shows its beginning
        }
    };
    const auto setCombo = [](QWidget *w, const QString &value) {
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            int i = combo->findData(value);
            if (i < 0 && !value.isEmpty()) {
                combo->addItem(value, value);
                i = combo->count() - 1;
            }
            combo->setCurrentIndex(qMax(0, i));
        }
    };
    QJsonValue rawValue;
    QString resultText;
    if (m_selected < 0) {
        const QString type = m_trigger.value(QLatin1String("type")).toString();
        setCombo(m_paramFields.value(QStringLiteral("type")), type);
        for (const char *key : {"cron", "timezone", "every_seconds"})
            setLine(m_paramFields.value(QLatin1String(key)), compact(m_trigger.value(QLatin1String(key))));
        setCombo(m_paramFields.value(QStringLiteral("event")), m_trigger.value(QLatin1String("event")).toString());
        for (const QString &key : WorkflowDefinition::eventFilterKeys(m_trigger.value(QLatin1String("event")).toString())) {
            if (key == QLatin1String("direction"))
                setCombo(m_paramFields.value(key), m_trigger.value(key).toString());
            else
                setLine(m_paramFields.value(key), compact(m_trigger.value(key)));
        }
        const bool schedule = type == QLatin1String("schedule"), event = type == QLatin1String("event");
        // The fields of the trigger's kind only (the widget and its label: QFormLayout::setRowVisible loses rows
        // after takeRow() in Qt 6.4).
        const auto showRow = [this](const QString &key, bool visible) {
            if (QWidget *field = m_paramFields.value(key)) {
                field->setVisible(visible);
                if (QWidget *label = m_formLayout->labelForField(field))
                    label->setVisible(visible);
            }
        };
        for (const char *key : {"cron", "timezone", "every_seconds"})
            showRow(QLatin1String(key), schedule);
        showRow(QStringLiteral("event"), event);
        rawValue = m_trigger;
        m_result->setPlaceholderText(tr("The trigger payload of a test run is empty."));
    } else {
        const QJsonObject action = m_actions.at(m_selected).toObject();
        const QString type = action.value(QLatin1String("type")).toString();
        const QJsonObject params = action.value(QLatin1String("params")).toObject();
        setLine(m_paramFields.value(QStringLiteral("id")), action.value(QLatin1String("id")).toString());
        m_nodeTitle->setText(tr("%1 — %2").arg(action.value(QLatin1String("id")).toString(), actionTypeText(type)));
        for (const auto &[key, kind] : paramSpec(type)) {
            if (kind.startsWith(QLatin1String("choice:")))
                setCombo(m_paramFields.value(key), params.value(key).toString());
            else
                setLine(m_paramFields.value(key), fieldText(params.value(key), kind));
        }
        for (const char *edge : {"next", "else", "error", "on_error"})
            setCombo(m_paramFields.value(QLatin1String(edge)), action.value(QLatin1String(edge)).toString());
        setLine(m_paramFields.value(QStringLiteral("timeout_seconds")), compact(action.value(QLatin1String("timeout_seconds"))));
        setLine(m_paramFields.value(QStringLiteral("max_tries")),
                compact(action.value(QLatin1String("retry")).toObject().value(QLatin1String("max_tries"))));
        rawValue = params;
        const QString id = action.value(QLatin1String("id")).toString();
        if (m_results.contains(id)) {
            const WorkflowStepRun &r = m_results.value(id);
            resultText = tr("%1, attempt %2, %3").arg(StepRunModel::statusText(r.status)).arg(r.attempt).arg(StepRunModel::durationText(r.startedAt, r.endedAt));
            resultText += QLatin1Char('\n') + tr("Input:") + QLatin1Char('\n') + indented(r.input);
            if (!r.output.isNull() && !r.output.isUndefined())
                resultText += QLatin1Char('\n') + tr("Output:") + QLatin1Char('\n') + indented(r.output);
            if (!r.error.isEmpty())
                resultText += QLatin1Char('\n') + tr("Error:") + QLatin1Char(' ') + r.error;
        }
        m_result->setPlaceholderText(tr("Test run the workflow to see this step’s input and output here."));
    }
    if (m_result->toPlainText() != resultText)
        m_result->setPlainText(resultText);
    // The raw JSON follows the form, except while it is what the person types in.
    if (m_typing != m_raw) {
        const QJsonDocument shown = QJsonDocument::fromJson(m_raw->toPlainText().toUtf8());
        if (!shown.isObject() || shown.object() != rawValue.toObject()) {
            m_raw->setPlainText(indented(rawValue.toObject()));
            m_rawProblem->clear();
        }
    }
    m_fillingForm = false;
}

void WorkflowEditor::rawEdited()
{
    if (m_fillingForm)
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_raw->toPlainText().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        m_rawProblem->setText(error.error != QJsonParseError::NoError
                                  ? tr("Not JSON yet, at character %1: %2").arg(error.offset).arg(error.errorString())
                                  : tr("The parameters are a JSON object: {…}"));
        return;
    }
    m_rawProblem->clear();
    m_typing = m_raw;
    if (m_selected < 0) {
        if (doc.object() != m_trigger) {
            m_fromForm = true;
            push(doc.object(), m_actions, tr("Edit the trigger’s JSON"), mergeKeyOf(-1, QStringLiteral("raw")));
            m_fromForm = false;
        }
    } else {
        setActionKey(QStringLiteral("params"), doc.object(), mergeKeyOf(m_selected, QStringLiteral("raw")));
    }
    m_typing = nullptr;
}

void WorkflowEditor::setStepResults(const QList<WorkflowStepRun> &steps)
{
    m_results.clear();
    for (const WorkflowStepRun &r : steps)
        if (!m_results.contains(r.stepId) || m_results.value(r.stepId).attempt <= r.attempt)
            m_results.insert(r.stepId, r);
    validate();
    fillForm();
}

void WorkflowEditor::clearStepResults()
{
    m_results.clear();
    validate();
    fillForm();
}

void WorkflowEditor::retranslate()
{
    findChild<QLabel *>(QStringLiteral("nameLabel"))->setText(tr("&Name:"));
    findChild<QLabel *>(QStringLiteral("descriptionLabel"))->setText(tr("Descri&ption:"));
    findChild<QLabel *>(QStringLiteral("paletteLabel"))->setText(tr("&Actions (Enter or drag to add):"));
    findChild<QLabel *>(QStringLiteral("problemsLabel"))->setText(tr("Proble&ms:"));
    findChild<QLabel *>(QStringLiteral("rawLabel"))->setText(tr("Parameters as &JSON:"));
    findChild<QLabel *>(QStringLiteral("resultLabel"))->setText(tr("&Last test run:"));
    m_name->setAccessibleName(tr("Workflow name"));
    m_description->setAccessibleName(tr("Workflow description"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save the definition as a new version"));
    m_testRun->setText(tr("Test &run"));
    m_testRun->setToolTip(tr("Save, run once now and show each step’s input and output on its node"));
    m_undoButton->defaultAction()->setText(tr("Undo"));
    m_redoButton->defaultAction()->setText(tr("Redo"));
    m_zoomIn->defaultAction()->setText(tr("Zoom in"));
    m_zoomIn->defaultAction()->setToolTip(tr("Zoom in (Ctrl+=)"));
    m_zoomOut->defaultAction()->setText(tr("Zoom out"));
    m_zoomOut->defaultAction()->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_palette->setAccessibleName(tr("Action types"));
    for (int i = 0; i < m_palette->count(); ++i) {
        QListWidgetItem *item = m_palette->item(i);
        item->setText(actionTypeText(item->data(Qt::UserRole).toString()));
        item->setToolTip(tr("%1 (%2)").arg(item->text(), item->data(Qt::UserRole).toString())); // its id, as the JSON says it
    }
    m_problemList->setAccessibleName(tr("Problems of the definition"));
    m_canvas->setAccessibleName(tr("Workflow graph: arrows select a node, Delete removes it"));
    m_raw->setAccessibleName(tr("Parameters as JSON"));
    m_result->setAccessibleName(tr("Result of the last test run"));
    validate();
    rebuildForm();
}

void WorkflowEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// ---------------------------------------------------------------------------------------------------- canvas

WorkflowCanvas::WorkflowCanvas(WorkflowEditor *editor) : QGraphicsView(editor), m_editor(editor)
{
    setObjectName(QStringLiteral("workflowCanvas"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setAcceptDrops(true);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
}

WorkflowCanvas::~WorkflowCanvas() = default;

void WorkflowCanvas::rebuild(const QJsonObject &trigger, const QJsonArray &actions, const QHash<QString, WorkflowStepRun> &results,
                             const QSet<int> &withProblems, int selected)
{
    scene()->clear();
    m_nodes.clear();
    m_edges.clear();
    const int n = int(actions.size());
    QHash<QString, int> indexOf;
    for (int i = 0; i < n; ++i)
        indexOf.insert(actions.at(i).toObject().value(QLatin1String("id")).toString(), i);
    // Edges: the trigger to the first action; next/else/error; without next, the following action (plain arrow).
    if (n > 0)
        m_edges.append({-1, 0, QStringLiteral("order")});
    for (int i = 0; i < n; ++i) {
        const QJsonObject a = actions.at(i).toObject();
        const QString next = a.value(QLatin1String("next")).toString();
        if (!next.isEmpty()) {
            if (indexOf.contains(next))
                m_edges.append({i, indexOf.value(next), QStringLiteral("next")});
        } else if (i + 1 < n) {
            m_edges.append({i, i + 1, QStringLiteral("order")});
        }
        for (const char *kind : {"else", "error"})
            if (const QString to = a.value(QLatin1String(kind)).toString(); indexOf.contains(to))
                m_edges.append({i, indexOf.value(to), QString::fromLatin1(kind)});
    }
    // Levels: the longest path from the trigger (bounded: a cycle is a problem the list shows, not a hang).
    QHash<int, int> level;
    level.insert(-1, 0);
    for (int i = 0; i < n; ++i)
        level.insert(i, 1);
    for (int pass = 0; pass < n; ++pass) {
        bool changed = false;
        for (const auto &[from, to, kind] : std::as_const(m_edges))
            if (level.value(to) < level.value(from) + 1 && level.value(from) + 1 <= n) {
                level[to] = level.value(from) + 1;
                changed = true;
            }
        if (!changed)
            break;
    }
    QMap<int, QList<int>> rows;
    rows[0].append(-1);
    for (int i = 0; i < n; ++i)
        rows[level.value(i)].append(i);

    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text), base = pal.color(QPalette::Base), highlight = pal.color(QPalette::Highlight);
    // Secondary text: between the text and the background, readable in light and dark mode.
    const QColor muted = QColor::fromRgbF(text.redF() * 0.65 + base.redF() * 0.35, text.greenF() * 0.65 + base.greenF() * 0.35,
                                          text.blueF() * 0.65 + base.blueF() * 0.35);
    QFont font = this->font();
    QFont boldFont = font;
    boldFont.setBold(true);
    const QFontMetrics metrics(font), boldMetrics(boldFont);
    const qreal inner = kNodeWidth - 16;
    QHash<int, QRectF> rects;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const QList<int> &row = it.value();
        for (qsizetype c = 0; c < row.size(); ++c) {
            const int node = row.at(c);
            QString title, subtitle, status, detail;
            QColor statusColor = muted;
            if (node < 0) {
                title = WorkflowEditor::tr("Trigger");
                subtitle = WorkflowListModel::triggerText(trigger);
            } else {
                const QJsonObject a = actions.at(node).toObject();
                const QString id = a.value(QLatin1String("id")).toString();
                title = id.isEmpty() ? WorkflowEditor::tr("(no id)") : id;
                subtitle = WorkflowEditor::actionTypeText(a.value(QLatin1String("type")).toString());
                if (results.contains(id)) {
                    const WorkflowStepRun &r = results.value(id);
                    status = WorkflowEditor::tr("%1 · %2").arg(StepRunModel::statusText(r.status), StepRunModel::durationText(r.startedAt, r.endedAt));
                    statusColor = r.status == QLatin1String("completed") ? kDone : r.status == QLatin1String("failed") ? kProblem : kRunning;
                    detail = r.error.isEmpty() ? WorkflowEditor::tr("in %1 → out %2").arg(compact(r.input), compact(r.output)) : r.error;
                }
            }
            const int lines = 2 + (status.isEmpty() ? 0 : 1) + (detail.isEmpty() ? 0 : 1);
            const qreal height = qMin(kNodeHeight, 12 + lines * (boldMetrics.height() + 2.0));
            const QRectF rect((c - (row.size() - 1) / 2.0) * kColumn - kNodeWidth / 2, it.key() * kRow, kNodeWidth, height);
            rects.insert(node, rect);
            auto *box = scene()->addRect(rect, QPen(node == selected ? highlight : withProblems.contains(node) ? kProblem : muted,
                                                    node == selected ? 3.0 : withProblems.contains(node) ? 2.0 : 1.0),
                                         QBrush(base));
            box->setData(0, node);
            box->setToolTip(detail.isEmpty() ? subtitle : subtitle + QLatin1Char('\n') + detail);
            m_nodes.insert(node, box);
            qreal y = rect.top() + 6;
            const auto line = [&](const QString &t, const QFont &f, const QFontMetrics &fm, const QColor &color) {
                auto *item = scene()->addSimpleText(fm.elidedText(t, Qt::ElideRight, int(inner)), f);
                item->setBrush(color);
                item->setPos(rect.left() + 8, y);
                item->setParentItem(box);
                item->setPos(rect.left() + 8, y);
                y += fm.height() + 2;
            };
            line(title, boldFont, boldMetrics, text);
            line(subtitle, font, metrics, muted);
            if (!status.isEmpty())
                line(status, boldFont, boldMetrics, statusColor);
            if (!detail.isEmpty())
                line(detail, font, metrics, text);
        }
    }
    for (const auto &[from, to, kind] : std::as_const(m_edges)) {
        const QRectF a = rects.value(from), b = rects.value(to);
        QPointF start(a.center().x(), a.bottom()), end(b.center().x(), b.top());
        QPainterPath path(start);
        if (b.top() > a.bottom()) {
            path.cubicTo(start + QPointF(0, 40), end - QPointF(0, 40), end);
        } else { // back or sideways: around the right side
            start = QPointF(a.right(), a.center().y());
            end = QPointF(b.right(), b.center().y());
            path = QPainterPath(start);
            path.cubicTo(start + QPointF(80, 0), end + QPointF(80, 0), end);
        }
        QPen pen(kind == QLatin1String("order") ? muted : kind == QLatin1String("else") ? kElse : kind == QLatin1String("error") ? kProblem : text,
                 kind == QLatin1String("order") ? 1.2 : 1.8);
        if (kind == QLatin1String("else") || kind == QLatin1String("error"))
            pen.setStyle(Qt::DashLine);
        scene()->addPath(path, pen);
        // The arrow's head, along the curve's last direction.
        const QPointF tip = path.pointAtPercent(1.0), back = path.pointAtPercent(0.93);
        const qreal angle = std::atan2(tip.y() - back.y(), tip.x() - back.x());
        QPolygonF head;
        head << tip << tip - QPointF(std::cos(angle - 0.45) * 10, std::sin(angle - 0.45) * 10)
             << tip - QPointF(std::cos(angle + 0.45) * 10, std::sin(angle + 0.45) * 10);
        scene()->addPolygon(head, QPen(pen.color()), QBrush(pen.color()));
        if (kind != QLatin1String("order")) {
            const QString label = kind == QLatin1String("next") ? WorkflowEditor::tr("next")
                                  : kind == QLatin1String("else") ? WorkflowEditor::tr("else")
                                                                  : WorkflowEditor::tr("error");
            auto *item = scene()->addSimpleText(label, font);
            item->setBrush(pen.color());
            item->setPos(path.pointAtPercent(0.5) + QPointF(4, -metrics.height() / 2.0));
        }
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-40, -20, 40, 40));
    if (QGraphicsItem *item = m_nodes.value(selected))
        ensureVisible(item, 20, 20);
    // What a screen reader says about the node the arrows are on.
    if (selected < 0)
        setAccessibleDescription(WorkflowEditor::tr("Trigger: %1").arg(WorkflowListModel::triggerText(trigger)));
    else if (selected < n)
        setAccessibleDescription(WorkflowEditor::tr("Action %1 of %2: %3")
                                     .arg(selected + 1)
                                     .arg(n)
                                     .arg(actions.at(selected).toObject().value(QLatin1String("id")).toString()));
}

void WorkflowCanvas::zoomBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.25 || next > 3.0)
        return;
    scale(factor, factor);
}

double WorkflowCanvas::zoom() const
{
    return transform().m11();
}

QPointF WorkflowCanvas::nodeCenter(int index) const
{
    const QGraphicsItem *item = m_nodes.value(index);
    return item ? item->sceneBoundingRect().center() : QPointF();
}

void WorkflowCanvas::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_editor->actions().size());
    const int selected = m_editor->selectedNode();
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        m_editor->selectNode(qMax(-1, selected - 1));
        return;
    case Qt::Key_Down:
    case Qt::Key_Right:
        m_editor->selectNode(qMin(count - 1, selected + 1));
        return;
    case Qt::Key_Home:
        m_editor->selectNode(-1);
        return;
    case Qt::Key_End:
        m_editor->selectNode(count - 1);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        m_editor->removeSelected();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        QWidget::focusNextPrevChild(true); // into the node's properties
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

bool WorkflowCanvas::focusNextPrevChild(bool next)
{
    // Tab walks the nodes, then leaves the canvas after the last one (Shift+Tab before the trigger).
    const int count = int(m_editor->actions().size());
    const int selected = m_editor->selectedNode();
    if (hasFocus()) {
        if (next && selected < count - 1) {
            m_editor->selectNode(selected + 1);
            return true;
        }
        if (!next && selected > -1) {
            m_editor->selectNode(selected - 1);
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next);
}

void WorkflowCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void WorkflowCanvas::mousePressEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item = itemAt(event->position().toPoint()); item; item = item->parentItem())
        if (item->data(0).isValid() && m_nodes.value(item->data(0).toInt()) == item) {
            m_editor->selectNode(item->data(0).toInt());
            setFocus(Qt::MouseFocusReason);
            event->accept();
            return;
        }
    QGraphicsView::mousePressEvent(event);
}

namespace {

/// The action type a palette item dragged here carries (the list's own item data: row, column, roles).
QString droppedType(const QMimeData *mime)
{
    const QString format = QStringLiteral("application/x-qabstractitemmodeldatalist");
    if (!mime || !mime->hasFormat(format))
        return {};
    QByteArray bytes = mime->data(format);
    QDataStream stream(&bytes, QIODevice::ReadOnly);
    while (!stream.atEnd()) {
        int row = 0, column = 0;
        QMap<int, QVariant> roles;
        stream >> row >> column >> roles;
        const QString type = roles.value(Qt::UserRole).toString();
        if (WorkflowDefinition::actionTypes().contains(type))
            return type;
    }
    return {};
}

} // namespace

void WorkflowCanvas::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedType(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void WorkflowCanvas::dragMoveEvent(QDragMoveEvent *event)
{
    if (!droppedType(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void WorkflowCanvas::dropEvent(QDropEvent *event)
{
    const QString type = droppedType(event->mimeData());
    if (type.isEmpty())
        return;
    event->acceptProposedAction();
    m_editor->addActionNode(type);
}

} // namespace Atelier
