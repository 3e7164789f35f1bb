#include "language.h"

#include "appsettings.h"
#include "i18n/overridetranslator.h"
#include "i18n/pseudotranslator.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <optional>

namespace Atelier {

namespace {
QString g_current = QStringLiteral("en");

QTranslator &appTranslator()
{
    static QTranslator translator;
    return translator;
}
QTranslator &qtTranslator()
{
    static QTranslator translator;
    return translator;
}
QTranslator &pseudoTranslator()
{
    static PseudoTranslator translator;
    return translator;
}
QPointer<OverrideTranslator> g_overrides; // above the compiled ones: searched first
// Dates, numbers and day names follow the language: QLocale() becomes the chosen language's locale, or the locale
// the program started with when it speaks that language already (it keeps its region: en_GB, fr_CA, es_MX; and C,
// for English). Widgets on screen take it from the LocaleChange sent to the application.
std::optional<QLocale> g_startLocale;
std::optional<QLocale> g_setLocale;

void followLocale(const QString &code)
{
    const QLocale now;
    if (!g_setLocale || now != *g_setLocale)
        g_startLocale = now; // the first time, or someone set another default since
    const QLocale wanted(code);
    const bool keep = code == QLatin1String("pseudo") || g_startLocale->language() == wanted.language()
                      || (code == QLatin1String("en") && g_startLocale->language() == QLocale::C);
    g_setLocale = keep ? *g_startLocale : wanted;
    if (*g_setLocale == now)
        return;
    QLocale::setDefault(*g_setLocale);
    if (QCoreApplication *app = QCoreApplication::instance()) {
        QEvent changed(QEvent::LocaleChange);
        QCoreApplication::sendEvent(app, &changed);
    }
}
} // namespace

QStringList Language::available()
{
    QStringList codes{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es")};
    // A developer's pseudo-language (accented, longer, bracketed) to find strings outside tr() and labels that
    // truncate: only when asked for, never offered to people.
    if (qEnvironmentVariableIntValue("ATELIER_PSEUDO_LANGUAGE") == 1)
        codes.append(QStringLiteral("pseudo"));
    return codes;
}

QString Language::preferred()
{
    const QString saved = AppSettings::language();
    if (available().contains(saved))
        return saved;
    const QString system = QLocale::system().name().left(2);
    return available().contains(system) ? system : QStringLiteral("en");
}

QString Language::current()
{
    return g_current;
}

bool Language::apply(const QString &code)
{
    if (!available().contains(code))
        return false;
    QCoreApplication::removeTranslator(&appTranslator());
    QCoreApplication::removeTranslator(&qtTranslator());
    QCoreApplication::removeTranslator(&pseudoTranslator());
    if (code == QLatin1String("pseudo")) {
        QCoreApplication::installTranslator(&pseudoTranslator());
    } else if (code != QLatin1String("en")) {
        if (!appTranslator().load(QStringLiteral(":/i18n/atelier_%1.qm").arg(code)))
            return false;
        // Qt's own strings (dialog buttons); absent when the qt6-translations package is not installed.
        if (qtTranslator().load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator());
        QCoreApplication::installTranslator(&appTranslator());
    }
    g_current = code;
    followLocale(code);
    if (g_overrides) { // another language's changes stay out until that language's are read
        QCoreApplication::removeTranslator(g_overrides);
        if (g_overrides->language() == code)
            QCoreApplication::installTranslator(g_overrides);
    }
    return true;
}

void Language::installOverrides(OverrideTranslator *translator)
{
    if (g_overrides)
        QCoreApplication::removeTranslator(g_overrides);
    g_overrides = translator;
    if (translator && translator->language() == g_current)
        QCoreApplication::installTranslator(translator);
}

} // namespace Atelier
