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

/// `atelier users add|grant|revoke|list`: people, login roles and brand memberships (PostgreSQL).
int users(const QStringList &arguments)
{
    const QCommandLineOption brand(QStringLiteral("brand"), CommandLine::tr("Brand slug."), CommandLine::tr("slug"));
    const QCommandLineOption role(QStringLiteral("role"), CommandLine::tr("viewer, analyst, editor or admin."), CommandLine::tr("role"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), CommandLine::tr("Read the password from standard input."));
    const QCommandLineOption displayName(QStringLiteral("display-name"), CommandLine::tr("The name shown to others."), CommandLine::tr("name"));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("Output format: table, json or csv."), CommandLine::tr("format"),
                                    QStringLiteral("table"));
    Parsed p;
    if (const int code = parse(p, arguments, {brand, role, passwordStdin, displayName, format}, -1); code >= 0)
        return code;
    const QStringList words = p.parser.positionalArguments();
    const QString verb = words.value(1);
    static const QStringList verbs = {QStringLiteral("add"), QStringLiteral("grant"), QStringLiteral("revoke"), QStringLiteral("list")};
    if (!verbs.contains(verb))
        return fail(CommandLine::tr("Unknown users command \"%1\"; the users commands are: %2.").arg(verb, verbs.join(QLatin1String(", "))), 2);
    const int expected = verb == QLatin1String("list") ? 2 : 3;
    if (words.size() != expected)
        return fail(verb == QLatin1String("list")
                        ? CommandLine::tr("Unexpected arguments: %1").arg(words.mid(2).join(QLatin1Char(' ')))
                        : CommandLine::tr("users %1 needs the person's name, as in: atelier users %1 NAME --brand SLUG.").arg(verb),
                    2);
    const QString name = words.value(2);
    if (verb != QLatin1String("list") && !p.parser.isSet(brand))
        return fail(CommandLine::tr("--brand is required: which brand the membership is for."), 2);
    if ((verb == QLatin1String("add") || verb == QLatin1String("grant")) && !p.parser.isSet(role))
        return fail(CommandLine::tr("--role is required: one of %1.").arg(UserAdmin::roles().join(QLatin1String(", "))), 2);
    QString password;
    if (verb == QLatin1String("add")) {
        if (!p.parser.isSet(passwordStdin))
            return fail(CommandLine::tr("--password-stdin is required: the password is read from standard input, never "
                                        "from the command line."),
                        2);
        QTextStream in(stdin);
        password = in.readLine();
    }
    const QString fmt = p.parser.value(format);
    if (!QStringList{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt))
        return fail(CommandLine::tr("--format: \"%1\" is not one of table, json, csv.").arg(fmt), 2);
    auto db = Database::open(p.url, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error().message);
    Status done = Done{};
    if (verb == QLatin1String("add"))
        done = UserAdmin::add(db.value(), name, p.parser.value(brand), p.parser.value(role), password, p.parser.value(displayName));
    else if (verb == QLatin1String("grant"))
        done = UserAdmin::grant(db.value(), name, p.parser.value(brand), p.parser.value(role));
    else if (verb == QLatin1String("revoke"))
        done = UserAdmin::revoke(db.value(), name, p.parser.value(brand));
    if (!done)
        return fail(done.error().message);
    if (verb != QLatin1String("list")) {
        const QString said = verb == QLatin1String("add")
                                 ? CommandLine::tr("%1 can now sign in, as %2 of %3.").arg(name, p.parser.value(role), p.parser.value(brand))
                             : verb == QLatin1String("grant")
                                 ? CommandLine::tr("%1 is now %2 of %3.").arg(name, p.parser.value(role), p.parser.value(brand))
                                 : CommandLine::tr("%1 is no longer a member of %2.").arg(name, p.parser.value(brand));
        out() << said << '\n';
        return 0;
    }
    auto people = UserAdmin::list(db.value());
    if (!people)
        return fail(people.error().message);
    if (fmt == QLatin1String("json")) {
        QJsonArray list;
        for (const Person &person : people.value()) {
            QJsonArray memberships;
            for (const auto &[slug, r] : person.memberships)
                memberships.append(QJsonObject{{QStringLiteral("brand"), slug}, {QStringLiteral("role"), r}});
            list.append(QJsonObject{{QStringLiteral("username"), person.username},
                                    {QStringLiteral("display_name"), person.displayName},
                                    {QStringLiteral("login_role"), person.loginRole},
                                    {QStringLiteral("memberships"), memberships}});
        }
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("users"), list}}).toJson(QJsonDocument::Indented));
        return 0;
    }
    QList<QStringList> rows;
    for (const Person &person : people.value()) {
        if (person.memberships.isEmpty())
            rows.append({person.username, person.displayName, person.loginRole, QString(), QString()});
        for (const auto &[slug, r] : person.memberships)
            rows.append({person.username, person.displayName, person.loginRole, slug, r});
    }
    printRows({QStringLiteral("username"), QStringLiteral("display_name"), QStringLiteral("login_role"), QStringLiteral("brand"),
               QStringLiteral("role")},
              rows, fmt == QLatin1String("csv"));
    return 0;
}



/// `atelier share`, `shared-with-me`, `permissions`: sharing resources with people.
int sharing(const QStringList &arguments, const QString &verb)
{
    const QCommandLineOption with(QStringLiteral("with"), CommandLine::tr("The person to share with."), CommandLine::tr("name"));
    const QCommandLineOption permission(QStringLiteral("permission"), CommandLine::tr("view, comment or edit."), CommandLine::tr("permission"));
    const QCommandLineOption revoke(QStringLiteral("revoke"), CommandLine::tr("Take the resource back from the person."));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("Output format: table, json or csv."), CommandLine::tr("format"),
                                    QStringLiteral("table"));
    Parsed p;
    const int positionals = verb == QLatin1String("shared-with-me") ? 1 : 3;
    if (const int code = parse(p, arguments, {with, permission, revoke, format}, positionals); code >= 0)
        return code;
    const QString fmt = p.parser.value(format);
    if (!knownFormat(fmt))
        return fail(CommandLine::tr("--format: \"%1\" is not one of table, json, csv.").arg(fmt), 2);
    const ResourceRef resource{p.parser.positionalArguments().value(1), p.parser.positionalArguments().value(2)};
    if (verb == QLatin1String("share")) {
        if (!p.parser.isSet(with))
            return fail(CommandLine::tr("--with is required: the person to share with."), 2);
        if (!p.parser.isSet(revoke) && !p.parser.isSet(permission))
            return fail(CommandLine::tr("--permission is required: one of %1 (or --revoke).").arg(ShareService::permissions().join(QLatin1String(", "))), 2);
    }
    auto db = Database::open(p.url, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error().message);
    if (verb == QLatin1String("share")) {
        const Status done = p.parser.isSet(revoke)
                                ? ShareService::revoke(db.value(), resource, p.parser.value(with))
                                : ShareService::share(db.value(), resource, p.parser.value(with), p.parser.value(permission));
        if (!done)
            return fail(done.error().message);
        out() << (p.parser.isSet(revoke) ? CommandLine::tr("%1 %2 is no longer shared with %3.").arg(resource.type, resource.id, p.parser.value(with))
                                         : CommandLine::tr("%1 %2 is shared with %3 (%4).")
                                               .arg(resource.type, resource.id, p.parser.value(with), p.parser.value(permission)))
              << '\n';
        return 0;
    }
    if (verb == QLatin1String("permissions")) {
        auto grants = ShareService::grants(db.value(), resource);
        if (!grants)
            return fail(grants.error().message);
        if (fmt == QLatin1String("json")) {
            QJsonArray list;
            for (const ShareGrant &g : grants.value())
                list.append(QJsonObject{{QStringLiteral("username"), g.username}, {QStringLiteral("permission"), g.permission}});
            printJson({{QStringLiteral("resource_type"), resource.type}, {QStringLiteral("resource_id"), resource.id},
                       {QStringLiteral("shared_with"), list}});
            return 0;
        }
        QList<QStringList> rows;
        for (const ShareGrant &g : grants.value())
            rows.append({g.username, g.permission});
        printRows({QStringLiteral("username"), QStringLiteral("permission")}, rows, fmt == QLatin1String("csv"));
        return 0;
    }
    auto items = ShareService::sharedWithMe(db.value());
    if (!items)
        return fail(items.error().message);
    if (fmt == QLatin1String("json")) {
        QJsonArray list;
        for (const SharedItem &i : items.value())
            list.append(QJsonObject{{QStringLiteral("resource_type"), i.resource.type}, {QStringLiteral("resource_id"), i.resource.id},
                                    {QStringLiteral("permission"), i.permission}, {QStringLiteral("shared_by"), i.sharedBy}});
        printJson({{QStringLiteral("shared_with_me"), list}});
        return 0;
    }
    QList<QStringList> rows;
    for (const SharedItem &i : items.value())
        rows.append({i.resource.type, i.resource.id, i.permission, i.sharedBy});
    printRows({QStringLiteral("resource_type"), QStringLiteral("resource_id"), QStringLiteral("permission"), QStringLiteral("shared_by")},
              rows, fmt == QLatin1String("csv"));
    return 0;
}

/// `atelier comments add|list|edit|delete|resolve` and `atelier annotations add|list`.
int comments(const QStringList &arguments, bool annotationsVerb)
{
    const QCommandLineOption text(QStringLiteral("text"), CommandLine::tr("The text."), CommandLine::tr("text"));
    const QCommandLineOption replyTo(QStringLiteral("reply-to"), CommandLine::tr("The comment replied to."), CommandLine::tr("id"));
    const QCommandLineOption brand(QStringLiteral("brand"), CommandLine::tr("Brand slug (for analytics_chart)."), CommandLine::tr("slug"));
    const QCommandLineOption reopen(QStringLiteral("reopen"), CommandLine::tr("Mark the comment as not resolved."));
    const QCommandLineOption type(QStringLiteral("type"), CommandLine::tr("comment, suggestion or issue."), CommandLine::tr("type"),
                                  QStringLiteral("comment"));
    const QCommandLineOption rect(QStringLiteral("rect"), CommandLine::tr("Rectangle on an image: x,y,width,height in 0…1."), CommandLine::tr("x,y,w,h"));
    const QCommandLineOption series(QStringLiteral("series"), CommandLine::tr("Series of a chart."), CommandLine::tr("name"));
    const QCommandLineOption xValue(QStringLiteral("x"), CommandLine::tr("X value on a chart (a number or a date)."), CommandLine::tr("value"));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("Output format: table, json or csv."), CommandLine::tr("format"),
                                    QStringLiteral("table"));
    Parsed p;
    if (const int code = parse(p, arguments, {text, replyTo, brand, reopen, type, rect, series, xValue, format}, -1); code >= 0)
        return code;
    const QStringList words = p.parser.positionalArguments();
    const QString verb = words.value(1);
    const QStringList verbs = annotationsVerb ? QStringList{QStringLiteral("add"), QStringLiteral("list")}
                                              : QStringList{QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("edit"),
                                                            QStringLiteral("delete"), QStringLiteral("resolve")};
    if (!verbs.contains(verb))
        return fail(CommandLine::tr("Unknown %1 command \"%2\"; the commands are: %3.")
                        .arg(words.value(0), verb, verbs.join(QLatin1String(", "))),
                    2);
    const bool onResource = verb == QLatin1String("add") || verb == QLatin1String("list");
    if (words.size() != (onResource ? 4 : 3))
        return fail(onResource ? CommandLine::tr("%1 %2 needs the resource: TYPE ID, as in ai_generation 42.").arg(words.value(0), verb)
                               : CommandLine::tr("%1 %2 needs the comment's id.").arg(words.value(0), verb),
                    2);
    if ((verb == QLatin1String("add") || verb == QLatin1String("edit")) && !p.parser.isSet(text))
        return fail(CommandLine::tr("--text is required."), 2);
    const QString fmt = p.parser.value(format);
    if (!knownFormat(fmt))
        return fail(CommandLine::tr("--format: \"%1\" is not one of table, json, csv.").arg(fmt), 2);
    QJsonObject position;
    if (annotationsVerb && verb == QLatin1String("add")) {
        if (p.parser.isSet(rect) == p.parser.isSet(series))
            return fail(CommandLine::tr("An annotation is placed with --rect x,y,width,height (on an image) or --series S --x X (on a chart)."), 2);
        if (p.parser.isSet(rect)) {
            const QStringList parts = p.parser.value(rect).split(QLatin1Char(','));
            const char *names[] = {"x", "y", "width", "height"};
            if (parts.size() != 4)
                return fail(CommandLine::tr("--rect: expected four numbers x,y,width,height (got \"%1\").").arg(p.parser.value(rect)), 2);
            for (int i = 0; i < 4; ++i) {
                const std::optional<double> v = decimalNumber(parts.at(i));
                if (!v)
                    return fail(CommandLine::tr("--rect: \"%1\" is not a number.").arg(parts.at(i)), 2);
                position.insert(QLatin1String(names[i]), *v);
            }
        } else {
            if (!p.parser.isSet(xValue) || p.parser.value(xValue).trimmed().isEmpty())
                return fail(CommandLine::tr("--series needs --x: the number or date on the series where the note goes."), 2);
            position.insert(QStringLiteral("series"), p.parser.value(series));
            const std::optional<double> x = decimalNumber(p.parser.value(xValue));
            position.insert(QStringLiteral("x"), x ? QJsonValue(*x) : QJsonValue(p.parser.value(xValue)));
        }
    }
    auto db = Database::open(p.url, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error().message);
    const ResourceRef resource{words.value(2), words.value(3)};
    if (annotationsVerb) {
        if (verb == QLatin1String("add")) {
            auto a = CommentService::annotate(db.value(), resource, p.parser.value(type), position, p.parser.value(text),
                                              p.parser.value(brand));
            if (!a)
                return fail(a.error().message);
            out() << a->id << '\n';
            return 0;
        }
        auto list = CommentService::annotations(db.value(), resource);
        if (!list)
            return fail(list.error().message);
        QJsonArray json;
        QList<QStringList> rows;
        for (const Annotation &a : list.value()) {
            json.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("type"), a.type}, {QStringLiteral("position"), a.position},
                                    {QStringLiteral("content"), a.content}, {QStringLiteral("author"), a.author},
                                    {QStringLiteral("created_at"), a.createdAt.toString(Qt::ISODateWithMs)}});
            rows.append({a.id, a.type, QString::fromUtf8(QJsonDocument(a.position).toJson(QJsonDocument::Compact)), a.author, a.content});
        }
        if (fmt == QLatin1String("json"))
            printJson({{QStringLiteral("annotations"), json}});
        else
            printRows({QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("position"), QStringLiteral("author"),
                       QStringLiteral("content")},
                      rows, fmt == QLatin1String("csv"));
        return 0;
    }
    const QString id = words.value(2);
    Status done = Done{};
    if (verb == QLatin1String("add")) {
        auto c = CommentService::add(db.value(), resource, p.parser.value(text), p.parser.value(replyTo), p.parser.value(brand));
        if (!c)
            return fail(c.error().message);
        out() << c->id << '\n';
        return 0;
    }
    if (verb == QLatin1String("edit"))
        done = CommentService::edit(db.value(), id, p.parser.value(text));
    else if (verb == QLatin1String("delete"))
        done = CommentService::remove(db.value(), id);
    else if (verb == QLatin1String("resolve"))
        done = CommentService::resolve(db.value(), id, !p.parser.isSet(reopen));
    if (verb != QLatin1String("list")) {
        if (!done)
            return fail(done.error().message);
        return 0;
    }
    auto list = CommentService::list(db.value(), resource);
    if (!list)
        return fail(list.error().message);
    QJsonArray json;
    QList<QStringList> rows;
    for (const Comment &c : list.value()) {
        json.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("parent_id"), c.parentId.isEmpty() ? QJsonValue() : QJsonValue(c.parentId)},
                                {QStringLiteral("author"), c.author}, {QStringLiteral("content"), c.content},
                                {QStringLiteral("mentions"), QJsonArray::fromStringList(c.mentions)},
                                {QStringLiteral("resolved"), c.resolved}, {QStringLiteral("edited"), c.edited},
                                {QStringLiteral("depth"), c.depth}, {QStringLiteral("created_at"), c.createdAt.toString(Qt::ISODateWithMs)}});
        rows.append({c.id, QString(c.depth * 2, QLatin1Char(' ')) + c.author, c.content, c.resolved ? QStringLiteral("yes") : QStringLiteral("no"),
                     c.edited ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    if (fmt == QLatin1String("json"))
        printJson({{QStringLiteral("comments"), json}});
    else
        printRows({QStringLiteral("id"), QStringLiteral("author"), QStringLiteral("content"), QStringLiteral("resolved"),
                   QStringLiteral("edited")},
                  rows, fmt == QLatin1String("csv"));
    return 0;
}

/// `atelier audit verify|list|export`: the tamper-evident audit trail.
/// `atelier inbox [--mark-read]`: what was shared with me and the comments that mention me.
int inbox(const QStringList &arguments)
{
    const QCommandLineOption markRead(QStringLiteral("mark-read"), CommandLine::tr("Count everything shown as read."));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("Output format: table, json or csv."), CommandLine::tr("format"),
                                    QStringLiteral("table"));
    Parsed p;
    if (const int code = parse(p, arguments, {markRead, format}, 1); code >= 0)
        return code;
    const QString fmt = p.parser.value(format);
    if (!knownFormat(fmt))
        return fail(CommandLine::tr("--format: \"%1\" is not one of table, json, csv.").arg(fmt), 2);
    auto db = Database::open(p.url, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error().message);
    auto box = InboxService::load(db.value());
    if (!box)
        return fail(box.error().message);
    if (p.parser.isSet(markRead))
        if (auto s = InboxService::markRead(db.value()); !s)
            return fail(s.error().message);
    if (fmt == QLatin1String("json")) {
        QJsonArray items;
        for (const InboxItem &i : box->items)
            items.append(QJsonObject{{QStringLiteral("kind"), i.kind}, {QStringLiteral("resource_type"), i.resource.type},
                                     {QStringLiteral("resource_id"), i.resource.id}, {QStringLiteral("from"), i.from},
                                     {QStringLiteral("text"), i.text}, {QStringLiteral("at"), i.at.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("unread"), i.unread}});
        printJson({{QStringLiteral("unread_shares"), box->unreadShares}, {QStringLiteral("unread_mentions"), box->unreadMentions},
                   {QStringLiteral("items"), items}});
        return 0;
    }
    QList<QStringList> rows;
    for (const InboxItem &i : box->items)
        rows.append({i.unread ? QStringLiteral("*") : QString(), i.kind, i.resource.type + QLatin1Char(' ') + i.resource.id, i.from,
                     i.text.left(60), i.at.toString(Qt::ISODate)});
    if (fmt == QLatin1String("table"))
        out() << CommandLine::tr("Unread: %1 share(s), %2 mention(s).").arg(box->unreadShares).arg(box->unreadMentions) << '\n';
    printRows({QStringLiteral("unread"), QStringLiteral("kind"), QStringLiteral("resource"), QStringLiteral("from"), QStringLiteral("text"),
               QStringLiteral("at")},
              rows, fmt == QLatin1String("csv"));
    return 0;
}

/// `atelier watermark apply|detect`: visible, invisible and metadata watermarks.
} // namespace

namespace Cli {

QList<Verb> collaborationVerbs()
{
    QList<Verb> verbs;
    verbs.append({.path = QStringLiteral("users"), .maxWords = -1, .legacy = [](const QStringList &a) { return users(a); }});
    verbs.append({.path = QStringLiteral("share"), .maxWords = -1, .legacy = [](const QStringList &a) { return sharing(a, QStringLiteral("share")); }});
    verbs.append({.path = QStringLiteral("shared-with-me"), .maxWords = -1, .legacy = [](const QStringList &a) { return sharing(a, QStringLiteral("shared-with-me")); }});
    verbs.append({.path = QStringLiteral("permissions"), .maxWords = -1, .legacy = [](const QStringList &a) { return sharing(a, QStringLiteral("permissions")); }});
    verbs.append({.path = QStringLiteral("comments"), .maxWords = -1, .legacy = [](const QStringList &a) { return comments(a, false); }});
    verbs.append({.path = QStringLiteral("annotations"), .maxWords = -1, .legacy = [](const QStringList &a) { return comments(a, true); }});
    verbs.append({.path = QStringLiteral("inbox"), .maxWords = -1, .legacy = [](const QStringList &a) { return inbox(a); }});
    return verbs;
}

} // namespace Cli
} // namespace Atelier
