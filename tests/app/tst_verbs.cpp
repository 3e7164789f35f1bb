// The verb table itself (cli/dispatch.cpp), in-process: every verb is a row with help, one way to find a verb,
// options refused by name, formats checked, the database and the brand resolved once.
#include "cli.h"
#include "output.h"

#include "core/database.h"
#include "scratchdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {
using Ran = Cli::Captured;

Ran run(const QStringList &words, const QString &input = {})
{
    return Cli::runCaptured(words, input);
}
} // namespace

class TestVerbs final : public QObject
{
    Q_OBJECT

private slots:
    void everyVerbIsARowWithHelp();
    void verbOfSkipsOptionValues();
    void unknownCommandsNameTheGroup();
    void optionsOfAnotherVerbAreRefusedByName();
    void formatsAreChecked_data() { ScratchDatabase::addDialectRows(); }
    void formatsAreChecked();
    void migrateAndStatusRunInProcess_data() { ScratchDatabase::addDialectRows(); }
    void migrateAndStatusRunInProcess();
};

void TestVerbs::everyVerbIsARowWithHelp()
{
    const QStringList paths = Cli::verbPaths();
    QVERIFY(paths.size() >= 5);
    QCOMPARE(QSet<QString>(paths.begin(), paths.end()).size(), paths.size()); // one row per verb
    const QString help = Cli::helpText();
    for (const QString &path : paths) {
        QVERIFY2(help.contains(QStringLiteral("  ") + path), qPrintable(path));
        const Ran r = run(path.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
        QVERIFY2(r.code == 0, qPrintable(path + QLatin1String(": ") + r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: atelier ") + path), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("--database")), qPrintable(path));
    }
}

void TestVerbs::verbOfSkipsOptionValues()
{
    const QString program = QStringLiteral("atelier");
    QCOMPARE(Cli::verbOf({program, QStringLiteral("--page"), QStringLiteral("export")}), QString());
    QCOMPARE(Cli::verbOf({program, QStringLiteral("--database"), QStringLiteral("ai")}), QString());
    QCOMPARE(Cli::verbOf({program, QStringLiteral("--database"), QStringLiteral("sqlite:///x.db"), QStringLiteral("db"), QStringLiteral("status")}),
             QStringLiteral("db status"));
    QCOMPARE(Cli::verbOf({program, QStringLiteral("migrate")}), QStringLiteral("migrate"));
    QCOMPARE(Cli::verbOf({program, QStringLiteral("frobnicate")}), QStringLiteral("frobnicate")); // run() refuses it
    QVERIFY(Cli::isVerb(QStringLiteral("db")));
    QVERIFY(!Cli::isVerb(QStringLiteral("frobnicate")));
}

void TestVerbs::unknownCommandsNameTheGroup()
{
    Ran r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("Unknown command \"frobnicate\"")), qPrintable(r.err));
    r = run({QStringLiteral("db"), QStringLiteral("frob")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("Unknown db command \"frob\"; the db commands are: login, logout, status.")), qPrintable(r.err));
    r = run({QStringLiteral("db")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("\"atelier db\" needs a command: login, logout, status.")), qPrintable(r.err));
    r = run({QStringLiteral("migrate"), QStringLiteral("now")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("Unexpected arguments: now")), qPrintable(r.err));
}

void TestVerbs::optionsOfAnotherVerbAreRefusedByName()
{
    // --password-stdin belongs to db login, --events to demo: db status takes neither, and says which it takes.
    Ran r = run({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--password-stdin")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--password-stdin is not an option of \"atelier db status\"; its options are: --format, --database.")),
             qPrintable(r.err));
    r = run({QStringLiteral("migrate"), QStringLiteral("--events"), QStringLiteral("10")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--events is not an option of \"atelier migrate\"")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestVerbs::formatsAreChecked()
{
    QFETCH(QString, dialect);
    ScratchDatabase scratch(dialect);
    if (scratch.skip())
        QSKIP(qPrintable(scratch.problem()));
    QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
    const Ran r = run({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("csv"),
                       QStringLiteral("--database"), scratch.url().toString()});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--format: \"csv\" is not one of table, json.")), qPrintable(r.err));
}

void TestVerbs::migrateAndStatusRunInProcess()
{
    QFETCH(QString, dialect);
    ScratchDatabase scratch(dialect);
    if (scratch.skip())
        QSKIP(qPrintable(scratch.problem()));
    QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
    const QString url = scratch.url().toString();
    Ran r = run({QStringLiteral("migrate"), QStringLiteral("--database"), url});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("schema migrated from version 0")), qPrintable(r.out));
    r = run({QStringLiteral("migrate"), QStringLiteral("--database"), url});
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("schema is up to date")), qPrintable(r.out + r.err));
    r = run({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--database"), url});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("dialect")).toString().toLower(), dialect);
    QVERIFY(o.value(QLatin1String("schema_ok")).toBool());
    QCOMPARE(o.value(QLatin1String("schema_version")).toInt(), o.value(QLatin1String("latest_version")).toInt());
}

QTEST_GUILESS_MAIN(TestVerbs)
#include "tst_verbs.moc"
