#include "httpcall.h"

#include "core/canceltoken.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

#include <cmath>
#include <cstdlib>
#include <string>
#include <functional>

namespace Atelier {

namespace {

HttpAnswer exchange(const std::function<QNetworkReply *(QNetworkAccessManager &)> &send, int timeoutMs, CancelToken *cancel,
                    const std::function<void(QNetworkAccessManager &)> &tick = {})
{
    QNetworkAccessManager manager;
    manager.setTransferTimeout(0); // the timer below decides
    QNetworkReply *reply = send(manager);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    HttpAnswer answer;
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        answer.timedOut = true;
        reply->abort();
    });
    QTimer watch; // a cancelled job stops waiting within 50 ms
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->isCancelled()) {
            answer.cancelled = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer ticker; // side requests while the answer is awaited (progress), on the same loop and manager
    if (tick) {
        QObject::connect(&ticker, &QTimer::timeout, &loop, [&] { tick(manager); });
        ticker.start(1000);
    }
    timeout.start(timeoutMs);
    watch.start(50);
    if (!reply->isFinished())
        loop.exec();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        answer.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    if (reply->error() != QNetworkReply::NoError && answer.status == 0 && !answer.timedOut && !answer.cancelled)
        answer.networkError = reply->errorString();
    delete reply;
    return answer;
}

bool mentions(const QByteArray &body, std::initializer_list<const char *> words)
{
    const QByteArray lower = body.toLower();
    for (const char *w : words)
        if (lower.contains(w))
            return true;
    return false;
}

/// The provider's own words, when its error body has them ({"error": {"message": …}} or {"detail": …}).
QString providerSays(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue error = o.value(QStringLiteral("error"));
    QString text = error.isObject() ? error.toObject().value(QStringLiteral("message")).toString() : error.toString();
    if (text.isEmpty())
        text = o.value(QStringLiteral("detail")).toString();
    if (text.isEmpty())
        text = o.value(QStringLiteral("message")).toString();
    if (text.isEmpty() && o.value(QStringLiteral("errors")).isArray())
        text = o.value(QStringLiteral("errors")).toArray().first().toString();
    return text.left(300).simplified();
}

} // namespace

HttpAnswer HttpCall::post(const QNetworkRequest &request, const QByteArray &body, int timeoutMs, CancelToken *cancel)
{
    return exchange([&](QNetworkAccessManager &m) { return m.post(request, body); }, timeoutMs, cancel);
}

HttpAnswer HttpCall::postWithTicks(const QNetworkRequest &request, const QByteArray &body, int timeoutMs, CancelToken *cancel,
                                   const std::function<void(QNetworkAccessManager &)> &tick)
{
    return exchange([&](QNetworkAccessManager &m) { return m.post(request, body); }, timeoutMs, cancel, tick);
}

HttpAnswer HttpCall::get(const QNetworkRequest &request, int timeoutMs, CancelToken *cancel)
{
    return exchange([&](QNetworkAccessManager &m) { return m.get(request); }, timeoutMs, cancel);
}

qint64 HttpCall::retryAfterMs(const QByteArray &value)
{
    if (value.trimmed().isEmpty())
        return -1;
    // Seconds, as a plain decimal number (all of it: "12abc" is no number).
    const std::string text = value.trimmed().toStdString();
    char *end = nullptr;
    const double seconds = std::strtod(text.c_str(), &end);
    const bool ok = end && end != text.c_str() && *end == '\0';
    if (ok) // a day at most: a server cannot park a job for longer, and a huge number must not overflow
        return std::isfinite(seconds) && seconds >= 0 ? qint64(std::min(seconds, 86400.0) * 1000) : -1;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
}

std::variant<QString, ProviderError> HttpCall::baseUrl(const QString &provider, const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))
        || parsed.host().isEmpty())
        return ProviderError{ProviderError::Kind::BadRequest,
                             tr("%1: the base URL \"%2\" is not an http or https address with a host.").arg(provider, url), 0, -1,
                             ErrorCode::BadAddress};
    QString text = parsed.toString(QUrl::StripTrailingSlash);
    while (text.endsWith(QLatin1Char('/'))) // Qt keeps the slash of a bare root path
        text.chop(1);
    return text;
}

ProviderError HttpCall::errorOf(const QString &provider, const HttpAnswer &a)
{
    using Kind = ProviderError::Kind;
    const QString says = providerSays(a.body);
    auto with = [&](const QString &message) { return says.isEmpty() ? message : tr("%1 (%2 says: %3)").arg(message, provider, says); };
    if (a.cancelled)
        return {Kind::Cancelled, tr("Cancelled."), 0, -1};
    if (a.timedOut)
        return {Kind::Timeout, tr("%1 did not answer in time.").arg(provider), 0, -1};
    if (!a.networkError.isEmpty())
        return {Kind::Network, tr("%1 could not be reached: %2").arg(provider, a.networkError), 0, -1};
    const qint64 retry = retryAfterMs(a.headers.value("retry-after"));
    // Providers refuse content with 400, 403 or 422: say so rather than blame the key or the request.
    if ((a.status == 400 || a.status == 422 || a.status == 403)
        && mentions(a.body, {"content_policy", "safety", "nsfw", "content_moderat", "moderation", "filtered"}))
        return {Kind::ContentFiltered, with(tr("%1 filtered the request: the prompt or the image breaks its content rules.").arg(provider)),
                a.status, -1};
    switch (a.status) {
    case 401:
    case 403:
        return {Kind::InvalidKey, with(tr("%1 refused the API key (HTTP %2): check the key.").arg(provider).arg(a.status)),
                a.status, -1};
    case 402:
        return {Kind::NoCredits, with(tr("%1 says the account has no credits left (HTTP 402).").arg(provider)), a.status, -1};
    case 429:
        if (mentions(a.body, {"insufficient_quota", "billing", "credit", "quota exceeded"}))
            return {Kind::NoCredits, with(tr("%1 says the account has no credits left (HTTP 429).").arg(provider)), a.status, -1};
        return {Kind::RateLimited, with(tr("%1 is rate limiting the calls (HTTP 429).").arg(provider)), a.status, retry};
    default:
        break;
    }
    if (a.status >= 500)
        return {Kind::ServerError, with(tr("%1 had a server error (HTTP %2).").arg(provider).arg(a.status)), a.status, retry};
    if (a.status >= 400)
        return {Kind::BadRequest, with(tr("%1 refused the request (HTTP %2).").arg(provider).arg(a.status)), a.status, -1};
    return {Kind::MalformedAnswer, tr("%1 gave an answer that cannot be read (HTTP %2).").arg(provider).arg(a.status), a.status, -1};
}

} // namespace Atelier
