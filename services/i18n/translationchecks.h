#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Atelier {

/// One finding of a check on a translation: `check` is a stable English id, `message` a translated sentence.
struct TranslationWarning
{
    QString check;      ///< "placeholders", "accelerator", "spaces", "punctuation", "identical", "length", "newlines"
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
    /// An empty translation (untranslated) gives no warning.
    static QList<TranslationWarning> check(const QString &source, const QString &translation, const QString &language,
                                           StringRole role = StringRole::Text);
    /// A guess from the context's name and the text: a short text with an accelerator is a button, one in a menu
    /// (context names a menu, or ends with "…") a menu item; else text.
    static StringRole guessRole(const QString &context, const QString &source);
    /// The check ids, in the order check() runs them.
    static QStringList checkIds();
};

} // namespace Atelier
