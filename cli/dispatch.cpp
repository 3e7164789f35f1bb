#include "cli.h"

#include "output.h"
#include "verb.h"

#include "core/appsettings.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/databasecredentials.h"
#include "core/mainwindow.h"
#include "monitoring/querymetrics.h"

#include <QDate>
#include <QSet>

namespace Atelier::Cli {

QList<Verb> i18nVerbs(); // i18nverbs.cpp
QList<Verb> monitoringVerbs(); // monitoringverbs.cpp

namespace {

/// The table, built when asked (its descriptions are translated in the language of the moment).
QList<Verb> table()
{
    QList<Verb> all;
    all += setupVerbs();
    all += analyticsVerbs();
    all += collaborationVerbs();
    all += securityVerbs();
    all += aiVerbs();
    all += workflowVerbs();
    all += accessibilityVerbs();
    all += i18nVerbs();
    all += monitoringVerbs();
    return all;
}

QCommandLineOption databaseOption()
{
    return option("database", QT_TRANSLATE_NOOP("CommandLine", "Database URL (sqlite:///path or postgresql://…)."),
                  QT_TRANSLATE_NOOP("CommandLine", "url"));
}

QCommandLineOption brandOption()
{
    return option("brand", QT_TRANSLATE_NOOP("CommandLine", "Brand slug."), QT_TRANSLATE_NOOP("CommandLine", "slug"));
}

QCommandLineOption formatOption(const QStringList &formats)
{
    return QCommandLineOption(QStringLiteral("format"),
                              CommandLine::tr("Output format: %1.").arg(formats.join(QLatin1String(", "))),
                              CommandLine::tr("format"), formats.value(0));
}

/// Every option a verb's parser knows: its own, then the ones its fields add.
QList<QCommandLineOption> allOptions(const Verb &verb)
{
    QList<QCommandLineOption> options = verb.options;
    if (verb.brand != BrandOption::None)
        options.prepend(brandOption());
    if (!verb.formats.isEmpty())
        options.append(formatOption(verb.formats));
    options.append(databaseOption());
    return options;
}

QStringList pathWords(const Verb &verb)
{
    return verb.path.split(QLatin1Char(' '));
}

struct Match
{
    const Verb *verb = nullptr;
    QStringList words; // every word of the command line, in order (the path's first)
};

/// Reads the words of \a arguments, narrowing the verbs as it goes: an option's value is skipped when an option of
/// that name takes a value in one of the verbs still possible (so `--page export` is no verb, and `--save` is a
/// flag once the words say `analytics predictions`). The verb is the one with the longest path the words begin
/// with.
Match match(const QList<Verb> &verbs, const QStringList &arguments)
{
    QList<const Verb *> candidates;
    for (const Verb &v : verbs)
        candidates.append(&v);
    Match m;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) {
            m.words.append(arguments.mid(i + 1));
            break;
        }
        if (!a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            m.words.append(a);
            QList<const Verb *> narrowed;
            for (const Verb *v : std::as_const(candidates)) {
                const QStringList path = pathWords(*v);
                if (m.words.size() > path.size() || path.at(m.words.size() - 1) == a)
                    narrowed.append(v);
            }
            if (!narrowed.isEmpty())
                candidates = narrowed;
            continue;
        }
        const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
        if (name.contains(QLatin1Char('=')))
            continue;
        bool takesValue = name == QLatin1String("database") || name == QLatin1String("page");
        for (const Verb *v : std::as_const(candidates)) {
            for (const QCommandLineOption &o : allOptions(*v))
                if (o.names().contains(name) && !o.valueName().isEmpty())
                    takesValue = true;
        }
        if (takesValue)
            ++i;
    }
    qsizetype best = 0;
    for (const Verb &v : verbs) {
        const QStringList path = pathWords(v);
        if (path.size() > best && m.words.mid(0, path.size()) == path) {
            m.verb = &v;
            best = path.size();
        }
    }
    return m;
}

/// The verbs whose path begins with \a prefix's words, named by the word that follows it.
QStringList nextWords(const QList<Verb> &verbs, const QStringList &prefix)
{
    QStringList next;
    for (const Verb &v : verbs) {
        const QStringList path = pathWords(v);
        if (path.size() > prefix.size() && path.mid(0, prefix.size()) == prefix && !next.contains(path.at(prefix.size())))
            next.append(path.at(prefix.size()));
    }
    next.sort();
    return next;
}

int unknownCommand(const QList<Verb> &verbs, const QStringList &words)
{
    // The longest run of words some verbs begin with names the group: "ai collections" in `ai collections frob`.
    QStringList group;
    while (group.size() < words.size() && !nextWords(verbs, group + QStringList{words.at(group.size())}).isEmpty())
        group.append(words.at(group.size()));
    if (group.isEmpty())
        return fail(CommandLine::tr("Unknown command \"%1\"; see atelier --help.").arg(words.value(0)), 2);
    const QString word = words.value(group.size());
    if (word.isEmpty())
        return fail(CommandLine::tr("\"atelier %1\" needs a command: %2.").arg(group.join(QLatin1Char(' ')), nextWords(verbs, group).join(QLatin1String(", "))), 2);
    return fail(CommandLine::tr("Unknown %1 command \"%2\"; the %1 commands are: %3.")
                    .arg(group.join(QLatin1Char(' ')), word, nextWords(verbs, group).join(QLatin1String(", "))),
                2);
}

QString optionSyntax(const QCommandLineOption &o)
{
    QString text = QStringLiteral("--") + o.names().constFirst();
    if (!o.valueName().isEmpty())
        text += QLatin1Char(' ') + o.valueName().toUpper();
    return text;
}

QString verbHelp(const Verb &verb)
{
    QString text = CommandLine::tr("Usage: atelier %1 %2").arg(verb.path, QString::fromUtf8(verb.usage)).trimmed() + QLatin1Char('\n');
    text += QCoreApplication::translate(verb.context, verb.what) + QStringLiteral("\n\n") + CommandLine::tr("Options:") + QLatin1Char('\n');
    const QList<QCommandLineOption> options = allOptions(verb);
    int width = 0;
    for (const QCommandLineOption &o : options)
        width = std::max(width, int(optionSyntax(o).size()));
    for (const QCommandLineOption &o : options)
        text += QStringLiteral("  ") + optionSyntax(o).leftJustified(width + 2) + o.description() + QLatin1Char('\n');
    return text;
}

int parseAndRun(const QList<Verb> &verbs, const Verb &verb, const QStringList &arguments, const QStringList &words)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(allOptions(verb));
    const QCommandLineOption help({QStringLiteral("help"), QStringLiteral("h")}, CommandLine::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        if (const QStringList unknown = parser.unknownOptionNames(); !unknown.isEmpty()) {
            QStringList names;
            for (const QCommandLineOption &o : allOptions(verb))
                names.append(QStringLiteral("--") + o.names().constFirst());
            const QString given = (unknown.constFirst().size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + unknown.constFirst();
            return fail(names.size() > 1 || !verb.options.isEmpty()
                            ? CommandLine::tr("%1 is not an option of \"atelier %2\"; its options are: %3.")
                                  .arg(given, verb.path, names.join(QLatin1String(", ")))
                            : CommandLine::tr("%1 is not an option of \"atelier %2\".").arg(given, verb.path),
                        2);
        }
        return fail(parser.errorText(), 2);
    }
    if (parser.isSet(help)) {
        out() << verbHelp(verb);
        out().flush();
        return 0;
    }
    const qsizetype pathSize = pathWords(verb).size();
    const QStringList rest = parser.positionalArguments().mid(pathSize);
    if (rest.size() > verb.maxWords && verb.maxWords >= 0) {
        if (verb.maxWords == 0 && !nextWords(verbs, pathWords(verb)).isEmpty())
            return unknownCommand(verbs, words);
        return fail(CommandLine::tr("Unexpected arguments: %1 (usage: atelier %2 %3).")
                        .arg(rest.mid(verb.maxWords).join(QLatin1Char(' ')), verb.path, QString::fromUtf8(verb.usage)),
                    2);
    }
    if (rest.size() < verb.minWords)
        return fail(CommandLine::tr("\"atelier %1\" needs %2 (usage: atelier %1 %3).")
                        .arg(verb.path, QString::fromUtf8(verb.wordNames), QString::fromUtf8(verb.usage)),
                    2);

    Context context{verb, parser, rest, {}, {}, std::nullopt, {}};
    if (!verb.formats.isEmpty()) {
        context.format = parser.value(QStringLiteral("format"));
        if (!verb.formats.contains(context.format))
            return fail(CommandLine::tr("--format: \"%1\" is not one of %2.").arg(context.format, verb.formats.join(QLatin1String(", "))), 2);
    }
    if (verb.brand == BrandOption::Required && !parser.isSet(QStringLiteral("brand")))
        return fail(CommandLine::tr("--brand is required: which brand (see atelier db status)."), 2);
    auto resolved = AppSettings::resolveDatabaseUrl(parser.value(QStringLiteral("database")));
    if (!resolved)
        return fail(resolved.error().message);
    context.url = resolved->url;
    if (verb.needs == Needs::Database) {
        auto db = Database::open(context.url, Database::OpenMode::MustExist);
        if (!db)
            return fail(db.error().message);
        context.db = db.value();
        if (verb.brand != BrandOption::None && parser.isSet(QStringLiteral("brand"))) {
            auto found = BrandService::bySlug(context.db, parser.value(QStringLiteral("brand")));
            if (!found)
                return fail(found.error().message);
            context.brand = found.value();
        }
    }
    const int code = verb.run(context);
    // What the verb timed (the analyses it ran) is kept; failing to keep it changes nothing of the verb's answer.
    if (context.db.isOpen())
        QueryMetrics::flush(context.db, true);
    return code;
}

} // namespace

QCommandLineOption option(const char *name, const char *description, const char *valueName, const char *context,
                          const QString &defaultValue)
{
    return QCommandLineOption(QString::fromLatin1(name), QCoreApplication::translate(context, description),
                              QCoreApplication::translate(context, valueName), defaultValue);
}

QCommandLineOption flag(const char *name, const char *description, const char *context)
{
    return QCommandLineOption(QString::fromLatin1(name), QCoreApplication::translate(context, description));
}

Result<qint64> Context::integer(const QString &name, qint64 fallback, qint64 min, qint64 max) const
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        return Error{CommandLine::tr("--%1: \"%2\" is not a whole number between %3 and %4.").arg(name, parser.value(name)).arg(min).arg(max),
                     {}, ErrorCode::InvalidInput};
    return value;
}

Result<std::pair<QDate, QDate>> Context::days(QDate from, QDate to, int fromBack) const
{
    QDate range[2] = {from, to};
    const char *names[2] = {"from", "to"};
    for (int i = 0; i < 2; ++i) {
        const QString name = QLatin1String(names[i]);
        if (!parser.isSet(name))
            continue;
        range[i] = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!range[i].isValid())
            return Error{CommandLine::tr("--%1: \"%2\" is not a date in the form YYYY-MM-DD.").arg(name, parser.value(name)), {},
                         ErrorCode::InvalidInput};
    }
    if (fromBack > 0 && !parser.isSet(QStringLiteral("from")))
        range[0] = range[1].addDays(-fromBack);
    if (range[0] >= range[1])
        return Error{CommandLine::tr("The range is empty or inverted: --from %1 must come before --to %2.")
                         .arg(range[0].toString(Qt::ISODate), range[1].toString(Qt::ISODate)),
                     {}, ErrorCode::InvalidInput};
    return std::pair<QDate, QDate>{range[0], range[1]};
}

Status Context::create()
{
    auto opened = Database::open(url, Database::OpenMode::CreateIfMissing);
    if (!opened)
        return opened.error();
    db = opened.value();
    return Done{};
}

int run(const QStringList &arguments)
{
    // A database that wants a password nobody gave asks on the terminal, if there is one.
    DatabaseCredentials::setPrompt(DatabaseCredentials::terminalPrompt());
    const QList<Verb> verbs = table();
    const Match m = match(verbs, arguments);
    if (!m.verb) {
        if (m.words.isEmpty())
            return fail(CommandLine::tr("No command given; see atelier --help."), 2);
        return unknownCommand(verbs, m.words);
    }
    return parseAndRun(verbs, *m.verb, arguments, m.words);
}

Captured runCaptured(const QStringList &words, const QString &input)
{
    Capture capture(input);
    Captured ran;
    ran.code = run(QStringList{QStringLiteral("atelier")} + words);
    ran.out = capture.out();
    ran.err = capture.err();
    return ran;
}

QString verbOf(const QStringList &arguments)
{
    const QList<Verb> verbs = table();
    const Match m = match(verbs, arguments);
    if (m.verb)
        return m.verb->path;
    // Any other first word is still meant as a verb: run() says it is unknown (the console never opens on a typo).
    return m.words.value(0);
}

bool isVerb(const QString &word)
{
    for (const Verb &v : table())
        if (pathWords(v).constFirst() == word)
            return true;
    return false;
}

bool paints(const QString &word)
{
    return word == QLatin1String("watermark") || word == QLatin1String("export") || word == QLatin1String("ai");
}

bool needsWidgets(const QString &word)
{
    return word == QLatin1String("accessibility");
}

QStringList verbPaths()
{
    QStringList paths;
    for (const Verb &v : table())
        paths.append(v.path);
    return paths;
}

QString helpText()
{
    QString text = CommandLine::tr("Usage: atelier [--database URL] [--page NAME]\n"
                                   "       atelier VERB [options]\n"
                                   "\n"
                                   "Atelier, the operations console for analytics, AI Studio and collaboration.\n"
                                   "Without a verb it opens the console.\n"
                                   "\n"
                                   "Options:\n"
                                   "  --database URL   sqlite:///path/file.db or postgresql://user@host[:port]/db[?sslmode=…]\n"
                                   "                   (else ATELIER_DATABASE_URL, else the settings, else the embedded database);\n"
                                   "                   the password comes from ~/.pgpass, the keychain (db login) or a prompt\n"
                                   "  --page NAME      open the console on a page: %1\n"
                                   "  --help           show this help\n"
                                   "  --version        show the version\n"
                                   "\n"
                                   "Verbs (atelier VERB --help shows a verb's options):\n")
                       .arg(MainWindow::availablePages().join(QStringLiteral(", ")));
    for (const Verb &verb : table())
        text += QStringLiteral("  ") + (verb.path + QLatin1Char(' ') + QString::fromUtf8(verb.usage)).trimmed() + QStringLiteral("\n      ")
                + QCoreApplication::translate(verb.context, verb.what) + QLatin1Char('\n');
    text += CommandLine::tr("\nThe analytics verbs over a range also take --from YYYY-MM-DD --to YYYY-MM-DD (the range [from, to)\n"
                            "in UTC days, default the last 30 days); verbs that print data take --format (see VERB --help).\n"
                            "Exit codes: 0 success, 1 failure, 2 bad usage.\n");
    return text;
}

} // namespace Atelier::Cli
