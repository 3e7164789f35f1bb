#include "ai/glbmesh.h"
#include "ai/providers/httpcall.h"
#include "ai/providers/imageprovider.h"
#include "core/canceltoken.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Atelier;
using Status = QHttpServerResponder::StatusCode;

namespace {

QByteArray png(int size = 8)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/// A loopback server that answers like a provider: it records each request and answers as the test says.
struct FakeProvider
{
    QHttpServer server;
    quint16 port = 0;
    QByteArray lastAuthorization;
    QJsonObject lastBody;
    QString lastPath;
    QByteArray lastAccept;
    QByteArray lastContentType;
    QByteArray lastRaw;
    std::function<void(QHttpServerResponder &&)> answer;

    FakeProvider()
    {
        auto handle = [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            lastAuthorization = request.value("Authorization");
            lastBody = QJsonDocument::fromJson(request.body()).object();
            lastPath = request.url().path();
            answer(std::move(responder));
        };
        server.route(QStringLiteral("/v1/images/generations"), handle);
        server.route(QStringLiteral("/sdapi/v1/txt2img"), handle);
        server.route(QStringLiteral("/sdapi/v1/progress"), handle);
        server.route(QStringLiteral("/v2beta/stable-image/generate/<arg>"), [this](const QString &, const QHttpServerRequest &request,
                                                                                  QHttpServerResponder &&responder) {
            lastAuthorization = request.value("Authorization");
            lastAccept = request.value("Accept");
            lastContentType = request.value("Content-Type");
            lastRaw = request.body();
            lastPath = request.url().path();
            answer(std::move(responder));
        });
        server.route(QStringLiteral("/files/image.png"), [](QHttpServerResponder &&responder) { responder.write(png(), "image/png"); });
        port = server.listen(QHostAddress::LocalHost, 0);
    }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
    void reply(int status, const QByteArray &body, std::initializer_list<std::pair<QByteArray, QByteArray>> extra = {})
    {
        QList<std::pair<QByteArray, QByteArray>> headers = {{"Content-Type", "application/json"}};
        for (const auto &h : extra) // copied now: an initializer list does not outlive this call
            headers.append(h);
        answer = [status, body, headers](QHttpServerResponder &&r) {
            r.writeStatusLine(Status(status));
            for (const auto &[name, value] : headers)
                r.writeHeader(name, value);
            r.writeHeader("Content-Length", QByteArray::number(body.size()));
            r.writeBody(body);
        };
    }
};

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ProviderError errorOf(const ProviderAnswer &a)
{
    return std::holds_alternative<ProviderError>(a) ? std::get<ProviderError>(a) : ProviderError{ProviderError::Kind::Network, QStringLiteral("no error"), 0, -1};
}

} // namespace

/// Provider clients against loopback fakes that check each request's shape and answer with every failure
/// mode a real provider has.
class TestProviders final : public QObject
{
    Q_OBJECT
private slots:
    void openAiRequestAndBase64Answer()
    {
        FakeProvider fake;
        QVERIFY(fake.port != 0);
        fake.reply(200, json({{QStringLiteral("created"), 1},
                              {QStringLiteral("data"), QJsonArray{QJsonObject{{QStringLiteral("b64_json"), QString::fromLatin1(png().toBase64())},
                                                                             {QStringLiteral("revised_prompt"), QStringLiteral("a red square, flat")}}}}}));
        OpenAiProvider openai(fake.base() + QStringLiteral("/"), QStringLiteral("sk-test"), 5000);
        ImageRequest request;
        request.model = QStringLiteral("dall-e-3");
        request.prompt = QStringLiteral("a red square");
        request.width = 1024;
        request.height = 1792;
        request.parameters = QJsonObject{{QStringLiteral("quality"), QStringLiteral("hd")}};
        const ProviderAnswer answer = openai.generate(request);
        QVERIFY2(std::holds_alternative<ImageResult>(answer), qPrintable(errorOf(answer).message));
        const ImageResult result = std::get<ImageResult>(answer);
        QCOMPARE(result.images.size(), 1);
        QCOMPARE(result.images.first(), png());
        QCOMPARE(result.metadata.value(QStringLiteral("revised_prompts")).toArray().first().toString(), QStringLiteral("a red square, flat"));
        // What the real API expects.
        QCOMPARE(fake.lastPath, QStringLiteral("/v1/images/generations"));
        QCOMPARE(fake.lastAuthorization, QByteArray("Bearer sk-test"));
        QCOMPARE(fake.lastBody.value(QStringLiteral("model")).toString(), QStringLiteral("dall-e-3"));
        QCOMPARE(fake.lastBody.value(QStringLiteral("prompt")).toString(), QStringLiteral("a red square"));
        QCOMPARE(fake.lastBody.value(QStringLiteral("size")).toString(), QStringLiteral("1024x1792"));
        QCOMPARE(fake.lastBody.value(QStringLiteral("n")).toInt(), 1);
        QCOMPARE(fake.lastBody.value(QStringLiteral("response_format")).toString(), QStringLiteral("b64_json"));
        QCOMPARE(fake.lastBody.value(QStringLiteral("quality")).toString(), QStringLiteral("hd"));
    }

    void openAiUrlAnswerIsFetched()
    {
        FakeProvider fake;
        fake.reply(200, json({{QStringLiteral("data"), QJsonArray{QJsonObject{{QStringLiteral("url"), fake.base() + QStringLiteral("/files/image.png")}}}}}));
        OpenAiProvider openai(fake.base(), QStringLiteral("sk-test"), 5000);
        ImageRequest request;
        request.model = QStringLiteral("gpt-image-1");
        request.prompt = QStringLiteral("x");
        const ProviderAnswer answer = openai.generate(request);
        QVERIFY2(std::holds_alternative<ImageResult>(answer), qPrintable(errorOf(answer).message));
        QCOMPARE(std::get<ImageResult>(answer).images.first(), png());
        QVERIFY(!fake.lastBody.contains(QStringLiteral("response_format"))); // gpt-image models always answer in base64
    }

    void failuresInWordsPeopleUnderstand_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::addColumn<qint64>("retryMs");
        using K = ProviderError::Kind;
        QTest::newRow("rate limited") << 429 << QByteArray(R"({"error":{"message":"Rate limit reached","type":"requests"}})") << QByteArray("7")
                                      << int(K::RateLimited) << QStringLiteral("rate limiting") << qint64(7000);
        QTest::newRow("no credits") << 429 << QByteArray(R"({"error":{"code":"insufficient_quota","message":"You exceeded your current quota"}})")
                                    << QByteArray() << int(K::NoCredits) << QStringLiteral("no credits") << qint64(-1);
        QTest::newRow("invalid key") << 401 << QByteArray(R"({"error":{"message":"Incorrect API key provided"}})") << QByteArray()
                                     << int(K::InvalidKey) << QStringLiteral("API key") << qint64(-1);
        QTest::newRow("server error") << 500 << QByteArray("oops") << QByteArray() << int(K::ServerError) << QStringLiteral("server error")
                                      << qint64(-1);
        QTest::newRow("unavailable, retry later") << 503 << QByteArray("{}") << QByteArray("2") << int(K::ServerError)
                                                  << QStringLiteral("server error") << qint64(2000);
        QTest::newRow("content filtered") << 400 << QByteArray(R"({"error":{"code":"content_policy_violation","message":"rejected by the safety system"}})")
                                          << QByteArray() << int(K::ContentFiltered) << QStringLiteral("filtered") << qint64(-1);
        QTest::newRow("not JSON") << 200 << QByteArray("<html>gateway</html>") << QByteArray() << int(K::MalformedAnswer)
                                  << QStringLiteral("cannot be read") << qint64(-1);
        QTest::newRow("not an image") << 200 << QByteArray(R"({"data":[{"b64_json":"aGVsbG8="}]})") << QByteArray() << int(K::MalformedAnswer)
                                      << QStringLiteral("not PNG") << qint64(-1);
        QTest::newRow("no data") << 200 << QByteArray(R"({"data":[]})") << QByteArray() << int(K::MalformedAnswer) << QStringLiteral("data")
                                 << qint64(-1);
    }
    void failuresInWordsPeopleUnderstand()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, kind);
        QFETCH(QString, says);
        QFETCH(qint64, retryMs);
        FakeProvider fake;
        if (retryAfter.isEmpty())
            fake.reply(status, body);
        else
            fake.reply(status, body, {{"Retry-After", retryAfter}});
        OpenAiProvider openai(fake.base(), QStringLiteral("sk-test"), 5000);
        ImageRequest request;
        request.prompt = QStringLiteral("x");
        const ProviderError error = errorOf(openai.generate(request));
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QCOMPARE(error.retryAfterMs, retryMs);
        QVERIFY(!error.message.contains(QStringLiteral("sk-test"))); // keys never appear in messages
    }

    void timeoutAndCancel()
    {
        // A provider that takes the request and is slow to answer: here, it never answers in time. (A plain TCP
        // server: Qt HttpServer 6.4 crashes when a late answer meets a connection the client has closed.)
        QTcpServer silent;
        QList<QTcpSocket *> held;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        connect(&silent, &QTcpServer::newConnection, &silent, [&] { held.append(silent.nextPendingConnection()); });
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
        OpenAiProvider slow(base, QStringLiteral("sk-test"), 300);
        ImageRequest request;
        request.prompt = QStringLiteral("x");
        const ProviderError timedOut = errorOf(slow.generate(request));
        QCOMPARE(int(timedOut.kind), int(ProviderError::Kind::Timeout));
        QVERIFY(timedOut.isTransient());
        // Cancelled while waiting: it stops at once, whatever the timeout.
        OpenAiProvider patient(base, QStringLiteral("sk-test"), 60000);
        auto token = CancelToken::create();
        QTimer::singleShot(100, [token] { token->cancel(); });
        QElapsedTimer clock;
        clock.start();
        const ProviderError cancelled = errorOf(patient.generate(request, token.get()));
        QCOMPARE(int(cancelled.kind), int(ProviderError::Kind::Cancelled));
        QVERIFY(clock.elapsed() < 1000);
        QVERIFY(!held.isEmpty()); // the requests did reach the server
    }

    void refusesBadSettings()
    {
        ImageRequest request;
        request.prompt = QStringLiteral("x");
        QCOMPARE(int(errorOf(OpenAiProvider(QStringLiteral("ftp://example.com"), QStringLiteral("k")).generate(request)).kind),
                 int(ProviderError::Kind::BadRequest));
        QCOMPARE(int(errorOf(OpenAiProvider(QStringLiteral("https://api.openai.com"), QString()).generate(request)).kind),
                 int(ProviderError::Kind::InvalidKey));
        // Nobody listening: a network error, said plainly.
        const ProviderError unreachable = errorOf(OpenAiProvider(QStringLiteral("http://127.0.0.1:1"), QStringLiteral("k"), 3000).generate(request));
        QCOMPARE(int(unreachable.kind), int(ProviderError::Kind::Network));
        QVERIFY(unreachable.isTransient());
    }

    void automatic1111()
    {
        FakeProvider fake;
        fake.reply(200, json({{QStringLiteral("images"), QJsonArray{QString::fromLatin1(png().toBase64()), QString::fromLatin1(png(16).toBase64())}},
                              {QStringLiteral("parameters"), QJsonObject{}},
                              {QStringLiteral("info"), QStringLiteral(R"({"seed": 1234, "all_seeds": [1234, 1235]})")}}));
        Automatic1111Provider a1111(fake.base(), QStringLiteral("ana:secret"), 5000);
        ImageRequest request;
        request.model = QStringLiteral("sd_xl_base_1.0.safetensors");
        request.prompt = QStringLiteral("a lighthouse at dusk");
        request.negativePrompt = QStringLiteral("blurry");
        request.seed = 1234;
        request.width = 768;
        request.height = 512;
        request.count = 2;
        request.parameters = QJsonObject{{QStringLiteral("steps"), 30}, {QStringLiteral("sampler_name"), QStringLiteral("DPM++ 2M")}};
        const ProviderAnswer answer = a1111.generate(request);
        QVERIFY2(std::holds_alternative<ImageResult>(answer), qPrintable(errorOf(answer).message));
        QCOMPARE(std::get<ImageResult>(answer).images.size(), 2);
        QCOMPARE(std::get<ImageResult>(answer).metadata.value(QStringLiteral("seed")).toInt(), 1234);
        QCOMPARE(fake.lastPath, QStringLiteral("/sdapi/v1/txt2img"));
        QCOMPARE(fake.lastAuthorization, QByteArray("Basic ") + QByteArray("ana:secret").toBase64());
        QCOMPARE(fake.lastBody.value(QStringLiteral("prompt")).toString(), request.prompt);
        QCOMPARE(fake.lastBody.value(QStringLiteral("negative_prompt")).toString(), QStringLiteral("blurry"));
        QCOMPARE(fake.lastBody.value(QStringLiteral("seed")).toInt(), 1234);
        QCOMPARE(fake.lastBody.value(QStringLiteral("width")).toInt(), 768);
        QCOMPARE(fake.lastBody.value(QStringLiteral("batch_size")).toInt(), 2);
        QCOMPARE(fake.lastBody.value(QStringLiteral("steps")).toInt(), 30);
        QCOMPARE(fake.lastBody.value(QStringLiteral("override_settings")).toObject().value(QStringLiteral("sd_model_checkpoint")).toString(),
                 request.model);
        // Progress while a job runs.
        fake.reply(200, json({{QStringLiteral("progress"), 0.42}, {QStringLiteral("eta_relative"), 3.1}}));
        const auto progress = a1111.progress();
        QVERIFY(std::holds_alternative<double>(progress));
        QCOMPARE(std::get<double>(progress), 0.42);
        QCOMPARE(fake.lastPath, QStringLiteral("/sdapi/v1/progress"));
        fake.reply(200, json({{QStringLiteral("progress"), QStringLiteral("lots")}}));
        QVERIFY(std::holds_alternative<ProviderError>(a1111.progress()));
    }

    /// stable-fast-3d: the source image as a multipart file, answered asynchronously (an id, then 202, then the GLB).
    void stability3dAsync()
    {
        QHttpServer server;
        QByteArray contentType, raw;
        int polls = 0;
        GlbMesh cube;
        cube.positions = {QVector3D(0, 0, 0), QVector3D(1, 0, 0), QVector3D(0, 1, 0)};
        cube.indices = {0, 1, 2};
        const QByteArray glb = cube.write();
        server.route(QStringLiteral("/v2beta/3d/stable-fast-3d"), [&](const QHttpServerRequest &request) {
            contentType = request.value("Content-Type");
            raw = request.body();
            return QHttpServerResponse(QJsonObject{{QStringLiteral("id"), QStringLiteral("job-7")}});
        });
        server.route(QStringLiteral("/v2beta/results/<arg>"), [&](const QString &id, const QHttpServerRequest &) {
            if (id != QLatin1String("job-7"))
                return QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound);
            if (++polls < 2)
                return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("in-progress")}},
                                           QHttpServerResponder::StatusCode::Accepted);
            return QHttpServerResponse("model/gltf-binary", glb);
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        StabilityProvider stability(QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("sk-3d"), 5000);
        stability.setPollInterval(50);
        ImageRequest request;
        request.kind = QStringLiteral("3d");
        request.model = QStringLiteral("stable-fast-3d");
        QVERIFY(std::holds_alternative<ProviderError>(stability.generate(request))); // no source image
        request.sourceImage = png();
        request.parameters = QJsonObject{{QStringLiteral("texture_resolution"), QStringLiteral("1024")}};
        const ProviderAnswer answer = stability.generate(request);
        QVERIFY2(std::holds_alternative<ImageResult>(answer), qPrintable(errorOf(answer).message));
        QCOMPARE(std::get<ImageResult>(answer).mimeType, QStringLiteral("model/gltf-binary"));
        QCOMPARE(std::get<ImageResult>(answer).images.value(0), glb);
        QCOMPARE(polls, 2);
        QVERIFY(contentType.startsWith("multipart/form-data; boundary="));
        QVERIFY(raw.contains("name=\"image\"; filename=\"source\"\r\nContent-Type: image/png"));
        QVERIFY(raw.contains(png()));
        QVERIFY(raw.contains("name=\"texture_resolution\"\r\n\r\n1024"));
        // Other providers make images only.
        OpenAiProvider openai(QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("sk"), 1000);
        QCOMPARE(errorOf(openai.generate(request)).kind, ProviderError::Kind::BadRequest);
    }

    /// While txt2img works, the web UI's progress is polled every second and passed on.
    void automatic1111Progress()
    {
        QHttpServer server;
        double said = 0.1;
        int asked = 0;
        server.route(QStringLiteral("/sdapi/v1/progress"), [&] {
            ++asked;
            said += 0.3;
            return QHttpServerResponse(QJsonObject{{QStringLiteral("progress"), std::min(said, 1.0)}});
        });
        server.route(QStringLiteral("/sdapi/v1/txt2img"), [&](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
            QTimer::singleShot(2600, &server, [held] {
                held->write(QJsonDocument(QJsonObject{{QStringLiteral("images"), QJsonArray{QString::fromLatin1(png().toBase64())}},
                                                      {QStringLiteral("info"), QStringLiteral("{\"seed\": 5}")}}).toJson(),
                            "application/json");
            });
        });
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        Automatic1111Provider a1111(QStringLiteral("http://127.0.0.1:%1").arg(port), {}, 10000);
        QList<double> seen;
        ImageRequest request;
        request.prompt = QStringLiteral("a lamp");
        request.progress = [&seen](double share) { seen.append(share); };
        const ProviderAnswer answer = a1111.generate(request);
        QVERIFY2(std::holds_alternative<ImageResult>(answer), qPrintable(errorOf(answer).message));
        QVERIFY2(asked >= 2, "the progress was not polled while waiting");
        QVERIFY(seen.size() >= 2);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(seen.first() > 0 && seen.last() <= 1);
    }

    void stability()
    {
        FakeProvider fake;
        fake.answer = [](QHttpServerResponder &&r) {
            r.writeStatusLine(Status::Ok);
            r.writeHeader("Content-Type", "image/png");
            r.writeHeader("finish-reason", "SUCCESS");
            r.writeHeader("seed", "987654");
            r.writeHeader("Content-Length", QByteArray::number(png().size()));
            r.writeBody(png());
        };
        StabilityProvider stability(fake.base(), QStringLiteral("sk-stab"), 5000);
        ImageRequest request;
        request.model = QStringLiteral("sd3.5-large");
        request.prompt = QStringLiteral("a red square");
        request.negativePrompt = QStringLiteral("blue");
        request.seed = 5;
        request.width = 1920;
        request.height = 1080;
        const ProviderAnswer answer = stability.generate(request);
        QVERIFY2(std::holds_alternative<ImageResult>(answer), qPrintable(errorOf(answer).message));
        QCOMPARE(std::get<ImageResult>(answer).images.first(), png());
        QCOMPARE(std::get<ImageResult>(answer).metadata.value(QStringLiteral("seed")).toDouble(), 987654.0);
        QCOMPARE(fake.lastPath, QStringLiteral("/v2beta/stable-image/generate/sd3"));
        QCOMPARE(fake.lastAuthorization, QByteArray("Bearer sk-stab"));
        QCOMPARE(fake.lastAccept, QByteArray("image/*"));
        QVERIFY(fake.lastContentType.startsWith("multipart/form-data; boundary="));
        for (const char *part : {"name=\"prompt\"\r\n\r\na red square\r\n", "name=\"negative_prompt\"\r\n\r\nblue\r\n",
                                 "name=\"seed\"\r\n\r\n5\r\n", "name=\"aspect_ratio\"\r\n\r\n16:9\r\n",
                                 "name=\"output_format\"\r\n\r\npng\r\n", "name=\"model\"\r\n\r\nsd3.5-large\r\n"})
            QVERIFY2(fake.lastRaw.contains(part), part);
        // "core" and "ultra" are endpoints of their own, without a model field.
        request.model = QStringLiteral("ultra");
        QVERIFY(std::holds_alternative<ImageResult>(stability.generate(request)));
        QCOMPARE(fake.lastPath, QStringLiteral("/v2beta/stable-image/generate/ultra"));
        QVERIFY(!fake.lastRaw.contains("name=\"model\""));
        // A filtered image comes back as 200 with a finish reason; a moderated prompt as 403.
        fake.answer = [](QHttpServerResponder &&r) {
            r.writeStatusLine(Status::Ok);
            r.writeHeader("finish-reason", "CONTENT_FILTERED");
            r.writeHeader("Content-Length", QByteArray::number(png().size()));
            r.writeBody(png());
        };
        QCOMPARE(int(errorOf(stability.generate(request)).kind), int(ProviderError::Kind::ContentFiltered));
        fake.reply(403, R"({"name":"content_moderation","errors":["Your request was flagged by our content moderation system"]})");
        const ProviderError moderated = errorOf(stability.generate(request));
        QCOMPARE(int(moderated.kind), int(ProviderError::Kind::ContentFiltered));
        QVERIFY(moderated.message.contains(QStringLiteral("flagged")));
        fake.reply(403, R"({"name":"forbidden","errors":["bad key"]})");
        QCOMPARE(int(errorOf(stability.generate(request)).kind), int(ProviderError::Kind::InvalidKey));
        QCOMPARE(StabilityProvider::aspectRatio(1024, 1024), QStringLiteral("1:1"));
        QCOMPARE(StabilityProvider::aspectRatio(768, 1365), QStringLiteral("9:16"));
    }

    void replicate()
    {
        QHttpServer server;
        const quint16 port = server.listen(QHostAddress::LocalHost, 0);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        QJsonObject created;
        QByteArray authorization;
        int polls = 0, cancels = 0;
        QString finalStatus = QStringLiteral("succeeded"), finalError;
        auto prediction = [&](const QString &status) {
            QJsonObject p{{QStringLiteral("id"), QStringLiteral("p1")}, {QStringLiteral("status"), status},
                          {QStringLiteral("urls"), QJsonObject{{QStringLiteral("get"), base + QStringLiteral("/v1/predictions/p1")},
                                                               {QStringLiteral("cancel"), base + QStringLiteral("/v1/predictions/p1/cancel")}}}};
            if (status == QLatin1String("succeeded"))
                p.insert(QStringLiteral("output"), QJsonArray{base + QStringLiteral("/files/image.png")});
            if (!finalError.isEmpty() && status == QLatin1String("failed"))
                p.insert(QStringLiteral("error"), finalError);
            return QJsonDocument(p).toJson();
        };
        server.route(QStringLiteral("/v1/models/<arg>/<arg>/predictions"),
                     [&](const QString &owner, const QString &name, const QHttpServerRequest &request) {
                         created = QJsonDocument::fromJson(request.body()).object();
                         created.insert(QStringLiteral("_model"), owner + QLatin1Char('/') + name);
                         authorization = request.value("Authorization");
                         polls = 0;
                         return QHttpServerResponse("application/json", prediction(QStringLiteral("starting")), QHttpServerResponse::StatusCode::Created);
                     });
        server.route(QStringLiteral("/v1/predictions/p1"), [&]() {
            ++polls;
            return QHttpServerResponse("application/json", prediction(polls < 2 ? QStringLiteral("processing") : finalStatus));
        });
        server.route(QStringLiteral("/v1/predictions/p1/cancel"), [&]() {
            ++cancels;
            return QHttpServerResponse("application/json", prediction(QStringLiteral("canceled")));
        });
        server.route(QStringLiteral("/files/image.png"), []() { return QHttpServerResponse("image/png", png()); });

        ReplicateProvider replicate(base, QStringLiteral("r8-test"), 10000, 30);
        ImageRequest request;
        request.model = QStringLiteral("black-forest-labs/flux-schnell");
        request.prompt = QStringLiteral("a red square");
        request.seed = 3;
        const ProviderAnswer answer = replicate.generate(request);
        QVERIFY2(std::holds_alternative<ImageResult>(answer), qPrintable(errorOf(answer).message));
        QCOMPARE(std::get<ImageResult>(answer).images.first(), png());
        QCOMPARE(authorization, QByteArray("Bearer r8-test"));
        QCOMPARE(created.value(QStringLiteral("_model")).toString(), request.model);
        QCOMPARE(created.value(QStringLiteral("input")).toObject().value(QStringLiteral("prompt")).toString(), request.prompt);
        QCOMPARE(created.value(QStringLiteral("input")).toObject().value(QStringLiteral("seed")).toInt(), 3);
        QVERIFY(polls >= 2); // followed urls.get until it ended

        finalStatus = QStringLiteral("failed");
        finalError = QStringLiteral("NSFW content detected. Try running it again, or try a different prompt.");
        QCOMPARE(int(errorOf(replicate.generate(request)).kind), int(ProviderError::Kind::ContentFiltered));
        finalError = QStringLiteral("CUDA out of memory");
        const ProviderError failed = errorOf(replicate.generate(request));
        QCOMPARE(int(failed.kind), int(ProviderError::Kind::ServerError));
        QVERIFY(failed.message.contains(QStringLiteral("CUDA out of memory")));

        // Cancelled while it runs: the prediction is cancelled at Replicate too.
        finalStatus = QStringLiteral("processing");
        ReplicateProvider slow(base, QStringLiteral("r8-test"), 10000, 200);
        auto token = CancelToken::create();
        QTimer::singleShot(300, [token] { token->cancel(); });
        QCOMPARE(int(errorOf(slow.generate(request, token.get())).kind), int(ProviderError::Kind::Cancelled));
        QCOMPARE(cancels, 1);

        request.model = QStringLiteral("not a model");
        QCOMPARE(int(errorOf(replicate.generate(request)).kind), int(ProviderError::Kind::BadRequest));
    }

    void offlineRendererIsDeterministicAndLabelled()
    {
        OfflineRenderer offline;
        ImageRequest request;
        request.prompt = QStringLiteral("a lighthouse at dusk");
        request.seed = 7;
        request.width = 320;
        request.height = 240;
        const auto first = std::get<ImageResult>(offline.generate(request));
        const auto again = std::get<ImageResult>(offline.generate(request));
        QCOMPARE(first.images, again.images);
        request.seed = 8;
        const auto other = std::get<ImageResult>(offline.generate(request));
        QVERIFY(other.images != first.images);
        QImage image;
        QVERIFY(image.loadFromData(first.images.first(), "PNG"));
        QCOMPARE(image.size(), QSize(320, 240));
        QCOMPARE(image.text(QStringLiteral("Atelier")), OfflineRenderer::label());
        QCOMPARE(first.metadata.value(QStringLiteral("ai")).toBool(), false);
        QCOMPARE(first.metadata.value(QStringLiteral("label")).toString(), QStringLiteral("offline preview — not AI"));
        request.width = 10;
        QCOMPARE(int(errorOf(offline.generate(request)).kind), int(ProviderError::Kind::BadRequest));
    }

    void retryAfterForms()
    {
        QCOMPARE(HttpCall::retryAfterMs("12"), qint64(12000));
        QCOMPARE(HttpCall::retryAfterMs(""), qint64(-1));
        QCOMPARE(HttpCall::retryAfterMs("soon"), qint64(-1));
        QCOMPARE(HttpCall::retryAfterMs("1e300"), qint64(86400000)); // found by fuzz_provider: at most a day, no overflow
        QCOMPARE(HttpCall::retryAfterMs("nan"), qint64(-1));
        const QByteArray date = QDateTime::currentDateTimeUtc().addSecs(30).toString(Qt::RFC2822Date).toLatin1();
        const qint64 ms = HttpCall::retryAfterMs(date);
        QVERIFY(ms > 25000 && ms <= 30000);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // the offline renderer draws text
    TestProviders test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_providers.moc"
