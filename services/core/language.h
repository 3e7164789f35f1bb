#pragma once

#include <QString>
#include <QStringList>

namespace Atelier {

class OverrideTranslator;

/// Switches the language of the whole program at run time (English is built in; French ships as
/// an embedded Qt translation). Widgets follow through QEvent::LanguageChange.
class Language final
{
public:
    /// The codes people can choose: "en", "fr", "es".
    static QStringList available();
    /// The saved choice, else the system's language if available, else English.
    static QString preferred();
    static QString current();
    /// Installs the translators for \a code, and makes its locale the default one (QLocale(): dates, numbers);
    /// returns false for an unknown code.
    static bool apply(const QString &code);
    /// Installs \a translator (the translations table's approved changes) above the compiled translation while its
    /// language is the console's, again after each apply() to that language; installing it again sends every window a
    /// LanguageChange. nullptr removes it.
    static void installOverrides(OverrideTranslator *translator);
};

} // namespace Atelier
