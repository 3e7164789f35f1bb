#include "legacy.h"

#include "cli.h"
#include "output.h"
#include "verb.h"
#include "core/appsettings.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <charconv>
#include <cstdio>

namespace Atelier::Cli {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("database"), CommandLine::tr("Database URL (sqlite:///path or postgresql://…)."), CommandLine::tr("url"));
}



QStringList words(const QStringList &arguments, const QStringList &valueOptions)
{
    QStringList found;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) {
            found.append(arguments.mid(i + 1));
            break;
        }
        if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            found.append(a);
            continue;
        }
        QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
        if (!name.contains(QLatin1Char('=')) && valueOptions.contains(name))
            ++i; // the option's value, whatever it says
    }
    return found;
}

int parse(Parsed &p, const QStringList &arguments, const QList<QCommandLineOption> &options, int positionals)
{
    p.parser.addOption(databaseOption());
    p.parser.addOptions(options);
    p.parser.addHelpOption();
    if (!p.parser.parse(arguments))
        return fail(p.parser.errorText(), 2);
    if (p.parser.isSet(QStringLiteral("help"))) {
        out() << Cli::helpText();
        out().flush();
        return 0;
    }
    if (positionals >= 0 && p.parser.positionalArguments().size() != positionals)
        return fail(CommandLine::tr("Unexpected arguments: %1").arg(p.parser.positionalArguments().mid(positionals).join(QLatin1Char(' '))), 2);
    auto resolved = AppSettings::resolveDatabaseUrl(p.parser.value(QStringLiteral("database")));
    if (!resolved)
        return fail(resolved.error().message);
    p.url = resolved->url;
    return -1;
}

Result<qint64> integerOption(const QCommandLineParser &parser, const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return Error{CommandLine::tr("--%1: \"%2\" is not a whole number between %3 and %4.")
                         .arg(name, parser.value(name)).arg(min).arg(max), {}};
    return value;
}


void printRows(const QStringList &header, const QList<QStringList> &rows, bool csv)
{
    printRows(header, header, rows, csv);
}

std::optional<double> decimalNumber(const QString &text)
{
    const QByteArray latin = text.trimmed().toLatin1();
    double value = 0;
    const auto [end, error] = std::from_chars(latin.constData(), latin.constData() + latin.size(), value);
    if (latin.isEmpty() || error != std::errc() || end != latin.constData() + latin.size())
        return std::nullopt;
    return value;
}

/// --from and --to as UTC days [from, to), each \a from or \a to when absent; with \a fromBack, a missing --from is
/// that many days before the end. A date that does not parse, or an empty or inverted range, is refused.
Result<std::pair<QDate, QDate>> dayRange(const QCommandLineParser &parser, QDate from, QDate to, int fromBack)
{
    QDate range[2] = {from, to};
    const char *names[2] = {"from", "to"};
    for (int i = 0; i < 2; ++i) {
        const QString name = QLatin1String(names[i]);
        if (!parser.isSet(name))
            continue;
        range[i] = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!range[i].isValid())
            return Error{CommandLine::tr("--%1: \"%2\" is not a date in the form YYYY-MM-DD.").arg(name, parser.value(name)), {}};
    }
    if (fromBack > 0 && !parser.isSet(QStringLiteral("from")))
        range[0] = range[1].addDays(-fromBack);
    if (range[0] >= range[1])
        return Error{CommandLine::tr("The range is empty or inverted: --from %1 must come before --to %2.")
                         .arg(range[0].toString(Qt::ISODate), range[1].toString(Qt::ISODate)),
                     {}};
    return std::pair<QDate, QDate>{range[0], range[1]};
}

} // namespace Atelier::Cli
