#pragma once

#include "core/databaseurl.h"
#include "core/result.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

class QDate;
class QJsonObject;
class QTextStream;

namespace Atelier::Cli {

/// What every verb shares: standard output, one-line failures, the --database option and option parsing.
QTextStream &out();
/// Prints "atelier: MESSAGE" on one line to standard error and returns \a code.
int fail(const QString &message, int code = 1);
QCommandLineOption databaseOption();

struct Parsed final
{
    QCommandLineParser parser;
    DatabaseUrl url;
};

/// The words of \a arguments (arguments[0] is the program) that are neither options nor the value of an option
/// named in \a valueOptions (without dashes; `--name=value` carries its own value), in order.
QStringList words(const QStringList &arguments, const QStringList &valueOptions);
/// Parses a verb's options and resolves the database; returns an exit code on failure, -1 to go on.
int parse(Parsed &p, const QStringList &arguments, const QList<QCommandLineOption> &options, int positionals);
Result<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, qint64 min, qint64 max);
/// Prints rows as an aligned table or as CSV (RFC 4180 quoting).
void printRows(const QStringList &header, const QList<QStringList> &rows, bool csv);
/// A decimal number written with a dot, the whole text and nothing else; none otherwise.
std::optional<double> decimalNumber(const QString &text);
void printJson(const QJsonObject &o);
/// --from and --to as UTC days [from, to), each \a from or \a to when absent; with \a fromBack, a missing --from is
/// that many days before the end. A date that does not parse, or an empty or inverted range, is refused.
Result<std::pair<QDate, QDate>> dayRange(const QCommandLineParser &parser, QDate from, QDate to, int fromBack = 0);

} // namespace Atelier::Cli
