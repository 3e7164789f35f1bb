// The ai verbs of generations themselves: generate, list, get, cancel, work (the queue), versions, rate, star.
#include "aiverbs.h"

#include "ai/generationservice.h"
#include "ai/providersettings.h"
#include "ai/studioactions.h"
#include "ai/studiolibrary.h"

#include <QHash>
#include <QTextStream>

namespace Atelier::Cli::Ai {

namespace {

QCommandLineOption providerOption()
{
    return aiOption("provider", QT_TRANSLATE_NOOP("AiCommands", "Provider: openai, stability, replicate, automatic1111 or offline."),
                    QT_TRANSLATE_NOOP("AiCommands", "name"));
}

QCommandLineOption modelOption()
{
    return aiOption("model", QT_TRANSLATE_NOOP("AiCommands", "Model name (see atelier ai models)."), QT_TRANSLATE_NOOP("AiCommands", "name"));
}

int generate(Context &c)
{
    GenerationRequest r;
    r.brandId = c.brand->id;
    r.type = c.value(QStringLiteral("type"));
    r.provider = c.value(QStringLiteral("provider"));
    r.model = c.value(QStringLiteral("model"));
    r.prompt = c.value(QStringLiteral("prompt"));
    r.negativePrompt = c.value(QStringLiteral("negative"));
    const bool fromTemplate = c.isSet(QStringLiteral("template"));
    for (const char *required : {"provider", "model", "prompt"})
        if (!c.isSet(QString::fromLatin1(required)) && !(fromTemplate && QByteArrayView(required) == "prompt"))
            return fail(AiCommands::tr("ai generate needs --%1.").arg(QString::fromLatin1(required)), 2);
    if (c.isSet(QStringLiteral("var")) && !fromTemplate)
        return fail(AiCommands::tr("--var fills a template's variables: it goes with --template ID."), 2);
    if (c.isSet(QStringLiteral("seed"))) {
        const auto seed = c.integer(QStringLiteral("seed"), 0, 0, StudioActions::maxSeed);
        if (!seed)
            return fail(seed.error().message, 2);
        r.seed = seed.value();
    }
    for (auto [name, target] : {std::pair{"width", &r.width}, std::pair{"height", &r.height}}) {
        const auto v = c.integer(QString::fromLatin1(name), *target, 64, 4096);
        if (!v)
            return fail(v.error().message, 2);
        *target = int(v.value());
    }
    const auto attempts = c.integer(QStringLiteral("attempts"), 0, 1, 20);
    const auto variations = c.integer(QStringLiteral("variations"), 1, 1, StudioActions::maxVariations);
    for (const auto *v : {&attempts, &variations})
        if (!*v)
            return fail(v->error().message, 2);
    r.maxAttempts = int(attempts.value());
    const auto extra = parameters(c);
    if (!extra)
        return fail(extra.error().message, 2);
    r.parameters = extra.value();
    QHash<QString, QString> values;
    for (const QString &kv : c.values(QStringLiteral("var"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(AiCommands::tr("--var: \"%1\" is not in the form name=value.").arg(kv), 2);
        values.insert(kv.left(eq), kv.mid(eq + 1));
    }

    // The console's rule: the variations whole or none, consecutive seeds, their price against the credits left.
    const auto queued = StudioActions::enqueueVariations(c.db, r, int(variations.value()), c.value(QStringLiteral("template")), values);
    if (!queued)
        return fail(queued.error().message);
    QList<Generation> generations = queued->generations;
    auto finished = [&generations] {
        return std::all_of(generations.cbegin(), generations.cend(), [](const Generation &g) { return g.isFinished(); });
    };
    if (c.isSet(QStringLiteral("wait")) && !finished()) {
        const QStringList ids = queued->ids();
        const int code = runQueue(c, {r.provider}, [&](const QSqlDatabase &db) -> Result<bool> {
            auto now = GenerationService::byIds(db, ids);
            if (!now)
                return now.error();
            generations = now.value();
            return finished();
        });
        if (code != 0)
            return code;
    }
    if (c.isSet(QStringLiteral("variations")))
        printGenerations(c, generations);
    else
        printGeneration(c, generations.constFirst());
    const bool anyFailed = std::any_of(generations.cbegin(), generations.cend(), [](const Generation &g) { return g.status == QLatin1String("failed"); });
    return anyFailed ? 1 : 0;
}

int list(Context &c)
{
    const auto limit = c.integer(QStringLiteral("limit"), 50, 1, 100000);
    if (!limit)
        return fail(limit.error().message, 2);
    const auto list = GenerationService::list(c.db, c.brand ? c.brand->id : QString(), c.value(QStringLiteral("status")), int(limit.value()));
    if (!list)
        return fail(list.error().message);
    printGenerations(c, list.value());
    return 0;
}

int get(Context &c)
{
    const auto g = GenerationService::get(c.db, c.words.constFirst());
    if (!g)
        return fail(g.error().message);
    printGeneration(c, g.value());
    return 0;
}

/// Cancels every job named, in one transaction; prints the ones it cancelled, and fails naming those it could not.
int cancel(Context &c)
{
    const auto done = StudioActions::cancelMany(c.db, c.words);
    if (!done)
        return fail(done.error().message);
    const QStringList changed = done->cancelled + done->interrupted;
    if (!changed.isEmpty()) {
        const auto shown = GenerationService::byIds(c.db, changed);
        if (!shown)
            return fail(shown.error().message);
        if (c.words.size() == 1)
            printGeneration(c, shown->constFirst());
        else
            printGenerations(c, shown.value());
    }
    if (!done->missing.isEmpty())
        return fail(AiCommands::tr("No generation %1 (or not one you may see): nothing was done to it.")
                        .arg(done->missing.join(QLatin1String(", "))));
    if (!done->alreadyFinished.isEmpty())
        return fail(done->alreadyFinished.size() == 1 && c.words.size() == 1
                        ? AiCommands::tr("The generation %1 had already finished; nothing was cancelled.").arg(done->alreadyFinished.constFirst())
                        : AiCommands::tr("Already finished, left as they were: %1.").arg(done->alreadyFinished.join(QLatin1String(", "))));
    return 0;
}

int work(Context &c)
{
    const QStringList providers = c.value(QStringLiteral("providers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : providers)
        if (!ProviderSettings::names().contains(name))
            return fail(AiCommands::tr("--providers: unknown provider \"%1\"; the providers are: %2.")
                            .arg(name, ProviderSettings::names().join(QLatin1String(", "))),
                        2);
    const bool untilIdle = c.isSet(QStringLiteral("until-idle"));
    // Until idle: until none of these providers' jobs is left to run; a count that fails stops the work with its error.
    return runQueue(c, providers, [untilIdle, providers](const QSqlDatabase &db) -> Result<bool> {
        if (!untilIdle)
            return false;
        const auto pending = GenerationService::pendingCount(db, providers);
        if (!pending)
            return pending.error();
        return pending.value() == 0;
    });
}

int versions(Context &c)
{
    const QString id = c.words.constFirst();
    if (c.isSet(QStringLiteral("create"))) {
        const auto changes = parameters(c);
        if (!changes)
            return fail(changes.error().message, 2);
        const auto g = StudioLibrary::createVersion(c.db, id, c.value(QStringLiteral("prompt")), changes.value());
        if (!g)
            return fail(g.error().message);
        printGeneration(c, g.value());
        return 0;
    }
    if (c.isSet(QStringLiteral("prompt")) || c.isSet(QStringLiteral("param")))
        return fail(AiCommands::tr("--prompt and --param describe a new version: they go with --create."), 2);
    const auto versions = StudioLibrary::versions(c.db, id);
    if (!versions)
        return fail(versions.error().message);
    QList<QStringList> rows;
    QJsonArray a;
    for (const GenerationVersion &v : versions.value()) {
        rows.append({QString::number(v.version), v.generationId, QString::number(v.quality, 'f', 0), v.prompt.left(60)});
        a.append(QJsonObject{{QStringLiteral("version"), v.version}, {QStringLiteral("generation"), v.generationId},
                             {QStringLiteral("prompt"), v.prompt}, {QStringLiteral("parameters"), v.parameters},
                             {QStringLiteral("result"), v.resultSha256}, {QStringLiteral("quality"), v.quality}});
    }
    if (c.json())
        printArray(a);
    else
        printTable(c, {QT_TRANSLATE_NOOP("AiCommands", "version"), QT_TRANSLATE_NOOP("AiCommands", "generation"),
                       QT_TRANSLATE_NOOP("AiCommands", "quality"), QT_TRANSLATE_NOOP("AiCommands", "prompt")},
                   rows);
    return 0;
}

int rate(Context &c)
{
    if (!c.isSet(QStringLiteral("stars")))
        return fail(AiCommands::tr("ai rate needs --stars 1…5."), 2);
    const auto stars = c.integer(QStringLiteral("stars"), 0, 1, 5);
    if (!stars)
        return fail(stars.error().message, 2);
    const auto g = StudioLibrary::rate(c.db, c.words.constFirst(), int(stars.value()));
    if (!g)
        return fail(g.error().message);
    printGeneration(c, g.value());
    return 0;
}

int star(Context &c)
{
    if (const auto s = StudioLibrary::star(c.db, c.words.constFirst(), !c.isSet(QStringLiteral("off"))); !s)
        return fail(s.error().message);
    return 0;
}

} // namespace

QList<Verb> generationVerbs()
{
    const char *n = QT_TRANSLATE_NOOP("AiCommands", "n");
    const char *id = "ID";
    return {
        {.path = QStringLiteral("ai generate"),
         .usage = "--brand SLUG --provider NAME --model NAME (--prompt TEXT | --template ID [--var NAME=VALUE]…) [--type TYPE] "
                  "[--negative TEXT] [--seed N] [--variations N] [--width N] [--height N] [--param K=V]… [--attempts N] [--wait] "
                  "[--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "queue a generation (or several variations with consecutive seeds), and with --wait run it here"),
         .options = {providerOption(), modelOption(),
                     option("type", QT_TRANSLATE_NOOP("AiCommands", "Generation type: 2d, 3d, animation or template."),
                            QT_TRANSLATE_NOOP("AiCommands", "type"), "AiCommands", QStringLiteral("2d")),
                     promptOption(),
                     aiOption("negative", QT_TRANSLATE_NOOP("AiCommands", "What to avoid."), QT_TRANSLATE_NOOP("AiCommands", "text")),
                     aiOption("seed", QT_TRANSLATE_NOOP("AiCommands", "Seed (the same seed and prompt give the same picture, and a cached answer)."), n),
                     aiOption("variations",
                              QT_TRANSLATE_NOOP("AiCommands", "Queue this many variations (1–8), seeds one apart, all or none; prints a list."), n),
                     aiOption("width", QT_TRANSLATE_NOOP("AiCommands", "Width in pixels."), n),
                     aiOption("height", QT_TRANSLATE_NOOP("AiCommands", "Height in pixels."), n), paramOption(),
                     aiOption("attempts", QT_TRANSLATE_NOOP("AiCommands", "Attempts per job (1–20)."), n),
                     aiOption("template", QT_TRANSLATE_NOOP("AiCommands", "Generate from this prompt template (its id)."), QT_TRANSLATE_NOOP("AiCommands", "id")),
                     aiOption("var", QT_TRANSLATE_NOOP("AiCommands", "A template variable, name=value (repeatable)."), QT_TRANSLATE_NOOP("AiCommands", "name=value")),
                     aiFlag("wait", QT_TRANSLATE_NOOP("AiCommands", "Wait until the generation has finished, running the queue here."))},
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .run = generate},
        {.path = QStringLiteral("ai list"),
         .usage = "[--brand SLUG] [--status STATUS] [--limit N] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "the newest generations, of a brand or of every brand you see"),
         .options = {aiOption("status", QT_TRANSLATE_NOOP("AiCommands", "Only generations of this status."), QT_TRANSLATE_NOOP("AiCommands", "status")),
                     limitOption()},
         .formats = dataFormats(),
         .brand = BrandOption::Optional,
         .run = list},
        {.path = QStringLiteral("ai get"),
         .usage = "ID [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "one generation"),
         .formats = dataFormats(),
         .minWords = 1,
         .maxWords = 1,
         .wordNames = id,
         .run = get},
        {.path = QStringLiteral("ai cancel"),
         .usage = "ID… [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "cancel jobs still waiting or running, refunded, all in one transaction"),
         .formats = dataFormats(),
         .minWords = 1,
         .maxWords = -1,
         .wordNames = id,
         .run = cancel},
        {.path = QStringLiteral("ai work"),
         .usage = "[--providers LIST] [--until-idle]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "run the generation queue here (until stopped, or until idle)"),
         .options = {aiOption("providers", QT_TRANSLATE_NOOP("AiCommands", "Only these providers (comma-separated)."), QT_TRANSLATE_NOOP("AiCommands", "list")),
                     aiFlag("until-idle", QT_TRANSLATE_NOOP("AiCommands", "Stop once none of these providers' jobs is pending or processing."))},
         .run = work},
        {.path = QStringLiteral("ai versions"),
         .usage = "ID [--create [--prompt TEXT] [--param K=V]…] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "a generation's versions, or a new version of it"),
         .options = {aiFlag("create", QT_TRANSLATE_NOOP("AiCommands", "Create a new version (with --prompt and/or --param).")), promptOption(),
                     paramOption()},
         .formats = dataFormats(),
         .minWords = 1,
         .maxWords = 1,
         .wordNames = id,
         .run = versions},
        {.path = QStringLiteral("ai rate"),
         .usage = "ID --stars N [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "rate a generation, 1 to 5 stars"),
         .options = {aiOption("stars", QT_TRANSLATE_NOOP("AiCommands", "A rating, 1 to 5."), n)},
         .formats = dataFormats(),
         .minWords = 1,
         .maxWords = 1,
         .wordNames = id,
         .run = rate},
        {.path = QStringLiteral("ai star"),
         .usage = "ID [--off]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "star a generation (or take the star away)"),
         .options = {aiFlag("off", QT_TRANSLATE_NOOP("AiCommands", "Take the star away."))},
         .minWords = 1,
         .maxWords = 1,
         .wordNames = id,
         .run = star},
    };
}

} // namespace Atelier::Cli::Ai
