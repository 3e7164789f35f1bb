#include "core/database.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "scratchdatabase.h"

#include <QImage>
#include <QColor>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

/// \a env with settings and data of the person running the tests kept out, in English.
QProcessEnvironment isolated(QProcessEnvironment environment)
{
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("ATELIER_DATABASE_URL"));
    static QTemporaryDir home;
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    return environment;
}

Run atelier(const QStringList &arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
           const QByteArray &input = {}, int timeoutMs = 180000)
{
    QProcess process;
    QProcessEnvironment environment = isolated(env);
    // Passwords go the way the docs say, not on the command line (that way is tested, and warned about, on its own).
    QStringList args = arguments;
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) != QLatin1String("--database"))
            continue;
        if (const auto url = DatabaseUrl::parse(args.at(i + 1)); url && !url->password.isEmpty()) {
            environment.insert(QStringLiteral("PGPASSWORD"), url->password);
            args[i + 1] = url->displayString();
        }
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(ATELIER_BINARY), args);
    if (!input.isEmpty()) {
        process.waitForStarted();
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

/// The command line as people and scripts use it: verbs, exit codes, and one-line errors that change nothing.
class TestCommandLine final : public QObject
{
    Q_OBJECT
private slots:
    void helpAndVersion()
    {
        const Run help = atelier({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char *word : {"migrate", "demo", "db status", "--database", "--page"})
            QVERIFY2(help.out.contains(QLatin1String(word)), word);
        const Run version = atelier({QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("atelier " ATELIER_VERSION));
        const Run unknown = atelier({QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QLatin1String("Unknown command \"frobnicate\"")));
    }

    /// The verb is the first word that is not an option nor an option's value: a value that reads "ai" or "export"
    /// neither makes the command a drawing verb nor hides --help.
    void verbIsTheFirstWord_data() { ScratchDatabase::addDialectRows(); }
    void verbIsTheFirstWord()
    {
        for (const char *value : {"ai", "export", "watermark"}) {
            const Run help = atelier({QStringLiteral("--page"), QString::fromLatin1(value), QStringLiteral("--help")});
            QVERIFY2(help.code == 0, qPrintable(help.err));
            QVERIFY2(help.out.contains(QLatin1String("Usage: atelier")), qPrintable(help.out));
        }
        ATELIER_SCRATCH(scratch);
        const QString url = scratch.url().toString();
        QCOMPARE(atelier({QStringLiteral("migrate"), QStringLiteral("--database"), url}).code, 0);
        // No display at all: a verb that does not draw runs headless, whatever its options' values say.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        const Run status = atelier({QStringLiteral("--database"), url, QStringLiteral("db"), QStringLiteral("status"),
                                    QStringLiteral("--format"), QStringLiteral("json")},
                                   env);
        QVERIFY2(status.code == 0, qPrintable(status.err));
        QVERIFY2(status.err.isEmpty(), qPrintable(status.err));
        const Run funnel = atelier({QStringLiteral("analytics"), QStringLiteral("funnels"), QStringLiteral("--database"), url,
                                    QStringLiteral("--brand"), QStringLiteral("export")},
                                   env);
        QCOMPARE(funnel.code, 1); // no brand of that name: an ordinary answer, not a drawing verb
        QVERIFY2(funnel.err.contains(QLatin1String("export")), qPrintable(funnel.err));
        QVERIFY2(!funnel.err.contains(QLatin1String("platform")), qPrintable(funnel.err));
    }

    void migrateDemoStatus_data() { ScratchDatabase::addDialectRows(); }
    void migrateDemoStatus()
    {
        ATELIER_SCRATCH(scratch);
        const QString url = scratch.url().toString();
        const Run migrate = atelier({QStringLiteral("migrate"), QStringLiteral("--database"), url});
        QVERIFY2(migrate.code == 0, qPrintable(migrate.err));
        QVERIFY(migrate.out.contains(QLatin1String("schema migrated from version 0 to")));
        QCOMPARE(atelier({QStringLiteral("migrate"), QStringLiteral("--database"), url}).out.contains(QLatin1String("up to date")), true);

        const Run demo = atelier({QStringLiteral("demo"), QStringLiteral("--database"), url, QStringLiteral("--events"),
                                  QStringLiteral("25000"), QStringLiteral("--seed"), QStringLiteral("5"),
                                  QStringLiteral("--end-date"), QStringLiteral("2026-05-31")});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        QVERIFY(demo.out.contains(QLatin1String("25000 events")));

        const Run status = atelier({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database"), url,
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(status.code == 0, qPrintable(status.err));
        const QJsonObject o = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("url")).toString(), scratch.url().displayString());
        QVERIFY(!o.value(QStringLiteral("url")).toString().contains(QLatin1String(":atelier@")));
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), o.value(QStringLiteral("latest_version")).toInt());
        QCOMPARE(o.value(QStringLiteral("row_counts")).toObject().value(QStringLiteral("analytics_events")).toInt(), 25000);
        QVERIFY(o.value(QStringLiteral("row_counts")).toObject().value(QStringLiteral("brands")).toInt() >= 12);

        const Run table = atelier({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database"), url});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(QLatin1String("analytics_events")));
        QVERIFY(!table.out.contains(QLatin1String(":atelier@")));

        // A second demo run refuses, and leaves the data alone.
        const Run again = atelier({QStringLiteral("demo"), QStringLiteral("--database"), url, QStringLiteral("--events"),
                                   QStringLiteral("100")});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QLatin1String("only goes into an empty database")));
    }

    /// People and memberships from the command line; on SQLite the verbs say why they do not apply.
    void usersVerbs_data() { ScratchDatabase::addDialectRows(); }
    void usersVerbs()
    {
        ATELIER_SCRATCH(scratch);
        const QString url = scratch.url().toString();
        QCOMPARE(atelier({QStringLiteral("demo"), QStringLiteral("--database"), url, QStringLiteral("--events"),
                          QStringLiteral("2000"), QStringLiteral("--days"), QStringLiteral("10")})
                     .code,
                 0);
        const QString name = QStringLiteral("cli_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        const QStringList add = {QStringLiteral("users"), QStringLiteral("add"), name, QStringLiteral("--database"), url,
                                 QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--role"),
                                 QStringLiteral("analyst"), QStringLiteral("--password-stdin")};
        const Run added = atelier(add, QProcessEnvironment::systemEnvironment(), "a long enough password\n");
        if (scratch.url().isSqlite()) {
            QCOMPARE(added.code, 1);
            QVERIFY(added.err.contains(QLatin1String("one local person")));
            return;
        }
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const Run noPassword = atelier(add.mid(0, add.size() - 1));
        QCOMPARE(noPassword.code, 2);
        QVERIFY(noPassword.err.contains(QLatin1String("--password-stdin")));
        QCOMPARE(atelier({QStringLiteral("users"), QStringLiteral("grant"), name, QStringLiteral("--database"), url,
                          QStringLiteral("--brand"), QStringLiteral("glow-lab"), QStringLiteral("--role"), QStringLiteral("viewer")})
                     .code,
                 0);
        const Run list = atelier({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--database"), url,
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.code, 0);
        bool found = false;
        for (const QJsonValue &u : QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("users")).toArray())
            if (u.toObject().value(QStringLiteral("username")).toString() == name) {
                found = true;
                QCOMPARE(u.toObject().value(QStringLiteral("memberships")).toArray().size(), 2);
            }
        QVERIFY(found);
        // The new person signs in with their own role and sees their two brands only.
        DatabaseUrl own = scratch.url();
        own.user = name;
        own.password = QStringLiteral("a long enough password");
        const Run status = atelier({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database"), own.toString(),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(status.code == 0, qPrintable(status.err));
        QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value(QStringLiteral("row_counts")).toObject()
                     .value(QStringLiteral("brands")).toInt(),
                 2);
        QCOMPARE(atelier({QStringLiteral("users"), QStringLiteral("revoke"), name, QStringLiteral("--database"), url,
                          QStringLiteral("--brand"), QStringLiteral("glow-lab")})
                     .code,
                 0);
        const Run badRole = atelier({QStringLiteral("users"), QStringLiteral("grant"), name, QStringLiteral("--database"), url,
                                     QStringLiteral("--brand"), QStringLiteral("glow-lab"), QStringLiteral("--role"),
                                     QStringLiteral("owner")});
        QCOMPARE(badRole.code, 1);
        QVERIFY(badRole.err.contains(QLatin1String("Unknown role \"owner\"")));
    }

    /// Comments, annotations and shares from the command line, as the installation's own person.
    void collaborationVerbs_data() { ScratchDatabase::addDialectRows(); }
    void collaborationVerbs()
    {
        ATELIER_SCRATCH(scratch);
        const QString url = scratch.url().toString();
        QCOMPARE(atelier({QStringLiteral("demo"), QStringLiteral("--database"), url, QStringLiteral("--events"),
                          QStringLiteral("2000"), QStringLiteral("--days"), QStringLiteral("10")})
                     .code,
                 0);
        auto db = Database::open(scratch.url());
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM ai_generations ORDER BY id")) && q.next());
        const QString generation = q.value(0).toString();
        q.finish();
        auto run = [&](QStringList words) {
            words.insert(1, QStringLiteral("--database"));
            words.insert(2, url);
            return atelier(words);
        };
        const Run first = run({QStringLiteral("comments"), QStringLiteral("add"), QStringLiteral("ai_generation"), generation,
                               QStringLiteral("--text"), QStringLiteral("Warmer light, @ana?")});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QString firstId = first.out.trimmed();
        QCOMPARE(run({QStringLiteral("comments"), QStringLiteral("add"), QStringLiteral("ai_generation"), generation,
                      QStringLiteral("--text"), QStringLiteral("Agreed"), QStringLiteral("--reply-to"), firstId})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("comments"), QStringLiteral("resolve"), firstId}).code, 0);
        const Run list = run({QStringLiteral("comments"), QStringLiteral("list"), QStringLiteral("ai_generation"), generation,
                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.code, 0);
        bool sawReply = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("comments")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("id")).toString() == firstId) {
                QVERIFY(c.value(QStringLiteral("resolved")).toBool());
                QCOMPARE(c.value(QStringLiteral("mentions")).toArray().first().toString(), QStringLiteral("ana"));
            }
            if (c.value(QStringLiteral("parent_id")).toString() == firstId) {
                sawReply = true;
                QCOMPARE(c.value(QStringLiteral("depth")).toInt(), 1);
            }
        }
        QVERIFY(sawReply);
        const Run outside = run({QStringLiteral("annotations"), QStringLiteral("add"), QStringLiteral("ai_generation"), generation,
                                 QStringLiteral("--rect"), QStringLiteral("0.9,0.1,0.3,0.2"), QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(outside.code, 1);
        QVERIFY(outside.err.contains(QLatin1String("inside the image")));
        // A chart note needs its place on the series: without --x it would be stored nowhere.
        const Run nowhere = run({QStringLiteral("annotations"), QStringLiteral("add"), QStringLiteral("analytics_chart"),
                                 QStringLiteral("overview/revenue"), QStringLiteral("--series"), QStringLiteral("revenue"),
                                 QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(nowhere.code, 2);
        QVERIFY2(nowhere.err.contains(QLatin1String("--series needs --x")), qPrintable(nowhere.err));
        QCOMPARE(run({QStringLiteral("annotations"), QStringLiteral("add"), QStringLiteral("ai_generation"), generation,
                      QStringLiteral("--type"), QStringLiteral("issue"), QStringLiteral("--rect"), QStringLiteral("0.1,0.1,0.3,0.2"),
                      QStringLiteral("--text"), QStringLiteral("Logo too small")})
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("share"), QStringLiteral("ai_generation"), generation, QStringLiteral("--with"), QStringLiteral("ben"),
                      QStringLiteral("--permission"), QStringLiteral("edit")})
                     .code,
                 0);
        const Run who = run({QStringLiteral("permissions"), QStringLiteral("ai_generation"), generation, QStringLiteral("--format"),
                             QStringLiteral("json")});
        QCOMPARE(who.code, 0);
        QVERIFY2(who.out.contains(QLatin1String("\"ben\"")), qPrintable(who.out));
        const Run notShareable = run({QStringLiteral("share"), QStringLiteral("experiment"), QStringLiteral("x"), QStringLiteral("--with"),
                                      QStringLiteral("ben"), QStringLiteral("--permission"), QStringLiteral("view")});
        QCOMPARE(notShareable.code, 1);
        QVERIFY(notShareable.err.contains(QLatin1String("cannot be shared")));
    }

    /// Watermarks from the command line: applied, then found and named, in JSON.
    void watermarkVerbs_data() { ScratchDatabase::addDialectRows(); }
    void watermarkVerbs()
    {
        ATELIER_SCRATCH(scratch);
        const QString url = scratch.url().toString();
        QCOMPARE(atelier({QStringLiteral("migrate"), QStringLiteral("--database"), url}).code, 0);
        const QString input = scratch.folder() + QStringLiteral("/in.png"), output = scratch.folder() + QStringLiteral("/out.jpg");
        QImage picture(400, 300, QImage::Format_RGB32);
        picture.fill(QColor(120, 140, 160));
        QVERIFY(picture.save(input));
        const Run applied = atelier({QStringLiteral("watermark"), QStringLiteral("apply"), QStringLiteral("--database"), url,
                                     QStringLiteral("--kind"), QStringLiteral("visible"), QStringLiteral("--text"), QStringLiteral("© Atelier"),
                                     QStringLiteral("--input"), input, QStringLiteral("--output"), output, QStringLiteral("--resource-type"),
                                     QStringLiteral("ai_generation"), QStringLiteral("--resource-id"), QStringLiteral("gen_1")});
        QVERIFY2(applied.code == 0, qPrintable(applied.err));
        const Run found = atelier({QStringLiteral("watermark"), QStringLiteral("detect"), QStringLiteral("--database"), url,
                                   QStringLiteral("--input"), output, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(found.code, 0);
        const QJsonArray marks = QJsonDocument::fromJson(found.out.toUtf8()).object().value(QStringLiteral("watermarks")).toArray();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().toObject().value(QStringLiteral("watermark_id")).toString(), applied.out.trimmed());
        QCOMPARE(marks.first().toObject().value(QStringLiteral("resource_id")).toString(), QStringLiteral("gen_1"));
        const Run bad = atelier({QStringLiteral("watermark"), QStringLiteral("apply"), QStringLiteral("--database"), url,
                                 QStringLiteral("--kind"), QStringLiteral("metadata"), QStringLiteral("--input"), input,
                                 QStringLiteral("--output"), output, QStringLiteral("--resource-type"), QStringLiteral("x"),
                                 QStringLiteral("--resource-id"), QStringLiteral("1"), QStringLiteral("--opacity"), QStringLiteral("lots")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QLatin1String("--opacity")));
    }

    /// `atelier secrets … --keychain`: the data key held by this desktop's keychain, rotated, then moved to a passphrase.
    void secretsKeychain_data() { ScratchDatabase::addDialectRows(); }
    void secretsKeychain()
    {
        ATELIER_SCRATCH(scratch);
        const QString url = scratch.url().toString();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ATELIER_KEY_STORE"), QStringLiteral("file"));
        QCOMPARE(atelier({QStringLiteral("migrate"), QStringLiteral("--database"), url}, env).code, 0);
        const QStringList secrets = {QStringLiteral("secrets")};
        const Run both = atelier(secrets + QStringList{QStringLiteral("init"), QStringLiteral("--database"), url, QStringLiteral("--keychain"),
                                                       QStringLiteral("--passphrase-stdin")},
                                 env, "a long passphrase, really\n");
        QCOMPARE(both.code, 2);
        QVERIFY(both.err.contains(QLatin1String("--keychain")));
        const Run made = atelier(secrets + QStringList{QStringLiteral("init"), QStringLiteral("--database"), url, QStringLiteral("--keychain")}, env);
        QVERIFY2(made.code == 0, qPrintable(made.err));
        const Run status = atelier(secrets + QStringList{QStringLiteral("status"), QStringLiteral("--database"), url}, env);
        QVERIFY2(status.out.contains(QLatin1String("wrapped by this desktop's keychain")), qPrintable(status.out));
        const Run wrongWay = atelier(secrets + QStringList{QStringLiteral("rotate"), QStringLiteral("--database"), url,
                                                           QStringLiteral("--passphrase-stdin")},
                                     env, "a long passphrase, really\n\n");
        QVERIFY(wrongWay.code != 0);
        QVERIFY2(wrongWay.err.contains(QLatin1String("--keychain")), qPrintable(wrongWay.err));
        const Run rotated = atelier(secrets + QStringList{QStringLiteral("rotate"), QStringLiteral("--database"), url, QStringLiteral("--keychain")}, env);
        QVERIFY2(rotated.code == 0, qPrintable(rotated.err));
        const Run moved = atelier(secrets + QStringList{QStringLiteral("rotate"), QStringLiteral("--database"), url, QStringLiteral("--keychain"),
                                                        QStringLiteral("--new-passphrase-stdin")},
                                  env, "correct horse battery staple\n");
        QVERIFY2(moved.code == 0, qPrintable(moved.err));
        const Run after = atelier(secrets + QStringList{QStringLiteral("status"), QStringLiteral("--database"), url}, env);
        QVERIFY2(after.out.contains(QLatin1String("Data key 3, wrapped by a passphrase")), qPrintable(after.out));
    }

    /// `atelier export analytics`: the report as PDF and CSV; bad requests are refused and write nothing.
    void exportReport_data() { ScratchDatabase::addDialectRows(); }
    void exportReport()
    {
        ATELIER_SCRATCH(scratch);
        const QString url = scratch.url().toString();
        QCOMPARE(atelier({QStringLiteral("demo"), QStringLiteral("--database"), url, QStringLiteral("--events"), QStringLiteral("20000"),
                          QStringLiteral("--days"), QStringLiteral("60"), QStringLiteral("--end-date"), QStringLiteral("2026-06-01")})
                     .code,
                 0);
        const QStringList base = {QStringLiteral("export"), QStringLiteral("analytics"), QStringLiteral("--database"), url,
                                  QStringLiteral("--brand"), QStringLiteral("linea-home"), QStringLiteral("--from"),
                                  QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-06-01")};
        const QString pdf = scratch.folder() + QStringLiteral("/report.pdf"), csv = scratch.folder() + QStringLiteral("/report.csv");
        const Run wrote = atelier(base + QStringList{QStringLiteral("--out"), pdf, QStringLiteral("--sections"), QStringLiteral("funnel,channels")});
        QVERIFY2(wrote.code == 0, qPrintable(wrote.err));
        QVERIFY(wrote.out.contains(QStringLiteral("report.pdf")));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        const Run tables = atelier(base + QStringList{QStringLiteral("--out"), csv});
        QVERIFY2(tables.code == 0, qPrintable(tables.err));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray text = csvFile.readAll();
        QVERIFY(text.startsWith("# "));
        QVERIFY(text.contains("step,event,users"));
        QVERIFY(text.contains("(seasonality)"));

        const QString none = scratch.folder() + QStringLiteral("/none.pdf");
        for (const QStringList &bad : {QStringList{QStringLiteral("--out"), none, QStringLiteral("--sections"), QStringLiteral("funnel,retension")},
                                       QStringList{QStringLiteral("--out"), scratch.folder() + QStringLiteral("/report.txt")},
                                       QStringList{QStringLiteral("--sections"), QStringLiteral("funnel")},
                                       QStringList{QStringLiteral("--out"), none, QStringLiteral("--from"), QStringLiteral("2026-13-01")}}) {
            const Run refused = atelier(base + bad);
            QCOMPARE(refused.code, 2);
            QVERIFY(refused.err.startsWith(QStringLiteral("atelier: ")));
            QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
        }
        QVERIFY(!QFile::exists(none));
        QVERIFY(!QFile::exists(scratch.folder() + QStringLiteral("/report.txt")));
        const Run unknownBrand = atelier({QStringLiteral("export"), QStringLiteral("analytics"), QStringLiteral("--database"), url,
                                          QStringLiteral("--brand"), QStringLiteral("nobody"), QStringLiteral("--out"), none});
        QCOMPARE(unknownBrand.code, 1);
        QVERIFY(!QFile::exists(none));
    }

    /// The AI Studio from the command line: provider settings with the key from standard input (stored encrypted),
    /// a generation run here with --wait, the cache, credits with a quota, and bad input refused in one line.
    void aiVerbs_data() { ScratchDatabase::addDialectRows(); }
    void aiVerbs()
    {
        ATELIER_SCRATCH(scratch);
        const QString url = scratch.url().toString();
        QCOMPARE(atelier({QStringLiteral("demo"), QStringLiteral("--database"), url, QStringLiteral("--events"), QStringLiteral("5000"),
                          QStringLiteral("--days"), QStringLiteral("20")})
                     .code,
                 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ATELIER_KEY_STORE"), QStringLiteral("file"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), scratch.folder() + QStringLiteral("/cache"));
        const Run set = atelier({QStringLiteral("ai"), QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("openai"),
                                 QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("--api-key-stdin")},
                                env, "sk-cli-secret\n");
        QVERIFY2(set.code == 0, qPrintable(set.err));
        QVERIFY(!set.out.contains(QLatin1String("sk-cli-secret")));
        const Run list = atelier({QStringLiteral("ai"), QStringLiteral("provider"), QStringLiteral("list"), QStringLiteral("--format"),
                                  QStringLiteral("json")},
                                 env);
        QCOMPARE(list.code, 0);
        QVERIFY(!list.out.contains(QLatin1String("sk-cli-secret")));
        const QJsonArray providers = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(providers.at(0).toObject().value(QLatin1String("baseUrl")).toString(), QStringLiteral("http://127.0.0.1:9"));
        QVERIFY(providers.at(0).toObject().value(QLatin1String("hasKey")).toBool());

        const QStringList generate = {QStringLiteral("ai"), QStringLiteral("generate"), QStringLiteral("--database"), url, QStringLiteral("--brand"),
                                      QStringLiteral("linea-home"), QStringLiteral("--provider"), QStringLiteral("offline"), QStringLiteral("--model"),
                                      QStringLiteral("offline-preview"), QStringLiteral("--prompt"), QStringLiteral("a quiet reading nook"),
                                      QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--width"), QStringLiteral("256"),
                                      QStringLiteral("--height"), QStringLiteral("256"), QStringLiteral("--format"), QStringLiteral("json")};
        const Run first = atelier(generate + QStringList{QStringLiteral("--wait")}, env);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QJsonObject g = QJsonDocument::fromJson(first.out.toUtf8()).object();
        for (const char *field : {"id", "status", "cost", "cached", "error"})
            QVERIFY2(g.contains(QLatin1String(field)), field);
        QCOMPARE(g.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(g.value(QLatin1String("cached")).toBool(), false);
        QCOMPARE(g.value(QLatin1String("label")).toString(), QStringLiteral("offline preview — not AI"));
        const Run again = atelier(generate, env);
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QLatin1String("cached")).toBool(), true);
        const Run stats = atelier({QStringLiteral("ai"), QStringLiteral("cache-stats"), QStringLiteral("--database"), url, QStringLiteral("--brand"),
                                   QStringLiteral("linea-home"), QStringLiteral("--format"), QStringLiteral("json")},
                                  env);
        QCOMPARE(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QLatin1String("hits")).toInt(), 1);

        // A quota of 3 credits: dall-e-3 costs 4, so it is refused before anything is queued, with the figures (the
        // console's rule, StudioActions::enqueueVariations).
        const Run quota = atelier({QStringLiteral("ai"), QStringLiteral("credits"), QStringLiteral("--database"), url, QStringLiteral("--brand"),
                                   QStringLiteral("linea-home"), QStringLiteral("--set-quota"), QStringLiteral("3"), QStringLiteral("--format"),
                                   QStringLiteral("json")},
                                  env);
        QVERIFY2(quota.code == 0, qPrintable(quota.err));
        QCOMPARE(QJsonDocument::fromJson(quota.out.toUtf8()).object().value(QLatin1String("monthlyCredits")).toInt(), 3);
        QStringList paid = generate;
        paid[7] = QStringLiteral("openai");
        paid[9] = QStringLiteral("dall-e-3");
        const Run refused = atelier(paid, env);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("need 4 credits, more than the 3 of 3 left this month: nothing was queued")), qPrintable(refused.err));

        for (const QStringList &bad : {QStringList{QStringLiteral("--param"), QStringLiteral("steps")},
                                       QStringList{QStringLiteral("--seed"), QStringLiteral("-4")},
                                       QStringList{QStringLiteral("--width"), QStringLiteral("99999")},
                                       QStringList{QStringLiteral("--format"), QStringLiteral("yaml")}}) {
            const Run r = atelier(generate + bad, env);
            QCOMPARE(r.code, 2);
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        }
        QStringList unknownModel = generate;
        unknownModel[9] = QStringLiteral("dall-e-9");
        const Run unknown = atelier(unknownModel, env);
        QCOMPARE(unknown.code, 1);
        QVERIFY2(unknown.err.contains(QLatin1String("offline-preview")), qPrintable(unknown.err));
        const Run listed = atelier({QStringLiteral("ai"), QStringLiteral("list"), QStringLiteral("--database"), url, QStringLiteral("--brand"),
                                    QStringLiteral("linea-home"), QStringLiteral("--status"), QStringLiteral("pending"), QStringLiteral("--format"),
                                    QStringLiteral("json")},
                                   env);
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 0); // nothing half-queued
        // A typo in a status is refused with the statuses, not answered with an empty list.
        const Run typo = atelier({QStringLiteral("ai"), QStringLiteral("list"), QStringLiteral("--database"), url, QStringLiteral("--brand"),
                                  QStringLiteral("linea-home"), QStringLiteral("--status"), QStringLiteral("complete")},
                                 env);
        QCOMPARE(typo.code, 1);
        QVERIFY2(typo.err.contains(QLatin1String("completed, failed, canceled")), qPrintable(typo.err));
        // CSV is for scripts: its header is the same English identifiers in every language.
        {
            QProcessEnvironment french = isolated(env);
            french.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
            french.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
            const auto parsed = DatabaseUrl::parse(url);
            QVERIFY(parsed.ok());
            if (!parsed->password.isEmpty())
                french.insert(QStringLiteral("PGPASSWORD"), parsed->password);
            QProcess process;
            process.setProcessEnvironment(french);
            process.start(QStringLiteral(ATELIER_BINARY), {QStringLiteral("ai"), QStringLiteral("models"), QStringLiteral("--database"),
                                                           parsed->displayString(), QStringLiteral("--format"), QStringLiteral("csv")});
            QVERIFY(process.waitForFinished(60000));
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
            QVERIFY2(out.startsWith(QLatin1String("model,provider,type,credits,avg_s,quality,active\n")), qPrintable(out.left(120)));
        }
    }

    /// `ai work --providers offline --until-idle` waits for the offline jobs only, and stops with the error when it
    /// cannot tell what is left.
    void aiWorkUntilIdle_data() { ScratchDatabase::addDialectRows(); }
    void aiWorkUntilIdle()
    {
        ATELIER_SCRATCH(scratch);
        const QString url = scratch.url().toString();
        QCOMPARE(atelier({QStringLiteral("demo"), QStringLiteral("--database"), url, QStringLiteral("--events"), QStringLiteral("5000"),
                          QStringLiteral("--days"), QStringLiteral("20")})
                     .code,
                 0);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ATELIER_KEY_STORE"), QStringLiteral("file"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), scratch.folder() + QStringLiteral("/cache"));
        auto generate = [&](const QString &provider, const QString &model) {
            return atelier({QStringLiteral("ai"), QStringLiteral("generate"), QStringLiteral("--database"), url, QStringLiteral("--brand"),
                            QStringLiteral("linea-home"), QStringLiteral("--provider"), provider, QStringLiteral("--model"), model,
                            QStringLiteral("--prompt"), QStringLiteral("a quiet reading nook"), QStringLiteral("--width"),
                            QStringLiteral("256"), QStringLiteral("--height"), QStringLiteral("256"), QStringLiteral("--format"),
                            QStringLiteral("json")},
                           env);
        };
        // Queued, not run: an offline job, and an OpenAI job that no worker of this test will take.
        const Run offline = generate(QStringLiteral("offline"), QStringLiteral("offline-preview"));
        QVERIFY2(offline.code == 0, qPrintable(offline.err));
        const Run other = generate(QStringLiteral("openai"), QStringLiteral("dall-e-3"));
        QVERIFY2(other.code == 0, qPrintable(other.err));
        const QString offlineId = QJsonDocument::fromJson(offline.out.toUtf8()).object().value(QLatin1String("id")).toString();
        const QString otherId = QJsonDocument::fromJson(other.out.toUtf8()).object().value(QLatin1String("id")).toString();
        const QStringList work = {QStringLiteral("ai"), QStringLiteral("work"), QStringLiteral("--database"), url,
                                  QStringLiteral("--providers"), QStringLiteral("offline"), QStringLiteral("--until-idle")};
        const Run worked = atelier(work, env, {}, 60000);
        QVERIFY2(worked.code == 0, qPrintable(QStringLiteral("code %1: %2").arg(worked.code).arg(worked.err)));
        auto status = [&](const QString &id) {
            const Run shown = atelier({QStringLiteral("ai"), QStringLiteral("get"), id, QStringLiteral("--database"), url,
                                       QStringLiteral("--format"), QStringLiteral("json")},
                                      env);
            return QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QLatin1String("status")).toString();
        };
        QCOMPARE(status(offlineId), QStringLiteral("completed"));
        QCOMPARE(status(otherId), QStringLiteral("pending"));

        // The count fails (the queue's table is gone): the error, exit 1, no endless loop.
        {
            auto db = Database::open(scratch.url());
            QVERIFY(db);
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE ai_generations RENAME TO ai_generations_gone")));
        }
        const Run failing = atelier(work, env, {}, 60000);
        QCOMPARE(failing.code, 1);
        QVERIFY2(failing.err.contains(QLatin1String("Counting the jobs still to run")), qPrintable(failing.err));
    }

    /// SQL typed into any field is refused with a message, or bound as a value that matches nothing; the
    /// database is untouched either way.
    void sqlInAnyField_data() { ScratchDatabase::addDialectRows(); }
    void sqlInAnyField()
    {
        ATELIER_SCRATCH(scratch);
        const QString url = scratch.url().toString();
        QCOMPARE(atelier({QStringLiteral("demo"), QStringLiteral("--database"), url, QStringLiteral("--events"),
                          QStringLiteral("20000"), QStringLiteral("--end-date"), QStringLiteral("2026-05-31")})
                     .code,
                 0);
        const QString sql = QStringLiteral("x'; DROP TABLE brands; --");
        const QString brandFlag = QStringLiteral("--brand"), brand = QStringLiteral("nordwear");
        struct Case
        {
            QStringList arguments;
            int code;
        };
        const QList<Case> cases = {
            {{QStringLiteral("funnel"), brandFlag, sql, QStringLiteral("--steps"), QStringLiteral("page_view,signup")}, 1},
            {{QStringLiteral("funnel"), brandFlag, brand, QStringLiteral("--steps"), QStringLiteral("page_view,") + sql}, 1},
            {{QStringLiteral("funnel"), brandFlag, brand, QStringLiteral("--steps"), QStringLiteral("page_view,signup"),
              QStringLiteral("--breakdown"), sql}, 1},
            {{QStringLiteral("funnel"), brandFlag, brand, QStringLiteral("--steps"), QStringLiteral("page_view,signup"),
              QStringLiteral("--filter"), QStringLiteral("1:") + sql + QStringLiteral("=FR")}, 1},
            {{QStringLiteral("funnel"), brandFlag, brand, QStringLiteral("--steps"), QStringLiteral("page_view,signup"),
              QStringLiteral("--window"), sql}, 2},
            {{QStringLiteral("funnel"), brandFlag, brand, QStringLiteral("--steps"), QStringLiteral("page_view,signup"),
              QStringLiteral("--exclude"), sql + QStringLiteral(":1:2")}, 1},
            {{QStringLiteral("retention"), brandFlag, brand, QStringLiteral("--start-event"), sql}, 1},
            {{QStringLiteral("retention"), brandFlag, brand, QStringLiteral("--period"), sql}, 1},
            {{QStringLiteral("journeys"), brandFlag, brand, QStringLiteral("--start-event"), sql}, 1},
            {{QStringLiteral("anomalies"), brandFlag, brand, QStringLiteral("--metric"), sql}, 2},
            {{QStringLiteral("correlations"), brandFlag, brand, QStringLiteral("--metrics"), sql}, 2},
            {{QStringLiteral("experiments"), brandFlag, brand, QStringLiteral("--experiment"), sql}, 1},
            {{QStringLiteral("segment-create"), brandFlag, brand, QStringLiteral("--name"), QStringLiteral("s"),
              QStringLiteral("--criteria"), QStringLiteral("{\"property\":\"") + sql + QStringLiteral("\",\"op\":\"eq\",\"value\":\"FR\"}")}, 1},
            {{QStringLiteral("segment-create"), brandFlag, brand, QStringLiteral("--name"), sql,
              QStringLiteral("--criteria"), QStringLiteral("{\"property\":\"country\",\"op\":\"eq\",\"value\":\"") + sql + QStringLiteral("\"}")}, 0},
            {{QStringLiteral("channels"), brandFlag, brand, QStringLiteral("--from"), sql}, 2},
        };
        for (const Case &c : cases) {
            const Run run = atelier(QStringList{QStringLiteral("analytics")} + c.arguments.mid(0, 1)
                                    + QStringList{QStringLiteral("--database"), url} + c.arguments.mid(1));
            QVERIFY2(run.code == c.code, qPrintable(c.arguments.join(QLatin1Char(' ')) + QStringLiteral(" → ") + run.err));
            if (c.code != 0) {
                QVERIFY2(run.err.startsWith(QLatin1String("atelier: ")) && run.err.count(QLatin1Char('\n')) == 1,
                         qPrintable(run.err));
            }
        }
        // Every table is still there, and the bound values matched nothing.
        const Run status = atelier({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database"), url,
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(status.code, 0);
        const QJsonObject counts = QJsonDocument::fromJson(status.out.toUtf8()).object().value(QStringLiteral("row_counts")).toObject();
        QCOMPARE(counts.value(QStringLiteral("brands")).toInt(), 18);
        QCOMPARE(counts.value(QStringLiteral("analytics_segments")).toInt(), 1);
    }

    void analyticsExperiments_data() { ScratchDatabase::addDialectRows(); }
    void analyticsExperiments()
    {
        ATELIER_SCRATCH(scratch);
        const QString url = scratch.url().toString();
        QCOMPARE(atelier({QStringLiteral("demo"), QStringLiteral("--database"), url, QStringLiteral("--events"),
                          QStringLiteral("60000"), QStringLiteral("--end-date"), QStringLiteral("2026-05-31")})
                     .code,
                 0);
        const QStringList base = {QStringLiteral("analytics"), QStringLiteral("experiments"), QStringLiteral("--database"), url,
                                  QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--from"),
                                  QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-06-01")};
        const Run json = atelier(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray experiments = o.value(QStringLiteral("experiments")).toArray();
        QCOMPARE(experiments.size(), 1);
        const QJsonObject e = experiments.first().toObject();
        QCOMPARE(e.value(QStringLiteral("name")).toString(), QStringLiteral("checkout_button"));
        for (const char *key : {"srm_p_value", "srm_flag", "variants"})
            QVERIFY2(e.contains(QLatin1String(key)), key);
        const QJsonArray variants = e.value(QStringLiteral("variants")).toArray();
        QCOMPARE(variants.size(), 2);
        QCOMPARE(variants.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("control"));
        QVERIFY(variants.at(0).toObject().value(QStringLiteral("uplift")).isNull());
        const QJsonObject treatment = variants.at(1).toObject();
        for (const char *key : {"name", "expected_share", "users", "conversions", "rate", "uplift", "ci_low", "ci_high",
                                "p_value", "prob_beat_control", "expected_loss"})
            QVERIFY2(treatment.contains(QLatin1String(key)), key);
        QVERIFY(treatment.value(QStringLiteral("users")).toInt() > 0);

        const Run csv = atelier(base + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.code, 0);
        QCOMPARE(csv.out.count(QLatin1Char('\n')), 3); // header, control, treatment
        QVERIFY(csv.out.startsWith(QLatin1String("experiment,variant,share,users")));

        const Run season = atelier({QStringLiteral("analytics"), QStringLiteral("seasonality"), QStringLiteral("--database"), url,
                                    QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--from"),
                                    QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-06-01"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(season.code == 0, qPrintable(season.err));
        const QJsonObject so = QJsonDocument::fromJson(season.out.toUtf8()).object();
        QCOMPARE(so.value(QStringLiteral("day_of_week")).toArray().size(), 7);
        QCOMPARE(so.value(QStringLiteral("hour_of_day")).toArray().size(), 24);
        QCOMPARE(so.value(QStringLiteral("heatmap")).toArray().size(), 7);
        QVERIFY(so.value(QStringLiteral("total")).toDouble() > 0);
        const double strength = so.value(QStringLiteral("weekly_strength")).toDouble(-1);
        QVERIFY(strength >= 0 && strength <= 1);

        const Run bench = atelier({QStringLiteral("analytics"), QStringLiteral("benchmarks"), QStringLiteral("--database"), url,
                                   QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--from"),
                                   QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-06-01"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(bench.code == 0, qPrintable(bench.err));
        const QJsonObject bo = QJsonDocument::fromJson(bench.out.toUtf8()).object();
        QCOMPARE(bo.value(QStringLiteral("industry")).toString(), QStringLiteral("fashion"));
        QCOMPARE(bo.value(QStringLiteral("peers")).toInt(), 5);
        QCOMPARE(bo.value(QStringLiteral("hidden")).toBool(), false);
        QCOMPARE(bo.value(QStringLiteral("kpis")).toArray().size(), 7);
        QVERIFY(bo.value(QStringLiteral("kpis")).toArray().first().toObject().contains(QStringLiteral("percentile_rank")));

        const Run corr = atelier({QStringLiteral("analytics"), QStringLiteral("correlations"), QStringLiteral("--database"), url,
                                  QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--from"),
                                  QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-06-01"),
                                  QStringLiteral("--metrics"), QStringLiteral("page_views,sessions,revenue"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(corr.code == 0, qPrintable(corr.err));
        const QJsonArray pairs = QJsonDocument::fromJson(corr.out.toUtf8()).object().value(QStringLiteral("pairs")).toArray();
        QCOMPARE(pairs.size(), 3);
        for (const char *key : {"a", "b", "pearson", "p_value", "spearman", "granger_p"})
            QVERIFY2(pairs.first().toObject().contains(QLatin1String(key)), key);
        const Run stored = atelier({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database"), url,
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(stored.out.toUtf8()).object().value(QStringLiteral("row_counts")).toObject()
                     .value(QStringLiteral("analytics_correlations")).toInt(),
                 3);
        const Run badMetric = atelier({QStringLiteral("analytics"), QStringLiteral("correlations"), QStringLiteral("--database"),
                                       url, QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--metrics"),
                                       QStringLiteral("revenue,mood")});
        QCOMPARE(badMetric.code, 2);
        QVERIFY(badMetric.err.contains(QLatin1String("unknown metric \"mood\"")));

        // Predictions as of 1 May, learnt from January on; with --save stored, and scored where the data covers their period.
        auto storedPredictions = [&] {
            const Run status = atelier({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database"), url,
                                        QStringLiteral("--format"), QStringLiteral("json")});
            const QJsonValue count = QJsonDocument::fromJson(status.out.toUtf8()).object().value(QStringLiteral("row_counts")).toObject()
                                         .value(QStringLiteral("analytics_predictions"));
            return count.isDouble() ? count.toInt() : -1;
        };
        const int before = storedPredictions();
        QVERIFY(before >= 0);
        const QStringList predict = {QStringLiteral("analytics"), QStringLiteral("predictions"), QStringLiteral("--database"), url,
                                     QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--from"),
                                     QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-05-01"),
                                     QStringLiteral("--top"), QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json")};
        // Without --save it is a read: the same forecasts, nothing written.
        const Run looked = atelier(predict);
        QVERIFY2(looked.code == 0, qPrintable(looked.err));
        QCOMPARE(QJsonDocument::fromJson(looked.out.toUtf8()).object().value(QStringLiteral("forecasts")).toArray().size(), 6);
        QCOMPARE(storedPredictions(), before);
        const Run predicted = atelier(predict + QStringList{QStringLiteral("--save")});
        QVERIFY2(predicted.code == 0, qPrintable(predicted.err));
        QCOMPARE(storedPredictions(), before + 7); // six forecasts and churn
        const QJsonObject po = QJsonDocument::fromJson(predicted.out.toUtf8()).object();
        const QJsonArray forecasts = po.value(QStringLiteral("forecasts")).toArray();
        QCOMPARE(forecasts.size(), 6);
        for (const char *key : {"metric", "horizon_days", "target_start", "target_end", "value", "lower80", "upper80", "lower95",
                                "upper95", "daily"})
            QVERIFY2(forecasts.first().toObject().contains(QLatin1String(key)), key);
        QCOMPARE(forecasts.first().toObject().value(QStringLiteral("target_start")).toString(), QStringLiteral("2026-05-01"));
        const QJsonObject churn = po.value(QStringLiteral("churn")).toObject();
        QVERIFY(churn.value(QStringLiteral("active_users")).toInt() > 0);
        QCOMPARE(churn.value(QStringLiteral("users")).toArray().size(), 3);
        QCOMPARE(po.value(QStringLiteral("backtests")).toArray().size(), 2);
        int scored = 0;
        for (const QJsonValue &v : po.value(QStringLiteral("past")).toArray()) {
            scored += v.toObject().value(QStringLiteral("actual")).isNull() ? 0 : 1;
            // Each past prediction carries the intervals its within80 and within95 were judged by.
            for (const char *key : {"value", "lower80", "upper80", "lower95", "upper95", "within80", "within95"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
            QVERIFY(v.toObject().value(QStringLiteral("lower80")).toDouble() <= v.toObject().value(QStringLiteral("upper80")).toDouble());
        }
        QCOMPARE(scored, 5); // the data runs to 31 May: all but the 90-day forecasts are over
        // Read again without --save: the stored ones are listed as they were scored, still nothing written.
        const Run reread = atelier(predict);
        QVERIFY2(reread.code == 0, qPrintable(reread.err));
        QCOMPARE(QJsonDocument::fromJson(reread.out.toUtf8()).object().value(QStringLiteral("past")).toArray().size(), 7);
        QCOMPARE(storedPredictions(), before + 7);
        const Run shortRange = atelier({QStringLiteral("analytics"), QStringLiteral("predictions"), QStringLiteral("--database"),
                                        url, QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--from"),
                                        QStringLiteral("2026-04-20"), QStringLiteral("--to"), QStringLiteral("2026-05-01")});
        QCOMPARE(shortRange.code, 1);
        QVERIFY2(shortRange.err.contains(QLatin1String("at least 28 days")), qPrintable(shortRange.err));
        const Run typo = atelier({QStringLiteral("analytics"), QStringLiteral("journeys"), QStringLiteral("--database"), url,
                                  QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--start-event"),
                                  QStringLiteral("signup'; DROP TABLE brands; --")});
        QCOMPARE(typo.code, 1);
        QVERIFY2(typo.err.contains(QLatin1String("is not an event type")), qPrintable(typo.err));

        const Run anomalies = atelier({QStringLiteral("analytics"), QStringLiteral("anomalies"), QStringLiteral("--database"), url,
                                       QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--from"),
                                       QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-06-01"),
                                       QStringLiteral("--metric"), QStringLiteral("sessions"), QStringLiteral("--format"),
                                       QStringLiteral("json")});
        QVERIFY2(anomalies.code == 0, qPrintable(anomalies.err));
        for (const QJsonValue &a : QJsonDocument::fromJson(anomalies.out.toUtf8()).object().value(QStringLiteral("anomalies")).toArray()) {
            for (const char *key : {"date", "metric", "actual", "expected", "score", "direction"})
                QVERIFY2(a.toObject().contains(QLatin1String(key)), key);
            QCOMPARE(a.toObject().value(QStringLiteral("metric")).toString(), QStringLiteral("sessions"));
        }

        const Run retention = atelier({QStringLiteral("analytics"), QStringLiteral("retention"), QStringLiteral("--database"), url,
                                       QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--from"),
                                       QStringLiteral("2026-04-06"), QStringLiteral("--to"), QStringLiteral("2026-05-04"),
                                       QStringLiteral("--period"), QStringLiteral("week"), QStringLiteral("--periods"),
                                       QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(retention.code == 0, qPrintable(retention.err));
        const QJsonArray cohorts = QJsonDocument::fromJson(retention.out.toUtf8()).object().value(QStringLiteral("cohorts")).toArray();
        QCOMPARE(cohorts.size(), 4); // the weeks of 6, 13, 20 and 27 April
        QCOMPARE(cohorts.first().toObject().value(QStringLiteral("start")).toString(), QStringLiteral("2026-04-06"));
        const QJsonObject cohort = cohorts.first().toObject();
        QCOMPARE(cohort.value(QStringLiteral("counts")).toArray().size(), 4);
        QCOMPARE(cohort.value(QStringLiteral("counts")).toArray().first().toInt(), cohort.value(QStringLiteral("size")).toInt());
        QCOMPARE(cohort.value(QStringLiteral("rates")).toArray().first().toDouble(), 1.0);
        const Run badPeriod = atelier({QStringLiteral("analytics"), QStringLiteral("retention"), QStringLiteral("--database"), url,
                                       QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--period"),
                                       QStringLiteral("year")});
        QCOMPARE(badPeriod.code, 1);
        QVERIFY(badPeriod.err.contains(QLatin1String("Unknown retention period \"year\"")));

        const Run realtime = atelier({QStringLiteral("analytics"), QStringLiteral("realtime"), QStringLiteral("--database"), url,
                                      QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--format"),
                                      QStringLiteral("json")});
        QVERIFY2(realtime.code == 0, qPrintable(realtime.err));
        const QJsonObject rt = QJsonDocument::fromJson(realtime.out.toUtf8()).object();
        QCOMPARE(rt.value(QStringLiteral("events_per_minute")).toArray().size(), 60);
        QVERIFY(rt.contains(QStringLiteral("active_users_5m")));
        QVERIFY(rt.value(QStringLiteral("top_events")).isArray());

        const Run funnel = atelier({QStringLiteral("analytics"), QStringLiteral("funnel"), QStringLiteral("--database"), url,
                                    QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--from"),
                                    QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-06-01"),
                                    QStringLiteral("--steps"), QStringLiteral("page_view,signup,purchase"), QStringLiteral("--window"),
                                    QStringLiteral("14d"), QStringLiteral("--breakdown"), QStringLiteral("device"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(funnel.code == 0, qPrintable(funnel.err));
        const QJsonObject fo = QJsonDocument::fromJson(funnel.out.toUtf8()).object();
        const QJsonArray fsteps = fo.value(QStringLiteral("steps")).toArray();
        QCOMPARE(fsteps.size(), 3);
        for (const char *key : {"event", "users", "conversion_from_start", "conversion_from_previous", "median_seconds_from_previous"})
            QVERIFY2(fsteps.at(1).toObject().contains(QLatin1String(key)), key);
        QVERIFY(fsteps.at(0).toObject().value(QStringLiteral("users")).toInt() >= fsteps.at(2).toObject().value(QStringLiteral("users")).toInt());
        QVERIFY(!fo.value(QStringLiteral("breakdown")).toArray().isEmpty());
        // Saved with --save, listed by funnels, run again with --saved: the same numbers.
        QCOMPARE(atelier({QStringLiteral("analytics"), QStringLiteral("funnel"), QStringLiteral("--database"), url,
                          QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                          QStringLiteral("--to"), QStringLiteral("2026-06-01"), QStringLiteral("--steps"),
                          QStringLiteral("page_view,signup,purchase"), QStringLiteral("--breakdown"), QStringLiteral("device"),
                          QStringLiteral("--save"), QStringLiteral("Signups that buy")})
                     .code,
                 0);
        const Run list = atelier({QStringLiteral("analytics"), QStringLiteral("funnels"), QStringLiteral("--database"), url,
                                  QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.code, 0);
        const QJsonArray saved = QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("funnels")).toArray();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Signups that buy"));
        const Run again = atelier({QStringLiteral("analytics"), QStringLiteral("funnel"), QStringLiteral("--database"), url,
                                   QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--from"),
                                   QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-06-01"),
                                   QStringLiteral("--saved"), QStringLiteral("Signups that buy"), QStringLiteral("--format"),
                                   QStringLiteral("json")});
        QCOMPARE(again.code, 0);
        QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("steps")),
                 fo.value(QStringLiteral("steps")));
        QCOMPARE(atelier({QStringLiteral("analytics"), QStringLiteral("funnels"), QStringLiteral("--database"), url,
                          QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--delete"),
                          QStringLiteral("Signups that buy")})
                     .code,
                 0);

        const Run badWindow = atelier({QStringLiteral("analytics"), QStringLiteral("funnel"), QStringLiteral("--database"), url,
                                       QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--steps"),
                                       QStringLiteral("page_view,signup"), QStringLiteral("--window"), QStringLiteral("0d")});
        QCOMPARE(badWindow.code, 2);
        QVERIFY(badWindow.err.contains(QLatin1String("--window")));
        const Run badExclusion = atelier({QStringLiteral("analytics"), QStringLiteral("funnel"), QStringLiteral("--database"), url,
                                          QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--steps"),
                                          QStringLiteral("page_view,signup"), QStringLiteral("--exclude"), QStringLiteral("refund")});
        QCOMPARE(badExclusion.code, 2);
        QVERIFY(badExclusion.err.contains(QLatin1String("EVENT:FROM:TO")));

        const Run journeys = atelier({QStringLiteral("analytics"), QStringLiteral("journeys"), QStringLiteral("--database"), url,
                                      QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--from"),
                                      QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-06-01"),
                                      QStringLiteral("--start-event"), QStringLiteral("signup"), QStringLiteral("--steps"),
                                      QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(journeys.code == 0, qPrintable(journeys.err));
        const QJsonObject jo = QJsonDocument::fromJson(journeys.out.toUtf8()).object();
        QVERIFY(jo.value(QStringLiteral("sessions")).toInt() > 0);
        QCOMPARE(jo.value(QStringLiteral("paths")).toArray().first().toObject().value(QStringLiteral("events")).toArray().first().toString(),
                 QStringLiteral("signup"));
        QVERIFY(!jo.value(QStringLiteral("edges")).toArray().isEmpty());

        const Run channels = atelier({QStringLiteral("analytics"), QStringLiteral("channels"), QStringLiteral("--database"), url,
                                      QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--from"),
                                      QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-06-01"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(channels.code == 0, qPrintable(channels.err));
        const QJsonObject co = QJsonDocument::fromJson(channels.out.toUtf8()).object();
        QVERIFY(co.value(QStringLiteral("channel")).toArray().size() >= 5);
        double linear = 0, purchases = 0;
        for (const QJsonValue &r : co.value(QStringLiteral("attribution")).toObject().value(QStringLiteral("linear")).toArray())
            linear += r.toObject().value(QStringLiteral("conversions")).toDouble();
        for (const QJsonValue &r : co.value(QStringLiteral("attribution")).toObject().value(QStringLiteral("last_touch")).toArray())
            purchases += r.toObject().value(QStringLiteral("conversions")).toDouble();
        QVERIFY(purchases > 0);
        QVERIFY(std::abs(linear - purchases) < 1e-6); // every purchase is credited exactly once in each model
        const Run devices = atelier({QStringLiteral("analytics"), QStringLiteral("devices"), QStringLiteral("--database"), url,
                                     QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--format"),
                                     QStringLiteral("json")});
        QCOMPARE(devices.code, 0);
        const QJsonObject dvo = QJsonDocument::fromJson(devices.out.toUtf8()).object();
        for (const char *key : {"device", "browser", "os"})
            QVERIFY2(dvo.contains(QLatin1String(key)), key);

        const Run segment = atelier({QStringLiteral("analytics"), QStringLiteral("segment-create"), QStringLiteral("--database"), url,
                                     QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--from"),
                                     QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-06-01"),
                                     QStringLiteral("--name"), QStringLiteral("Buyers"), QStringLiteral("--criteria"),
                                     QStringLiteral("{\"all\": [{\"event\": \"purchase\", \"op\": \"at_least\", \"count\": 1}]}"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(segment.code == 0, qPrintable(segment.err));
        const QJsonArray segments = QJsonDocument::fromJson(segment.out.toUtf8()).object().value(QStringLiteral("segments")).toArray();
        QCOMPARE(segments.size(), 1);
        QVERIFY(segments.first().toObject().value(QStringLiteral("user_count")).toInt() > 0);
        const Run badCriteria = atelier({QStringLiteral("analytics"), QStringLiteral("segment-create"), QStringLiteral("--database"),
                                         url, QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--name"),
                                         QStringLiteral("x"), QStringLiteral("--criteria"),
                                         QStringLiteral("{\"all\": [{\"property\": \"country\", \"op\": \"like\", \"value\": \"F\"}]}")});
        QCOMPARE(badCriteria.code, 1);
        QVERIFY2(badCriteria.err.contains(QLatin1String("criteria.all[0].op")), qPrintable(badCriteria.err));

        const Run unknownBrand = atelier({QStringLiteral("analytics"), QStringLiteral("experiments"), QStringLiteral("--database"),
                                          url, QStringLiteral("--brand"), QStringLiteral("acme")});
        QCOMPARE(unknownBrand.code, 1);
        QVERIFY(unknownBrand.err.contains(QLatin1String("no brand \"acme\"")));
        const Run inverted = atelier({QStringLiteral("analytics"), QStringLiteral("experiments"), QStringLiteral("--database"), url,
                                      QStringLiteral("--brand"), QStringLiteral("nordwear"), QStringLiteral("--from"),
                                      QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-04-01")});
        QCOMPARE(inverted.code, 2);
        QVERIFY(inverted.err.contains(QLatin1String("empty or inverted")));
        const Run unknownVerb = atelier({QStringLiteral("analytics"), QStringLiteral("horoscope"), QStringLiteral("--database"), url});
        QCOMPARE(unknownVerb.code, 2);
        QVERIFY(unknownVerb.err.contains(QLatin1String("Unknown analytics command \"horoscope\"")));
        const Run noBrand = atelier({QStringLiteral("analytics"), QStringLiteral("experiments"), QStringLiteral("--database"), url});
        QCOMPARE(noBrand.code, 2);
        QVERIFY(noBrand.err.contains(QLatin1String("--brand is required")));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed url") << QStringList{QStringLiteral("migrate"), QStringLiteral("--database"), QStringLiteral("atelier.db")}
                                       << 1 << "Malformed database URL";
        QTest::newRow("unknown scheme") << QStringList{QStringLiteral("migrate"), QStringLiteral("--database"),
                                                       QStringLiteral("mysql://root@localhost/atelier")}
                                        << 1 << "Unsupported database scheme \"mysql\"";
        QTest::newRow("bad number") << QStringList{QStringLiteral("demo"), QStringLiteral("--database"),
                                                   QStringLiteral("sqlite:///tmp/never-created.db"), QStringLiteral("--events"),
                                                   QStringLiteral("lots")}
                                    << 2 << "--events: \"lots\" is not a whole number";
        QTest::newRow("bad date") << QStringList{QStringLiteral("demo"), QStringLiteral("--database"),
                                                 QStringLiteral("sqlite:///tmp/never-created.db"), QStringLiteral("--end-date"),
                                                 QStringLiteral("31/12/2026")}
                                  << 2 << "--end-date: \"31/12/2026\" is not a date";
        QTest::newRow("bad format") << QStringList{QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database"),
                                                   QStringLiteral("sqlite:///tmp/never-created.db"), QStringLiteral("--format"),
                                                   QStringLiteral("xml")}
                                    << 2 << "--format: \"xml\" is not one of table, json";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("migrate"), QStringLiteral("--colour")} << 2
                                        << "--colour is not an option of \"atelier migrate\"";
    }
    void refusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run run = atelier(arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-created.db")));
    }

    void refusesFilesItMustNotTouch()
    {
        QTemporaryDir dir;
        // Not a database.
        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile f(notes);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("shopping list: milk, eggs\n");
        }
        Run run = atelier({QStringLiteral("migrate"), QStringLiteral("--database"), QStringLiteral("sqlite://") + notes});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("is not a SQLite database")), qPrintable(run.err));
        QCOMPARE(readFile(notes), QByteArray("shopping list: milk, eggs\n"));

        // Read-only database file.
        const QString ro = dir.filePath(QStringLiteral("ro.db"));
        QCOMPARE(atelier({QStringLiteral("migrate"), QStringLiteral("--database"), QStringLiteral("sqlite://") + ro}).code, 0);
        QFile::remove(ro + QStringLiteral("-wal"));
        QFile::remove(ro + QStringLiteral("-shm"));
        QVERIFY(QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = readFile(ro);
        run = atelier({QStringLiteral("demo"), QStringLiteral("--database"), QStringLiteral("sqlite://") + ro,
                       QStringLiteral("--events"), QStringLiteral("100")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("is read-only")), qPrintable(run.err));
        QCOMPARE(readFile(ro), before);

        // A database from a newer Atelier.
        const QString newer = dir.filePath(QStringLiteral("newer.db"));
        QCOMPARE(atelier({QStringLiteral("migrate"), QStringLiteral("--database"), QStringLiteral("sqlite://") + newer}).code, 0);
        {
            auto db = Database::open(DatabaseUrl::sqliteFile(newer));
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (42, 'future', 'x', 0)")));
            Database::closeThreadConnections();
        }
        run = atelier({QStringLiteral("migrate"), QStringLiteral("--database"), QStringLiteral("sqlite://") + newer});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("newer than this Atelier")), qPrintable(run.err));
        // Status still shows what is there, and fails.
        run = atelier({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database"), QStringLiteral("sqlite://") + newer});
        QCOMPARE(run.code, 1);
        QVERIFY(run.out.contains(QLatin1String("Schema version: 42")));
        QVERIFY2(run.err.contains(QLatin1String("newer than this Atelier")), qPrintable(run.err));

        // Status of a database that is not there creates nothing.
        const QString typo = dir.filePath(QStringLiteral("typo.db"));
        run = atelier({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database"), QStringLiteral("sqlite://") + typo});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("There is no database")), qPrintable(run.err));
        QVERIFY(!QFile::exists(typo));
    }

    void refusesServers()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        Run run = atelier({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database"),
                           QStringLiteral("postgresql://ana@127.0.0.1:%1/atelier").arg(port)});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("Cannot reach the PostgreSQL server")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);

        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        DatabaseUrl wrong = scratch.url();
        wrong.password = QStringLiteral("wrong-password");
        run = atelier({QStringLiteral("migrate"), QStringLiteral("--database"), wrong.toString()});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("Wrong password")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("wrong-password")));
    }

    /// A password in --database still connects, is warned about, and is gone from the command line that `ps` and
    /// /proc/PID/cmdline show while the verb runs.
    /// Verbs run beside a process that holds the SQLite file and keeps writing (`ai work` here, as the console does):
    /// nothing is lost and the file stays sound. Opening and closing the file with QFile while connections held it
    /// dropped their locks, and a verb then checkpointed and deleted the -wal under the writer.
    void verbsBesideAWriter()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        const QString url = scratch.url().toString();
        const Run demo = atelier({QStringLiteral("demo"), QStringLiteral("--database"), url, QStringLiteral("--events"), QStringLiteral("2000")});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        QProcess worker;
        worker.setProcessEnvironment(isolated(QProcessEnvironment::systemEnvironment()));
        worker.start(QStringLiteral(ATELIER_BINARY), {QStringLiteral("ai"), QStringLiteral("work"), QStringLiteral("--database"), url});
        QVERIFY(worker.waitForStarted());
        constexpr int kRounds = 12;
        for (int i = 0; i < kRounds; ++i) {
            const Run queued = atelier({QStringLiteral("ai"), QStringLiteral("generate"), QStringLiteral("--database"), url,
                                        QStringLiteral("--brand"), QStringLiteral("linea-home"), QStringLiteral("--provider"),
                                        QStringLiteral("offline"), QStringLiteral("--model"), QStringLiteral("offline-preview"),
                                        QStringLiteral("--prompt"), QStringLiteral("beside %1").arg(i), QStringLiteral("--seed"),
                                        QString::number(i)});
            QVERIFY2(queued.code == 0, qPrintable(queued.err));
            const Run commented = atelier({QStringLiteral("comments"), QStringLiteral("add"), QStringLiteral("analytics_chart"),
                                           QStringLiteral("linea-home/overview"), QStringLiteral("--brand"), QStringLiteral("linea-home"),
                                           QStringLiteral("--text"), QStringLiteral("beside %1").arg(i), QStringLiteral("--database"), url});
            QVERIFY2(commented.code == 0, qPrintable(commented.err));
            const Run verified = atelier({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), url});
            QVERIFY2(verified.code == 0, qPrintable(verified.err));
        }
        auto count = [&scratch](const QString &sql) {
            auto db = Database::open(scratch.url(), Database::OpenMode::MustExist);
            QSqlQuery q(db.value());
            return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        };
        // The writer finishes every job it was given.
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM ai_generations WHERE prompt LIKE 'beside %' AND status = 'completed'")),
                                  kRounds, 60000);
        QCOMPARE(worker.state(), QProcess::Running);
        worker.kill(); // at any moment, as a crash would
        worker.waitForFinished();
        Database::closeThreadConnections();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM ai_generations WHERE prompt LIKE 'beside %' AND status = 'completed'")), kRounds);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM comments WHERE content LIKE 'beside %'")), kRounds);
        {
            auto db = Database::open(scratch.url(), Database::OpenMode::MustExist);
            QSqlQuery q(db.value());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        Database::closeThreadConnections();
    }

    void passwordOffTheCommandLine()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        QVERIFY(!scratch.url().password.isEmpty());
        const QString url = scratch.url().toString();
        const QByteArray secret = QUrl::toPercentEncoding(scratch.url().password);
        QVERIFY(url.contains(QLatin1Char(':') + QString::fromLatin1(secret) + QLatin1Char('@')));
        QProcessEnvironment env = isolated(QProcessEnvironment::systemEnvironment());
        env.remove(QStringLiteral("PGPASSWORD"));
        env.insert(QStringLiteral("PGPASSFILE"), scratch.folder() + QStringLiteral("/none"));

        QProcess migrate;
        migrate.setProcessEnvironment(env);
        migrate.start(QStringLiteral(ATELIER_BINARY), {QStringLiteral("migrate"), QStringLiteral("--database=") + url});
        QVERIFY(migrate.waitForFinished(60000));
        const QString said = QString::fromUtf8(migrate.readAllStandardError());
        QVERIFY2(migrate.exitCode() == 0, qPrintable(said));
        QCOMPARE(said.count(QLatin1Char('\n')), 1);
        QVERIFY2(said.contains(QLatin1String("visible to other users of this computer (ps)")), qPrintable(said));
        QVERIFY(said.contains(QLatin1String("~/.pgpass")) && said.contains(QLatin1String("atelier db login")));
        QVERIFY(!QString::fromUtf8(migrate.readAllStandardOutput()).contains(QString::fromLatin1(':' + secret + '@')));

        // `ai work` runs until stopped: long enough to look at its command line.
        QProcess worker;
        worker.setProcessEnvironment(env);
        worker.start(QStringLiteral(ATELIER_BINARY), {QStringLiteral("ai"), QStringLiteral("work"), QStringLiteral("--database"), url});
        QVERIFY(worker.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += worker.readAllStandardError()).contains("visible to other users"), 20000);
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(worker.processId()));
        QVERIFY(cmdline.open(QIODevice::ReadOnly));
        const QByteArray shown = cmdline.readAll();
        QVERIFY2(shown.contains("\0ai\0work\0--database\0" + scratch.url().displayString().toUtf8() + '\0'), shown.constData());
        QVERIFY(!shown.contains(':' + secret + '@'));
        // And it is connected, with the password it kept in memory.
        const auto connected = [&scratch] {
            auto db = Database::open(scratch.url());
            if (!db)
                return false;
            QSqlQuery q(db.value());
            return q.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                         "AND pid <> pg_backend_pid() AND application_name LIKE 'Atelier/%'"))
                   && q.next() && q.value(0).toInt() > 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(connected(), 20000);
        QCOMPARE(worker.state(), QProcess::Running);
        worker.kill();
        worker.waitForFinished();
        Database::closeThreadConnections();
    }

    /// Without a password anywhere and no terminal, the verb says where to put one; ~/.pgpass (here PGPASSFILE) works.
    void passwordFromPgpass()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        DatabaseUrl bare = scratch.url();
        bare.password.clear();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PGPASSWORD"));
        const QString pgpass = scratch.folder() + QStringLiteral("/pgpass");
        env.insert(QStringLiteral("PGPASSFILE"), pgpass);
        const QStringList migrate = {QStringLiteral("migrate"), QStringLiteral("--database"), bare.displayString()};
        Run run = atelier(migrate, env);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("wants a password")), qPrintable(run.err));
        QVERIFY(run.err.contains(QLatin1String("~/.pgpass")) && run.err.contains(QLatin1String("atelier db login")));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);

        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("%1:%2:*:%3:%4\n").arg(bare.host).arg(bare.port).arg(bare.user, scratch.url().password).toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        run = atelier(migrate, env);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    }

    /// `atelier db login` keeps only a password that works, read from standard input, never from the command line.
    void dbLogin()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (scratch.skip())
            QSKIP(qPrintable(scratch.problem()));
        QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
        DatabaseUrl bare = scratch.url();
        bare.password.clear();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PGPASSWORD"));
        env.insert(QStringLiteral("PGPASSFILE"), scratch.folder() + QStringLiteral("/none"));
        QCOMPARE(atelier({QStringLiteral("migrate"), QStringLiteral("--database"), scratch.url().toString()}).code, 0);
        const QStringList login = {QStringLiteral("db"), QStringLiteral("login"), QStringLiteral("--database"), bare.displayString()};

        Run run = atelier(login, env); // standard input is no terminal here
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QLatin1String("--password-stdin")), qPrintable(run.err));
        run = atelier({QStringLiteral("db"), QStringLiteral("login"), QStringLiteral("--database"),
                       QStringLiteral("sqlite://") + scratch.folder() + QStringLiteral("/a.db")},
                      env);
        QCOMPARE(run.code, 2);
        run = atelier(login + QStringList{QStringLiteral("--password-stdin")}, env, "not-the-password\n");
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("Wrong password")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("not-the-password")));

        run = atelier(login + QStringList{QStringLiteral("--password-stdin")}, env, scratch.url().password.toUtf8() + '\n');
        if (run.code != 0 && run.err.contains(QLatin1String("system keychain")))
            QSKIP(qPrintable(QStringLiteral("no OS keychain here: ") + run.err.trimmed()));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QStringList status = {QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--database"), bare.displayString()};
        run = atelier(status, env);
        QVERIFY2(run.code == 0, qPrintable(run.err));
        run = atelier({QStringLiteral("db"), QStringLiteral("logout"), QStringLiteral("--database"), bare.displayString()}, env);
        QVERIFY2(run.code == 0 && run.out.contains(QLatin1String("removed")), qPrintable(run.err));
        run = atelier(status, env);
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QLatin1String("wants a password")), qPrintable(run.err));
    }

    void environmentChoosesTheDatabase()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString path = dir.filePath(QStringLiteral("env.db"));
        env.insert(QStringLiteral("ATELIER_DATABASE_URL"), QStringLiteral("sqlite://") + path);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(ATELIER_BINARY), {QStringLiteral("migrate")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
