// The translations' verbs (docs/translations.md): i18n status | check | export | import | set | approve | revert.
#include "output.h"
#include "verb.h"

#include "i18n/translationstore.h"
#include "i18n/tsfile.h"
#include "reports/reportsection.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Atelier::Cli {

namespace {

Result<QString> language(Context &c)
{
    const QString code = c.value(QStringLiteral("language"));
    if (code.isEmpty())
        return Error{CommandLine::tr("Name the language: --language %1.").arg(TranslationStore::languages().join(QLatin1Char('|'))), {}};
    if (!TranslationStore::languages().contains(code))
        return Error{CommandLine::tr("--language: unknown language “%1”; the languages are: %2.")
                         .arg(code, TranslationStore::languages().join(QLatin1String(", "))),
                     {}};
    return code;
}

int status(Context &c)
{
    auto all = TranslationStore::status(c.db);
    if (!all)
        return fail(all.error().message);
    ReportTable t;
    t.keys = {QStringLiteral("language"), QStringLiteral("total"), QStringLiteral("translated"), QStringLiteral("approved"),
              QStringLiteral("waiting_for_review"), QStringLiteral("needs_editing"), QStringLiteral("warnings"),
              QStringLiteral("errors"), QStringLiteral("changed")};
    t.columns = {CommandLine::tr("Language"), CommandLine::tr("Total"), CommandLine::tr("Translated"), CommandLine::tr("Approved"),
                 CommandLine::tr("Waiting for review"), CommandLine::tr("Needs editing"), CommandLine::tr("Warnings"),
                 CommandLine::tr("Errors"), CommandLine::tr("Changed")};
    for (const TranslationLanguageStatus &s : all.value())
        t.rows.append({s.language, s.total, s.translated, s.approved, s.waiting, s.needsEditing, s.warnings, s.errors, s.changed});
    print(c, t);
    return 0;
}

int check(Context &c)
{
    QStringList languages = TranslationStore::languages();
    if (c.isSet(QStringLiteral("language"))) {
        auto l = language(c);
        if (!l)
            return fail(l.error().message, 2);
        languages = {l.value()};
    }
    ReportTable t;
    t.keys = {QStringLiteral("language"), QStringLiteral("context"), QStringLiteral("source"), QStringLiteral("check"),
              QStringLiteral("level"), QStringLiteral("message")};
    t.columns = {CommandLine::tr("Language"), CommandLine::tr("Context"), CommandLine::tr("Source"), CommandLine::tr("Check"),
                 CommandLine::tr("Level"), CommandLine::tr("Message")};
    int errors = 0;
    for (const QString &code : languages) {
        auto messages = TranslationStore::list(c.db, code);
        if (!messages)
            return fail(messages.error().message);
        for (const TranslationMessage &m : messages.value())
            for (const TranslationWarning &w : m.warnings) {
                errors += w.error;
                t.rows.append({code, m.context, m.source, w.check, w.error ? QStringLiteral("error") : QStringLiteral("warning"), w.message});
            }
    }
    print(c, t);
    if (errors > 0)
        return fail(CommandLine::tr("%n translation error(s): Qt would show these texts wrongly.", nullptr, errors));
    return 0;
}

int exportTs(Context &c)
{
    auto code = language(c);
    if (!code)
        return fail(code.error().message, 2);
    const QString path = c.value(QStringLiteral("out"));
    if (path.isEmpty())
        return fail(CommandLine::tr("Name the file to write: --out FILE.ts."), 2);
    auto file = TranslationStore::exportTs(c.db, code.value());
    if (!file)
        return fail(file.error().message);
    if (auto s = file->save(path); !s)
        return fail(s.error().message);
    out() << CommandLine::tr("%1: %n message(s) in %2 written.", nullptr, int(file->messages.size())).arg(path, code.value()) << '\n';
    return 0;
}

int importTs(Context &c)
{
    const QString path = c.words.value(0);
    auto file = TsFile::read(path);
    if (!file)
        return fail(file.error().message);
    QString code;
    if (c.isSet(QStringLiteral("language"))) {
        auto l = language(c);
        if (!l)
            return fail(l.error().message, 2);
        code = l.value();
    }
    auto report = TranslationStore::importTs(c.db, file.value(), code);
    if (!report)
        return fail(report.error().message);
    if (!report->refused.isEmpty()) {
        for (const QString &line : report->refused)
            out() << path << ": " << line << '\n';
        return fail(CommandLine::tr("%1: %n message(s) refused; nothing was imported.", nullptr, int(report->refused.size())).arg(path));
    }
    if (c.json()) {
        printJson(QJsonObject{{QStringLiteral("language"), report->language}, {QStringLiteral("added"), report->added},
                              {QStringLiteral("changed"), report->changed}, {QStringLiteral("unchanged"), report->unchanged},
                              {QStringLiteral("skipped"), report->skipped}});
        return 0;
    }
    out() << CommandLine::tr("%1 (%2): %3 added, %4 changed, %5 unchanged, %6 obsolete or vanished skipped.")
                 .arg(path, report->language)
                 .arg(report->added)
                 .arg(report->changed)
                 .arg(report->unchanged)
                 .arg(report->skipped)
          << '\n';
    return 0;
}

/// set, approve, revert: the message named by --context, --source and --disambiguation.
int change(Context &c, const QString &what)
{
    auto code = language(c);
    if (!code)
        return fail(code.error().message, 2);
    const QString context = c.value(QStringLiteral("context"));
    const QString source = c.value(QStringLiteral("source"));
    if (context.isEmpty() || source.isEmpty())
        return fail(CommandLine::tr("Name the message: --context CONTEXT --source TEXT."), 2);
    const QString disambiguation = c.value(QStringLiteral("disambiguation"));
    const QString key = TranslationStore::messageKey(context, source, disambiguation);
    Status done = Done{};
    if (what == QLatin1String("set")) {
        std::optional<TranslationState> state;
        if (c.isSet(QStringLiteral("state"))) {
            state = TranslationStore::stateFromName(c.value(QStringLiteral("state")));
            if (!state || *state == TranslationState::Untranslated)
                return fail(CommandLine::tr("--state: “%1” is not needs_editing, waiting_for_review or approved.").arg(c.value(QStringLiteral("state"))), 2);
        }
        const QStringList forms = c.values(QStringLiteral("text"));
        if (forms.isEmpty())
            return fail(CommandLine::tr("Give the translation: --text TEXT (once per numerus form)."), 2);
        done = TranslationStore::set(c.db, code.value(), context, source, disambiguation, forms, state);
    } else if (what == QLatin1String("approve")) {
        done = TranslationStore::approve(c.db, code.value(), key);
    } else {
        done = TranslationStore::revert(c.db, code.value(), key);
    }
    if (!done)
        return fail(done.error().message);
    out() << (what == QLatin1String("set")       ? CommandLine::tr("%1: translation of “%2” saved.")
              : what == QLatin1String("approve") ? CommandLine::tr("%1: translation of “%2” approved.")
                                                 : CommandLine::tr("%1: translation of “%2” reverted to the compiled one."))
                 .arg(code.value(), source)
          << '\n';
    return 0;
}

QList<QCommandLineOption> messageOptions()
{
    return {option("language", QT_TRANSLATE_NOOP("CommandLine", "Language code (fr, es…)."), QT_TRANSLATE_NOOP("CommandLine", "code")),
            option("context", QT_TRANSLATE_NOOP("CommandLine", "The message's context (its class)."), QT_TRANSLATE_NOOP("CommandLine", "context")),
            option("source", QT_TRANSLATE_NOOP("CommandLine", "The message's English source text."), QT_TRANSLATE_NOOP("CommandLine", "text")),
            option("disambiguation", QT_TRANSLATE_NOOP("CommandLine", "The message's disambiguation, if it has one."),
                   QT_TRANSLATE_NOOP("CommandLine", "text"))};
}

} // namespace

QList<Verb> i18nVerbs()
{
    const auto languageOption = [] {
        return option("language", QT_TRANSLATE_NOOP("CommandLine", "Language code (fr, es…)."), QT_TRANSLATE_NOOP("CommandLine", "code"));
    };
    QList<QCommandLineOption> setOptions = messageOptions();
    setOptions += {option("text", QT_TRANSLATE_NOOP("CommandLine", "The translation; once per form for a numerus message."),
                          QT_TRANSLATE_NOOP("CommandLine", "text")),
                   option("state", QT_TRANSLATE_NOOP("CommandLine", "needs_editing, waiting_for_review or approved (default: approved "
                                                                     "for a reviewer, else waiting_for_review)."),
                          QT_TRANSLATE_NOOP("CommandLine", "state"))};
    return {
        {.path = QStringLiteral("i18n status"),
         .usage = "[--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "per language: messages, translated, approved, with warnings, changed in the console"),
         .formats = dataFormats(),
         .run = status},
        {.path = QStringLiteral("i18n check"),
         .usage = "[--language L] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "the translations' check warnings; fails on an error (a place marker missing or extra)"),
         .options = {languageOption()},
         .formats = dataFormats(),
         .run = check},
        {.path = QStringLiteral("i18n export"),
         .usage = "--language L --out FILE.ts",
         .what = QT_TRANSLATE_NOOP("CommandLine", "write a language's .ts file with the console's changes, for Qt Linguist"),
         .options = {languageOption(), option("out", QT_TRANSLATE_NOOP("CommandLine", "The .ts file to write."), QT_TRANSLATE_NOOP("CommandLine", "file"))},
         .run = exportTs},
        {.path = QStringLiteral("i18n import"),
         .usage = "FILE.ts [--language L] [--format table|json]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "store a .ts file's translations that differ from the console's, all or nothing"),
         .options = {languageOption()},
         .formats = {QStringLiteral("table"), QStringLiteral("json")},
         .minWords = 1,
         .maxWords = 1,
         .wordNames = QT_TRANSLATE_NOOP("CommandLine", "FILE.ts"),
         .run = importTs},
        {.path = QStringLiteral("i18n set"),
         .usage = "--language L --context C --source S [--disambiguation D] --text T [--text T2] [--state S]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "change one message's translation (live in every console once approved)"),
         .options = setOptions,
         .run = [](Context &c) { return change(c, QStringLiteral("set")); }},
        {.path = QStringLiteral("i18n approve"),
         .usage = "--language L --context C --source S [--disambiguation D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "approve a proposed translation (reviewers: admins of a brand)"),
         .options = messageOptions(),
         .run = [](Context &c) { return change(c, QStringLiteral("approve")); }},
        {.path = QStringLiteral("i18n revert"),
         .usage = "--language L --context C --source S [--disambiguation D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "remove a message's change: the compiled translation shows again"),
         .options = messageOptions(),
         .run = [](Context &c) { return change(c, QStringLiteral("revert")); }},
    };
}

} // namespace Atelier::Cli
