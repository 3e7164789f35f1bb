#pragma once

#include "databaseurl.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Atelier {

/// The user's persistent choices (QSettings), and how the database URL is chosen:
/// `--database`, else ATELIER_DATABASE_URL, else the settings, else the embedded default.
class AppSettings final
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    enum class UrlSource { CommandLine, Environment, Settings, EmbeddedDefault };

    struct ResolvedUrl final
    {
        DatabaseUrl url;
        UrlSource source = UrlSource::EmbeddedDefault;
    };

    static QString storedDatabaseUrl();
    /// Saves \a url without its password.
    static void setStoredDatabaseUrl(const QString &url);
    /// "en" or "fr"; empty means the system's language.
    static QString language();
    static void setLanguage(const QString &language);

    static QString defaultDatabasePath();
    static Result<ResolvedUrl> resolveDatabaseUrl(const QString &commandLineValue);
};

} // namespace Atelier
