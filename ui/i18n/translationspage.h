#pragma once

#include "core/page.h"
#include "core/request.h"
#include "i18n/translationstore.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTimer;

namespace Atelier {

class LiveListener;
class OverrideTranslator;
class TranslationModel;

/// The console's messages × a language (docs/translations.md): source, context, where used, the text now, state
/// and warnings; filters; a plain text edited in place, numerus forms in the editor below; suggestions from the
/// translation memory; Approve for reviewers. Everyone may read it; translators (editors of a brand) propose,
/// reviewers (admins of a brand, the local person on SQLite) approve.
///
/// It also keeps the console's live translator: the approved changes of the console's language, installed above the
/// compiled .qm and read again when anyone changes one (NOTIFY on PostgreSQL), so it follows the database while hidden.
class TranslationsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TranslationsPage)
public:
    enum class Show { All, Untranslated, WithWarnings, ChangedSince };

    explicit TranslationsPage(QWidget *parent = nullptr);
    ~TranslationsPage() override;
    QString pageName() const override { return QStringLiteral("translations"); }
    QString title() const override;
    void setContext(const ViewContext &context) override;
    bool followsContextWhenHidden() const override { return true; }
    bool hasComments() const override { return false; }

    TranslationModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString language() const;
    void setLanguage(const QString &code);
    void setShow(Show show);
    /// Selects the message \a key (in the filtered table); false when it is not shown.
    bool selectMessage(const QString &key);
    /// The editor's forms, for the selected message.
    QList<QLineEdit *> formEdits() const { return m_forms; }
    QListWidget *suggestions() const { return m_suggestions; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *revertButton() const { return m_revert; }
    TranslationStanding standing() const { return m_standing; }
    QString statusText() const;

    struct Loaded
    {
        QList<TranslationMessage> messages;
        TranslationStanding standing;
    };

signals:
    void loaded();
    /// A save, approval or revert answered (\a ok false: the message says why).
    void changed(bool ok);
    /// The live translator was installed again with what the table holds now.
    void overridesApplied();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void loadOverrides();
    void applyFilter();
    void selectionChanged();
    void save();
    void runChange(const QString &what, std::function<Status(const QSqlDatabase &)> change);
    void retranslate();
    void updateButtons();
    const TranslationMessage *selected() const;

    ViewContext m_context;
    bool m_hasContext = false;
    bool m_dirty = true;
    QList<TranslationMessage> m_all;
    TranslationStanding m_standing;
    QString m_liveLanguage;
    TranslationModel *m_model;
    QLabel *m_heading;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_showLabel;
    QComboBox *m_show;
    QDateEdit *m_since;
    QLabel *m_searchLabel;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_sourceLabel;
    QLabel *m_source;
    QList<QLabel *> m_formLabels;
    QList<QLineEdit *> m_forms;
    QPushButton *m_save;
    QPushButton *m_approve;
    QPushButton *m_revert;
    QLabel *m_suggestionsLabel;
    QListWidget *m_suggestions;
    QLabel *m_status;
    OverrideTranslator *m_live;
    LiveListener *m_listener;
    QTimer *m_heard; // another console's changes, read once they pause
    Request<Result<Loaded>> m_loading{this};
    Request<Result<TranslationOverrides>> m_overrides{this};
    Request<QList<TranslationSuggestion>> m_suggesting{this};
    Request<Status> m_changing{this};
};

} // namespace Atelier
