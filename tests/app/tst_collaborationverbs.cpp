// The verbs of people and their work together, and of the trail, the keys and the marks, run in this process
// (Cli::run under a Capture) on SQLite and PostgreSQL: users, share, shared-with-me, permissions, comments,
// annotations, inbox, audit, secrets, watermark.
#include "cli.h"
#include "output.h"

#include "core/database.h"
#include "scratchdatabase.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <map>
#include <memory>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {

using Ran = Cli::Captured;

/// `atelier ARGUMENTS` in this process, \a input as its standard input.
Ran atelier(const QStringList &arguments, const QString &input = {})
{
    return Cli::runCaptured(arguments, input);
}

QJsonObject jsonObject(const Ran &ran)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(ran.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("not a JSON object: %s", qPrintable(ran.out));
    return document.object();
}

/// A refusal: exit 2, one line on standard error that says \a what, nothing on standard output.
#define REFUSED(ran, what)                                                                                           \
    do {                                                                                                           \
        const Ran r_ = (ran);                                                                                      \
        QVERIFY2(r_.code == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r_.code).arg(r_.err)));               \
        QVERIFY2(r_.err.contains(QLatin1String(what)), qPrintable(r_.err));                                        \
        QCOMPARE(r_.err.count(QLatin1Char('\n')), 1);                                                              \
        QVERIFY2(r_.out.isEmpty(), qPrintable(r_.out));                                                            \
    } while (false)

#define SUCCEEDS(ran)                                                                                               \
    [&] {                                                                                                          \
        Ran r_ = (ran);                                                                                            \
        if (r_.code != 0)                                                                                          \
            qWarning("exit %d: %s", r_.code, qPrintable(r_.err));                                                  \
        return r_;                                                                                                 \
    }()

} // namespace

class TestCollaborationVerbs final : public QObject
{
    Q_OBJECT

    /// One small demo database per dialect, shared by the tests that only add to it.
    std::map<QString, std::unique_ptr<ScratchDatabase>> m_demos;

    /// The demo database of \a dialect (made once), or null when the test is skipped or failed (see QTest).
    ScratchDatabase *demo(const QString &dialect)
    {
        auto &slot = m_demos[dialect];
        if (!slot) {
            slot = std::make_unique<ScratchDatabase>(dialect);
            if (slot->problem().isEmpty()) {
                const Ran made = atelier({QStringLiteral("demo"), QStringLiteral("--database"), slot->url().toString(), QStringLiteral("--events"),
                                          QStringLiteral("2000"), QStringLiteral("--days"), QStringLiteral("10"), QStringLiteral("--end-date"),
                                          QStringLiteral("2026-05-31")});
                if (made.code != 0)
                    qWarning("demo: %s", qPrintable(made.err));
            }
        }
        return slot.get();
    }

    static QString firstGeneration(const ScratchDatabase &scratch)
    {
        auto db = Database::open(scratch.url(), Database::OpenMode::MustExist);
        if (!db)
            return {};
        QSqlQuery q(db.value());
        return q.exec(QStringLiteral("SELECT id FROM ai_generations ORDER BY id")) && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void cleanupTestCase() { m_demos.clear(); }

    /// A verb's --help lists its options and only them.
    void helpListsTheVerbsOptions()
    {
        struct Case
        {
            QStringList verb;
            QStringList has;
            QStringList hasNot;
        };
        const QList<Case> cases = {
            {{QStringLiteral("users"), QStringLiteral("add")},
             {QStringLiteral("--brand"), QStringLiteral("--role"), QStringLiteral("--password-stdin"), QStringLiteral("--display-name")},
             {QStringLiteral("--format")}},
            {{QStringLiteral("users"), QStringLiteral("grant")},
             {QStringLiteral("--brand"), QStringLiteral("--role")},
             {QStringLiteral("--password-stdin"), QStringLiteral("--display-name")}},
            {{QStringLiteral("users"), QStringLiteral("list")}, {QStringLiteral("--format")}, {QStringLiteral("--brand")}},
            {{QStringLiteral("share")},
             {QStringLiteral("--with"), QStringLiteral("--permission"), QStringLiteral("--revoke")},
             {QStringLiteral("--format")}},
            {{QStringLiteral("annotations"), QStringLiteral("add")},
             {QStringLiteral("--rect"), QStringLiteral("--series"), QStringLiteral("--x"), QStringLiteral("--type"), QStringLiteral("--brand")},
             {QStringLiteral("--reply-to")}},
            {{QStringLiteral("comments"), QStringLiteral("resolve")}, {QStringLiteral("--reopen")}, {QStringLiteral("--text")}},
            {{QStringLiteral("audit"), QStringLiteral("export")},
             {QStringLiteral("--out"), QStringLiteral("--user"), QStringLiteral("--from")},
             {QStringLiteral("--limit"), QStringLiteral("--format")}},
            {{QStringLiteral("secrets"), QStringLiteral("rotate")},
             {QStringLiteral("--passphrase-stdin"), QStringLiteral("--keychain"), QStringLiteral("--new-passphrase-stdin")},
             {}},
            {{QStringLiteral("secrets"), QStringLiteral("init")}, {QStringLiteral("--keychain")}, {QStringLiteral("--new-passphrase-stdin")}},
            {{QStringLiteral("watermark"), QStringLiteral("apply")},
             {QStringLiteral("--kind"), QStringLiteral("--opacity"), QStringLiteral("--position")},
             {QStringLiteral("--format")}},
        };
        for (const Case &c : cases) {
            const Ran help = atelier(c.verb + QStringList{QStringLiteral("--help")});
            QVERIFY2(help.code == 0, qPrintable(help.err));
            QVERIFY2(help.out.startsWith(QStringLiteral("Usage: atelier ") + c.verb.join(QLatin1Char(' '))), qPrintable(help.out));
            for (const QString &option : c.has)
                QVERIFY2(help.out.contains(option + QLatin1Char(' ')), qPrintable(c.verb.join(QLatin1Char(' ')) + QStringLiteral(": ") + option));
            for (const QString &option : c.hasNot)
                QVERIFY2(!help.out.contains(option + QLatin1Char(' ')), qPrintable(c.verb.join(QLatin1Char(' ')) + QStringLiteral(": ") + option));
        }
        // Every sub-verb is a verb of its own in the table.
        const QStringList paths = Cli::verbPaths();
        for (const char *path : {"users add", "users grant", "users revoke", "users list", "share", "shared-with-me", "permissions",
                                 "comments add", "comments list", "comments edit", "comments delete", "comments resolve",
                                 "annotations add", "annotations list", "inbox", "audit verify", "audit list", "audit export",
                                 "secrets init", "secrets rotate", "secrets status", "watermark apply", "watermark detect"})
            QVERIFY2(paths.contains(QLatin1String(path)), path);
    }

    /// An option of a sibling verb is refused by name, before any database is opened.
    void siblingOptionsRefusedByName()
    {
        const QString nowhere = QStringLiteral("sqlite:///nonexistent-folder/never.db");
        REFUSED(atelier({QStringLiteral("users"), QStringLiteral("grant"), QStringLiteral("ana"), QStringLiteral("--brand"), QStringLiteral("b"),
                         QStringLiteral("--role"), QStringLiteral("viewer"), QStringLiteral("--password-stdin"), QStringLiteral("--database"), nowhere}),
                "--password-stdin is not an option of \"atelier users grant\"");
        REFUSED(atelier({QStringLiteral("users"), QStringLiteral("revoke"), QStringLiteral("ana"), QStringLiteral("--role"), QStringLiteral("viewer"),
                         QStringLiteral("--database"), nowhere}),
                "--role is not an option of \"atelier users revoke\"");
        REFUSED(atelier({QStringLiteral("comments"), QStringLiteral("edit"), QStringLiteral("c1"), QStringLiteral("--reply-to"), QStringLiteral("c0"),
                         QStringLiteral("--database"), nowhere}),
                "--reply-to is not an option of \"atelier comments edit\"");
        REFUSED(atelier({QStringLiteral("comments"), QStringLiteral("add"), QStringLiteral("ai_generation"), QStringLiteral("g"), QStringLiteral("--rect"),
                         QStringLiteral("0,0,1,1"), QStringLiteral("--database"), nowhere}),
                "--rect is not an option of \"atelier comments add\"");
        REFUSED(atelier({QStringLiteral("share"), QStringLiteral("ai_generation"), QStringLiteral("g"), QStringLiteral("--format"), QStringLiteral("json"),
                         QStringLiteral("--database"), nowhere}),
                "--format is not an option of \"atelier share\"");
        REFUSED(atelier({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--database"),
                         nowhere}),
                "--limit is not an option of \"atelier audit export\"");
        REFUSED(atelier({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--user"), QStringLiteral("ana"), QStringLiteral("--database"),
                         nowhere}),
                "--user is not an option of \"atelier audit verify\"");
        REFUSED(atelier({QStringLiteral("secrets"), QStringLiteral("init"), QStringLiteral("--new-passphrase-stdin"), QStringLiteral("--database"), nowhere}),
                "--new-passphrase-stdin is not an option of \"atelier secrets init\"");
        REFUSED(atelier({QStringLiteral("watermark"), QStringLiteral("detect"), QStringLiteral("--kind"), QStringLiteral("visible"),
                         QStringLiteral("--database"), nowhere}),
                "--kind is not an option of \"atelier watermark detect\"");
        REFUSED(atelier({QStringLiteral("inbox"), QStringLiteral("--with"), QStringLiteral("ben"), QStringLiteral("--database"), nowhere}),
                "--with is not an option of \"atelier inbox\"");
        // Words: a missing one, one too many, a sub-verb that does not exist.
        REFUSED(atelier({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("--database"), nowhere}), "\"atelier users add\" needs NAME");
        REFUSED(atelier({QStringLiteral("permissions"), QStringLiteral("ai_generation"), QStringLiteral("--database"), nowhere}),
                "\"atelier permissions\" needs TYPE ID");
        REFUSED(atelier({QStringLiteral("comments"), QStringLiteral("delete"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--database"), nowhere}),
                "Unexpected arguments: b");
        REFUSED(atelier({QStringLiteral("users"), QStringLiteral("frob")}), "Unknown users command \"frob\"");
        REFUSED(atelier({QStringLiteral("secrets")}), "\"atelier secrets\" needs a command: init, rotate, status");
        REFUSED(atelier({QStringLiteral("comments"), QStringLiteral("list"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--format"),
                         QStringLiteral("xml"), QStringLiteral("--database"), nowhere}),
                "--format: \"xml\" is not one of table, json, csv");
    }

    /// Bad values are refused with exit 2 and a message that names the option; nothing is written.
    void badValuesRefused_data() { ScratchDatabase::addDialectRows(); }
    void badValuesRefused()
    {
        QFETCH(QString, dialect);
        ScratchDatabase *scratch = demo(dialect);
        if (scratch->skip())
            QSKIP(qPrintable(scratch->problem()));
        QVERIFY2(scratch->problem().isEmpty(), qPrintable(scratch->problem()));
        const QStringList db = {QStringLiteral("--database"), scratch->url().toString()};
        const QString generation = firstGeneration(*scratch);
        QVERIFY(!generation.isEmpty());
        const QStringList annotate = QStringList{QStringLiteral("annotations"), QStringLiteral("add"), QStringLiteral("ai_generation"), generation,
                                                 QStringLiteral("--text"), QStringLiteral("x")}
                                     + db;
        REFUSED(atelier(annotate), "An annotation is placed with --rect");
        REFUSED(atelier(annotate + QStringList{QStringLiteral("--rect"), QStringLiteral("0.1,0.1,0.2"), QStringLiteral("--series"), QStringLiteral("s")}),
                "An annotation is placed with --rect");
        REFUSED(atelier(annotate + QStringList{QStringLiteral("--rect"), QStringLiteral("0.1,0.1,0.2")}), "--rect: expected four numbers");
        REFUSED(atelier(annotate + QStringList{QStringLiteral("--rect"), QStringLiteral("0.1,0.1,wide,0.2")}), "--rect: \"wide\" is not a number");
        REFUSED(atelier(annotate + QStringList{QStringLiteral("--rect"), QStringLiteral("0.1,0.1,nan,0.2")}), "--rect: \"nan\" is not a number");
        // A chart note needs its place on the series (issue 16: it was stored with an empty x).
        REFUSED(atelier(annotate + QStringList{QStringLiteral("--series"), QStringLiteral("revenue")}), "--series needs --x");
        REFUSED(atelier(annotate + QStringList{QStringLiteral("--series"), QStringLiteral("revenue"), QStringLiteral("--x"), QStringLiteral(" ")}),
                "--series needs --x");
        REFUSED(atelier(QStringList{QStringLiteral("comments"), QStringLiteral("add"), QStringLiteral("ai_generation"), generation} + db), "--text is required");
        REFUSED(atelier(QStringList{QStringLiteral("comments"), QStringLiteral("edit"), QStringLiteral("c1")} + db), "--text is required");
        REFUSED(atelier(QStringList{QStringLiteral("share"), QStringLiteral("ai_generation"), generation, QStringLiteral("--permission"),
                                    QStringLiteral("view")}
                        + db),
                "--with is required");
        REFUSED(atelier(QStringList{QStringLiteral("share"), QStringLiteral("ai_generation"), generation, QStringLiteral("--with"), QStringLiteral("ben")}
                        + db),
                "--permission is required: one of view, comment, edit");
        REFUSED(atelier(QStringList{QStringLiteral("share"), QStringLiteral("ai_generation"), generation, QStringLiteral("--with"), QStringLiteral("ben"),
                                    QStringLiteral("--permission"), QStringLiteral("view"), QStringLiteral("--revoke")}
                        + db),
                "Choose --permission or --revoke, not both");
        REFUSED(atelier(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")} + db),
                "--limit: \"0\" is not a whole number between 1 and 10000");
        REFUSED(atelier(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--after"), QStringLiteral("-3")} + db), "--after:");
        REFUSED(atelier(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("31/12/2026")} + db),
                "--from: \"31/12/2026\" is not a date in the form YYYY-MM-DD");
        REFUSED(atelier(QStringList{QStringLiteral("audit"), QStringLiteral("export")} + db), "--out is required");
        REFUSED(atelier(QStringList{QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), scratch->folder() + QStringLiteral("/a.csv"),
                                    QStringLiteral("--to"), QStringLiteral("tomorrow")}
                        + db),
                "--to: \"tomorrow\" is not a date");
        QVERIFY(!QFile::exists(scratch->folder() + QStringLiteral("/a.csv")));
        REFUSED(atelier(QStringList{QStringLiteral("secrets"), QStringLiteral("init")} + db), "--passphrase-stdin is required");
        REFUSED(atelier(QStringList{QStringLiteral("secrets"), QStringLiteral("init"), QStringLiteral("--keychain"), QStringLiteral("--passphrase-stdin")} + db,
                        QStringLiteral("a long passphrase, really\n")),
                "Choose --keychain or --passphrase-stdin, not both");
        REFUSED(atelier(QStringList{QStringLiteral("secrets"), QStringLiteral("rotate"), QStringLiteral("--passphrase-stdin"),
                                    QStringLiteral("--new-passphrase-stdin")}
                        + db),
                "--new-passphrase-stdin goes with rotate --keychain");
        REFUSED(atelier(QStringList{QStringLiteral("watermark"), QStringLiteral("detect")} + db), "--input is required");
        REFUSED(atelier(QStringList{QStringLiteral("watermark"), QStringLiteral("apply"), QStringLiteral("--kind"), QStringLiteral("visible"),
                                    QStringLiteral("--input"), QStringLiteral("in.png")}
                        + db),
                "--output is required to apply a watermark");
        REFUSED(atelier(QStringList{QStringLiteral("users"), QStringLiteral("grant"), QStringLiteral("ana"), QStringLiteral("--brand"),
                                    QStringLiteral("nordwear")}
                        + db),
                "--role is required: one of viewer, analyst, editor, admin");
        // The dispatcher's own: the brand the verb needs.
        REFUSED(atelier(QStringList{QStringLiteral("users"), QStringLiteral("revoke"), QStringLiteral("ana")} + db), "--brand is required");
        // Nothing of the above was written.
        auto open = Database::open(scratch->url(), Database::OpenMode::MustExist);
        QVERIFY(open);
        QSqlQuery q(open.value());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM annotations WHERE content = 'x'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM secret_keyring")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    /// People and memberships; the password comes from standard input. On SQLite the verbs say why they do not apply.
    void usersVerbs_data() { ScratchDatabase::addDialectRows(); }
    void usersVerbs()
    {
        QFETCH(QString, dialect);
        ScratchDatabase *scratch = demo(dialect);
        if (scratch->skip())
            QSKIP(qPrintable(scratch->problem()));
        QVERIFY2(scratch->problem().isEmpty(), qPrintable(scratch->problem()));
        const QStringList db = {QStringLiteral("--database"), scratch->url().toString()};
        const QString name = QStringLiteral("cli_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        const QStringList add = QStringList{QStringLiteral("users"), QStringLiteral("add"), name, QStringLiteral("--brand"), QStringLiteral("nordwear"),
                                            QStringLiteral("--role"), QStringLiteral("analyst"), QStringLiteral("--display-name"),
                                            QStringLiteral("Cléo Li"), QStringLiteral("--password-stdin")}
                                + db;
        const QString password = QStringLiteral("a long enough password");
        if (scratch->url().isSqlite()) {
            for (const QStringList &arguments :
                 {add, QStringList{QStringLiteral("users"), QStringLiteral("list")} + db,
                  QStringList{QStringLiteral("users"), QStringLiteral("revoke"), name, QStringLiteral("--brand"), QStringLiteral("nordwear")} + db}) {
                const Ran refused = atelier(arguments, password + QLatin1Char('\n'));
                QCOMPARE(refused.code, 1);
                QVERIFY2(refused.err.contains(QLatin1String("one local person")), qPrintable(refused.err));
                QVERIFY(refused.out.isEmpty());
            }
            return;
        }
        REFUSED(atelier(add.mid(0, add.indexOf(QStringLiteral("--password-stdin"))) + db), "--password-stdin is required");
        const Ran added = SUCCEEDS(atelier(add, password + QLatin1Char('\n')));
        QCOMPARE(added.code, 0);
        QCOMPARE(added.out, QStringLiteral("%1 can now sign in, as analyst of nordwear.\n").arg(name));
        const Ran granted = SUCCEEDS(atelier(QStringList{QStringLiteral("users"), QStringLiteral("grant"), name, QStringLiteral("--brand"),
                                                         QStringLiteral("glow-lab"), QStringLiteral("--role"), QStringLiteral("viewer")}
                                             + db));
        QCOMPARE(granted.code, 0);
        QCOMPARE(granted.out, QStringLiteral("%1 is now viewer of glow-lab.\n").arg(name));

        const Ran json = SUCCEEDS(atelier(QStringList{QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")} + db));
        QCOMPARE(json.code, 0);
        QJsonObject person;
        for (const QJsonValue &u : jsonObject(json).value(QStringLiteral("users")).toArray())
            if (u.toObject().value(QStringLiteral("username")).toString() == name)
                person = u.toObject();
        QCOMPARE(person.value(QStringLiteral("display_name")).toString(), QStringLiteral("Cléo Li"));
        QCOMPARE(person.value(QStringLiteral("login_role")).toString(), name);
        QCOMPARE(person.value(QStringLiteral("memberships")).toArray().size(), 2);
        const Ran csv = SUCCEEDS(atelier(QStringList{QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")} + db));
        QVERIFY2(csv.out.startsWith(QLatin1String("username,display_name,login_role,brand,role\n")), qPrintable(csv.out));
        QVERIFY2(csv.out.contains(name + QStringLiteral(",Cléo Li,") + name + QStringLiteral(",glow-lab,viewer\n")), qPrintable(csv.out));
        const Ran table = SUCCEEDS(atelier(QStringList{QStringLiteral("users"), QStringLiteral("list")} + db));
        QVERIFY2(table.out.startsWith(QLatin1String("User name")), qPrintable(table.out));
        QCOMPARE(table.out.count(QLatin1Char('\n') + name + QLatin1Char(' ')), 2); // a row per membership

        // The person signs in with the password read from the input, and sees their two brands only.
        DatabaseUrl own = scratch->url();
        own.user = name;
        own.password = password;
        const Ran status = SUCCEEDS(atelier({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database"), own.toString(),
                                             QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(status.code, 0);
        QCOMPARE(jsonObject(status).value(QStringLiteral("row_counts")).toObject().value(QStringLiteral("brands")).toInt(), 2);

        const Ran revoked = SUCCEEDS(atelier(QStringList{QStringLiteral("users"), QStringLiteral("revoke"), name, QStringLiteral("--brand"),
                                                         QStringLiteral("glow-lab")}
                                             + db));
        QCOMPARE(revoked.code, 0);
        QCOMPARE(revoked.out, QStringLiteral("%1 is no longer a member of glow-lab.\n").arg(name));
        const Ran after = SUCCEEDS(atelier(QStringList{QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")} + db));
        QCOMPARE(after.out.count(QLatin1Char('\n') + name + QLatin1Char(',')), 1);

        const Ran badRole = atelier(QStringList{QStringLiteral("users"), QStringLiteral("grant"), name, QStringLiteral("--brand"), QStringLiteral("glow-lab"),
                                                QStringLiteral("--role"), QStringLiteral("owner")}
                                    + db);
        QCOMPARE(badRole.code, 1);
        QVERIFY2(badRole.err.contains(QLatin1String("Unknown role \"owner\"")), qPrintable(badRole.err));
        const Ran noBrand = atelier(QStringList{QStringLiteral("users"), QStringLiteral("grant"), name, QStringLiteral("--brand"), QStringLiteral("atlantis"),
                                                QStringLiteral("--role"), QStringLiteral("viewer")}
                                    + db);
        QCOMPARE(noBrand.code, 1);
        QVERIFY2(noBrand.err.contains(QLatin1String("no brand \"atlantis\"")), qPrintable(noBrand.err));
        // A short password read from the input is refused, and no role is made.
        const QString other = name + QStringLiteral("_b");
        const Ran shortPassword = atelier(QStringList{QStringLiteral("users"), QStringLiteral("add"), other, QStringLiteral("--brand"),
                                                      QStringLiteral("nordwear"), QStringLiteral("--role"), QStringLiteral("viewer"),
                                                      QStringLiteral("--password-stdin")}
                                              + db,
                                          QStringLiteral("short\n"));
        QCOMPARE(shortPassword.code, 1);
        QVERIFY2(shortPassword.err.contains(QLatin1String("at least 8 characters")), qPrintable(shortPassword.err));

        // Leave no login role behind on the shared server.
        Database::closeThreadConnections(); // the person's own connection among them
        auto admin = Database::open(scratch->url(), Database::OpenMode::MustExist);
        QVERIFY(admin);
        QSqlQuery q(admin.value());
        QVERIFY(q.exec(QStringLiteral("SELECT format('DROP OWNED BY %I', '%1')").arg(name)) && q.next());
        const QString dropOwned = q.value(0).toString();
        q.finish();
        if (q.exec(dropOwned)) {
            QVERIFY(q.exec(QStringLiteral("SELECT format('DROP ROLE %I', '%1')").arg(name)) && q.next());
            const QString dropRole = q.value(0).toString();
            q.finish();
            q.exec(dropRole); // best effort: the demo's rows may still name it
        }
    }

    /// Comments, annotations, shares and the inbox, as the installation's own person, in every format.
    void collaborationVerbs_data() { ScratchDatabase::addDialectRows(); }
    void collaborationVerbs()
    {
        QFETCH(QString, dialect);
        ScratchDatabase *scratch = demo(dialect);
        if (scratch->skip())
            QSKIP(qPrintable(scratch->problem()));
        QVERIFY2(scratch->problem().isEmpty(), qPrintable(scratch->problem()));
        const QStringList db = {QStringLiteral("--database"), scratch->url().toString()};
        const QString generation = firstGeneration(*scratch);
        QVERIFY(!generation.isEmpty());
        const QStringList resource = {QStringLiteral("ai_generation"), generation};

        // comments add, a reply, edit, resolve and reopen, delete
        const Ran first = SUCCEEDS(atelier(QStringList{QStringLiteral("comments"), QStringLiteral("add")} + resource
                                           + QStringList{QStringLiteral("--text"), QStringLiteral("Warmer light, @ana?")} + db));
        QCOMPARE(first.code, 0);
        const QString firstId = first.out.trimmed();
        QVERIFY(!firstId.isEmpty() && !firstId.contains(QLatin1Char('\n')));
        const Ran reply = SUCCEEDS(atelier(QStringList{QStringLiteral("comments"), QStringLiteral("add")} + resource
                                           + QStringList{QStringLiteral("--text"), QStringLiteral("Agreed"), QStringLiteral("--reply-to"), firstId} + db));
        QCOMPARE(reply.code, 0);
        const QString replyId = reply.out.trimmed();
        const Ran extra = SUCCEEDS(atelier(QStringList{QStringLiteral("comments"), QStringLiteral("add")} + resource
                                           + QStringList{QStringLiteral("--text"), QStringLiteral("to delete")} + db));
        QCOMPARE(extra.code, 0);
        QCOMPARE(SUCCEEDS(atelier(QStringList{QStringLiteral("comments"), QStringLiteral("edit"), replyId, QStringLiteral("--text"),
                                              QStringLiteral("Agreed, \"warmer\"")}
                                  + db))
                     .code,
                 0);
        QCOMPARE(SUCCEEDS(atelier(QStringList{QStringLiteral("comments"), QStringLiteral("resolve"), firstId} + db)).code, 0);
        QCOMPARE(SUCCEEDS(atelier(QStringList{QStringLiteral("comments"), QStringLiteral("resolve"), replyId} + db)).code, 0);
        QCOMPARE(SUCCEEDS(atelier(QStringList{QStringLiteral("comments"), QStringLiteral("resolve"), replyId, QStringLiteral("--reopen")} + db)).code, 0);
        QCOMPARE(SUCCEEDS(atelier(QStringList{QStringLiteral("comments"), QStringLiteral("delete"), extra.out.trimmed()} + db)).code, 0);

        const Ran json = SUCCEEDS(atelier(QStringList{QStringLiteral("comments"), QStringLiteral("list")} + resource
                                          + QStringList{QStringLiteral("--format"), QStringLiteral("json")} + db));
        QCOMPARE(json.code, 0);
        const QJsonArray comments = jsonObject(json).value(QStringLiteral("comments")).toArray();
        QJsonObject firstJson, replyJson;
        for (const QJsonValue &v : comments) {
            QVERIFY(v.toObject().value(QStringLiteral("content")).toString() != QLatin1String("to delete"));
            if (v.toObject().value(QStringLiteral("id")).toString() == firstId)
                firstJson = v.toObject();
            if (v.toObject().value(QStringLiteral("id")).toString() == replyId)
                replyJson = v.toObject();
        }
        QVERIFY(firstJson.value(QStringLiteral("resolved")).toBool());
        QVERIFY(firstJson.value(QStringLiteral("parent_id")).isNull());
        QCOMPARE(firstJson.value(QStringLiteral("mentions")).toArray().first().toString(), QStringLiteral("ana"));
        QCOMPARE(replyJson.value(QStringLiteral("parent_id")).toString(), firstId);
        QCOMPARE(replyJson.value(QStringLiteral("depth")).toInt(), 1);
        QCOMPARE(replyJson.value(QStringLiteral("content")).toString(), QStringLiteral("Agreed, \"warmer\""));
        QVERIFY(replyJson.value(QStringLiteral("edited")).toBool());
        QVERIFY(!replyJson.value(QStringLiteral("resolved")).toBool());
        const Ran csv = SUCCEEDS(atelier(QStringList{QStringLiteral("comments"), QStringLiteral("list")} + resource
                                         + QStringList{QStringLiteral("--format"), QStringLiteral("csv")} + db));
        QVERIFY2(csv.out.startsWith(QLatin1String("id,author,content,resolved,edited\n")), qPrintable(csv.out));
        QVERIFY2(csv.out.contains(replyId + QLatin1Char(',')) && csv.out.contains(QLatin1String(",\"Agreed, \"\"warmer\"\"\",no,yes\n")),
                 qPrintable(csv.out));
        const Ran table = SUCCEEDS(atelier(QStringList{QStringLiteral("comments"), QStringLiteral("list")} + resource + db));
        QVERIFY2(table.out.startsWith(QLatin1String("ID")) && table.out.contains(QLatin1String("Resolved")), qPrintable(table.out));
        QVERIFY(table.out.contains(QLatin1String("Warmer light, @ana?")));
        const Ran noSuch = atelier(QStringList{QStringLiteral("comments"), QStringLiteral("edit"), QStringLiteral("no-such-comment"), QStringLiteral("--text"),
                                               QStringLiteral("x")}
                                   + db);
        QCOMPARE(noSuch.code, 1);

        // annotations: a rectangle on the image, a point on a chart (its brand named), each format
        const Ran rect = SUCCEEDS(atelier(QStringList{QStringLiteral("annotations"), QStringLiteral("add")} + resource
                                          + QStringList{QStringLiteral("--type"), QStringLiteral("issue"), QStringLiteral("--rect"),
                                                        QStringLiteral("0.1,0.1,0.3,0.2"), QStringLiteral("--text"), QStringLiteral("Logo too small")}
                                          + db));
        QCOMPARE(rect.code, 0);
        const Ran outside = atelier(QStringList{QStringLiteral("annotations"), QStringLiteral("add")} + resource
                                    + QStringList{QStringLiteral("--rect"), QStringLiteral("0.9,0.1,0.3,0.2"), QStringLiteral("--text"), QStringLiteral("x")}
                                    + db);
        QCOMPARE(outside.code, 1);
        QVERIFY2(outside.err.contains(QLatin1String("inside the image")), qPrintable(outside.err));
        const QStringList chart = {QStringLiteral("analytics_chart"), QStringLiteral("nordwear/overview")};
        const Ran point = SUCCEEDS(atelier(QStringList{QStringLiteral("annotations"), QStringLiteral("add")} + chart
                                           + QStringList{QStringLiteral("--series"), QStringLiteral("revenue"), QStringLiteral("--x"),
                                                         QStringLiteral("2026-05-20"), QStringLiteral("--text"), QStringLiteral("Campaign"),
                                                         QStringLiteral("--brand"), QStringLiteral("nordwear")}
                                           + db));
        QCOMPARE(point.code, 0);
        const Ran noBrand = atelier(QStringList{QStringLiteral("annotations"), QStringLiteral("add")} + chart
                                    + QStringList{QStringLiteral("--series"), QStringLiteral("revenue"), QStringLiteral("--x"), QStringLiteral("3"),
                                                  QStringLiteral("--text"), QStringLiteral("x")}
                                    + db);
        QCOMPARE(noBrand.code, 1);
        QVERIFY2(noBrand.err.contains(QLatin1String("--brand")), qPrintable(noBrand.err));
        const Ran notes = SUCCEEDS(atelier(QStringList{QStringLiteral("annotations"), QStringLiteral("list")} + resource
                                           + QStringList{QStringLiteral("--format"), QStringLiteral("json")} + db));
        QJsonObject placed;
        for (const QJsonValue &a : jsonObject(notes).value(QStringLiteral("annotations")).toArray())
            if (a.toObject().value(QStringLiteral("id")).toString() == rect.out.trimmed())
                placed = a.toObject();
        QCOMPARE(placed.value(QStringLiteral("type")).toString(), QStringLiteral("issue"));
        QCOMPARE(placed.value(QStringLiteral("content")).toString(), QStringLiteral("Logo too small"));
        QCOMPARE(placed.value(QStringLiteral("position")).toObject().value(QStringLiteral("width")).toDouble(), 0.3);
        const Ran chartNotes = SUCCEEDS(atelier(QStringList{QStringLiteral("annotations"), QStringLiteral("list")} + chart
                                                + QStringList{QStringLiteral("--format"), QStringLiteral("csv")} + db));
        QVERIFY2(chartNotes.out.startsWith(QLatin1String("id,type,position,author,content\n")), qPrintable(chartNotes.out));
        QVERIFY2(chartNotes.out.contains(QLatin1String("\"{\"\"series\"\":\"\"revenue\"\",\"\"x\"\":\"\"2026-05-20\"\"}\"")), qPrintable(chartNotes.out));
        const Ran notesTable = SUCCEEDS(atelier(QStringList{QStringLiteral("annotations"), QStringLiteral("list")} + resource + db));
        QVERIFY2(notesTable.out.contains(QLatin1String("Logo too small")) && notesTable.out.startsWith(QLatin1String("ID")), qPrintable(notesTable.out));

        // share, permissions, revoke
        const Ran shared = SUCCEEDS(atelier(QStringList{QStringLiteral("share")} + resource
                                            + QStringList{QStringLiteral("--with"), QStringLiteral("ben"), QStringLiteral("--permission"),
                                                          QStringLiteral("edit")}
                                            + db));
        QCOMPARE(shared.code, 0);
        QCOMPARE(shared.out, QStringLiteral("ai_generation %1 is shared with ben (edit).\n").arg(generation));
        const Ran who = SUCCEEDS(atelier(QStringList{QStringLiteral("permissions")} + resource
                                         + QStringList{QStringLiteral("--format"), QStringLiteral("json")} + db));
        const QJsonObject whoJson = jsonObject(who);
        QCOMPARE(whoJson.value(QStringLiteral("resource_id")).toString(), generation);
        bool ben = false;
        for (const QJsonValue &g : whoJson.value(QStringLiteral("shared_with")).toArray())
            ben = ben || (g.toObject().value(QStringLiteral("username")) == QStringLiteral("ben")
                          && g.toObject().value(QStringLiteral("permission")) == QStringLiteral("edit"));
        QVERIFY2(ben, qPrintable(who.out));
        const Ran whoCsv = SUCCEEDS(atelier(QStringList{QStringLiteral("permissions")} + resource
                                            + QStringList{QStringLiteral("--format"), QStringLiteral("csv")} + db));
        QVERIFY2(whoCsv.out.startsWith(QLatin1String("username,permission\n")) && whoCsv.out.contains(QLatin1String("\nben,edit\n")),
                 qPrintable(whoCsv.out));
        const Ran whoTable = SUCCEEDS(atelier(QStringList{QStringLiteral("permissions")} + resource + db));
        QVERIFY2(whoTable.out.startsWith(QLatin1String("User name")) && whoTable.out.contains(QLatin1String("ben")), qPrintable(whoTable.out));
        const Ran unshared = SUCCEEDS(atelier(QStringList{QStringLiteral("share")} + resource
                                              + QStringList{QStringLiteral("--with"), QStringLiteral("ben"), QStringLiteral("--revoke")} + db));
        QCOMPARE(unshared.out, QStringLiteral("ai_generation %1 is no longer shared with ben.\n").arg(generation));
        QVERIFY(!SUCCEEDS(atelier(QStringList{QStringLiteral("permissions")} + resource + QStringList{QStringLiteral("--format"), QStringLiteral("csv")} + db))
                     .out.contains(QLatin1String("\nben,")));
        const Ran notShareable = atelier(QStringList{QStringLiteral("share"), QStringLiteral("experiment"), QStringLiteral("x"), QStringLiteral("--with"),
                                                     QStringLiteral("ben"), QStringLiteral("--permission"), QStringLiteral("view")}
                                         + db);
        QCOMPARE(notShareable.code, 1);
        QVERIFY(notShareable.err.contains(QLatin1String("cannot be shared")));

        // shared-with-me and the inbox, in each format
        const Ran mine = SUCCEEDS(atelier(QStringList{QStringLiteral("shared-with-me"), QStringLiteral("--format"), QStringLiteral("json")} + db));
        QCOMPARE(mine.code, 0);
        QVERIFY2(jsonObject(mine).value(QStringLiteral("shared_with_me")).isArray(), qPrintable(mine.out));
        QVERIFY(SUCCEEDS(atelier(QStringList{QStringLiteral("shared-with-me"), QStringLiteral("--format"), QStringLiteral("csv")} + db))
                    .out.startsWith(QLatin1String("resource_type,resource_id,permission,shared_by\n")));
        QVERIFY(SUCCEEDS(atelier(QStringList{QStringLiteral("shared-with-me")} + db)).out.startsWith(QLatin1String("Resource type")));
        const Ran box = SUCCEEDS(atelier(QStringList{QStringLiteral("inbox"), QStringLiteral("--format"), QStringLiteral("json")} + db));
        QCOMPARE(box.code, 0);
        const QJsonObject boxJson = jsonObject(box);
        for (const char *key : {"unread_shares", "unread_mentions", "items"})
            QVERIFY2(boxJson.contains(QLatin1String(key)), key);
        QVERIFY(SUCCEEDS(atelier(QStringList{QStringLiteral("inbox"), QStringLiteral("--format"), QStringLiteral("csv")} + db))
                    .out.startsWith(QLatin1String("unread,kind,resource,from,text,at\n")));
        const Ran boxTable = SUCCEEDS(atelier(QStringList{QStringLiteral("inbox"), QStringLiteral("--mark-read")} + db));
        QVERIFY2(boxTable.out.startsWith(QLatin1String("Unread: ")), qPrintable(boxTable.out));
        const QJsonObject read = jsonObject(SUCCEEDS(atelier(QStringList{QStringLiteral("inbox"), QStringLiteral("--format"), QStringLiteral("json")} + db)));
        QCOMPARE(read.value(QStringLiteral("unread_shares")).toInt(), 0);
        QCOMPARE(read.value(QStringLiteral("unread_mentions")).toInt(), 0);
    }

    /// The audit trail: verified, paged, exported to a file (the export itself audited).
    void auditVerbs_data() { ScratchDatabase::addDialectRows(); }
    void auditVerbs()
    {
        QFETCH(QString, dialect);
        ScratchDatabase *scratch = demo(dialect);
        if (scratch->skip())
            QSKIP(qPrintable(scratch->problem()));
        QVERIFY2(scratch->problem().isEmpty(), qPrintable(scratch->problem()));
        const QStringList db = {QStringLiteral("--database"), scratch->url().toString()};
        const Ran verified = SUCCEEDS(atelier(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + db));
        QCOMPARE(verified.code, 0);
        QVERIFY2(verified.out.startsWith(QLatin1String("The audit trail is intact: ")), qPrintable(verified.out));
        QVERIFY2(verified.out.contains(QLatin1String("Head: row ")), qPrintable(verified.out));

        const Ran page = SUCCEEDS(atelier(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("2"),
                                                      QStringLiteral("--format"), QStringLiteral("json")}
                                          + db));
        QCOMPARE(page.code, 0);
        const QJsonObject first = jsonObject(page);
        const QJsonArray rows = first.value(QStringLiteral("audits")).toArray();
        QCOMPARE(rows.size(), 2);
        for (const char *key : {"seq", "id", "created_at", "user", "action", "resource_type", "resource_id", "brand_id", "ip_address", "user_agent",
                                "row_hash"})
            QVERIFY2(rows.first().toObject().contains(QLatin1String(key)), key);
        const qint64 next = first.value(QStringLiteral("next_after")).toInteger();
        QCOMPARE(next, rows.last().toObject().value(QStringLiteral("seq")).toInteger());
        const Ran second = SUCCEEDS(atelier(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--after"), QString::number(next),
                                                        QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json")}
                                            + db));
        const QJsonArray secondRows = jsonObject(second).value(QStringLiteral("audits")).toArray();
        QCOMPARE(secondRows.size(), 1);
        QVERIFY(secondRows.first().toObject().value(QStringLiteral("seq")).toInteger() > next);
        const Ran csv = SUCCEEDS(atelier(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3"),
                                                     QStringLiteral("--format"), QStringLiteral("csv")}
                                         + db));
        QVERIFY2(csv.out.startsWith(QLatin1String("seq,created_at,user,action,resource_type,resource_id,ip_address\n")), qPrintable(csv.out));
        QCOMPARE(csv.out.count(QLatin1Char('\n')), 4);
        const Ran table = SUCCEEDS(atelier(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")} + db));
        QVERIFY2(table.out.startsWith(QLatin1String("#")) && table.out.contains(QLatin1String("Resource type")), qPrintable(table.out));
        const Ran nothing = SUCCEEDS(atelier(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--resource-id"), QStringLiteral("no-such"),
                                                         QStringLiteral("--format"), QStringLiteral("json")}
                                             + db));
        QVERIFY(jsonObject(nothing).value(QStringLiteral("audits")).toArray().isEmpty());
        QVERIFY(jsonObject(nothing).value(QStringLiteral("next_after")).isNull());

        const QString file = scratch->folder() + QStringLiteral("/trail.csv");
        const Ran exported = SUCCEEDS(atelier(QStringList{QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), file,
                                                          QStringLiteral("--from"), QStringLiteral("2000-01-01")}
                                              + db));
        QCOMPARE(exported.code, 0);
        QVERIFY2(exported.out.endsWith(QStringLiteral(" written to %1.\n").arg(file)), qPrintable(exported.out));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        const QList<QByteArray> lines = written.readAll().split('\n');
        const int count = exported.out.section(QLatin1Char(' '), 0, 0).toInt();
        QVERIFY(count > 0);
        QCOMPARE(lines.size(), count + 2); // the header, the rows, and the end of the last line
        // The export is in the trail, and the trail still holds.
        const Ran exports = SUCCEEDS(atelier(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QStringLiteral("export"),
                                                         QStringLiteral("--resource-type"), QStringLiteral("security_audits"), QStringLiteral("--format"),
                                                         QStringLiteral("json")}
                                             + db));
        QCOMPARE(jsonObject(exports).value(QStringLiteral("audits")).toArray().size(), 1);
        QCOMPARE(SUCCEEDS(atelier(QStringList{QStringLiteral("audit"), QStringLiteral("verify")} + db)).code, 0);
        // Nothing is written where it cannot be.
        const Ran unwritable = atelier(QStringList{QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                                                   scratch->folder() + QStringLiteral("/no/such/folder/trail.csv")}
                                       + db);
        QCOMPARE(unwritable.code, 1);
        QVERIFY2(unwritable.err.contains(QLatin1String("Cannot write")), qPrintable(unwritable.err));
    }

    /// The data key with a passphrase read from the input: status, init, rotate.
    void secretsVerbs_data() { ScratchDatabase::addDialectRows(); }
    void secretsVerbs()
    {
        ATELIER_SCRATCH(scratch);
        const QStringList db = {QStringLiteral("--database"), scratch.url().toString()};
        QCOMPARE(SUCCEEDS(atelier(QStringList{QStringLiteral("migrate")} + db)).code, 0);
        const QStringList secrets = {QStringLiteral("secrets")};
        const Ran none = SUCCEEDS(atelier(secrets + QStringList{QStringLiteral("status")} + db));
        QCOMPARE(none.code, 0);
        QVERIFY2(none.out.startsWith(QLatin1String("No data key yet")), qPrintable(none.out));
        const Ran tooShort = atelier(secrets + QStringList{QStringLiteral("init"), QStringLiteral("--passphrase-stdin")} + db, QStringLiteral("short\n"));
        QCOMPARE(tooShort.code, 1);
        const Ran made = SUCCEEDS(atelier(secrets + QStringList{QStringLiteral("init"), QStringLiteral("--passphrase-stdin")} + db,
                                          QStringLiteral("a long passphrase, really\n")));
        QCOMPARE(made.code, 0);
        QCOMPARE(made.out, QStringLiteral("The data key is created; sensitive fields are encrypted at rest.\n"));
        QVERIFY2(SUCCEEDS(atelier(secrets + QStringList{QStringLiteral("status")} + db)).out.startsWith(QLatin1String("Data key 1, wrapped by a passphrase")),
                 "status after init");
        const Ran wrong = atelier(secrets + QStringList{QStringLiteral("rotate"), QStringLiteral("--passphrase-stdin")} + db,
                                  QStringLiteral("not the passphrase at all\n\n"));
        QCOMPARE(wrong.code, 1);
        // The current passphrase, then a new one on the second line.
        const Ran rotated = SUCCEEDS(atelier(secrets + QStringList{QStringLiteral("rotate"), QStringLiteral("--passphrase-stdin")} + db,
                                             QStringLiteral("a long passphrase, really\nanother long passphrase\n")));
        QCOMPARE(rotated.code, 0);
        QVERIFY2(rotated.out.startsWith(QLatin1String("New data key; ")), qPrintable(rotated.out));
        QVERIFY(SUCCEEDS(atelier(secrets + QStringList{QStringLiteral("status")} + db)).out.startsWith(QLatin1String("Data key 2, wrapped by a passphrase")));
        // The old passphrase no longer opens it; the new one does, and an absent second line keeps it.
        QCOMPARE(atelier(secrets + QStringList{QStringLiteral("rotate"), QStringLiteral("--passphrase-stdin")} + db,
                         QStringLiteral("a long passphrase, really\n"))
                     .code,
                 1);
        QCOMPARE(SUCCEEDS(atelier(secrets + QStringList{QStringLiteral("rotate"), QStringLiteral("--passphrase-stdin")} + db,
                                  QStringLiteral("another long passphrase")))
                     .code,
                 0);
        QCOMPARE(SUCCEEDS(atelier(secrets + QStringList{QStringLiteral("rotate"), QStringLiteral("--passphrase-stdin")} + db,
                                  QStringLiteral("another long passphrase\n")))
                     .code,
                 0);
        QVERIFY(SUCCEEDS(atelier(secrets + QStringList{QStringLiteral("status")} + db)).out.startsWith(QLatin1String("Data key 4,")));
        const Ran again = atelier(secrets + QStringList{QStringLiteral("init"), QStringLiteral("--passphrase-stdin")} + db,
                                  QStringLiteral("a long passphrase, really\n"));
        QCOMPARE(again.code, 1);
        // Each change is in the trail.
        const Ran trail = SUCCEEDS(atelier(QStringList{QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--resource-type"),
                                                       QStringLiteral("secret_keyring"), QStringLiteral("--format"), QStringLiteral("csv")}
                                           + db));
        QCOMPARE(trail.out.count(QLatin1String(",secret_keyring,")), 4);
    }

    /// A small PNG marked visibly and invisibly, then the marks found and named, in every format.
    void watermarkVerbs_data() { ScratchDatabase::addDialectRows(); }
    void watermarkVerbs()
    {
        ATELIER_SCRATCH(scratch);
        const QStringList db = {QStringLiteral("--database"), scratch.url().toString()};
        QCOMPARE(SUCCEEDS(atelier(QStringList{QStringLiteral("migrate")} + db)).code, 0);
        const QString input = scratch.folder() + QStringLiteral("/in.png");
        QImage picture(260, 260, QImage::Format_RGB32); // the invisible mark needs 256 × 256
        picture.fill(QColor(120, 140, 160));
        QVERIFY(picture.save(input));
        const QStringList apply = {QStringLiteral("watermark"), QStringLiteral("apply"), QStringLiteral("--input"), input,
                                   QStringLiteral("--resource-type"), QStringLiteral("ai_generation"), QStringLiteral("--resource-id"),
                                   QStringLiteral("gen_1")};
        const QString visible = scratch.folder() + QStringLiteral("/visible.png");
        const Ran marked = SUCCEEDS(atelier(apply + QStringList{QStringLiteral("--kind"), QStringLiteral("visible"), QStringLiteral("--text"),
                                                                QStringLiteral("© Atelier"), QStringLiteral("--position"), QStringLiteral("center"),
                                                                QStringLiteral("--opacity"), QStringLiteral("0.5"), QStringLiteral("--output"), visible}
                                            + db));
        QCOMPARE(marked.code, 0);
        const QString visibleId = marked.out.trimmed();
        QVERIFY(!visibleId.isEmpty());
        QVERIFY(QImage(visible) != picture);
        const QString invisible = scratch.folder() + QStringLiteral("/invisible.png");
        const Ran hidden = SUCCEEDS(atelier(apply + QStringList{QStringLiteral("--kind"), QStringLiteral("invisible"), QStringLiteral("--output"), invisible}
                                            + db));
        QCOMPARE(hidden.code, 0);

        const Ran json = SUCCEEDS(atelier(QStringList{QStringLiteral("watermark"), QStringLiteral("detect"), QStringLiteral("--input"), visible,
                                                      QStringLiteral("--format"), QStringLiteral("json")}
                                          + db));
        QCOMPARE(json.code, 0);
        const QJsonObject found = jsonObject(json);
        QCOMPARE(found.value(QStringLiteral("file")).toString(), visible);
        const QJsonArray marks = found.value(QStringLiteral("watermarks")).toArray();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().toObject().value(QStringLiteral("watermark_id")).toString(), visibleId);
        QCOMPARE(marks.first().toObject().value(QStringLiteral("resource_id")).toString(), QStringLiteral("gen_1"));
        const Ran table = SUCCEEDS(atelier(QStringList{QStringLiteral("watermark"), QStringLiteral("detect"), QStringLiteral("--input"), invisible} + db));
        QVERIFY2(table.out.startsWith(QLatin1String("Kind")) && table.out.contains(hidden.out.trimmed()), qPrintable(table.out));
        QVERIFY2(table.out.contains(QLatin1String("invisible")), qPrintable(table.out));
        const Ran csv = SUCCEEDS(atelier(QStringList{QStringLiteral("watermark"), QStringLiteral("detect"), QStringLiteral("--input"), input,
                                                     QStringLiteral("--format"), QStringLiteral("csv")}
                                         + db));
        QCOMPARE(csv.out, QStringLiteral("kind,watermark_id,resource_type,resource_id\n")); // the original carries none

        const QString never = scratch.folder() + QStringLiteral("/never.png");
        REFUSED(atelier(apply + QStringList{QStringLiteral("--kind"), QStringLiteral("metadata"), QStringLiteral("--output"), never,
                                            QStringLiteral("--opacity"), QStringLiteral("lots")}
                        + db),
                "--opacity: \"lots\" is not a number");
        const Ran badKind = atelier(apply + QStringList{QStringLiteral("--kind"), QStringLiteral("glitter"), QStringLiteral("--output"), never} + db);
        QCOMPARE(badKind.code, 1);
        QVERIFY2(badKind.err.contains(QLatin1String("glitter")), qPrintable(badKind.err));
        QVERIFY(!QFile::exists(never));
    }
};

QTEST_MAIN(TestCollaborationVerbs)
#include "tst_collaborationverbs.moc"
