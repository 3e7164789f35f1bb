#pragma once

#include "ai/generation.h"
#include "studioview.h"

#include <QList>
#include <QPair>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTimer;

namespace Atelier {

template<typename T>
class Result;

struct OptimizedPrompt;
struct PromptSuggestion;
struct QueuedVariations;

/// The AI Studio's "Generate" side panel: type, provider and model (with price and average time), a prompt with
/// a template picker and variable fields, a negative prompt, parameters, seed and count, the cost against the
/// remaining quota, "Optimize prompt" and suggestions. Queues the generations off the GUI thread.
class GeneratePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneratePanel)
public:
    /// Prompt: the prompt and negative prompt. Seed: the seed (Random unticked). Everything: type, provider, model,
    /// prompt (or template and values), negative prompt, size, steps, seed and source (remix). Source: a 3D model
    /// made from this generation's picture.
    enum class Reuse { Prompt, Seed, Everything, Source };

    explicit GeneratePanel(QWidget *parent = nullptr);
    ~GeneratePanel() override;
    void setContext(const StudioContext &context);
    /// Fills the panel from an earlier generation: its prompt (and negative prompt), its seed, or everything (remix).
    /// Before the models arrived, "everything" is applied once they do.
    void reuse(const Generation &generation, Reuse what);
    /// Queues the generations the panel describes (as the Generate button does).
    void generate();
    /// Reads the person's credits again (after generations finished elsewhere, say).
    void refreshCredits();
    /// Asks for an optimised prompt (as the Optimize button does); optimized() tells when it arrived.
    void optimize();
    /// Replaces the prompt (and adds to the negative prompt) with the optimised one shown.
    void useOptimized();

    /// What the panel shows, for the page and the tests.
    QString estimateText() const;
    QString messageText() const;
    bool canGenerate() const;
    QStringList suggestionTexts() const;
    QStringList optimizedChanges() const;

signals:
    /// The models, templates and credits of the context arrived.
    void loaded();
    void failed(const QString &message);
    void generationsQueued(const QStringList &ids);
    /// Generate finished (queued all, some or none); messageText() says how it went.
    void generateFinished();
    /// An optimised prompt (or why there is none) is shown.
    void optimized();
    /// The suggestions for the current prompt are shown.
    void suggestionsShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Model final
    {
        QString name;
        QString provider;
        QString type;
        int credits = 0;
        int avgSeconds = 0;
    };
    struct Template final
    {
        QString id;
        QString name;
        QString category;
        QString prompt;
        QStringList variables;
    };
    struct PanelData;

    void retranslate();
    void load();
    void fillProviders();
    void fillModels();
    void fillTemplates();
    void showVariables();
    void showOptimized();
    void updateTemplatePreview();
    void updateForType();
    void updateForProvider();
    void updateSizePreset();
    void updateEstimate();
    void updateGenerateButton();
    void setMessage(const QString &text, bool problem);
    void askSuggestions();
    void useSuggestion(QListWidgetItem *item);
    void applyReuse(const Generation &generation);
    const Model *currentModel() const;
    const Template *currentTemplate() const;
    /// Why the panel cannot queue what it shows, in words; empty when it can.
    QString problem() const;
    /// Whether the credits the panel asks for are known to be more than those left (StudioActions::fits).
    bool overBalance() const;
    static QLabel *heading(const char *objectName, QWidget *parent);

    StudioContext m_context;
    QList<Model> m_models;
    QList<Template> m_templates;
    std::optional<CreditBalance> m_balance; // none until read
    bool m_loaded = false;
    bool m_settingPrompt = false;
    Request<Result<PanelData>> m_loading{this};
    Request<Result<CreditBalance>> m_refreshingCredits{this};
    Request<Result<QueuedVariations>> m_queuing{this};
    Request<Result<QList<PromptSuggestion>>> m_suggesting{this};
    Request<Result<OptimizedPrompt>> m_optimizing{this};
    std::unique_ptr<Generation> m_pendingReuse;
    QString m_ownPrompt; // what was typed before a template was chosen, back when it is unchosen
    QString m_optimizedPrompt;
    QString m_optimizedNegative;
    QStringList m_optimizedChanges;

    QScrollArea *m_scroll;
    QFormLayout *m_modelForm;
    QFormLayout *m_parametersForm;
    QComboBox *m_type;
    QComboBox *m_provider;
    QComboBox *m_model;
    QLabel *m_sourceLabel;
    QLineEdit *m_source;
    QComboBox *m_template;
    QWidget *m_variablesBox;
    QFormLayout *m_variables;
    QList<QPair<QString, QLineEdit *>> m_variableEdits;
    QLabel *m_templatePreview;
    QPlainTextEdit *m_prompt;
    QPlainTextEdit *m_negative;
    QLabel *m_suggestionsLabel;
    QListWidget *m_suggestions;
    QTimer *m_suggestTimer;
    QPushButton *m_optimize;
    QFrame *m_optimizedBox;
    QLabel *m_optimizedText;
    QPushButton *m_useOptimized;
    QComboBox *m_size;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QLabel *m_stepsLabel;
    QSpinBox *m_steps;
    QSpinBox *m_seed;
    QCheckBox *m_randomSeed;
    QSpinBox *m_count;
    QLabel *m_estimate;
    QPushButton *m_generate;
    QLabel *m_message;
};

} // namespace Atelier
