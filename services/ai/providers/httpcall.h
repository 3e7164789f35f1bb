#pragma once

#include "ai/providers/providertypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QNetworkRequest>
#include <functional>
#include <variant>

class QNetworkAccessManager;

namespace Atelier {

class CancelToken;

/// One HTTP exchange with a provider, on the calling thread (a worker's): it waits with a local event loop,
/// gives up after the timeout, and stops when the token is cancelled.
struct HttpAnswer final
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    bool timedOut = false;
    bool cancelled = false;
    QString networkError; // empty when the server answered
};

class HttpCall final
{
    Q_DECLARE_TR_FUNCTIONS(HttpCall)
public:
    static HttpAnswer post(const QNetworkRequest &request, const QByteArray &body, int timeoutMs, CancelToken *cancel = nullptr);
    static HttpAnswer get(const QNetworkRequest &request, int timeoutMs, CancelToken *cancel = nullptr);
    /// As post(), calling \a tick every second while the answer is awaited, with the call's network manager: side
    /// requests (a progress poll) started there are answered on the same loop.
    static HttpAnswer postWithTicks(const QNetworkRequest &request, const QByteArray &body, int timeoutMs, CancelToken *cancel,
                                    const std::function<void(QNetworkAccessManager &)> &tick);
    /// The error an answer that is not a success means, for \a provider (its name as people know it).
    static ProviderError errorOf(const QString &provider, const HttpAnswer &answer);
    /// Retry-After as milliseconds: seconds, or an HTTP date; -1 when absent or unreadable.
    static qint64 retryAfterMs(const QByteArray &value);
    /// A base URL without its trailing slash, checked: http or https, with a host.
    static std::variant<QString, ProviderError> baseUrl(const QString &provider, const QString &url);
};

} // namespace Atelier
