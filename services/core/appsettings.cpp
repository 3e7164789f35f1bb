#include "appsettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace Atelier {

namespace {
const QString kDatabaseKey = QStringLiteral("database/url");
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

QString AppSettings::storedDatabaseUrl()
{
    return QSettings().value(kDatabaseKey).toString();
}

void AppSettings::setStoredDatabaseUrl(const QString &url)
{
    QSettings settings;
    if (url.isEmpty()) {
        settings.remove(kDatabaseKey);
        return;
    }
    // The settings file is plain text: a password never goes there (it belongs in the keychain or ~/.pgpass).
    const auto parsed = DatabaseUrl::parse(url);
    settings.setValue(kDatabaseKey, parsed ? parsed->displayString() : DatabaseUrl::redacted(url));
}

QString AppSettings::language()
{
    return QSettings().value(kLanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguageKey, language);
}

QString AppSettings::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/atelier.db");
}

Result<AppSettings::ResolvedUrl> AppSettings::resolveDatabaseUrl(const QString &commandLineValue)
{
    auto parsed = [](const QString &text, UrlSource source, const QString &where) -> Result<ResolvedUrl> {
        auto url = DatabaseUrl::parse(text);
        if (!url)
            return Error{tr("%1 (from %2)").arg(url.error().message, where), url.error().detail};
        return ResolvedUrl{url.value(), source};
    };
    if (!commandLineValue.isEmpty())
        return parsed(commandLineValue, UrlSource::CommandLine, tr("--database"));
    const QString env = qEnvironmentVariable("ATELIER_DATABASE_URL");
    if (!env.isEmpty())
        return parsed(env, UrlSource::Environment, QStringLiteral("ATELIER_DATABASE_URL"));
    const QString stored = storedDatabaseUrl();
    if (!stored.isEmpty())
        return parsed(stored, UrlSource::Settings, tr("the settings"));
    return ResolvedUrl{DatabaseUrl::sqliteFile(defaultDatabasePath()), UrlSource::EmbeddedDefault};
}

} // namespace Atelier
