// The ai verbs of the studio around the generations: the models and how they do, generations and credits over a
// period, a person's credits, the result cache, the brand's policy, training datasets and custom models.
#include "aiverbs.h"

#include "ai/brandpolicy.h"
#include "ai/generationservice.h"
#include "ai/studioactions.h"
#include "ai/studioanalytics.h"
#include "ai/trainingservice.h"
#include "collaboration/resources.h"

#include <QLocale>
#include <QTextStream>

namespace Atelier::Cli::Ai {

namespace {

QString percent(double share)
{
    return QString::number(100 * share, 'f', 1) + QLatin1Char('%');
}

int models(Context &c)
{
    const auto models = StudioAnalytics::listModels(c.db, c.value(QStringLiteral("provider")), c.value(QStringLiteral("type")));
    if (!models)
        return fail(models.error().message);
    QList<QStringList> rows;
    QJsonArray a;
    for (const AiModel &m : models.value()) {
        rows.append({m.name, m.provider, m.type, QString::number(m.credits), QString::number(m.avgSeconds), QString::number(m.quality, 'f', 0),
                     yesNo(m.active)});
        a.append(QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("provider"), m.provider}, {QStringLiteral("type"), m.type},
                             {QStringLiteral("credits"), m.credits}, {QStringLiteral("avgSeconds"), m.avgSeconds},
                             {QStringLiteral("quality"), m.quality}, {QStringLiteral("active"), m.active}});
    }
    if (c.json())
        printArray(a);
    else
        printTable(c, {QT_TRANSLATE_NOOP("AiCommands", "model"), QT_TRANSLATE_NOOP("AiCommands", "provider"), QT_TRANSLATE_NOOP("AiCommands", "type"),
                       QT_TRANSLATE_NOOP("AiCommands", "credits"), QT_TRANSLATE_NOOP("AiCommands", "avg s"), QT_TRANSLATE_NOOP("AiCommands", "quality"),
                       QT_TRANSLATE_NOOP("AiCommands", "active")},
                   rows);
    return 0;
}

QString brandId(const Context &c)
{
    return c.brand ? c.brand->id : QString();
}

int compare(Context &c)
{
    const auto range = lastDays(c);
    if (!range)
        return fail(range.error().message, 2);
    const auto list = StudioAnalytics::compareModels(c.db, brandId(c), range->first, range->second,
                                                     c.value(QStringLiteral("models")).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (!list)
        return fail(list.error().message);
    QList<QStringList> rows;
    QJsonArray a;
    for (const ModelStats &m : list.value()) {
        rows.append({m.model, m.provider, QString::number(m.generations), percent(m.successRate), optionalNumber(m.p50Ms), optionalNumber(m.p95Ms),
                     optionalNumber(m.meanCredits, 1), optionalNumber(m.meanQuality, 1)});
        a.append(QJsonObject{{QStringLiteral("model"), m.model}, {QStringLiteral("provider"), m.provider}, {QStringLiteral("generations"), m.generations},
                             {QStringLiteral("completed"), m.completed}, {QStringLiteral("failed"), m.failed},
                             {QStringLiteral("successRate"), m.successRate}, {QStringLiteral("p50Ms"), jsonNumber(m.p50Ms)},
                             {QStringLiteral("p95Ms"), jsonNumber(m.p95Ms)}, {QStringLiteral("meanCredits"), jsonNumber(m.meanCredits)},
                             {QStringLiteral("meanQuality"), jsonNumber(m.meanQuality)}});
    }
    if (c.json())
        printArray(a);
    else
        printTable(c, {QT_TRANSLATE_NOOP("AiCommands", "model"), QT_TRANSLATE_NOOP("AiCommands", "provider"), QT_TRANSLATE_NOOP("AiCommands", "generations"),
                       QT_TRANSLATE_NOOP("AiCommands", "success"), QT_TRANSLATE_NOOP("AiCommands", "p50 ms"), QT_TRANSLATE_NOOP("AiCommands", "p95 ms"),
                       QT_TRANSLATE_NOOP("AiCommands", "credits"), QT_TRANSLATE_NOOP("AiCommands", "quality")},
                   rows);
    return 0;
}

int performance(Context &c)
{
    if (!c.isSet(QStringLiteral("model")))
        return fail(AiCommands::tr("ai performance needs --model NAME."), 2);
    const auto range = lastDays(c);
    if (!range)
        return fail(range.error().message, 2);
    const auto points = StudioAnalytics::modelPerformance(c.db, brandId(c), c.value(QStringLiteral("model")), range->first, range->second);
    if (!points)
        return fail(points.error().message);
    QList<QStringList> rows;
    QJsonArray a;
    for (const ModelPerformancePoint &pt : points.value()) {
        rows.append({pt.day.toString(Qt::ISODate), QString::number(pt.generations), percent(pt.successRate), optionalNumber(pt.meanMs),
                     optionalNumber(pt.meanQuality, 1)});
        a.append(QJsonObject{{QStringLiteral("day"), pt.day.toString(Qt::ISODate)}, {QStringLiteral("generations"), pt.generations},
                             {QStringLiteral("successRate"), pt.successRate}, {QStringLiteral("meanMs"), jsonNumber(pt.meanMs)},
                             {QStringLiteral("meanQuality"), jsonNumber(pt.meanQuality)}});
    }
    if (c.json())
        printArray(a);
    else
        printTable(c, {QT_TRANSLATE_NOOP("AiCommands", "day"), QT_TRANSLATE_NOOP("AiCommands", "generations"), QT_TRANSLATE_NOOP("AiCommands", "success"),
                       QT_TRANSLATE_NOOP("AiCommands", "mean ms"), QT_TRANSLATE_NOOP("AiCommands", "quality")},
                   rows);
    return 0;
}

int analytics(Context &c)
{
    const auto range = lastDays(c);
    if (!range)
        return fail(range.error().message, 2);
    const auto a = StudioAnalytics::generationAnalytics(c.db, c.brand->id, range->first, range->second);
    if (!a)
        return fail(a.error().message);
    if (c.json()) {
        const auto group = [](const GenerationGroup &g) {
            return QJsonObject{{QStringLiteral("key"), g.key}, {QStringLiteral("generations"), g.generations}, {QStringLiteral("completed"), g.completed},
                               {QStringLiteral("failed"), g.failed}, {QStringLiteral("canceled"), g.canceled}, {QStringLiteral("waiting"), g.waiting},
                               {QStringLiteral("cached"), g.cached}, {QStringLiteral("credits"), g.credits}};
        };
        const auto groups = [&](const QList<GenerationGroup> &list) {
            QJsonArray array;
            for (const GenerationGroup &g : list)
                array.append(group(g));
            return array;
        };
        printJson({{QStringLiteral("total"), group(a->total)}, {QStringLiteral("byDay"), groups(a->byDay)}, {QStringLiteral("byType"), groups(a->byType)},
                   {QStringLiteral("byModel"), groups(a->byModel)}, {QStringLiteral("byStatus"), groups(a->byStatus)}});
        return 0;
    }
    QList<QStringList> rows;
    // The grouping's name: the person's word in a table, a stable identifier in CSV.
    const auto add = [&](const char *by, const QList<GenerationGroup> &list) {
        for (const GenerationGroup &g : list)
            rows.append({c.csv() ? QString::fromLatin1(by) : AiCommands::tr(by), g.key, QString::number(g.generations), QString::number(g.completed),
                         QString::number(g.failed), QString::number(g.cached), QString::number(g.credits)});
    };
    add(QT_TRANSLATE_NOOP("AiCommands", "type"), a->byType);
    add(QT_TRANSLATE_NOOP("AiCommands", "model"), a->byModel);
    add(QT_TRANSLATE_NOOP("AiCommands", "status"), a->byStatus);
    add(QT_TRANSLATE_NOOP("AiCommands", "day"), a->byDay);
    add(QT_TRANSLATE_NOOP("AiCommands", "total"), {a->total});
    printTable(c, {QT_TRANSLATE_NOOP("AiCommands", "by"), QT_TRANSLATE_NOOP("AiCommands", "value"), QT_TRANSLATE_NOOP("AiCommands", "generations"),
                   QT_TRANSLATE_NOOP("AiCommands", "completed"), QT_TRANSLATE_NOOP("AiCommands", "failed"), QT_TRANSLATE_NOOP("AiCommands", "cached"),
                   QT_TRANSLATE_NOOP("AiCommands", "credits")},
               rows);
    return 0;
}

int creditUsage(Context &c)
{
    const auto range = lastDays(c);
    if (!range)
        return fail(range.error().message, 2);
    const auto usage = StudioAnalytics::creditUsage(c.db, c.brand->id, range->first, range->second);
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
    if (c.json())
        printArray(a);
    else
        printTable(c, {QT_TRANSLATE_NOOP("AiCommands", "person"), QT_TRANSLATE_NOOP("AiCommands", "charged"), QT_TRANSLATE_NOOP("AiCommands", "refunded"),
                       QT_TRANSLATE_NOOP("AiCommands", "reserved"), QT_TRANSLATE_NOOP("AiCommands", "this month")},
                   rows);
    return 0;
}

int credits(Context &c)
{
    const auto who = c.isSet(QStringLiteral("user")) ? Collaboration::userIdOf(c.db, c.value(QStringLiteral("user")))
                                                     : Collaboration::currentUserId(c.db);
    if (!who)
        return fail(who.error().message);
    if (c.isSet(QStringLiteral("set-quota"))) {
        const auto n = c.integer(QStringLiteral("set-quota"), 0, 0, 100000000);
        if (!n)
            return fail(n.error().message, 2);
        if (const auto s = GenerationService::setQuota(c.db, who.value(), c.brand->id, int(n.value())); !s)
            return fail(s.error().message);
    }
    const auto b = GenerationService::credits(c.db, who.value(), c.brand->id);
    if (!b)
        return fail(b.error().message);
    const bool quota = b->monthlyCredits.has_value();
    const int left = b->monthlyCredits.value_or(0) - b->used - b->reserved;
    if (c.json()) {
        printJson({{QStringLiteral("user"), b->userId}, {QStringLiteral("brand"), c.brand->slug},
                   {QStringLiteral("monthlyCredits"), b->monthlyCredits ? QJsonValue(*b->monthlyCredits) : QJsonValue(QJsonValue::Null)},
                   {QStringLiteral("used"), b->used}, {QStringLiteral("reserved"), b->reserved},
                   {QStringLiteral("left"), quota ? QJsonValue(left) : QJsonValue(QJsonValue::Null)},
                   {QStringLiteral("periodStart"), b->periodStart.toString(Qt::ISODate)}});
        return 0;
    }
    printTable(c, {QT_TRANSLATE_NOOP("AiCommands", "brand"), QT_TRANSLATE_NOOP("AiCommands", "monthly credits"), QT_TRANSLATE_NOOP("AiCommands", "used"),
                   QT_TRANSLATE_NOOP("AiCommands", "reserved"), QT_TRANSLATE_NOOP("AiCommands", "left")},
               {{c.brand->slug, b->monthlyCredits ? QString::number(*b->monthlyCredits) : (c.csv() ? QString() : AiCommands::tr("no quota")),
                 QString::number(b->used), QString::number(b->reserved), quota ? QString::number(left) : QString()}});
    return 0;
}

int cacheStats(Context &c)
{
    const auto s = GenerationService::cacheStats(c.db, c.brand->id);
    if (!s)
        return fail(s.error().message);
    if (c.json()) {
        printJson({{QStringLiteral("hits"), s->hits}, {QStringLiteral("misses"), s->misses}, {QStringLiteral("hitRate"), s->hitRate()},
                   {QStringLiteral("bytes"), s->bytes}, {QStringLiteral("creditsSaved"), s->creditsSaved}});
        return 0;
    }
    printTable(c, {QT_TRANSLATE_NOOP("AiCommands", "hits"), QT_TRANSLATE_NOOP("AiCommands", "misses"), QT_TRANSLATE_NOOP("AiCommands", "hit rate"),
                   QT_TRANSLATE_NOOP("AiCommands", "bytes"), QT_TRANSLATE_NOOP("AiCommands", "credits saved")},
               {{QString::number(s->hits), QString::number(s->misses), percent(s->hitRate()), QString::number(s->bytes),
                 QString::number(s->creditsSaved)}});
    return 0;
}

int cacheClear(Context &c)
{
    const auto days = c.integer(QStringLiteral("older-than"), 0, 0, 36500);
    if (!days)
        return fail(days.error().message, 2);
    // The console's rule: the brand's results and this desktop's cached files, with what that freed.
    const auto cleared = StudioActions::clearCache(c.db, c.brand->id, int(days.value()));
    if (!cleared)
        return fail(cleared.error().message);
    const QLocale locale;
    out() << AiCommands::tr("%n cache entry(ies) cleared.", nullptr, int(cleared->removed)) << '\n'
          << AiCommands::tr("Freed: %1 of results the cache answered with, %2 of this desktop's disk cache.")
                 .arg(locale.formattedDataSize(cleared->resultBytesFreed), locale.formattedDataSize(cleared->diskBytesFreed))
          << '\n';
    out().flush();
    return 0;
}

int policy(Context &c)
{
    auto policy = BrandPolicy::get(c.db, c.brand->id);
    if (!policy)
        return fail(policy.error().message);
    if (c.isSet(QStringLiteral("watermark")) || c.isSet(QStringLiteral("watermark-text"))) {
        BrandAiPolicy changed = policy.value();
        if (c.isSet(QStringLiteral("watermark")))
            changed.watermark = c.value(QStringLiteral("watermark"));
        if (c.isSet(QStringLiteral("watermark-text")))
            changed.watermarkText = c.value(QStringLiteral("watermark-text"));
        if (const auto s = BrandPolicy::set(c.db, changed); !s)
            return fail(s.error().message);
        policy = changed;
    }
    if (c.json()) {
        printJson({{QStringLiteral("brand"), c.brand->slug}, {QStringLiteral("watermark"), policy->watermark},
                   {QStringLiteral("watermarkText"), policy->watermarkText}});
        return 0;
    }
    out() << AiCommands::tr("%1: generations are watermarked: %2%3")
                 .arg(c.brand->slug, policy->watermark,
                      policy->watermarkText.isEmpty() ? QString() : QStringLiteral(" (\"%1\")").arg(policy->watermarkText))
          << '\n';
    out().flush();
    return 0;
}

int printDataset(const Context &c, const TrainingDataset &d)
{
    if (c.json()) {
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
    out().flush();
    return 0;
}

QJsonObject toJson(const CustomModel &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("baseModel"), m.baseModel},
            {QStringLiteral("dataset"), m.datasetId},
            {QStringLiteral("status"), m.status},
            {QStringLiteral("accuracy"), m.accuracy},
            {QStringLiteral("training"), m.providerJobId},
            {QStringLiteral("model"), m.registeredModel},
            {QStringLiteral("trainedAt"), m.trainedAt.isValid() ? QJsonValue(m.trainedAt.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("error"), jsonText(m.error)},
            {QStringLiteral("error_code"), jsonText(errorCodeName(m.errorCode))}};
}

int printCustomModel(const Context &c, const CustomModel &m)
{
    if (c.json()) {
        printJson(toJson(m));
        return 0;
    }
    printTable(c, {QT_TRANSLATE_NOOP("AiCommands", "id"), QT_TRANSLATE_NOOP("AiCommands", "name"), QT_TRANSLATE_NOOP("AiCommands", "status"),
                   QT_TRANSLATE_NOOP("AiCommands", "training"), QT_TRANSLATE_NOOP("AiCommands", "model"), QT_TRANSLATE_NOOP("AiCommands", "error")},
               {{m.id, m.name, m.status, m.providerJobId, m.registeredModel, m.error}});
    return 0;
}

int datasets(Context &c)
{
    if (!c.words.isEmpty()) {
        const auto d = TrainingService::dataset(c.db, c.words.constFirst());
        if (!d)
            return fail(d.error().message);
        return printDataset(c, d.value());
    }
    if (!c.brand)
        return fail(AiCommands::tr("ai datasets needs --brand SLUG (or a dataset's id)."), 2);
    const auto list = TrainingService::datasets(c.db, c.brand->id);
    if (!list)
        return fail(list.error().message);
    QList<QStringList> rows;
    QJsonArray a;
    for (const TrainingDataset &d : list.value()) {
        rows.append({d.id, d.name, d.status, QStringLiteral("%1 / %2").arg(d.validated).arg(d.total), QString::number(d.quality, 'f', 0)});
        a.append(QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name}, {QStringLiteral("status"), d.status},
                             {QStringLiteral("validated"), d.validated}, {QStringLiteral("total"), d.total}, {QStringLiteral("quality"), d.quality}});
    }
    if (c.json())
        printArray(a);
    else
        printTable(c, {QT_TRANSLATE_NOOP("AiCommands", "id"), QT_TRANSLATE_NOOP("AiCommands", "name"), QT_TRANSLATE_NOOP("AiCommands", "status"),
                       QT_TRANSLATE_NOOP("AiCommands", "accepted"), QT_TRANSLATE_NOOP("AiCommands", "quality")},
                   rows);
    return 0;
}

int datasetsCreate(Context &c)
{
    if (!c.isSet(QStringLiteral("name")))
        return fail(AiCommands::tr("ai datasets create needs --brand SLUG and --name NAME, then --generation ID and/or --file PATH."), 2);
    const QStringList generations = c.values(QStringLiteral("generation"));
    const QStringList files = c.values(QStringLiteral("file"));
    if (generations.isEmpty() && files.isEmpty())
        return fail(AiCommands::tr("ai datasets create needs images: --generation ID or --file PATH (repeatable)."), 2);
    const auto d = TrainingService::createDataset(c.db, c.brand->id, c.value(QStringLiteral("name")), generations, files);
    if (!d)
        return fail(d.error().message);
    return printDataset(c, d.value());
}

int train(Context &c)
{
    if (!c.isSet(QStringLiteral("base-model")) || !c.isSet(QStringLiteral("destination")))
        return fail(AiCommands::tr("ai train needs the dataset's id, --base-model owner/name:version and --destination owner/name."), 2);
    const auto steps = c.integer(QStringLiteral("steps"), 1000, 1, 100000);
    if (!steps)
        return fail(steps.error().message, 2);
    const auto extra = parameters(c);
    if (!extra)
        return fail(extra.error().message, 2);
    const auto m = TrainingService::trainModel(c.db, c.words.constFirst(), c.value(QStringLiteral("base-model")), c.value(QStringLiteral("destination")),
                                               int(steps.value()), extra.value());
    if (!m)
        return fail(m.error().message);
    return printCustomModel(c, m.value());
}

int trainingStatus(Context &c, bool cancel)
{
    const auto m = cancel ? TrainingService::cancelTraining(c.db, c.words.constFirst()) : TrainingService::trainingStatus(c.db, c.words.constFirst());
    if (!m)
        return fail(m.error().message);
    return printCustomModel(c, m.value());
}

int customModels(Context &c)
{
    const auto list = TrainingService::customModels(c.db, c.brand->id);
    if (!list)
        return fail(list.error().message);
    QList<QStringList> rows;
    QJsonArray a;
    for (const CustomModel &m : list.value()) {
        rows.append({m.id, m.name, m.status, m.registeredModel, m.trainedAt.isValid() ? m.trainedAt.toString(Qt::ISODate) : QString()});
        a.append(toJson(m));
    }
    if (c.json())
        printArray(a);
    else
        printTable(c, {QT_TRANSLATE_NOOP("AiCommands", "id"), QT_TRANSLATE_NOOP("AiCommands", "name"), QT_TRANSLATE_NOOP("AiCommands", "status"),
                       QT_TRANSLATE_NOOP("AiCommands", "model"), QT_TRANSLATE_NOOP("AiCommands", "trained")},
                   rows);
    return 0;
}

} // namespace

QList<Verb> studioVerbs()
{
    const char *n = QT_TRANSLATE_NOOP("AiCommands", "n");
    const char *modelName = QT_TRANSLATE_NOOP("AiCommands", "model");
    const char *custom = "CUSTOM-MODEL";
    return {
        {.path = QStringLiteral("ai models"),
         .usage = "[--provider NAME] [--type TYPE] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "the models generations can use, with their prices"),
         .options = {aiOption("provider", QT_TRANSLATE_NOOP("AiCommands", "Only this provider's models."), QT_TRANSLATE_NOOP("AiCommands", "name")),
                     aiOption("type", QT_TRANSLATE_NOOP("AiCommands", "Only models of this type: 2d, 3d or animation."), QT_TRANSLATE_NOOP("AiCommands", "type"))},
         .formats = dataFormats(),
         .run = models},
        {.path = QStringLiteral("ai compare"),
         .usage = "[--brand SLUG] [--models LIST] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "models side by side over a period: success, latency, credits, quality"),
         .options = {aiOption("models", QT_TRANSLATE_NOOP("AiCommands", "Only these models (comma-separated)."), QT_TRANSLATE_NOOP("AiCommands", "list")),
                     fromOption(), toOption()},
         .formats = dataFormats(),
         .brand = BrandOption::Optional,
         .run = compare},
        {.path = QStringLiteral("ai performance"),
         .usage = "--model NAME [--brand SLUG] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "one model day by day over a period"),
         .options = {aiOption("model", QT_TRANSLATE_NOOP("AiCommands", "Model name (see atelier ai models)."), QT_TRANSLATE_NOOP("AiCommands", "name")),
                     fromOption(), toOption()},
         .formats = dataFormats(),
         .brand = BrandOption::Optional,
         .run = performance},
        {.path = QStringLiteral("ai analytics"),
         .usage = "--brand SLUG [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "a brand's generations over a period, by type, model, status and day"),
         .options = {fromOption(), toOption()},
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .run = analytics},
        {.path = QStringLiteral("ai credit-usage"),
         .usage = "--brand SLUG [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "the credits each person used in a brand over a period"),
         .options = {fromOption(), toOption()},
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .run = creditUsage},
        {.path = QStringLiteral("ai credits"),
         .usage = "--brand SLUG [--user NAME] [--set-quota N] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "a person's credits in a brand this month (and their quota)"),
         .options = {aiOption("user", QT_TRANSLATE_NOOP("AiCommands", "The person (username); you by default."), QT_TRANSLATE_NOOP("AiCommands", "name")),
                     aiOption("set-quota", QT_TRANSLATE_NOOP("AiCommands", "Set the monthly credits of the person in the brand."), n)},
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .run = credits},
        {.path = QStringLiteral("ai cache-stats"),
         .usage = "--brand SLUG [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "what the result cache answers and saves"),
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .run = cacheStats},
        {.path = QStringLiteral("ai cache-clear"),
         .usage = "--brand SLUG [--older-than DAYS]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "stop answering from a brand's cached results and free this desktop's cached files"),
         .options = {aiOption("older-than", QT_TRANSLATE_NOOP("AiCommands", "Only entries older than this many days."), QT_TRANSLATE_NOOP("AiCommands", "days"))},
         .brand = BrandOption::Required,
         .run = cacheClear},
        {.path = QStringLiteral("ai policy"),
         .usage = "--brand SLUG [--watermark KIND] [--watermark-text TEXT] [--format table|json]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "a brand's watermark policy, shown or changed"),
         .options = {aiOption("watermark", QT_TRANSLATE_NOOP("AiCommands", "The watermark of the brand's generations: none, visible, invisible or metadata."),
                              QT_TRANSLATE_NOOP("AiCommands", "kind")),
                     aiOption("watermark-text", QT_TRANSLATE_NOOP("AiCommands", "The words of a visible watermark."), QT_TRANSLATE_NOOP("AiCommands", "text"))},
         .formats = textFormats(),
         .brand = BrandOption::Required,
         .run = policy},
        {.path = QStringLiteral("ai datasets"),
         .usage = "(--brand SLUG | DATASET) [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "a brand's training datasets, or one dataset with its images"),
         .formats = dataFormats(),
         .brand = BrandOption::Optional,
         .maxWords = 1,
         .wordNames = "DATASET",
         .run = datasets},
        {.path = QStringLiteral("ai datasets create"),
         .usage = "--brand SLUG --name NAME (--generation ID | --file PATH)… [--format table|json]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "make a training dataset of checked images"),
         .options = {nameOption(),
                     aiOption("generation", QT_TRANSLATE_NOOP("AiCommands", "A generation whose image joins the dataset (repeatable)."),
                              QT_TRANSLATE_NOOP("AiCommands", "id")),
                     aiOption("file", QT_TRANSLATE_NOOP("AiCommands", "An image file that joins the dataset (repeatable)."), QT_TRANSLATE_NOOP("AiCommands", "path"))},
         .formats = textFormats(),
         .brand = BrandOption::Required,
         .run = datasetsCreate},
        {.path = QStringLiteral("ai train"),
         .usage = "DATASET --base-model OWNER/NAME:VERSION --destination OWNER/NAME [--steps N] [--param K=V]… [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "train a custom model on a dataset at Replicate"),
         .options = {aiOption("base-model", QT_TRANSLATE_NOOP("AiCommands", "The Replicate trainer, owner/name:version."), modelName),
                     aiOption("destination", QT_TRANSLATE_NOOP("AiCommands", "The Replicate model the training creates versions of, owner/name."), modelName),
                     aiOption("steps", QT_TRANSLATE_NOOP("AiCommands", "Training steps."), n), paramOption()},
         .formats = dataFormats(),
         .minWords = 1,
         .maxWords = 1,
         .wordNames = "DATASET",
         .run = train},
        {.path = QStringLiteral("ai training-status"),
         .usage = "CUSTOM-MODEL [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "how a custom model's training goes"),
         .formats = dataFormats(),
         .minWords = 1,
         .maxWords = 1,
         .wordNames = custom,
         .run = [](Context &c) { return trainingStatus(c, false); }},
        {.path = QStringLiteral("ai training-cancel"),
         .usage = "CUSTOM-MODEL [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "cancel a custom model's training"),
         .formats = dataFormats(),
         .minWords = 1,
         .maxWords = 1,
         .wordNames = custom,
         .run = [](Context &c) { return trainingStatus(c, true); }},
        {.path = QStringLiteral("ai custom-models"),
         .usage = "--brand SLUG [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("AiCommands", "a brand's custom models"),
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .run = customModels},
    };
}

} // namespace Atelier::Cli::Ai
