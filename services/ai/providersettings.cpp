#include "ai/providersettings.h"

#include "ai/providers/httpcall.h"
#include "ai/providers/imageprovider.h"
#include "core/privatefiles.h"
#include "security/localkey.h"
#include "security/secrets.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QUrl>

namespace Atelier {

namespace {

QMutex &fileMutex()
{
    static QMutex mutex;
    return mutex;
}

Result<QJsonObject> readFile()
{
    QFile file(ProviderSettings::path());
    if (!file.exists())
        return QJsonObject{};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ProviderSettings::tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()), {}};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{ProviderSettings::tr("%1 is not valid JSON (at byte %2); fix or remove it.")
                         .arg(QDir::toNativeSeparators(file.fileName()))
                         .arg(error.offset),
                     {}, ErrorCode::Corrupt};
    return doc.object();
}

QString keyContext(const QString &name)
{
    return QStringLiteral("ai-providers.") + name;
}

ProviderConfig fromJson(const QString &name, const QJsonObject &o)
{
    ProviderConfig c;
    c.name = name;
    c.baseUrl = o.value(QLatin1String("baseUrl")).toString(ProviderSettings::defaultBaseUrl(name));
    c.hasKey = !o.value(QLatin1String("apiKey")).toString().isEmpty();
    c.concurrency = o.value(QLatin1String("concurrency")).toInt(c.concurrency);
    c.perMinute = o.value(QLatin1String("perMinute")).toVariant().value<double>();
    if (!o.contains(QLatin1String("perMinute")))
        c.perMinute = name == QLatin1String("offline") ? 600 : 60;
    c.burst = o.value(QLatin1String("burst")).toInt(c.burst);
    c.maxAttempts = o.value(QLatin1String("maxAttempts")).toInt(c.maxAttempts);
    c.timeoutSeconds = o.value(QLatin1String("timeoutSeconds")).toInt(c.timeoutSeconds);
    c.chatModel = o.value(QLatin1String("chatModel")).toString();
    return c;
}

/// The decrypted API key of a provider; empty when none is set.
Result<QString> apiKeyOf(const QString &name)
{
    QString sealed;
    {
        QMutexLocker lock(&fileMutex());
        auto file = readFile();
        if (!file)
            return file.error();
        sealed = file->value(name).toObject().value(QLatin1String("apiKey")).toString();
    }
    if (sealed.isEmpty())
        return QString();
    auto key = LocalKey::load();
    if (!key)
        return key.error();
    auto plain = Secrets::decrypt(*key.value(), sealed, keyContext(name));
    if (!plain)
        return Error{ProviderSettings::tr("The API key of %1 cannot be decrypted with this desktop's data key; set it again with "
                                          "atelier ai provider set %2 --api-key-stdin.")
                         .arg(ProviderSettings::displayName(name), name),
                     {}, ErrorCode::NoKey};
    return plain.value();
}

} // namespace

QStringList ProviderSettings::names()
{
    return {QStringLiteral("openai"), QStringLiteral("stability"), QStringLiteral("replicate"), QStringLiteral("automatic1111"),
            QStringLiteral("offline")};
}

QString ProviderSettings::displayName(const QString &name)
{
    if (name == QLatin1String("openai"))
        return QStringLiteral("OpenAI");
    if (name == QLatin1String("stability"))
        return QStringLiteral("Stability AI");
    if (name == QLatin1String("replicate"))
        return QStringLiteral("Replicate");
    if (name == QLatin1String("automatic1111"))
        return QStringLiteral("AUTOMATIC1111");
    return tr("Offline preview");
}

QString ProviderSettings::defaultBaseUrl(const QString &name)
{
    if (name == QLatin1String("openai"))
        return QStringLiteral("https://api.openai.com");
    if (name == QLatin1String("stability"))
        return QStringLiteral("https://api.stability.ai");
    if (name == QLatin1String("replicate"))
        return QStringLiteral("https://api.replicate.com");
    if (name == QLatin1String("automatic1111"))
        return QStringLiteral("http://127.0.0.1:7860");
    return {};
}

QString ProviderSettings::path()
{
    return LocalKey::configFolder() + QStringLiteral("/ai-providers.json");
}

Result<QList<ProviderConfig>> ProviderSettings::list()
{
    QMutexLocker lock(&fileMutex());
    auto file = readFile();
    if (!file)
        return file.error();
    QList<ProviderConfig> all;
    for (const QString &name : names())
        all.append(fromJson(name, file->value(name).toObject()));
    return all;
}

Result<ProviderConfig> ProviderSettings::config(const QString &name)
{
    if (!names().contains(name))
        return Error{tr("Unknown provider \"%1\"; the providers are: %2.").arg(name, names().join(QLatin1String(", "))), {},
                     ErrorCode::InvalidInput};
    QMutexLocker lock(&fileMutex());
    auto file = readFile();
    if (!file)
        return file.error();
    return fromJson(name, file->value(name).toObject());
}

Status ProviderSettings::save(const ProviderConfig &config, const std::optional<QString> &apiKey)
{
    if (!names().contains(config.name))
        return Error{tr("Unknown provider \"%1\"; the providers are: %2.").arg(config.name, names().join(QLatin1String(", "))), {},
                     ErrorCode::InvalidInput};
    QString base;
    if (config.name != QLatin1String("offline")) {
        auto checked = HttpCall::baseUrl(displayName(config.name), config.baseUrl);
        if (auto *e = std::get_if<ProviderError>(&checked))
            return e->toError();
        base = std::get<QString>(checked);
    }
    if (config.concurrency < 1 || config.concurrency > 64)
        return Error{tr("The concurrency of %1 must be between 1 and 64 jobs at once.").arg(displayName(config.name)), {}, ErrorCode::InvalidInput};
    if (!(config.perMinute >= 0.1 && config.perMinute <= 100000))
        return Error{tr("The rate of %1 must be between 0.1 and 100000 calls a minute.").arg(displayName(config.name)), {}, ErrorCode::InvalidInput};
    if (config.burst < 1 || config.burst > 1000)
        return Error{tr("The burst of %1 must be between 1 and 1000 calls.").arg(displayName(config.name)), {}, ErrorCode::InvalidInput};
    if (config.maxAttempts < 1 || config.maxAttempts > 20)
        return Error{tr("The attempts of %1 must be between 1 and 20.").arg(displayName(config.name)), {}, ErrorCode::InvalidInput};
    if (!config.chatModel.isEmpty() && config.name != QLatin1String("openai"))
        return Error{tr("Only OpenAI takes a chat model (for prompt optimisation)."), {}, ErrorCode::InvalidInput};
    if (config.chatModel.size() > 100)
        return Error{tr("The chat model's name is longer than 100 characters."), {}, ErrorCode::InvalidInput};
    if (config.timeoutSeconds < 1 || config.timeoutSeconds > 3600)
        return Error{tr("The timeout of %1 must be between 1 and 3600 seconds.").arg(displayName(config.name)), {}, ErrorCode::InvalidInput};

    QMutexLocker lock(&fileMutex());
    auto file = readFile();
    if (!file)
        return file.error();
    QJsonObject entry = file->value(config.name).toObject();
    entry.insert(QStringLiteral("baseUrl"), base);
    entry.insert(QStringLiteral("concurrency"), config.concurrency);
    entry.insert(QStringLiteral("perMinute"), config.perMinute);
    entry.insert(QStringLiteral("burst"), config.burst);
    entry.insert(QStringLiteral("maxAttempts"), config.maxAttempts);
    entry.insert(QStringLiteral("timeoutSeconds"), config.timeoutSeconds);
    if (config.chatModel.isEmpty())
        entry.remove(QStringLiteral("chatModel"));
    else
        entry.insert(QStringLiteral("chatModel"), config.chatModel);
    if (apiKey) {
        if (apiKey->trimmed().isEmpty()) {
            entry.remove(QStringLiteral("apiKey"));
        } else {
            auto key = LocalKey::load();
            if (!key)
                return key.error();
            auto sealed = Secrets::encrypt(*key.value(), apiKey->trimmed(), keyContext(config.name));
            if (!sealed)
                return sealed.error();
            entry.insert(QStringLiteral("apiKey"), sealed.value());
        }
    }
    QJsonObject all = file.value();
    all.insert(config.name, entry);
    if (auto made = PrivateFiles::makeFolder(LocalKey::configFolder()); !made)
        return made.error(); // says whether the folder could not be made or not be made private
    QSaveFile out(path());
    if (!out.open(QIODevice::WriteOnly))
        return Error{tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(path()), out.errorString()), {}};
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(all).toJson());
    if (!out.commit())
        return Error{tr("%1 cannot be written: %2.").arg(QDir::toNativeSeparators(path()), out.errorString()), {}};
    return Done{};
}

Result<std::unique_ptr<ImageProvider>> ProviderSettings::client(const QString &name)
{
    auto c = config(name);
    if (!c)
        return c.error();
    if (name == QLatin1String("offline"))
        return std::unique_ptr<ImageProvider>(std::make_unique<OfflineRenderer>());
    auto key = apiKeyOf(name);
    if (!key)
        return key.error();
    const QString apiKey = key.value();
    if (apiKey.isEmpty() && name != QLatin1String("automatic1111"))
        return Error{tr("%1 has no API key on this desktop; set one with atelier ai provider set %2 --api-key-stdin.")
                         .arg(displayName(name), name),
                     {}, ErrorCode::NoKey};
    const int timeoutMs = c->timeoutSeconds * 1000;
    if (name == QLatin1String("openai"))
        return std::unique_ptr<ImageProvider>(std::make_unique<OpenAiProvider>(c->baseUrl, apiKey, timeoutMs));
    if (name == QLatin1String("stability"))
        return std::unique_ptr<ImageProvider>(std::make_unique<StabilityProvider>(c->baseUrl, apiKey, timeoutMs));
    if (name == QLatin1String("replicate"))
        return std::unique_ptr<ImageProvider>(std::make_unique<ReplicateProvider>(c->baseUrl, apiKey, timeoutMs));
    return std::unique_ptr<ImageProvider>(std::make_unique<Automatic1111Provider>(c->baseUrl, apiKey, timeoutMs));
}

} // namespace Atelier

namespace Atelier {

Result<QString> ProviderSettings::apiKey(const QString &name)
{
    if (!names().contains(name))
        return Error{tr("Unknown provider \"%1\"; the providers are: %2.").arg(name, names().join(QLatin1String(", "))), {},
                     ErrorCode::InvalidInput};
    return apiKeyOf(name);
}

Result<QString> ProviderSettings::test(const QString &name, int timeoutMs)
{
    auto c = config(name);
    if (!c)
        return c.error();
    if (name == QLatin1String("offline"))
        return tr("The offline renderer needs no network and no key.");
    auto key = apiKeyOf(name);
    if (!key)
        return key.error();
    if (key->isEmpty() && name != QLatin1String("automatic1111"))
        return Error{tr("%1 has no API key on this desktop; set one with atelier ai provider set %2 --api-key-stdin.")
                         .arg(displayName(name), name),
                     {}, ErrorCode::NoKey};
    // A call that costs nothing and needs a valid key: the account, the balance or the list of models.
    const QString path = name == QLatin1String("openai")      ? QStringLiteral("/v1/models")
                         : name == QLatin1String("stability") ? QStringLiteral("/v1/user/balance")
                         : name == QLatin1String("replicate") ? QStringLiteral("/v1/account")
                                                              : QStringLiteral("/sdapi/v1/sd-models");
    QNetworkRequest request(QUrl(c->baseUrl + path));
    if (name == QLatin1String("automatic1111")) {
        if (!key->isEmpty())
            request.setRawHeader("Authorization", "Basic " + key->toUtf8().toBase64());
    } else {
        request.setRawHeader("Authorization", "Bearer " + key->toUtf8());
    }
    request.setRawHeader("Accept", "application/json");
    const HttpAnswer answer = HttpCall::get(request, timeoutMs);
    if (answer.status < 200 || answer.status >= 300 || !answer.networkError.isEmpty() || answer.timedOut)
        return HttpCall::errorOf(displayName(name), answer).toError();
    return tr("%1 answered at %2 and accepted the key.").arg(displayName(name), c->baseUrl);
}

} // namespace Atelier
