#pragma once

#include "ai/providers/providertypes.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <functional>
#include <memory>
#include <variant>

class QUrl;

namespace Atelier {

class CancelToken;
struct HttpAnswer;

using ProviderAnswer = std::variant<ImageResult, ProviderError>;

/// A service that turns a prompt into images. Calls block the calling thread (a worker of the queue).
class ImageProvider
{
public:
    virtual ~ImageProvider() = default;
    /// openai, stability, replicate, automatic1111, offline.
    virtual QString name() const = 0;
    /// As people know it: "OpenAI", "AUTOMATIC1111" …
    virtual QString displayName() const = 0;
    virtual ProviderAnswer generate(const ImageRequest &request, CancelToken *cancel = nullptr) = 0;

    /// Whether \a bytes start like a PNG, JPEG or WebP file (what a provider's image must be).
    static bool looksLikeImage(const QByteArray &bytes);
};

/// OpenAI's Images API: POST {base}/v1/images/generations with a bearer key; answers carry base64 images
/// (b64_json) or URLs, which are fetched.
class OpenAiProvider final : public ImageProvider
{
    Q_DECLARE_TR_FUNCTIONS(OpenAiProvider)
public:
    OpenAiProvider(QString baseUrl, QString apiKey, int timeoutMs = 120000);
    QString name() const override { return QStringLiteral("openai"); }
    QString displayName() const override { return QStringLiteral("OpenAI"); }
    ProviderAnswer generate(const ImageRequest &request, CancelToken *cancel = nullptr) override;
    /// Reads an answer of the Images API (untrusted bytes); image URLs in it are fetched with \a fetch.
    static ProviderAnswer parseAnswer(const HttpAnswer &answer, const std::function<HttpAnswer(const QUrl &)> &fetch);

private:
    QString m_baseUrl;
    QString m_apiKey;
    int m_timeoutMs;
};

/// Stability AI's v2beta Stable Image API: POST {base}/v2beta/stable-image/generate/{core|ultra|sd3} as
/// multipart form data with a bearer key, answered with the image itself (Accept: image/*); 3D models from an image
/// through /v2beta/3d/stable-fast-3d (a GLB). Asynchronous answers (an id) are polled at /v2beta/results/{id}. The model picks
/// the endpoint: "core", "ultra", or an SD3 model ("sd3.5-large" …) sent to sd3.
class StabilityProvider final : public ImageProvider
{
    Q_DECLARE_TR_FUNCTIONS(StabilityProvider)
public:
    StabilityProvider(QString baseUrl, QString apiKey, int timeoutMs = 120000);
    QString name() const override { return QStringLiteral("stability"); }
    QString displayName() const override { return QStringLiteral("Stability AI"); }
    ProviderAnswer generate(const ImageRequest &request, CancelToken *cancel = nullptr) override;
    /// Reads an answer: image bytes with finish-reason and seed headers, or a JSON error (untrusted bytes).
    static ProviderAnswer parseAnswer(const HttpAnswer &answer);
    /// The aspect ratio the API accepts nearest to width:height.
    static QString aspectRatio(int width, int height);

    /// How long between two polls of an asynchronous result.
    void setPollInterval(int ms) { m_pollMs = ms; }

private:
    ProviderAnswer generate3d(const QString &base, const ImageRequest &request, CancelToken *cancel) const;
    HttpAnswer follow(const QString &base, HttpAnswer answer, const QByteArray &accept, CancelToken *cancel) const;
    QString m_baseUrl;
    QString m_apiKey;
    int m_timeoutMs;
    int m_pollMs = 1000;
    mutable QString m_lastResultId;
};

/// Replicate's predictions: POST {base}/v1/models/{owner}/{name}/predictions (or /v1/predictions with a
/// version for "owner/name:version"), then GET urls.get until the prediction ends; output URLs are fetched.
/// Cancelling the job cancels the prediction (POST urls.cancel), so it stops costing.
class ReplicateProvider final : public ImageProvider
{
    Q_DECLARE_TR_FUNCTIONS(ReplicateProvider)
public:
    ReplicateProvider(QString baseUrl, QString apiKey, int timeoutMs = 600000, int pollMs = 1000);
    QString name() const override { return QStringLiteral("replicate"); }
    QString displayName() const override { return QStringLiteral("Replicate"); }
    ProviderAnswer generate(const ImageRequest &request, CancelToken *cancel = nullptr) override;
    /// Reads a prediction (untrusted bytes): its status, output URLs, error, and where to poll and cancel.
    struct Prediction
    {
        QString id;
        QString status; // starting, processing, succeeded, failed, canceled
        QStringList output;
        QString error;
        QString getUrl;
        QString cancelUrl;
    };
    static std::variant<Prediction, ProviderError> parsePrediction(const HttpAnswer &answer);

private:
    QNetworkRequest request(const QString &url) const;
    QString m_baseUrl;
    QString m_apiKey;
    int m_timeoutMs;
    int m_pollMs;
};

/// AUTOMATIC1111's Stable Diffusion web UI: POST {base}/sdapi/v1/txt2img, progress at /sdapi/v1/progress.
/// An API key, when set, is sent as HTTP basic credentials ("user:password", the web UI's --api-auth).
class Automatic1111Provider final : public ImageProvider
{
    Q_DECLARE_TR_FUNCTIONS(Automatic1111Provider)
public:
    Automatic1111Provider(QString baseUrl, QString credentials = {}, int timeoutMs = 600000);
    QString name() const override { return QStringLiteral("automatic1111"); }
    QString displayName() const override { return QStringLiteral("AUTOMATIC1111"); }
    ProviderAnswer generate(const ImageRequest &request, CancelToken *cancel = nullptr) override;
    /// Reads a txt2img answer (untrusted bytes).
    static ProviderAnswer parseAnswer(const HttpAnswer &answer);
    /// How far the running job is, 0 … 1, or the error.
    std::variant<double, ProviderError> progress(CancelToken *cancel = nullptr);

private:
    QNetworkRequest request(const QString &path) const;
    QString m_baseUrl;
    QString m_credentials;
    int m_timeoutMs;
};

/// The built-in renderer: no network, no AI. A picture drawn from the prompt and the seed, always the same
/// for the same two, and marked "offline preview — not AI" on the image and in its metadata.
class OfflineRenderer final : public ImageProvider
{
    Q_DECLARE_TR_FUNCTIONS(OfflineRenderer)
public:
    QString name() const override { return QStringLiteral("offline"); }
    QString displayName() const override { return tr("Offline preview"); }
    ProviderAnswer generate(const ImageRequest &request, CancelToken *cancel = nullptr) override;
    /// The words drawn on every image and put in its metadata.
    static QString label();

private:
    /// For a 3d request: a GLB vessel shaped and coloured by the prompt and the seed.
    static ProviderAnswer model3d(const ImageRequest &request);
    /// For an animation: the still picture crossed by a moving band of light, as a looping GIF.
    ProviderAnswer animation(const ImageRequest &request, CancelToken *cancel);
};

} // namespace Atelier
