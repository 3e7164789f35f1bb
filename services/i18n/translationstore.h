#pragma once

#include "core/result.h"
#include "i18n/translationchecks.h"
#include "i18n/translationmemory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

class QSqlDatabase;

namespace Atelier {

struct TsFile;

/// Weblate's review states. Only an approved row of the table reaches the console (TranslationOverrides); a
/// message without a row has the state of its compiled text: finished = approved, unfinished = needs editing,
/// none = untranslated.
enum class TranslationState { Untranslated, NeedsEditing, WaitingForReview, Approved };

/// One message of the console (tr()'s context, source and disambiguation) in one language: its compiled text
/// from the .ts file, the table's row if an admin changed it, and the checks' findings on what it says now.
struct TranslationMessage
{
    QString key; ///< "ts:" + SHA-1 of context, source and disambiguation (TranslationStore::messageKey)
    QString context, source, disambiguation;
    QString note;          ///< the developer's note for translators (<extracomment>)
    QStringList locations; ///< "ui/core/mainwindow.cpp:120": where it is used
    bool numerus = false;
    QStringList compiled; ///< the .ts file's text (numerus: its forms); empty when none
    bool compiledFinished = false;
    bool hasRow = false; ///< the table holds a change
    QString id;          ///< the row's
    QStringList stored;  ///< the row's text
    TranslationState state = TranslationState::Untranslated;
    QDateTime updatedAt; ///< the row's last change (UTC); invalid without a row
    QString updatedBy, reviewedBy; ///< people's names (or ids when not visible)
    QList<TranslationWarning> warnings;

    /// What the page shows and edits: the row's text, else the compiled one.
    QStringList text() const { return hasRow ? stored : compiled; }
    /// What the console shows: an approved row's text, else the compiled one when finished, else nothing (English).
    QStringList shown() const;
    bool hasError() const;
};

/// The approved changes of one language, as the console applies them above the compiled .qm.
struct TranslationOverrides
{
    QString language;
    /// context U+001F source U+001F disambiguation → the text (numerus: the forms).
    QHash<QString, QStringList> texts;
    static QString lookupKey(const QString &context, const QString &source, const QString &disambiguation);
};

/// Who the connected person is for translations (migration 0019): a translator (an editor of some brand)
/// proposes, a reviewer (an admin of some brand, the installation's administrator, the local person on SQLite)
/// approves and alone changes an approved text. Everyone reads.
struct TranslationStanding
{
    bool translator = false;
    bool reviewer = false;
};

struct TranslationLanguageStatus
{
    QString language;
    int total = 0, translated = 0, approved = 0, waiting = 0, needsEditing = 0, warnings = 0, errors = 0, changed = 0;
};

struct TranslationImportReport
{
    QString language;
    int added = 0, changed = 0, unchanged = 0, skipped = 0;
    /// One sentence per refused message, naming it; when any, nothing was written.
    QStringList refused;
};

/// The translations of the console: the .ts files embedded at build time (sources, contexts, locations, states —
/// the .qm has none of them) merged with the `translations` table that admins change (docs/translations.md).
class TranslationStore final
{
    Q_DECLARE_TR_FUNCTIONS(TranslationStore)
public:
    /// The languages that have a .ts file ("es", "fr"…), sorted; English is the sources' own language.
    static QStringList languages();
    static QString stateName(TranslationState state); ///< "untranslated", "needs_editing", "waiting_for_review", "approved"
    static std::optional<TranslationState> stateFromName(const QString &name);
    static QString stateTitle(TranslationState state); ///< translated, for people
    static QString messageKey(const QString &context, const QString &source, const QString &disambiguation);
    /// How many numerus forms \a language has (2 for the languages the console ships), and which one \a n takes.
    static int numerusCount(const QString &language);
    static int numerusForm(const QString &language, int n);

    /// The .ts file of \a language as built into the program.
    static Result<TsFile> compiled(const QString &language);
    /// Every current message of the .ts file in \a language, with the table's changes and the checks' warnings.
    static Result<QList<TranslationMessage>> list(const QSqlDatabase &db, const QString &language);
    static Result<TranslationStanding> standing(const QSqlDatabase &db);
    /// Stores \a forms for the message; \a state defaults to approved for a reviewer, waiting for review for a
    /// translator. Refused: an unknown message, the wrong number of forms, a check's error (Qt would break), an
    /// approved text changed by someone who is not a reviewer. Audited.
    static Status set(const QSqlDatabase &db, const QString &language, const QString &context, const QString &source,
                      const QString &disambiguation, const QStringList &forms,
                      std::optional<TranslationState> state = std::nullopt);
    /// A reviewer approves the change stored for the message (\a key or "context|source" is not accepted: the key).
    static Status approve(const QSqlDatabase &db, const QString &language, const QString &key);
    /// Removes the change: the compiled text shows again. An approved change is removed only by a reviewer.
    static Status revert(const QSqlDatabase &db, const QString &language, const QString &key);
    /// The approved changes of \a language, for the console's live translator.
    static Result<TranslationOverrides> overrides(const QSqlDatabase &db, const QString &language);
    /// Translations of similar sources among \a messages (their text now), the message \a key left out.
    static QList<TranslationSuggestion> suggest(const QList<TranslationMessage> &messages, const QString &key, int max = 5);

    static Result<QList<TranslationLanguageStatus>> status(const QSqlDatabase &db);
    /// The .ts file of \a language with the table's changes: approved ones finished, needing editing unfinished,
    /// waiting for review finished with <extra-atelier-state>waiting_for_review; everything else as built.
    static Result<TsFile> exportTs(const QSqlDatabase &db, const QString &language);
    /// Stores the translations of \a file that differ from what the console has, in one transaction: all of them,
    /// or nothing when any is refused (each named in the report). \a language: the file's own when empty.
    static Result<TranslationImportReport> importTs(const QSqlDatabase &db, const TsFile &file, const QString &language = {});
};

} // namespace Atelier
