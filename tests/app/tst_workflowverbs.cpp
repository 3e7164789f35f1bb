// The workflow definition verbs run in this process (Cli::run under a Capture) on SQLite and PostgreSQL: list, show,
// create, update, pause, resume, archive, delete, versions, restore, allow-host.
#include "cli.h"
#include "output.h"

#include "scratchdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {

using Ran = Cli::Captured;

Ran atelier(const QStringList &arguments, const QString &input = {})
{
    return Cli::runCaptured(arguments, input);
}

QJsonDocument jsonOf(const Ran &ran)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(ran.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(ran.out));
    return document;
}

#define SUCCEEDS(ran)                                                                                               \
    [&] {                                                                                                          \
        Ran r_ = (ran);                                                                                            \
        if (r_.code != 0)                                                                                          \
            qWarning("exit %d: %s", r_.code, qPrintable(r_.err));                                                  \
        return r_;                                                                                                 \
    }()

/// A refusal: exit 2, a message on standard error that says \a what, nothing on standard output.
#define REFUSED(ran, what)                                                                                           \
    do {                                                                                                           \
        const Ran r_ = (ran);                                                                                      \
        QVERIFY2(r_.code == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r_.code).arg(r_.err)));               \
        QVERIFY2(r_.err.contains(QLatin1String(what)), qPrintable(r_.err));                                        \
        QVERIFY2(r_.out.isEmpty(), qPrintable(r_.out));                                                            \
    } while (false)

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestWorkflowVerbs final : public QObject
{
    Q_OBJECT

private slots:
    void helpListsTheVerbsOptions()
    {
        const Ran create = atelier({QStringLiteral("workflow"), QStringLiteral("create"), QStringLiteral("--help")});
        QCOMPARE(create.code, 0);
        for (const char *o : {"--name", "--file", "--description", "--brand"})
            QVERIFY2(create.out.contains(QLatin1String(o)), qPrintable(create.out));
        QVERIFY(!create.out.contains(QLatin1String("--format")));
        const Ran restore = atelier({QStringLiteral("workflow"), QStringLiteral("restore"), QStringLiteral("--help")});
        QVERIFY2(restore.out.contains(QLatin1String("--version")) && !restore.out.contains(QLatin1String("--file")), qPrintable(restore.out));
        const Ran list = atelier({QStringLiteral("workflow"), QStringLiteral("list"), QStringLiteral("--help")});
        QVERIFY2(list.out.contains(QLatin1String("--format")) && !list.out.contains(QLatin1String("--name")), qPrintable(list.out));
    }

    void everyVerb_data() { ScratchDatabase::addDialectRows(); }
    void everyVerb()
    {
        ATELIER_SCRATCH(scratch);
        const QString url = scratch.url().toString();
        QTemporaryDir dir;
        const Ran made = atelier({QStringLiteral("demo"), QStringLiteral("--database"), url, QStringLiteral("--events"), QStringLiteral("2000"),
                                  QStringLiteral("--days"), QStringLiteral("10"), QStringLiteral("--end-date"), QStringLiteral("2026-05-31")});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        const QString brand = QStringLiteral("aurora-beauty");
        auto wf = [&](QStringList words) {
            return atelier(QStringList{QStringLiteral("workflow")} + words
                           + QStringList{QStringLiteral("--database"), url, QStringLiteral("--brand"), brand});
        };

        // list: table, CSV, JSON.
        const Ran table = SUCCEEDS(wf({QStringLiteral("list")}));
        QCOMPARE(table.code, 0);
        QVERIFY2(table.out.contains(QLatin1String("Weekly report")) && table.out.contains(QLatin1String("schedule 0 7 * * 1 Europe/Paris")),
                 qPrintable(table.out));
        const Ran csv = SUCCEEDS(wf({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")}));
        QVERIFY2(csv.out.startsWith(QLatin1String("name,status,trigger,actions,version,run_as_id,updated_at,id\n")), qPrintable(csv.out));
        QCOMPARE(csv.out.count(QLatin1Char('\n')), 5);
        const QJsonArray all = jsonOf(SUCCEEDS(wf({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}))).array();
        QCOMPARE(all.size(), 4);
        QVERIFY(all.at(0).toObject().value(QLatin1String("actions")).isArray());

        // show: table, CSV; JSON that create --file takes back.
        const Ran shown = SUCCEEDS(wf({QStringLiteral("show"), QStringLiteral("Weekly report")}));
        QVERIFY2(shown.out.contains(QLatin1String("export_report")), qPrintable(shown.out));
        const Ran shownCsv = SUCCEEDS(wf({QStringLiteral("show"), QStringLiteral("Weekly report"), QStringLiteral("--format"), QStringLiteral("csv")}));
        QVERIFY2(shownCsv.out.startsWith(QLatin1String("field,value\nname,Weekly report\n")), qPrintable(shownCsv.out));
        const Ran shownJson = SUCCEEDS(wf({QStringLiteral("show"), QStringLiteral("Revenue anomaly alert"), QStringLiteral("--format"), QStringLiteral("json")}));
        const QJsonObject alert = jsonOf(shownJson).object();
        QCOMPARE(alert.value(QLatin1String("name")).toString(), QStringLiteral("Revenue anomaly alert"));
        QCOMPARE(alert.value(QLatin1String("trigger")).toObject().value(QLatin1String("event")).toString(), QStringLiteral("anomaly.detected"));
        const QString copy = dir.filePath(QStringLiteral("alert.json"));
        QVERIFY(write(copy, shownJson.out.toUtf8()));
        const Ran created = SUCCEEDS(wf({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Alert copy"), QStringLiteral("--file"), copy}));
        QCOMPARE(created.code, 0);
        QVERIFY2(created.out.contains(QLatin1String("\"Alert copy\" created")), qPrintable(created.out));
        const QJsonObject copied = jsonOf(SUCCEEDS(wf({QStringLiteral("show"), QStringLiteral("Alert copy"), QStringLiteral("--format"), QStringLiteral("json")}))).object();
        QCOMPARE(copied.value(QLatin1String("trigger")), alert.value(QLatin1String("trigger")));
        QCOMPARE(copied.value(QLatin1String("actions")), alert.value(QLatin1String("actions")));
        QCOMPARE(copied.value(QLatin1String("description")), alert.value(QLatin1String("description")));
        QCOMPARE(copied.value(QLatin1String("version")).toInt(), 1);
        const Ran twice = wf({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Alert copy"), QStringLiteral("--file"), copy});
        QCOMPARE(twice.code, 1); // the input is fine; the brand's state refuses it
        QVERIFY2(twice.err.contains(QLatin1String("A workflow named \"Alert copy\" already exists in this brand.")), qPrintable(twice.err));
        // update --name renames it with a new version (as the console's editor does); a taken name is refused.
        const Ran renamed = SUCCEEDS(wf({QStringLiteral("update"), QStringLiteral("Alert copy"), QStringLiteral("--file"), copy, QStringLiteral("--name"),
                                         QStringLiteral("Alert, copied"), QStringLiteral("--description"), QStringLiteral("A copy")}));
        QVERIFY2(renamed.out.contains(QLatin1String("\"Alert, copied\" saved as version 2")), qPrintable(renamed.out));
        const QJsonObject renamedJson =
            jsonOf(SUCCEEDS(wf({QStringLiteral("show"), QStringLiteral("Alert, copied"), QStringLiteral("--format"), QStringLiteral("json")}))).object();
        QCOMPARE(renamedJson.value(QLatin1String("description")).toString(), QStringLiteral("A copy"));
        QCOMPARE(renamedJson.value(QLatin1String("id")), copied.value(QLatin1String("id")));
        const Ran taken = wf({QStringLiteral("update"), QStringLiteral("Alert, copied"), QStringLiteral("--file"), copy, QStringLiteral("--name"),
                              QStringLiteral("Weekly report")});
        QCOMPARE(taken.code, 1);
        QVERIFY2(taken.err.contains(QLatin1String("A workflow named \"Weekly report\" already exists in this brand.")), qPrintable(taken.err));

        // From standard input, with its own description; an invalid definition names its places.
        const Ran fromStdin = SUCCEEDS(atelier({QStringLiteral("workflow"), QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Hello"),
                                                QStringLiteral("--file"), QStringLiteral("-"), QStringLiteral("--description"), QStringLiteral("Says hello"),
                                                QStringLiteral("--database"), url, QStringLiteral("--brand"), brand},
                                               QStringLiteral("{\"trigger\": {\"type\": \"manual\"}, \"actions\": [{\"id\": \"hi\", \"type\": "
                                                              "\"notify\", \"params\": {\"users\": [\"ana\"], \"message\": \"Hello\"}}]}\n")));
        QCOMPARE(fromStdin.code, 0);
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(write(bad, "{\"trigger\": {\"type\": \"schedule\", \"cron\": \"61 * * * *\"}, \"actions\": []}"));
        REFUSED(wf({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Bad"), QStringLiteral("--file"), bad}), "trigger.cron");
        QVERIFY(write(bad, "{\"trigger\": "));
        REFUSED(wf({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Bad"), QStringLiteral("--file"), bad}), "is not JSON");
        QVERIFY(write(bad, "{\"trigger\": {\"type\": \"manual\"}, \"actions\": [], \"colour\": \"red\"}"));
        REFUSED(wf({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Bad"), QStringLiteral("--file"), bad}), "colour");
        REFUSED(wf({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Bad"), QStringLiteral("--file"), dir.filePath(QStringLiteral("none.json"))}),
                "cannot read");
        REFUSED(wf({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Bad")}), "--file");
        // An option of a sibling verb is refused by name.
        REFUSED(wf({QStringLiteral("list"), QStringLiteral("--file"), bad}), "--file");
        REFUSED(wf({QStringLiteral("pause"), QStringLiteral("Hello"), QStringLiteral("--version"), QStringLiteral("2")}), "--version");

        // update, versions, restore.
        const QString weekly = dir.filePath(QStringLiteral("weekly.json"));
        QVERIFY(write(weekly, "{\"trigger\": {\"type\": \"schedule\", \"every_seconds\": 3600}, \"actions\": [{\"id\": \"hi\", \"type\": \"notify\", "
                              "\"params\": {\"users\": [\"ana\"], \"message\": \"Hourly\"}}], \"misfire\": \"run_once\"}"));
        const Ran updated = SUCCEEDS(wf({QStringLiteral("update"), QStringLiteral("Hello"), QStringLiteral("--file"), weekly}));
        QVERIFY2(updated.out.contains(QLatin1String("version 2")), qPrintable(updated.out));
        const QJsonObject hello = jsonOf(SUCCEEDS(wf({QStringLiteral("show"), QStringLiteral("Hello"), QStringLiteral("--format"), QStringLiteral("json")}))).object();
        QCOMPARE(hello.value(QLatin1String("misfire")).toString(), QStringLiteral("run_once"));
        QCOMPARE(hello.value(QLatin1String("description")).toString(), QStringLiteral("Says hello"));
        const Ran versions = SUCCEEDS(wf({QStringLiteral("versions"), QStringLiteral("Hello")}));
        QVERIFY2(versions.out.contains(QLatin1String("schedule every 3600 s")), qPrintable(versions.out));
        const Ran versionsCsv = SUCCEEDS(wf({QStringLiteral("versions"), QStringLiteral("Hello"), QStringLiteral("--format"), QStringLiteral("csv")}));
        QVERIFY2(versionsCsv.out.startsWith(QLatin1String("version,saved_by,saved_at,trigger,actions\n1,")), qPrintable(versionsCsv.out));
        const QJsonArray versionsJson = jsonOf(SUCCEEDS(wf({QStringLiteral("versions"), QStringLiteral("Hello"), QStringLiteral("--format"), QStringLiteral("json")}))).array();
        QCOMPARE(versionsJson.size(), 2);
        QCOMPARE(versionsJson.at(0).toObject().value(QLatin1String("trigger")).toObject().value(QLatin1String("type")).toString(), QStringLiteral("manual"));
        const Ran restored = SUCCEEDS(wf({QStringLiteral("restore"), QStringLiteral("Hello"), QStringLiteral("--version"), QStringLiteral("1")}));
        QVERIFY2(restored.out.contains(QLatin1String("restored as version 3")), qPrintable(restored.out));
        REFUSED(wf({QStringLiteral("restore"), QStringLiteral("Hello"), QStringLiteral("--version"), QStringLiteral("zero")}), "--version");
        REFUSED(wf({QStringLiteral("restore"), QStringLiteral("Hello"), QStringLiteral("--version"), QStringLiteral("7")}), "no version 7");

        // Status.
        QVERIFY(SUCCEEDS(wf({QStringLiteral("pause"), QStringLiteral("Hello")})).out.contains(QLatin1String("paused")));
        QVERIFY(SUCCEEDS(wf({QStringLiteral("resume"), QStringLiteral("Hello")})).out.contains(QLatin1String("active")));
        QVERIFY(SUCCEEDS(wf({QStringLiteral("archive"), QStringLiteral("Hello")})).out.contains(QLatin1String("archived")));
        QCOMPARE(jsonOf(SUCCEEDS(wf({QStringLiteral("show"), QStringLiteral("Hello"), QStringLiteral("--format"), QStringLiteral("json")})))
                     .object().value(QLatin1String("status")).toString(),
                 QStringLiteral("archived"));
        REFUSED(wf({QStringLiteral("pause"), QStringLiteral("Nobody")}), "There is no workflow \"Nobody\"");

        // allow-host: a private webhook host becomes acceptable.
        const QString local = dir.filePath(QStringLiteral("local.json"));
        QVERIFY(write(local, "{\"trigger\": {\"type\": \"manual\"}, \"actions\": [{\"id\": \"p\", \"type\": \"webhook\", "
                             "\"params\": {\"url\": \"http://10.1.2.3/hook\"}}]}"));
        REFUSED(wf({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Local"), QStringLiteral("--file"), local}), "actions[0].params.url");
        REFUSED(wf({QStringLiteral("allow-host"), QStringLiteral("not a host")}), "not a host name");
        QVERIFY(SUCCEEDS(wf({QStringLiteral("allow-host"), QStringLiteral("10.1.2.3")})).out.contains(QLatin1String("10.1.2.3")));
        QCOMPARE(SUCCEEDS(wf({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Local"), QStringLiteral("--file"), local})).code, 0);

        // run, executions: the workflow by its name in the table and CSV; JSON keeps its id and adds its name.
        const QString weeklyId = jsonOf(SUCCEEDS(wf({QStringLiteral("show"), QStringLiteral("Weekly report"), QStringLiteral("--format"), QStringLiteral("json")})))
                                    .object()
                                    .value(QLatin1String("id"))
                                    .toString();
        QVERIFY(!weeklyId.isEmpty());
        const Ran queued = SUCCEEDS(wf({QStringLiteral("run"), QStringLiteral("Weekly report")}));
        QCOMPARE(queued.code, 0);
        QVERIFY2(queued.out.contains(QLatin1String("Weekly report")) && !queued.out.contains(weeklyId), qPrintable(queued.out));
        const Ran runsCsv = SUCCEEDS(wf({QStringLiteral("executions"), QStringLiteral("--workflow"), QStringLiteral("Weekly report"), QStringLiteral("--format"),
                                         QStringLiteral("csv")}));
        QVERIFY2(runsCsv.out.startsWith(QLatin1String("id,workflow_name,status,")), qPrintable(runsCsv.out));
        QVERIFY2(runsCsv.out.contains(QLatin1String(",Weekly report,queued,")) && !runsCsv.out.contains(weeklyId), qPrintable(runsCsv.out));
        const QJsonArray runsJson =
            jsonOf(SUCCEEDS(wf({QStringLiteral("executions"), QStringLiteral("--workflow"), QStringLiteral("Weekly report"), QStringLiteral("--format"),
                              QStringLiteral("json")})))
                .array();
        QVERIFY(!runsJson.isEmpty()); // the demo's and the one just queued
        for (const QJsonValue &x : runsJson) {
            QCOMPARE(x.toObject().value(QLatin1String("workflow_id")).toString(), weeklyId);
            QCOMPARE(x.toObject().value(QLatin1String("workflow_name")).toString(), QStringLiteral("Weekly report"));
        }

        // delete.
        QVERIFY(SUCCEEDS(wf({QStringLiteral("delete"), QStringLiteral("Weekly report")})).out.contains(QLatin1String("deleted")));
        REFUSED(wf({QStringLiteral("show"), QStringLiteral("Weekly report")}), "There is no workflow");
        // --brand is required.
        const Ran noBrand = atelier({QStringLiteral("workflow"), QStringLiteral("list"), QStringLiteral("--database"), url});
        QVERIFY(noBrand.code != 0);
        QVERIFY2(noBrand.err.contains(QLatin1String("--brand")), qPrintable(noBrand.err));
    }
};

QTEST_GUILESS_MAIN(TestWorkflowVerbs)
#include "tst_workflowverbs.moc"
