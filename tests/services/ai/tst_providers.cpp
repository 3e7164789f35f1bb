#include "ai/glbmesh.h"
#include "ai/providers/httpcall.h"
#include "ai/providers/imageprovider.h"
#include "core/canceltoken.h"
#include "fakeprovider.h"
#include "testimages.h"

#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

using namespace Atelier;
using namespace Atelier::Testing;

namespace {

QByteArray png(int size = 8)
{
    return samplePng(size, size);
}

/// What the providers here call, each answered with \a answer; the image an answer points to is served too.
void serve(FakeProvider &fake, const FakeAnswer &answer)
{
    for (const QString &path : {QStringLiteral("/v1/images/generations"), QStringLiteral("/sdapi/v1/txt2img"), QStringLiteral("/sdapi/v1/progress"),
                                QStringLiteral("/v2beta/stable-image/generate/*")})
        fake.answer({}, path, answer);
    fake.answer("GET", QStringLiteral("/files/image.png"), FakeAnswer::bytes(png(), "image/png"));
}

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
        QVERIFY(fake.isListening());
        serve(fake, {200, json({{QStringLiteral("created"), 1},
                                {QStringLiteral("data"), QJsonArray{QJsonObject{{QStringLiteral("b64_json"), QString::fromLatin1(png().toBase64())},
                                                                               {QStringLiteral("revised_prompt"), QStringLiteral("a red square, flat")}}}}})});
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
        QCOMPARE(fake.count(), 1);
        QCOMPARE(fake.last().method, QByteArray("POST"));
        QCOMPARE(fake.last().path, QStringLiteral("/v1/images/generations"));
        QCOMPARE(fake.last().header("Authorization"), QByteArray("Bearer sk-test"));
        const QJsonObject body = fake.last().json();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("dall-e-3"));
        QCOMPARE(body.value(QStringLiteral("prompt")).toString(), QStringLiteral("a red square"));
        QCOMPARE(body.value(QStringLiteral("size")).toString(), QStringLiteral("1024x1792"));
        QCOMPARE(body.value(QStringLiteral("n")).toInt(), 1);
        QCOMPARE(body.value(QStringLiteral("response_format")).toString(), QStringLiteral("b64_json"));
        QCOMPARE(body.value(QStringLiteral("quality")).toString(), QStringLiteral("hd"));
    }

    void openAiUrlAnswerIsFetched()
    {
        FakeProvider fake;
        serve(fake, {200, json({{QStringLiteral("data"), QJsonArray{QJsonObject{{QStringLiteral("url"), fake.url(QStringLiteral("/files/image.png"))}}}}})});
        OpenAiProvider openai(fake.base(), QStringLiteral("sk-test"), 5000);
        ImageRequest request;
        request.model = QStringLiteral("gpt-image-1");
        request.prompt = QStringLiteral("x");
        const ProviderAnswer answer = openai.generate(request);
        QVERIFY2(std::holds_alternative<ImageResult>(answer), qPrintable(errorOf(answer).message));
        QCOMPARE(std::get<ImageResult>(answer).images.first(), png());
        QCOMPARE(fake.last().path, QStringLiteral("/files/image.png")); // fetched after the answer
        QVERIFY(!fake.last("POST", QStringLiteral("/v1/images/generations")).json().contains(QStringLiteral("response_format"))); // gpt-image models always answer in base64
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
        serve(fake, retryAfter.isEmpty() ? FakeAnswer{status, body} : FakeAnswer{status, body}.withHeader("Retry-After", retryAfter));
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
        // A provider that takes the request and is slow to answer: here, it never answers in time.
        SilentServer silent;
        const QString base = silent.base();
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
        QVERIFY(!silent.sockets().isEmpty()); // the requests did reach the server
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
        serve(fake, {200, json({{QStringLiteral("images"), QJsonArray{QString::fromLatin1(png().toBase64()), QString::fromLatin1(png(16).toBase64())}},
                                {QStringLiteral("parameters"), QJsonObject{}},
                                {QStringLiteral("info"), QStringLiteral(R"({"seed": 1234, "all_seeds": [1234, 1235]})")}})});
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
        const FakeRequest asked = fake.last("POST", QStringLiteral("/sdapi/v1/txt2img"));
        QCOMPARE(fake.count("POST", QStringLiteral("/sdapi/v1/txt2img")), 1);
        QCOMPARE(asked.header("Authorization"), QByteArray("Basic ") + QByteArray("ana:secret").toBase64());
        QCOMPARE(asked.json().value(QStringLiteral("prompt")).toString(), request.prompt);
        QCOMPARE(asked.json().value(QStringLiteral("negative_prompt")).toString(), QStringLiteral("blurry"));
        QCOMPARE(asked.json().value(QStringLiteral("seed")).toInt(), 1234);
        QCOMPARE(asked.json().value(QStringLiteral("width")).toInt(), 768);
        QCOMPARE(asked.json().value(QStringLiteral("batch_size")).toInt(), 2);
        QCOMPARE(asked.json().value(QStringLiteral("steps")).toInt(), 30);
        QCOMPARE(asked.json().value(QStringLiteral("override_settings")).toObject().value(QStringLiteral("sd_model_checkpoint")).toString(),
                 request.model);
        // Progress while a job runs.
        fake.answer("GET", QStringLiteral("/sdapi/v1/progress"), {200, json({{QStringLiteral("progress"), 0.42}, {QStringLiteral("eta_relative"), 3.1}})});
        const auto progress = a1111.progress();
        QVERIFY(std::holds_alternative<double>(progress));
        QCOMPARE(std::get<double>(progress), 0.42);
        QCOMPARE(fake.last().path, QStringLiteral("/sdapi/v1/progress"));
        fake.answer("GET", QStringLiteral("/sdapi/v1/progress"), {200, json({{QStringLiteral("progress"), QStringLiteral("lots")}})});
        QVERIFY(std::holds_alternative<ProviderError>(a1111.progress()));
    }

    /// stable-fast-3d: the source image as a multipart file, answered asynchronously (an id, then 202, then the GLB).
    void stability3dAsync()
    {
        FakeProvider fake;
        GlbMesh cube;
        cube.positions = {QVector3D(0, 0, 0), QVector3D(1, 0, 0), QVector3D(0, 1, 0)};
        cube.indices = {0, 1, 2};
        const QByteArray glb = cube.write();
        fake.answer("POST", QStringLiteral("/v2beta/3d/stable-fast-3d"), FakeAnswer::json({{QStringLiteral("id"), QStringLiteral("job-7")}}));
        fake.script("GET", QStringLiteral("/v2beta/results/job-7"),
                    {FakeAnswer::json({{QStringLiteral("status"), QStringLiteral("in-progress")}}, 202), FakeAnswer::bytes(glb, "model/gltf-binary")});
        StabilityProvider stability(fake.base(), QStringLiteral("sk-3d"), 5000);
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
        QCOMPARE(fake.count("GET", QStringLiteral("/v2beta/results/*")), 2);
        const FakeRequest made = fake.last("POST", QStringLiteral("/v2beta/3d/stable-fast-3d"));
        const QByteArray raw = made.body;
        QVERIFY(made.header("Content-Type").startsWith("multipart/form-data; boundary="));
        QVERIFY(raw.contains("name=\"image\"; filename=\"source\"\r\nContent-Type: image/png"));
        QVERIFY(raw.contains(png()));
        QVERIFY(raw.contains("name=\"texture_resolution\"\r\n\r\n1024"));
        // Other providers make images only.
        OpenAiProvider openai(fake.base(), QStringLiteral("sk"), 1000);
        QCOMPARE(errorOf(openai.generate(request)).kind, ProviderError::Kind::BadRequest);
    }

    /// While txt2img works, the web UI's progress is polled every second and passed on.
    void automatic1111Progress()
    {
        FakeProvider fake;
        double said = 0.1;
        fake.route("GET", QStringLiteral("/sdapi/v1/progress"), [&](const FakeRequest &) {
            said += 0.3;
            return FakeAnswer::json({{QStringLiteral("progress"), std::min(said, 1.0)}});
        });
        fake.answer("POST", QStringLiteral("/sdapi/v1/txt2img"),
                    FakeAnswer::json({{QStringLiteral("images"), QJsonArray{QString::fromLatin1(png().toBase64())}},
                                      {QStringLiteral("info"), QStringLiteral("{\"seed\": 5}")}})
                        .after(2600));
        Automatic1111Provider a1111(fake.base(), {}, 10000);
        QList<double> seen;
        ImageRequest request;
        request.prompt = QStringLiteral("a lamp");
        request.progress = [&seen](double share) { seen.append(share); };
        const ProviderAnswer answer = a1111.generate(request);
        QVERIFY2(std::holds_alternative<ImageResult>(answer), qPrintable(errorOf(answer).message));
        QVERIFY2(fake.count("GET", QStringLiteral("/sdapi/v1/progress")) >= 2, "the progress was not polled while waiting");
        QVERIFY(seen.size() >= 2);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(seen.first() > 0 && seen.last() <= 1);
    }

    void stability()
    {
        FakeProvider fake;
        serve(fake, FakeAnswer::bytes(png(), "image/png").withHeader("finish-reason", "SUCCESS").withHeader("seed", "987654"));
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
        QCOMPARE(fake.last().method, QByteArray("POST"));
        QCOMPARE(fake.last().path, QStringLiteral("/v2beta/stable-image/generate/sd3"));
        QCOMPARE(fake.last().header("Authorization"), QByteArray("Bearer sk-stab"));
        QCOMPARE(fake.last().header("Accept"), QByteArray("image/*"));
        QVERIFY(fake.last().header("Content-Type").startsWith("multipart/form-data; boundary="));
        for (const char *part : {"name=\"prompt\"\r\n\r\na red square\r\n", "name=\"negative_prompt\"\r\n\r\nblue\r\n",
                                 "name=\"seed\"\r\n\r\n5\r\n", "name=\"aspect_ratio\"\r\n\r\n16:9\r\n",
                                 "name=\"output_format\"\r\n\r\npng\r\n", "name=\"model\"\r\n\r\nsd3.5-large\r\n"})
            QVERIFY2(fake.last().body.contains(part), part);
        // "core" and "ultra" are endpoints of their own, without a model field.
        request.model = QStringLiteral("ultra");
        QVERIFY(std::holds_alternative<ImageResult>(stability.generate(request)));
        QCOMPARE(fake.last().path, QStringLiteral("/v2beta/stable-image/generate/ultra"));
        QVERIFY(!fake.last().body.contains("name=\"model\""));
        // A filtered image comes back as 200 with a finish reason; a moderated prompt as 403.
        serve(fake, FakeAnswer::bytes(png(), {}).withHeader("finish-reason", "CONTENT_FILTERED"));
        QCOMPARE(int(errorOf(stability.generate(request)).kind), int(ProviderError::Kind::ContentFiltered));
        serve(fake, {403, R"({"name":"content_moderation","errors":["Your request was flagged by our content moderation system"]})"});
        const ProviderError moderated = errorOf(stability.generate(request));
        QCOMPARE(int(moderated.kind), int(ProviderError::Kind::ContentFiltered));
        QVERIFY(moderated.message.contains(QStringLiteral("flagged")));
        serve(fake, {403, R"({"name":"forbidden","errors":["bad key"]})"});
        QCOMPARE(int(errorOf(stability.generate(request)).kind), int(ProviderError::Kind::InvalidKey));
        QCOMPARE(StabilityProvider::aspectRatio(1024, 1024), QStringLiteral("1:1"));
        QCOMPARE(StabilityProvider::aspectRatio(768, 1365), QStringLiteral("9:16"));
    }

    void replicate()
    {
        FakeProvider fake;
        const QString base = fake.base();
        int polls = 0;
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
        fake.route("POST", QStringLiteral("/v1/models/*/*/predictions"), [&](const FakeRequest &) {
            polls = 0;
            return FakeAnswer{201, prediction(QStringLiteral("starting"))};
        });
        fake.route("GET", QStringLiteral("/v1/predictions/p1"), [&](const FakeRequest &) {
            ++polls;
            return FakeAnswer{200, prediction(polls < 2 ? QStringLiteral("processing") : finalStatus)};
        });
        fake.answer("POST", QStringLiteral("/v1/predictions/p1/cancel"), {200, prediction(QStringLiteral("canceled"))});
        fake.answer("GET", QStringLiteral("/files/image.png"), FakeAnswer::bytes(png(), "image/png"));

        ReplicateProvider replicate(base, QStringLiteral("r8-test"), 10000, 30);
        ImageRequest request;
        request.model = QStringLiteral("black-forest-labs/flux-schnell");
        request.prompt = QStringLiteral("a red square");
        request.seed = 3;
        const ProviderAnswer answer = replicate.generate(request);
        QVERIFY2(std::holds_alternative<ImageResult>(answer), qPrintable(errorOf(answer).message));
        QCOMPARE(std::get<ImageResult>(answer).images.first(), png());
        const FakeRequest created = fake.last("POST", QStringLiteral("/v1/models/*/*/predictions"));
        QCOMPARE(created.header("Authorization"), QByteArray("Bearer r8-test"));
        QCOMPARE(created.segment(2) + QLatin1Char('/') + created.segment(3), request.model);
        QCOMPARE(created.json().value(QStringLiteral("input")).toObject().value(QStringLiteral("prompt")).toString(), request.prompt);
        QCOMPARE(created.json().value(QStringLiteral("input")).toObject().value(QStringLiteral("seed")).toInt(), 3);
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
        QCOMPARE(fake.count("POST", QStringLiteral("/v1/predictions/p1/cancel")), 1);

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
