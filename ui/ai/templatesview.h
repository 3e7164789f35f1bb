#pragma once

#include "studioview.h"

#include <QHash>
#include <QStringList>

class QAbstractItemModel;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Atelier {

class PromptTemplateModel;
class PromptTemplateFilter;
struct PromptTemplate;

/// The prompt templates of the brand and those for every brand: a table filtered by category and words, an editor
/// that shows the {variables} of the prompt as it is typed, and a "Try it" box that fills them in.
class TemplatesView final : public StudioView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesView)
public:
    explicit TemplatesView(QWidget *parent = nullptr);
    ~TemplatesView() override;
    QString viewName() const override { return QStringLiteral("templates"); }
    QString title() const override;
    void setContext(const StudioContext &context) override;

    /// Reads the templates again (off the GUI thread); loaded() follows.
    void reload();
    /// Every template loaded (the source of the table).
    QAbstractItemModel *templateModel() const;
    /// The templates the category filter and the search let through, as the table shows them.
    QAbstractItemModel *shownModel() const;
    /// Filters by category (empty: every category) and by words of the name, category or prompt.
    void setCategoryFilter(const QString &category);
    void setSearch(const QString &text);

    /// Empties the editor for a new template.
    void newTemplate();
    /// Loads the template \a id into the editor (and selects it in the table when shown); false if not loaded.
    bool editTemplate(const QString &id);
    /// Fills the editor as a person would type.
    void setEditor(const QString &name, const QString &category, const QString &prompt);
    /// Checks the editor and saves it off the GUI thread; saved(ok) follows (at once when the editor is refused).
    void save();
    /// The id of the template in the editor; empty for a new one.
    QString editedId() const { return m_editedId; }
    /// What is wrong with the editor or the last save, in words; empty when nothing is.
    QString editorError() const;
    /// The variables the editor's prompt holds, as shown.
    QStringList editorVariables() const { return m_variables; }

    /// Types \a value in the "Try it" field of \a variable; false when the prompt has no such variable.
    bool setTryValue(const QString &variable, const QString &value);
    /// The filled prompt of "Try it"; empty while it cannot be filled.
    QString tryPreview() const;
    /// Why "Try it" cannot fill the prompt; empty when it can.
    QString tryError() const;
    QString statusText() const;

signals:
    /// A save ended: \a ok when the template was written.
    void saved(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyRows(const QString &selectId);
    void rebuildCategories();
    void loadEditorFromRow(int sourceRow);
    void promptEdited();
    void rebuildTryFields();
    void updatePreview();
    void showEditorError(const QString &message);
    QString validate() const;
    void retranslate();

    StudioContext m_context;
    PromptTemplateModel *m_model;
    PromptTemplateFilter *m_filter;
    QLabel *m_heading;
    QLabel *m_categoryLabel;
    QComboBox *m_category;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QTableView *m_table;
    QGroupBox *m_editorBox;
    QLabel *m_editing;
    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_editCategoryLabel;
    QComboBox *m_editCategory;
    QLabel *m_promptLabel;
    QPlainTextEdit *m_prompt;
    QLabel *m_variablesLabel;
    QLabel *m_variablesShown;
    QLabel *m_error;
    QPushButton *m_new;
    QPushButton *m_save;
    QGroupBox *m_tryBox;
    QLabel *m_tryHint;
    QFormLayout *m_tryForm;
    QHash<QString, QLineEdit *> m_tryFields;
    QHash<QString, QString> m_tryValues; // kept by variable name while the prompt changes
    QLabel *m_previewLabel;
    QPlainTextEdit *m_preview;
    QLabel *m_tryError;
    QLabel *m_status;
    QString m_editedId;
    QStringList m_variables;
    Request<Result<QList<PromptTemplate>>> m_loading{this};
    Request<Result<PromptTemplate>> m_saving{this};
    bool m_selecting = false; // the table's selection is set by the view, not by a person
    bool m_hasContext = false;
};

} // namespace Atelier
