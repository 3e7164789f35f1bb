// `atelier workflow secret set|list|reseal|delete`: the brand's named webhook secrets (docs/workflows.md, "webhook";
// docs/security.md). Values are read from standard input, stored encrypted with the database's data key, and never printed.
#include "output.h"
#include "verb.h"

#include "security/secrets.h"
#include "workflows/workflowsecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Atelier::Cli {

namespace {

/// A refusal: exit code 2 when the input was wrong or names nothing, 1 otherwise.
int failWith(const Error &error)
{
    return fail(error.message, error.code == ErrorCode::NotFound || error.code == ErrorCode::InvalidInput ? 2 : 1);
}

/// --passphrase-stdin: the data key unlocked with the passphrase on the first line of standard input; none given: null
/// (the keychain then unlocks a keychain-wrapped key).
Result<std::shared_ptr<DataKey>> dataKey(const Context &c)
{
    if (!c.isSet(QStringLiteral("passphrase-stdin")))
        return std::shared_ptr<DataKey>();
    return Secrets::unlock(c.db, readLine().value_or(QString()));
}

const char *passphraseHelp()
{
    return QT_TRANSLATE_NOOP("CommandLine", "Read the passphrase of the database's data key from standard input (first line).");
}

int setSecret(Context &c)
{
    const QString name = c.words.first();
    if (const QString problem = WorkflowSecrets::nameProblem(name); !problem.isEmpty())
        return fail(problem, 2);
    if (!c.isSet(QStringLiteral("value-stdin")))
        return fail(CommandLine::tr("workflow secret set needs --value-stdin: the value is read from standard input, never from the "
                                    "command line."),
                    2);
    auto key = dataKey(c); // the passphrase's line comes first
    if (!key)
        return fail(key.error().message);
    const QString value = readLine().value_or(QString());
    if (value.isEmpty())
        return fail(CommandLine::tr("--value-stdin: standard input held no value (an empty line)."), 2);
    if (auto s = WorkflowSecrets::set(c.db, c.brand->id, name, value, key.value()); !s)
        return failWith(s.error());
    out() << CommandLine::tr("Secret %1 of brand %2 stored encrypted; webhooks with \"secret_name\": \"%1\" are signed with it.")
                 .arg(name, c.brand->slug)
          << '\n';
    return 0;
}

int listSecrets(Context &c)
{
    auto all = WorkflowSecrets::list(c.db, c.brand->id);
    if (!all)
        return failWith(all.error());
    if (c.json()) {
        QJsonArray array;
        for (const WorkflowSecret &s : all.value())
            array.append(QJsonObject{{QStringLiteral("name"), s.name},
                                     {QStringLiteral("created_by"), jsonText(s.createdBy)},
                                     {QStringLiteral("created_at"), jsonTime(s.createdAt)},
                                     {QStringLiteral("sealed_with"), s.sealedOnDesktop ? QStringLiteral("desktop") : QStringLiteral("database")}});
        printJsonDocument(QJsonDocument(array));
        return 0;
    }
    QList<QStringList> rows;
    for (const WorkflowSecret &s : all.value())
        rows.append({s.name, s.createdBy, isoTime(s.createdAt), s.sealedOnDesktop ? QStringLiteral("desktop") : QStringLiteral("database")});
    printRows({QStringLiteral("name"), QStringLiteral("created_by"), QStringLiteral("created_at"), QStringLiteral("sealed_with")},
              {CommandLine::tr("Name"), CommandLine::tr("Stored by"), CommandLine::tr("Stored"), CommandLine::tr("Sealed with")}, rows, c.csv());
    return 0;
}

int deleteSecret(Context &c)
{
    if (auto s = WorkflowSecrets::remove(c.db, c.brand->id, c.words.first()); !s)
        return failWith(s.error());
    out() << CommandLine::tr("Secret %1 of brand %2 deleted.").arg(c.words.first(), c.brand->slug) << '\n';
    return 0;
}

int resealSecrets(Context &c)
{
    auto key = dataKey(c);
    if (!key)
        return fail(key.error().message);
    auto elsewhere = WorkflowSecrets::reseal(c.db, c.brand->id, key.value());
    if (!elsewhere)
        return failWith(elsewhere.error());
    if (elsewhere->isEmpty()) {
        out() << CommandLine::tr("Every secret of brand %1 is sealed with the database's data key.").arg(c.brand->slug) << '\n';
        return 0;
    }
    return fail(CommandLine::tr("Stored on another desktop, which alone opens them: %1. Set them again with atelier workflow secret set "
                                "NAME --brand %2 --value-stdin, or run this verb on that desktop.")
                    .arg(elsewhere->join(QStringLiteral(", ")), c.brand->slug));
}

} // namespace

QList<Verb> workflowSecretVerbs()
{
    const char *name = QT_TRANSLATE_NOOP("CommandLine", "NAME");
    return {
        {.path = QStringLiteral("workflow secret set"),
         .usage = "NAME --brand SLUG [--passphrase-stdin] --value-stdin",
         .what = QT_TRANSLATE_NOOP("CommandLine", "brand admins: store a webhook signing secret, encrypted (read from standard input)"),
         .options = {flag("value-stdin", QT_TRANSLATE_NOOP("CommandLine", "Read the value from standard input (one line).")),
                     flag("passphrase-stdin", passphraseHelp())},
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = name,
         .run = setSecret},
        {.path = QStringLiteral("workflow secret list"),
         .usage = "--brand SLUG [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "the brand's webhook secrets: names, who stored them and when (never the values)"),
         .formats = dataFormats(),
         .brand = BrandOption::Required,
         .run = listSecrets},
        {.path = QStringLiteral("workflow secret reseal"),
         .usage = "--brand SLUG [--passphrase-stdin]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "brand admins: seal with the database's data key the secrets this desktop stored before it"),
         .options = {flag("passphrase-stdin", passphraseHelp())},
         .brand = BrandOption::Required,
         .run = resealSecrets},
        {.path = QStringLiteral("workflow secret delete"),
         .usage = "NAME --brand SLUG",
         .what = QT_TRANSLATE_NOOP("CommandLine", "brand admins: delete a webhook secret"),
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = name,
         .run = deleteSecret},
    };
}

} // namespace Atelier::Cli
