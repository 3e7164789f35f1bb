#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

class QHttpServer;
class QTcpServer;
class QTcpSocket;

namespace Atelier::Testing {

/// What a fake provider answers: a status, a body, its headers, and a delay. \a body need not be valid JSON (a
/// provider's broken answer is one of the things tests send). A delayed answer is written by a timer, so the test
/// thread never sleeps; it must come before the client gives up (Qt HttpServer 6.4 crashes writing to a connection
/// the client has closed: for a provider that never answers, use SilentServer).
struct FakeAnswer final
{
    int status = 200;
    QByteArray body;
    /// Empty: no Content-Type header at all.
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers = {};
    int delayMs = 0;

    static FakeAnswer json(const QJsonObject &object, int status = 200);
    static FakeAnswer bytes(const QByteArray &body, const QByteArray &contentType, int status = 200);
    FakeAnswer withHeader(const QByteArray &name, const QByteArray &value) const;
    /// The same answer, written \a ms after the request arrived.
    FakeAnswer after(int ms) const;
};

/// A request the fake received, as it arrived.
struct FakeRequest final
{
    QByteArray method; // GET, POST…
    QString path;
    QString query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 atMs = 0; // since the fake started listening

    /// The value of header \a name (any case); empty when absent.
    QByteArray header(const QByteArray &name) const;
    /// The body as a JSON object (empty when it is none).
    QJsonObject json() const;
    /// The \a index-th segment of the path (0: the first after the leading slash).
    QString segment(int index) const;
};

/// A provider on loopback for tests: an HTTP server on 127.0.0.1 (a free port) that records every request and
/// answers each route with a canned answer, a script (the next answer per call, the last one repeating) or a handler
/// of the test's own. Routes are paths where "*" stands for one segment ("/v1/trainings/*"), for one method or any;
/// the route added last wins where several match. Anything else gets the fallback: 404 {"detail":"Not found."}
/// unless the test sets its own. Requests are answered on the thread that made the fake, while it runs its event
/// loop (a client calling synchronously from that thread runs one, as HttpCall does).
class FakeProvider final
{
public:
    using Handler = std::function<FakeAnswer(const FakeRequest &)>;

    FakeProvider();
    ~FakeProvider();
    FakeProvider(const FakeProvider &) = delete;
    FakeProvider &operator=(const FakeProvider &) = delete;

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    /// http://127.0.0.1:port, what a provider's base URL is set to.
    QString base() const;
    /// base() + \a path.
    QString url(const QString &path) const;

    /// Answers \a method (empty: any) requests to \a path with what \a handler returns.
    void route(const QByteArray &method, const QString &path, Handler handler);
    /// Answers with the next of \a answers per call, the last one repeating; a new script starts from its first.
    void script(const QByteArray &method, const QString &path, const QList<FakeAnswer> &answers);
    /// Answers every call with \a answer.
    void answer(const QByteArray &method, const QString &path, const FakeAnswer &answer) { script(method, path, {answer}); }
    /// What requests no route takes get.
    void setFallback(Handler handler);
    void setFallback(const FakeAnswer &answer);

    /// Every request received, in order.
    const QList<FakeRequest> &requests() const { return m_requests; }
    /// The last request received (an empty one before any).
    FakeRequest last() const { return m_requests.value(m_requests.size() - 1); }
    /// The last request to \a path (a route's pattern) with \a method (empty: any); an empty one before any.
    FakeRequest last(const QByteArray &method, const QString &path) const;
    /// How many requests to \a path (a route's pattern) with \a method (empty: any) were received.
    int count(const QByteArray &method, const QString &path) const;
    int count() const { return int(m_requests.size()); }
    /// Forgets the requests received (routes and scripts stay as they are).
    void clearRequests() { m_requests.clear(); }

    /// Whether \a path matches \a pattern, "*" standing for one segment.
    static bool matches(const QString &pattern, const QString &path);

private:
    struct Route;
    FakeAnswer answerFor(const FakeRequest &request);

    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QElapsedTimer m_clock;
    QList<std::shared_ptr<Route>> m_routes;
    Handler m_fallback;
    QList<FakeRequest> m_requests;
};

/// A provider that takes the connection and never answers: for timeouts and cancelling a call in flight.
class SilentServer final
{
public:
    SilentServer();
    ~SilentServer();
    SilentServer(const SilentServer &) = delete;
    SilentServer &operator=(const SilentServer &) = delete;

    QString base() const;
    /// The connections taken, oldest first (they stay, closed or not, until the server goes).
    const QList<QTcpSocket *> &sockets() const { return m_sockets; }

private:
    std::unique_ptr<QTcpServer> m_server;
    QList<QTcpSocket *> m_sockets;
};

/// A loopback port nothing listens on (it was free a moment ago): a server that cannot be reached.
quint16 unusedLocalPort();

/// Bodies the way the real providers answer.
namespace ProviderAnswers {
/// OpenAI's Images API: {"data":[{"b64_json": …}, …]}.
QByteArray openAiImages(const QList<QByteArray> &pngs);
/// OpenAI's error: {"error":{"code": …, "message": …}}.
QByteArray openAiError(const QByteArray &code, const QByteArray &message);
/// A Replicate training in \a status, with its urls (and metrics once it ended).
QByteArray replicateTraining(const QString &id, const QString &status, const QJsonValue &output = QJsonValue::Null,
                             const QJsonValue &error = QJsonValue::Null);
/// A Replicate training that succeeded: the version acme/brand-style:0f1e2d3c4b5a and its weights.
QByteArray replicateTrained(const QString &id);
} // namespace ProviderAnswers

/// Replicate's trainings API, as routes of a FakeProvider.
namespace ReplicateRoutes {
inline const QString createTraining = QStringLiteral("/v1/models/*/*/versions/*/trainings"); // POST
inline const QString training = QStringLiteral("/v1/trainings/*");                          // GET
inline const QString cancelTraining = QStringLiteral("/v1/trainings/*/cancel");             // POST
} // namespace ReplicateRoutes

} // namespace Atelier::Testing
