#pragma once

#include <QString>
#include <QStringList>

namespace Atelier {

/// Switches the language of the whole program at run time (English is built in; French ships as
/// an embedded Qt translation). Widgets follow through QEvent::LanguageChange.
class Language final
{
public:
    /// The codes people can choose: "en", "fr".
    static QStringList available();
    /// The saved choice, else the system's language if available, else English.
    static QString preferred();
    static QString current();
    /// Installs the translators for \a code; returns false for an unknown code.
    static bool apply(const QString &code);
};

} // namespace Atelier
