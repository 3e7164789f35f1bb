#pragma once

#include "core/brandservice.h"
#include "core/databaseurl.h"
#include "core/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

class QDate;

namespace Atelier {

/// The translation contexts of the command line's words (kept from the first command line, so that its
/// translations carry over).
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};
class AiCommands final
{
    Q_DECLARE_TR_FUNCTIONS(AiCommands)
};

namespace Cli {

class Context;

/// What a verb needs before its handler runs; the dispatcher provides it, with the one message each failure has.
enum class Needs {
    Url,         ///< the database URL (always resolved), not a connection
    Database,    ///< an open connection to a database that exists and is migrated by someone
    NewDatabase, ///< the URL only: the handler checks its options, then calls Context::create() (migrate, demo),
                 ///< so that a mistake in them never leaves a new empty database behind
};
enum class BrandOption {
    None,     ///< the verb has no --brand
    Optional, ///< --brand SLUG, resolved when given
    Required, ///< --brand SLUG, resolved; the verb does not run without it
};

/// One row of the verb table: everything the dispatcher, `--help` and the tests know of a verb.
struct Verb final
{
    /// The words that name it: "analytics funnel", "ai collections add", "migrate".
    QString path = {};
    /// Its syntax after the path (not translated): "--brand SLUG (--steps e1,e2,… | --saved NAME)".
    const char *usage = "";
    /// What it does, one line: a QT_TRANSLATE_NOOP("CommandLine", …) (or "AiCommands").
    const char *what = "";
    const char *context = "CommandLine";
    /// The options it takes besides --database, --help, and the --format and --brand the fields below add.
    QList<QCommandLineOption> options = {};
    /// The --format values it prints, the first one the default; empty: no --format.
    QStringList formats = {};
    BrandOption brand = BrandOption::None;
    Needs needs = Needs::Database;
    /// How many words may follow the path (IDs, names); maxWords -1: any number.
    int minWords = 0;
    int maxWords = 0;
    /// Names the words in messages ("TYPE ID").
    const char *wordNames = "";
    std::function<int(Context &)> run = {};
};

/// What a handler gets: its parsed options, the words after its path, the resolved database and brand, and the
/// chosen format. A handler parses nothing more than its own options, makes one service call and prints.
class Context final
{
public:
    const Verb &verb;
    const QCommandLineParser &parser;
    QStringList words;
    DatabaseUrl url;
    QSqlDatabase db;
    std::optional<Brand> brand;
    QString format;

    bool json() const { return format == QLatin1String("json"); }
    bool csv() const { return format == QLatin1String("csv"); }
    bool isSet(const QString &option) const { return parser.isSet(option); }
    QString value(const QString &option) const { return parser.value(option); }
    QStringList values(const QString &option) const { return parser.values(option); }
    /// A whole number option between \a min and \a max; \a fallback when absent.
    Result<qint64> integer(const QString &option, qint64 fallback, qint64 min, qint64 max) const;
    /// --from and --to as UTC days [from, to), each \a from or \a to when absent; with \a fromBack, a missing --from
    /// is that many days before the end. A date that does not parse, or an empty or inverted range, is refused.
    Result<std::pair<QDate, QDate>> days(QDate from, QDate to, int fromBack = 0) const;
    /// Needs::NewDatabase: opens the database into db, creating it if missing.
    Status create();
};

/// A value option, its description translated in \a context ("CommandLine" or "AiCommands").
QCommandLineOption option(const char *name, const char *description, const char *valueName, const char *context = "CommandLine",
                          const QString &defaultValue = {});
/// A flag (an option without a value).
QCommandLineOption flag(const char *name, const char *description, const char *context = "CommandLine");

/// The verbs of each area, in the order --help lists them (one file per area; see cli/*.cpp).
QList<Verb> setupVerbs();
QList<Verb> analyticsVerbs();
QList<Verb> collaborationVerbs();
QList<Verb> securityVerbs();
QList<Verb> aiVerbs();
QList<Verb> workflowVerbs();
QList<Verb> accessibilityVerbs();

} // namespace Cli
} // namespace Atelier
