#pragma once
// What the `ai` verbs share (cli/ai/*.cpp): their option and printing helpers. Each file holds the rows of one
// theme; aiverbs.cpp assembles them into aiVerbs().

#include "../output.h"
#include "../verb.h"

#include "ai/generation.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <initializer_list>
#include <optional>
#include <utility>

namespace Atelier::Cli::Ai {

QList<Verb> generationVerbs(); // generate, list, get, cancel, work, versions, rate, star
QList<Verb> libraryVerbs();    // collections …, templates …, optimize, suggest, history
QList<Verb> studioVerbs();     // models, compare, performance, analytics, credit-usage, credits, cache-stats, cache-clear,
                               // policy, datasets …, train, training-status, training-cancel, custom-models
QList<Verb> providerVerbs();   // provider list|set|test

/// A value option of an ai verb, its words translated in the "AiCommands" context.
QCommandLineOption aiOption(const char *name, const char *description, const char *valueName);
/// A flag of an ai verb.
QCommandLineOption aiFlag(const char *name, const char *description);
/// The options several ai verbs take, with one description each.
QCommandLineOption promptOption();
QCommandLineOption paramOption();
QCommandLineOption limitOption();
QCommandLineOption nameOption();
QCommandLineOption fromOption();
QCommandLineOption toOption();

/// table, json, csv: the formats of the verbs that print rows.
/// table, json: the verbs that print one thing in words.
QStringList textFormats();

/// Rows as a table (headers in the person's language) or CSV (headers the stable English identifiers the English
/// words make: "base URL" → base_url, "avg s" → avg_s), whatever the language. \a english are
/// QT_TRANSLATE_NOOP("AiCommands", …).
void printTable(const Context &context, std::initializer_list<const char *> english, const QList<QStringList> &rows);
/// A JSON array, as printed by the verbs.
void printArray(const QJsonArray &array);

QString yesNo(bool value);
QString optionalNumber(const std::optional<double> &value, int decimals = 0);
QJsonValue jsonNumber(const std::optional<double> &value);
QJsonValue jsonText(const QString &text); // empty: null

/// A generation as JSON (the same keys for every verb that prints one).
QJsonObject toJson(const Generation &g);
/// Generations as rows (table, CSV) or a JSON array.
void printGenerations(const Context &context, const QList<Generation> &list);
/// One generation: a JSON object, or a row.
void printGeneration(const Context &context, const Generation &g);

/// A decimal number written the C way ("0.5", "12"), the whole text; none otherwise.
std::optional<double> decimalNumber(const QString &text);
/// The values of --param (repeatable) as a JSON object: key=value, a number where the value reads as one.
Result<QJsonObject> parameters(const Context &context);
/// --from and --to, the last 30 UTC days by default (today included).
Result<std::pair<QDate, QDate>> lastDays(const Context &context);

/// Runs this process's generation queue for \a providers (every provider when empty) on the context's database
/// until \a done says so; an error from \a done stops it and is what the verb fails with.
int runQueue(const Context &context, const QStringList &providers, const std::function<Result<bool>(const QSqlDatabase &)> &done);

} // namespace Atelier::Cli::Ai
