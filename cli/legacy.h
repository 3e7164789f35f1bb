#pragma once
// TRANSITION ONLY: what the verbs not yet in the table share (the old clisupport). Removed once every area is
// ported to cli/verb.h.

#include "core/databaseurl.h"
#include "core/result.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

class QDate;

namespace Atelier::Cli {

QCommandLineOption databaseOption();

struct Parsed final
{
    QCommandLineParser parser;
    DatabaseUrl url;
};

QStringList words(const QStringList &arguments, const QStringList &valueOptions);
int parse(Parsed &p, const QStringList &arguments, const QList<QCommandLineOption> &options, int positionals);
Result<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, qint64 min, qint64 max);
void printRows(const QStringList &header, const QList<QStringList> &rows, bool csv);
std::optional<double> decimalNumber(const QString &text);
Result<std::pair<QDate, QDate>> dayRange(const QCommandLineParser &parser, QDate from, QDate to, int fromBack = 0);

} // namespace Atelier::Cli
