#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <memory>
#include <optional>

namespace Atelier {

class ImageProvider;

/// How this desktop reaches one provider. The API key itself is never part of it: it is kept encrypted with
/// this desktop's data key (LocalKey) and only decrypted to build a client.
struct ProviderConfig final
{
    QString name;             // openai, stability, replicate, automatic1111, offline
    QString baseUrl;          // empty for offline
    bool hasKey = false;
    int concurrency = 4;      // jobs at once
    double perMinute = 60;    // calls per minute on average (token bucket)
    int burst = 4;            // calls at once before the rate applies
    int maxAttempts = 4;      // per job, with retries on rate limits, server errors and timeouts
    int timeoutSeconds = 120; // per call
    QString chatModel;        // OpenAI only: a chat-completions model for prompt optimisation (empty: none)
};

/// This desktop's provider settings, in ai-providers.json of its configuration folder, API keys encrypted
/// (XChaCha20-Poly1305 under the LocalKey).
class ProviderSettings final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderSettings)
public:
    static QStringList names();
    /// As people know it.
    static QString displayName(const QString &name);
    static QString defaultBaseUrl(const QString &name);
    /// Every provider with its settings (defaults where nothing was set).
    static Result<QList<ProviderConfig>> list();
    static Result<ProviderConfig> config(const QString &name);
    /// Saves \a config (checked: a known provider, an http(s) base URL, limits in range); with \a apiKey the key
    /// is replaced (an empty one removes it). Nothing is written when anything is wrong.
    static Status save(const ProviderConfig &config, const std::optional<QString> &apiKey = std::nullopt);
    /// A client for \a name, with its key decrypted.
    static Result<std::unique_ptr<ImageProvider>> client(const QString &name);
    /// The decrypted API key of a provider (empty when none is set), for the clients that need it directly.
    static Result<QString> apiKey(const QString &name);
    /// Checks the base URL and the key with a call that costs nothing; says what the provider answered.
    static Result<QString> test(const QString &name, int timeoutMs = 20000);
    /// The path of the settings file.
    static QString path();
};

} // namespace Atelier
