// The ai verbs of this desktop's provider settings: provider list, set and test. They need no database.
#include "aiverbs.h"

#include "ai/providersettings.h"

#include <QTextStream>

namespace Atelier::Cli::Ai {

namespace {

/// "NAME (openai, stability, …)": the providers' names, for the usage line and its messages.
const char *providerName()
{
    static const QByteArray names = "NAME (" + ProviderSettings::names().join(QLatin1String(", ")).toUtf8() + ')';
    return names.constData();
}

int list(Context &c)
{
    const auto all = ProviderSettings::list();
    if (!all)
        return fail(all.error().message);
    if (c.json()) {
        QJsonArray a;
        for (const ProviderConfig &p : all.value())
            a.append(QJsonObject{{QStringLiteral("name"), p.name}, {QStringLiteral("baseUrl"), p.baseUrl},
                                 {QStringLiteral("hasKey"), p.hasKey}, {QStringLiteral("concurrency"), p.concurrency},
                                 {QStringLiteral("perMinute"), p.perMinute}, {QStringLiteral("burst"), p.burst},
                                 {QStringLiteral("maxAttempts"), p.maxAttempts}, {QStringLiteral("timeoutSeconds"), p.timeoutSeconds},
                                 {QStringLiteral("chatModel"), p.chatModel}});
        printArray(a);
        return 0;
    }
    QList<QStringList> rows;
    for (const ProviderConfig &p : all.value()) {
        // The key's state: words in a table, a stable identifier in CSV.
        const QString key = p.name == QLatin1String("offline") ? (c.csv() ? QStringLiteral("not_needed") : AiCommands::tr("not needed"))
                            : p.hasKey                        ? (c.csv() ? QStringLiteral("set") : AiCommands::tr("set (encrypted)"))
                                                              : (c.csv() ? QStringLiteral("none") : AiCommands::tr("none"));
        rows.append({p.name, p.baseUrl, key, QString::number(p.concurrency), QString::number(p.perMinute), QString::number(p.maxAttempts),
                     QString::number(p.timeoutSeconds)});
    }
    printTable(c, {QT_TRANSLATE_NOOP("AiCommands", "provider"), QT_TRANSLATE_NOOP("AiCommands", "base URL"), QT_TRANSLATE_NOOP("AiCommands", "API key"),
                   QT_TRANSLATE_NOOP("AiCommands", "at once"), QT_TRANSLATE_NOOP("AiCommands", "per minute"), QT_TRANSLATE_NOOP("AiCommands", "attempts"),
                   QT_TRANSLATE_NOOP("AiCommands", "timeout s")},
               rows);
    return 0;
}

int test(Context &c)
{
    const auto said = ProviderSettings::test(c.words.constFirst());
    if (!said)
        return fail(said.error().message);
    out() << said.value() << '\n';
    out().flush();
    return 0;
}

int set(Context &c)
{
    const QString name = c.words.constFirst();
    const auto current = ProviderSettings::config(name);
    if (!current)
        return fail(current.error().message);
    if (c.isSet(QStringLiteral("api-key-stdin")) && c.isSet(QStringLiteral("remove-key")))
        return fail(AiCommands::tr("--api-key-stdin and --remove-key say opposite things: give one of them."), 2);
    ProviderConfig p = current.value();
    if (c.isSet(QStringLiteral("base-url")))
        p.baseUrl = c.value(QStringLiteral("base-url"));
    if (c.isSet(QStringLiteral("chat-model")))
        p.chatModel = c.value(QStringLiteral("chat-model")).trimmed();
    struct IntOption
    {
        const char *name;
        int *target;
        int min, max;
    };
    for (const IntOption &o : {IntOption{"concurrency", &p.concurrency, 1, 64}, IntOption{"burst", &p.burst, 1, 1000},
                               IntOption{"attempts", &p.maxAttempts, 1, 20}, IntOption{"timeout", &p.timeoutSeconds, 1, 3600}}) {
        const auto v = c.integer(QString::fromLatin1(o.name), *o.target, o.min, o.max);
        if (!v)
            return fail(v.error().message, 2);
        *o.target = int(v.value());
    }
    if (c.isSet(QStringLiteral("per-minute"))) {
        const auto rate = decimalNumber(c.value(QStringLiteral("per-minute")));
        if (!rate)
            return fail(AiCommands::tr("--per-minute: \"%1\" is not a number.").arg(c.value(QStringLiteral("per-minute"))), 2);
        p.perMinute = *rate;
    }
    std::optional<QString> key;
    if (c.isSet(QStringLiteral("api-key-stdin"))) {
        key = readLine().value_or(QString()).trimmed();
        if (key->isEmpty())
            return fail(AiCommands::tr("--api-key-stdin: standard input held no key (an empty line). To remove the key, use --remove-key."), 2);
    } else if (c.isSet(QStringLiteral("remove-key"))) {
        key = QString();
    }
    if (const auto s = ProviderSettings::save(p, key); !s)
        return fail(s.error().message);
    if (const auto saved = ProviderSettings::config(name))
        p = saved.value();
    out() << AiCommands::tr("%1: base URL %2, %3 at once, %4 a minute, %5 attempts; API key %6.")
                 .arg(ProviderSettings::displayName(name), p.name == QLatin1String("offline") ? AiCommands::tr("none") : p.baseUrl)
                 .arg(p.concurrency)
                 .arg(p.perMinute)
                 .arg(p.maxAttempts)
                 .arg(key ? (key->isEmpty() ? AiCommands::tr("removed") : AiCommands::tr("saved, encrypted")) : AiCommands::tr("unchanged"))
          << '\n';
    out().flush();
    return 0;
}

} // namespace

QList<Verb> providerVerbs()
{
    const char *n = QT_TRANSLATE_NOOP("AiCommands", "n");
    static const QByteArray setUsage = QByteArray(providerName())
                                       + " [--base-url URL] [--api-key-stdin | --remove-key] [--concurrency N] [--per-minute N] [--burst N]"
                                         " [--attempts N] [--timeout SECONDS] [--chat-model MODEL]";
    return {
        {.path = QStringLiteral("ai provider list"),
         .usage = "[--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "this desktop's providers: address, key (never shown), limits"),
         .formats = dataFormats(),
         .needs = Needs::Url,
         .run = list},
        {.path = QStringLiteral("ai provider set"),
         .usage = setUsage.constData(),
         .what = QT_TRANSLATE_NOOP("AiCommands", "change a provider's settings; the API key is read from standard input and stored encrypted"),
         .options = {aiOption("base-url", QT_TRANSLATE_NOOP("AiCommands", "The provider's base URL."), QT_TRANSLATE_NOOP("AiCommands", "url")),
                     aiFlag("api-key-stdin", QT_TRANSLATE_NOOP("AiCommands", "Read the API key from standard input (it is stored encrypted).")),
                     aiFlag("remove-key", QT_TRANSLATE_NOOP("AiCommands", "Remove the stored API key.")),
                     aiOption("concurrency", QT_TRANSLATE_NOOP("AiCommands", "Jobs at once for this provider."), n),
                     aiOption("per-minute", QT_TRANSLATE_NOOP("AiCommands", "Calls per minute for this provider (token bucket)."), n),
                     aiOption("burst", QT_TRANSLATE_NOOP("AiCommands", "Calls at once before the rate applies."), n),
                     aiOption("attempts", QT_TRANSLATE_NOOP("AiCommands", "Attempts per job (1–20)."), n),
                     aiOption("timeout", QT_TRANSLATE_NOOP("AiCommands", "Seconds per call."), n),
                     aiOption("chat-model", QT_TRANSLATE_NOOP("AiCommands", "OpenAI: the chat model that optimises prompts (empty: none)."),
                              QT_TRANSLATE_NOOP("AiCommands", "model"))},
         .needs = Needs::Url,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = providerName(),
         .run = set},
        {.path = QStringLiteral("ai provider test"),
         .usage = providerName(),
         .what = QT_TRANSLATE_NOOP("AiCommands", "call a provider with its settings and say what it answered"),
         .needs = Needs::Url,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = providerName(),
         .run = test},
    };
}

} // namespace Atelier::Cli::Ai
