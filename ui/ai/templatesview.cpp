#include "templatesview.h"

#include "ai/promptservice.h"
#include "ai/prompttemplatemodel.h"
#include "core/plaintext.h"
#include "core/theme.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Atelier {

namespace {

constexpr int kMaxName = 200;
constexpr int kMaxCategory = 100;
constexpr int kMaxPrompt = 4000;

void styleAsError(QLabel *label)
{
    Theme::setTone(label, Theme::Tone::Error);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

/// Makes a word-wrapped label as tall as its text needs at its width. Layouts inside a splitter do not always ask a
/// label for its height for width: the French heading ("Modification de « … », un modèle de prompt pour toutes les
/// marques") was given one line where its width needs two, and its end was cut.
void fitHeight(QLabel *label)
{
    const int needed = label->heightForWidth(label->width());
    if (needed > 0 && label->minimumHeight() != needed)
        label->setMinimumHeight(needed);
}

/// Calls fitHeight() whenever the label is resized or shown.
class FitHeightOnResize final : public QObject
{
public:
    explicit FitHeightOnResize(QLabel *label) : QObject(label), m_label(label) { label->installEventFilter(this); }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Show)
            fitHeight(m_label);
        return false;
    }

private:
    QLabel *m_label;
};

} // namespace

TemplatesView::TemplatesView(QWidget *parent)
    : StudioView(parent), m_model(new PromptTemplateModel(this)), m_filter(new PromptTemplateFilter(this)), m_heading(new QLabel(this)),
      m_categoryLabel(new QLabel(this)), m_category(new QComboBox(this)), m_searchLabel(new QLabel(this)), m_search(new QLineEdit(this)),
      m_table(new QTableView(this)), m_editorBox(new QGroupBox(this)), m_editing(new QLabel(this)), m_nameLabel(new QLabel(this)),
      m_name(new QLineEdit(this)), m_editCategoryLabel(new QLabel(this)), m_editCategory(new QComboBox(this)),
      m_promptLabel(new QLabel(this)), m_prompt(new QPlainTextEdit(this)), m_variablesLabel(new QLabel(this)),
      m_variablesShown(new QLabel(this)), m_error(new QLabel(this)), m_new(new QPushButton(this)), m_save(new QPushButton(this)),
      m_tryBox(new QGroupBox(this)), m_tryHint(new QLabel(this)), m_tryForm(new QFormLayout), m_previewLabel(new QLabel(this)),
      m_preview(new QPlainTextEdit(this)), m_tryError(new QLabel(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("templatesView"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);

    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(PromptTemplateModel::SortRole);
    m_filter->setDynamicSortFilter(true);
    m_table->setModel(m_filter);
    showToolTipsAsPlainText(m_table); // prompts
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PromptTemplateModel::CategoryColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(PromptTemplateModel::NameColumn, QHeaderView::Stretch);
    m_categoryLabel->setBuddy(m_category);
    m_searchLabel->setBuddy(m_search);
    m_search->setClearButtonEnabled(true);
    m_category->addItem(QString(), QString());

    m_editCategory->setEditable(true);
    m_editCategory->setInsertPolicy(QComboBox::NoInsert);
    m_name->setMaxLength(kMaxName);
    m_nameLabel->setBuddy(m_name);
    m_editCategoryLabel->setBuddy(m_editCategory);
    m_promptLabel->setBuddy(m_prompt);
    m_prompt->setTabChangesFocus(true);
    m_variablesShown->setWordWrap(true);
    m_variablesShown->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_variablesLabel->setBuddy(m_variablesShown);
    m_editing->setWordWrap(true);
    QFont bold = m_editing->font();
    bold.setBold(true);
    m_editing->setFont(bold);
    new FitHeightOnResize(m_editing);
    styleAsError(m_error);
    styleAsError(m_tryError);
    m_error->hide();
    m_tryError->hide();
    m_save->setDefault(true);
    m_tryHint->setWordWrap(true);
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setMaximumHeight(m_preview->fontMetrics().lineSpacing() * 6);
    m_previewLabel->setBuddy(m_preview);
    m_status->setWordWrap(true);
    // Template names, prompts, variables and errors as they were written.
    for (QLabel *label : {m_editing, m_variablesShown, m_error, m_tryError, m_status})
        label->setTextFormat(Qt::PlainText);

    // The table and its filters on the left, the editor and "Try it" on the right.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_categoryLabel);
    filters->addWidget(m_category, 1);
    filters->addSpacing(12);
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 2);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_editCategoryLabel, m_editCategory);
    form->addRow(m_promptLabel, m_prompt);
    form->addRow(m_variablesLabel, m_variablesShown);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    auto *editorLayout = new QVBoxLayout(m_editorBox);
    editorLayout->addWidget(m_editing);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_error);
    editorLayout->addLayout(buttons);

    auto *tryLayout = new QVBoxLayout(m_tryBox);
    tryLayout->addWidget(m_tryHint);
    tryLayout->addLayout(m_tryForm);
    tryLayout->addWidget(m_previewLabel);
    tryLayout->addWidget(m_preview);
    tryLayout->addWidget(m_tryError);
    tryLayout->addStretch(1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editorBox, 3);
    rightLayout->addWidget(m_tryBox, 2);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_category, &QComboBox::currentIndexChanged, this, [this] { m_filter->setCategory(m_category->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_filter, &PromptTemplateFilter::setWords);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && !m_selecting)
            loadEditorFromRow(m_filter->mapToSource(current).row());
    });
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &TemplatesView::promptEdited);
    connect(m_save, &QPushButton::clicked, this, &TemplatesView::save);
    connect(m_new, &QPushButton::clicked, this, &TemplatesView::newTemplate);
    connect(m_name, &QLineEdit::returnPressed, this, &TemplatesView::save);

    QWidget::setTabOrder(m_category, m_search);
    QWidget::setTabOrder(m_search, m_table);
    QWidget::setTabOrder(m_table, m_name);
    QWidget::setTabOrder(m_name, m_editCategory);
    QWidget::setTabOrder(m_editCategory, m_prompt);
    QWidget::setTabOrder(m_prompt, m_new);
    QWidget::setTabOrder(m_new, m_save);
    QWidget::setTabOrder(m_save, m_preview);
    retranslate();
}

TemplatesView::~TemplatesView() = default;

QString TemplatesView::title() const
{
    return tr("Prompt templates");
}

QAbstractItemModel *TemplatesView::templateModel() const
{
    return m_model;
}

QAbstractItemModel *TemplatesView::shownModel() const
{
    return m_filter;
}

void TemplatesView::setContext(const StudioContext &context)
{
    // Templates belong to a brand (or to all): the dates change nothing here.
    const bool sameBrand = m_hasContext && context.database.toString() == m_context.database.toString() && context.brandId == m_context.brandId;
    m_context = context;
    m_hasContext = !context.brandId.isEmpty();
    if (sameBrand) {
        emit loaded();
        return;
    }
    newTemplate();
    reload();
}

void TemplatesView::reload()
{
    if (!m_hasContext)
        return;
    m_status->setText(tr("Loading the templates…"));
    const QString brandId = m_context.brandId;
    m_loading.startWithDatabase(
        m_context.database, [brandId](const QSqlDatabase &db, CancelToken &) { return PromptService::templates(db, brandId); },
        [this](Result<QList<PromptTemplate>> rows) {
            if (!rows) {
                m_status->setText(rows.error().message);
                emit failed(rows.error().message);
                return;
            }
            m_model->setRows(rows.value());
            m_table->resizeColumnToContents(PromptTemplateModel::VariablesColumn);
            m_table->setColumnWidth(PromptTemplateModel::VariablesColumn,
                                    qMin(m_table->columnWidth(PromptTemplateModel::VariablesColumn), m_table->fontMetrics().averageCharWidth() * 40));
            applyRows(m_editedId);
            m_status->setText(tr("%n template(s).", nullptr, m_model->rowCount()));
            emit loaded();
        });
}

void TemplatesView::applyRows(const QString &selectId)
{
    rebuildCategories();
    const int row = m_model->rowOf(selectId);
    if (row < 0)
        return;
    const QModelIndex shown = m_filter->mapFromSource(m_model->index(row, 0));
    if (!shown.isValid())
        return;
    // Selected without reading it into the editor again: what is typed there stays.
    m_selecting = true;
    m_table->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_selecting = false;
    m_table->scrollTo(shown);
}

void TemplatesView::rebuildCategories()
{
    QStringList categories;
    for (const PromptTemplate &t : m_model->rows())
        if (!categories.contains(t.category))
            categories.append(t.category);
    categories.sort(Qt::CaseInsensitive);

    const QString filtered = m_category->currentData().toString();
    {
        const QSignalBlocker blocker(m_category);
        while (m_category->count() > 1)
            m_category->removeItem(1);
        for (const QString &c : std::as_const(categories))
            m_category->addItem(c, c);
        const int index = m_category->findData(filtered);
        m_category->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_filter->setCategory(m_category->currentData().toString());

    const QString typed = m_editCategory->currentText();
    const QSignalBlocker blocker(m_editCategory);
    m_editCategory->clear();
    m_editCategory->addItems(categories);
    m_editCategory->setCurrentText(typed);
}

void TemplatesView::setCategoryFilter(const QString &category)
{
    const int index = m_category->findData(category);
    m_category->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setCategory(m_category->currentData().toString());
}

void TemplatesView::setSearch(const QString &text)
{
    m_search->setText(text);
}

void TemplatesView::newTemplate()
{
    m_editedId.clear();
    m_table->selectionModel()->clear();
    m_name->clear();
    m_editCategory->setCurrentText(m_category->currentData().toString());
    m_prompt->clear();
    showEditorError({});
    m_editing->setText(tr("New template"));
    fitHeight(m_editing);
}

bool TemplatesView::editTemplate(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    loadEditorFromRow(row);
    applyRows(id);
    return true;
}

void TemplatesView::loadEditorFromRow(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rows().size())
        return;
    const PromptTemplate t = m_model->rows().at(sourceRow);
    m_editedId = t.id;
    m_name->setText(t.name);
    m_editCategory->setCurrentText(t.category);
    m_prompt->setPlainText(t.prompt);
    showEditorError({});
    m_editing->setText(t.brandId.isEmpty() ? tr("Editing \"%1\", a template for every brand").arg(t.name)
                                           : tr("Editing \"%1\"").arg(t.name));
    fitHeight(m_editing);
}

void TemplatesView::setEditor(const QString &name, const QString &category, const QString &prompt)
{
    m_name->setText(name);
    m_editCategory->setCurrentText(category);
    m_prompt->setPlainText(prompt);
}

void TemplatesView::promptEdited()
{
    const QStringList variables = PromptService::variablesOf(m_prompt->toPlainText());
    if (variables.isEmpty()) {
        m_variablesShown->setText(tr("None yet: write {name} in the prompt where a value goes."));
    } else {
        QStringList shown;
        for (const QString &v : variables)
            shown.append(QLatin1Char('{') + v + QLatin1Char('}'));
        m_variablesShown->setText(shown.join(QLatin1String(", ")));
    }
    if (variables != m_variables) {
        m_variables = variables;
        rebuildTryFields();
    }
    updatePreview();
}

void TemplatesView::rebuildTryFields()
{
    while (m_tryForm->rowCount() > 0)
        m_tryForm->removeRow(0);
    m_tryFields.clear();
    QWidget *previous = m_save;
    for (const QString &v : std::as_const(m_variables)) {
        auto *field = new QLineEdit(m_tryBox);
        field->setText(m_tryValues.value(v));
        field->setAccessibleName(tr("Value of {%1}").arg(v));
        auto *label = new QLabel(QLatin1Char('{') + v + QLatin1Char('}'), m_tryBox);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(field);
        m_tryForm->addRow(label, field);
        m_tryFields.insert(v, field);
        connect(field, &QLineEdit::textChanged, this, [this, v](const QString &text) {
            m_tryValues.insert(v, text);
            updatePreview();
        });
        QWidget::setTabOrder(previous, field);
        previous = field;
    }
    QWidget::setTabOrder(previous, m_preview);
}

void TemplatesView::updatePreview()
{
    const QString prompt = m_prompt->toPlainText();
    if (prompt.trimmed().isEmpty()) {
        m_preview->clear();
        m_tryError->clear();
        m_tryError->hide();
        return;
    }
    QHash<QString, QString> values;
    for (const QString &v : std::as_const(m_variables))
        values.insert(v, m_tryValues.value(v));
    const Result<QString> filled = PromptService::fill(prompt, values);
    if (filled) {
        m_preview->setPlainText(filled.value());
        m_tryError->clear();
        m_tryError->hide();
    } else {
        m_preview->clear();
        m_tryError->setText(filled.error().message);
        m_tryError->show();
    }
}

bool TemplatesView::setTryValue(const QString &variable, const QString &value)
{
    QLineEdit *field = m_tryFields.value(variable);
    if (!field)
        return false;
    field->setText(value);
    return true;
}

QString TemplatesView::tryPreview() const
{
    return m_preview->toPlainText();
}

QString TemplatesView::tryError() const
{
    return m_tryError->text();
}

QString TemplatesView::statusText() const
{
    return m_status->text();
}

QString TemplatesView::editorError() const
{
    return m_error->text();
}

void TemplatesView::showEditorError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString TemplatesView::validate() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("The template needs a name.");
    if (name.size() > kMaxName)
        return tr("The name is %1 characters long; at most %2 are accepted.").arg(name.size()).arg(kMaxName);
    const QString category = m_editCategory->currentText().trimmed();
    if (category.isEmpty())
        return tr("The template needs a category, to be found among the others.");
    if (category.size() > kMaxCategory)
        return tr("The category is %1 characters long; at most %2 are accepted.").arg(category.size()).arg(kMaxCategory);
    const QString prompt = m_prompt->toPlainText();
    if (prompt.trimmed().isEmpty())
        return tr("The template needs a prompt: the text a generation gets, with {variables} where values go.");
    if (prompt.size() > kMaxPrompt)
        return tr("The prompt is %1 characters long; at most %2 are accepted.").arg(prompt.size()).arg(kMaxPrompt);
    // Braces that do not make a variable would reach the provider as they are.
    static const QRegularExpression braced(QStringLiteral("\\{([^{}]*)\\}"));
    static const QRegularExpression variableName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,63}$"));
    for (auto it = braced.globalMatch(prompt); it.hasNext();) {
        const QString inner = it.next().captured(1);
        if (!variableName.match(inner).hasMatch())
            return tr("\"{%1}\" in the prompt is not a variable: a variable's name starts with a letter or _ and holds only letters, "
                      "digits and _ (at most 64).")
                .arg(inner);
    }
    const qsizetype opening = prompt.count(QLatin1Char('{'));
    const qsizetype closing = prompt.count(QLatin1Char('}'));
    if (opening != closing)
        return tr("The prompt has %1 \"{\" and %2 \"}\": each variable is written {name}, between one of each.").arg(opening).arg(closing);
    return {};
}

void TemplatesView::save()
{
    if (m_saving.isRunning())
        return;
    if (const QString problem = validate(); !problem.isEmpty()) {
        showEditorError(problem);
        m_status->setText(tr("The template was not saved."));
        emit saved(false);
        return;
    }
    if (!m_hasContext) {
        showEditorError(tr("Choose a brand before saving a template."));
        emit saved(false);
        return;
    }
    PromptTemplate t;
    t.id = m_editedId;
    t.name = m_name->text().trimmed();
    t.category = m_editCategory->currentText().trimmed();
    t.prompt = m_prompt->toPlainText();
    t.brandId = m_context.brandId;
    m_save->setEnabled(false);
    showEditorError({});
    m_status->setText(tr("Saving \"%1\"…").arg(t.name));
    const QString database = m_context.database.toString();
    const QString brandId = m_context.brandId;
    m_saving.startChange(
        m_context.database, [t](const QSqlDatabase &db) { return PromptService::saveTemplate(db, t); },
        [this, database, brandId](Result<PromptTemplate> result) {
            m_save->setEnabled(true);
            const bool current = database == m_context.database.toString() && brandId == m_context.brandId;
            if (!result) {
                if (current) {
                    showEditorError(result.error().message);
                    m_status->setText(tr("The template was not saved."));
                }
                emit saved(false);
                return;
            }
            if (current) {
                m_editedId = result->id;
                m_editing->setText(tr("Editing \"%1\"").arg(result->name));
                fitHeight(m_editing);
                m_status->setText(tr("Saved \"%1\".").arg(result->name));
                reload();
            }
            emit saved(true);
        });
}

void TemplatesView::retranslate()
{
    m_heading->setText(tr("Prompt templates"));
    m_categoryLabel->setText(tr("&Category:"));
    m_category->setItemText(0, tr("All categories"));
    m_category->setAccessibleName(tr("Show the templates of a category"));
    m_searchLabel->setText(tr("&Search:"));
    m_search->setAccessibleName(tr("Search the templates' names, categories and prompts"));
    m_search->setToolTip(tr("Words to look for in the name, the category or the prompt"));
    m_table->setAccessibleName(tr("Prompt templates"));
    m_model->retranslate();
    m_editorBox->setTitle(tr("Template"));
    if (m_editedId.isEmpty())
        m_editing->setText(tr("New template"));
    else if (const int row = m_model->rowOf(m_editedId); row >= 0)
        m_editing->setText(tr("Editing \"%1\"").arg(m_model->rows().at(row).name));
    fitHeight(m_editing);
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Template name"));
    m_editCategoryLabel->setText(tr("Ca&tegory:"));
    m_editCategory->setAccessibleName(tr("Template category"));
    m_editCategory->setToolTip(tr("Choose a category or type a new one"));
    m_promptLabel->setText(tr("&Prompt:"));
    m_prompt->setAccessibleName(tr("Template prompt"));
    m_prompt->setToolTip(tr("Write {name} where a value goes, for example {product} or {season}."));
    m_variablesLabel->setText(tr("Variables:"));
    m_variablesShown->setAccessibleName(tr("Variables found in the prompt"));
    m_new->setText(tr("Ne&w"));
    m_new->setAccessibleName(tr("Start a new template"));
    m_save->setText(tr("S&ave"));
    m_save->setAccessibleName(tr("Save the template"));
    m_tryBox->setTitle(tr("Try it"));
    m_tryHint->setText(tr("Give each variable a value to see the prompt a generation would get."));
    m_previewLabel->setText(tr("F&illed prompt:"));
    m_preview->setAccessibleName(tr("The prompt with its variables filled in"));
    for (auto it = m_tryFields.cbegin(); it != m_tryFields.cend(); ++it)
        it.value()->setAccessibleName(tr("Value of {%1}").arg(it.key()));
    promptEdited();
}

void TemplatesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    StudioView::changeEvent(event);
}

} // namespace Atelier

