// The ai verbs of what people keep and reuse: collections, prompt templates, prompt optimisation, suggestions and
// history.
#include "aiverbs.h"

#include "ai/promptservice.h"
#include "ai/studiolibrary.h"

#include <QTextStream>

namespace Atelier::Cli::Ai {

namespace {

QJsonObject toJson(const Collection &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("description"), c.description},
            {QStringLiteral("shared"), c.isShared},
            {QStringLiteral("count"), c.count},
            {QStringLiteral("createdAt"), c.createdAt.toString(Qt::ISODate)}};
}

void printCollections(const Context &context, const QList<Collection> &list, bool one)
{
    if (context.json()) {
        QJsonArray a;
        for (const Collection &c : list)
            a.append(toJson(c));
        if (one && !list.isEmpty())
            printJson(toJson(list.constFirst()));
        else
            printArray(a);
        return;
    }
    QList<QStringList> rows;
    for (const Collection &c : list)
        rows.append({c.id, c.name, QString::number(c.count), yesNo(c.isShared)});
    printTable(context, {QT_TRANSLATE_NOOP("AiCommands", "id"), QT_TRANSLATE_NOOP("AiCommands", "name"), QT_TRANSLATE_NOOP("AiCommands", "generations"),
                         QT_TRANSLATE_NOOP("AiCommands", "shared")},
               rows);
}

int collections(Context &c)
{
    const auto list = StudioLibrary::collections(c.db, c.brand->id);
    if (!list)
        return fail(list.error().message);
    printCollections(c, list.value(), false);
    return 0;
}

int collectionsCreate(Context &c)
{
    if (!c.isSet(QStringLiteral("name")))
        return fail(AiCommands::tr("ai collections create needs --brand SLUG and --name NAME."), 2);
    const auto created = StudioLibrary::createCollection(c.db, c.brand->id, c.value(QStringLiteral("name")), c.value(QStringLiteral("description")));
    if (!created)
        return fail(created.error().message);
    printCollections(c, {created.value()}, true);
    return 0;
}

int collectionsAddOrRemove(Context &c, bool add)
{
    const QString id = c.words.constFirst();
    const QStringList ids = c.words.mid(1);
    const auto n = add ? StudioLibrary::addToCollection(c.db, id, ids) : StudioLibrary::removeFromCollection(c.db, id, ids);
    if (!n)
        return fail(n.error().message);
    out() << (add ? AiCommands::tr("%n generation(s) added.", nullptr, n.value()) : AiCommands::tr("%n generation(s) removed.", nullptr, n.value()))
          << '\n';
    out().flush();
    return 0;
}

int collectionsShare(Context &c)
{
    if (!c.isSet(QStringLiteral("with")))
        return fail(AiCommands::tr("ai collections share needs --with NAME [--permission view|comment|edit]."), 2);
    const QString permission = c.value(QStringLiteral("permission"));
    if (const auto s = StudioLibrary::shareCollection(c.db, c.words.constFirst(), c.value(QStringLiteral("with")), permission); !s)
        return fail(s.error().message);
    out() << AiCommands::tr("Shared with %1 (%2).").arg(c.value(QStringLiteral("with")), permission) << '\n';
    out().flush();
    return 0;
}

int collectionsExport(Context &c)
{
    if (!c.isSet(QStringLiteral("out")))
        return fail(AiCommands::tr("ai collections export needs --out FILE.zip."), 2);
    const QString path = c.value(QStringLiteral("out"));
    const auto n = StudioLibrary::exportCollection(c.db, c.words.constFirst(), path);
    if (!n)
        return fail(n.error().message);
    out() << AiCommands::tr("Wrote %1 (%n image(s) and manifest.json).", nullptr, n.value()).arg(path) << '\n';
    out().flush();
    return 0;
}

int collectionsShow(Context &c)
{
    const auto items = StudioLibrary::collectionItems(c.db, c.words.constFirst());
    if (!items)
        return fail(items.error().message);
    printGenerations(c, items.value());
    return 0;
}

int templates(Context &c)
{
    const auto list = PromptService::templates(c.db, c.brand->id, c.value(QStringLiteral("category")));
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
    if (c.json())
        printArray(a);
    else
        printTable(c, {QT_TRANSLATE_NOOP("AiCommands", "id"), QT_TRANSLATE_NOOP("AiCommands", "name"), QT_TRANSLATE_NOOP("AiCommands", "category"),
                       QT_TRANSLATE_NOOP("AiCommands", "uses"), QT_TRANSLATE_NOOP("AiCommands", "success"), QT_TRANSLATE_NOOP("AiCommands", "prompt")},
                   rows);
    return 0;
}

int templatesSave(Context &c)
{
    PromptTemplate t;
    t.id = c.value(QStringLiteral("id"));
    t.name = c.value(QStringLiteral("name"));
    t.category = c.value(QStringLiteral("category"));
    t.prompt = c.value(QStringLiteral("prompt"));
    t.brandId = c.brand->id;
    const auto saved = PromptService::saveTemplate(c.db, t);
    if (!saved)
        return fail(saved.error().message);
    out() << AiCommands::tr("Saved template %1 (%2) with variables: %3.")
                 .arg(saved->name, saved->id, saved->variables.isEmpty() ? AiCommands::tr("none") : saved->variables.join(QLatin1String(", ")))
          << '\n';
    out().flush();
    return 0;
}

int optimize(Context &c)
{
    if (!c.isSet(QStringLiteral("prompt")))
        return fail(AiCommands::tr("ai %1 needs --prompt TEXT.").arg(QStringLiteral("optimize")), 2);
    const auto o = PromptService::optimize(c.db, c.brand->id, c.value(QStringLiteral("prompt")));
    if (!o)
        return fail(o.error().message);
    if (c.json()) {
        printJson({{QStringLiteral("prompt"), o->prompt}, {QStringLiteral("negativePrompt"), o->negativePrompt},
                   {QStringLiteral("source"), o->source}, {QStringLiteral("changes"), QJsonArray::fromStringList(o->changes)}});
        return 0;
    }
    out() << o->prompt << '\n';
    if (!o->negativePrompt.isEmpty())
        out() << AiCommands::tr("Negative prompt: %1").arg(o->negativePrompt) << '\n';
    for (const QString &change : o->changes)
        out() << QStringLiteral("  - ") << change << '\n';
    out().flush();
    return 0;
}

int suggest(Context &c)
{
    if (!c.isSet(QStringLiteral("prompt")))
        return fail(AiCommands::tr("ai %1 needs --prompt TEXT.").arg(QStringLiteral("suggest")), 2);
    const auto limit = c.integer(QStringLiteral("limit"), 5, 1, 100);
    if (!limit)
        return fail(limit.error().message, 2);
    const auto list = PromptService::suggestions(c.db, c.brand->id, c.value(QStringLiteral("prompt")), int(limit.value()));
    if (!list)
        return fail(list.error().message);
    QList<QStringList> rows;
    QJsonArray a;
    for (const PromptSuggestion &s : list.value()) {
        rows.append({QString::number(s.similarity, 'f', 2), QString::number(s.quality, 'f', 0), s.model, s.prompt});
        a.append(QJsonObject{{QStringLiteral("prompt"), s.prompt}, {QStringLiteral("generation"), s.generationId}, {QStringLiteral("model"), s.model},
                             {QStringLiteral("similarity"), s.similarity}, {QStringLiteral("quality"), s.quality}});
    }
    if (c.json())
        printArray(a);
    else
        printTable(c, {QT_TRANSLATE_NOOP("AiCommands", "similarity"), QT_TRANSLATE_NOOP("AiCommands", "quality"), QT_TRANSLATE_NOOP("AiCommands", "model"),
                       QT_TRANSLATE_NOOP("AiCommands", "prompt")},
                   rows);
    return 0;
}

int history(Context &c)
{
    const auto limit = c.integer(QStringLiteral("limit"), 50, 1, 10000);
    if (!limit)
        return fail(limit.error().message, 2);
    const auto list = PromptService::history(c.db, c.brand->id, c.value(QStringLiteral("search")), int(limit.value()));
    if (!list)
        return fail(list.error().message);
    QList<QStringList> rows;
    QJsonArray a;
    for (const PromptHistoryEntry &e : list.value()) {
        rows.append({e.lastUsed.toString(Qt::ISODate), QString::number(e.uses), optionalNumber(e.meanQuality), e.lastModel, e.prompt});
        a.append(QJsonObject{{QStringLiteral("prompt"), e.prompt}, {QStringLiteral("uses"), e.uses}, {QStringLiteral("meanQuality"), jsonNumber(e.meanQuality)},
                             {QStringLiteral("lastUsed"), e.lastUsed.toString(Qt::ISODate)}, {QStringLiteral("lastModel"), e.lastModel}});
    }
    if (c.json())
        printArray(a);
    else
        printTable(c, {QT_TRANSLATE_NOOP("AiCommands", "last used"), QT_TRANSLATE_NOOP("AiCommands", "uses"), QT_TRANSLATE_NOOP("AiCommands", "quality"),
                       QT_TRANSLATE_NOOP("AiCommands", "model"), QT_TRANSLATE_NOOP("AiCommands", "prompt")},
                   rows);
    return 0;
}

QCommandLineOption categoryOption()
{
    return aiOption("category", QT_TRANSLATE_NOOP("AiCommands", "A template category."), QT_TRANSLATE_NOOP("AiCommands", "category"));
}

} // namespace

QList<Verb> libraryVerbs()
{
    const char *collection = "COLLECTION";
    const auto listRow = [](const QString &path) {
        return Verb{.path = path,
                    .usage = "--brand SLUG [--format table|json|csv]",
                    .what = QT_TRANSLATE_NOOP("AiCommands", "the brand's collections"),
                    .formats = dataFormats(),
                    .brand = BrandOption::Required,
                    .run = collections};
    };
    return {
        listRow(QStringLiteral("ai collections")),
        listRow(QStringLiteral("ai collections list")),
        {.path = QStringLiteral("ai collections create"),
         .usage = "--brand SLUG --name NAME [--description TEXT] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "create a collection"),
         .options = {nameOption(), aiOption("description", QT_TRANSLATE_NOOP("AiCommands", "A description."), QT_TRANSLATE_NOOP("AiCommands", "text"))},
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .run = collectionsCreate},
        {.path = QStringLiteral("ai collections add"),
         .usage = "COLLECTION GENERATION…",
         .what = QT_TRANSLATE_NOOP("AiCommands", "add generations to a collection"),
         .minWords = 2,
         .maxWords = -1,
         .wordNames = "COLLECTION GENERATION…",
         .run = [](Context &c) { return collectionsAddOrRemove(c, true); }},
        {.path = QStringLiteral("ai collections remove"),
         .usage = "COLLECTION GENERATION…",
         .what = QT_TRANSLATE_NOOP("AiCommands", "take generations out of a collection"),
         .minWords = 2,
         .maxWords = -1,
         .wordNames = "COLLECTION GENERATION…",
         .run = [](Context &c) { return collectionsAddOrRemove(c, false); }},
        {.path = QStringLiteral("ai collections share"),
         .usage = "COLLECTION --with NAME [--permission view|comment|edit]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "share a collection with a person"),
         .options = {aiOption("with", QT_TRANSLATE_NOOP("AiCommands", "The person to share with (username)."), QT_TRANSLATE_NOOP("AiCommands", "name")),
                     option("permission", QT_TRANSLATE_NOOP("AiCommands", "view, comment or edit."), QT_TRANSLATE_NOOP("AiCommands", "permission"),
                            "AiCommands", QStringLiteral("view"))},
         .minWords = 1,
         .maxWords = 1,
         .wordNames = collection,
         .run = collectionsShare},
        {.path = QStringLiteral("ai collections export"),
         .usage = "COLLECTION --out FILE.zip",
         .what = QT_TRANSLATE_NOOP("AiCommands", "write a collection's images and their manifest to a zip"),
         .options = {aiOption("out", QT_TRANSLATE_NOOP("AiCommands", "The file to write."), QT_TRANSLATE_NOOP("AiCommands", "file"))},
         .minWords = 1,
         .maxWords = 1,
         .wordNames = collection,
         .run = collectionsExport},
        {.path = QStringLiteral("ai collections show"),
         .usage = "COLLECTION [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "the generations of a collection"),
         .formats = dataFormats(),
         .minWords = 1,
         .maxWords = 1,
         .wordNames = collection,
         .run = collectionsShow},
        {.path = QStringLiteral("ai templates"),
         .usage = "--brand SLUG [--category CATEGORY] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "the prompt templates of a brand (and of every brand)"),
         .options = {categoryOption()},
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .run = templates},
        {.path = QStringLiteral("ai templates save"),
         .usage = "--brand SLUG --name NAME --prompt TEXT [--category CATEGORY] [--id ID]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "save a prompt template ({variables} in its prompt)"),
         .options = {nameOption(), promptOption(), categoryOption(),
                     aiOption("id", QT_TRANSLATE_NOOP("AiCommands", "The template to change."), QT_TRANSLATE_NOOP("AiCommands", "id"))},
         .brand = BrandOption::Required,
         .run = templatesSave},
        {.path = QStringLiteral("ai optimize"),
         .usage = "--brand SLUG --prompt TEXT [--format table|json]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "a better prompt, with what was changed"),
         .options = {promptOption()},
         .formats = textFormats(),
         .brand = BrandOption::Required,
         .run = optimize},
        {.path = QStringLiteral("ai suggest"),
         .usage = "--brand SLUG --prompt TEXT [--limit N] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "prompts like this one that gave good results"),
         .options = {promptOption(), limitOption()},
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .run = suggest},
        {.path = QStringLiteral("ai history"),
         .usage = "--brand SLUG [--search TEXT] [--limit N] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "the prompts used in a brand, newest first"),
         .options = {aiOption("search", QT_TRANSLATE_NOOP("AiCommands", "Only prompts containing this text."), QT_TRANSLATE_NOOP("AiCommands", "text")),
                     limitOption()},
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .run = history},
    };
}

} // namespace Atelier::Cli::Ai
