#include "providersview.h"

#include "ai/providerconfigmodel.h"
#include "ai/providersettings.h"
#include "core/theme.h"

#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>
#include <optional>

namespace Atelier {

namespace {

void styleAs(QLabel *label, bool error)
{
    Theme::setTone(label, error ? Theme::Tone::Error : Theme::Tone::Success);
}

} // namespace

ProvidersView::ProvidersView(QWidget *parent)
    : StudioView(parent), m_model(new ProviderConfigModel(this)), m_heading(new QLabel(this)), m_intro(new QLabel(this)),
      m_table(new QTableView(this)), m_form(new QGroupBox(this)), m_apiKeyLabel(new QLabel(this)), m_apiKey(new QLineEdit(this)),
      m_keyStatus(new QLabel(this)), m_removeKey(new QCheckBox(this)), m_baseUrlLabel(new QLabel(this)), m_baseUrl(new QLineEdit(this)),
      m_defaultUrl(new QPushButton(this)), m_baseUrlProblem(new QLabel(this)), m_concurrencyLabel(new QLabel(this)),
      m_concurrency(new QSpinBox(this)), m_perMinuteLabel(new QLabel(this)), m_perMinute(new QDoubleSpinBox(this)),
      m_burstLabel(new QLabel(this)), m_burst(new QSpinBox(this)), m_attemptsLabel(new QLabel(this)), m_attempts(new QSpinBox(this)),
      m_timeoutLabel(new QLabel(this)), m_timeout(new QSpinBox(this)), m_chatModelLabel(new QLabel(this)), m_chatModel(new QLineEdit(this)),
      m_error(new QLabel(this)), m_save(new QPushButton(this)), m_test(new QPushButton(this)), m_testAnswer(new QLabel(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("providersView"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    m_intro->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ProviderConfigModel::BaseUrlColumn, QHeaderView::Stretch);

    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setClearButtonEnabled(true);
    m_apiKeyLabel->setBuddy(m_apiKey);
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_removeKey->setObjectName(QStringLiteral("removeKey"));
    m_baseUrl->setObjectName(QStringLiteral("baseUrl"));
    m_baseUrlLabel->setBuddy(m_baseUrl);
    m_baseUrlProblem->setWordWrap(true);
    styleAs(m_baseUrlProblem, true);
    m_baseUrlProblem->hide();
    m_concurrency->setRange(1, 64);
    m_perMinute->setRange(0.1, 100000);
    m_perMinute->setDecimals(1);
    m_burst->setRange(1, 1000);
    m_attempts->setRange(1, 20);
    m_timeout->setRange(1, 3600);
    m_chatModel->setMaxLength(100);
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_perMinuteLabel->setBuddy(m_perMinute);
    m_burstLabel->setBuddy(m_burst);
    m_attemptsLabel->setBuddy(m_attempts);
    m_timeoutLabel->setBuddy(m_timeout);
    m_chatModelLabel->setBuddy(m_chatModel);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    styleAs(m_error, true);
    m_error->hide();
    m_testAnswer->setWordWrap(true);
    m_testAnswer->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_save->setDefault(true);
    m_status->setWordWrap(true);
    // A provider's answer, a typed address, errors: shown as they are.
    for (QLabel *label : {m_baseUrlProblem, m_error, m_testAnswer, m_status})
        label->setTextFormat(Qt::PlainText);
    m_form->setEnabled(false);

    auto *keyRow = new QVBoxLayout;
    keyRow->addWidget(m_apiKey);
    auto *keyState = new QHBoxLayout;
    keyState->addWidget(m_keyStatus, 1);
    keyState->addWidget(m_removeKey);
    keyRow->addLayout(keyState);
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_baseUrl, 1);
    urlRow->addWidget(m_defaultUrl);
    auto *urlBlock = new QVBoxLayout;
    urlBlock->addLayout(urlRow);
    urlBlock->addWidget(m_baseUrlProblem);
    auto *form = new QFormLayout;
    form->addRow(m_apiKeyLabel, keyRow);
    form->addRow(m_baseUrlLabel, urlBlock);
    form->addRow(m_concurrencyLabel, m_concurrency);
    form->addRow(m_perMinuteLabel, m_perMinute);
    form->addRow(m_burstLabel, m_burst);
    form->addRow(m_attemptsLabel, m_attempts);
    form->addRow(m_timeoutLabel, m_timeout);
    form->addRow(m_chatModelLabel, m_chatModel);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->addLayout(form);
    formLayout->addWidget(m_error);
    formLayout->addLayout(buttons);
    formLayout->addWidget(m_testAnswer);
    formLayout->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    QWidget::setTabOrder(m_table, m_apiKey);
    QWidget::setTabOrder(m_apiKey, m_removeKey);
    QWidget::setTabOrder(m_removeKey, m_baseUrl);
    QWidget::setTabOrder(m_baseUrl, m_defaultUrl);
    QWidget::setTabOrder(m_defaultUrl, m_concurrency);
    QWidget::setTabOrder(m_concurrency, m_perMinute);
    QWidget::setTabOrder(m_perMinute, m_burst);
    QWidget::setTabOrder(m_burst, m_attempts);
    QWidget::setTabOrder(m_attempts, m_timeout);
    QWidget::setTabOrder(m_timeout, m_chatModel);
    QWidget::setTabOrder(m_chatModel, m_test);
    QWidget::setTabOrder(m_test, m_save);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showConfig(current.isValid() ? current.row() : -1); });
    for (QLineEdit *edit : {m_apiKey, m_baseUrl, m_chatModel}) {
        connect(edit, &QLineEdit::textChanged, this, &ProvidersView::formEdited);
        connect(edit, &QLineEdit::returnPressed, this, &ProvidersView::save);
    }
    for (QSpinBox *box : {m_concurrency, m_burst, m_attempts, m_timeout})
        connect(box, &QSpinBox::valueChanged, this, &ProvidersView::formEdited);
    connect(m_perMinute, &QDoubleSpinBox::valueChanged, this, &ProvidersView::formEdited);
    connect(m_removeKey, &QCheckBox::toggled, this, [this](bool remove) {
        m_apiKey->setEnabled(!remove && m_shown != QLatin1String("offline"));
        formEdited();
    });
    connect(m_defaultUrl, &QPushButton::clicked, this, [this] { m_baseUrl->setText(ProviderSettings::defaultBaseUrl(m_shown)); });
    connect(m_save, &QPushButton::clicked, this, &ProvidersView::save);
    connect(m_test, &QPushButton::clicked, this, &ProvidersView::testConnection);
    retranslate();
}

ProvidersView::~ProvidersView() = default;

QString ProvidersView::title() const
{
    return tr("Providers");
}

QAbstractItemModel *ProvidersView::providerModel() const
{
    return m_model;
}

void ProvidersView::setContext(const StudioContext &context)
{
    // The settings are this desktop's, not the database's: read when first shown, and again on a later visit unless
    // the form holds changes not saved yet.
    m_context = context;
    if (!m_loadedOnce || !isModified())
        reload();
    else
        emit loaded();
}

void ProvidersView::reload()
{
    load(m_shown, {});
}

void ProvidersView::load(const QString &select, const QString &statusAfter)
{
    if (statusAfter.isEmpty())
        m_status->setText(tr("Reading the provider settings…"));
    // A file read, but the GUI thread never waits on a disk.
    m_loading.start(
        [](CancelToken &) { return ProviderSettings::list(); },
        [this, select, statusAfter](Result<QList<ProviderConfig>> configs) {
            if (!configs) {
                m_status->setText(configs.error().message);
                emit failed(configs.error().message);
                return;
            }
            m_loadedOnce = true;
            m_model->setRows(configs.value());
            m_table->resizeColumnsToContents();
            const int row = qMax(0, m_model->rowOf(select));
            if (row < m_model->rowCount()) {
                m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                showConfig(row); // also when the same row was current: its settings may be new
            }
            m_status->setText(statusAfter.isEmpty() ? tr("Settings kept in %1.").arg(QDir::toNativeSeparators(ProviderSettings::path()))
                                                    : statusAfter);
            emit loaded();
        });
}

bool ProvidersView::selectProvider(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (m_shown != name)
        showConfig(row);
    return true;
}

QString ProvidersView::selectedProvider() const
{
    return m_shown;
}

void ProvidersView::showConfig(int row)
{
    if (row < 0 || row >= m_model->rows().size()) {
        m_shown.clear();
        m_form->setEnabled(false);
        return;
    }
    const ProviderConfig c = m_model->rows().at(row);
    const bool offline = c.name == QLatin1String("offline");
    const bool changed = m_shown != c.name;
    m_shown = c.name;
    m_filling = true;
    m_form->setEnabled(true);
    m_apiKey->clear();
    m_removeKey->setChecked(false);
    m_baseUrl->setText(c.baseUrl);
    m_concurrency->setValue(c.concurrency);
    m_perMinute->setValue(c.perMinute);
    m_burst->setValue(c.burst);
    m_attempts->setValue(c.maxAttempts);
    m_timeout->setValue(c.timeoutSeconds);
    m_chatModel->setText(c.chatModel);
    // The offline renderer needs no key and no address; only OpenAI takes a chat model.
    m_apiKey->setEnabled(!offline);
    m_removeKey->setEnabled(!offline && c.hasKey);
    m_baseUrl->setEnabled(!offline);
    m_defaultUrl->setEnabled(!offline);
    m_chatModel->setEnabled(c.name == QLatin1String("openai"));
    describeKey(c);
    m_filling = false;
    if (changed)
        m_testAnswer->clear();
    showFormError({});
    formEdited();
}

void ProvidersView::describeKey(const ProviderConfig &c)
{
    m_form->setTitle(ProviderSettings::displayName(c.name));
    if (c.name == QLatin1String("offline"))
        m_keyStatus->setText(tr("The offline renderer needs no key."));
    else if (c.hasKey)
        m_keyStatus->setText(tr("A key is stored (encrypted). Type a new one to replace it; leave the field empty to keep it."));
    else if (c.name == QLatin1String("automatic1111"))
        m_keyStatus->setText(tr("No key. AUTOMATIC1111 needs one only behind a login (user:password)."));
    else
        m_keyStatus->setText(tr("No key."));
}

void ProvidersView::formEdited()
{
    if (m_filling)
        return;
    const QString problem = m_shown == QLatin1String("offline") ? QString() : baseUrlProblem(m_baseUrl->text());
    m_baseUrlProblem->setText(problem);
    m_baseUrlProblem->setVisible(!problem.isEmpty());
    m_save->setEnabled(!m_saving.isRunning() && !m_shown.isEmpty());
}

QString ProvidersView::baseUrlProblem(const QString &url)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return tr("The base URL is empty: give the address of the provider's API, starting with https:// or http://.");
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http")))
        return tr("\"%1\" is not an address starting with https:// or http://.").arg(text);
    if (parsed.host().isEmpty())
        return tr("\"%1\" names no host (such as api.openai.com or 127.0.0.1:7860).").arg(text);
    if (parsed.hasQuery() || parsed.hasFragment())
        return tr("\"%1\" holds a query or a fragment (after ? or #); a base URL is the address the API's paths are added to.").arg(text);
    return {};
}

bool ProvidersView::isModified() const
{
    const int row = m_model->rowOf(m_shown);
    if (row < 0)
        return false;
    const ProviderConfig &c = m_model->rows().at(row);
    return !m_apiKey->text().isEmpty() || m_removeKey->isChecked() || m_baseUrl->text().trimmed() != c.baseUrl
           || m_concurrency->value() != c.concurrency || std::abs(m_perMinute->value() - c.perMinute) > 0.05 || m_burst->value() != c.burst
           || m_attempts->value() != c.maxAttempts || m_timeout->value() != c.timeoutSeconds || m_chatModel->text().trimmed() != c.chatModel;
}

void ProvidersView::showFormError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ProvidersView::setBusy(bool busy)
{
    m_save->setEnabled(!busy && !m_shown.isEmpty());
    m_table->setEnabled(!busy);
}

void ProvidersView::save()
{
    if (m_saving.isRunning() || m_shown.isEmpty())
        return;
    const bool offline = m_shown == QLatin1String("offline");
    if (!offline) {
        if (const QString problem = baseUrlProblem(m_baseUrl->text()); !problem.isEmpty()) {
            showFormError(problem);
            emit saved(false);
            return;
        }
    }
    const QString key = m_apiKey->text().trimmed();
    // A pasted "Bearer …" or two keys at once; AUTOMATIC1111's user:password may hold a space.
    if (!offline && m_shown != QLatin1String("automatic1111") && !m_removeKey->isChecked() && key.contains(QLatin1Char(' '))) {
        showFormError(tr("The API key holds spaces: paste the key alone."));
        emit saved(false);
        return;
    }
    ProviderConfig c;
    c.name = m_shown;
    c.baseUrl = offline ? QString() : m_baseUrl->text().trimmed();
    c.concurrency = m_concurrency->value();
    c.perMinute = m_perMinute->value();
    c.burst = m_burst->value();
    c.maxAttempts = m_attempts->value();
    c.timeoutSeconds = m_timeout->value();
    c.chatModel = m_shown == QLatin1String("openai") ? m_chatModel->text().trimmed() : QString();
    // An empty field keeps the stored key; "Remove" gives an empty one, which removes it.
    std::optional<QString> apiKey;
    if (!offline && m_removeKey->isChecked())
        apiKey = QString();
    else if (!offline && !key.isEmpty())
        apiKey = key;

    setBusy(true);
    showFormError({});
    m_status->setText(tr("Saving the settings of %1…").arg(ProviderSettings::displayName(c.name)));
    m_saving.start(
        [c, apiKey](CancelToken &) { return ProviderSettings::save(c, apiKey); },
        [this, name = c.name](Status done) {
            setBusy(false);
            if (!done) {
                showFormError(done.error().message);
                m_status->setText(tr("The settings of %1 were not saved.").arg(ProviderSettings::displayName(name)));
                emit saved(false);
                return;
            }
            m_apiKey->clear(); // the key is gone from the form as soon as it is stored
            load(name, tr("Saved the settings of %1.").arg(ProviderSettings::displayName(name)));
            emit saved(true);
        });
}

void ProvidersView::testConnection()
{
    if (m_testing.isRunning() || m_shown.isEmpty())
        return;
    m_test->setEnabled(false);
    const QString name = m_shown;
    const bool unsaved = isModified();
    Theme::setTone(m_testAnswer, Theme::Tone::Normal);
    m_testAnswer->setText(tr("Asking %1…").arg(ProviderSettings::displayName(name)));
    m_testing.start(
        [name](CancelToken &) { return ProviderSettings::test(name); },
        [this, name, unsaved](Result<QString> answer) {
            m_test->setEnabled(true);
            if (name == m_shown) {
                QString text = answer ? answer.value() : answer.error().message;
                if (unsaved)
                    text += QLatin1Char(' ') + tr("(The saved settings were tested: save the form to test its changes.)");
                styleAs(m_testAnswer, !answer.ok());
                m_testAnswer->setText(text);
            }
            emit tested(answer.ok());
        });
}

QString ProvidersView::keyStatus() const
{
    return m_keyStatus->text();
}

QString ProvidersView::formError() const
{
    return m_error->text();
}

QString ProvidersView::testAnswer() const
{
    return m_testAnswer->text();
}

QString ProvidersView::statusText() const
{
    return m_status->text();
}

void ProvidersView::retranslate()
{
    m_heading->setText(tr("Providers"));
    m_intro->setText(tr("How this desktop reaches each image provider. API keys are stored encrypted with this desktop's data key "
                        "and are never shown again; the limits apply to the generation queue of this desktop."));
    m_table->setAccessibleName(tr("Providers"));
    m_model->retranslate();
    m_apiKeyLabel->setText(tr("API &key:"));
    m_apiKey->setAccessibleName(tr("New API key"));
    m_apiKey->setToolTip(tr("Type or paste a new key; an empty field keeps the stored one."));
    m_keyStatus->setAccessibleName(tr("Whether a key is stored"));
    m_removeKey->setText(tr("R&emove the stored key"));
    m_baseUrlLabel->setText(tr("Base UR&L:"));
    m_baseUrl->setAccessibleName(tr("Base URL of the provider's API"));
    m_baseUrlProblem->setAccessibleName(tr("Base URL problem"));
    m_defaultUrl->setText(tr("&Default"));
    m_defaultUrl->setAccessibleName(tr("Use the provider's own address"));
    m_concurrencyLabel->setText(tr("&Jobs at once:"));
    m_concurrency->setAccessibleName(tr("Jobs at once"));
    m_perMinuteLabel->setText(tr("Calls a &minute:"));
    m_perMinute->setAccessibleName(tr("Calls a minute on average"));
    m_burstLabel->setText(tr("Bu&rst:"));
    m_burst->setAccessibleName(tr("Calls at once before the rate applies"));
    m_burst->setToolTip(tr("Calls made at once before the rate applies"));
    m_attemptsLabel->setText(tr("&Attempts per job:"));
    m_attempts->setAccessibleName(tr("Attempts per job"));
    m_attempts->setToolTip(tr("Rate limits, server errors and timeouts are retried up to this many attempts."));
    m_timeoutLabel->setText(tr("T&imeout:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout of a call, in seconds"));
    m_chatModelLabel->setText(tr("&Chat model:"));
    m_chatModel->setAccessibleName(tr("OpenAI chat model for prompt optimisation"));
    m_chatModel->setToolTip(tr("OpenAI only: a chat-completions model that optimises prompts (empty: none)."));
    m_save->setText(tr("&Save"));
    m_save->setAccessibleName(tr("Save the provider's settings"));
    m_test->setText(tr("&Test connection"));
    m_test->setAccessibleName(tr("Test the saved settings with a call that costs nothing"));
    m_testAnswer->setAccessibleName(tr("Answer of the connection test"));
    if (const int row = m_model->rowOf(m_shown); row >= 0)
        describeKey(m_model->rows().at(row));
    formEdited();
}

void ProvidersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    StudioView::changeEvent(event);
}

} // namespace Atelier

