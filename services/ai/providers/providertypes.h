#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Atelier {

/// What a generation asks a provider for.
struct ImageRequest final
{
    QString model;
    QString prompt;
    QString negativePrompt;
    std::optional<qint64> seed;
    int width = 1024;
    int height = 1024;
    int count = 1;
    QJsonObject parameters; // provider-specific extras (steps, cfg_scale, quality …), passed through
    QString kind = QStringLiteral("2d"); // 2d: an image; 3d: a GLB model made from sourceImage; animation: an animated image
    QByteArray sourceImage;              // the picture a 3D model is made from
    std::function<void(double)> progress; // told how far the provider is (0 … 1), where it says so (AUTOMATIC1111)
    QString resumeJobId;                            // the provider's job a crashed attempt started (Replicate)
    std::function<void(const QString &)> jobStarted; // told the provider's job id as soon as there is one
};

/// What came back: encoded images (PNG or JPEG bytes) and what the provider said about them.
struct ImageResult final
{
    QList<QByteArray> images;
    QString mimeType = QStringLiteral("image/png"); // or model/gltf-binary for a 3D model
    QJsonObject metadata; // revised prompt, seed used, …
};

/// Why a provider call failed, in the terms people act on.
struct ProviderError final
{
    enum class Kind { InvalidKey, NoCredits, RateLimited, ServerError, ContentFiltered, MalformedAnswer, Timeout, Network, BadRequest, Cancelled };
    Kind kind = Kind::ServerError;
    QString message;      // translated, for people
    int httpStatus = 0;
    qint64 retryAfterMs = -1; // from Retry-After, when the provider said
    ErrorCode detail = ErrorCode::Unspecified; // finer than the kind where it says more (no key, wrong kind, bad size …)

    /// What is stored with the failure (ai_generations.error_code): the detail when given, else the kind's own code.
    ErrorCode code() const
    {
        if (detail != ErrorCode::Unspecified)
            return detail;
        switch (kind) {
        case Kind::InvalidKey:
            return ErrorCode::KeyRefused;
        case Kind::NoCredits:
            return ErrorCode::NoCredits;
        case Kind::RateLimited:
            return ErrorCode::RateLimited;
        case Kind::ServerError:
            return ErrorCode::ServerError;
        case Kind::ContentFiltered:
            return ErrorCode::Unsafe;
        case Kind::MalformedAnswer:
            return ErrorCode::Unreadable;
        case Kind::Timeout:
            return ErrorCode::Timeout;
        case Kind::Network:
            return ErrorCode::Network;
        case Kind::BadRequest:
            return ErrorCode::BadRequest;
        case Kind::Cancelled:
            return ErrorCode::Cancelled;
        }
        return ErrorCode::Unspecified;
    }
    /// As an Error: the message, the HTTP status as its detail, and code().
    Error toError() const
    {
        return Error{message, httpStatus > 0 ? QStringLiteral("HTTP %1").arg(httpStatus) : QString(), code()};
    }
    /// Worth trying again later (rate limits, server errors, timeouts, network trouble).
    bool isTransient() const
    {
        return kind == Kind::RateLimited || kind == Kind::ServerError || kind == Kind::Timeout || kind == Kind::Network;
    }
};

} // namespace Atelier
