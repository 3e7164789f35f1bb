#include "generatepanel.h"

#include "ai/generation.h"
#include "ai/promptservice.h"
#include "ai/providersettings.h"
#include "ai/studioactions.h"
#include "ai/studioanalytics.h"
#include "core/plaintext.h"
#include "core/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSize>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Atelier {

struct GeneratePanel::PanelData final
{
    QList<Model> models;
    QList<Template> templates;
    CreditBalance balance;
};

namespace {

const QString kTwoD = QStringLiteral("2d");
const QString kThreeD = QStringLiteral("3d");
const QString kOffline = QStringLiteral("offline");
constexpr int kMinSide = 64;
constexpr int kMaxSide = 4096;
constexpr int kMaxPromptLength = 4000;

/// The name a provider gives its steps parameter, or empty when the panel offers none for it.
QString stepsParameter(const QString &provider)
{
    if (provider == QLatin1String("automatic1111"))
        return QStringLiteral("steps");
    if (provider == QLatin1String("replicate"))
        return QStringLiteral("num_inference_steps");
    return {};
}

void setFixedLines(QPlainTextEdit *edit, int lines)
{
    const int frame = edit->frameWidth() * 2;
    const int margins = int(edit->document()->documentMargin() * 2);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + frame + margins + 4);
}

} // namespace

GeneratePanel::GeneratePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("generatePanel"));
    setMinimumWidth(320);
    setMaximumWidth(380);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(m_scroll);
    auto *column = new QVBoxLayout(content);

    auto makeLabel = [content](const char *name) {
        auto *label = new QLabel(content);
        label->setObjectName(QLatin1String(name));
        label->setWordWrap(true);
        return label;
    };

    // What to make, and with which model.
    column->addWidget(heading("heading", content));
    column->addWidget(heading("modelHeading", content));
    m_type = new QComboBox(content);
    m_type->setObjectName(QStringLiteral("type"));
    for (const QString &type : {kTwoD, kThreeD, QStringLiteral("animation")})
        m_type->addItem(QString(), type);
    m_provider = new QComboBox(content);
    m_provider->setObjectName(QStringLiteral("provider"));
    m_model = new QComboBox(content);
    m_model->setObjectName(QStringLiteral("model"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(16);
    m_sourceLabel = makeLabel("sourceLabel");
    m_source = new QLineEdit(content);
    m_source->setObjectName(QStringLiteral("source"));
    m_modelForm = new QFormLayout;
    m_modelForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_modelForm->addRow(makeLabel("typeLabel"), m_type);
    m_modelForm->addRow(makeLabel("providerLabel"), m_provider);
    m_modelForm->addRow(makeLabel("modelLabel"), m_model);
    m_modelForm->addRow(m_sourceLabel, m_source);
    column->addLayout(m_modelForm);

    // The prompt: typed, or a template with its variables.
    column->addSpacing(8);
    column->addWidget(heading("promptHeading", content));
    m_template = new QComboBox(content);
    m_template->setObjectName(QStringLiteral("template"));
    m_template->addItem(QString(), QString());
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_template->setMinimumContentsLength(16);
    auto *templateForm = new QFormLayout;
    templateForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    templateForm->addRow(makeLabel("templateLabel"), m_template);
    column->addLayout(templateForm);
    m_variablesBox = new QWidget(content);
    m_variables = new QFormLayout(m_variablesBox);
    m_variables->setContentsMargins(0, 0, 0, 0);
    m_variables->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_variablesBox->hide();
    column->addWidget(m_variablesBox);
    auto *promptLabel = makeLabel("promptLabel");
    column->addWidget(promptLabel);
    m_prompt = new QPlainTextEdit(content);
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_prompt->setTabChangesFocus(true);
    setFixedLines(m_prompt, 5);
    column->addWidget(m_prompt);
    m_templatePreview = makeLabel("templatePreview");
    m_templatePreview->setTextFormat(Qt::PlainText);
    m_templatePreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_templatePreview->hide();
    column->addWidget(m_templatePreview);

    m_optimize = new QPushButton(content);
    m_optimize->setObjectName(QStringLiteral("optimize"));
    auto *optimizeRow = new QHBoxLayout;
    optimizeRow->addWidget(m_optimize);
    optimizeRow->addStretch(1);
    column->addLayout(optimizeRow);
    m_optimizedBox = new QFrame(content);
    m_optimizedBox->setFrameShape(QFrame::StyledPanel);
    m_optimizedText = new QLabel(m_optimizedBox);
    m_optimizedText->setObjectName(QStringLiteral("optimizedText"));
    m_optimizedText->setWordWrap(true);
    m_optimizedText->setTextFormat(Qt::PlainText);
    m_optimizedText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_useOptimized = new QPushButton(m_optimizedBox);
    m_useOptimized->setObjectName(QStringLiteral("useOptimized"));
    auto *optimizedLayout = new QVBoxLayout(m_optimizedBox);
    optimizedLayout->addWidget(m_optimizedText);
    auto *useRow = new QHBoxLayout;
    useRow->addStretch(1);
    useRow->addWidget(m_useOptimized);
    optimizedLayout->addLayout(useRow);
    m_optimizedBox->hide();
    column->addWidget(m_optimizedBox);

    m_suggestionsLabel = makeLabel("suggestionsLabel");
    m_suggestions = new QListWidget(content);
    m_suggestions->setObjectName(QStringLiteral("suggestions"));
    m_suggestions->setWordWrap(true);
    showToolTipsAsPlainText(m_suggestions); // model names
    m_suggestions->setMaximumHeight(m_suggestions->fontMetrics().lineSpacing() * 7);
    m_suggestionsLabel->hide();
    m_suggestions->hide();
    column->addWidget(m_suggestionsLabel);
    column->addWidget(m_suggestions);
    m_suggestTimer = new QTimer(this);
    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(600);

    auto *negativeLabel = makeLabel("negativeLabel");
    column->addWidget(negativeLabel);
    m_negative = new QPlainTextEdit(content);
    m_negative->setObjectName(QStringLiteral("negativePrompt"));
    m_negative->setTabChangesFocus(true);
    setFixedLines(m_negative, 2);
    column->addWidget(m_negative);
    promptLabel->setBuddy(m_prompt);
    negativeLabel->setBuddy(m_negative);

    // Parameters.
    column->addSpacing(8);
    column->addWidget(heading("parametersHeading", content));
    m_size = new QComboBox(content);
    m_size->setObjectName(QStringLiteral("size"));
    for (const QSize &s : {QSize(512, 512), QSize(768, 768), QSize(1024, 1024), QSize(1024, 1792), QSize(1792, 1024)})
        m_size->addItem(QStringLiteral("%1 × %2").arg(s.width()).arg(s.height()), s);
    m_size->addItem(QString(), QSize()); // custom
    m_width = new QSpinBox(content);
    m_width->setObjectName(QStringLiteral("width"));
    m_height = new QSpinBox(content);
    m_height->setObjectName(QStringLiteral("height"));
    for (QSpinBox *side : {m_width, m_height}) {
        // Wider than the engine takes, so that a wrong size is explained rather than silently clamped.
        side->setRange(1, 2 * kMaxSide);
        side->setValue(1024);
        side->setSingleStep(64);
    }
    m_size->setCurrentIndex(m_size->findData(QSize(1024, 1024)));
    m_stepsLabel = makeLabel("stepsLabel");
    m_steps = new QSpinBox(content);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setRange(0, 150);
    m_seed = new QSpinBox(content);
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(0, std::numeric_limits<qint32>::max());
    m_seed->setEnabled(false);
    m_randomSeed = new QCheckBox(content);
    m_randomSeed->setObjectName(QStringLiteral("randomSeed"));
    m_randomSeed->setChecked(true);
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_randomSeed);
    m_count = new QSpinBox(content);
    m_count->setObjectName(QStringLiteral("count"));
    m_count->setRange(1, 8);
    m_parametersForm = new QFormLayout;
    m_parametersForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_parametersForm->addRow(makeLabel("sizeLabel"), m_size);
    m_parametersForm->addRow(makeLabel("widthLabel"), m_width);
    m_parametersForm->addRow(makeLabel("heightLabel"), m_height);
    m_parametersForm->addRow(m_stepsLabel, m_steps);
    auto *seedLabel = makeLabel("seedLabel");
    m_parametersForm->addRow(seedLabel, seedRow);
    seedLabel->setBuddy(m_seed);
    m_parametersForm->addRow(makeLabel("countLabel"), m_count);
    column->addLayout(m_parametersForm);
    column->addStretch(1);
    m_scroll->setWidget(content);

    // Always in sight below the form: what it costs, and Generate.
    auto *footer = new QWidget(this);
    auto *footerLayout = new QVBoxLayout(footer);
    footerLayout->addWidget(heading("costHeading", footer));
    m_estimate = new QLabel(footer);
    m_estimate->setObjectName(QStringLiteral("estimate"));
    m_estimate->setWordWrap(true);
    footerLayout->addWidget(m_estimate);
    m_generate = new QPushButton(footer);
    m_generate->setObjectName(QStringLiteral("generate"));
    m_generate->setEnabled(false);
    m_message = new QLabel(footer);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // a provider's or the database's words
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *generateRow = new QHBoxLayout;
    generateRow->addWidget(m_generate, 0, Qt::AlignTop);
    generateRow->addWidget(m_message, 1);
    footerLayout->addLayout(generateRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scroll, 1);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(footer);

    // Buddies for the labels of a form row.
    for (auto [name, buddy] : {std::pair{"typeLabel", static_cast<QWidget *>(m_type)}, std::pair{"providerLabel", static_cast<QWidget *>(m_provider)},
                               std::pair{"modelLabel", static_cast<QWidget *>(m_model)}, std::pair{"sourceLabel", static_cast<QWidget *>(m_source)},
                               std::pair{"templateLabel", static_cast<QWidget *>(m_template)}, std::pair{"suggestionsLabel", static_cast<QWidget *>(m_suggestions)},
                               std::pair{"sizeLabel", static_cast<QWidget *>(m_size)}, std::pair{"widthLabel", static_cast<QWidget *>(m_width)},
                               std::pair{"heightLabel", static_cast<QWidget *>(m_height)}, std::pair{"stepsLabel", static_cast<QWidget *>(m_steps)},
                               std::pair{"countLabel", static_cast<QWidget *>(m_count)}})
        findChild<QLabel *>(QLatin1String(name))->setBuddy(buddy);
    QWidget *order[] = {m_type,     m_provider, m_model,  m_source,       m_template, m_prompt,     m_optimize, m_useOptimized, m_suggestions,
                        m_negative, m_size,     m_width,  m_height,       m_steps,    m_seed,       m_randomSeed, m_count,    m_generate};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    // The panel scrolls, so any of its combo boxes may come to sit against the tab bar above it: each is a 24 px target
    // of its own (WCAG 2.5.8) rather than relying on the room around it.
    for (QComboBox *combo : content->findChildren<QComboBox *>())
        combo->setMinimumHeight(std::max(24, combo->minimumSizeHint().height()));

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { updateForType(); });
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] { fillModels(); });
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] { updateEstimate(); });
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] { showVariables(); });
    connect(m_prompt, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingPrompt && !currentTemplate())
            m_suggestTimer->start();
    });
    connect(m_suggestTimer, &QTimer::timeout, this, &GeneratePanel::askSuggestions);
    connect(m_suggestions, &QListWidget::itemClicked, this, &GeneratePanel::useSuggestion);
    connect(m_suggestions, &QListWidget::itemActivated, this, &GeneratePanel::useSuggestion);
    connect(m_optimize, &QPushButton::clicked, this, &GeneratePanel::optimize);
    connect(m_useOptimized, &QPushButton::clicked, this, &GeneratePanel::useOptimized);
    connect(m_size, &QComboBox::activated, this, [this] {
        const QSize s = m_size->currentData().toSize();
        if (s.isValid()) {
            const QSignalBlocker w(m_width), h(m_height);
            m_width->setValue(s.width());
            m_height->setValue(s.height());
        } else {
            m_width->setFocus();
        }
    });
    for (QSpinBox *side : {m_width, m_height})
        connect(side, &QSpinBox::valueChanged, this, [this] { updateSizePreset(); });
    connect(m_randomSeed, &QCheckBox::toggled, m_seed, [this](bool random) { m_seed->setEnabled(!random); });
    connect(m_count, &QSpinBox::valueChanged, this, [this] { updateEstimate(); });
    connect(m_generate, &QPushButton::clicked, this, &GeneratePanel::generate);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setObjectName(QStringLiteral("generateShortcut"));
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &GeneratePanel::generate); // says why when it cannot
    }

    retranslate();
    updateForType();
}

GeneratePanel::~GeneratePanel() = default;

QLabel *GeneratePanel::heading(const char *objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    QFont font = label->font();
    font.setBold(true);
    // The panel's title as the pages' headings, the sections a step smaller.
    font.setPointSizeF(font.pointSizeF() * (QByteArrayView(objectName) == "heading" ? 1.4 : 1.1));
    label->setFont(font);
    return label;
}

void GeneratePanel::setContext(const StudioContext &context)
{
    const bool sameBrand = context.database.toString() == m_context.database.toString() && context.brandId == m_context.brandId;
    m_context = context;
    if (!sameBrand) {
        // What was shown belonged to another brand or database.
        m_loaded = false;
        m_suggesting.cancel();
        m_optimizing.cancel();
        m_suggestions->clear();
        m_suggestions->hide();
        m_suggestionsLabel->hide();
        m_optimizedBox->hide();
        m_source->clear();
        setMessage(QString(), false);
    }
    load();
}

void GeneratePanel::load()
{
    m_refreshingCredits.cancel(); // this load brings the credits too
    if (m_context.brandId.isEmpty()) {
        m_loading.cancel();
        m_loaded = false;
        updateEstimate();
        return;
    }
    const QString brandId = m_context.brandId;
    m_loading.startWithDatabase(
        m_context.database,
        [brandId](const QSqlDatabase &db, CancelToken &) -> Result<PanelData> {
            PanelData data;
            auto models = StudioAnalytics::listModels(db);
            if (!models)
                return models.error();
            const QStringList providers = ProviderSettings::names();
            for (const AiModel &m : models.value())
                if (m.active && providers.contains(m.provider)) // the engine refuses retired models and unknown providers
                    data.models.append(Model{m.name, m.provider, m.type, m.credits, m.avgSeconds});
            auto templates = PromptService::templates(db, brandId);
            if (!templates)
                return templates.error();
            for (const PromptTemplate &t : templates.value())
                data.templates.append(Template{t.id, t.name, t.category, t.prompt, PromptService::variablesOf(t.prompt)});
            auto balance = StudioActions::balance(db, brandId);
            if (!balance)
                return balance.error();
            data.balance = balance.value();
            return data;
        },
        [this](Result<PanelData> data) {
            if (!data) {
                setMessage(data.error().message, true);
                emit failed(data.error().message);
                return;
            }
            m_models = data->models;
            m_templates = data->templates;
            m_balance = data->balance;
            m_loaded = true;
            fillTemplates();
            fillProviders();
            if (m_pendingReuse) {
                const Generation g = *m_pendingReuse;
                m_pendingReuse.reset();
                applyReuse(g);
            }
            updateEstimate();
            emit loaded();
        });
}

void GeneratePanel::refreshCredits()
{
    if (m_context.brandId.isEmpty())
        return;
    const QString brandId = m_context.brandId;
    m_refreshingCredits.startWithDatabase(
        m_context.database, [brandId](const QSqlDatabase &db, CancelToken &) { return StudioActions::balance(db, brandId); },
        [this](Result<CreditBalance> balance) {
            if (!balance) {
                setMessage(balance.error().message, true);
                emit failed(balance.error().message);
                return;
            }
            m_balance = balance.value();
            updateEstimate();
        });
}

void GeneratePanel::fillProviders()
{
    const QString type = m_type->currentData().toString();
    const QString current = m_provider->currentData().toString();
    {
        const QSignalBlocker blocker(m_provider);
        m_provider->clear();
        for (const QString &name : ProviderSettings::names()) {
            const bool offers = std::any_of(m_models.cbegin(), m_models.cend(), [&](const Model &m) { return m.provider == name && m.type == type; });
            if (offers)
                m_provider->addItem(ProviderSettings::displayName(name), name);
        }
        const int keep = m_provider->findData(current);
        m_provider->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    fillModels();
}

void GeneratePanel::fillModels()
{
    const QString type = m_type->currentData().toString();
    const QString provider = m_provider->currentData().toString();
    const QString current = m_model->currentData().toString();
    {
        const QSignalBlocker blocker(m_model);
        m_model->clear();
        for (const Model &m : std::as_const(m_models)) {
            if (m.provider != provider || m.type != type)
                continue;
            const QString text = m.credits > 0 ? tr("%1 — %n credit(s) · ~%2 s", nullptr, m.credits).arg(m.name).arg(m.avgSeconds)
                                               : tr("%1 — free · ~%2 s").arg(m.name).arg(m.avgSeconds);
            m_model->addItem(text, m.name);
        }
        const int keep = m_model->findData(current);
        m_model->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    updateForProvider();
    updateEstimate();
}

void GeneratePanel::fillTemplates()
{
    const QString current = m_template->currentData().toString();
    {
        const QSignalBlocker blocker(m_template);
        while (m_template->count() > 1)
            m_template->removeItem(1);
        for (const Template &t : std::as_const(m_templates))
            m_template->addItem(tr("%1 (%2)").arg(t.name, t.category), t.id);
        const int keep = current.isEmpty() ? 0 : m_template->findData(current);
        m_template->setCurrentIndex(std::max(keep, 0));
    }
    if (m_template->currentIndex() == 0 && !current.isEmpty())
        showVariables(); // the chosen template went away
}

const GeneratePanel::Model *GeneratePanel::currentModel() const
{
    const QString name = m_model->currentData().toString();
    const QString provider = m_provider->currentData().toString();
    for (const Model &m : m_models)
        if (m.name == name && m.provider == provider)
            return &m;
    return nullptr;
}

const GeneratePanel::Template *GeneratePanel::currentTemplate() const
{
    const QString id = m_template->currentData().toString();
    if (id.isEmpty())
        return nullptr;
    for (const Template &t : m_templates)
        if (t.id == id)
            return &t;
    return nullptr;
}

void GeneratePanel::updateForType()
{
    m_modelForm->setRowVisible(m_source, m_type->currentData().toString() == kThreeD);
    // A template makes a "template" generation, which an image model makes.
    const bool templates = m_type->currentData().toString() == kTwoD;
    if (!templates && m_template->currentIndex() != 0)
        m_template->setCurrentIndex(0);
    m_template->setEnabled(templates);
    fillProviders();
}

void GeneratePanel::updateForProvider()
{
    const bool steps = !stepsParameter(m_provider->currentData().toString()).isEmpty();
    m_parametersForm->setRowVisible(m_steps, steps);
    const bool offline = m_provider->currentData().toString() == kOffline;
    m_sourceLabel->setToolTip(offline ? tr("Optional for the offline renderer, which draws its model from the prompt.")
                                      : tr("The id of a completed image generation of this brand, which the 3D model is made from."));
    m_source->setToolTip(m_sourceLabel->toolTip());
}

void GeneratePanel::updateSizePreset()
{
    const int preset = m_size->findData(QSize(m_width->value(), m_height->value()));
    const QSignalBlocker blocker(m_size);
    m_size->setCurrentIndex(preset >= 0 ? preset : m_size->count() - 1);
}

void GeneratePanel::showVariables()
{
    while (m_variables->rowCount() > 0)
        m_variables->removeRow(0);
    m_variableEdits.clear();
    const Template *t = currentTemplate();
    m_settingPrompt = true;
    if (t) {
        if (!m_prompt->isReadOnly())
            m_ownPrompt = m_prompt->toPlainText();
        m_prompt->setPlainText(t->prompt);
        m_prompt->setReadOnly(true);
        for (const QString &name : t->variables) {
            auto *edit = new QLineEdit(m_variablesBox);
            edit->setObjectName(QStringLiteral("variable_") + name);
            edit->setAccessibleName(tr("Template variable %1").arg(name));
            auto *label = new QLabel(tr("%1:").arg(name), m_variablesBox);
            label->setTextFormat(Qt::PlainText);
            label->setBuddy(edit);
            m_variables->addRow(label, edit);
            m_variableEdits.append({name, edit});
            connect(edit, &QLineEdit::textChanged, this, &GeneratePanel::updateTemplatePreview);
        }
        // Into the focus chain after the template picker, in the order shown.
        QWidget *previous = m_template;
        for (const auto &[name, edit] : std::as_const(m_variableEdits)) {
            setTabOrder(previous, edit);
            previous = edit;
        }
        m_suggestTimer->stop();
        m_suggesting.cancel();
        m_suggestions->hide();
        m_suggestionsLabel->hide();
        m_optimizedBox->hide();
    } else if (m_prompt->isReadOnly()) {
        m_prompt->setReadOnly(false);
        m_prompt->setPlainText(m_ownPrompt);
    }
    m_settingPrompt = false;
    m_variablesBox->setVisible(t && !m_variableEdits.isEmpty());
    m_optimize->setEnabled(!t);
    m_templatePreview->setVisible(t != nullptr);
    updateTemplatePreview();
}

void GeneratePanel::updateTemplatePreview()
{
    const Template *t = currentTemplate();
    if (!t)
        return;
    QHash<QString, QString> values;
    for (const auto &[name, edit] : std::as_const(m_variableEdits))
        values.insert(name, edit->text());
    const auto filled = PromptService::fill(t->prompt, values);
    m_templatePreview->setText(filled ? tr("Will be sent as: %1").arg(filled.value()) : filled.error().message);
}

bool GeneratePanel::overBalance() const
{
    const Model *model = currentModel();
    return model && m_balance && !StudioActions::fits(*m_balance, model->credits * m_count->value());
}

void GeneratePanel::updateEstimate()
{
    const Model *model = currentModel();
    Theme::setTone(m_estimate, Theme::Tone::Normal);
    if (!model) {
        m_estimate->setText(m_loaded ? tr("No model of this kind is registered with this provider.") : tr("Loading the models…"));
        updateGenerateButton();
        return;
    }
    const int count = m_count->value();
    const int total = model->credits * count;
    const QString cost = tr("%1 × %2 = %n credit(s)", nullptr, total).arg(model->credits).arg(count);
    if (!m_balance) {
        m_estimate->setText(cost);
    } else if (!m_balance->monthlyCredits) {
        m_estimate->setText(tr("No quota set: %n credit(s)", nullptr, total));
    } else if (overBalance()) {
        Theme::setTone(m_estimate, Theme::Tone::Error);
        m_estimate->setText(tr("%1, more than the %2 of %3 left this month: lower the count or choose a cheaper model.")
                                .arg(cost)
                                .arg(StudioActions::creditsLeft(*m_balance))
                                .arg(*m_balance->monthlyCredits));
    } else {
        m_estimate->setText(
            tr("%1 · %2 of %3 left this month").arg(cost).arg(StudioActions::creditsLeft(*m_balance)).arg(*m_balance->monthlyCredits));
    }
    updateGenerateButton();
}

void GeneratePanel::updateGenerateButton()
{
    const Model *model = currentModel();
    const bool over = overBalance();
    m_generate->setEnabled(m_loaded && !m_queuing.isRunning() && model && !over);
    m_generate->setToolTip(over ? m_estimate->text() : tr("Queue the generations (Ctrl+Return)"));
}

bool GeneratePanel::canGenerate() const
{
    return m_generate->isEnabled();
}

QString GeneratePanel::estimateText() const
{
    return m_estimate->text();
}

QString GeneratePanel::messageText() const
{
    return m_message->text();
}

QStringList GeneratePanel::suggestionTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_suggestions->count(); ++i)
        texts.append(m_suggestions->item(i)->text());
    return texts;
}

QStringList GeneratePanel::optimizedChanges() const
{
    return m_optimizedChanges;
}

void GeneratePanel::setMessage(const QString &text, bool problem)
{
    Theme::setTone(m_message, problem ? Theme::Tone::Error : Theme::Tone::Normal);
    m_message->setText(text);
}

QString GeneratePanel::problem() const
{
    if (m_context.brandId.isEmpty())
        return tr("Choose a brand first: generations belong to one.");
    if (!m_loaded)
        return tr("The models are still loading.");
    const Model *model = currentModel();
    if (!model)
        return tr("Choose a model: %1 has none for this kind of result.").arg(m_provider->currentText());
    // First, as the disabled button says.
    if (overBalance())
        return m_estimate->text();
    if (const Template *t = currentTemplate()) {
        QStringList missing;
        for (const auto &[name, edit] : m_variableEdits)
            if (edit->text().trimmed().isEmpty())
                missing.append(name);
        if (!missing.isEmpty())
            return tr("The template \"%1\" needs a value for: %2.").arg(t->name, missing.join(QLatin1String(", ")));
    } else if (m_prompt->toPlainText().trimmed().isEmpty()) {
        return tr("The prompt is empty: say what to generate.");
    }
    const qsizetype longest = std::max(m_prompt->toPlainText().size(), m_negative->toPlainText().size());
    if (!currentTemplate() && longest > kMaxPromptLength)
        return tr("The prompt is %1 characters long; at most %2 are accepted.").arg(longest).arg(kMaxPromptLength);
    if (m_width->value() < kMinSide || m_width->value() > kMaxSide || m_height->value() < kMinSide || m_height->value() > kMaxSide)
        return tr("The size %1 × %2 is outside %3–%4 pixels a side.").arg(m_width->value()).arg(m_height->value()).arg(kMinSide).arg(kMaxSide);
    if (model->type == kThreeD && model->provider != kOffline && m_source->text().trimmed().isEmpty())
        return tr("%1 makes a 3D model from a picture: give the id of a completed image generation in \"From generation\".")
            .arg(ProviderSettings::displayName(model->provider));
    return {};
}

void GeneratePanel::generate()
{
    if (m_queuing.isRunning())
        return;
    if (const QString why = problem(); !why.isEmpty()) {
        setMessage(why, true);
        emit generateFinished();
        return;
    }
    const Model *model = currentModel();
    GenerationRequest request;
    request.brandId = m_context.brandId;
    request.type = model->type;
    request.provider = model->provider;
    request.model = model->name;
    request.prompt = m_prompt->toPlainText().trimmed();
    request.negativePrompt = m_negative->toPlainText().trimmed();
    request.width = m_width->value();
    request.height = m_height->value();
    if (const QString steps = stepsParameter(model->provider); !steps.isEmpty() && m_steps->value() > 0)
        request.parameters.insert(steps, m_steps->value());
    if (model->type == kThreeD && !m_source->text().trimmed().isEmpty())
        request.parameters.insert(QStringLiteral("source"), m_source->text().trimmed());
    QString templateId;
    QHash<QString, QString> values;
    if (const Template *t = currentTemplate()) {
        templateId = t->id;
        for (const auto &[name, edit] : std::as_const(m_variableEdits))
            values.insert(name, edit->text().trimmed());
    }
    if (!m_randomSeed->isChecked())
        request.seed = m_seed->value();
    const int count = m_count->value();

    setMessage(tr("Queuing %n generation(s)…", nullptr, count), false);
    // All of them or none, each seed the one before plus one: the same rule for the console and the command line.
    m_queuing.startChange(
        m_context.database,
        [request, templateId, values, count](const QSqlDatabase &db) {
            return StudioActions::enqueueVariations(db, request, count, templateId, values);
        },
        [this](Result<QueuedVariations> queued) {
            if (queued) {
                QString text = tr("Queued %n generation(s).", nullptr, int(queued->generations.size()));
                if (queued->cached > 0)
                    text += QLatin1Char(' ') + tr("%n answered from the cache, at no cost.", nullptr, queued->cached);
                setMessage(text, false);
                emit generationsQueued(queued->ids());
            } else {
                setMessage(queued.error().message, true);
                emit failed(queued.error().message);
            }
            updateGenerateButton();
            refreshCredits();
            emit generateFinished();
        });
    updateGenerateButton();
}

void GeneratePanel::askSuggestions()
{
    const QString prompt = m_prompt->toPlainText().trimmed();
    if (prompt.isEmpty() || m_context.brandId.isEmpty() || currentTemplate()) {
        m_suggesting.cancel();
        m_suggestions->clear();
        m_suggestions->hide();
        m_suggestionsLabel->hide();
        emit suggestionsShown();
        return;
    }
    const QString brandId = m_context.brandId;
    m_suggesting.startWithDatabase(
        m_context.database, [brandId, prompt](const QSqlDatabase &db, CancelToken &) { return PromptService::suggestions(db, brandId, prompt, 5); },
        [this](Result<QList<PromptSuggestion>> found) {
            m_suggestions->clear();
            if (!found) {
                m_suggestions->hide();
                m_suggestionsLabel->hide();
                setMessage(found.error().message, true);
                emit suggestionsShown();
                return;
            }
            for (const PromptSuggestion &s : found.value()) {
                auto *item = new QListWidgetItem(s.prompt, m_suggestions);
                item->setToolTip(tr("Made with %1, quality %2 of 100; %3% of the words in common. Click to use this prompt.")
                                     .arg(s.model)
                                     .arg(qRound(s.quality))
                                     .arg(qRound(s.similarity * 100)));
            }
            m_suggestions->setVisible(m_suggestions->count() > 0);
            m_suggestionsLabel->setVisible(m_suggestions->count() > 0);
            emit suggestionsShown();
        });
}

void GeneratePanel::useSuggestion(QListWidgetItem *item)
{
    if (!item || currentTemplate())
        return;
    m_prompt->setPlainText(item->text());
    m_prompt->setFocus();
}

void GeneratePanel::optimize()
{
    if (currentTemplate())
        return;
    const QString prompt = m_prompt->toPlainText();
    if (prompt.trimmed().isEmpty()) {
        setMessage(tr("The prompt is empty: there is nothing to optimise."), true);
        emit optimized();
        return;
    }
    if (m_context.brandId.isEmpty()) {
        setMessage(tr("Choose a brand first: generations belong to one."), true);
        emit optimized();
        return;
    }
    m_optimize->setEnabled(false);
    setMessage(tr("Optimising the prompt…"), false);
    const QString brandId = m_context.brandId;
    m_optimizing.startWithDatabase(
        m_context.database, [brandId, prompt](const QSqlDatabase &db, CancelToken &) { return PromptService::optimize(db, brandId, prompt); },
        [this](Result<OptimizedPrompt> o) {
            m_optimize->setEnabled(!currentTemplate());
            if (!o) {
                setMessage(o.error().message, true);
                emit optimized();
                return;
            }
            setMessage(QString(), false);
            m_optimizedPrompt = o->prompt;
            m_optimizedNegative = o->negativePrompt;
            m_optimizedChanges = o->changes;
            showOptimized();
            emit optimized();
        });
}

void GeneratePanel::showOptimized()
{
    if (m_optimizedPrompt.isEmpty()) {
        m_optimizedBox->hide();
        return;
    }
    if (m_optimizedChanges.isEmpty()) {
        m_optimizedText->setText(tr("The prompt needs no change."));
        m_useOptimized->hide();
    } else {
        QStringList lines{tr("Suggested prompt:"), m_optimizedPrompt};
        if (!m_optimizedNegative.isEmpty())
            lines << tr("Added to the negative prompt: %1").arg(m_optimizedNegative);
        lines << tr("Changes:");
        for (const QString &change : std::as_const(m_optimizedChanges))
            lines << tr("• %1").arg(change);
        m_optimizedText->setText(lines.join(QLatin1Char('\n')));
        m_useOptimized->show();
    }
    m_optimizedBox->show();
}

void GeneratePanel::useOptimized()
{
    if (m_optimizedPrompt.isEmpty() || currentTemplate())
        return;
    m_prompt->setPlainText(m_optimizedPrompt);
    // The words moved out of the prompt join whatever was excluded already.
    QStringList negative;
    for (const QString &part : m_negative->toPlainText().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            negative.append(part.trimmed());
    for (const QString &part : m_optimizedNegative.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty() && !negative.contains(part.trimmed(), Qt::CaseInsensitive))
            negative.append(part.trimmed());
    m_negative->setPlainText(negative.join(QLatin1String(", ")));
    m_optimizedPrompt.clear();
    m_optimizedNegative.clear();
    m_optimizedChanges.clear();
    m_optimizedBox->hide();
    m_prompt->setFocus();
}

void GeneratePanel::reuse(const Generation &generation, Reuse what)
{
    switch (what) {
    case Reuse::Prompt:
        if (m_template->currentIndex() != 0)
            m_template->setCurrentIndex(0);
        m_prompt->setPlainText(generation.prompt);
        m_negative->setPlainText(generation.negativePrompt);
        break;
    case Reuse::Seed: {
        const QJsonValue seed = generation.parameters.value(QLatin1String("seed"));
        const qint64 value = seed.toVariant().toLongLong();
        if (seed.isUndefined() || seed.isNull() || value < 0 || value > m_seed->maximum()) {
            setMessage(tr("Generation %1 has no seed this panel can set.").arg(generation.id), true);
            return;
        }
        m_seed->setValue(int(value));
        m_randomSeed->setChecked(false);
        break;
    }
    case Reuse::Source:
        m_type->setCurrentIndex(m_type->findData(kThreeD));
        m_source->setText(generation.id);
        break;
    case Reuse::Everything:
        if (!m_loaded) {
            m_pendingReuse = std::make_unique<Generation>(generation); // the models are not there to choose from yet
            return;
        }
        applyReuse(generation);
        return;
    }
    setMessage(QString(), false);
}

void GeneratePanel::applyReuse(const Generation &g)
{
    const QString type = g.type == QLatin1String("template") ? kTwoD : g.type;
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    if (const int p = m_provider->findData(g.provider); p >= 0)
        m_provider->setCurrentIndex(p);
    QString problem;
    if (const int m = m_model->findData(g.model); m >= 0 && m_provider->currentData().toString() == g.provider)
        m_model->setCurrentIndex(m);
    else
        problem = tr("The model %1 of %2 is not offered any more: choose another.").arg(g.model, ProviderSettings::displayName(g.provider));

    // Made from a template: the template again, with the same values, while it still exists.
    const QString templateId = g.parameters.value(QLatin1String("template")).toString();
    const int t = g.type == QLatin1String("template") && !templateId.isEmpty() ? m_template->findData(templateId) : -1;
    if (t > 0) {
        m_template->setCurrentIndex(t);
        const QJsonObject values = g.parameters.value(QLatin1String("variables")).toObject();
        for (const auto &[name, edit] : std::as_const(m_variableEdits))
            edit->setText(values.value(name).toString());
    } else {
        m_template->setCurrentIndex(0);
        m_prompt->setPlainText(g.prompt);
    }
    m_negative->setPlainText(g.negativePrompt);

    const int width = g.parameters.value(QLatin1String("width")).toInt(0);
    const int height = g.parameters.value(QLatin1String("height")).toInt(0);
    if (width > 0 && height > 0) {
        m_width->setValue(std::min(width, m_width->maximum()));
        m_height->setValue(std::min(height, m_height->maximum()));
    }
    const QString steps = stepsParameter(g.provider);
    m_steps->setValue(steps.isEmpty() ? 0 : std::clamp(g.parameters.value(steps).toInt(0), 0, m_steps->maximum()));
    const QJsonValue seed = g.parameters.value(QLatin1String("seed"));
    const qint64 seedValue = seed.toVariant().toLongLong();
    if (seed.isDouble() && seedValue >= 0 && seedValue <= m_seed->maximum()) {
        m_seed->setValue(int(seedValue));
        m_randomSeed->setChecked(false);
    } else {
        m_randomSeed->setChecked(true);
    }
    m_source->setText(type == kThreeD ? g.parameters.value(QLatin1String("source")).toString() : QString());
    setMessage(problem, !problem.isEmpty());
}

void GeneratePanel::retranslate()
{
    auto label = [this](const char *name) { return findChild<QLabel *>(QLatin1String(name)); };
    label("heading")->setText(tr("Generate"));
    label("modelHeading")->setText(tr("Model"));
    label("promptHeading")->setText(tr("Prompt"));
    label("parametersHeading")->setText(tr("Parameters"));
    label("costHeading")->setText(tr("Cost"));
    label("typeLabel")->setText(tr("T&ype:"));
    label("providerLabel")->setText(tr("Provider:"));
    label("modelLabel")->setText(tr("&Model:"));
    m_sourceLabel->setText(tr("From generation:"));
    label("templateLabel")->setText(tr("Temp&late:"));
    label("promptLabel")->setText(tr("&Prompt:"));
    label("negativeLabel")->setText(tr("&Negative prompt (what to keep out):"));
    m_suggestionsLabel->setText(tr("Similar past prompts (clic&k one to use it):"));
    label("sizeLabel")->setText(tr("&Size:"));
    label("widthLabel")->setText(tr("&Width:"));
    label("heightLabel")->setText(tr("He&ight:"));
    m_stepsLabel->setText(tr("St&eps:"));
    label("seedLabel")->setText(tr("See&d:"));
    label("countLabel")->setText(tr("&Count:"));

    m_type->setItemText(0, tr("Image (2D)"));
    m_type->setItemText(1, tr("3D model"));
    m_type->setItemText(2, tr("Animation"));
    m_template->setItemText(0, tr("No template"));
    m_size->setItemText(m_size->count() - 1, tr("Custom"));
    m_steps->setSpecialValueText(tr("Provider's default"));
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    m_randomSeed->setText(tr("&Random"));
    m_optimize->setText(tr("Optimi&ze prompt"));
    m_useOptimized->setText(tr("Use it"));
    m_generate->setText(tr("&Generate"));
    const auto generateKeys = findChildren<QShortcut *>(QStringLiteral("generateShortcut"), Qt::FindDirectChildrenOnly);
    for (QShortcut *key : generateKeys)
        key->setWhatsThis(m_generate->text()); // for Help ▸ Keyboard shortcuts

    m_type->setAccessibleName(tr("Kind of result"));
    m_provider->setAccessibleName(tr("Provider"));
    m_model->setAccessibleName(tr("Model, with its price and average time"));
    m_source->setAccessibleName(tr("Generation the 3D model is made from"));
    m_template->setAccessibleName(tr("Prompt template"));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_negative->setAccessibleName(tr("Negative prompt"));
    m_suggestions->setAccessibleName(tr("Similar past prompts"));
    m_optimize->setAccessibleName(tr("Optimize the prompt"));
    m_optimize->setToolTip(tr("Suggests a clearer prompt from rules and the brand's best-rated work, and lists each change."));
    m_useOptimized->setAccessibleName(tr("Use the suggested prompt"));
    m_optimizedText->setAccessibleName(tr("Suggested prompt and its changes"));
    m_size->setAccessibleName(tr("Size preset"));
    m_width->setAccessibleName(tr("Width in pixels"));
    m_height->setAccessibleName(tr("Height in pixels"));
    m_steps->setAccessibleName(tr("Sampling steps"));
    m_steps->setToolTip(tr("How many denoising steps the model takes; more is slower and often finer."));
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setToolTip(tr("The same seed and prompt give the same picture. With a count above one, each next generation takes the next seed."));
    m_randomSeed->setAccessibleName(tr("Random seed"));
    m_randomSeed->setToolTip(tr("Let the engine pick a new seed; with a count above one, the next generations take the seeds after it."));
    m_count->setAccessibleName(tr("Number of generations"));
    m_estimate->setAccessibleName(tr("Cost estimate"));
    m_generate->setAccessibleName(tr("Generate"));
    m_message->setAccessibleName(tr("Generate status"));
    m_templatePreview->setAccessibleName(tr("The prompt the template gives"));

    for (int i = 0; i < m_provider->count(); ++i)
        m_provider->setItemText(i, ProviderSettings::displayName(m_provider->itemData(i).toString()));
    fillModels();
    showOptimized();
    updateTemplatePreview();
}

void GeneratePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Atelier
