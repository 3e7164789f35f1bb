#include "fakeprovider.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Atelier::Testing {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

void write(QHttpServerResponder &responder, const FakeAnswer &answer)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(answer.status));
    if (!answer.contentType.isEmpty())
        responder.writeHeader("Content-Type", answer.contentType);
    for (const auto &[name, value] : answer.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(answer.body.size()));
    responder.writeBody(answer.body);
}

QString localBase(quint16 port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

} // namespace

FakeAnswer FakeAnswer::json(const QJsonObject &object, int status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

FakeAnswer FakeAnswer::bytes(const QByteArray &body, const QByteArray &contentType, int status)
{
    FakeAnswer a{status, body};
    a.contentType = contentType;
    return a;
}

FakeAnswer FakeAnswer::withHeader(const QByteArray &name, const QByteArray &value) const
{
    FakeAnswer a = *this;
    a.headers.append({name, value});
    return a;
}

FakeAnswer FakeAnswer::after(int ms) const
{
    FakeAnswer a = *this;
    a.delayMs = ms;
    return a;
}

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QJsonObject FakeRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString FakeRequest::segment(int index) const
{
    return path.section(QLatin1Char('/'), index + 1, index + 1);
}

struct FakeProvider::Route
{
    QByteArray method;
    QString path;
    Handler handler;
};

FakeProvider::FakeProvider() : m_server(std::make_unique<QHttpServer>())
{
    setFallback(FakeAnswer{404, QByteArray(R"({"detail":"Not found."})")});
    m_server->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        FakeRequest r;
        r.method = methodName(request.method());
        r.path = request.url().path();
        r.query = request.url().query();
        for (const auto &header : request.headers())
            r.headers.append({header.first, header.second});
        r.body = request.body();
        r.atMs = m_clock.elapsed();
        m_requests.append(r);
        const FakeAnswer a = answerFor(r);
        if (a.delayMs <= 0) {
            write(responder, a);
            return;
        }
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QTimer::singleShot(a.delayMs, m_server.get(), [held, a] { write(*held, a); });
    });
    m_clock.start();
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
}

FakeProvider::~FakeProvider() = default;

QString FakeProvider::base() const
{
    return localBase(m_port);
}

QString FakeProvider::url(const QString &path) const
{
    return base() + path;
}

void FakeProvider::route(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes.removeIf([&](const std::shared_ptr<Route> &r) { return r->method == method && r->path == path; });
    m_routes.append(std::make_shared<Route>(Route{method, path, std::move(handler)}));
}

void FakeProvider::script(const QByteArray &method, const QString &path, const QList<FakeAnswer> &answers)
{
    Q_ASSERT(!answers.isEmpty());
    auto served = std::make_shared<qsizetype>(0);
    route(method, path, [answers, served](const FakeRequest &) { return answers.value(std::min((*served)++, answers.size() - 1)); });
}

void FakeProvider::setFallback(Handler handler)
{
    m_fallback = std::move(handler);
}

void FakeProvider::setFallback(const FakeAnswer &answer)
{
    m_fallback = [answer](const FakeRequest &) { return answer; };
}

int FakeProvider::count(const QByteArray &method, const QString &path) const
{
    return int(std::count_if(m_requests.begin(), m_requests.end(),
                             [&](const FakeRequest &r) { return (method.isEmpty() || r.method == method) && matches(path, r.path); }));
}

FakeRequest FakeProvider::last(const QByteArray &method, const QString &path) const
{
    for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it)
        if ((method.isEmpty() || it->method == method) && matches(path, it->path))
            return *it;
    return {};
}

bool FakeProvider::matches(const QString &pattern, const QString &path)
{
    const QStringList want = pattern.split(QLatin1Char('/')), got = path.split(QLatin1Char('/'));
    if (want.size() != got.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i)
        if (want[i] != got[i] && !(want[i] == QLatin1String("*") && !got[i].isEmpty()))
            return false;
    return true;
}

FakeAnswer FakeProvider::answerFor(const FakeRequest &request)
{
    for (auto it = m_routes.crbegin(); it != m_routes.crend(); ++it) {
        const std::shared_ptr<Route> route = *it; // the handler may replace routes while it runs
        if ((route->method.isEmpty() || route->method == request.method) && matches(route->path, request.path))
            return route->handler(request);
    }
    return m_fallback(request);
}

SilentServer::SilentServer() : m_server(std::make_unique<QTcpServer>())
{
    m_server->listen(QHostAddress::LocalHost, 0);
    QObject::connect(m_server.get(), &QTcpServer::newConnection, m_server.get(), [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            m_sockets.append(socket); // a child of the server: it goes with it
    });
}

SilentServer::~SilentServer() = default;

QString SilentServer::base() const
{
    return localBase(m_server->serverPort());
}

quint16 unusedLocalPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 1; // nothing listens on port 1 either
    return probe.serverPort();
}

namespace ProviderAnswers {

QByteArray openAiImages(const QList<QByteArray> &pngs)
{
    QJsonArray data;
    for (const QByteArray &png : pngs)
        data.append(QJsonObject{{QStringLiteral("b64_json"), QString::fromLatin1(png.toBase64())}});
    return QJsonDocument(QJsonObject{{QStringLiteral("data"), data}}).toJson(QJsonDocument::Compact);
}

QByteArray openAiError(const QByteArray &code, const QByteArray &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QString::fromUtf8(code)},
                                                                         {QStringLiteral("message"), QString::fromUtf8(message)}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray replicateTraining(const QString &id, const QString &status, const QJsonValue &output, const QJsonValue &error)
{
    const QString url = QStringLiteral("https://api.replicate.com/v1/trainings/") + id;
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("output"), output},
                  {QStringLiteral("error"), error},
                  {QStringLiteral("urls"), QJsonObject{{QStringLiteral("get"), url}, {QStringLiteral("cancel"), url + QStringLiteral("/cancel")}}}};
    if (status == QLatin1String("succeeded") || status == QLatin1String("failed"))
        o.insert(QStringLiteral("metrics"), QJsonObject{{QStringLiteral("predict_time"), 502.7}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray replicateTrained(const QString &id)
{
    return replicateTraining(id, QStringLiteral("succeeded"),
                             QJsonObject{{QStringLiteral("version"), QStringLiteral("acme/brand-style:0f1e2d3c4b5a")},
                                         {QStringLiteral("weights"), QStringLiteral("https://replicate.delivery/xezq/trained_model.tar")}});
}

} // namespace ProviderAnswers

} // namespace Atelier::Testing
