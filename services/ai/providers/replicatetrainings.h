#pragma once

#include "ai/providers/providertypes.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>
#include <variant>

class QNetworkRequest;

namespace Atelier {

class CancelToken;
struct HttpAnswer;

/// Replicate's trainings API: POST {base}/v1/models/{owner}/{name}/versions/{version}/trainings starts one that
/// makes a new version of the destination model, GET {base}/v1/trainings/{id} tells how it goes, POST
/// {base}/v1/trainings/{id}/cancel stops it. Calls block the calling thread (a worker's).
///
/// The follow-up calls are built from the base URL and the training's id, never from the URLs an answer gives,
/// so the key only ever goes to the configured host.
class ReplicateTrainings final
{
    Q_DECLARE_TR_FUNCTIONS(ReplicateTrainings)
public:
    /// A training as Replicate describes it (read from untrusted bytes, every field checked).
    struct Training
    {
        QString id;
        QString status;  // starting, processing, succeeded, failed, canceled
        QString version; // output.version once succeeded: the new version, "owner/name:version" or the bare version id
        QString weights; // output.weights: where the trained weights are, when given
        QString error;   // why it failed
        std::optional<double> predictSeconds; // metrics.predict_time: the GPU (or CPU) seconds it used, once ended
        bool isFinished() const
        {
            return status == QLatin1String("succeeded") || status == QLatin1String("failed") || status == QLatin1String("canceled");
        }
    };
    using Answer = std::variant<Training, ProviderError>;

    ReplicateTrainings(QString baseUrl, QString apiKey, int timeoutMs = 120000);

    /// Starts training \a baseModel ("owner/name:version") into \a destination ("owner/name", a model that must exist
    /// at Replicate) with \a input; Replicate calls \a webhook when it ends, if one is given.
    Answer create(const QString &baseModel, const QString &destination, const QJsonObject &input, const QString &webhook = {},
                  CancelToken *cancel = nullptr) const;
    Answer get(const QString &trainingId, CancelToken *cancel = nullptr) const;
    Answer cancel(const QString &trainingId, CancelToken *cancel = nullptr) const;

    /// Reads a training object; anything else (an HTTP failure, no JSON, a field of the wrong type) is the error.
    static Answer parseTraining(const HttpAnswer &answer);
    /// Whether \a model reads "owner/name" (withVersion false) or "owner/name:version" (withVersion true).
    static bool isModelName(const QString &model, bool withVersion);

private:
    QNetworkRequest request(const QString &path) const;
    /// Why no call can be made (a bad base URL, no key), if so.
    std::optional<ProviderError> unusable() const;
    QString m_baseUrl;
    QString m_apiKey;
    int m_timeoutMs;
};

} // namespace Atelier
