// The `ai` verbs: the AI Studio from the command line. Each theme's rows live in a file of its own
// (generationverbs.cpp, libraryverbs.cpp, studioverbs.cpp, providerverbs.cpp); this file assembles them and holds
// what they share.
#include "aiverbs.h"

#include "ai/generationqueue.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

#include <charconv>
#include <cmath>

namespace Atelier::Cli {

namespace Ai {

QCommandLineOption aiOption(const char *name, const char *description, const char *valueName)
{
    return option(name, description, valueName, "AiCommands");
}

QCommandLineOption aiFlag(const char *name, const char *description)
{
    return flag(name, description, "AiCommands");
}

QCommandLineOption promptOption()
{
    return aiOption("prompt", QT_TRANSLATE_NOOP("AiCommands", "What to generate."), QT_TRANSLATE_NOOP("AiCommands", "text"));
}

QCommandLineOption paramOption()
{
    return aiOption("param", QT_TRANSLATE_NOOP("AiCommands", "A provider parameter, k=v (repeatable)."), QT_TRANSLATE_NOOP("AiCommands", "k=v"));
}

QCommandLineOption limitOption()
{
    return aiOption("limit", QT_TRANSLATE_NOOP("AiCommands", "At most this many rows."), QT_TRANSLATE_NOOP("AiCommands", "n"));
}

QCommandLineOption nameOption()
{
    return aiOption("name", QT_TRANSLATE_NOOP("AiCommands", "A name."), QT_TRANSLATE_NOOP("AiCommands", "name"));
}

QCommandLineOption fromOption()
{
    return aiOption("from", QT_TRANSLATE_NOOP("AiCommands", "First day, YYYY-MM-DD (UTC)."), QT_TRANSLATE_NOOP("AiCommands", "date"));
}

QCommandLineOption toOption()
{
    return aiOption("to", QT_TRANSLATE_NOOP("AiCommands", "Day after the last, YYYY-MM-DD (UTC)."), QT_TRANSLATE_NOOP("AiCommands", "date"));
}


QStringList textFormats()
{
    return {QStringLiteral("table"), QStringLiteral("json")};
}

void printTable(const Context &context, std::initializer_list<const char *> english, const QList<QStringList> &rows)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QStringList keys, headers;
    for (const char *word : english) {
        keys.append(QString::fromLatin1(word).toLower().replace(separators, QStringLiteral("_")));
        headers.append(AiCommands::tr(word));
    }
    printRows(keys, headers, rows, context.csv());
}

void printArray(const QJsonArray &array)
{
    printJsonDocument(QJsonDocument(array));
}

QString yesNo(bool value)
{
    return value ? AiCommands::tr("yes") : AiCommands::tr("no");
}

QString optionalNumber(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
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
                  {QStringLiteral("error"), jsonText(g.error)},
                  {QStringLiteral("error_code"), jsonText(errorCodeName(g.errorCode))},
                  {QStringLiteral("result"), jsonText(g.resultSha256)},
                  {QStringLiteral("thumbnail"), jsonText(g.thumbnailSha256)},
                  {QStringLiteral("quality"), jsonNumber(g.quality)},
                  {QStringLiteral("durationMs"), g.durationMs ? QJsonValue(*g.durationMs) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("createdAt"), g.createdAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("parameters"), g.parameters}};
    if (g.provider == QLatin1String("offline"))
        o.insert(QStringLiteral("label"), QStringLiteral("offline preview — not AI"));
    return o;
}

void printGenerations(const Context &context, const QList<Generation> &list)
{
    if (context.json()) {
        QJsonArray a;
        for (const Generation &g : list)
            a.append(toJson(g));
        printArray(a);
        return;
    }
    QList<QStringList> rows;
    for (const Generation &g : list)
        rows.append({g.id, g.status, g.provider, g.model, QString::number(g.credits), yesNo(g.cached),
                     g.quality ? QString::number(*g.quality, 'f', 0) : QString(), g.prompt.left(48), g.error.left(60),
                     errorCodeName(g.errorCode)});
    printTable(context,
               {QT_TRANSLATE_NOOP("AiCommands", "id"), QT_TRANSLATE_NOOP("AiCommands", "status"), QT_TRANSLATE_NOOP("AiCommands", "provider"),
                QT_TRANSLATE_NOOP("AiCommands", "model"), QT_TRANSLATE_NOOP("AiCommands", "credits"), QT_TRANSLATE_NOOP("AiCommands", "cached"),
                QT_TRANSLATE_NOOP("AiCommands", "quality"), QT_TRANSLATE_NOOP("AiCommands", "prompt"), QT_TRANSLATE_NOOP("AiCommands", "error"),
                QT_TRANSLATE_NOOP("AiCommands", "error code")},
               rows);
}

void printGeneration(const Context &context, const Generation &g)
{
    if (context.json())
        printJson(toJson(g));
    else
        printGenerations(context, {g});
}

std::optional<double> decimalNumber(const QString &text)
{
    const QByteArray latin = text.trimmed().toLatin1();
    double value = 0;
    const auto [end, error] = std::from_chars(latin.constData(), latin.constData() + latin.size(), value);
    if (latin.isEmpty() || error != std::errc() || end != latin.constData() + latin.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

Result<QJsonObject> parameters(const Context &context)
{
    QJsonObject parameters;
    for (const QString &kv : context.values(QStringLiteral("param"))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return Error{AiCommands::tr("--param: \"%1\" is not in the form key=value.").arg(kv), {}, ErrorCode::InvalidInput};
        const QString value = kv.mid(eq + 1);
        if (const auto number = decimalNumber(value))
            parameters.insert(kv.left(eq), *number);
        else
            parameters.insert(kv.left(eq), value);
    }
    return parameters;
}

Result<std::pair<QDate, QDate>> lastDays(const Context &context)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return context.days(today.addDays(-29), today.addDays(1));
}

int runQueue(const Context &context, const QStringList &providers, const std::function<Result<bool>(const QSqlDatabase &)> &done)
{
    GenerationQueue::Options options;
    options.url = context.url;
    options.providers = providers;
    GenerationQueue queue(options);
    QString problem, failure;
    QObject::connect(&queue, &GenerationQueue::problem, &queue, [&problem](const QString &message) { problem = message; });
    queue.start();
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (!problem.isEmpty()) {
            fail(problem); // said, and the queue carries on
            problem.clear();
        }
        const auto finished = done(context.db);
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

} // namespace Ai

QList<Verb> aiVerbs()
{
    QList<Verb> verbs = Ai::generationVerbs();
    verbs += Ai::libraryVerbs();
    verbs += Ai::studioVerbs();
    verbs += Ai::providerVerbs();
    for (Verb &verb : verbs)
        verb.context = "AiCommands";
    return verbs;
}

} // namespace Atelier::Cli
