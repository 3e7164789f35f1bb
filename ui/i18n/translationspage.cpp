#include "translationspage.h"

#include "collaboration/livelistener.h"
#include "core/language.h"
#include "core/plaintext.h"
#include "i18n/overridetranslator.h"
#include "i18n/translationmodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Atelier {

TranslationsPage::TranslationsPage(QWidget *parent)
    : Page(parent), m_model(new TranslationModel(this)), m_heading(new QLabel(this)), m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this)), m_showLabel(new QLabel(this)), m_show(new QComboBox(this)), m_since(new QDateEdit(this)),
      m_searchLabel(new QLabel(this)), m_search(new QLineEdit(this)), m_table(new QTableView(this)), m_sourceLabel(new QLabel(this)),
      m_source(new QLabel(this)), m_save(new QPushButton(this)), m_approve(new QPushButton(this)), m_revert(new QPushButton(this)),
      m_suggestionsLabel(new QLabel(this)), m_suggestions(new QListWidget(this)), m_status(new QLabel(this)),
      m_live(new OverrideTranslator(this)), m_listener(new LiveListener(this)), m_heard(new QTimer(this))
{
    setObjectName(QStringLiteral("translationsPage"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    for (const QString &code : TranslationStore::languages())
        m_language->addItem(QLocale(code).nativeLanguageName(), code);
    for (int i = 0; i < 4; ++i)
        m_show->addItem(QString(), i);
    m_since->setCalendarPopup(true);
    m_since->setDate(QDate::currentDate().addDays(-7));
    m_since->setEnabled(false);
    m_search->setClearButtonEnabled(true);
    m_languageLabel->setBuddy(m_language);
    m_showLabel->setBuddy(m_show);
    m_searchLabel->setBuddy(m_search);
    m_sourceLabel->setBuddy(m_table);
    m_suggestionsLabel->setBuddy(m_suggestions);
    m_source->setTextFormat(Qt::PlainText);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_table->setModel(m_model);
    showToolTipsAsPlainText(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(TranslationModel::SourceColumn, 220);
    m_table->horizontalHeader()->resizeSection(TranslationModel::ContextColumn, 140);
    m_table->horizontalHeader()->resizeSection(TranslationModel::WhereColumn, 140);
    m_table->horizontalHeader()->resizeSection(TranslationModel::TranslationColumn, 220);
    m_table->horizontalHeader()->resizeSection(TranslationModel::StateColumn, 120);

    for (int i = 0; i < TranslationStore::numerusCount({}); ++i) {
        auto *label = new QLabel(this);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("form%1").arg(i));
        label->setBuddy(edit);
        m_formLabels.append(label);
        m_forms.append(edit);
        connect(edit, &QLineEdit::returnPressed, this, &TranslationsPage::save);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_languageLabel);
    filters->addWidget(m_language);
    filters->addWidget(m_showLabel);
    filters->addWidget(m_show);
    filters->addWidget(m_since);
    filters->addWidget(m_searchLabel);
    filters->addWidget(m_search, 1);

    auto *editor = new QFormLayout;
    editor->addRow(m_sourceLabel, m_source);
    for (int i = 0; i < m_forms.size(); ++i)
        editor->addRow(m_formLabels.at(i), m_forms.at(i));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_approve);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    editor->addRow(buttons);
    auto *suggestions = new QVBoxLayout;
    suggestions->addWidget(m_suggestionsLabel);
    suggestions->addWidget(m_suggestions, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addLayout(editor, 3);
    bottom->addLayout(suggestions, 2);
    m_suggestions->setMaximumHeight(120);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_status);

    connect(m_language, &QComboBox::activated, this, [this] { load(); });
    connect(m_show, &QComboBox::activated, this, [this] {
        m_since->setEnabled(m_show->currentData().toInt() == int(Show::ChangedSince));
        applyFilter();
    });
    connect(m_since, &QDateEdit::dateChanged, this, &TranslationsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &TranslationsPage::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TranslationsPage::selectionChanged);
    connect(m_model, &TranslationModel::editRequested, this, [this](const QString &key, const QString &text) {
        if (selectMessage(key) && !m_forms.isEmpty()) {
            m_forms.first()->setText(text);
            save();
        }
    });
    connect(m_save, &QPushButton::clicked, this, &TranslationsPage::save);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        const TranslationMessage *m = selected();
        if (!m)
            return;
        const QString language = this->language(), key = m->key;
        runChange(QStringLiteral("approve"), [language, key](const QSqlDatabase &db) { return TranslationStore::approve(db, language, key); });
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        const TranslationMessage *m = selected();
        if (!m)
            return;
        const QString language = this->language(), key = m->key;
        runChange(QStringLiteral("revert"), [language, key](const QSqlDatabase &db) { return TranslationStore::revert(db, language, key); });
    });
    connect(m_suggestions, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (!m_forms.isEmpty() && m_forms.first()->isEnabled()) {
            m_forms.first()->setText(item->data(Qt::UserRole).toString());
            m_forms.first()->setFocus();
        }
    });
    // An import announces each of its rows: read them once the announcements pause.
    m_heard->setSingleShot(true);
    m_heard->setInterval(200);
    connect(m_heard, &QTimer::timeout, this, [this] {
        loadOverrides();
        if (isVisible())
            load();
        else
            m_dirty = true;
    });
    connect(m_listener, &LiveListener::changed, this, [this](const QString &table) {
        if (table == QLatin1String("translations"))
            m_heard->start();
    });
    retranslate();
    updateButtons();
}

TranslationsPage::~TranslationsPage() = default; // the live translator takes itself out of the application

QString TranslationsPage::title() const
{
    return tr("Translations");
}

QString TranslationsPage::language() const
{
    return m_language->currentData().toString();
}

void TranslationsPage::setLanguage(const QString &code)
{
    const int index = m_language->findData(code);
    if (index >= 0 && index != m_language->currentIndex()) {
        m_language->setCurrentIndex(index);
        load();
    }
}

void TranslationsPage::setShow(Show show)
{
    m_show->setCurrentIndex(int(show));
    m_since->setEnabled(show == Show::ChangedSince);
    applyFilter();
}

void TranslationsPage::setContext(const ViewContext &context)
{
    const bool changed = !m_hasContext || context.database.toString() != m_context.database.toString();
    m_context = context;
    m_hasContext = true;
    if (!changed)
        return;
    if (m_language->findData(Language::current()) >= 0)
        m_language->setCurrentIndex(m_language->findData(Language::current()));
    m_listener->start(context.database);
    loadOverrides();
    if (isVisible())
        load();
    else
        m_dirty = true;
}

void TranslationsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_dirty && m_hasContext)
        load();
}

void TranslationsPage::load()
{
    if (!m_hasContext)
        return;
    m_dirty = false;
    const QString language = this->language();
    m_status->setText(tr("Loading…"));
    m_loading.startWithDatabase(
        m_context.database,
        [language](const QSqlDatabase &db, CancelToken &) -> Result<Loaded> {
            auto standing = TranslationStore::standing(db);
            if (!standing)
                return standing.error();
            auto messages = TranslationStore::list(db, language);
            if (!messages)
                return messages.error();
            return Loaded{std::move(messages).value(), standing.value()};
        },
        [this](Result<Loaded> r) {
            if (!r) {
                m_status->setText(r.error().message);
                emit failed(r.error().message);
                return;
            }
            const QString key = selected() ? selected()->key : QString();
            m_all = std::move(r.value().messages);
            m_standing = r.value().standing;
            m_model->setEditable(m_standing.translator);
            applyFilter();
            if (!key.isEmpty())
                selectMessage(key);
            m_status->setText(statusText());
            updateButtons();
            emit loaded();
        });
}

void TranslationsPage::loadOverrides()
{
    if (!m_hasContext)
        return;
    const QString language = Language::current();
    m_liveLanguage = language;
    if (!TranslationStore::languages().contains(language)) { // English is the sources' own
        m_live->setOverrides({});
        Language::installOverrides(nullptr);
        emit overridesApplied();
        return;
    }
    m_overrides.startWithDatabase(
        m_context.database, [language](const QSqlDatabase &db, CancelToken &) { return TranslationStore::overrides(db, language); },
        [this](Result<TranslationOverrides> r) {
            if (!r) {
                emit failed(r.error().message);
                return;
            }
            const bool wasEmpty = m_live->isEmpty();
            m_live->setOverrides(std::move(r).value());
            if (!wasEmpty || !m_live->isEmpty())
                Language::installOverrides(m_live); // every window retranslates (LanguageChange)
            emit overridesApplied();
        });
}

void TranslationsPage::applyFilter()
{
    const Show show = Show(m_show->currentData().toInt());
    const QDateTime since = m_since->date().startOfDay(Qt::UTC);
    const QString search = m_search->text().trimmed();
    QList<TranslationMessage> rows;
    for (const TranslationMessage &m : std::as_const(m_all)) {
        if (show == Show::Untranslated && !(m.state == TranslationState::Untranslated || m.state == TranslationState::NeedsEditing))
            continue;
        if (show == Show::WithWarnings && m.warnings.isEmpty())
            continue;
        if (show == Show::ChangedSince && !(m.hasRow && m.updatedAt >= since))
            continue;
        if (!search.isEmpty() && !m.source.contains(search, Qt::CaseInsensitive) && !m.context.contains(search, Qt::CaseInsensitive)
            && !TranslationModel::joined(m.text()).contains(search, Qt::CaseInsensitive))
            continue;
        rows.append(m);
    }
    m_model->setRows(std::move(rows));
    m_status->setText(statusText());
    selectionChanged();
}

bool TranslationsPage::selectMessage(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, TranslationModel::TranslationColumn));
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

const TranslationMessage *TranslationsPage::selected() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount() ? &m_model->rows().at(current.row()) : nullptr;
}

void TranslationsPage::selectionChanged()
{
    const TranslationMessage *m = selected();
    m_source->setText(m ? (m->note.isEmpty() ? m->source : tr("%1\n(%2)").arg(m->source, m->note)) : QString());
    const QStringList text = m ? m->text() : QStringList{};
    for (int i = 0; i < m_forms.size(); ++i) {
        const bool shown = i == 0 || (m && m->numerus);
        m_forms.at(i)->setVisible(shown);
        m_formLabels.at(i)->setVisible(shown);
        m_forms.at(i)->setText(text.value(i));
    }
    m_formLabels.at(0)->setText(m && m->numerus ? tr("&Translation (one):") : tr("&Translation:"));
    m_suggestions->clear();
    updateButtons();
    if (!m)
        return;
    const QList<TranslationMessage> all = m_all;
    const QString key = m->key;
    m_suggesting.start([all, key](CancelToken &) { return TranslationStore::suggest(all, key); },
                       [this](QList<TranslationSuggestion> found) {
                           m_suggestions->clear();
                           for (const TranslationSuggestion &s : found) {
                               auto *item = new QListWidgetItem(tr("%1 % — %2 (%3)")
                                                                    .arg(QLocale().toString(qRound(s.similarity * 100)), s.translation, s.source),
                                                                m_suggestions);
                               item->setData(Qt::UserRole, s.translation);
                               item->setToolTip(plainToolTip(s.context));
                           }
                           if (found.isEmpty())
                               new QListWidgetItem(tr("No similar translation."), m_suggestions);
                       });
}

void TranslationsPage::save()
{
    const TranslationMessage *m = selected();
    if (!m || !m_standing.translator)
        return;
    QStringList forms;
    const int count = m->numerus ? TranslationStore::numerusCount(language()) : 1;
    for (int i = 0; i < count; ++i)
        forms.append(m_forms.at(i)->text());
    const QString language = this->language(), context = m->context, source = m->source, disambiguation = m->disambiguation;
    runChange(QStringLiteral("set"), [=](const QSqlDatabase &db) {
        return TranslationStore::set(db, language, context, source, disambiguation, forms);
    });
}

void TranslationsPage::runChange(const QString &, std::function<Status(const QSqlDatabase &)> change)
{
    if (!m_hasContext)
        return;
    m_status->setText(tr("Saving…"));
    m_changing.startChange(m_context.database, std::move(change), [this](Status s) {
        if (!s) {
            m_status->setText(s.error().message);
            emit changed(false);
            return;
        }
        loadOverrides(); // shown at once here; other consoles hear of it through the database
        load();
        emit changed(true);
    });
}

void TranslationsPage::updateButtons()
{
    const TranslationMessage *m = selected();
    const bool mayChange = m && m_standing.translator && (m_standing.reviewer || !(m->hasRow && m->state == TranslationState::Approved));
    for (QLineEdit *edit : std::as_const(m_forms))
        edit->setReadOnly(!mayChange);
    m_save->setEnabled(mayChange);
    m_approve->setEnabled(m && m_standing.reviewer && m->hasRow && m->state != TranslationState::Approved);
    m_approve->setVisible(m_standing.reviewer);
    m_revert->setEnabled(mayChange && m->hasRow);
}

QString TranslationsPage::statusText() const
{
    int changed = 0;
    for (const TranslationMessage &m : m_all)
        changed += m.hasRow;
    QString text = tr("%n message(s) shown out of %1; %2 changed in the console.", nullptr, m_model->rowCount())
                       .arg(QLocale().toString(m_all.size()), QLocale().toString(changed));
    if (!m_standing.translator)
        text += QLatin1Char(' ') + tr("Read only: editors and admins of a brand change translations.");
    else if (!m_standing.reviewer)
        text += QLatin1Char(' ') + tr("Your changes wait for a reviewer (an admin of a brand) before the console shows them.");
    return text;
}

void TranslationsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_hasContext && Language::current() != m_liveLanguage)
            loadOverrides(); // the console speaks another language: its changes
    }
    Page::changeEvent(event);
}

void TranslationsPage::retranslate()
{
    m_heading->setText(tr("Translations"));
    m_languageLabel->setText(tr("&Language:"));
    m_showLabel->setText(tr("Sho&w:"));
    m_show->setItemText(0, tr("All messages"));
    m_show->setItemText(1, tr("Untranslated"));
    m_show->setItemText(2, tr("With warnings"));
    m_show->setItemText(3, tr("Changed since"));
    m_since->setAccessibleName(tr("Changed since"));
    m_searchLabel->setText(tr("Sear&ch:"));
    m_search->setPlaceholderText(tr("Source, context or translation"));
    m_table->setAccessibleName(tr("Messages"));
    m_sourceLabel->setText(tr("&Source:"));
    const TranslationMessage *m = selected();
    m_formLabels.at(0)->setText(m && m->numerus ? tr("&Translation (one):") : tr("&Translation:"));
    if (m_formLabels.size() >= 2)
        m_formLabels.at(1)->setText(tr("Translation (othe&r):"));
    m_save->setText(tr("Sav&e"));
    m_approve->setText(tr("A&pprove"));
    m_revert->setText(tr("Re&move change"));
    m_revert->setToolTip(tr("Remove the change: the compiled translation shows again"));
    m_suggestionsLabel->setText(tr("Su&ggestions:"));
    m_suggestions->setAccessibleName(tr("Suggestions"));
    m_model->retranslate();
    if (!m_all.isEmpty())
        m_status->setText(statusText());
}

} // namespace Atelier
