#include "legacy.h"
#include "output.h"
#include "verb.h"

#include "analytics/anomalyservice.h"
#include "reports/reportexport.h"
#include "analytics/benchmarkservice.h"
#include "analytics/breakdownservice.h"
#include "analytics/correlationservice.h"
#include "analytics/dailymetrics.h"
#include "analytics/experimentservice.h"
#include "analytics/funnelservice.h"
#include "analytics/funnelstore.h"
#include "analytics/journeyservice.h"
#include "analytics/predictionservice.h"
#include "analytics/realtimeservice.h"
#include "analytics/retentionservice.h"
#include "analytics/seasonalityservice.h"
#include "analytics/segmentservice.h"
#include "collaboration/comments.h"
#include "collaboration/inbox.h"
#include "collaboration/sharing.h"
#include "collaboration/useradmin.h"
#include "security/audittrail.h"
#include "security/secrets.h"
#include "security/watermark.h"
#include "core/appsettings.h"
#include "core/brandservice.h"
#include "core/database.h"
#include "core/databasecredentials.h"
#include "core/databasestatus.h"
#include "core/migrator.h"
#include "core/privatefiles.h"
#include "demo/demogenerator.h"
#include "demo/firststart.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <charconv>
#include <unistd.h>
#include <optional>
#include <cstdio>
#include <limits>

namespace Atelier {

namespace {

using namespace Cli;








/// Output format check shared by the collaboration verbs.
bool knownFormat(const QString &format)
{
    return QStringList{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}.contains(format);
}

int audit(const QStringList &arguments)
{
    const QCommandLineOption user(QStringLiteral("user"), CommandLine::tr("Only this person (username)."), CommandLine::tr("name"));
    const QCommandLineOption action(QStringLiteral("action"), CommandLine::tr("Only this action."), CommandLine::tr("action"));
    const QCommandLineOption resourceType(QStringLiteral("resource-type"), CommandLine::tr("Only this resource type."), CommandLine::tr("type"));
    const QCommandLineOption resourceId(QStringLiteral("resource-id"), CommandLine::tr("Only this resource."), CommandLine::tr("id"));
    const QCommandLineOption from(QStringLiteral("from"), CommandLine::tr("From this UTC day."), CommandLine::tr("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), CommandLine::tr("Before this UTC day."), CommandLine::tr("YYYY-MM-DD"));
    const QCommandLineOption after(QStringLiteral("after"), CommandLine::tr("Rows after this sequence number (paging)."), CommandLine::tr("seq"));
    const QCommandLineOption limit(QStringLiteral("limit"), CommandLine::tr("At most this many rows (default 100)."), CommandLine::tr("n"));
    const QCommandLineOption outFile(QStringLiteral("out"), CommandLine::tr("The CSV file to write."), CommandLine::tr("file"));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("Output format: table, json or csv."), CommandLine::tr("format"),
                                    QStringLiteral("table"));
    Parsed p;
    if (const int code = parse(p, arguments, {user, action, resourceType, resourceId, from, to, after, limit, outFile, format}, 2); code >= 0)
        return code;
    const QString verb = p.parser.positionalArguments().value(1);
    static const QStringList verbs = {QStringLiteral("verify"), QStringLiteral("list"), QStringLiteral("export")};
    if (!verbs.contains(verb))
        return fail(CommandLine::tr("Unknown audit command \"%1\"; the audit commands are: %2.").arg(verb, verbs.join(QLatin1String(", "))), 2);
    const QString fmt = p.parser.value(format);
    if (!knownFormat(fmt))
        return fail(CommandLine::tr("--format: \"%1\" is not one of table, json, csv.").arg(fmt), 2);
    AuditFilter filter;
    filter.user = p.parser.value(user);
    filter.action = p.parser.value(action);
    filter.resourceType = p.parser.value(resourceType);
    filter.resourceId = p.parser.value(resourceId);
    const QCommandLineOption *days[2] = {&from, &to};
    for (const QCommandLineOption *option : days) {
        if (!p.parser.isSet(*option))
            continue;
        const QDate day = QDate::fromString(p.parser.value(*option), Qt::ISODate);
        if (!day.isValid())
            return fail(CommandLine::tr("--%1: \"%2\" is not a date in the form YYYY-MM-DD.").arg(option->names().constFirst(), p.parser.value(*option)), 2);
        (option == &from ? filter.from : filter.to) = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    auto afterSeq = integerOption(p.parser, QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max());
    auto rows = integerOption(p.parser, QStringLiteral("limit"), 100, 1, 10000);
    if (!afterSeq || !rows)
        return fail((afterSeq ? rows.error() : afterSeq.error()).message, 2);
    if (verb == QLatin1String("export") && !p.parser.isSet(outFile))
        return fail(CommandLine::tr("--out is required: the CSV file to write."), 2);
    auto db = Database::open(p.url, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error().message);
    if (verb == QLatin1String("verify")) {
        auto v = AuditTrail::verify(db.value());
        if (!v)
            return fail(v.error().message);
        if (!v->intact)
            return fail(CommandLine::tr("The audit trail is broken at row %1 (of %2 read): %3").arg(v->brokenSeq).arg(v->rows).arg(v->problem));
        out() << CommandLine::tr("The audit trail is intact: %n row(s), each linked to the one before.", nullptr, int(v->rows)) << '\n';
        if (v->unchained > 0)
            out() << CommandLine::tr("The first %n row(s) were recorded before the trail was chained and carry no hash.", nullptr,
                                     int(v->unchained))
                  << '\n';
        if (v->pending > 0)
            out() << CommandLine::tr("%n more row(s) are recorded but not chained yet (another chaining is under way or their "
                                     "transaction is still open); verify again to check them.", nullptr, int(v->pending))
                  << '\n';
        if (v->headSeq > 0)
            out() << CommandLine::tr("Head: row %1, hash %2 (keep it elsewhere: a later verify that shows another hash for this "
                                     "row means the trail was rewritten).")
                         .arg(v->headSeq)
                         .arg(v->headHash)
                  << '\n';
        return 0;
    }
    if (verb == QLatin1String("export")) {
        // Written beside the target and renamed at the end: never half a file under the name asked for.
        QSaveFile file(p.parser.value(outFile));
        if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file)) // owner-only, like every export
            return fail(CommandLine::tr("Cannot write %1: %2").arg(p.parser.value(outFile), file.errorString()));
        auto written = AuditTrail::exportCsv(db.value(), filter, [&](const QByteArray &line) { return file.write(line) == line.size(); });
        if (!written)
            return fail(written.error().message);
        if (!file.commit())
            return fail(CommandLine::tr("Cannot write %1: %2").arg(p.parser.value(outFile), file.errorString()));
        if (auto s = AuditTrail::record(db.value(), QStringLiteral("export"), QStringLiteral("security_audits"), QStringLiteral("csv"), {},
                                        {{QStringLiteral("rows"), written.value()}});
            !s)
            return fail(s.error().message);
        out() << CommandLine::tr("%n row(s) written to %1.", nullptr, int(written.value())).arg(p.parser.value(outFile)) << '\n';
        return 0;
    }
    auto list = AuditTrail::list(db.value(), filter, afterSeq.value(), int(rows.value()));
    if (!list)
        return fail(list.error().message);
    if (fmt == QLatin1String("json")) {
        QJsonArray json;
        for (const AuditRecord &r : list.value())
            json.append(QJsonObject{{QStringLiteral("seq"), r.seq}, {QStringLiteral("id"), r.id},
                                    {QStringLiteral("created_at"), QDateTime::fromMSecsSinceEpoch(r.createdAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("user"), r.username.isEmpty() ? r.userId : r.username}, {QStringLiteral("action"), r.action},
                                    {QStringLiteral("resource_type"), r.resourceType}, {QStringLiteral("resource_id"), r.resourceId},
                                    {QStringLiteral("brand_id"), r.brandId.isNull() ? QJsonValue() : QJsonValue(r.brandId)},
                                    {QStringLiteral("ip_address"), r.ipAddress.isNull() ? QJsonValue() : QJsonValue(r.ipAddress)},
                                    {QStringLiteral("user_agent"), r.userAgent.isNull() ? QJsonValue() : QJsonValue(r.userAgent)},
                                    {QStringLiteral("row_hash"), r.rowHash}});
        printJson({{QStringLiteral("audits"), json},
                   {QStringLiteral("next_after"), list->isEmpty() ? QJsonValue() : QJsonValue(list->constLast().seq)}});
        return 0;
    }
    QList<QStringList> table;
    for (const AuditRecord &r : list.value())
        table.append({QString::number(r.seq), QDateTime::fromMSecsSinceEpoch(r.createdAtMs, Qt::UTC).toString(Qt::ISODate),
                      r.username.isEmpty() ? r.userId : r.username, r.action, r.resourceType, r.resourceId, r.ipAddress});
    printRows({QStringLiteral("seq"), QStringLiteral("created_at"), QStringLiteral("user"), QStringLiteral("action"),
               QStringLiteral("resource_type"), QStringLiteral("resource_id"), QStringLiteral("ip_address")},
              table, fmt == QLatin1String("csv"));
    return 0;
}

/// `atelier secrets init|status|rotate`: the data key that encrypts sensitive fields at rest.
int secrets(const QStringList &arguments)
{
    const QCommandLineOption passphraseStdin(QStringLiteral("passphrase-stdin"),
                                             CommandLine::tr("Read the passphrase from standard input (rotate: the current one, then "
                                                             "the new one on a second line, empty to keep it)."));
    const QCommandLineOption keychain(QStringLiteral("keychain"),
                                      CommandLine::tr("The data key is wrapped by this desktop's OS keychain instead of a passphrase "
                                                      "(one person on one desktop)."));
    const QCommandLineOption newPassphraseStdin(QStringLiteral("new-passphrase-stdin"),
                                                CommandLine::tr("rotate --keychain: move the data key to a passphrase read from "
                                                                "standard input."));
    Parsed p;
    if (const int code = parse(p, arguments, {passphraseStdin, keychain, newPassphraseStdin}, 2); code >= 0)
        return code;
    const QString verb = p.parser.positionalArguments().value(1);
    static const QStringList verbs = {QStringLiteral("init"), QStringLiteral("status"), QStringLiteral("rotate")};
    const bool withKeychain = p.parser.isSet(keychain);
    if (withKeychain && p.parser.isSet(passphraseStdin))
        return fail(CommandLine::tr("Choose --keychain or --passphrase-stdin, not both."), 2);
    if (p.parser.isSet(newPassphraseStdin) && !(withKeychain && verb == QLatin1String("rotate")))
        return fail(CommandLine::tr("--new-passphrase-stdin goes with rotate --keychain."), 2);
    if (!verbs.contains(verb))
        return fail(CommandLine::tr("Unknown secrets command \"%1\"; the secrets commands are: %2.").arg(verb, verbs.join(QLatin1String(", "))), 2);
    QString passphrase, next;
    if (withKeychain && p.parser.isSet(newPassphraseStdin)) {
        QTextStream in(stdin);
        next = in.readLine();
    } else if (verb != QLatin1String("status") && !withKeychain) {
        if (!p.parser.isSet(passphraseStdin))
            return fail(CommandLine::tr("--passphrase-stdin is required: the passphrase is read from standard input, never from the "
                                        "command line."),
                        2);
        QTextStream in(stdin);
        passphrase = in.readLine();
        if (verb == QLatin1String("rotate"))
            next = in.readLine();
    }
    auto db = Database::open(p.url, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error().message);
    if (verb == QLatin1String("status")) {
        auto st = Secrets::status(db.value());
        if (!st)
            return fail(st.error().message);
        if (!st->initialised)
            out() << CommandLine::tr("No data key yet: sensitive fields are not encrypted. Create one with atelier secrets init.") << '\n';
        else if (st->method == QLatin1String("keychain"))
            out() << (st->thisDesktopHolds ? CommandLine::tr("Data key %1, wrapped by this desktop's keychain, last changed %2.")
                                           : CommandLine::tr("Data key %1, wrapped by the keychain of another desktop, last changed %2."))
                         .arg(st->keyVersion)
                         .arg(st->rotatedAt.toString(Qt::ISODate))
                  << '\n';
        else
            out() << CommandLine::tr("Data key %1, wrapped by a passphrase, last changed %2.")
                         .arg(st->keyVersion)
                         .arg(st->rotatedAt.toString(Qt::ISODate))
                  << '\n';
        return 0;
    }
    if (verb == QLatin1String("init")) {
        if (auto s = withKeychain ? Secrets::initialiseWithKeychain(db.value()) : Secrets::initialise(db.value(), passphrase); !s)
            return fail(s.error().message);
        if (auto s = AuditTrail::record(db.value(), QStringLiteral("create"), QStringLiteral("secret_keyring"), QStringLiteral("1")); !s)
            return fail(s.error().message);
        out() << CommandLine::tr("The data key is created; sensitive fields are encrypted at rest.") << '\n';
        return 0;
    }
    auto count = withKeychain ? Secrets::rotateWithKeychain(db.value(), next) : Secrets::rotate(db.value(), passphrase, next);
    if (!count)
        return fail(count.error().message);
    if (auto s = AuditTrail::record(db.value(), QStringLiteral("edit"), QStringLiteral("secret_keyring"), QStringLiteral("1"), {},
                                    {{QStringLiteral("reencrypted"), count.value()}});
        !s)
        return fail(s.error().message);
    out() << CommandLine::tr("New data key; %n value(s) re-encrypted.", nullptr, int(count.value())) << '\n';
    return 0;
}

int watermark(const QStringList &arguments)
{
    const QCommandLineOption kind(QStringLiteral("kind"), CommandLine::tr("visible, invisible or metadata."), CommandLine::tr("kind"));
    const QCommandLineOption input(QStringLiteral("input"), CommandLine::tr("The image to read."), CommandLine::tr("file"));
    const QCommandLineOption output(QStringLiteral("output"), CommandLine::tr("The image to write (.png, .jpg)."), CommandLine::tr("file"));
    const QCommandLineOption resourceType(QStringLiteral("resource-type"), CommandLine::tr("What the image is, as ai_generation."), CommandLine::tr("type"));
    const QCommandLineOption resourceId(QStringLiteral("resource-id"), CommandLine::tr("Its id."), CommandLine::tr("id"));
    const QCommandLineOption text(QStringLiteral("text"), CommandLine::tr("The text of a visible watermark."), CommandLine::tr("text"));
    const QCommandLineOption position(QStringLiteral("position"), CommandLine::tr("top-left, top-right, bottom-left, bottom-right or center."),
                                      CommandLine::tr("position"), QStringLiteral("bottom-right"));
    const QCommandLineOption opacity(QStringLiteral("opacity"), CommandLine::tr("0 to 1 (default 0.35)."), CommandLine::tr("opacity"),
                                     QStringLiteral("0.35"));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("Output format: table or json."), CommandLine::tr("format"),
                                    QStringLiteral("table"));
    Parsed p;
    if (const int code = parse(p, arguments, {kind, input, output, resourceType, resourceId, text, position, opacity, format}, 2); code >= 0)
        return code;
    const QString verb = p.parser.positionalArguments().value(1);
    if (verb != QLatin1String("apply") && verb != QLatin1String("detect"))
        return fail(CommandLine::tr("Unknown watermark command \"%1\"; the watermark commands are: apply, detect.").arg(verb), 2);
    if (!p.parser.isSet(input))
        return fail(CommandLine::tr("--input is required: the image to read."), 2);
    const QString fmt = p.parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json"))
        return fail(CommandLine::tr("--format: \"%1\" is not one of table, json.").arg(fmt), 2);
    std::optional<double> alpha;
    if (verb == QLatin1String("apply")) {
        for (const QCommandLineOption *required : {&kind, &output, &resourceType, &resourceId})
            if (!p.parser.isSet(*required))
                return fail(CommandLine::tr("--%1 is required to apply a watermark.").arg(required->names().constFirst()), 2);
        alpha = decimalNumber(p.parser.value(opacity));
        if (!alpha)
            return fail(CommandLine::tr("--opacity: \"%1\" is not a number.").arg(p.parser.value(opacity)), 2);
    }
    auto db = Database::open(p.url, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error().message);
    if (verb == QLatin1String("apply")) {
        auto id = Watermarks::apply(db.value(), p.parser.value(kind), p.parser.value(input), p.parser.value(output),
                                    p.parser.value(resourceType), p.parser.value(resourceId), p.parser.value(text),
                                    p.parser.value(position), *alpha);
        if (!id)
            return fail(id.error().message);
        out() << id.value() << '\n';
        return 0;
    }
    auto found = Watermarks::detect(db.value(), p.parser.value(input));
    if (!found)
        return fail(found.error().message);
    if (fmt == QLatin1String("json")) {
        QJsonArray list;
        for (const WatermarkFound &w : found.value())
            list.append(QJsonObject{{QStringLiteral("kind"), w.kind}, {QStringLiteral("watermark_id"), w.watermarkId},
                                    {QStringLiteral("resource_type"), w.resourceType}, {QStringLiteral("resource_id"), w.resourceId}});
        printJson({{QStringLiteral("file"), p.parser.value(input)}, {QStringLiteral("watermarks"), list}});
        return 0;
    }
    QList<QStringList> rows;
    for (const WatermarkFound &w : found.value())
        rows.append({w.kind, w.watermarkId, w.resourceType, w.resourceId});
    printRows({QStringLiteral("kind"), QStringLiteral("watermark_id"), QStringLiteral("resource_type"), QStringLiteral("resource_id")}, rows,
              false);
    return 0;
}

} // namespace

namespace Cli {

QList<Verb> securityVerbs()
{
    QList<Verb> verbs;
    verbs.append({.path = QStringLiteral("audit"), .maxWords = -1, .legacy = [](const QStringList &a) { return audit(a); }});
    verbs.append({.path = QStringLiteral("secrets"), .maxWords = -1, .legacy = [](const QStringList &a) { return secrets(a); }});
    verbs.append({.path = QStringLiteral("watermark"), .maxWords = -1, .legacy = [](const QStringList &a) { return watermark(a); }});
    return verbs;
}

} // namespace Cli
} // namespace Atelier
