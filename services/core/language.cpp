#include "language.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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
} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
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
    if (code != QLatin1String("en")) {
        if (!appTranslator().load(QStringLiteral(":/i18n/atelier_%1.qm").arg(code)))
            return false;
        // Qt's own strings (dialog buttons); absent when the qt6-translations package is not installed.
        if (qtTranslator().load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qtTranslator());
        QCoreApplication::installTranslator(&appTranslator());
    }
    g_current = code;
    return true;
}

} // namespace Atelier
