#include "../legacy.h"
#include "../output.h"
#include "../verb.h"

#include "ai/brandpolicy.h"
#include "ai/generationqueue.h"
#include "ai/generationservice.h"
#include "ai/promptservice.h"
#include "ai/providersettings.h"
#include "ai/studioanalytics.h"
#include "ai/studiolibrary.h"
#include "ai/trainingservice.h"
#include "collaboration/resources.h"
#include "core/brandservice.h"
#include "core/database.h"

#include <QDate>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

namespace Atelier {

namespace {

using namespace Cli;

/// Column headers: the words of the person's language in a table, stable English identifiers in CSV, which scripts
/// read whatever the language ("base URL" → base_url).
QStringList columns(std::initializer_list<const char *> english, bool csv)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QStringList names;
    for (const char *word : english)
        names.append(csv ? QString::fromLatin1(word).toLower().replace(separators, QStringLiteral("_"))
                         : AiCommands::tr(word));
    return names;
}


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
    printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "id"), QT_TRANSLATE_NOOP("AiCommands", "status"), QT_TRANSLATE_NOOP("AiCommands", "provider"), QT_TRANSLATE_NOOP("AiCommands", "model"), QT_TRANSLATE_NOOP("AiCommands", "credits"),
               QT_TRANSLATE_NOOP("AiCommands", "cached"), QT_TRANSLATE_NOOP("AiCommands", "quality"), QT_TRANSLATE_NOOP("AiCommands", "prompt"), QT_TRANSLATE_NOOP("AiCommands", "error")}, format == QLatin1String("csv")),
              rows, format == QLatin1String("csv"));
}

QCommandLineOption option(const char *name, const char *what, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), AiCommands::tr(what), AiCommands::tr(value))
                 : QCommandLineOption(QString::fromLatin1(name), AiCommands::tr(what));
}

/// Runs the queue of \a url until \a done says so; an error from \a done stops it and is the exit status's reason.
int runQueue(const DatabaseUrl &url, const QStringList &providers, const std::function<Result<bool>(const QSqlDatabase &)> &done)
{
    GenerationQueue::Options options;
    options.url = url;
    options.providers = providers;
    GenerationQueue queue(options);
    QString problem, failure;
    QObject::connect(&queue, &GenerationQueue::problem, &queue, [&problem](const QString &message) { problem = message; });
    queue.start();
    QEventLoop loop;
    QTimer check;
    auto db = Database::open(url);
    if (!db)
        return fail(db.error().message);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (!problem.isEmpty()) {
            std::fprintf(stderr, "atelier: %s\n", qPrintable(problem));
            problem.clear();
        }
        auto finished = done(db.value());
        if (!finished) {
            failure = finished.error().message;
            loop.quit();
        } else if (finished.value()) {
            loop.quit();
        }
    });
    check.start(100);
    loop.exec();
    queue.stop();
    return failure.isEmpty() ? 0 : fail(failure);
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
        printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "provider"), QT_TRANSLATE_NOOP("AiCommands", "base URL"), QT_TRANSLATE_NOOP("AiCommands", "API key"), QT_TRANSLATE_NOOP("AiCommands", "at once"),
                   QT_TRANSLATE_NOOP("AiCommands", "per minute"), QT_TRANSLATE_NOOP("AiCommands", "attempts"), QT_TRANSLATE_NOOP("AiCommands", "timeout s")}, format == QLatin1String("csv")),
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
    if (p.parser.isSet(QStringLiteral("chat-model")))
        c.chatModel = p.parser.value(QStringLiteral("chat-model")).trimmed();
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

QString optionalNumber(const std::optional<double> &v, int decimals = 0)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject parameterOptions(const QCommandLineParser &parser, QString *error)
{
    QJsonObject parameters;
    for (const QString &kv : parser.values(QStringLiteral("param"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = AiCommands::tr("--param: \"%1\" is not in the form key=value.").arg(kv);
            return {};
        }
        const QString value = kv.mid(eq + 1);
        if (const auto number = decimalNumber(value))
            parameters.insert(kv.left(eq), *number);
        else
            parameters.insert(kv.left(eq), value);
    }
    return parameters;
}

int printCollection(const Collection &c, const QString &format)
{
    if (format == QLatin1String("json")) {
        printJson({{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}, {QStringLiteral("description"), c.description},
                   {QStringLiteral("shared"), c.isShared}, {QStringLiteral("count"), c.count},
                   {QStringLiteral("createdAt"), c.createdAt.toString(Qt::ISODate)}});
        return 0;
    }
    printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "id"), QT_TRANSLATE_NOOP("AiCommands", "name"), QT_TRANSLATE_NOOP("AiCommands", "generations"), QT_TRANSLATE_NOOP("AiCommands", "shared")}, format == QLatin1String("csv")),
              {{c.id, c.name, QString::number(c.count), c.isShared ? AiCommands::tr("yes") : AiCommands::tr("no")}},
              format == QLatin1String("csv"));
    return 0;
}

int collections(Parsed &p, const QSqlDatabase &db, const Brand &brand, const QStringList &words, const QString &format)
{
    const QString action = words.value(2);
    if (action.isEmpty() || action == QLatin1String("list")) {
        if (brand.id.isEmpty())
            return fail(AiCommands::tr("ai collections needs --brand SLUG."), 2);
        auto list = StudioLibrary::collections(db, brand.id);
        if (!list)
            return fail(list.error().message);
        QList<QStringList> rows;
        QJsonArray a;
        for (const Collection &c : list.value()) {
            rows.append({c.id, c.name, QString::number(c.count), c.isShared ? AiCommands::tr("yes") : AiCommands::tr("no")});
            a.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}, {QStringLiteral("count"), c.count},
                                 {QStringLiteral("shared"), c.isShared}});
        }
        if (format == QLatin1String("json"))
            out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        else
            printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "id"), QT_TRANSLATE_NOOP("AiCommands", "name"), QT_TRANSLATE_NOOP("AiCommands", "generations"), QT_TRANSLATE_NOOP("AiCommands", "shared")}, format == QLatin1String("csv")), rows,
                      format == QLatin1String("csv"));
        return 0;
    }
    if (action == QLatin1String("create")) {
        if (brand.id.isEmpty() || !p.parser.isSet(QStringLiteral("name")))
            return fail(AiCommands::tr("ai collections create needs --brand SLUG and --name NAME."), 2);
        auto c = StudioLibrary::createCollection(db, brand.id, p.parser.value(QStringLiteral("name")), p.parser.value(QStringLiteral("description")));
        if (!c)
            return fail(c.error().message);
        return printCollection(c.value(), format);
    }
    const QString id = words.value(3);
    if (id.isEmpty())
        return fail(AiCommands::tr("ai collections %1 needs the collection's id.").arg(action), 2);
    if (action == QLatin1String("add") || action == QLatin1String("remove")) {
        const QStringList ids = words.mid(4);
        if (ids.isEmpty())
            return fail(AiCommands::tr("ai collections %1 needs the generations' ids after the collection's.").arg(action), 2);
        auto n = action == QLatin1String("add") ? StudioLibrary::addToCollection(db, id, ids) : StudioLibrary::removeFromCollection(db, id, ids);
        if (!n)
            return fail(n.error().message);
        out() << (action == QLatin1String("add") ? AiCommands::tr("%n generation(s) added.", nullptr, n.value())
                                                 : AiCommands::tr("%n generation(s) removed.", nullptr, n.value()))
              << '\n';
        return 0;
    }
    if (action == QLatin1String("share")) {
        if (!p.parser.isSet(QStringLiteral("with")))
            return fail(AiCommands::tr("ai collections share needs --with NAME [--permission view|comment|edit]."), 2);
        const QString permission = p.parser.isSet(QStringLiteral("permission")) ? p.parser.value(QStringLiteral("permission")) : QStringLiteral("view");
        if (auto s = StudioLibrary::shareCollection(db, id, p.parser.value(QStringLiteral("with")), permission); !s)
            return fail(s.error().message);
        out() << AiCommands::tr("Shared with %1 (%2).").arg(p.parser.value(QStringLiteral("with")), permission) << '\n';
        return 0;
    }
    if (action == QLatin1String("export")) {
        if (!p.parser.isSet(QStringLiteral("out")))
            return fail(AiCommands::tr("ai collections export needs --out FILE.zip."), 2);
        auto n = StudioLibrary::exportCollection(db, id, p.parser.value(QStringLiteral("out")));
        if (!n)
            return fail(n.error().message);
        out() << AiCommands::tr("Wrote %1 (%n image(s) and manifest.json).", nullptr, n.value()).arg(p.parser.value(QStringLiteral("out"))) << '\n';
        return 0;
    }
    if (action == QLatin1String("show")) {
        auto items = StudioLibrary::collectionItems(db, id);
        if (!items)
            return fail(items.error().message);
        printGenerations(items.value(), format);
        return 0;
    }
    return fail(AiCommands::tr("Unknown ai collections command \"%1\"; the commands are: list, create, add, remove, share, export, show.").arg(action), 2);
}

int printDataset(const TrainingDataset &d, const QString &format)
{
    if (format == QLatin1String("json")) {
        QJsonArray images;
        for (const TrainingImage &i : d.images)
            images.append(QJsonObject{{QStringLiteral("source"), i.source}, {QStringLiteral("accepted"), i.accepted},
                                      {QStringLiteral("reason"), i.reason}, {QStringLiteral("width"), i.width},
                                      {QStringLiteral("height"), i.height}, {QStringLiteral("quality"), i.quality}});
        printJson({{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name}, {QStringLiteral("status"), d.status},
                   {QStringLiteral("validated"), d.validated}, {QStringLiteral("total"), d.total}, {QStringLiteral("quality"), d.quality},
                   {QStringLiteral("images"), images}});
        return 0;
    }
    out() << AiCommands::tr("Dataset %1 (%2): %3 of %4 images accepted, quality %5, %6.")
                 .arg(d.name, d.id)
                 .arg(d.validated)
                 .arg(d.total)
                 .arg(QString::number(d.quality, 'f', 0), d.status)
          << '\n';
    for (const TrainingImage &i : d.images)
        if (!i.accepted)
            out() << QStringLiteral("  - ") << i.reason << '\n';
    return 0;
}

int printCustomModel(const CustomModel &m, const QString &format)
{
    if (format == QLatin1String("json")) {
        printJson({{QStringLiteral("id"), m.id}, {QStringLiteral("name"), m.name}, {QStringLiteral("baseModel"), m.baseModel},
                   {QStringLiteral("dataset"), m.datasetId}, {QStringLiteral("status"), m.status}, {QStringLiteral("accuracy"), m.accuracy},
                   {QStringLiteral("training"), m.providerJobId}, {QStringLiteral("model"), m.registeredModel},
                   {QStringLiteral("error"), m.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.error)}});
        return 0;
    }
    printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "id"), QT_TRANSLATE_NOOP("AiCommands", "name"), QT_TRANSLATE_NOOP("AiCommands", "status"), QT_TRANSLATE_NOOP("AiCommands", "training"), QT_TRANSLATE_NOOP("AiCommands", "model"),
               QT_TRANSLATE_NOOP("AiCommands", "error")}, format == QLatin1String("csv")),
              {{m.id, m.name, m.status, m.providerJobId, m.registeredModel, m.error}}, format == QLatin1String("csv"));
    return 0;
}

int training(Parsed &p, const QSqlDatabase &db, const Brand &brand, const QString &verb, const QStringList &words, const QString &format)
{
    if (verb == QLatin1String("datasets")) {
        if (words.value(2) == QLatin1String("create")) {
            if (brand.id.isEmpty() || !p.parser.isSet(QStringLiteral("name")))
                return fail(AiCommands::tr("ai datasets create needs --brand SLUG and --name NAME, then --generation ID and/or --file PATH."), 2);
            const QStringList generations = p.parser.values(QStringLiteral("generation"));
            const QStringList files = p.parser.values(QStringLiteral("file"));
            if (generations.isEmpty() && files.isEmpty())
                return fail(AiCommands::tr("ai datasets create needs images: --generation ID or --file PATH (repeatable)."), 2);
            auto d = TrainingService::createDataset(db, brand.id, p.parser.value(QStringLiteral("name")), generations, files);
            if (!d)
                return fail(d.error().message);
            return printDataset(d.value(), format);
        }
        if (!words.value(2).isEmpty()) {
            auto d = TrainingService::dataset(db, words.at(2));
            if (!d)
                return fail(d.error().message);
            return printDataset(d.value(), format);
        }
        if (brand.id.isEmpty())
            return fail(AiCommands::tr("ai datasets needs --brand SLUG (or a dataset's id)."), 2);
        auto list = TrainingService::datasets(db, brand.id);
        if (!list)
            return fail(list.error().message);
        QList<QStringList> rows;
        QJsonArray a;
        for (const TrainingDataset &d : list.value()) {
            rows.append({d.id, d.name, d.status, QStringLiteral("%1 / %2").arg(d.validated).arg(d.total), QString::number(d.quality, 'f', 0)});
            a.append(QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name}, {QStringLiteral("status"), d.status},
                                 {QStringLiteral("validated"), d.validated}, {QStringLiteral("total"), d.total}, {QStringLiteral("quality"), d.quality}});
        }
        if (format == QLatin1String("json"))
            out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        else
            printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "id"), QT_TRANSLATE_NOOP("AiCommands", "name"), QT_TRANSLATE_NOOP("AiCommands", "status"), QT_TRANSLATE_NOOP("AiCommands", "accepted"), QT_TRANSLATE_NOOP("AiCommands", "quality")}, format == QLatin1String("csv")),
                      rows, format == QLatin1String("csv"));
        return 0;
    }
    if (verb == QLatin1String("train")) {
        if (words.size() != 3 || !p.parser.isSet(QStringLiteral("base-model")) || !p.parser.isSet(QStringLiteral("destination")))
            return fail(AiCommands::tr("ai train needs the dataset's id, --base-model owner/name:version and --destination owner/name."), 2);
        auto steps = integerOption(p.parser, QStringLiteral("steps"), 1000, 1, 100000);
        if (!steps)
            return fail(steps.error().message, 2);
        QString error;
        const QJsonObject extra = parameterOptions(p.parser, &error);
        if (!error.isEmpty())
            return fail(error, 2);
        auto m = TrainingService::trainModel(db, words.at(2), p.parser.value(QStringLiteral("base-model")),
                                             p.parser.value(QStringLiteral("destination")), int(steps.value()), extra);
        if (!m)
            return fail(m.error().message);
        return printCustomModel(m.value(), format);
    }
    if (verb == QLatin1String("training-status") || verb == QLatin1String("training-cancel")) {
        if (words.size() != 3)
            return fail(AiCommands::tr("ai %1 needs the custom model's id.").arg(verb), 2);
        auto m = verb == QLatin1String("training-cancel") ? TrainingService::cancelTraining(db, words.at(2))
                                                          : TrainingService::trainingStatus(db, words.at(2));
        if (!m)
            return fail(m.error().message);
        return printCustomModel(m.value(), format);
    }
    // custom-models
    if (brand.id.isEmpty())
        return fail(AiCommands::tr("ai custom-models needs --brand SLUG."), 2);
    auto list = TrainingService::customModels(db, brand.id);
    if (!list)
        return fail(list.error().message);
    QList<QStringList> rows;
    for (const CustomModel &m : list.value())
        rows.append({m.id, m.name, m.status, m.registeredModel, m.trainedAt.isValid() ? m.trainedAt.toString(Qt::ISODate) : QString()});
    printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "id"), QT_TRANSLATE_NOOP("AiCommands", "name"), QT_TRANSLATE_NOOP("AiCommands", "status"), QT_TRANSLATE_NOOP("AiCommands", "model"), QT_TRANSLATE_NOOP("AiCommands", "trained")}, format == QLatin1String("csv")), rows,
              format == QLatin1String("csv"));
    return 0;
}

int studio(Parsed &p, const QSqlDatabase &db, const Brand &brand, const QString &verb, const QStringList &words, const QString &format)
{
    const bool csv = format == QLatin1String("csv");
    const bool json = format == QLatin1String("json");
    if (verb == QLatin1String("versions")) {
        if (words.size() != 3)
            return fail(AiCommands::tr("ai versions needs the generation's id."), 2);
        if (p.parser.isSet(QStringLiteral("create"))) {
            QString error;
            const QJsonObject changes = parameterOptions(p.parser, &error);
            if (!error.isEmpty())
                return fail(error, 2);
            auto g = StudioLibrary::createVersion(db, words.at(2), p.parser.value(QStringLiteral("prompt")), changes);
            if (!g)
                return fail(g.error().message);
            if (json)
                printJson(toJson(g.value()));
            else
                printGenerations({g.value()}, format);
            return 0;
        }
        auto versions = StudioLibrary::versions(db, words.at(2));
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
        if (json)
            out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        else
            printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "version"), QT_TRANSLATE_NOOP("AiCommands", "generation"), QT_TRANSLATE_NOOP("AiCommands", "quality"), QT_TRANSLATE_NOOP("AiCommands", "prompt")}, csv), rows, csv);
        return 0;
    }
    if (verb == QLatin1String("rate") || verb == QLatin1String("star")) {
        if (words.size() != 3)
            return fail(AiCommands::tr("ai %1 needs the generation's id.").arg(verb), 2);
        if (verb == QLatin1String("star")) {
            if (auto s = StudioLibrary::star(db, words.at(2), !p.parser.isSet(QStringLiteral("off"))); !s)
                return fail(s.error().message);
            return 0;
        }
        auto stars = integerOption(p.parser, QStringLiteral("stars"), 0, 1, 5);
        if (!stars || !p.parser.isSet(QStringLiteral("stars")))
            return fail(AiCommands::tr("ai rate needs --stars 1…5."), 2);
        auto g = StudioLibrary::rate(db, words.at(2), int(stars.value()));
        if (!g)
            return fail(g.error().message);
        printGenerations({g.value()}, format);
        return 0;
    }
    if (verb == QLatin1String("collections"))
        return collections(p, db, brand, words, format);
    if (verb == QLatin1String("templates")) {
        if (words.value(2) == QLatin1String("save")) {
            PromptTemplate t;
            t.id = p.parser.value(QStringLiteral("id"));
            t.name = p.parser.value(QStringLiteral("name"));
            t.category = p.parser.value(QStringLiteral("category"));
            t.prompt = p.parser.value(QStringLiteral("prompt"));
            t.brandId = brand.id;
            auto saved = PromptService::saveTemplate(db, t);
            if (!saved)
                return fail(saved.error().message);
            out() << AiCommands::tr("Saved template %1 (%2) with variables: %3.")
                         .arg(saved->name, saved->id, saved->variables.isEmpty() ? AiCommands::tr("none") : saved->variables.join(QLatin1String(", ")))
                  << '\n';
            return 0;
        }
        auto list = PromptService::templates(db, brand.id, p.parser.value(QStringLiteral("category")));
        if (!list)
            return fail(list.error().message);
        QList<QStringList> rows;
        QJsonArray a;
        for (const PromptTemplate &t : list.value()) {
            rows.append({t.id, t.name, t.category, QString::number(t.usageCount), QString::number(100 * t.successRate, 'f', 0) + QLatin1Char('%'),
                         t.prompt.left(50)});
            a.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}, {QStringLiteral("category"), t.category},
                                 {QStringLiteral("prompt"), t.prompt}, {QStringLiteral("variables"), QJsonArray::fromStringList(t.variables)},
                                 {QStringLiteral("usageCount"), t.usageCount}, {QStringLiteral("successRate"), t.successRate}});
        }
        if (json)
            out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        else
            printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "id"), QT_TRANSLATE_NOOP("AiCommands", "name"), QT_TRANSLATE_NOOP("AiCommands", "category"), QT_TRANSLATE_NOOP("AiCommands", "uses"), QT_TRANSLATE_NOOP("AiCommands", "success"),
                       QT_TRANSLATE_NOOP("AiCommands", "prompt")}, csv),
                      rows, csv);
        return 0;
    }
    if (verb == QLatin1String("optimize") || verb == QLatin1String("suggest")) {
        if (!p.parser.isSet(QStringLiteral("prompt")))
            return fail(AiCommands::tr("ai %1 needs --prompt TEXT.").arg(verb), 2);
        if (verb == QLatin1String("optimize")) {
            auto o = PromptService::optimize(db, brand.id, p.parser.value(QStringLiteral("prompt")));
            if (!o)
                return fail(o.error().message);
            if (json) {
                printJson({{QStringLiteral("prompt"), o->prompt}, {QStringLiteral("negativePrompt"), o->negativePrompt},
                           {QStringLiteral("source"), o->source}, {QStringLiteral("changes"), QJsonArray::fromStringList(o->changes)}});
                return 0;
            }
            out() << o->prompt << '\n';
            if (!o->negativePrompt.isEmpty())
                out() << AiCommands::tr("Negative prompt: %1").arg(o->negativePrompt) << '\n';
            for (const QString &c : o->changes)
                out() << QStringLiteral("  - ") << c << '\n';
            return 0;
        }
        auto limit = integerOption(p.parser, QStringLiteral("limit"), 5, 1, 100);
        if (!limit)
            return fail(limit.error().message, 2);
        auto list = PromptService::suggestions(db, brand.id, p.parser.value(QStringLiteral("prompt")), int(limit.value()));
        if (!list)
            return fail(list.error().message);
        QList<QStringList> rows;
        QJsonArray a;
        for (const PromptSuggestion &s : list.value()) {
            rows.append({QString::number(s.similarity, 'f', 2), QString::number(s.quality, 'f', 0), s.model, s.prompt});
            a.append(QJsonObject{{QStringLiteral("prompt"), s.prompt}, {QStringLiteral("generation"), s.generationId}, {QStringLiteral("model"), s.model},
                                 {QStringLiteral("similarity"), s.similarity}, {QStringLiteral("quality"), s.quality}});
        }
        if (json)
            out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        else
            printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "similarity"), QT_TRANSLATE_NOOP("AiCommands", "quality"), QT_TRANSLATE_NOOP("AiCommands", "model"), QT_TRANSLATE_NOOP("AiCommands", "prompt")}, csv), rows, csv);
        return 0;
    }
    if (verb == QLatin1String("history")) {
        auto limit = integerOption(p.parser, QStringLiteral("limit"), 50, 1, 10000);
        if (!limit)
            return fail(limit.error().message, 2);
        auto list = PromptService::history(db, brand.id, p.parser.value(QStringLiteral("search")), int(limit.value()));
        if (!list)
            return fail(list.error().message);
        QList<QStringList> rows;
        QJsonArray a;
        for (const PromptHistoryEntry &e : list.value()) {
            rows.append({e.lastUsed.toString(Qt::ISODate), QString::number(e.uses), optionalNumber(e.meanQuality), e.lastModel, e.prompt});
            a.append(QJsonObject{{QStringLiteral("prompt"), e.prompt}, {QStringLiteral("uses"), e.uses}, {QStringLiteral("meanQuality"), jsonNumber(e.meanQuality)},
                                 {QStringLiteral("lastUsed"), e.lastUsed.toString(Qt::ISODate)}, {QStringLiteral("lastModel"), e.lastModel}});
        }
        if (json)
            out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        else
            printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "last used"), QT_TRANSLATE_NOOP("AiCommands", "uses"), QT_TRANSLATE_NOOP("AiCommands", "quality"), QT_TRANSLATE_NOOP("AiCommands", "model"), QT_TRANSLATE_NOOP("AiCommands", "prompt")}, csv),
                      rows, csv);
        return 0;
    }

    // The analytics verbs: over --from/--to, the last 30 days by default.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto range = dayRange(p.parser, today.addDays(-29), today.addDays(1));
    if (!range)
        return fail(range.error().message, 2);
    const auto [from, to] = range.value();
    if (verb == QLatin1String("compare")) {
        auto list = StudioAnalytics::compareModels(db, brand.id, from, to,
                                                   p.parser.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts));
        if (!list)
            return fail(list.error().message);
        QList<QStringList> rows;
        QJsonArray a;
        for (const ModelStats &m : list.value()) {
            rows.append({m.model, m.provider, QString::number(m.generations), QString::number(100 * m.successRate, 'f', 1) + QLatin1Char('%'),
                         optionalNumber(m.p50Ms), optionalNumber(m.p95Ms), optionalNumber(m.meanCredits, 1), optionalNumber(m.meanQuality, 1)});
            a.append(QJsonObject{{QStringLiteral("model"), m.model}, {QStringLiteral("provider"), m.provider}, {QStringLiteral("generations"), m.generations},
                                 {QStringLiteral("completed"), m.completed}, {QStringLiteral("failed"), m.failed},
                                 {QStringLiteral("successRate"), m.successRate}, {QStringLiteral("p50Ms"), jsonNumber(m.p50Ms)},
                                 {QStringLiteral("p95Ms"), jsonNumber(m.p95Ms)}, {QStringLiteral("meanCredits"), jsonNumber(m.meanCredits)},
                                 {QStringLiteral("meanQuality"), jsonNumber(m.meanQuality)}});
        }
        if (json)
            out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        else
            printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "model"), QT_TRANSLATE_NOOP("AiCommands", "provider"), QT_TRANSLATE_NOOP("AiCommands", "generations"), QT_TRANSLATE_NOOP("AiCommands", "success"),
                       QT_TRANSLATE_NOOP("AiCommands", "p50 ms"), QT_TRANSLATE_NOOP("AiCommands", "p95 ms"), QT_TRANSLATE_NOOP("AiCommands", "credits"), QT_TRANSLATE_NOOP("AiCommands", "quality")}, csv),
                      rows, csv);
        return 0;
    }
    if (verb == QLatin1String("performance")) {
        auto points = StudioAnalytics::modelPerformance(db, brand.id, p.parser.value(QStringLiteral("model")), from, to);
        if (!points)
            return fail(points.error().message);
        QList<QStringList> rows;
        QJsonArray a;
        for (const ModelPerformancePoint &pt : points.value()) {
            rows.append({pt.day.toString(Qt::ISODate), QString::number(pt.generations), QString::number(100 * pt.successRate, 'f', 1) + QLatin1Char('%'),
                         optionalNumber(pt.meanMs), optionalNumber(pt.meanQuality, 1)});
            a.append(QJsonObject{{QStringLiteral("day"), pt.day.toString(Qt::ISODate)}, {QStringLiteral("generations"), pt.generations},
                                 {QStringLiteral("successRate"), pt.successRate}, {QStringLiteral("meanMs"), jsonNumber(pt.meanMs)},
                                 {QStringLiteral("meanQuality"), jsonNumber(pt.meanQuality)}});
        }
        if (json)
            out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        else
            printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "day"), QT_TRANSLATE_NOOP("AiCommands", "generations"), QT_TRANSLATE_NOOP("AiCommands", "success"), QT_TRANSLATE_NOOP("AiCommands", "mean ms"), QT_TRANSLATE_NOOP("AiCommands", "quality")}, csv),
                      rows, csv);
        return 0;
    }
    if (verb == QLatin1String("analytics")) {
        auto a = StudioAnalytics::generationAnalytics(db, brand.id, from, to);
        if (!a)
            return fail(a.error().message);
        auto group = [](const GenerationGroup &g) {
            return QJsonObject{{QStringLiteral("key"), g.key}, {QStringLiteral("generations"), g.generations}, {QStringLiteral("completed"), g.completed},
                               {QStringLiteral("failed"), g.failed}, {QStringLiteral("canceled"), g.canceled}, {QStringLiteral("waiting"), g.waiting},
                               {QStringLiteral("cached"), g.cached}, {QStringLiteral("credits"), g.credits}};
        };
        auto groups = [&](const QList<GenerationGroup> &list) {
            QJsonArray arr;
            for (const GenerationGroup &g : list)
                arr.append(group(g));
            return arr;
        };
        if (json) {
            printJson({{QStringLiteral("total"), group(a->total)}, {QStringLiteral("byDay"), groups(a->byDay)}, {QStringLiteral("byType"), groups(a->byType)},
                       {QStringLiteral("byModel"), groups(a->byModel)}, {QStringLiteral("byStatus"), groups(a->byStatus)}});
            return 0;
        }
        QList<QStringList> rows;
        auto add = [&](const QString &what, const QList<GenerationGroup> &list) {
            for (const GenerationGroup &g : list)
                rows.append({what, g.key, QString::number(g.generations), QString::number(g.completed), QString::number(g.failed),
                             QString::number(g.cached), QString::number(g.credits)});
        };
        add(AiCommands::tr("type"), a->byType);
        add(AiCommands::tr("model"), a->byModel);
        add(AiCommands::tr("status"), a->byStatus);
        add(AiCommands::tr("day"), a->byDay);
        add(AiCommands::tr("total"), {a->total});
        printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "by"), QT_TRANSLATE_NOOP("AiCommands", "value"), QT_TRANSLATE_NOOP("AiCommands", "generations"), QT_TRANSLATE_NOOP("AiCommands", "completed"), QT_TRANSLATE_NOOP("AiCommands", "failed"),
                   QT_TRANSLATE_NOOP("AiCommands", "cached"), QT_TRANSLATE_NOOP("AiCommands", "credits")}, csv),
                  rows, csv);
        return 0;
    }
    // credit-usage
    auto usage = StudioAnalytics::creditUsage(db, brand.id, from, to);
    if (!usage)
        return fail(usage.error().message);
    QList<QStringList> rows;
    QJsonArray a;
    for (const CreditUsage &u : usage.value()) {
        rows.append({u.username, QString::number(u.charged), QString::number(u.refunded), QString::number(u.reserved),
                     u.monthlyCredits ? QStringLiteral("%1 / %2").arg(u.usedThisMonth).arg(*u.monthlyCredits) : AiCommands::tr("no quota")});
        a.append(QJsonObject{{QStringLiteral("user"), u.username}, {QStringLiteral("charged"), u.charged}, {QStringLiteral("refunded"), u.refunded},
                             {QStringLiteral("reserved"), u.reserved}, {QStringLiteral("usedThisMonth"), u.usedThisMonth},
                             {QStringLiteral("monthlyCredits"), u.monthlyCredits ? QJsonValue(*u.monthlyCredits) : QJsonValue(QJsonValue::Null)}});
    }
    if (json)
        out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
    else
        printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "person"), QT_TRANSLATE_NOOP("AiCommands", "charged"), QT_TRANSLATE_NOOP("AiCommands", "refunded"), QT_TRANSLATE_NOOP("AiCommands", "reserved"),
                   QT_TRANSLATE_NOOP("AiCommands", "this month")}, csv),
                  rows, csv);
    return 0;
}

int aiRun(const QStringList &arguments)
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
        option("chat-model", "OpenAI: the chat model that optimises prompts (empty: none).", "model"),
        option("providers", "Only these providers (comma-separated).", "list"),
        option("until-idle", "Stop once nothing is pending or processing."),
        option("set-quota", "Set the monthly credits of the person in the brand.", "n"),
        option("user", "The person (username); you by default.", "name"),
        option("older-than", "Only entries older than this many days.", "days"),
        option("template", "Generate from this prompt template (its id).", "id"),
        option("var", "A template variable, name=value (repeatable).", "name=value"),
        option("create", "Create a new version (with --prompt and/or --param)."),
        option("stars", "A rating, 1 to 5.", "n"),
        option("off", "Take the star away."),
        option("name", "A name.", "name"),
        option("description", "A description.", "text"),
        option("category", "A template category.", "category"),
        option("id", "The template to change.", "id"),
        option("with", "The person to share with (username).", "name"),
        option("permission", "view, comment or edit.", "permission"),
        option("out", "The file to write.", "file"),
        option("search", "Only prompts containing this text.", "text"),
        option("models", "Only these models (comma-separated).", "list"),
        option("from", "First day, YYYY-MM-DD (UTC).", "date"),
        option("to", "Day after the last, YYYY-MM-DD (UTC).", "date"),
        option("generation", "A generation whose image joins the dataset (repeatable).", "id"),
        option("file", "An image file that joins the dataset (repeatable).", "path"),
        option("base-model", "The Replicate trainer, owner/name:version.", "model"),
        option("destination", "The Replicate model the training creates versions of, owner/name.", "model"),
        option("steps", "Training steps.", "n"),
        option("watermark", "The watermark of the brand's generations: none, visible, invisible or metadata.", "kind"),
        option("watermark-text", "The words of a visible watermark.", "text"),
    };
    if (int code = parse(p, arguments, options, -1); code >= 0)
        return code;
    const QStringList words = p.parser.positionalArguments();
    const QString verb = words.value(1);
    static const QStringList verbs = {QStringLiteral("generate"), QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("cancel"),
                                      QStringLiteral("work"), QStringLiteral("provider"), QStringLiteral("models"),
                                      QStringLiteral("credits"), QStringLiteral("cache-stats"), QStringLiteral("cache-clear"),
                                      QStringLiteral("versions"), QStringLiteral("rate"), QStringLiteral("star"), QStringLiteral("collections"),
                                      QStringLiteral("templates"), QStringLiteral("optimize"), QStringLiteral("suggest"), QStringLiteral("history"),
                                      QStringLiteral("compare"), QStringLiteral("performance"), QStringLiteral("analytics"),
                                      QStringLiteral("credit-usage"), QStringLiteral("datasets"), QStringLiteral("train"),
                                      QStringLiteral("training-status"), QStringLiteral("training-cancel"), QStringLiteral("custom-models"),
                                      QStringLiteral("policy")};
    if (!verbs.contains(verb))
        return fail(AiCommands::tr("Unknown ai command \"%1\"; the ai commands are: %2.").arg(verb, verbs.join(QLatin1String(", "))), 2);
    const QString format = p.parser.isSet(QStringLiteral("format")) ? p.parser.value(QStringLiteral("format")) : QStringLiteral("table");
    if (!QStringList{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}.contains(format))
        return fail(AiCommands::tr("--format: \"%1\" is not one of table, json, csv.").arg(format), 2);
    if (verb == QLatin1String("provider"))
        return provider(p, words, format);

    auto db = Database::open(p.url, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error().message);
    static const QStringList branded = {QStringLiteral("generate"), QStringLiteral("credits"), QStringLiteral("cache-stats"),
                                        QStringLiteral("cache-clear"), QStringLiteral("templates"), QStringLiteral("optimize"),
                                        QStringLiteral("suggest"), QStringLiteral("history"), QStringLiteral("analytics"),
                                        QStringLiteral("credit-usage"), QStringLiteral("datasets"), QStringLiteral("train"),
                                      QStringLiteral("training-status"), QStringLiteral("training-cancel"), QStringLiteral("custom-models"),
                                      QStringLiteral("policy")};
    const bool needsBrand = branded.contains(verb);
    Brand brand;
    if (needsBrand || p.parser.isSet(QStringLiteral("brand"))) {
        if (!p.parser.isSet(QStringLiteral("brand")))
            return fail(AiCommands::tr("ai %1 needs --brand SLUG.").arg(verb), 2);
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
            if (!p.parser.isSet(QString::fromLatin1(required)) && !(p.parser.isSet(QStringLiteral("template")) && QByteArrayView(required) == "prompt"))
                return fail(AiCommands::tr("ai generate needs --%1.").arg(QString::fromLatin1(required)), 2);
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
        QString paramError;
        r.parameters = parameterOptions(p.parser, &paramError);
        if (!paramError.isEmpty())
            return fail(paramError, 2);
        if (p.parser.isSet(QStringLiteral("template"))) {
            QHash<QString, QString> values;
            for (const QString &kv : p.parser.values(QStringLiteral("var"))) {
                const qsizetype eq = kv.indexOf(QLatin1Char('='));
                if (eq <= 0)
                    return fail(AiCommands::tr("--var: \"%1\" is not in the form name=value.").arg(kv), 2);
                values.insert(kv.left(eq), kv.mid(eq + 1));
            }
            if (auto s = PromptService::applyTemplate(db.value(), p.parser.value(QStringLiteral("template")), values, r); !s)
                return fail(s.error().message);
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
            return fail(AiCommands::tr("ai %1 needs the generation's id.").arg(verb), 2);
        if (verb == QLatin1String("cancel")) {
            auto done = GenerationService::cancel(db.value(), words.at(2));
            if (!done)
                return fail(done.error().message);
            if (!done.value())
                return fail(AiCommands::tr("The generation %1 had already finished; nothing was cancelled.").arg(words.at(2)));
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
                return fail(AiCommands::tr("--providers: unknown provider \"%1\"; the providers are: %2.").arg(name, ProviderSettings::names().join(QLatin1String(", "))), 2);
        const bool untilIdle = p.parser.isSet(QStringLiteral("until-idle"));
        return runQueue(p.url, providers, [untilIdle, providers](const QSqlDatabase &conn) -> Result<bool> {
            if (!untilIdle)
                return false;
            auto pending = GenerationService::pendingCount(conn, providers);
            if (!pending)
                return pending.error();
            return pending.value() == 0;
        });
    }
    if (verb == QLatin1String("models")) {
        auto models = StudioAnalytics::listModels(db.value(), p.parser.value(QStringLiteral("provider")), p.parser.value(QStringLiteral("type")));
        if (!models)
            return fail(models.error().message);
        QList<QStringList> rows;
        QJsonArray a;
        for (const AiModel &m : models.value()) {
            rows.append({m.name, m.provider, m.type, QString::number(m.credits), QString::number(m.avgSeconds), QString::number(m.quality, 'f', 0),
                         m.active ? AiCommands::tr("yes") : AiCommands::tr("no")});
            a.append(QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("provider"), m.provider}, {QStringLiteral("type"), m.type},
                                 {QStringLiteral("credits"), m.credits}, {QStringLiteral("avgSeconds"), m.avgSeconds},
                                 {QStringLiteral("quality"), m.quality}, {QStringLiteral("active"), m.active}});
        }
        if (format == QLatin1String("json"))
            out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        else
            printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "model"), QT_TRANSLATE_NOOP("AiCommands", "provider"), QT_TRANSLATE_NOOP("AiCommands", "type"), QT_TRANSLATE_NOOP("AiCommands", "credits"), QT_TRANSLATE_NOOP("AiCommands", "avg s"), QT_TRANSLATE_NOOP("AiCommands", "quality"), QT_TRANSLATE_NOOP("AiCommands", "active")}, format == QLatin1String("csv")), rows,
                      format == QLatin1String("csv"));
        return 0;
    }
    if (verb == QLatin1String("policy")) {
        auto policy = BrandPolicy::get(db.value(), brand.id);
        if (!policy)
            return fail(policy.error().message);
        if (p.parser.isSet(QStringLiteral("watermark")) || p.parser.isSet(QStringLiteral("watermark-text"))) {
            BrandAiPolicy changed = policy.value();
            if (p.parser.isSet(QStringLiteral("watermark")))
                changed.watermark = p.parser.value(QStringLiteral("watermark"));
            if (p.parser.isSet(QStringLiteral("watermark-text")))
                changed.watermarkText = p.parser.value(QStringLiteral("watermark-text"));
            if (auto s = BrandPolicy::set(db.value(), changed); !s)
                return fail(s.error().message);
            policy = changed;
        }
        if (format == QLatin1String("json"))
            printJson({{QStringLiteral("brand"), brand.slug}, {QStringLiteral("watermark"), policy->watermark},
                       {QStringLiteral("watermarkText"), policy->watermarkText}});
        else
            out() << AiCommands::tr("%1: generations are watermarked: %2%3").arg(brand.slug, policy->watermark,
                                                                   policy->watermarkText.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(policy->watermarkText))
                  << '\n';
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
        printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "brand"), QT_TRANSLATE_NOOP("AiCommands", "monthly credits"), QT_TRANSLATE_NOOP("AiCommands", "used"), QT_TRANSLATE_NOOP("AiCommands", "reserved"), QT_TRANSLATE_NOOP("AiCommands", "left")}, format == QLatin1String("csv")),
                  {{brand.slug, b->monthlyCredits ? QString::number(*b->monthlyCredits) : AiCommands::tr("no quota"), QString::number(b->used),
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
        printRows(columns({QT_TRANSLATE_NOOP("AiCommands", "hits"), QT_TRANSLATE_NOOP("AiCommands", "misses"), QT_TRANSLATE_NOOP("AiCommands", "hit rate"), QT_TRANSLATE_NOOP("AiCommands", "bytes"), QT_TRANSLATE_NOOP("AiCommands", "credits saved")}, format == QLatin1String("csv")),
                  {{QString::number(s->hits), QString::number(s->misses), QString::number(100 * s->hitRate(), 'f', 1) + QLatin1Char('%'),
                    QString::number(s->bytes), QString::number(s->creditsSaved)}},
                  format == QLatin1String("csv"));
        return 0;
    }
    if (QStringList{QStringLiteral("datasets"), QStringLiteral("train"), QStringLiteral("training-status"), QStringLiteral("training-cancel"),
                    QStringLiteral("custom-models")}
            .contains(verb))
        return training(p, db.value(), brand, verb, words, format);
    if (verb != QLatin1String("cache-clear"))
        return studio(p, db.value(), brand, verb, words, format);
    auto days = integerOption(p.parser, QStringLiteral("older-than"), 0, 0, 36500);
    if (!days)
        return fail(days.error().message, 2);
    auto cleared = GenerationService::clearCache(db.value(), brand.id, int(days.value()));
    if (!cleared)
        return fail(cleared.error().message);
    out() << AiCommands::tr("%n cache entry(ies) cleared.", nullptr, int(cleared.value())) << '\n';
    return 0;
}

} // namespace

namespace Cli {

QList<Verb> aiVerbs()
{
    return {Verb{.path = QStringLiteral("ai"), .maxWords = -1, .legacy = [](const QStringList &a) { return aiRun(a); }}};
}

} // namespace Cli
} // namespace Atelier
