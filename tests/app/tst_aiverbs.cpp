// The `ai` verbs in-process (cli/ai/*.cpp) on SQLite and PostgreSQL: each sub-verb a row with exactly its options,
// its data in every format (CSV and JSON keys stable English identifiers), an offline generation run here, cancelling
// several jobs at once, the queue run until its providers are idle, and bad values refused with exit 2.
#include "cli.h"
#include "output.h"

#include "core/database.h"
#include "scratchdatabase.h"
#include "studiofixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;
using Atelier::Testing::StudioFixture;

namespace {
using Ran = Cli::Captured;

Ran run(const QStringList &words, const QString &input = {})
{
    return Cli::runCaptured(words, input);
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

const QString kBrand = QStringLiteral("linea-home");
} // namespace

class TestAiVerbs final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dataVerbsInEveryFormat_data() { ScratchDatabase::addDialectRows(); }
    void dataVerbsInEveryFormat();
    void errorCodeIsPrinted_data() { ScratchDatabase::addDialectRows(); }
    void errorCodeIsPrinted();
    void optionsOfSiblingVerbsAreRefused();
    void helpListsTheVerbsOptions();
    void badValuesAreRefused_data() { ScratchDatabase::addDialectRows(); }
    void badValuesAreRefused();
    void generateOfflineAndCancelMany_data() { ScratchDatabase::addDialectRows(); }
    void generateOfflineAndCancelMany();
    void workUntilIdle_data() { ScratchDatabase::addDialectRows(); }
    void workUntilIdle();
    void providerSettings();

private:
    /// The demo database of \a dialect (a small demo, made once for the whole test), or null when skipped.
    const ScratchDatabase *demo(const QString &dialect);

    QTemporaryDir m_desktop;
    std::map<QString, std::unique_ptr<ScratchDatabase>> m_demos;
};

void TestAiVerbs::initTestCase()
{
    QVERIFY(m_desktop.isValid());
    StudioFixture::isolateDesktop(m_desktop.path());
    QLocale::setDefault(QLocale::c());
}

const ScratchDatabase *TestAiVerbs::demo(const QString &dialect)
{
    auto &slot = m_demos[dialect];
    if (!slot) {
        slot = std::make_unique<ScratchDatabase>(dialect);
        if (slot->problem().isEmpty()) {
            const Ran r = run({QStringLiteral("demo"), QStringLiteral("--database"), slot->url().toString(), QStringLiteral("--events"),
                               QStringLiteral("2000"), QStringLiteral("--days"), QStringLiteral("20")});
            if (r.code != 0)
                qFatal("demo: %s", qPrintable(r.err));
        }
    }
    return slot.get();
}

#define ATELIER_DEMO(var)                                                                                                 \
    QFETCH(QString, dialect);                                                                                            \
    const ScratchDatabase *var##Db = demo(dialect);                                                                      \
    if (var##Db->skip())                                                                                                 \
        QSKIP(qPrintable(var##Db->problem()));                                                                           \
    QVERIFY2(var##Db->problem().isEmpty(), qPrintable(var##Db->problem()));                                              \
    const QString var = var##Db->url().toString()

void TestAiVerbs::dataVerbsInEveryFormat()
{
    ATELIER_DEMO(url);
    const QStringList db = {QStringLiteral("--database"), url};
    const QStringList brand = {QStringLiteral("--brand"), kBrand};
    struct Case
    {
        QStringList words;
        const char *csvHeader;
        bool array; // JSON: an array (else an object)
    };
    // A generation to get: the brand's newest.
    const Ran newest = run(QStringList{QStringLiteral("ai"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1"),
                                       QStringLiteral("--format"), QStringLiteral("json")}
                           + db + brand);
    QVERIFY2(newest.code == 0, qPrintable(newest.err));
    const QString id = QJsonDocument::fromJson(newest.out.toUtf8()).array().at(0).toObject().value(QLatin1String("id")).toString();
    QVERIFY(!id.isEmpty());
    const QString generationHeader = QStringLiteral("id,status,provider,model,credits,cached,quality,prompt,error,error_code");
    const QList<Case> cases = {
        {QStringList{QStringLiteral("ai"), QStringLiteral("list")} + brand, "id,status,provider,model,credits,cached,quality,prompt,error,error_code", true},
        {{QStringLiteral("ai"), QStringLiteral("get"), id}, "id,status,provider,model,credits,cached,quality,prompt,error,error_code", false},
        {{QStringLiteral("ai"), QStringLiteral("models")}, "model,provider,type,credits,avg_s,quality,active", true},
        {QStringList{QStringLiteral("ai"), QStringLiteral("credits")} + brand, "brand,monthly_credits,used,reserved,left", false},
        {QStringList{QStringLiteral("ai"), QStringLiteral("cache-stats")} + brand, "hits,misses,hit_rate,bytes,credits_saved", false},
        {QStringList{QStringLiteral("ai"), QStringLiteral("templates")} + brand, "id,name,category,uses,success,prompt", true},
        {QStringList{QStringLiteral("ai"), QStringLiteral("history")} + brand, "last_used,uses,quality,model,prompt", true},
        {QStringList{QStringLiteral("ai"), QStringLiteral("collections")} + brand, "id,name,generations,shared", true},
        {QStringList{QStringLiteral("ai"), QStringLiteral("collections"), QStringLiteral("list")} + brand, "id,name,generations,shared", true},
    };
    for (const Case &c : cases) {
        const QString what = c.words.join(QLatin1Char(' '));
        const Ran table = run(c.words + db);
        QVERIFY2(table.code == 0, qPrintable(what + QLatin1String(": ") + table.err));
        QVERIFY2(!table.out.isEmpty() && table.err.isEmpty(), qPrintable(what));
        QVERIFY2(!table.out.startsWith(QLatin1String(c.csvHeader)), qPrintable(what)); // aligned, not CSV

        const Ran csv = run(c.words + db + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csv.code == 0, qPrintable(what + QLatin1String(": ") + csv.err));
        QCOMPARE(lines(csv.out).value(0), QString::fromLatin1(c.csvHeader));
        QCOMPARE(lines(csv.out).size(), lines(table.out).size()); // the same rows

        const Ran json = run(c.words + db + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.code == 0, qPrintable(what + QLatin1String(": ") + json.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(what + QLatin1String(": ") + error.errorString()));
        QCOMPARE(doc.isArray(), c.array);
        if (c.array)
            QCOMPARE(doc.array().size(), lines(csv.out).size() - 1);
    }
    // What the JSON says of a generation.
    const Ran got = run({QStringLiteral("ai"), QStringLiteral("get"), id, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--database"), url});
    const QJsonObject g = QJsonDocument::fromJson(got.out.toUtf8()).object();
    QCOMPARE(g.value(QLatin1String("id")).toString(), id);
    for (const char *key : {"type", "provider", "model", "prompt", "status", "cost", "cached", "attempts", "error", "error_code", "createdAt"})
        QVERIFY2(g.contains(QLatin1String(key)), key);
    // The demo has collections and templates to show.
    const Ran collections = run({QStringLiteral("ai"), QStringLiteral("collections"), QStringLiteral("--brand"), kBrand, QStringLiteral("--format"),
                                 QStringLiteral("json"), QStringLiteral("--database"), url});
    const QJsonArray list = QJsonDocument::fromJson(collections.out.toUtf8()).array();
    QVERIFY(!list.isEmpty());
    const Ran shown = run({QStringLiteral("ai"), QStringLiteral("collections"), QStringLiteral("show"), list.at(0).toObject().value(QLatin1String("id")).toString(),
                           QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--database"), url});
    QVERIFY2(shown.code == 0, qPrintable(shown.err));
    QCOMPARE(lines(shown.out).value(0), generationHeader);
    QCOMPARE(lines(shown.out).size() - 1, list.at(0).toObject().value(QLatin1String("count")).toInt());
}

void TestAiVerbs::errorCodeIsPrinted()
{
    ATELIER_DEMO(url);
    QString id;
    {
        auto db = Database::open(urlDb->url());
        QVERIFY(db);
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM ai_generations ORDER BY id")));
        QVERIFY(q.next());
        id = q.value(0).toString();
        q.finish();
        q.prepare(QStringLiteral("UPDATE ai_generations SET status = 'failed', error = 'Trop de demandes', error_code = 'rate_limited' WHERE id = ?"));
        q.addBindValue(id);
        QVERIFY(q.exec());
    }
    const Ran json = run({QStringLiteral("ai"), QStringLiteral("get"), id, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--database"), url});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const QJsonObject g = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(g.value(QLatin1String("error_code")).toString(), QStringLiteral("rate_limited"));
    QCOMPARE(g.value(QLatin1String("error")).toString(), QStringLiteral("Trop de demandes"));
    const Ran csv = run({QStringLiteral("ai"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("failed"), QStringLiteral("--limit"),
                         QStringLiteral("100000"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--database"), url});
    QVERIFY2(csv.code == 0, qPrintable(csv.err));
    bool found = false;
    for (const QString &line : lines(csv.out))
        found = found || (line.startsWith(id) && line.endsWith(QLatin1String(",rate_limited")));
    QVERIFY2(found, qPrintable(csv.out));
}

void TestAiVerbs::optionsOfSiblingVerbsAreRefused()
{
    // --prompt belongs to generate, --status to list, --stars to rate: each verb takes its own only, and says which.
    Ran r = run({QStringLiteral("ai"), QStringLiteral("list"), QStringLiteral("--prompt"), QStringLiteral("x")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--prompt is not an option of \"atelier ai list\"; its options are: --brand, --status, --limit, --format, --database.")),
             qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    r = run({QStringLiteral("ai"), QStringLiteral("get"), QStringLiteral("some-id"), QStringLiteral("--status"), QStringLiteral("failed")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--status is not an option of \"atelier ai get\"")), qPrintable(r.err));
    r = run({QStringLiteral("ai"), QStringLiteral("star"), QStringLiteral("some-id"), QStringLiteral("--stars"), QStringLiteral("4")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--stars is not an option of \"atelier ai star\"")), qPrintable(r.err));
    // A verb that prints no data takes no --format; one that needs no brand takes no --brand.
    r = run({QStringLiteral("ai"), QStringLiteral("work"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--format is not an option of \"atelier ai work\"")), qPrintable(r.err));
    r = run({QStringLiteral("ai"), QStringLiteral("models"), QStringLiteral("--brand"), kBrand});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--brand is not an option of \"atelier ai models\"")), qPrintable(r.err));
    // Unknown sub-verbs name their group.
    r = run({QStringLiteral("ai"), QStringLiteral("collections"), QStringLiteral("frob")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("Unknown ai collections command \"frob\"; the ai collections commands are: add, create, export, list, remove, share, show.")),
             qPrintable(r.err));
    r = run({QStringLiteral("ai"), QStringLiteral("provider")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("\"atelier ai provider\" needs a command: list, set, test.")), qPrintable(r.err));
    // A verb that needs a brand says so before it opens anything.
    r = run({QStringLiteral("ai"), QStringLiteral("credits"), QStringLiteral("--database"), QStringLiteral("sqlite:///nonexistent/never.db")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--brand is required")), qPrintable(r.err));
}

void TestAiVerbs::helpListsTheVerbsOptions()
{
    Ran r = run({QStringLiteral("ai"), QStringLiteral("generate"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(QLatin1String("Usage: atelier ai generate --brand SLUG")), qPrintable(r.out));
    for (const char *option : {"--brand SLUG", "--provider NAME", "--model NAME", "--prompt TEXT", "--variations N", "--template ID", "--var NAME=VALUE",
                               "--wait", "--format FORMAT", "--database URL"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    QVERIFY(!r.out.contains(QLatin1String("--status")));
    r = run({QStringLiteral("ai"), QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *option : {"--brand SLUG", "--status STATUS", "--limit N", "--format FORMAT"})
        QVERIFY2(r.out.contains(QLatin1String(option)), option);
    QVERIFY(!r.out.contains(QLatin1String("--prompt")));
    r = run({QStringLiteral("ai"), QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("openai, stability")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("--api-key-stdin")));
    // Every ai verb is in the general help.
    const QString help = Cli::helpText();
    for (const QString &path : Cli::verbPaths())
        if (path.startsWith(QLatin1String("ai ")))
            QVERIFY2(help.contains(QStringLiteral("  ") + path), qPrintable(path));
}

void TestAiVerbs::badValuesAreRefused()
{
    ATELIER_DEMO(url);
    const QStringList generate = {QStringLiteral("ai"),     QStringLiteral("generate"),  QStringLiteral("--database"),     url,
                                  QStringLiteral("--brand"), kBrand,                     QStringLiteral("--provider"),     QStringLiteral("offline"),
                                  QStringLiteral("--model"), QStringLiteral("offline-preview"), QStringLiteral("--prompt"), QStringLiteral("a chair")};
    struct Case
    {
        QStringList words;
        const char *message;
    };
    const QList<Case> cases = {
        {generate + QStringList{QStringLiteral("--width"), QStringLiteral("99999")}, "--width: \"99999\" is not a whole number between 64 and 4096."},
        {generate + QStringList{QStringLiteral("--seed"), QStringLiteral("-4")}, "--seed: \"-4\" is not a whole number between 0 and 2147483647."},
        {generate + QStringList{QStringLiteral("--variations"), QStringLiteral("9")}, "--variations: \"9\" is not a whole number between 1 and 8."},
        {generate + QStringList{QStringLiteral("--param"), QStringLiteral("steps")}, "--param: \"steps\" is not in the form key=value."},
        {generate + QStringList{QStringLiteral("--var"), QStringLiteral("room=den")}, "--var fills a template's variables"},
        {generate + QStringList{QStringLiteral("--format"), QStringLiteral("yaml")}, "--format: \"yaml\" is not one of table, json, csv."},
        {{QStringLiteral("ai"), QStringLiteral("generate"), QStringLiteral("--database"), url, QStringLiteral("--brand"), kBrand}, "ai generate needs --provider."},
        {{QStringLiteral("ai"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("--database"), url},
         "--limit: \"0\" is not a whole number between 1 and 100000."},
        {{QStringLiteral("ai"), QStringLiteral("rate"), QStringLiteral("some-id"), QStringLiteral("--stars"), QStringLiteral("9"), QStringLiteral("--database"), url},
         "--stars: \"9\" is not a whole number between 1 and 5."},
        {{QStringLiteral("ai"), QStringLiteral("analytics"), QStringLiteral("--brand"), kBrand, QStringLiteral("--from"), QStringLiteral("2026-13-01"),
          QStringLiteral("--database"), url},
         "--from: \"2026-13-01\" is not a date in the form YYYY-MM-DD."},
        {{QStringLiteral("ai"), QStringLiteral("cache-clear"), QStringLiteral("--brand"), kBrand, QStringLiteral("--older-than"), QStringLiteral("soon"),
          QStringLiteral("--database"), url},
         "--older-than: \"soon\" is not a whole number"},
        {{QStringLiteral("ai"), QStringLiteral("work"), QStringLiteral("--providers"), QStringLiteral("offline,dalle"), QStringLiteral("--database"), url},
         "--providers: unknown provider \"dalle\""},
        {{QStringLiteral("ai"), QStringLiteral("get"), QStringLiteral("--database"), url}, "\"atelier ai get\" needs ID"},
        {{QStringLiteral("ai"), QStringLiteral("get"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("--database"), url}, "Unexpected arguments: b"},
        {{QStringLiteral("ai"), QStringLiteral("versions"), QStringLiteral("some-id"), QStringLiteral("--prompt"), QStringLiteral("x"), QStringLiteral("--database"), url},
         "--prompt and --param describe a new version: they go with --create."},
    };
    for (const Case &c : cases) {
        const Ran r = run(c.words);
        QVERIFY2(r.code == 2, qPrintable(c.words.join(QLatin1Char(' ')) + QLatin1String(": ") + QString::number(r.code) + r.err));
        QVERIFY2(r.err.contains(QLatin1String(c.message)), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }
    // A status that is no status is the service's refusal (exit 1), with the statuses.
    const Ran typo = run({QStringLiteral("ai"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("complete"), QStringLiteral("--database"), url});
    QCOMPARE(typo.code, 1);
    QVERIFY2(typo.err.contains(QLatin1String("completed, failed, canceled")), qPrintable(typo.err));
    // Nothing was queued by any of them.
    const Ran pending = run({QStringLiteral("ai"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("pending"), QStringLiteral("--brand"), kBrand,
                             QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--database"), url});
    QCOMPARE(QJsonDocument::fromJson(pending.out.toUtf8()).array().size(), 0);
}

void TestAiVerbs::generateOfflineAndCancelMany()
{
    ATELIER_DEMO(url);
    const QStringList generate = {QStringLiteral("ai"),      QStringLiteral("generate"), QStringLiteral("--database"),  url,
                                  QStringLiteral("--brand"), kBrand,                     QStringLiteral("--provider"),  QStringLiteral("offline"),
                                  QStringLiteral("--model"), QStringLiteral("offline-preview"), QStringLiteral("--prompt"), QStringLiteral("a quiet reading nook"),
                                  QStringLiteral("--width"), QStringLiteral("256"),      QStringLiteral("--height"),    QStringLiteral("256"),
                                  QStringLiteral("--format"), QStringLiteral("json")};
    // One, run here: an object, completed, labelled for what it is.
    const Ran one = run(generate + QStringList{QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--wait")});
    QVERIFY2(one.code == 0, qPrintable(one.err));
    const QJsonObject g = QJsonDocument::fromJson(one.out.toUtf8()).object();
    QCOMPARE(g.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(g.value(QLatin1String("label")).toString(), QStringLiteral("offline preview — not AI"));
    QVERIFY(g.value(QLatin1String("error_code")).isNull());

    // Three variations, not run: a list, seeds one apart.
    const Ran three = run(generate + QStringList{QStringLiteral("--seed"), QStringLiteral("500"), QStringLiteral("--variations"), QStringLiteral("3")});
    QVERIFY2(three.code == 0, qPrintable(three.err));
    const QJsonArray queued = QJsonDocument::fromJson(three.out.toUtf8()).array();
    QCOMPARE(queued.size(), 3);
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const QJsonObject v = queued.at(i).toObject();
        QCOMPARE(v.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(v.value(QLatin1String("parameters")).toObject().value(QLatin1String("seed")).toInteger(), 500 + i);
        ids.append(v.value(QLatin1String("id")).toString());
    }

    // Cancelled together; a second time, each is named as already finished.
    Ran cancelled = run(QStringList{QStringLiteral("ai"), QStringLiteral("cancel")} + ids
                        + QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--database"), url});
    QVERIFY2(cancelled.code == 0, qPrintable(cancelled.err));
    QCOMPARE(lines(cancelled.out).size(), 4);
    for (const QString &line : lines(cancelled.out).mid(1))
        QVERIFY2(line.contains(QLatin1String(",canceled,")), qPrintable(line));
    cancelled = run(QStringList{QStringLiteral("ai"), QStringLiteral("cancel")} + ids + QStringList{QStringLiteral("--database"), url});
    QCOMPARE(cancelled.code, 1);
    QVERIFY2(cancelled.err.contains(QLatin1String("Already finished, left as they were: ") + ids.join(QLatin1String(", "))), qPrintable(cancelled.err));
    cancelled = run({QStringLiteral("ai"), QStringLiteral("cancel"), ids.constFirst(), QStringLiteral("--database"), url});
    QCOMPARE(cancelled.code, 1);
    QVERIFY2(cancelled.err.contains(QLatin1String("had already finished; nothing was cancelled")), qPrintable(cancelled.err));
    cancelled = run({QStringLiteral("ai"), QStringLiteral("cancel"), QStringLiteral("no-such-generation"), QStringLiteral("--database"), url});
    QCOMPARE(cancelled.code, 1);
    QVERIFY2(cancelled.err.contains(QLatin1String("no-such-generation")), qPrintable(cancelled.err));

    // From a template saved here: its variables filled by --var.
    const Ran saved = run({QStringLiteral("ai"), QStringLiteral("templates"), QStringLiteral("save"), QStringLiteral("--brand"), kBrand,
                           QStringLiteral("--name"), QStringLiteral("Room"), QStringLiteral("--prompt"), QStringLiteral("a {room} in {style}"),
                           QStringLiteral("--category"), QStringLiteral("cli-test"), QStringLiteral("--database"), url});
    QVERIFY2(saved.code == 0 && saved.out.contains(QLatin1String("with variables: room, style.")), qPrintable(saved.out + saved.err));
    const Ran templates = run({QStringLiteral("ai"), QStringLiteral("templates"), QStringLiteral("--brand"), kBrand, QStringLiteral("--category"),
                               QStringLiteral("cli-test"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--database"), url});
    const QString templateId = QJsonDocument::fromJson(templates.out.toUtf8()).array().at(0).toObject().value(QLatin1String("id")).toString();
    QVERIFY(!templateId.isEmpty());
    QStringList fromTemplate = generate;
    fromTemplate.remove(fromTemplate.indexOf(QStringLiteral("--prompt")), 2);
    const Ran filled = run(fromTemplate + QStringList{QStringLiteral("--template"), templateId, QStringLiteral("--var"), QStringLiteral("room=den"),
                                                      QStringLiteral("--var"), QStringLiteral("style=bauhaus")});
    QVERIFY2(filled.code == 0, qPrintable(filled.err));
    const QJsonObject den = QJsonDocument::fromJson(filled.out.toUtf8()).object();
    QCOMPARE(den.value(QLatin1String("prompt")).toString(), QStringLiteral("a den in bauhaus"));
    QCOMPARE(run({QStringLiteral("ai"), QStringLiteral("cancel"), den.value(QLatin1String("id")).toString(), QStringLiteral("--database"), url}).code, 0);

    // The same request again is the cache's answer; clearing the cache makes it a new job.
    const Ran again = run(generate + QStringList{QStringLiteral("--seed"), QStringLiteral("11")});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QVERIFY(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QLatin1String("cached")).toBool());
    const Ran stats = run({QStringLiteral("ai"), QStringLiteral("cache-stats"), QStringLiteral("--brand"), kBrand, QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("--database"), url});
    QVERIFY(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QLatin1String("hits")).toInt() >= 1);
    const Ran cleared = run({QStringLiteral("ai"), QStringLiteral("cache-clear"), QStringLiteral("--brand"), kBrand, QStringLiteral("--database"), url});
    QVERIFY2(cleared.code == 0, qPrintable(cleared.err));
    QVERIFY2(cleared.out.contains(QLatin1String("cleared.")) && cleared.out.contains(QLatin1String("Freed: ")), qPrintable(cleared.out));
    const Ran after = run(generate + QStringList{QStringLiteral("--seed"), QStringLiteral("11")});
    QVERIFY2(after.code == 0, qPrintable(after.err));
    const QJsonObject fresh = QJsonDocument::fromJson(after.out.toUtf8()).object();
    QVERIFY(!fresh.value(QLatin1String("cached")).toBool());
    QCOMPARE(run({QStringLiteral("ai"), QStringLiteral("cancel"), fresh.value(QLatin1String("id")).toString(), QStringLiteral("--database"), url}).code, 0);
}

void TestAiVerbs::workUntilIdle()
{
    QFETCH(QString, dialect);
    ScratchDatabase scratch(dialect);
    if (scratch.skip())
        QSKIP(qPrintable(scratch.problem()));
    QVERIFY2(scratch.problem().isEmpty(), qPrintable(scratch.problem()));
    const QString url = scratch.url().toString();
    QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--database"), url, QStringLiteral("--events"), QStringLiteral("500"), QStringLiteral("--days"),
                  QStringLiteral("10")})
                 .code,
             0);
    auto generate = [&](const QString &provider, const QString &model) {
        const Ran r = run({QStringLiteral("ai"), QStringLiteral("generate"), QStringLiteral("--database"), url, QStringLiteral("--brand"), kBrand,
                           QStringLiteral("--provider"), provider, QStringLiteral("--model"), model, QStringLiteral("--prompt"),
                           QStringLiteral("a reading nook"), QStringLiteral("--width"), QStringLiteral("256"), QStringLiteral("--height"),
                           QStringLiteral("256"), QStringLiteral("--format"), QStringLiteral("json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("id")).toString();
    };
    // An offline job, and an OpenAI job that no worker here takes: the offline queue is idle once the first is done.
    const QString offline = generate(QStringLiteral("offline"), QStringLiteral("offline-preview"));
    const QString other = generate(QStringLiteral("openai"), QStringLiteral("dall-e-3"));
    QVERIFY(!offline.isEmpty() && !other.isEmpty());
    const QStringList work = {QStringLiteral("ai"), QStringLiteral("work"), QStringLiteral("--providers"), QStringLiteral("offline"),
                              QStringLiteral("--until-idle"), QStringLiteral("--database"), url};
    const Ran worked = run(work);
    QVERIFY2(worked.code == 0, qPrintable(worked.err));
    auto status = [&](const QString &id) {
        const Ran r = run({QStringLiteral("ai"), QStringLiteral("get"), id, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--database"), url});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("status")).toString();
    };
    QCOMPARE(status(offline), QStringLiteral("completed"));
    QCOMPARE(status(other), QStringLiteral("pending"));
    // The count fails (the queue's table is gone): the error, exit 1, no endless loop.
    {
        auto db = Database::open(scratch.url());
        QVERIFY(db);
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE ai_generations RENAME TO ai_generations_gone")));
    }
    const Ran failing = run(work);
    QCOMPARE(failing.code, 1);
    QVERIFY2(failing.err.contains(QLatin1String("Counting the jobs still to run")), qPrintable(failing.err));
}

void TestAiVerbs::providerSettings()
{
    // The key comes from standard input (Cli::readLine), is never printed, and is stored encrypted.
    Ran r = run({QStringLiteral("ai"), QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("openai"), QStringLiteral("--base-url"),
                 QStringLiteral("http://127.0.0.1:9/"), QStringLiteral("--api-key-stdin"), QStringLiteral("--concurrency"), QStringLiteral("2")},
                QStringLiteral("sk-in-process\n"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("API key saved, encrypted.")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QLatin1String("sk-in-process")));
    r = run({QStringLiteral("ai"), QStringLiteral("provider"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(QLatin1String("sk-in-process")));
    QJsonObject openai;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        if (v.toObject().value(QLatin1String("name")).toString() == QLatin1String("openai"))
            openai = v.toObject();
    QCOMPARE(openai.value(QLatin1String("baseUrl")).toString(), QStringLiteral("http://127.0.0.1:9"));
    QVERIFY(openai.value(QLatin1String("hasKey")).toBool());
    QCOMPARE(openai.value(QLatin1String("concurrency")).toInt(), 2);
    r = run({QStringLiteral("ai"), QStringLiteral("provider"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(lines(r.out).value(0), QStringLiteral("provider,base_url,api_key,at_once,per_minute,attempts,timeout_s"));
    QVERIFY2(r.out.contains(QLatin1String("\nopenai,http://127.0.0.1:9,set,2,")), qPrintable(r.out));
    // An empty line is no key; both key options at once are refused; so is an unknown provider.
    r = run({QStringLiteral("ai"), QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("openai"), QStringLiteral("--api-key-stdin")},
            QStringLiteral("\n"));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--api-key-stdin: standard input held no key")), qPrintable(r.err));
    r = run({QStringLiteral("ai"), QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("openai"), QStringLiteral("--api-key-stdin"),
             QStringLiteral("--remove-key")},
            QStringLiteral("sk-x\n"));
    QCOMPARE(r.code, 2);
    r = run({QStringLiteral("ai"), QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("openai"), QStringLiteral("--per-minute"),
             QStringLiteral("fast")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--per-minute: \"fast\" is not a number.")), qPrintable(r.err));
    r = run({QStringLiteral("ai"), QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("midjourney")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QLatin1String("midjourney")), qPrintable(r.err));
    r = run({QStringLiteral("ai"), QStringLiteral("provider"), QStringLiteral("set"), QStringLiteral("openai"), QStringLiteral("--remove-key")});
    QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("API key removed.")), qPrintable(r.out + r.err));
}

QTEST_MAIN(TestAiVerbs)
#include "tst_aiverbs.moc"
