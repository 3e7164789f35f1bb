#include "aicommands.h"

#include "clisupport.h"

#include "ai/generationqueue.h"
#include "ai/generationservice.h"
#include "ai/providersettings.h"
#include "collaboration/resources.h"
#include "core/brandservice.h"
#include "core/database.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

namespace Atelier {

namespace {

using namespace Cli;

QJsonObject toJson(const Generation &g)
{
    QJsonObject o{{QStringLiteral("id"), g.id},
                  {QStringLiteral("type"), g.type},
                  {QStringLiteral("provider"), g.provider},
                  {QStringLiteral("model"), g.model},
                  {QStringLiteral("prompt"), g.prompt},
                  {QStringLiteral("status"), g.status},
                  {QStringLiteral("cost"), g.credits},
                  {QStringLiteral("cached"), g.cached},
                  {QStringLiteral("attempts"), g.attempts},
                  {QStringLiteral("error"), g.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g.error)},
                  {QStringLiteral("result"), g.resultSha256.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g.resultSha256)},
                  {QStringLiteral("thumbnail"), g.thumbnailSha256.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(g.thumbnailSha256)},
                  {QStringLiteral("quality"), g.quality ? QJsonValue(*g.quality) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("durationMs"), g.durationMs ? QJsonValue(*g.durationMs) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("createdAt"), g.createdAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("parameters"), g.parameters}};
    if (g.provider == QLatin1String("offline"))
        o.insert(QStringLiteral("label"), QStringLiteral("offline preview — not AI"));
    return o;
}

QStringList row(const Generation &g)
{
    return {g.id, g.status, g.provider, g.model, QString::number(g.credits), g.cached ? AiCommands::tr("yes") : AiCommands::tr("no"),
            g.quality ? QString::number(*g.quality, 'f', 0) : QString(), g.prompt.left(48), g.error.left(60)};
}

void printGenerations(const QList<Generation> &list, const QString &format)
{
    if (format == QLatin1String("json")) {
        QJsonArray a;
        for (const Generation &g : list)
            a.append(toJson(g));
        out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return;
    }
    QList<QStringList> rows;
    for (const Generation &g : list)
        rows.append(row(g));
    printRows({AiCommands::tr("id"), AiCommands::tr("status"), AiCommands::tr("provider"), AiCommands::tr("model"), AiCommands::tr("credits"),
               AiCommands::tr("cached"), AiCommands::tr("quality"), AiCommands::tr("prompt"), AiCommands::tr("error")},
              rows, format == QLatin1String("csv"));
}

QCommandLineOption option(const char *name, const char *what, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), AiCommands::tr(what), AiCommands::tr(value))
                 : QCommandLineOption(QString::fromLatin1(name), AiCommands::tr(what));
}

/// Runs the queue of \a url until \a done says so (or, with \a idle, until nothing is pending or processing).
int runQueue(const DatabaseUrl &url, const QStringList &providers, const std::function<bool(const QSqlDatabase &)> &done)
{
    GenerationQueue::Options options;
    options.url = url;
    options.providers = providers;
    GenerationQueue queue(options);
    QString problem;
    QObject::connect(&queue, &GenerationQueue::problem, &queue, [&problem](const QString &message) { problem = message; });
    queue.start();
    QEventLoop loop;
    QTimer check;
    auto db = Database::open(url);
    if (!db)
        return fail(db.error().message);
    int code = 0;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "atelier: %s\n", qPrintable(problem));
            problem.clear();
        }
        if (done(db.value()))
            loop.quit();
    });
    check.start(100);
    loop.exec();
    queue.stop();
    return code;
}

int provider(Parsed &p, const QStringList &words, const QString &format)
{
    const QString verb = words.value(2);
    if (verb == QLatin1String("list")) {
        auto all = ProviderSettings::list();
        if (!all)
            return fail(all.error().message);
        if (format == QLatin1String("json")) {
            QJsonArray a;
            for (const ProviderConfig &c : all.value())
                a.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("baseUrl"), c.baseUrl},
                                     {QStringLiteral("hasKey"), c.hasKey}, {QStringLiteral("concurrency"), c.concurrency},
                                     {QStringLiteral("perMinute"), c.perMinute}, {QStringLiteral("burst"), c.burst},
                                     {QStringLiteral("maxAttempts"), c.maxAttempts}, {QStringLiteral("timeoutSeconds"), c.timeoutSeconds}});
            out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
            return 0;
        }
        QList<QStringList> rows;
        for (const ProviderConfig &c : all.value())
            rows.append({c.name, c.baseUrl, c.name == QLatin1String("offline") ? AiCommands::tr("not needed")
                                            : c.hasKey                        ? AiCommands::tr("set (encrypted)")
                                                                              : AiCommands::tr("none"),
                         QString::number(c.concurrency), QString::number(c.perMinute), QString::number(c.maxAttempts),
                         QString::number(c.timeoutSeconds)});
        printRows({AiCommands::tr("provider"), AiCommands::tr("base URL"), AiCommands::tr("API key"), AiCommands::tr("at once"),
                   AiCommands::tr("per minute"), AiCommands::tr("attempts"), AiCommands::tr("timeout s")},
                  rows, format == QLatin1String("csv"));
        return 0;
    }
    const QString name = words.value(3);
    if (words.size() != 4)
        return fail(AiCommands::tr("ai provider %1 needs the provider's name, one of: %2.").arg(verb, ProviderSettings::names().join(QLatin1String(", "))), 2);
    if (verb == QLatin1String("test")) {
        auto said = ProviderSettings::test(name);
        if (!said)
            return fail(said.error().message);
        out() << said.value() << '\n';
        return 0;
    }
    if (verb != QLatin1String("set"))
        return fail(AiCommands::tr("Unknown ai provider command \"%1\"; the commands are: set, list, test.").arg(verb), 2);
    auto current = ProviderSettings::config(name);
    if (!current)
        return fail(current.error().message);
    ProviderConfig c = current.value();
    if (p.parser.isSet(QStringLiteral("base-url")))
        c.baseUrl = p.parser.value(QStringLiteral("base-url"));
    struct IntOption
    {
        const char *name;
        int *target;
        int min, max;
    };
    for (const IntOption &o : {IntOption{"concurrency", &c.concurrency, 1, 64}, IntOption{"burst", &c.burst, 1, 1000},
                               IntOption{"attempts", &c.maxAttempts, 1, 20}, IntOption{"timeout", &c.timeoutSeconds, 1, 3600}}) {
        auto v = integerOption(p.parser, QString::fromLatin1(o.name), *o.target, o.min, o.max);
        if (!v)
            return fail(v.error().message, 2);
        *o.target = int(v.value());
    }
    if (p.parser.isSet(QStringLiteral("per-minute"))) {
        const auto rate = decimalNumber(p.parser.value(QStringLiteral("per-minute")));
        if (!rate)
            return fail(AiCommands::tr("--per-minute: \"%1\" is not a number.").arg(p.parser.value(QStringLiteral("per-minute"))), 2);
        c.perMinute = *rate;
    }
    std::optional<QString> key;
    if (p.parser.isSet(QStringLiteral("api-key-stdin"))) {
        std::string line;
        std::getline(std::cin, line);
        key = QString::fromStdString(line).trimmed();
        if (key->isEmpty())
            return fail(AiCommands::tr("--api-key-stdin: standard input held no key (an empty line). To remove the key, use --remove-key."), 2);
    } else if (p.parser.isSet(QStringLiteral("remove-key"))) {
        key = QString();
    }
    if (auto s = ProviderSettings::save(c, key); !s)
        return fail(s.error().message);
    if (auto saved = ProviderSettings::config(name))
        c = saved.value();
    out() << AiCommands::tr("%1: base URL %2, %3 at once, %4 a minute, %5 attempts; API key %6.")
                 .arg(ProviderSettings::displayName(name), c.name == QLatin1String("offline") ? AiCommands::tr("none") : c.baseUrl)
                 .arg(c.concurrency)
                 .arg(c.perMinute)
                 .arg(c.maxAttempts)
                 .arg(key ? (key->isEmpty() ? AiCommands::tr("removed") : AiCommands::tr("saved, encrypted")) : AiCommands::tr("unchanged"))
          << '\n';
    return 0;
}

} // namespace

int AiCommands::run(const QStringList &arguments)
{
    Parsed p;
    const QList<QCommandLineOption> options = {
        option("brand", "Brand slug.", "slug"),
        option("format", "Output: table, json or csv.", "format"),
        option("provider", "Provider: openai, stability, replicate, automatic1111 or offline.", "name"),
        option("model", "Model name (see atelier ai models).", "name"),
        option("type", "Generation type: 2d, 3d, animation or template.", "type"),
        option("prompt", "What to generate.", "text"),
        option("negative", "What to avoid.", "text"),
        option("seed", "Seed (the same seed and prompt give the same picture, and a cached answer).", "n"),
        option("width", "Width in pixels.", "n"),
        option("height", "Height in pixels.", "n"),
        option("param", "A provider parameter, k=v (repeatable).", "k=v"),
        option("attempts", "Attempts per job (1–20).", "n"),
        option("wait", "Wait until the generation has finished, running the queue here."),
        option("status", "Only generations of this status.", "status"),
        option("limit", "At most this many rows.", "n"),
        option("base-url", "The provider's base URL.", "url"),
        option("api-key-stdin", "Read the API key from standard input (it is stored encrypted)."),
        option("remove-key", "Remove the stored API key."),
        option("concurrency", "Jobs at once for this provider.", "n"),
        option("per-minute", "Calls per minute for this provider (token bucket).", "n"),
        option("burst", "Calls at once before the rate applies.", "n"),
        option("timeout", "Seconds per call.", "n"),
        option("providers", "Only these providers (comma-separated).", "list"),
        option("until-idle", "Stop once nothing is pending or processing."),
        option("set-quota", "Set the monthly credits of the person in the brand.", "n"),
        option("user", "The person (username); you by default.", "name"),
        option("older-than", "Only entries older than this many days.", "days"),
    };
    if (int code = parse(p, arguments, options, -1); code >= 0)
        return code;
    const QStringList words = p.parser.positionalArguments();
    const QString verb = words.value(1);
    static const QStringList verbs = {QStringLiteral("generate"), QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("cancel"),
                                      QStringLiteral("work"), QStringLiteral("provider"), QStringLiteral("models"),
                                      QStringLiteral("credits"), QStringLiteral("cache-stats"), QStringLiteral("cache-clear")};
    if (!verbs.contains(verb))
        return fail(tr("Unknown ai command \"%1\"; the ai commands are: %2.").arg(verb, verbs.join(QLatin1String(", "))), 2);
    const QString format = p.parser.isSet(QStringLiteral("format")) ? p.parser.value(QStringLiteral("format")) : QStringLiteral("table");
    if (!QStringList{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}.contains(format))
        return fail(tr("--format: \"%1\" is not one of table, json, csv.").arg(format), 2);
    if (verb == QLatin1String("provider"))
        return provider(p, words, format);

    auto db = Database::open(p.url, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error().message);
    const bool needsBrand = verb == QLatin1String("generate") || verb == QLatin1String("credits") || verb == QLatin1String("cache-stats")
                            || verb == QLatin1String("cache-clear");
    Brand brand;
    if (needsBrand || p.parser.isSet(QStringLiteral("brand"))) {
        if (!p.parser.isSet(QStringLiteral("brand")))
            return fail(tr("ai %1 needs --brand SLUG.").arg(verb), 2);
        auto found = BrandService::bySlug(db.value(), p.parser.value(QStringLiteral("brand")));
        if (!found)
            return fail(found.error().message);
        brand = found.value();
    }

    if (verb == QLatin1String("generate")) {
        GenerationRequest r;
        r.brandId = brand.id;
        r.type = p.parser.isSet(QStringLiteral("type")) ? p.parser.value(QStringLiteral("type")) : QStringLiteral("2d");
        r.provider = p.parser.value(QStringLiteral("provider"));
        r.model = p.parser.value(QStringLiteral("model"));
        r.prompt = p.parser.value(QStringLiteral("prompt"));
        r.negativePrompt = p.parser.value(QStringLiteral("negative"));
        for (const char *required : {"provider", "model", "prompt"})
            if (!p.parser.isSet(QString::fromLatin1(required)))
                return fail(tr("ai generate needs --%1.").arg(QString::fromLatin1(required)), 2);
        if (p.parser.isSet(QStringLiteral("seed"))) {
            auto seed = integerOption(p.parser, QStringLiteral("seed"), 0, 0, std::numeric_limits<qint32>::max());
            if (!seed)
                return fail(seed.error().message, 2);
            r.seed = seed.value();
        }
        for (auto [name, target] : {std::pair{"width", &r.width}, std::pair{"height", &r.height}}) {
            auto v = integerOption(p.parser, QString::fromLatin1(name), *target, 64, 4096);
            if (!v)
                return fail(v.error().message, 2);
            *target = int(v.value());
        }
        auto attempts = integerOption(p.parser, QStringLiteral("attempts"), 0, 1, 20);
        if (!attempts)
            return fail(attempts.error().message, 2);
        r.maxAttempts = int(attempts.value());
        for (const QString &kv : p.parser.values(QStringLiteral("param"))) {
            const qsizetype eq = kv.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return fail(tr("--param: \"%1\" is not in the form key=value.").arg(kv), 2);
            const QString value = kv.mid(eq + 1);
            if (const auto number = decimalNumber(value))
                r.parameters.insert(kv.left(eq), *number);
            else
                r.parameters.insert(kv.left(eq), value);
        }
        auto queued = GenerationService::enqueue(db.value(), r);
        if (!queued)
            return fail(queued.error().message);
        Generation g = queued.value();
        if (p.parser.isSet(QStringLiteral("wait")) && !g.isFinished()) {
            const QString id = g.id;
            runQueue(p.url, {g.provider}, [&g, id](const QSqlDatabase &conn) {
                auto now = GenerationService::get(conn, id);
                if (now)
                    g = now.value();
                return !now || g.isFinished();
            });
        }
        if (format == QLatin1String("json"))
            printJson(toJson(g));
        else
            printGenerations({g}, format);
        return g.status == QLatin1String("failed") ? 1 : 0;
    }
    if (verb == QLatin1String("list")) {
        auto limit = integerOption(p.parser, QStringLiteral("limit"), 50, 1, 100000);
        if (!limit)
            return fail(limit.error().message, 2);
        auto list = GenerationService::list(db.value(), brand.id, p.parser.value(QStringLiteral("status")), int(limit.value()));
        if (!list)
            return fail(list.error().message);
        printGenerations(list.value(), format);
        return 0;
    }
    if (verb == QLatin1String("get") || verb == QLatin1String("cancel")) {
        if (words.size() != 3)
            return fail(tr("ai %1 needs the generation's id.").arg(verb), 2);
        if (verb == QLatin1String("cancel")) {
            auto done = GenerationService::cancel(db.value(), words.at(2));
            if (!done)
                return fail(done.error().message);
            if (!done.value())
                return fail(tr("The generation %1 had already finished; nothing was cancelled.").arg(words.at(2)));
        }
        auto g = GenerationService::get(db.value(), words.at(2));
        if (!g)
            return fail(g.error().message);
        if (format == QLatin1String("json"))
            printJson(toJson(g.value()));
        else
            printGenerations({g.value()}, format);
        return 0;
    }
    if (verb == QLatin1String("work")) {
        const QStringList providers = p.parser.value(QStringLiteral("providers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &name : providers)
            if (!ProviderSettings::names().contains(name))
                return fail(tr("--providers: unknown provider \"%1\"; the providers are: %2.").arg(name, ProviderSettings::names().join(QLatin1String(", "))), 2);
        const bool untilIdle = p.parser.isSet(QStringLiteral("until-idle"));
        return runQueue(p.url, providers, [untilIdle](const QSqlDatabase &conn) {
            if (!untilIdle)
                return false;
            QSqlQuery q(conn);
            return q.exec(QStringLiteral("SELECT count(*) FROM ai_generations WHERE status IN ('pending', 'processing')")) && q.next()
                   && q.value(0).toLongLong() == 0;
        });
    }
    if (verb == QLatin1String("models")) {
        const QString only = p.parser.value(QStringLiteral("provider"));
        QSqlQuery q(db.value());
        q.prepare(QStringLiteral("SELECT name, provider, type, cost_per_generation, avg_time, quality, is_active FROM ai_models %1 "
                                 "ORDER BY provider, name")
                      .arg(only.isEmpty() ? QString() : QStringLiteral("WHERE provider = ?")));
        if (!only.isEmpty())
            q.addBindValue(only);
        if (!q.exec())
            return fail(Database::queryError(q, tr("Reading the models")).message);
        QList<QStringList> rows;
        QJsonArray a;
        while (q.next()) {
            const int credits = int(std::lround(q.value(3).value<double>() * 100));
            rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), QString::number(credits),
                         q.value(4).toString(), q.value(5).toString(), q.value(6).toBool() ? tr("yes") : tr("no")});
            a.append(QJsonObject{{QStringLiteral("name"), q.value(0).toString()}, {QStringLiteral("provider"), q.value(1).toString()},
                                 {QStringLiteral("type"), q.value(2).toString()}, {QStringLiteral("credits"), credits},
                                 {QStringLiteral("avgSeconds"), q.value(4).toInt()}, {QStringLiteral("quality"), q.value(5).value<double>()},
                                 {QStringLiteral("active"), q.value(6).toBool()}});
        }
        if (format == QLatin1String("json"))
            out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        else
            printRows({tr("model"), tr("provider"), tr("type"), tr("credits"), tr("avg s"), tr("quality"), tr("active")}, rows,
                      format == QLatin1String("csv"));
        return 0;
    }
    if (verb == QLatin1String("credits")) {
        auto who = p.parser.isSet(QStringLiteral("user")) ? Collaboration::userIdOf(db.value(), p.parser.value(QStringLiteral("user")))
                                                          : Collaboration::currentUserId(db.value());
        if (!who)
            return fail(who.error().message);
        if (p.parser.isSet(QStringLiteral("set-quota"))) {
            auto n = integerOption(p.parser, QStringLiteral("set-quota"), 0, 0, 100000000);
            if (!n)
                return fail(n.error().message, 2);
            if (auto s = GenerationService::setQuota(db.value(), who.value(), brand.id, int(n.value())); !s)
                return fail(s.error().message);
        }
        auto b = GenerationService::credits(db.value(), who.value(), brand.id);
        if (!b)
            return fail(b.error().message);
        const QJsonValue quota = b->monthlyCredits ? QJsonValue(*b->monthlyCredits) : QJsonValue(QJsonValue::Null);
        if (format == QLatin1String("json")) {
            printJson({{QStringLiteral("user"), b->userId}, {QStringLiteral("brand"), brand.slug}, {QStringLiteral("monthlyCredits"), quota},
                       {QStringLiteral("used"), b->used}, {QStringLiteral("reserved"), b->reserved},
                       {QStringLiteral("left"), b->monthlyCredits ? QJsonValue(*b->monthlyCredits - b->used - b->reserved) : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("periodStart"), b->periodStart.toString(Qt::ISODate)}});
            return 0;
        }
        printRows({tr("brand"), tr("monthly credits"), tr("used"), tr("reserved"), tr("left")},
                  {{brand.slug, b->monthlyCredits ? QString::number(*b->monthlyCredits) : tr("no quota"), QString::number(b->used),
                    QString::number(b->reserved), b->monthlyCredits ? QString::number(*b->monthlyCredits - b->used - b->reserved) : QString()}},
                  format == QLatin1String("csv"));
        return 0;
    }
    if (verb == QLatin1String("cache-stats")) {
        auto s = GenerationService::cacheStats(db.value(), brand.id);
        if (!s)
            return fail(s.error().message);
        if (format == QLatin1String("json")) {
            printJson({{QStringLiteral("hits"), s->hits}, {QStringLiteral("misses"), s->misses}, {QStringLiteral("hitRate"), s->hitRate()},
                       {QStringLiteral("bytes"), s->bytes}, {QStringLiteral("creditsSaved"), s->creditsSaved}});
            return 0;
        }
        printRows({tr("hits"), tr("misses"), tr("hit rate"), tr("bytes"), tr("credits saved")},
                  {{QString::number(s->hits), QString::number(s->misses), QString::number(100 * s->hitRate(), 'f', 1) + QLatin1Char('%'),
                    QString::number(s->bytes), QString::number(s->creditsSaved)}},
                  format == QLatin1String("csv"));
        return 0;
    }
    // cache-clear
    auto days = integerOption(p.parser, QStringLiteral("older-than"), 0, 0, 36500);
    if (!days)
        return fail(days.error().message, 2);
    auto cleared = GenerationService::clearCache(db.value(), brand.id, int(days.value()));
    if (!cleared)
        return fail(cleared.error().message);
    out() << tr("%n cache entry(ies) cleared.", nullptr, int(cleared.value())) << '\n';
    return 0;
}

} // namespace Atelier
