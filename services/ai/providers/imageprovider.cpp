#include "imageprovider.h"

#include "ai/gifwriter.h"
#include "ai/glbmesh.h"
#include "ai/providers/httpcall.h"
#include "core/canceltoken.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QFont>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLinearGradient>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QRandomGenerator>
#include <QUrl>

#include <cmath>

namespace Atelier {

namespace {

ProviderError malformed(const QString &provider, const QString &what)
{
    return {ProviderError::Kind::MalformedAnswer, QCoreApplication::translate("ImageProvider", "%1 gave an answer that cannot be read: %2.").arg(provider, what),
            200, -1};
}

QNetworkRequest jsonRequest(const QString &url)
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    return request;
}

/// The answer's JSON object, or why there is none.
std::variant<QJsonObject, ProviderError> jsonOf(const QString &provider, const HttpAnswer &answer)
{
    if (answer.status < 200 || answer.status >= 300 || answer.timedOut || answer.cancelled || !answer.networkError.isEmpty())
        return HttpCall::errorOf(provider, answer);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(provider, QCoreApplication::translate("ImageProvider", "not a JSON object"));
    return doc.object();
}

} // namespace

bool ImageProvider::looksLikeImage(const QByteArray &bytes)
{
    return bytes.startsWith("\x89PNG\r\n\x1a\n") || bytes.startsWith("\xff\xd8\xff")
           || (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP");
}

// ---- OpenAI -------------------------------------------------------------------------------------------

OpenAiProvider::OpenAiProvider(QString baseUrl, QString apiKey, int timeoutMs)
    : m_baseUrl(std::move(baseUrl)), m_apiKey(std::move(apiKey)), m_timeoutMs(timeoutMs)
{
}

ProviderAnswer OpenAiProvider::generate(const ImageRequest &r, CancelToken *cancel)
{
    if (r.kind != QLatin1String("2d"))
        return ProviderError{ProviderError::Kind::BadRequest, tr("%1 makes images, not 3D models.").arg(QStringLiteral("OpenAI")), 0, -1,
                             ErrorCode::WrongKind};
    const auto base = HttpCall::baseUrl(displayName(), m_baseUrl);
    if (std::holds_alternative<ProviderError>(base))
        return std::get<ProviderError>(base);
    if (m_apiKey.isEmpty())
        return ProviderError{ProviderError::Kind::InvalidKey, tr("OpenAI needs an API key."), 0, -1, ErrorCode::NoKey};
    QNetworkRequest request = jsonRequest(std::get<QString>(base) + QStringLiteral("/v1/images/generations"));
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    QJsonObject body = r.parameters;
    body.insert(QStringLiteral("model"), r.model.isEmpty() ? QStringLiteral("gpt-image-1") : r.model);
    body.insert(QStringLiteral("prompt"), r.prompt);
    body.insert(QStringLiteral("n"), r.count);
    body.insert(QStringLiteral("size"), QStringLiteral("%1x%2").arg(r.width).arg(r.height));
    // DALL·E models answer with URLs unless asked for base64; gpt-image models always send base64.
    if (body.value(QStringLiteral("model")).toString().startsWith(QLatin1String("dall-e")) && !body.contains(QStringLiteral("response_format")))
        body.insert(QStringLiteral("response_format"), QStringLiteral("b64_json"));
    const HttpAnswer answer = HttpCall::post(request, QJsonDocument(body).toJson(QJsonDocument::Compact), m_timeoutMs, cancel);
    return parseAnswer(answer, [&](const QUrl &url) { return HttpCall::get(QNetworkRequest(url), m_timeoutMs, cancel); });
}

ProviderAnswer OpenAiProvider::parseAnswer(const HttpAnswer &answer, const std::function<HttpAnswer(const QUrl &)> &fetch)
{
    const QString provider = QStringLiteral("OpenAI");
    const auto json = jsonOf(provider, answer);
    if (std::holds_alternative<ProviderError>(json))
        return std::get<ProviderError>(json);
    const QJsonValue data = std::get<QJsonObject>(json).value(QStringLiteral("data"));
    if (!data.isArray() || data.toArray().isEmpty())
        return malformed(provider, tr("no \"data\" list of images"));
    ImageResult result;
    QJsonArray revised;
    for (const QJsonValue &item : data.toArray()) {
        const QJsonObject o = item.toObject();
        QByteArray bytes;
        if (o.value(QStringLiteral("b64_json")).isString()) {
            bytes = QByteArray::fromBase64(o.value(QStringLiteral("b64_json")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        } else if (o.value(QStringLiteral("url")).isString()) {
            const QUrl url(o.value(QStringLiteral("url")).toString());
            if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
                return malformed(provider, tr("an image URL that is not http or https"));
            const HttpAnswer image = fetch(url);
            if (image.status != 200)
                return HttpCall::errorOf(provider, image);
            bytes = image.body;
        } else {
            return malformed(provider, tr("an image without b64_json or url"));
        }
        if (!looksLikeImage(bytes))
            return malformed(provider, tr("image data that is not PNG, JPEG or WebP"));
        result.images.append(bytes);
        if (o.value(QStringLiteral("revised_prompt")).isString())
            revised.append(o.value(QStringLiteral("revised_prompt")));
    }
    result.mimeType = result.images.first().startsWith("\xff\xd8\xff") ? QStringLiteral("image/jpeg") : QStringLiteral("image/png");
    if (!revised.isEmpty())
        result.metadata.insert(QStringLiteral("revised_prompts"), revised);
    return result;
}

// ---- Stability AI -------------------------------------------------------------------------------------

StabilityProvider::StabilityProvider(QString baseUrl, QString apiKey, int timeoutMs)
    : m_baseUrl(std::move(baseUrl)), m_apiKey(std::move(apiKey)), m_timeoutMs(timeoutMs)
{
}

QString StabilityProvider::aspectRatio(int width, int height)
{
    static const int ratios[][2] = {{21, 9}, {16, 9}, {3, 2}, {5, 4}, {1, 1}, {4, 5}, {2, 3}, {9, 16}, {9, 21}};
    const double wanted = height > 0 ? double(width) / double(height) : 1.0;
    QString best = QStringLiteral("1:1");
    double distance = 1e9;
    for (const auto &r : ratios) {
        const double d = std::abs(std::log(wanted) - std::log(double(r[0]) / double(r[1])));
        if (d < distance) {
            distance = d;
            best = QStringLiteral("%1:%2").arg(r[0]).arg(r[1]);
        }
    }
    return best;
}

ProviderAnswer StabilityProvider::generate(const ImageRequest &r, CancelToken *cancel)
{
    const auto base = HttpCall::baseUrl(displayName(), m_baseUrl);
    if (std::holds_alternative<ProviderError>(base))
        return std::get<ProviderError>(base);
    if (m_apiKey.isEmpty())
        return ProviderError{ProviderError::Kind::InvalidKey, tr("Stability AI needs an API key."), 0, -1, ErrorCode::NoKey};
    if (r.kind == QLatin1String("3d"))
        return generate3d(std::get<QString>(base), r, cancel);
    if (r.kind != QLatin1String("2d"))
        return ProviderError{ProviderError::Kind::BadRequest, tr("Stability AI makes images and 3D models, not animations."), 0, -1,
                             ErrorCode::WrongKind};
    // "core" and "ultra" are endpoints of their own (also by their catalogue names); any other model is an SD3 one.
    QString model = r.model.isEmpty() ? QStringLiteral("core") : r.model;
    if (model.startsWith(QLatin1String("stable-image-")))
        model = model.mid(13);
    const QString endpoint = model == QLatin1String("core") || model == QLatin1String("ultra") ? model : QStringLiteral("sd3");
    // Multipart form data, written out: the fields the API documents, then any extra parameters.
    const QByteArray boundary = "atelier-" + QCryptographicHash::hash(r.prompt.toUtf8() + QByteArray::number(QDateTime::currentMSecsSinceEpoch()),
                                                                      QCryptographicHash::Sha1)
                                                 .toHex()
                                                 .left(24);
    QByteArray body;
    auto field = [&](const QString &name, const QString &value) {
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name.toUtf8() + "\"\r\n\r\n" + value.toUtf8() + "\r\n";
    };
    field(QStringLiteral("prompt"), r.prompt);
    if (!r.negativePrompt.isEmpty())
        field(QStringLiteral("negative_prompt"), r.negativePrompt);
    if (r.seed)
        field(QStringLiteral("seed"), QString::number(*r.seed));
    field(QStringLiteral("aspect_ratio"), aspectRatio(r.width, r.height));
    field(QStringLiteral("output_format"), QStringLiteral("png"));
    if (endpoint == QLatin1String("sd3"))
        field(QStringLiteral("model"), model);
    for (auto it = r.parameters.begin(); it != r.parameters.end(); ++it)
        field(it.key(), it.value().isString() ? it.value().toString() : QString::number(it.value().toVariant().value<double>()));
    body += "--" + boundary + "--\r\n";
    QNetworkRequest request{QUrl(std::get<QString>(base) + QStringLiteral("/v2beta/stable-image/generate/") + endpoint)};
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setRawHeader("Accept", "image/*");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("multipart/form-data; boundary=") + boundary);
    return parseAnswer(follow(std::get<QString>(base), HttpCall::post(request, body, m_timeoutMs, cancel), "image/*", cancel));
}

HttpAnswer StabilityProvider::follow(const QString &base, HttpAnswer answer, const QByteArray &accept, CancelToken *cancel) const
{
    // An asynchronous endpoint answers with an id (202, or 200 with JSON) and the result is fetched from
    // /v2beta/results/{id}: 202 while it is being made, then the result itself.
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const bool json = answer.headers.value("content-type").startsWith("application/json");
        const QJsonObject o = json ? QJsonDocument::fromJson(answer.body).object() : QJsonObject();
        const QString id = o.value(QLatin1String("id")).toString();
        const bool pending = answer.status == 202 || (answer.status == 200 && json && !id.isEmpty() && !o.contains(QLatin1String("image")));
        if (!pending)
            return answer;
        static const QRegularExpression safeId(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
        if (!id.isEmpty() && !safeId.match(id).hasMatch())
            return HttpAnswer{200, "{}", {}, false, false, {}};
        if (clock.elapsed() > m_timeoutMs) {
            HttpAnswer late;
            late.timedOut = true;
            return late;
        }
        if (!id.isEmpty())
            m_lastResultId = id;
        for (int waited = 0; waited < m_pollMs; waited += 50) {
            if (cancel && cancel->isCancelled()) {
                HttpAnswer stopped;
                stopped.cancelled = true;
                return stopped;
            }
            QThread::msleep(50);
        }
        QNetworkRequest poll{QUrl(base + QStringLiteral("/v2beta/results/") + m_lastResultId)};
        poll.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
        poll.setRawHeader("Accept", accept);
        answer = HttpCall::get(poll, m_timeoutMs, cancel);
    }
}

ProviderAnswer StabilityProvider::generate3d(const QString &base, const ImageRequest &r, CancelToken *cancel) const
{
    if (!looksLikeImage(r.sourceImage))
        return ProviderError{ProviderError::Kind::BadRequest, tr("A 3D model is made from an image, and none was given."), 0, -1,
                             ErrorCode::NoSource};
    const QByteArray boundary = "atelier-" + QCryptographicHash::hash(r.sourceImage, QCryptographicHash::Sha1).toHex().left(24);
    QByteArray body;
    const QByteArray type = r.sourceImage.startsWith("\xff\xd8\xff") ? "image/jpeg" : r.sourceImage.startsWith("RIFF") ? "image/webp" : "image/png";
    body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"source\"\r\nContent-Type: " + type + "\r\n\r\n";
    body += r.sourceImage + "\r\n";
    for (auto it = r.parameters.begin(); it != r.parameters.end(); ++it)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + it.key().toUtf8() + "\"\r\n\r\n"
                + (it.value().isString() ? it.value().toString() : QString::number(it.value().toVariant().value<double>())).toUtf8() + "\r\n";
    body += "--" + boundary + "--\r\n";
    QNetworkRequest request{QUrl(base + QStringLiteral("/v2beta/3d/stable-fast-3d"))};
    request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("multipart/form-data; boundary=") + boundary);
    const HttpAnswer answer = follow(base, HttpCall::post(request, body, m_timeoutMs, cancel), "model/gltf-binary", cancel);
    if (answer.status != 200 || answer.timedOut || answer.cancelled || !answer.networkError.isEmpty())
        return HttpCall::errorOf(QStringLiteral("Stability AI"), answer);
    if (!GlbMesh::looksLikeGlb(answer.body))
        return malformed(QStringLiteral("Stability AI"), tr("a 3D model that is not a GLB file"));
    ImageResult result;
    result.images.append(answer.body);
    result.mimeType = QStringLiteral("model/gltf-binary");
    return result;
}

ProviderAnswer StabilityProvider::parseAnswer(const HttpAnswer &answer)
{
    const QString provider = QStringLiteral("Stability AI");
    if (answer.status != 200 || answer.timedOut || answer.cancelled || !answer.networkError.isEmpty())
        return HttpCall::errorOf(provider, answer);
    // A 200 can still be a filtered image (blurred by the provider): that is not a result to keep or charge.
    const QByteArray reason = answer.headers.value("finish-reason").toUpper();
    if (reason == "CONTENT_FILTERED")
        return ProviderError{ProviderError::Kind::ContentFiltered,
                             tr("%1 filtered the request: the prompt or the image breaks its content rules.").arg(provider), 200, -1};
    if (!looksLikeImage(answer.body))
        return malformed(provider, tr("image data that is not PNG, JPEG or WebP"));
    ImageResult result;
    result.images.append(answer.body);
    result.mimeType = answer.body.startsWith("\xff\xd8\xff") ? QStringLiteral("image/jpeg") : QStringLiteral("image/png");
    bool ok = false;
    const qint64 seed = answer.headers.value("seed").toLongLong(&ok);
    if (ok)
        result.metadata.insert(QStringLiteral("seed"), double(seed));
    return result;
}

// ---- Replicate ----------------------------------------------------------------------------------------

ReplicateProvider::ReplicateProvider(QString baseUrl, QString apiKey, int timeoutMs, int pollMs)
    : m_baseUrl(std::move(baseUrl)), m_apiKey(std::move(apiKey)), m_timeoutMs(timeoutMs), m_pollMs(pollMs)
{
}

QNetworkRequest ReplicateProvider::request(const QString &url) const
{
    QNetworkRequest r = jsonRequest(url);
    r.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    return r;
}

std::variant<ReplicateProvider::Prediction, ProviderError> ReplicateProvider::parsePrediction(const HttpAnswer &answer)
{
    const QString provider = QStringLiteral("Replicate");
    const auto json = jsonOf(provider, answer);
    if (std::holds_alternative<ProviderError>(json))
        return std::get<ProviderError>(json);
    const QJsonObject o = std::get<QJsonObject>(json);
    Prediction p;
    p.id = o.value(QStringLiteral("id")).toString();
    p.status = o.value(QStringLiteral("status")).toString();
    static const QStringList statuses = {QStringLiteral("starting"), QStringLiteral("processing"), QStringLiteral("succeeded"),
                                         QStringLiteral("failed"), QStringLiteral("canceled")};
    if (p.id.isEmpty() || !statuses.contains(p.status))
        return malformed(provider, tr("a prediction without an id or a known status"));
    const QJsonValue output = o.value(QStringLiteral("output"));
    if (output.isString())
        p.output.append(output.toString());
    else
        for (const QJsonValue &item : output.toArray())
            if (item.isString())
                p.output.append(item.toString());
    p.error = o.value(QStringLiteral("error")).toString();
    const QJsonObject urls = o.value(QStringLiteral("urls")).toObject();
    p.getUrl = urls.value(QStringLiteral("get")).toString();
    p.cancelUrl = urls.value(QStringLiteral("cancel")).toString();
    for (const QString &url : {p.getUrl, p.cancelUrl}) {
        const QUrl u(url);
        if (!url.isEmpty() && (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http"))))
            return malformed(provider, tr("a prediction URL that is not http or https"));
    }
    return p;
}

ProviderAnswer ReplicateProvider::generate(const ImageRequest &r, CancelToken *cancel)
{
    if (r.kind == QLatin1String("3d"))
        return ProviderError{ProviderError::Kind::BadRequest, tr("%1 makes images, not 3D models.").arg(QStringLiteral("Replicate")), 0, -1,
                             ErrorCode::WrongKind};
    const auto base = HttpCall::baseUrl(displayName(), m_baseUrl);
    if (std::holds_alternative<ProviderError>(base))
        return std::get<ProviderError>(base);
    if (m_apiKey.isEmpty())
        return ProviderError{ProviderError::Kind::InvalidKey, tr("Replicate needs an API key."), 0, -1, ErrorCode::NoKey};
    // "owner/name" runs the model's latest version; "owner/name:version" pins one.
    static const QRegularExpression modelPattern(QStringLiteral("^([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)(?::([A-Za-z0-9]+))?$"));
    const auto match = modelPattern.match(r.model);
    if (!match.hasMatch())
        return ProviderError{ProviderError::Kind::BadRequest, tr("Replicate: \"%1\" is not a model as owner/name or owner/name:version.").arg(r.model), 0, -1};
    QJsonObject input = r.parameters;
    input.insert(QStringLiteral("prompt"), r.prompt);
    if (!r.negativePrompt.isEmpty())
        input.insert(QStringLiteral("negative_prompt"), r.negativePrompt);
    if (r.seed)
        input.insert(QStringLiteral("seed"), double(*r.seed));
    input.insert(QStringLiteral("width"), r.width);
    input.insert(QStringLiteral("height"), r.height);
    input.insert(QStringLiteral("num_outputs"), r.count);
    QJsonObject body{{QStringLiteral("input"), input}};
    QString url = std::get<QString>(base) + QStringLiteral("/v1/models/%1/%2/predictions").arg(match.captured(1), match.captured(2));
    if (!match.captured(3).isEmpty()) {
        url = std::get<QString>(base) + QStringLiteral("/v1/predictions");
        body.insert(QStringLiteral("version"), match.captured(3));
    }
    QElapsedTimer clock;
    clock.start();
    // A prediction an attempt before a crash started is followed, not made again (and paid again), unless it ended
    // without a result.
    std::variant<Prediction, ProviderError> current = ProviderError{};
    bool resumed = false;
    static const QRegularExpression predictionId(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    if (predictionId.match(r.resumeJobId).hasMatch()) {
        auto earlier = parsePrediction(HttpCall::get(request(std::get<QString>(base) + QStringLiteral("/v1/predictions/") + r.resumeJobId),
                                                     m_timeoutMs, cancel));
        if (const auto *p = std::get_if<Prediction>(&earlier);
            p && p->status != QLatin1String("failed") && p->status != QLatin1String("canceled")) {
            current = earlier;
            resumed = true;
        }
    }
    if (!resumed) {
        current = parsePrediction(HttpCall::post(request(url), QJsonDocument(body).toJson(QJsonDocument::Compact), m_timeoutMs, cancel));
        if (const auto *p = std::get_if<Prediction>(&current); p && r.jobStarted)
            r.jobStarted(p->id);
    }
    while (true) {
        if (std::holds_alternative<ProviderError>(current)) {
            ProviderError error = std::get<ProviderError>(current);
            return error;
        }
        const Prediction p = std::get<Prediction>(current);
        if (p.status == QLatin1String("succeeded")) {
            ImageResult result;
            for (const QString &out : p.output) {
                const QUrl u(out);
                if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
                    return malformed(displayName(), tr("an image URL that is not http or https"));
                const HttpAnswer image = HttpCall::get(QNetworkRequest(u), m_timeoutMs, cancel);
                if (image.status != 200)
                    return HttpCall::errorOf(displayName(), image);
                if (r.kind == QLatin1String("animation") && image.body.mid(4, 4) == "ftyp")
                    return malformed(displayName(), tr("a video (MP4), which Atelier keeps only as an animated image: ask the model for a GIF "
                                                       "(for many, --param output_format=gif)"));
                const bool gif = image.body.startsWith("GIF87a") || image.body.startsWith("GIF89a");
                if (!looksLikeImage(image.body) && !(gif && r.kind == QLatin1String("animation")))
                    return malformed(displayName(), tr("image data that is not PNG, JPEG or WebP"));
                result.images.append(image.body);
                result.mimeType = gif                                    ? QStringLiteral("image/gif")
                                  : image.body.startsWith("\xff\xd8\xff") ? QStringLiteral("image/jpeg")
                                  : image.body.startsWith("RIFF")          ? QStringLiteral("image/webp")
                                                                           : QStringLiteral("image/png");
            }
            if (result.images.isEmpty())
                return malformed(displayName(), tr("a finished prediction without output"));
            result.metadata.insert(QStringLiteral("prediction"), p.id);
            if (resumed)
                result.metadata.insert(QStringLiteral("resumed"), true);
            return result;
        }
        if (p.status == QLatin1String("failed")) {
            const bool filtered = p.error.contains(QLatin1String("nsfw"), Qt::CaseInsensitive)
                                  || p.error.contains(QLatin1String("safety"), Qt::CaseInsensitive);
            return ProviderError{filtered ? ProviderError::Kind::ContentFiltered : ProviderError::Kind::ServerError,
                                 filtered ? tr("Replicate filtered the request: %1").arg(p.error.left(300))
                                          : tr("The Replicate prediction failed: %1").arg(p.error.left(300)),
                                 200, -1};
        }
        if (p.status == QLatin1String("canceled"))
            return ProviderError{ProviderError::Kind::Cancelled, tr("The Replicate prediction was cancelled."), 200, -1};
        const bool cancelled = cancel && cancel->isCancelled();
        if (cancelled || clock.elapsed() > m_timeoutMs) {
            // Stop it there too, so that it stops costing.
            if (!p.cancelUrl.isEmpty())
                HttpCall::post(request(p.cancelUrl), QByteArray(), 10000);
            return cancelled ? ProviderError{ProviderError::Kind::Cancelled, tr("Cancelled."), 0, -1}
                             : ProviderError{ProviderError::Kind::Timeout, tr("%1 did not answer in time.").arg(displayName()), 0, -1};
        }
        if (p.getUrl.isEmpty())
            return malformed(displayName(), tr("a running prediction without a URL to follow"));
        // Wait before asking again, awake to a cancel.
        QElapsedTimer pause;
        pause.start();
        QEventLoop wait; // the thread's events go on meanwhile
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, &wait, [&] {
            if (pause.elapsed() >= m_pollMs || (cancel && cancel->isCancelled()))
                wait.quit();
        });
        tick.start(20);
        wait.exec();
        if (cancel && cancel->isCancelled())
            continue;
        current = parsePrediction(HttpCall::get(request(p.getUrl), m_timeoutMs, cancel));
    }
}

// ---- AUTOMATIC1111 ------------------------------------------------------------------------------------

Automatic1111Provider::Automatic1111Provider(QString baseUrl, QString credentials, int timeoutMs)
    : m_baseUrl(std::move(baseUrl)), m_credentials(std::move(credentials)), m_timeoutMs(timeoutMs)
{
}

QNetworkRequest Automatic1111Provider::request(const QString &path) const
{
    QNetworkRequest request = jsonRequest(m_baseUrl + path);
    if (!m_credentials.isEmpty())
        request.setRawHeader("Authorization", "Basic " + m_credentials.toUtf8().toBase64());
    return request;
}

ProviderAnswer Automatic1111Provider::generate(const ImageRequest &r, CancelToken *cancel)
{
    if (r.kind != QLatin1String("2d"))
        return ProviderError{ProviderError::Kind::BadRequest, tr("%1 makes images, not 3D models.").arg(QStringLiteral("AUTOMATIC1111")), 0, -1,
                             ErrorCode::WrongKind};
    const auto base = HttpCall::baseUrl(displayName(), m_baseUrl);
    if (std::holds_alternative<ProviderError>(base))
        return std::get<ProviderError>(base);
    m_baseUrl = std::get<QString>(base);
    QJsonObject body{{QStringLiteral("steps"), 20}, {QStringLiteral("cfg_scale"), 7}};
    for (auto it = r.parameters.begin(); it != r.parameters.end(); ++it)
        body.insert(it.key(), it.value());
    body.insert(QStringLiteral("prompt"), r.prompt);
    body.insert(QStringLiteral("negative_prompt"), r.negativePrompt);
    body.insert(QStringLiteral("seed"), r.seed ? double(*r.seed) : -1.0);
    body.insert(QStringLiteral("width"), r.width);
    body.insert(QStringLiteral("height"), r.height);
    body.insert(QStringLiteral("batch_size"), r.count);
    // "a1111-local" (the catalogue's entry) is whatever checkpoint the web UI has loaded; another name switches to it.
    if (!r.model.isEmpty() && r.model != QLatin1String("a1111-local"))
        body.insert(QStringLiteral("override_settings"), QJsonObject{{QStringLiteral("sd_model_checkpoint"), r.model}});
    // While the image is made, the web UI's progress is polled on the same loop and passed on.
    auto alive = std::make_shared<bool>(true);
    const QNetworkRequest progressRequest = request(QStringLiteral("/sdapi/v1/progress?skip_current_image=true"));
    auto tick = [&r, alive, progressRequest](QNetworkAccessManager &manager) {
        if (!r.progress)
            return;
        QNetworkReply *reply = manager.get(progressRequest);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&r, alive, reply] {
            reply->deleteLater();
            const QJsonValue p = QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("progress"));
            const double share = p.toVariant().value<double>();
            if (*alive && p.isDouble() && share >= 0 && share <= 1)
                r.progress(share);
        });
    };
    const HttpAnswer answer = HttpCall::postWithTicks(request(QStringLiteral("/sdapi/v1/txt2img")),
                                                      QJsonDocument(body).toJson(QJsonDocument::Compact), m_timeoutMs, cancel, tick);
    *alive = false;
    return parseAnswer(answer);
}

ProviderAnswer Automatic1111Provider::parseAnswer(const HttpAnswer &answer)
{
    const QString provider = QStringLiteral("AUTOMATIC1111");
    const auto json = jsonOf(provider, answer);
    if (std::holds_alternative<ProviderError>(json))
        return std::get<ProviderError>(json);
    const QJsonObject o = std::get<QJsonObject>(json);
    const QJsonValue images = o.value(QStringLiteral("images"));
    if (!images.isArray() || images.toArray().isEmpty())
        return malformed(provider, tr("no \"images\" list"));
    ImageResult result;
    for (const QJsonValue &image : images.toArray()) {
        const QByteArray bytes = QByteArray::fromBase64(image.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!looksLikeImage(bytes))
            return malformed(provider, tr("image data that is not PNG, JPEG or WebP"));
        result.images.append(bytes);
    }
    // "info" is a JSON document inside a string; it tells the seed actually used.
    const QJsonObject info = QJsonDocument::fromJson(o.value(QStringLiteral("info")).toString().toUtf8()).object();
    if (info.contains(QStringLiteral("seed")))
        result.metadata.insert(QStringLiteral("seed"), info.value(QStringLiteral("seed")));
    return result;
}

std::variant<double, ProviderError> Automatic1111Provider::progress(CancelToken *cancel)
{
    const auto base = HttpCall::baseUrl(displayName(), m_baseUrl);
    if (std::holds_alternative<ProviderError>(base))
        return std::get<ProviderError>(base);
    m_baseUrl = std::get<QString>(base);
    QNetworkRequest r = request(QStringLiteral("/sdapi/v1/progress?skip_current_image=true"));
    const auto json = jsonOf(displayName(), HttpCall::get(r, 10000, cancel));
    if (std::holds_alternative<ProviderError>(json))
        return std::get<ProviderError>(json);
    const QJsonValue p = std::get<QJsonObject>(json).value(QStringLiteral("progress"));
    const double share = p.toVariant().value<double>();
    if (!p.isDouble() || !(share >= 0 && share <= 1))
        return malformed(displayName(), tr("a progress that is not a number from 0 to 1"));
    return share;
}

// ---- Offline renderer -----------------------------------------------------------------------------------

QString OfflineRenderer::label()
{
    return tr("offline preview — not AI");
}

ProviderAnswer OfflineRenderer::generate(const ImageRequest &r, CancelToken *cancel)
{
    if (r.width < 64 || r.height < 64 || r.width > 4096 || r.height > 4096)
        return ProviderError{ProviderError::Kind::BadRequest, tr("The offline renderer draws from 64 to 4096 pixels a side (asked %1 × %2).")
                                                                  .arg(r.width)
                                                                  .arg(r.height),
                             0, -1, ErrorCode::BadSize};
    if (r.kind == QLatin1String("3d"))
        return model3d(r);
    if (r.kind == QLatin1String("animation"))
        return animation(r, cancel);
    ImageResult result;
    for (int n = 0; n < std::max(1, r.count); ++n) {
        if (cancel && cancel->isCancelled())
            return ProviderError{ProviderError::Kind::Cancelled, tr("Cancelled."), 0, -1};
        // Same prompt, seed and index: same picture.
        const QByteArray key = r.prompt.trimmed().toUtf8() + '\n' + QByteArray::number(r.seed.value_or(0)) + '\n' + QByteArray::number(n);
        const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
        quint32 seed = 0;
        for (int i = 0; i < 4; ++i)
            seed = (seed << 8) | quint8(digest.at(i));
        QRandomGenerator rng(seed);
        QImage image(r.width, r.height, QImage::Format_RGB32);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        auto colour = [&] { return QColor::fromHsv(int(rng.bounded(360)), 90 + int(rng.bounded(120)), 150 + int(rng.bounded(100))); };
        QLinearGradient background(0, 0, r.width, r.height);
        background.setColorAt(0, colour());
        background.setColorAt(1, colour());
        p.fillRect(image.rect(), background);
        for (int shape = 0; shape < 12; ++shape) {
            QColor c = colour();
            c.setAlpha(110 + int(rng.bounded(100)));
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            const int w = r.width / 8 + int(rng.bounded(r.width / 2)), h = r.height / 8 + int(rng.bounded(r.height / 2));
            const QRect box(int(rng.bounded(r.width)) - w / 2, int(rng.bounded(r.height)) - h / 2, w, h);
            if (shape % 3 == 0)
                p.drawEllipse(box);
            else if (shape % 3 == 1)
                p.drawRoundedRect(box, w / 6.0, h / 6.0);
            else
                p.drawPolygon(QPolygon({box.topLeft(), box.bottomRight(), QPoint(box.left(), box.bottom())}));
        }
        // The label: people must never take this for an AI image.
        const int band = std::max(18, r.height / 14);
        p.fillRect(QRect(0, r.height - band, r.width, band), QColor(0, 0, 0, 170));
        QFont font = p.font();
        font.setPixelSize(std::max(10, band * 6 / 10));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRect(0, r.height - band, r.width, band), Qt::AlignCenter, label());
        p.end();
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.setText(QStringLiteral("Atelier"), label());
        image.save(&buffer, "PNG");
        result.images.append(png);
    }
    result.metadata.insert(QStringLiteral("label"), label());
    result.metadata.insert(QStringLiteral("ai"), false);
    if (r.seed)
        result.metadata.insert(QStringLiteral("seed"), double(*r.seed));
    return result;
}

} // namespace Atelier

namespace Atelier {

ProviderAnswer OfflineRenderer::model3d(const ImageRequest &r)
{
    // A turned vessel: its profile and colour follow from the prompt and the seed, always the same for the same two.
    const QByteArray digest = QCryptographicHash::hash(r.prompt.trimmed().toUtf8() + '\n' + QByteArray::number(r.seed.value_or(0)),
                                                       QCryptographicHash::Sha256);
    auto unit = [&](int i) { return double(uchar(digest.at(i))) / 255.0; };
    constexpr int rings = 16, segments = 32;
    GlbMesh mesh;
    mesh.color = QColor::fromHsvF(float(unit(0)), float(0.35 + 0.4 * unit(1)), float(0.65 + 0.3 * unit(2)));
    const double belly = 0.5 + 0.5 * unit(3), neck = 0.2 + 0.3 * unit(4), lip = 0.3 + 0.4 * unit(5), height = 1.2 + 1.2 * unit(6);
    for (int ring = 0; ring <= rings; ++ring) {
        const double t = double(ring) / rings;
        const double radius = 0.25 + belly * std::sin(M_PI * std::min(1.0, t * 1.25)) * (1 - t) + neck * t + (t > 0.9 ? lip * (t - 0.9) * 5 : 0);
        for (int s = 0; s < segments; ++s) {
            const double a = 2 * M_PI * s / segments;
            mesh.positions.append(QVector3D(float(radius * std::cos(a)), float(height * t), float(radius * std::sin(a))));
        }
    }
    for (int ring = 0; ring < rings; ++ring)
        for (int s = 0; s < segments; ++s) {
            const quint32 a = quint32(ring * segments + s), b = quint32(ring * segments + (s + 1) % segments);
            const quint32 c = a + segments, d = b + segments;
            mesh.indices << a << c << b << b << c << d;
        }
    ImageResult result;
    result.images.append(mesh.write());
    result.mimeType = QStringLiteral("model/gltf-binary");
    result.metadata.insert(QStringLiteral("label"), label());
    result.metadata.insert(QStringLiteral("ai"), false);
    return result;
}

} // namespace Atelier

namespace Atelier {

ProviderAnswer OfflineRenderer::animation(const ImageRequest &r, CancelToken *cancel)
{
    // The still picture of the prompt and seed, crossed by a band of light: twelve frames, a second, looping.
    ImageRequest still = r;
    still.kind = QStringLiteral("2d");
    still.count = 1;
    const double shrink = std::min(1.0, 384.0 / std::max(r.width, r.height));
    still.width = std::max(64, int(r.width * shrink));
    still.height = std::max(64, int(r.height * shrink));
    const ProviderAnswer first = generate(still, cancel);
    if (std::holds_alternative<ProviderError>(first))
        return first;
    const QImage base = QImage::fromData(std::get<ImageResult>(first).images.value(0)).convertToFormat(QImage::Format_RGB32);
    constexpr int frames = 12;
    QList<QImage> images;
    for (int f = 0; f < frames; ++f) {
        QImage frame = base;
        QPainter painter(&frame);
        const double x = (double(f) / frames) * (frame.width() + frame.height()) - frame.height();
        QLinearGradient band(QPointF(x, 0), QPointF(x + frame.height() * 0.6, frame.height() * 0.6));
        band.setColorAt(0, QColor(255, 255, 255, 0));
        band.setColorAt(0.5, QColor(255, 255, 255, 110));
        band.setColorAt(1, QColor(255, 255, 255, 0));
        painter.fillRect(frame.rect(), band);
        images.append(frame);
    }
    ImageResult result;
    result.images.append(GifWriter::write(images, 1000 / frames));
    result.mimeType = QStringLiteral("image/gif");
    result.metadata = std::get<ImageResult>(first).metadata;
    result.metadata.insert(QStringLiteral("frames"), frames);
    return result;
}

} // namespace Atelier
