#include "ai/providers/replicatetrainings.h"

#include "ai/providers/httpcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrl>

namespace Atelier {

namespace {

const QString kProvider = QStringLiteral("Replicate");

ProviderError malformed(const QString &what)
{
    return {ProviderError::Kind::MalformedAnswer,
            ReplicateTrainings::tr("Replicate gave a training answer that cannot be read: %1.").arg(what), 200, -1};
}

const QRegularExpression &trainingIdPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,100}$"));
    return pattern;
}

const QRegularExpression &modelPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Za-z0-9_.-]{1,100})/([A-Za-z0-9_.-]{1,100})(?::([A-Za-z0-9]{1,128}))?$"));
    return pattern;
}

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) && !url.host().isEmpty();
}

} // namespace

ReplicateTrainings::ReplicateTrainings(QString baseUrl, QString apiKey, int timeoutMs)
    : m_baseUrl(std::move(baseUrl)), m_apiKey(std::move(apiKey)), m_timeoutMs(timeoutMs)
{
    const auto base = HttpCall::baseUrl(kProvider, m_baseUrl);
    if (const auto *checked = std::get_if<QString>(&base))
        m_baseUrl = *checked; // without its trailing slash; a bad one is refused by every call
}

bool ReplicateTrainings::isModelName(const QString &model, bool withVersion)
{
    const auto match = modelPattern().match(model);
    return match.hasMatch() && match.captured(3).isEmpty() != withVersion;
}

QNetworkRequest ReplicateTrainings::request(const QString &path) const
{
    QNetworkRequest r{QUrl(m_baseUrl + path)};
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    r.setRawHeader("Accept", "application/json");
    r.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    // Never follow a redirection elsewhere with the key.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    return r;
}

std::optional<ProviderError> ReplicateTrainings::unusable() const
{
    const auto base = HttpCall::baseUrl(kProvider, m_baseUrl);
    if (const auto *e = std::get_if<ProviderError>(&base))
        return *e;
    if (m_apiKey.isEmpty())
        return ProviderError{ProviderError::Kind::InvalidKey, tr("Replicate needs an API key to train models."), 0, -1, ErrorCode::NoKey};
    return std::nullopt;
}

ReplicateTrainings::Answer ReplicateTrainings::create(const QString &baseModel, const QString &destination, const QJsonObject &input,
                                                      const QString &webhook, CancelToken *cancel) const
{
    if (auto problem = unusable())
        return *problem;
    const auto base = modelPattern().match(baseModel);
    if (!base.hasMatch() || base.captured(3).isEmpty())
        return ProviderError{ProviderError::Kind::BadRequest,
                             tr("Replicate trains a model version: \"%1\" is not written owner/name:version.").arg(baseModel), 0, -1,
                             ErrorCode::InvalidInput};
    if (!isModelName(destination, false))
        return ProviderError{ProviderError::Kind::BadRequest,
                             tr("Replicate trains into a model: \"%1\" is not written owner/name.").arg(destination), 0, -1,
                             ErrorCode::InvalidInput};
    if (!webhook.isEmpty() && !isHttpUrl(webhook))
        return ProviderError{ProviderError::Kind::BadRequest, tr("The webhook \"%1\" is not an http or https address.").arg(webhook), 0, -1,
                             ErrorCode::InvalidInput};
    QJsonObject body{{QStringLiteral("destination"), destination}, {QStringLiteral("input"), input}};
    if (!webhook.isEmpty())
        body.insert(QStringLiteral("webhook"), webhook);
    const QString path = QStringLiteral("/v1/models/%1/%2/versions/%3/trainings").arg(base.captured(1), base.captured(2), base.captured(3));
    return parseTraining(HttpCall::post(request(path), QJsonDocument(body).toJson(QJsonDocument::Compact), m_timeoutMs, cancel));
}

ReplicateTrainings::Answer ReplicateTrainings::get(const QString &trainingId, CancelToken *cancel) const
{
    if (auto problem = unusable())
        return *problem;
    if (!trainingIdPattern().match(trainingId).hasMatch())
        return ProviderError{ProviderError::Kind::BadRequest, tr("\"%1\" is not a Replicate training id.").arg(trainingId), 0, -1,
                             ErrorCode::InvalidInput};
    return parseTraining(HttpCall::get(request(QStringLiteral("/v1/trainings/") + trainingId), m_timeoutMs, cancel));
}

ReplicateTrainings::Answer ReplicateTrainings::cancel(const QString &trainingId, CancelToken *cancel) const
{
    if (auto problem = unusable())
        return *problem;
    if (!trainingIdPattern().match(trainingId).hasMatch())
        return ProviderError{ProviderError::Kind::BadRequest, tr("\"%1\" is not a Replicate training id.").arg(trainingId), 0, -1,
                             ErrorCode::InvalidInput};
    return parseTraining(HttpCall::post(request(QStringLiteral("/v1/trainings/%1/cancel").arg(trainingId)), QByteArray(), m_timeoutMs, cancel));
}

ReplicateTrainings::Answer ReplicateTrainings::parseTraining(const HttpAnswer &answer)
{
    if (answer.status < 200 || answer.status >= 300 || answer.timedOut || answer.cancelled || !answer.networkError.isEmpty())
        return HttpCall::errorOf(kProvider, answer);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(tr("not a JSON object"));
    const QJsonObject o = doc.object();

    Training t;
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!id.isString() || !trainingIdPattern().match(id.toString()).hasMatch())
        return malformed(tr("no training id"));
    t.id = id.toString();
    static const QStringList statuses = {QStringLiteral("starting"), QStringLiteral("processing"), QStringLiteral("succeeded"),
                                         QStringLiteral("failed"), QStringLiteral("canceled")};
    const QJsonValue status = o.value(QStringLiteral("status"));
    if (!status.isString() || !statuses.contains(status.toString()))
        return malformed(tr("no known status"));
    t.status = status.toString();

    const QJsonValue output = o.value(QStringLiteral("output"));
    if (output.isObject()) {
        const QJsonObject out = output.toObject();
        const QJsonValue version = out.value(QStringLiteral("version"));
        const QJsonValue weights = out.value(QStringLiteral("weights"));
        if (!(version.isString() || version.isNull() || version.isUndefined()) || !(weights.isString() || weights.isNull() || weights.isUndefined()))
            return malformed(tr("an output whose version or weights is not text"));
        t.version = version.toString();
        t.weights = weights.toString();
        static const QRegularExpression bareVersion(QStringLiteral("^[A-Za-z0-9]{1,128}$"));
        if (!t.version.isEmpty() && !isModelName(t.version, true) && !bareVersion.match(t.version).hasMatch())
            return malformed(tr("an output version that is neither owner/name:version nor a version id"));
        if (!t.weights.isEmpty() && !isHttpUrl(t.weights))
            return malformed(tr("weights that are not at an http or https address"));
    } else if (!output.isNull() && !output.isUndefined()) {
        return malformed(tr("an output that is not an object"));
    }
    if (t.status == QLatin1String("succeeded") && t.version.isEmpty())
        return malformed(tr("a finished training without the version it made"));

    const QJsonValue error = o.value(QStringLiteral("error"));
    if (error.isString())
        t.error = error.toString();
    else if (error.isObject() || error.isArray()) // said in another shape: kept as it came, for people to read
        t.error = QString::fromUtf8(error.isObject() ? QJsonDocument(error.toObject()).toJson(QJsonDocument::Compact)
                                                     : QJsonDocument(error.toArray()).toJson(QJsonDocument::Compact));
    else if (!error.isNull() && !error.isUndefined())
        return malformed(tr("an error that is not text"));
    t.error = t.error.left(2000);

    const QJsonValue metrics = o.value(QStringLiteral("metrics"));
    if (metrics.isObject()) {
        const QJsonValue seconds = metrics.toObject().value(QStringLiteral("predict_time"));
        if (seconds.isDouble() && seconds.toVariant().value<double>() >= 0)
            t.predictSeconds = seconds.toVariant().value<double>();
    }
    return t;
}

} // namespace Atelier
