// The verbs of people and their work together: users add|grant|revoke|list (PostgreSQL), share, shared-with-me,
// permissions, comments add|list|edit|delete|resolve, annotations add|list, inbox.
#include "output.h"
#include "verb.h"

#include "collaboration/comments.h"
#include "collaboration/inbox.h"
#include "collaboration/sharing.h"
#include "collaboration/useradmin.h"
#include "reports/reportsection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

namespace Atelier::Cli {

namespace {


/// The TYPE ID words of a verb that names a resource.
ResourceRef resourceOf(const Context &c)
{
    return {c.words.value(0), c.words.value(1)};
}

/// A table of text cells: its stable keys (CSV, JSON) and its headers in the person's language.
ReportTable textTable(const QList<std::pair<const char *, QString>> &columns)
{
    ReportTable table;
    for (const auto &[key, header] : columns) {
        table.keys.append(QString::fromLatin1(key));
        table.columns.append(header);
    }
    return table;
}

QVariantList cells(const QStringList &texts)
{
    QVariantList row;
    for (const QString &text : texts)
        row.append(text);
    return row;
}

/// A finite number written the C way ("0.25", "1e3"), or nothing.
std::optional<double> decimal(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok); // C locale, no group separators
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// ---- users (PostgreSQL) ----

int usersChange(Context &c, const QString &verb)
{
    const QString name = c.words.value(0), brand = c.brand->slug;
    QString role;
    if (verb != QLatin1String("revoke")) {
        if (!c.isSet(QStringLiteral("role")))
            return fail(CommandLine::tr("--role is required: one of %1.").arg(UserAdmin::roles().join(QLatin1String(", "))), 2);
        role = c.value(QStringLiteral("role"));
    }
    Status done = Done{};
    QString said;
    if (verb == QLatin1String("add")) {
        if (!c.isSet(QStringLiteral("password-stdin")))
            return fail(CommandLine::tr("--password-stdin is required: the password is read from standard input, never "
                                        "from the command line."),
                        2);
        const QString password = readLine().value_or(QString());
        done = UserAdmin::add(c.db, name, brand, role, password, c.value(QStringLiteral("display-name")));
        said = CommandLine::tr("%1 can now sign in, as %2 of %3.").arg(name, role, brand);
    } else if (verb == QLatin1String("grant")) {
        done = UserAdmin::grant(c.db, name, brand, role);
        said = CommandLine::tr("%1 is now %2 of %3.").arg(name, role, brand);
    } else {
        done = UserAdmin::revoke(c.db, name, brand);
        said = CommandLine::tr("%1 is no longer a member of %2.").arg(name, brand);
    }
    if (!done)
        return fail(done.error().message);
    out() << said << '\n';
    return 0;
}

int usersList(Context &c)
{
    auto people = UserAdmin::list(c.db);
    if (!people)
        return fail(people.error().message);
    ReportTable table = textTable({{"username", CommandLine::tr("User name")},
                                   {"display_name", CommandLine::tr("Shown as")},
                                   {"login_role", CommandLine::tr("Login role")},
                                   {"brand", CommandLine::tr("Brand")},
                                   {"role", CommandLine::tr("Role")}});
    QJsonArray list;
    for (const Person &person : people.value()) {
        QJsonArray memberships;
        for (const auto &[slug, role] : person.memberships) {
            memberships.append(QJsonObject{{QStringLiteral("brand"), slug}, {QStringLiteral("role"), role}});
            table.rows.append(cells({person.username, person.displayName, person.loginRole, slug, role}));
        }
        if (person.memberships.isEmpty())
            table.rows.append(cells({person.username, person.displayName, person.loginRole, QString(), QString()}));
        list.append(QJsonObject{{QStringLiteral("username"), person.username},
                                {QStringLiteral("display_name"), person.displayName},
                                {QStringLiteral("login_role"), person.loginRole},
                                {QStringLiteral("memberships"), memberships}});
    }
    print(c, table, QJsonObject{{QStringLiteral("users"), list}});
    return 0;
}

// ---- sharing ----

int share(Context &c)
{
    const ResourceRef resource = resourceOf(c);
    const QString with = c.value(QStringLiteral("with")), permission = c.value(QStringLiteral("permission"));
    const bool revoke = c.isSet(QStringLiteral("revoke"));
    if (!c.isSet(QStringLiteral("with")))
        return fail(CommandLine::tr("--with is required: the person to share with."), 2);
    if (revoke && c.isSet(QStringLiteral("permission")))
        return fail(CommandLine::tr("Choose --permission or --revoke, not both."), 2);
    if (!revoke && !c.isSet(QStringLiteral("permission")))
        return fail(CommandLine::tr("--permission is required: one of %1 (or --revoke).").arg(ShareService::permissions().join(QLatin1String(", "))),
                    2);
    const Status done = revoke ? ShareService::revoke(c.db, resource, with) : ShareService::share(c.db, resource, with, permission);
    if (!done)
        return fail(done.error().message);
    out() << (revoke ? CommandLine::tr("%1 %2 is no longer shared with %3.").arg(resource.type, resource.id, with)
                     : CommandLine::tr("%1 %2 is shared with %3 (%4).").arg(resource.type, resource.id, with, permission))
          << '\n';
    return 0;
}

int permissions(Context &c)
{
    const ResourceRef resource = resourceOf(c);
    auto grants = ShareService::grants(c.db, resource);
    if (!grants)
        return fail(grants.error().message);
    ReportTable table = textTable({{"username", CommandLine::tr("User name")}, {"permission", CommandLine::tr("Permission")}});
    QJsonArray list;
    for (const ShareGrant &g : grants.value()) {
        list.append(QJsonObject{{QStringLiteral("username"), g.username}, {QStringLiteral("permission"), g.permission}});
        table.rows.append(cells({g.username, g.permission}));
    }
    print(c, table,
          QJsonObject{{QStringLiteral("resource_type"), resource.type},
                      {QStringLiteral("resource_id"), resource.id},
                      {QStringLiteral("shared_with"), list}});
    return 0;
}

int sharedWithMe(Context &c)
{
    auto items = ShareService::sharedWithMe(c.db);
    if (!items)
        return fail(items.error().message);
    ReportTable table = textTable({{"resource_type", CommandLine::tr("Resource type")},
                                   {"resource_id", CommandLine::tr("Resource ID")},
                                   {"permission", CommandLine::tr("Permission")},
                                   {"shared_by", CommandLine::tr("Shared by")}});
    QJsonArray list;
    for (const SharedItem &i : items.value()) {
        list.append(QJsonObject{{QStringLiteral("resource_type"), i.resource.type},
                                {QStringLiteral("resource_id"), i.resource.id},
                                {QStringLiteral("permission"), i.permission},
                                {QStringLiteral("shared_by"), i.sharedBy}});
        table.rows.append(cells({i.resource.type, i.resource.id, i.permission, i.sharedBy}));
    }
    print(c, table, QJsonObject{{QStringLiteral("shared_with_me"), list}});
    return 0;
}

// ---- comments and annotations ----

QString brandSlugOf(const Context &c)
{
    return c.brand ? c.brand->slug : QString();
}

int commentsAdd(Context &c)
{
    if (!c.isSet(QStringLiteral("text")))
        return fail(CommandLine::tr("--text is required."), 2);
    auto comment = CommentService::add(c.db, resourceOf(c), c.value(QStringLiteral("text")), c.value(QStringLiteral("reply-to")), brandSlugOf(c));
    if (!comment)
        return fail(comment.error().message);
    out() << comment->id << '\n';
    return 0;
}

int commentsList(Context &c)
{
    auto list = CommentService::list(c.db, resourceOf(c));
    if (!list)
        return fail(list.error().message);
    ReportTable table = textTable({{"id", CommandLine::tr("ID")},
                                   {"author", CommandLine::tr("Author")},
                                   {"content", CommandLine::tr("Text")},
                                   {"resolved", CommandLine::tr("Resolved")},
                                   {"edited", CommandLine::tr("Edited")}});
    // The table shows a reply under its parent, indented, in the person's words; CSV keeps the values scripts read.
    auto yesNo = [&c](bool value) {
        if (c.csv())
            return value ? QStringLiteral("yes") : QStringLiteral("no");
        return value ? CommandLine::tr("yes") : CommandLine::tr("no");
    };
    QJsonArray json;
    for (const Comment &comment : list.value()) {
        json.append(QJsonObject{{QStringLiteral("id"), comment.id},
                                {QStringLiteral("parent_id"), comment.parentId.isEmpty() ? QJsonValue() : QJsonValue(comment.parentId)},
                                {QStringLiteral("author"), comment.author},
                                {QStringLiteral("content"), comment.content},
                                {QStringLiteral("mentions"), QJsonArray::fromStringList(comment.mentions)},
                                {QStringLiteral("resolved"), comment.resolved},
                                {QStringLiteral("edited"), comment.edited},
                                {QStringLiteral("depth"), comment.depth},
                                {QStringLiteral("created_at"), comment.createdAt.toString(Qt::ISODateWithMs)}});
        table.rows.append(cells({comment.id, QString(c.csv() ? 0 : comment.depth * 2, QLatin1Char(' ')) + comment.author, comment.content,
                                 yesNo(comment.resolved), yesNo(comment.edited)}));
    }
    print(c, table, QJsonObject{{QStringLiteral("comments"), json}});
    return 0;
}

int commentsEdit(Context &c)
{
    if (!c.isSet(QStringLiteral("text")))
        return fail(CommandLine::tr("--text is required."), 2);
    if (const Status done = CommentService::edit(c.db, c.words.value(0), c.value(QStringLiteral("text"))); !done)
        return fail(done.error().message);
    return 0;
}

int commentsDelete(Context &c)
{
    if (const Status done = CommentService::remove(c.db, c.words.value(0)); !done)
        return fail(done.error().message);
    return 0;
}

int commentsResolve(Context &c)
{
    if (const Status done = CommentService::resolve(c.db, c.words.value(0), !c.isSet(QStringLiteral("reopen"))); !done)
        return fail(done.error().message);
    return 0;
}

/// Where --rect, or --series and --x, place an annotation; the service checks the numbers.
Result<QJsonObject> annotationPosition(const Context &c)
{
    const bool onImage = c.isSet(QStringLiteral("rect")), onChart = c.isSet(QStringLiteral("series"));
    if (onImage == onChart)
        return Error{CommandLine::tr("An annotation is placed with --rect x,y,width,height (on an image) or --series S --x X (on a chart)."), {},
                     ErrorCode::InvalidInput};
    QJsonObject position;
    if (onImage) {
        const QString rect = c.value(QStringLiteral("rect"));
        const QStringList parts = rect.split(QLatin1Char(','));
        if (parts.size() != 4)
            return Error{CommandLine::tr("--rect: expected four numbers x,y,width,height (got \"%1\").").arg(rect), {}, ErrorCode::InvalidInput};
        const char *names[] = {"x", "y", "width", "height"};
        for (int i = 0; i < 4; ++i) {
            const std::optional<double> v = decimal(parts.at(i));
            if (!v)
                return Error{CommandLine::tr("--rect: \"%1\" is not a number.").arg(parts.at(i)), {}, ErrorCode::InvalidInput};
            position.insert(QLatin1String(names[i]), *v);
        }
        return position;
    }
    const QString x = c.value(QStringLiteral("x"));
    if (!c.isSet(QStringLiteral("x")) || x.trimmed().isEmpty())
        return Error{CommandLine::tr("--series needs --x: the number or date on the series where the note goes."), {}, ErrorCode::InvalidInput};
    position.insert(QStringLiteral("series"), c.value(QStringLiteral("series")));
    const std::optional<double> number = decimal(x);
    position.insert(QStringLiteral("x"), number ? QJsonValue(*number) : QJsonValue(x));
    return position;
}

int annotationsAdd(Context &c)
{
    if (!c.isSet(QStringLiteral("text")))
        return fail(CommandLine::tr("--text is required."), 2);
    auto position = annotationPosition(c);
    if (!position)
        return fail(position.error().message, 2);
    auto a = CommentService::annotate(c.db, resourceOf(c), c.value(QStringLiteral("type")), position.value(), c.value(QStringLiteral("text")),
                                      brandSlugOf(c));
    if (!a)
        return fail(a.error().message);
    out() << a->id << '\n';
    return 0;
}

int annotationsList(Context &c)
{
    auto list = CommentService::annotations(c.db, resourceOf(c));
    if (!list)
        return fail(list.error().message);
    ReportTable table = textTable({{"id", CommandLine::tr("ID")},
                                   {"type", CommandLine::tr("Type")},
                                   {"position", CommandLine::tr("Position")},
                                   {"author", CommandLine::tr("Author")},
                                   {"content", CommandLine::tr("Text")}});
    QJsonArray json;
    for (const Annotation &a : list.value()) {
        json.append(QJsonObject{{QStringLiteral("id"), a.id},
                                {QStringLiteral("type"), a.type},
                                {QStringLiteral("position"), a.position},
                                {QStringLiteral("content"), a.content},
                                {QStringLiteral("author"), a.author},
                                {QStringLiteral("created_at"), a.createdAt.toString(Qt::ISODateWithMs)}});
        table.rows.append(cells({a.id, a.type, QString::fromUtf8(QJsonDocument(a.position).toJson(QJsonDocument::Compact)), a.author, a.content}));
    }
    print(c, table, QJsonObject{{QStringLiteral("annotations"), json}});
    return 0;
}

// ---- inbox ----

int inbox(Context &c)
{
    auto box = InboxService::load(c.db);
    if (!box)
        return fail(box.error().message);
    if (c.isSet(QStringLiteral("mark-read")))
        if (const Status s = InboxService::markRead(c.db); !s)
            return fail(s.error().message);
    ReportTable table = textTable({{"unread", CommandLine::tr("Unread")},
                                   {"kind", CommandLine::tr("Kind")},
                                   {"resource", CommandLine::tr("Resource")},
                                   {"from", CommandLine::tr("From")},
                                   {"text", CommandLine::tr("Text")},
                                   {"at", CommandLine::tr("When")}});
    QJsonArray items;
    for (const InboxItem &i : box->items) {
        items.append(QJsonObject{{QStringLiteral("kind"), i.kind},
                                 {QStringLiteral("resource_type"), i.resource.type},
                                 {QStringLiteral("resource_id"), i.resource.id},
                                 {QStringLiteral("from"), i.from},
                                 {QStringLiteral("text"), i.text},
                                 {QStringLiteral("at"), i.at.toString(Qt::ISODateWithMs)},
                                 {QStringLiteral("unread"), i.unread}});
        table.rows.append(cells({i.unread ? QStringLiteral("*") : QString(), i.kind, i.resource.type + QLatin1Char(' ') + i.resource.id, i.from,
                                 i.text.left(60), i.at.toString(Qt::ISODate)}));
    }
    if (c.format == QLatin1String("table"))
        out() << CommandLine::tr("Unread: %1 share(s), %2 mention(s), %3 alert(s).")
                     .arg(box->unreadShares)
                     .arg(box->unreadMentions)
                     .arg(box->unreadAlerts)
              << '\n';
    print(c, table,
          QJsonObject{{QStringLiteral("unread_shares"), box->unreadShares},
                      {QStringLiteral("unread_mentions"), box->unreadMentions},
                      {QStringLiteral("unread_alerts"), box->unreadAlerts},
                      {QStringLiteral("items"), items}});
    return 0;
}

} // namespace

QList<Verb> collaborationVerbs()
{
    const char *name = QT_TRANSLATE_NOOP("CommandLine", "name");
    const char *text = QT_TRANSLATE_NOOP("CommandLine", "text");
    const QCommandLineOption role = option("role", QT_TRANSLATE_NOOP("CommandLine", "viewer, analyst, editor or admin."),
                                           QT_TRANSLATE_NOOP("CommandLine", "role"));
    const QCommandLineOption textOption = option("text", QT_TRANSLATE_NOOP("CommandLine", "The text."), text);
    return {
        {.path = QStringLiteral("users add"),
         .usage = "NAME --brand SLUG --role ROLE --password-stdin [--display-name NAME]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "PostgreSQL: create a person's login role and brand membership"),
         .options = {role, flag("password-stdin", QT_TRANSLATE_NOOP("CommandLine", "Read the password from standard input.")),
                     option("display-name", QT_TRANSLATE_NOOP("CommandLine", "The name shown to others."), name)},
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = "NAME",
         .run = [](Context &c) { return usersChange(c, QStringLiteral("add")); }},
        {.path = QStringLiteral("users grant"),
         .usage = "NAME --brand SLUG --role ROLE",
         .what = QT_TRANSLATE_NOOP("CommandLine", "PostgreSQL: give a person a role in a brand, or change the one they have"),
         .options = {role},
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = "NAME",
         .run = [](Context &c) { return usersChange(c, QStringLiteral("grant")); }},
        {.path = QStringLiteral("users revoke"),
         .usage = "NAME --brand SLUG",
         .what = QT_TRANSLATE_NOOP("CommandLine", "PostgreSQL: take a person out of a brand"),
         .brand = BrandOption::Required,
         .minWords = 1,
         .maxWords = 1,
         .wordNames = "NAME",
         .run = [](Context &c) { return usersChange(c, QStringLiteral("revoke")); }},
        {.path = QStringLiteral("users list"),
         .usage = "[--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "PostgreSQL: the people, their login roles and brand memberships"),
         .formats = dataFormats(),
         .run = usersList},
        {.path = QStringLiteral("share"),
         .usage = "TYPE ID --with NAME (--permission view|comment|edit | --revoke)",
         .what = QT_TRANSLATE_NOOP("CommandLine", "share a generation, collection, funnel, segment, workflow or dataset with a person"),
         .options = {option("with", QT_TRANSLATE_NOOP("CommandLine", "The person to share with."), name),
                     option("permission", QT_TRANSLATE_NOOP("CommandLine", "view, comment or edit."), QT_TRANSLATE_NOOP("CommandLine", "permission")),
                     flag("revoke", QT_TRANSLATE_NOOP("CommandLine", "Take the resource back from the person."))},
         .minWords = 2,
         .maxWords = 2,
         .wordNames = "TYPE ID",
         .run = share},
        {.path = QStringLiteral("shared-with-me"),
         .usage = "[--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "what others shared with you"),
         .formats = dataFormats(),
         .run = sharedWithMe},
        {.path = QStringLiteral("permissions"),
         .usage = "TYPE ID [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "who may do what on a resource"),
         .formats = dataFormats(),
         .minWords = 2,
         .maxWords = 2,
         .wordNames = "TYPE ID",
         .run = permissions},
        {.path = QStringLiteral("comments add"),
         .usage = "TYPE ID --text T [--reply-to ID] [--brand SLUG]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "comment on a resource, or reply to a comment; @name mentions a person"),
         .options = {textOption, option("reply-to", QT_TRANSLATE_NOOP("CommandLine", "The comment replied to."), QT_TRANSLATE_NOOP("CommandLine", "id"))},
         .brand = BrandOption::Optional,
         .minWords = 2,
         .maxWords = 2,
         .wordNames = "TYPE ID",
         .run = commentsAdd},
        {.path = QStringLiteral("comments list"),
         .usage = "TYPE ID [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "the comments on a resource, replies under the comment they answer"),
         .formats = dataFormats(),
         .minWords = 2,
         .maxWords = 2,
         .wordNames = "TYPE ID",
         .run = commentsList},
        {.path = QStringLiteral("comments edit"),
         .usage = "ID --text T",
         .what = QT_TRANSLATE_NOOP("CommandLine", "change the text of a comment"),
         .options = {textOption},
         .minWords = 1,
         .maxWords = 1,
         .wordNames = "ID",
         .run = commentsEdit},
        {.path = QStringLiteral("comments delete"),
         .usage = "ID",
         .what = QT_TRANSLATE_NOOP("CommandLine", "delete a comment"),
         .minWords = 1,
         .maxWords = 1,
         .wordNames = "ID",
         .run = commentsDelete},
        {.path = QStringLiteral("comments resolve"),
         .usage = "ID [--reopen]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "mark a comment as resolved (or, with --reopen, as not resolved)"),
         .options = {flag("reopen", QT_TRANSLATE_NOOP("CommandLine", "Mark the comment as not resolved."))},
         .minWords = 1,
         .maxWords = 1,
         .wordNames = "ID",
         .run = commentsResolve},
        {.path = QStringLiteral("annotations add"),
         .usage = "TYPE ID --text T (--rect x,y,w,h | --series S --x X) [--type comment|suggestion|issue] [--brand SLUG]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "place a note on an image (--rect) or on a point of a chart's series (--series, --x)"),
         .options = {textOption,
                     option("type", QT_TRANSLATE_NOOP("CommandLine", "comment, suggestion or issue."), QT_TRANSLATE_NOOP("CommandLine", "type"),
                            "CommandLine", QStringLiteral("comment")),
                     option("rect", QT_TRANSLATE_NOOP("CommandLine", "Rectangle on an image: x,y,width,height in 0…1."),
                            QT_TRANSLATE_NOOP("CommandLine", "x,y,w,h")),
                     option("series", QT_TRANSLATE_NOOP("CommandLine", "Series of a chart."), name),
                     option("x", QT_TRANSLATE_NOOP("CommandLine", "X value on a chart (a number or a date)."), QT_TRANSLATE_NOOP("CommandLine", "value"))},
         .brand = BrandOption::Optional,
         .minWords = 2,
         .maxWords = 2,
         .wordNames = "TYPE ID",
         .run = annotationsAdd},
        {.path = QStringLiteral("annotations list"),
         .usage = "TYPE ID [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "the notes placed on an image or on a chart"),
         .formats = dataFormats(),
         .minWords = 2,
         .maxWords = 2,
         .wordNames = "TYPE ID",
         .run = annotationsList},
        {.path = QStringLiteral("inbox"),
         .usage = "[--mark-read] [--format table|json|csv]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "what was shared with you and the comments that mention you, new ones marked"),
         .options = {flag("mark-read", QT_TRANSLATE_NOOP("CommandLine", "Count everything shown as read."))},
         .formats = dataFormats(),
         .run = inbox},
    };
}

} // namespace Atelier::Cli
