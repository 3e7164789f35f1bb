#include "databaseurl.h"

#include <QUrl>
#include <QUrlQuery>

namespace Atelier {

namespace {
const QString kExpected = QStringLiteral("sqlite:///path/file.db, postgresql://user@host[:port]/db");

/// QUrl's own message without the "source was" part, which repeats the whole text, password included.
QString urlProblem(const QUrl &url)
{
    return url.errorString().section(QLatin1String("; source was"), 0, 0);
}
} // namespace

// Every message about text that did not parse shows it redacted(): a malformed URL may still hold a password.
Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype schemeEnd = trimmed.indexOf(QLatin1String("://"));
    if (trimmed.isEmpty() || schemeEnd <= 0)
        return Error{tr("Malformed database URL \"%1\": expected %2.").arg(redacted(trimmed), kExpected), {}};

    const QString scheme = trimmed.left(schemeEnd).toLower();
    if (scheme == QLatin1String("sqlite")) {
        // sqlite:///abs/path → "/abs/path"; sqlite://relative is refused to avoid guessing the folder.
        const QString rest = trimmed.mid(schemeEnd + 3);
        if (!rest.startsWith(QLatin1Char('/')) || rest.size() < 2 || rest.endsWith(QLatin1Char('/')))
            return Error{tr("Malformed SQLite URL \"%1\": the path must be absolute, as in sqlite:///home/me/atelier.db.")
                             .arg(redacted(trimmed)), {}};
        return sqliteFile(QUrl::fromPercentEncoding(rest.toUtf8()));
    }
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error{tr("Malformed PostgreSQL URL \"%1\": expected postgresql://user@host[:port]/db.")
                             .arg(redacted(trimmed)),
                         urlProblem(url)};
        DatabaseUrl result;
        result.kind = Kind::Postgresql;
        result.host = url.host();
        result.port = url.port(5432);
        result.user = url.userName();
        result.password = url.password();
        result.database = url.path().mid(1);
        if (result.user.isEmpty() || result.database.isEmpty() || result.database.contains(QLatin1Char('/')))
            return Error{tr("Malformed PostgreSQL URL \"%1\": it needs a user and a database name, as in "
                            "postgresql://ana@db.example.com/atelier.")
                             .arg(result.displayString()), {}};
        const QUrlQuery query(url);
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key != QLatin1String("sslmode"))
                return Error{tr("Unknown option \"%1\" in database URL \"%2\": only sslmode is accepted.")
                                 .arg(key, result.displayString()), {}};
            static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("allow"),
                                              QStringLiteral("prefer"), QStringLiteral("require"),
                                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return Error{tr("Unknown sslmode \"%1\" in database URL \"%2\": use one of %3.")
                                 .arg(value, result.displayString(), modes.join(QLatin1String(", "))), {}};
            result.sslMode = value;
        }
        return result;
    }
    return Error{tr("Unsupported database scheme \"%1\" in \"%2\": use sqlite or postgresql.")
                     .arg(redacted(scheme), redacted(trimmed)), {}};
}

DatabaseUrl DatabaseUrl::sqliteFile(const QString &path)
{
    DatabaseUrl url;
    url.kind = Kind::Sqlite;
    url.path = path;
    return url;
}

QString DatabaseUrl::compose(bool withPassword) const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite://") + path;
    // QUrl encodes what needs it (user names with @, IPv6 hosts, odd database names) so the text parses back.
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    if (withPassword)
        url.setPassword(password);
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseUrl::displayString() const
{
    return compose(false);
}

QString DatabaseUrl::toString() const
{
    return compose(true);
}

QString DatabaseUrl::redacted(const QString &text)
{
    // The user information starts after "scheme://" (or a known scheme and its slashes, however many), else at
    // the start; it ends at the last '@', so a password holding '/' or '@' unencoded goes too.
    const QString t = text.trimmed();
    const qsizetype at = t.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return t;
    qsizetype start = 0;
    if (const qsizetype slashes = t.indexOf(QLatin1String("://")); slashes >= 0 && slashes < at) {
        start = slashes + 3;
    } else if (const qsizetype colon = t.indexOf(QLatin1Char(':')); colon > 0 && colon < at) {
        static const QStringList schemes = {QStringLiteral("postgresql"), QStringLiteral("postgres"), QStringLiteral("sqlite")};
        if (schemes.contains(t.left(colon).toLower())) {
            start = colon + 1;
            while (start < at && t.at(start) == QLatin1Char('/'))
                ++start;
        }
    }
    const qsizetype colon = t.indexOf(QLatin1Char(':'), start);
    if (colon < 0 || colon > at)
        return t;
    return t.left(colon) + t.mid(at);
}

std::pair<qsizetype, qsizetype> DatabaseUrl::passwordSpan(QByteArrayView text)
{
    const qsizetype scheme = text.indexOf(QByteArrayView("://"));
    if (scheme <= 0)
        return {-1, 0};
    const qsizetype start = scheme + 3;
    qsizetype end = text.size();
    for (const char c : {'/', '?', '#'})
        if (const qsizetype i = text.indexOf(c, start); i >= 0 && i < end)
            end = i;
    const QByteArrayView authority = text.sliced(start, end - start);
    const qsizetype at = authority.lastIndexOf('@');
    if (at < 0)
        return {-1, 0};
    const qsizetype colon = authority.first(at).indexOf(':');
    if (colon < 0)
        return {-1, 0};
    return {start + colon, at - colon};
}

} // namespace Atelier
