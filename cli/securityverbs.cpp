// The verbs of the trail, the keys and the marks: audit verify|list|export, secrets init|rotate|status,
// watermark apply|detect.
#include "output.h"
#include "verb.h"

#include "core/privatefiles.h"
#include "reports/reportsection.h"
#include "security/audittrail.h"
#include "security/secrets.h"
#include "security/watermark.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>
#include <limits>

namespace Atelier::Cli {

namespace {

ReportTable textTable(const QList<std::pair<const char *, QString>> &columns)
{
    ReportTable table;
    for (const auto &[key, header] : columns) {
        table.keys.append(QString::fromLatin1(key));
        table.columns.append(header);
    }
    return table;
}

// ---- audit ----

/// The rows --user, --action, --resource-type, --resource-id, --from and --to keep.
Result<AuditFilter> auditFilter(const Context &c)
{
    AuditFilter filter;
    filter.user = c.value(QStringLiteral("user"));
    filter.action = c.value(QStringLiteral("action"));
    filter.resourceType = c.value(QStringLiteral("resource-type"));
    filter.resourceId = c.value(QStringLiteral("resource-id"));
    for (const char *name : {"from", "to"}) {
        const QString option = QLatin1String(name);
        if (!c.isSet(option))
            continue;
        const QDate day = QDate::fromString(c.value(option), Qt::ISODate);
        if (!day.isValid())
            return Error{CommandLine::tr("--%1: \"%2\" is not a date in the form YYYY-MM-DD.").arg(option, c.value(option)), {},
                         ErrorCode::InvalidInput};
        (option == QLatin1String("from") ? filter.from : filter.to) = QDateTime(day, QTime(0, 0), Qt::UTC);
    }
    return filter;
}

QList<QCommandLineOption> filterOptions()
{
    const char *day = QT_TRANSLATE_NOOP("CommandLine", "YYYY-MM-DD");
    return {option("user", QT_TRANSLATE_NOOP("CommandLine", "Only this person (username)."), QT_TRANSLATE_NOOP("CommandLine", "name")),
            option("action", QT_TRANSLATE_NOOP("CommandLine", "Only this action."), QT_TRANSLATE_NOOP("CommandLine", "action")),
            option("resource-type", QT_TRANSLATE_NOOP("CommandLine", "Only this resource type."), QT_TRANSLATE_NOOP("CommandLine", "type")),
            option("resource-id", QT_TRANSLATE_NOOP("CommandLine", "Only this resource."), QT_TRANSLATE_NOOP("CommandLine", "id")),
            option("from", QT_TRANSLATE_NOOP("CommandLine", "From this UTC day."), day),
            option("to", QT_TRANSLATE_NOOP("CommandLine", "Before this UTC day."), day)};
}

int auditVerify(Context &c)
{
    auto v = AuditTrail::verify(c.db);
    if (!v)
        return fail(v.error().message);
    if (!v->intact)
        return fail(CommandLine::tr("The audit trail is broken at row %1 (of %2 read): %3").arg(v->brokenSeq).arg(v->rows).arg(v->problem));
    out() << CommandLine::tr("The audit trail is intact: %n row(s), each linked to the one before.", nullptr, int(v->rows)) << '\n';
    if (v->unchained > 0)
        out() << CommandLine::tr("The first %n row(s) were recorded before the trail was chained and carry no hash.", nullptr, int(v->unchained))
              << '\n';
    if (v->pending > 0)
        out() << CommandLine::tr("%n more row(s) are recorded but not chained yet (another chaining is under way or their "
                                 "transaction is still open); verify again to check them.",
                                 nullptr, int(v->pending))
              << '\n';
    if (v->headSeq > 0)
        out() << CommandLine::tr("Head: row %1, hash %2 (keep it elsewhere: a later verify that shows another hash for this "
                                 "row means the trail was rewritten).")
                     .arg(v->headSeq)
                     .arg(v->headHash)
              << '\n';
    return 0;
}

int auditList(Context &c)
{
    auto filter = auditFilter(c);
    if (!filter)
        return fail(filter.error().message, 2);
    auto after = c.integer(QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max());
    if (!after)
        return fail(after.error().message, 2);
    auto limit = c.integer(QStringLiteral("limit"), 100, 1, 10000);
    if (!limit)
        return fail(limit.error().message, 2);
    auto list = AuditTrail::list(c.db, filter.value(), after.value(), int(limit.value()));
    if (!list)
        return fail(list.error().message);
    ReportTable table = textTable({{"seq", CommandLine::tr("#")},
                                   {"created_at", CommandLine::tr("When")},
                                   {"user", CommandLine::tr("User")},
                                   {"action", CommandLine::tr("Action")},
                                   {"resource_type", CommandLine::tr("Resource type")},
                                   {"resource_id", CommandLine::tr("Resource ID")},
                                   {"ip_address", CommandLine::tr("IP address")}});
    QJsonArray json;
    auto orNull = [](const QString &value) { return value.isNull() ? QJsonValue() : QJsonValue(value); };
    for (const AuditRecord &r : list.value()) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(r.createdAtMs, Qt::UTC);
        const QString user = r.username.isEmpty() ? r.userId : r.username;
        json.append(QJsonObject{{QStringLiteral("seq"), r.seq},
                                {QStringLiteral("id"), r.id},
                                {QStringLiteral("created_at"), at.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("user"), user},
                                {QStringLiteral("action"), r.action},
                                {QStringLiteral("resource_type"), r.resourceType},
                                {QStringLiteral("resource_id"), r.resourceId},
                                {QStringLiteral("brand_id"), orNull(r.brandId)},
                                {QStringLiteral("ip_address"), orNull(r.ipAddress)},
                                {QStringLiteral("user_agent"), orNull(r.userAgent)},
                                {QStringLiteral("row_hash"), r.rowHash}});
        table.rows.append({r.seq, at.toString(Qt::ISODate), user, r.action, r.resourceType, r.resourceId, r.ipAddress});
    }
    print(c, table,
          QJsonObject{{QStringLiteral("audits"), json},
                      {QStringLiteral("next_after"), list->isEmpty() ? QJsonValue() : QJsonValue(list->constLast().seq)}});
    return 0;
}

int auditExport(Context &c)
{
    auto filter = auditFilter(c);
    if (!filter)
        return fail(filter.error().message, 2);
    const QString path = c.value(QStringLiteral("out"));
    if (!c.isSet(QStringLiteral("out")) || path.isEmpty())
        return fail(CommandLine::tr("--out is required: the CSV file to write."), 2);
    // Written beside the target and renamed at the end: never half a file under the name asked for.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !PrivateFiles::restrictToOwner(file)) // owner-only, like every export
        return fail(CommandLine::tr("Cannot write %1: %2").arg(path, file.errorString()));
    auto written = AuditTrail::exportCsv(c.db, filter.value(), [&file](const QByteArray &line) { return file.write(line) == line.size(); });
    if (!written)
        return fail(written.error().message);
    if (!file.commit())
        return fail(CommandLine::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (const Status s = AuditTrail::record(c.db, QStringLiteral("export"), QStringLiteral("security_audits"), QStringLiteral("csv"), {},
                                            {{QStringLiteral("rows"), written.value()}});
        !s)
        return fail(s.error().message);
    out() << CommandLine::tr("%n row(s) written to %1.", nullptr, int(written.value())).arg(path) << '\n';
    return 0;
}

// ---- secrets ----

const QString kPassphraseStdin = QStringLiteral("passphrase-stdin");
const QString kKeychain = QStringLiteral("keychain");
const QString kNewPassphraseStdin = QStringLiteral("new-passphrase-stdin");

/// --keychain, or the passphrase read from standard input (never from the command line).
Result<bool> keychainOrPassphrase(const Context &c)
{
    if (c.isSet(kKeychain) && c.isSet(kPassphraseStdin))
        return Error{CommandLine::tr("Choose --keychain or --passphrase-stdin, not both."), {}, ErrorCode::InvalidInput};
    if (!c.isSet(kKeychain) && !c.isSet(kPassphraseStdin))
        return Error{CommandLine::tr("--passphrase-stdin is required: the passphrase is read from standard input, never from the "
                                     "command line."),
                     {}, ErrorCode::InvalidInput};
    return c.isSet(kKeychain);
}

int secretsInit(Context &c)
{
    auto keychain = keychainOrPassphrase(c);
    if (!keychain)
        return fail(keychain.error().message, 2);
    const Status made = keychain.value() ? Secrets::initialiseWithKeychain(c.db) : Secrets::initialise(c.db, readLine().value_or(QString()));
    if (!made)
        return fail(made.error().message);
    if (const Status s = AuditTrail::record(c.db, QStringLiteral("create"), QStringLiteral("secret_keyring"), QStringLiteral("1")); !s)
        return fail(s.error().message);
    out() << CommandLine::tr("The data key is created; sensitive fields are encrypted at rest.") << '\n';
    return 0;
}

int secretsRotate(Context &c)
{
    auto keychain = keychainOrPassphrase(c);
    if (!keychain)
        return fail(keychain.error().message, 2);
    if (c.isSet(kNewPassphraseStdin) && !keychain.value())
        return fail(CommandLine::tr("--new-passphrase-stdin goes with rotate --keychain."), 2);
    Result<qint64> count = qint64(0);
    if (keychain.value()) {
        count = Secrets::rotateWithKeychain(c.db, c.isSet(kNewPassphraseStdin) ? readLine().value_or(QString()) : QString());
    } else {
        // The current passphrase, then the new one (an empty line, or none, keeps it).
        const QString passphrase = readLine().value_or(QString());
        const QString next = readLine().value_or(QString());
        count = Secrets::rotate(c.db, passphrase, next);
    }
    if (!count)
        return fail(count.error().message);
    if (const Status s = AuditTrail::record(c.db, QStringLiteral("edit"), QStringLiteral("secret_keyring"), QStringLiteral("1"), {},
                                            {{QStringLiteral("reencrypted"), count.value()}});
        !s)
        return fail(s.error().message);
    out() << CommandLine::tr("New data key; %n value(s) re-encrypted.", nullptr, int(count.value())) << '\n';
    return 0;
}

int secretsStatus(Context &c)
{
    auto st = Secrets::status(c.db);
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
        out() << CommandLine::tr("Data key %1, wrapped by a passphrase, last changed %2.").arg(st->keyVersion).arg(st->rotatedAt.toString(Qt::ISODate))
              << '\n';
    return 0;
}

// ---- watermarks ----

int watermarkApply(Context &c)
{
    for (const char *required : {"kind", "input", "output", "resource-type", "resource-id"})
        if (!c.isSet(QLatin1String(required)))
            return fail(CommandLine::tr("--%1 is required to apply a watermark.").arg(QLatin1String(required)), 2);
    bool ok = false;
    const double opacity = c.value(QStringLiteral("opacity")).trimmed().toDouble(&ok); // C locale, no group separators
    if (!ok || !std::isfinite(opacity))
        return fail(CommandLine::tr("--opacity: \"%1\" is not a number.").arg(c.value(QStringLiteral("opacity"))), 2);
    auto id = Watermarks::apply(c.db, c.value(QStringLiteral("kind")), c.value(QStringLiteral("input")), c.value(QStringLiteral("output")),
                                c.value(QStringLiteral("resource-type")), c.value(QStringLiteral("resource-id")), c.value(QStringLiteral("text")),
                                c.value(QStringLiteral("position")), opacity);
    if (!id)
        return fail(id.error().message);
    out() << id.value() << '\n';
    return 0;
}

int watermarkDetect(Context &c)
{
    if (!c.isSet(QStringLiteral("input")))
        return fail(CommandLine::tr("--input is required: the image to read."), 2);
    const QString input = c.value(QStringLiteral("input"));
    auto found = Watermarks::detect(c.db, input);
    if (!found)
        return fail(found.error().message);
    ReportTable table = textTable({{"kind", CommandLine::tr("Kind")},
                                   {"watermark_id", CommandLine::tr("Watermark ID")},
                                   {"resource_type", CommandLine::tr("Resource type")},
                                   {"resource_id", CommandLine::tr("Resource ID")}});
    QJsonArray list;
    for (const WatermarkFound &w : found.value()) {
        list.append(QJsonObject{{QStringLiteral("kind"), w.kind},
                                {QStringLiteral("watermark_id"), w.watermarkId},
                                {QStringLiteral("resource_type"), w.resourceType},
                                {QStringLiteral("resource_id"), w.resourceId}});
        table.rows.append({w.kind, w.watermarkId, w.resourceType, w.resourceId});
    }
    print(c, table, QJsonObject{{QStringLiteral("file"), input}, {QStringLiteral("watermarks"), list}});
    return 0;
}

} // namespace

QList<Verb> securityVerbs()
{
    const char *file = QT_TRANSLATE_NOOP("CommandLine", "file");
    const QList<QCommandLineOption> filters = filterOptions();
    const QCommandLineOption keychain = flag("keychain", QT_TRANSLATE_NOOP("CommandLine", "The data key is wrapped by this desktop's OS keychain "
                                                                                          "instead of a passphrase (one person on one desktop)."));
    const QCommandLineOption input = option("input", QT_TRANSLATE_NOOP("CommandLine", "The image to read."), file);
    return {
        {.path = QStringLiteral("audit verify"),
         .what = QT_TRANSLATE_NOOP("CommandLine", "check the tamper-evident audit trail: every row linked to the one before"),
         .run = auditVerify},
        {.path = QStringLiteral("audit list"),
         .usage = "[--user U] [--action A] [--resource-type T] [--resource-id ID] [--from D] [--to D] [--after SEQ] [--limit N] "
                  "[--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "page through the audit trail, oldest first"),
         .options = filters
                    + QList<QCommandLineOption>{option("after", QT_TRANSLATE_NOOP("CommandLine", "Rows after this sequence number (paging)."),
                                                       QT_TRANSLATE_NOOP("CommandLine", "seq")),
                                                option("limit", QT_TRANSLATE_NOOP("CommandLine", "At most this many rows (default 100)."),
                                                       QT_TRANSLATE_NOOP("CommandLine", "n"))},
         .formats = dataFormats(),
         .run = auditList},
        {.path = QStringLiteral("audit export"),
         .usage = "--out FILE.csv [--user U] [--action A] [--resource-type T] [--resource-id ID] [--from D] [--to D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "write the audit trail's rows to a CSV file"),
         .options = filters + QList<QCommandLineOption>{option("out", QT_TRANSLATE_NOOP("CommandLine", "The CSV file to write."), file)},
         .run = auditExport},
        {.path = QStringLiteral("secrets init"),
         .usage = "(--passphrase-stdin | --keychain)",
         .what = QT_TRANSLATE_NOOP("CommandLine", "create the data key that encrypts sensitive fields at rest (Argon2id, XChaCha20-Poly1305)"),
         .options = {flag("passphrase-stdin", QT_TRANSLATE_NOOP("CommandLine", "Read the passphrase from standard input.")), keychain},
         .run = secretsInit},
        {.path = QStringLiteral("secrets rotate"),
         .usage = "(--passphrase-stdin | --keychain [--new-passphrase-stdin])",
         .what = QT_TRANSLATE_NOOP("CommandLine", "replace the data key and re-encrypt every sensitive field with the new one"),
         .options = {flag("passphrase-stdin", QT_TRANSLATE_NOOP("CommandLine", "Read the current passphrase from standard input, then the new "
                                                                               "one on a second line (empty to keep it).")),
                     keychain,
                     flag("new-passphrase-stdin", QT_TRANSLATE_NOOP("CommandLine", "rotate --keychain: move the data key to a passphrase read "
                                                                                   "from standard input."))},
         .run = secretsRotate},
        {.path = QStringLiteral("secrets status"),
         .what = QT_TRANSLATE_NOOP("CommandLine", "whether there is a data key, how it is wrapped and when it last changed"),
         .run = secretsStatus},
        {.path = QStringLiteral("watermark apply"),
         .usage = "--kind visible|invisible|metadata --input F --output F --resource-type T --resource-id ID [--text T] [--position P] "
                  "[--opacity O]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "mark an image so that it names its resource"),
         .options = {option("kind", QT_TRANSLATE_NOOP("CommandLine", "visible, invisible or metadata."), QT_TRANSLATE_NOOP("CommandLine", "kind")),
                     input,
                     option("output", QT_TRANSLATE_NOOP("CommandLine", "The image to write (.png, .jpg)."), file),
                     option("resource-type", QT_TRANSLATE_NOOP("CommandLine", "What the image is, as ai_generation."),
                            QT_TRANSLATE_NOOP("CommandLine", "type")),
                     option("resource-id", QT_TRANSLATE_NOOP("CommandLine", "Its id."), QT_TRANSLATE_NOOP("CommandLine", "id")),
                     option("text", QT_TRANSLATE_NOOP("CommandLine", "The text of a visible watermark."), QT_TRANSLATE_NOOP("CommandLine", "text")),
                     option("position", QT_TRANSLATE_NOOP("CommandLine", "top-left, top-right, bottom-left, bottom-right or center."),
                            QT_TRANSLATE_NOOP("CommandLine", "position"), "CommandLine", QStringLiteral("bottom-right")),
                     option("opacity", QT_TRANSLATE_NOOP("CommandLine", "0 to 1 (default 0.35)."), QT_TRANSLATE_NOOP("CommandLine", "opacity"),
                            "CommandLine", QStringLiteral("0.35"))},
         .run = watermarkApply},
        {.path = QStringLiteral("watermark detect"),
         .usage = "--input F [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "find the watermarks an image carries and the resources they name"),
         .options = {input},
         .formats = dataFormats(),
         .run = watermarkDetect},
    };
}

} // namespace Atelier::Cli
