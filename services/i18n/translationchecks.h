#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Atelier {

/// One finding of a check on a translation: `check` is a stable English id, `message` a translated sentence.
struct TranslationWarning
{
    QString check;      ///< "markers" (place markers %1 %n %L1), "accelerator", "spaces", "punctuation", "identical", "length", "newlines"
    bool error = false; ///< true where Qt would break (a place marker missing or extra)
    QString message;
};

/// What a string is used for: the length check applies to buttons and menu items only.
enum class StringRole { Text, Button, MenuItem };

/// Weblate-style checks of a translation against its source.
class TranslationChecks final
{
    Q_DECLARE_TR_FUNCTIONS(TranslationChecks)
public:
    /// The warnings for \a translation of \a source into \a language ("fr", "es"…); empty when it passes.
    /// An empty translation (untranslated) gives no warning. Check one numerus form at a time. Errors: a place
    /// marker (%1, %L2) missing or extra; warnings: %n missing (a form may say the number in words), %1 for %L1,
    /// an accelerator missing or doubled, leading/trailing spaces, ending punctuation, French spacing before
    /// : ; ! ?, identical to the source, over 2× the source and 12 characters for buttons and menu items, newlines.
    static QList<TranslationWarning> check(const QString &source, const QString &translation, const QString &language,
                                           StringRole role = StringRole::Text);
    /// A guess from the context's name and the text: a short text with an accelerator is a button, a menu item when
    /// it ends with "…" or its context names a menu; a label (ending with ":"), a sentence or a progress message is
    /// text.
    static StringRole guessRole(const QString &context, const QString &source);
    /// The check ids, in the order check() runs them.
    static QStringList checkIds();
};

} // namespace Atelier
