// The analytics verbs and `export analytics`, in-process on SQLite and PostgreSQL: each verb in each format, its own
// options only (a sibling's is refused by name), bad values refused with exit 2 naming the option, --help listing
// the options, the analyses computed through AnalysisRunner (the result cache, the per-person limit), and
// `analytics predictions` a read unless --save.
#include "cli.h"
#include "output.h"

#include "core/database.h"
#include "core/language.h"
#include "core/resultcache.h"
#include "reports/analysisrunner.h"
#include "scratchdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <map>
#include <memory>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

namespace {
using Ran = Cli::Captured;

Ran run(const QStringList &words)
{
    return Cli::runCaptured(words);
}

const QString kBrand = QStringLiteral("nordwear");
const QStringList kRange = {QStringLiteral("--from"), QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-06-01")};

/// One verb as a script calls it: its words and options (besides --database and --format), and its CSV header.
struct Call
{
    QStringList words;
    QString csvHeader;
};

QList<Call> calls()
{
    const QString brand = QStringLiteral("--brand");
    auto analytics = [&](const char *verb, QStringList options, bool range = true) {
        return QStringList{QStringLiteral("analytics"), QString::fromLatin1(verb), brand, kBrand} + options + (range ? kRange : QStringList());
    };
    const QString breakdownHeader = QStringLiteral("property,value,users,sessions,conversions,conversion_rate,revenue,revenue_per_user");
    return {
        {analytics("anomalies", {QStringLiteral("--metric"), QStringLiteral("sessions")}),
         QStringLiteral("date,metric,actual,expected,lower,upper,score,direction")},
        {analytics("benchmarks", {}), QStringLiteral("kpi,value,percentile_rank,peer_median,peer_p25,peer_p75")},
        {analytics("channels", {}), breakdownHeader},
        {analytics("correlations", {QStringLiteral("--metrics"), QStringLiteral("page_views,sessions,revenue")}),
         QStringLiteral("a,b,pearson,p_value,spearman,granger_p,granger_lag")},
        {analytics("devices", {}), breakdownHeader},
        {analytics("experiments", {}),
         QStringLiteral("experiment,variant,share,users,conversions,rate,uplift,ci_low,ci_high,p_value,prob_beat_control,expected_loss,srm_p_value")},
        {analytics("funnel", {QStringLiteral("--steps"), QStringLiteral("page_view,signup,purchase"), QStringLiteral("--breakdown"), QStringLiteral("device")}),
         QStringLiteral("breakdown,step,event,users,conversion_from_start,conversion_from_previous,median_seconds_from_previous,"
                        "mean_seconds_from_previous")},
        {analytics("funnels", {}, false), QStringLiteral("name,steps,window_seconds,breakdown,updated_at")},
        {analytics("geo", {}), breakdownHeader},
        {analytics("journeys", {QStringLiteral("--steps"), QStringLiteral("2")}), QStringLiteral("path,sessions,users")},
        {{QStringLiteral("analytics"), QStringLiteral("predictions"), brand, kBrand, QStringLiteral("--from"), QStringLiteral("2026-02-01"),
          QStringLiteral("--to"), QStringLiteral("2026-05-01"), QStringLiteral("--top"), QStringLiteral("3")},
         QStringLiteral("kind,type,period,target_start,target_end,value,lower80,upper80,lower95,upper95,actual")},
        {analytics("realtime", {}, false), QStringLiteral("figure,value")},
        {analytics("retention", {QStringLiteral("--period"), QStringLiteral("week"), QStringLiteral("--periods"), QStringLiteral("3")}),
         QStringLiteral("start,size,week_1,week_2,week_3")},
        {analytics("seasonality", {}), QStringLiteral("kind,slot,index")},
        {analytics("segments", {}, false), QStringLiteral("name,user_count,criteria")},
    };
}
} // namespace

class TestAnalyticsVerbs final : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase() { m_databases.clear(); }

    void everyVerbInEveryFormat_data() { ScratchDatabase::addDialectRows(); }
    void everyVerbInEveryFormat();
    void segmentCreate_data() { ScratchDatabase::addDialectRows(); }
    void segmentCreate();
    void optionsOfSiblingsAreRefusedByName();
    void badValuesAreRefusedNamingThem_data() { ScratchDatabase::addDialectRows(); }
    void badValuesAreRefusedNamingThem();
    void helpListsTheVerbsOwnOptions();
    void predictionsWriteOnlyWithSave_data() { ScratchDatabase::addDialectRows(); }
    void predictionsWriteOnlyWithSave();
    void analysesGoThroughTheRunner_data() { ScratchDatabase::addDialectRows(); }
    void analysesGoThroughTheRunner();
    void exportAnalytics_data() { ScratchDatabase::addDialectRows(); }
    void exportAnalytics();
    void csvKeysStayEnglishInFrench_data() { ScratchDatabase::addDialectRows(); }
    void csvKeysStayEnglishInFrench();

private:
    /// The demo database of the current dialect row (made once per dialect), or empty when the test was skipped.
    QString demo();
    std::map<QString, std::unique_ptr<ScratchDatabase>> m_databases;
};

QString TestAnalyticsVerbs::demo()
{
    QFETCH(QString, dialect);
    auto &scratch = m_databases[dialect];
    if (!scratch) {
        scratch = std::make_unique<ScratchDatabase>(dialect);
        if (!scratch->problem().isEmpty())
            return {};
        const Ran made = run({QStringLiteral("demo"), QStringLiteral("--database"), scratch->url().toString(), QStringLiteral("--events"),
                              QStringLiteral("12000"), QStringLiteral("--days"), QStringLiteral("150"), QStringLiteral("--end-date"),
                              QStringLiteral("2026-05-31")});
        if (made.code != 0)
            qWarning("demo: %s", qPrintable(made.err));
    }
    return scratch->problem().isEmpty() ? scratch->url().toString() : QString();
}

#define DEMO(url)                                                                                                      \
    const QString url = demo();                                                                                        \
    if (url.isEmpty()) {                                                                                               \
        QFETCH(QString, dialect);                                                                                      \
        if (m_databases[dialect]->skip())                                                                              \
            QSKIP(qPrintable(m_databases[dialect]->problem()));                                                        \
        QFAIL(qPrintable(m_databases[dialect]->problem()));                                                            \
    }

void TestAnalyticsVerbs::everyVerbInEveryFormat()
{
    DEMO(url);
    for (const Call &call : calls()) {
        const QString name = call.words.mid(0, 2).join(QLatin1Char(' '));
        const QStringList base = call.words + QStringList{QStringLiteral("--database"), url, QStringLiteral("--format")};

        const Ran json = run(base + QStringList{QStringLiteral("json")});
        QVERIFY2(json.code == 0, qPrintable(name + QLatin1String(": ") + json.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        QVERIFY2(doc.isObject(), qPrintable(name + QLatin1String(": ") + error.errorString()));
        QCOMPARE(doc.object().value(QStringLiteral("brand")).toString(), kBrand);

        const Ran csv = run(base + QStringList{QStringLiteral("csv")});
        QVERIFY2(csv.code == 0, qPrintable(name + QLatin1String(": ") + csv.err));
        QCOMPARE(csv.out.section(QLatin1Char('\n'), 0, 0), call.csvHeader);

        const Ran table = run(base + QStringList{QStringLiteral("table")});
        QVERIFY2(table.code == 0, qPrintable(name + QLatin1String(": ") + table.err));
        QVERIFY2(table.err.isEmpty(), qPrintable(table.err));
        // The table speaks the person's language, not the CSV's keys; the default format is the table.
        QVERIFY2(table.out.section(QLatin1Char('\n'), 0, 0) != call.csvHeader, qPrintable(name + QLatin1String(": ") + table.out));
        const Ran byDefault = run(call.words + QStringList{QStringLiteral("--database"), url});
        QCOMPARE(byDefault.code, 0);
        if (call.words.at(1) != QLatin1String("realtime")) // its table shows the last hour as of now
            QCOMPARE(byDefault.out, table.out);
    }
}

void TestAnalyticsVerbs::segmentCreate()
{
    DEMO(url);
    const QStringList base = {QStringLiteral("analytics"), QStringLiteral("segment-create"), QStringLiteral("--database"), url,
                              QStringLiteral("--brand"), kBrand, QStringLiteral("--criteria"),
                              QStringLiteral("{\"all\": [{\"event\": \"page_view\", \"op\": \"at_least\", \"count\": 1}]}")};
    const Ran json = run(base + kRange + QStringList{QStringLiteral("--name"), QStringLiteral("Buyers json"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(json.code == 0, qPrintable(json.err));
    const QJsonArray segments = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("segments")).toArray();
    bool found = false;
    for (const QJsonValue &s : segments)
        found = found || (s.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Buyers json")
                          && s.toObject().value(QStringLiteral("user_count")).toInt() > 0);
    QVERIFY2(found, qPrintable(json.out));
    const Ran csv = run(base + QStringList{QStringLiteral("--name"), QStringLiteral("Buyers csv"), QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(csv.code == 0, qPrintable(csv.err));
    QVERIFY(csv.out.startsWith(QLatin1String("name,user_count,criteria\n")));
    QVERIFY(csv.out.contains(QLatin1String("Buyers csv,")));
    const Ran table = run(base + QStringList{QStringLiteral("--name"), QStringLiteral("Buyers table")});
    QVERIFY2(table.code == 0, qPrintable(table.err));
    QVERIFY(table.out.startsWith(QLatin1String("Segment")));
    QVERIFY(table.out.contains(QLatin1String("Buyers table")));
    const Ran missing = run({QStringLiteral("analytics"), QStringLiteral("segment-create"), QStringLiteral("--database"), url,
                             QStringLiteral("--brand"), kBrand, QStringLiteral("--name"), QStringLiteral("x")});
    QCOMPARE(missing.code, 2);
    QVERIFY2(missing.err.contains(QLatin1String("segment-create needs --name and --criteria JSON.")), qPrintable(missing.err));
    const Ran broken = run({QStringLiteral("analytics"), QStringLiteral("segment-create"), QStringLiteral("--database"), url,
                            QStringLiteral("--brand"), kBrand, QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--criteria"),
                            QStringLiteral("[1]")});
    QCOMPARE(broken.code, 2);
    QVERIFY2(broken.err.contains(QLatin1String("--criteria: not a JSON object")), qPrintable(broken.err));
}

void TestAnalyticsVerbs::optionsOfSiblingsAreRefusedByName()
{
    // Refused before any database is opened: no database is named.
    struct Case
    {
        QStringList arguments;
        const char *message;
    };
    const QList<Case> cases = {
        {{QStringLiteral("analytics"), QStringLiteral("realtime"), QStringLiteral("--from"), QStringLiteral("2026-01-01")},
         "--from is not an option of \"atelier analytics realtime\"; its options are: --brand, --format, --database."},
        {{QStringLiteral("analytics"), QStringLiteral("funnels"), QStringLiteral("--steps"), QStringLiteral("a,b")},
         "--steps is not an option of \"atelier analytics funnels\"; its options are: --brand, --delete, --format, --database."},
        {{QStringLiteral("analytics"), QStringLiteral("funnel"), QStringLiteral("--top"), QStringLiteral("3")},
         "--top is not an option of \"atelier analytics funnel\""},
        {{QStringLiteral("analytics"), QStringLiteral("journeys"), QStringLiteral("--experiment"), QStringLiteral("x")},
         "--experiment is not an option of \"atelier analytics journeys\""},
        {{QStringLiteral("analytics"), QStringLiteral("anomalies"), QStringLiteral("--metrics"), QStringLiteral("revenue")},
         "--metrics is not an option of \"atelier analytics anomalies\""},
        {{QStringLiteral("analytics"), QStringLiteral("segments"), QStringLiteral("--criteria"), QStringLiteral("{}")},
         "--criteria is not an option of \"atelier analytics segments\""},
        {{QStringLiteral("analytics"), QStringLiteral("retention"), QStringLiteral("--window"), QStringLiteral("14d")},
         "--window is not an option of \"atelier analytics retention\""},
        {{QStringLiteral("export"), QStringLiteral("analytics"), QStringLiteral("--metric"), QStringLiteral("revenue")},
         "--metric is not an option of \"atelier export analytics\""},
        // --save is a flag of predictions (a funnel's name is --save's value only for funnel).
        {{QStringLiteral("analytics"), QStringLiteral("predictions"), QStringLiteral("--brand"), kBrand, QStringLiteral("--save"),
          QStringLiteral("mine")},
         "Unexpected arguments: mine"},
        {{QStringLiteral("analytics"), QStringLiteral("horoscope")},
         "Unknown analytics command \"horoscope\"; the analytics commands are: anomalies, benchmarks, channels, correlations, devices, "
         "experiments, funnel, funnels, geo, journeys, predictions, realtime, retention, seasonality, segment-create, segments."},
        {{QStringLiteral("export"), QStringLiteral("everything")}, "Unknown export command \"everything\"; the export commands are: analytics."},
    };
    for (const Case &c : cases) {
        const Ran r = run(c.arguments);
        QVERIFY2(r.code == 2, qPrintable(c.arguments.join(QLatin1Char(' ')) + QLatin1String(" → ") + r.err));
        QVERIFY2(r.err.contains(QLatin1String(c.message)), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }
}

void TestAnalyticsVerbs::badValuesAreRefusedNamingThem()
{
    DEMO(url);
    QFETCH(QString, dialect);
    const QString none = m_databases[dialect]->folder() + QStringLiteral("/none.pdf");
    struct Case
    {
        QStringList arguments;
        const char *message;
    };
    auto analytics = [&](const char *verb, const QStringList &options) {
        return QStringList{QStringLiteral("analytics"), QString::fromLatin1(verb), QStringLiteral("--database"), url, QStringLiteral("--brand"), kBrand}
               + options;
    };
    const QList<Case> cases = {
        {analytics("predictions", {QStringLiteral("--top"), QStringLiteral("-1")}), "--top: \"-1\" is not a whole number"},
        {analytics("retention", {QStringLiteral("--periods"), QStringLiteral("0")}), "--periods: \"0\" is not a whole number"},
        {analytics("journeys", {QStringLiteral("--steps"), QStringLiteral("many")}), "--steps: \"many\" is not a whole number"},
        {analytics("anomalies", {QStringLiteral("--metric"), QStringLiteral("mood")}), "--metric: unknown metric \"mood\""},
        {analytics("correlations", {QStringLiteral("--metrics"), QStringLiteral("revenue,mood")}), "--metrics: unknown metric \"mood\""},
        {analytics("seasonality", {QStringLiteral("--from"), QStringLiteral("2026-13-01")}), "--from: \"2026-13-01\" is not a date"},
        {analytics("geo", {QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"), QStringLiteral("2026-04-01")}),
         "empty or inverted"},
        {analytics("funnel", {}), "--steps is required"},
        {analytics("funnel", {QStringLiteral("--steps"), QStringLiteral("a,b"), QStringLiteral("--window"), QStringLiteral("0d")}), "--window: "},
        {analytics("funnel", {QStringLiteral("--steps"), QStringLiteral("a,b"), QStringLiteral("--filter"), QStringLiteral("9:country=FR")}),
         "--filter: \"9:country=FR\" is not STEP:PROPERTY=VALUE"},
        {analytics("funnel", {QStringLiteral("--steps"), QStringLiteral("a,b"), QStringLiteral("--exclude"), QStringLiteral("refund")}),
         "--exclude: \"refund\" is not EVENT:FROM:TO"},
        {analytics("funnel", {QStringLiteral("--saved"), QStringLiteral("x"), QStringLiteral("--steps"), QStringLiteral("a,b")}),
         "--saved runs the funnel as it was saved: it takes no --steps."},
        {analytics("experiments", {QStringLiteral("--format"), QStringLiteral("xml")}), "--format: \"xml\" is not one of table, json, csv."},
        {{QStringLiteral("analytics"), QStringLiteral("benchmarks"), QStringLiteral("--database"), url}, "--brand is required"},
        {{QStringLiteral("export"), QStringLiteral("analytics"), QStringLiteral("--database"), url, QStringLiteral("--brand"), kBrand},
         "--out is required"},
        {{QStringLiteral("export"), QStringLiteral("analytics"), QStringLiteral("--database"), url, QStringLiteral("--brand"), kBrand,
          QStringLiteral("--out"), none, QStringLiteral("--sections"), QStringLiteral("funnel,retension")},
         "--sections: Unknown analysis \"retension\""},
        {{QStringLiteral("export"), QStringLiteral("analytics"), QStringLiteral("--database"), url, QStringLiteral("--brand"), kBrand,
          QStringLiteral("--out"), none, QStringLiteral("--to"), QStringLiteral("tomorrow")},
         "--to: \"tomorrow\" is not a date"},
    };
    for (const Case &c : cases) {
        const Ran r = run(c.arguments);
        QVERIFY2(r.code == 2, qPrintable(c.arguments.join(QLatin1Char(' ')) + QLatin1String(" → ") + r.err));
        QVERIFY2(r.err.contains(QLatin1String(c.message)), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }
    QVERIFY(!QFile::exists(none));
}

void TestAnalyticsVerbs::helpListsTheVerbsOwnOptions()
{
    struct Case
    {
        QStringList path;
        QStringList takes;
        QStringList not_;
    };
    const QList<Case> cases = {
        {{QStringLiteral("analytics"), QStringLiteral("funnel")},
         {QStringLiteral("--steps EVENTS"), QStringLiteral("--saved NAME"), QStringLiteral("--window"), QStringLiteral("--breakdown"),
          QStringLiteral("--filter"), QStringLiteral("--exclude"), QStringLiteral("--save NAME"), QStringLiteral("--from"), QStringLiteral("--to"),
          QStringLiteral("--brand"), QStringLiteral("--format")},
         {QStringLiteral("--top"), QStringLiteral("--metric"), QStringLiteral("--criteria")}},
        {{QStringLiteral("analytics"), QStringLiteral("predictions")},
         {QStringLiteral("--top COUNT"), QStringLiteral("--save  "), QStringLiteral("--from"), QStringLiteral("180 days before --to")},
         {QStringLiteral("--steps"), QStringLiteral("--saved")}},
        {{QStringLiteral("analytics"), QStringLiteral("realtime")}, {QStringLiteral("--brand"), QStringLiteral("--format")},
         {QStringLiteral("--from"), QStringLiteral("--to")}},
        {{QStringLiteral("analytics"), QStringLiteral("journeys")},
         {QStringLiteral("--start-event EVENT"), QStringLiteral("--steps N"), QStringLiteral("How many events to follow")},
         {QStringLiteral("--return-event")}},
        {{QStringLiteral("export"), QStringLiteral("analytics")},
         {QStringLiteral("--out FILE"), QStringLiteral("--sections"), QStringLiteral("--funnel"), QStringLiteral("pdf or csv")},
         {QStringLiteral("table, json, csv")}},
    };
    for (const Case &c : cases) {
        const Ran r = run(c.path + QStringList{QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: atelier ") + c.path.join(QLatin1Char(' '))), qPrintable(r.out));
        for (const QString &option : c.takes)
            QVERIFY2(r.out.contains(option), qPrintable(option + QLatin1String(" in ") + r.out));
        for (const QString &option : c.not_)
            QVERIFY2(!r.out.contains(option), qPrintable(option + QLatin1String(" in ") + r.out));
    }
    // The console's help lists every analytics verb on a line of its own.
    const QString help = Cli::helpText();
    for (const char *verb : {"anomalies", "benchmarks", "channels", "correlations", "devices", "geo", "experiments", "funnel", "funnels",
                             "journeys", "predictions", "realtime", "retention", "seasonality", "segment-create", "segments"})
        QVERIFY2(help.contains(QStringLiteral("  analytics %1 --brand SLUG").arg(QLatin1String(verb))), verb);
    QVERIFY(help.contains(QLatin1String("  export analytics --brand SLUG --out")));
}

void TestAnalyticsVerbs::predictionsWriteOnlyWithSave()
{
    DEMO(url);
    auto db = Database::open(DatabaseUrl::parse(url).value());
    QVERIFY(db.ok());
    auto scalar = [&](const QString &sql) {
        QSqlQuery q(db.value());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const QString stored = QStringLiteral("SELECT count(*) FROM analytics_predictions p JOIN brands b ON b.id = p.brand_id WHERE b.slug = 'nordwear'");
    const QString recorded = stored + QStringLiteral(" AND p.actual IS NOT NULL");
    const QStringList predict = {QStringLiteral("analytics"), QStringLiteral("predictions"), QStringLiteral("--database"), url,
                                 QStringLiteral("--brand"), kBrand, QStringLiteral("--from"), QStringLiteral("2026-01-15"),
                                 QStringLiteral("--to"), QStringLiteral("2026-05-01"), QStringLiteral("--format"), QStringLiteral("json")};
    const qint64 before = scalar(stored);
    QVERIFY(before >= 0);

    // --save stores the forecasts and churn, and records what happened where the data (to 31 May) covers it.
    Ran saved = run(predict + QStringList{QStringLiteral("--save")});
    QVERIFY2(saved.code == 0, qPrintable(saved.err));
    const qint64 count = scalar(stored);
    QVERIFY(count > before);
    QVERIFY(scalar(recorded) > 0);
    int scored = 0;
    for (const QJsonValue &p : QJsonDocument::fromJson(saved.out.toUtf8()).object().value(QStringLiteral("past")).toArray())
        scored += p.toObject().value(QStringLiteral("actual")).isNull() ? 0 : 1;
    QCOMPARE(qint64(scored), scalar(recorded));

    // Forget what was recorded: a read neither scores nor stores anything, and lists the predictions as stored.
    QSqlQuery forget(db.value());
    QVERIFY(forget.exec(QStringLiteral("UPDATE analytics_predictions SET actual = NULL")));
    forget.finish();
    const Ran read = run(predict);
    QVERIFY2(read.code == 0, qPrintable(read.err));
    const QJsonObject o = QJsonDocument::fromJson(read.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("forecasts")).toArray().size(), 6);
    QCOMPARE(qint64(o.value(QStringLiteral("past")).toArray().size()), std::min<qint64>(count, 30));
    for (const QJsonValue &p : o.value(QStringLiteral("past")).toArray())
        QVERIFY(p.toObject().value(QStringLiteral("actual")).isNull());
    QCOMPARE(scalar(stored), count);
    QCOMPARE(scalar(recorded), 0);

    // --save again: the same predictions replace the old ones, and what happened is recorded once more.
    saved = run(predict + QStringList{QStringLiteral("--save")});
    QVERIFY2(saved.code == 0, qPrintable(saved.err));
    QCOMPARE(scalar(stored), count);
    QCOMPARE(scalar(recorded), qint64(scored));
}

void TestAnalyticsVerbs::analysesGoThroughTheRunner()
{
    DEMO(url);
    const QStringList seasonality = {QStringLiteral("analytics"), QStringLiteral("seasonality"), QStringLiteral("--database"), url,
                                     QStringLiteral("--brand"), kBrand, QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                     QStringLiteral("--to"), QStringLiteral("2026-03-29"), QStringLiteral("--format"), QStringLiteral("json")};
    const Ran first = run(seasonality);
    QVERIFY2(first.code == 0, qPrintable(first.err));
    // The same question again, nothing changed in between: the answer comes from the result cache.
    const qint64 hits = ResultCache::instance().statistics().hits;
    const Ran second = run(seasonality);
    QCOMPARE(second.code, 0);
    QCOMPARE(second.out, first.out);
    QCOMPARE(ResultCache::instance().statistics().hits, hits + 1);

    // Over the per-person limit an analysis is refused at once (here: a person already running two elsewhere).
    auto db = Database::open(DatabaseUrl::parse(url).value());
    QVERIFY(db.ok());
    const QString person = AnalysisRunner::personKey(db.value());
    std::vector<std::unique_ptr<ConcurrencyLimiter::Permit>> held;
    for (int i = 0; i < AnalysisRunner::limiter().limit(); ++i)
        held.push_back(AnalysisRunner::limiter().tryAcquire(person));
    QVERIFY(held.back() != nullptr);
    const Ran refused = run({QStringLiteral("analytics"), QStringLiteral("journeys"), QStringLiteral("--database"), url,
                             QStringLiteral("--brand"), kBrand, QStringLiteral("--steps"), QStringLiteral("4")});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("analyses running; this one was not started")), qPrintable(refused.err));
    held.clear();
    const Ran allowed = run({QStringLiteral("analytics"), QStringLiteral("journeys"), QStringLiteral("--database"), url,
                             QStringLiteral("--brand"), kBrand, QStringLiteral("--steps"), QStringLiteral("4")});
    QVERIFY2(allowed.code == 0, qPrintable(allowed.err));
}

void TestAnalyticsVerbs::exportAnalytics()
{
    DEMO(url);
    QFETCH(QString, dialect);
    const QString folder = m_databases[dialect]->folder();
    const QStringList base = {QStringLiteral("export"), QStringLiteral("analytics"), QStringLiteral("--database"), url,
                              QStringLiteral("--brand"), kBrand, QStringLiteral("--from"), QStringLiteral("2026-05-01"),
                              QStringLiteral("--to"), QStringLiteral("2026-06-01")};
    const QString csv = folder + QStringLiteral("/report.csv"), pdf = folder + QStringLiteral("/report.pdf");
    const Ran tables = run(base + QStringList{QStringLiteral("--out"), csv, QStringLiteral("--sections"), QStringLiteral("funnel,seasonality")});
    QVERIFY2(tables.code == 0, qPrintable(tables.err));
    QVERIFY2(tables.out.startsWith(QStringLiteral("Wrote ") + csv), qPrintable(tables.out));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("# "));
    QVERIFY(text.contains("step,event,users"));
    // --format names the file's format, whatever the extension says.
    const QString named = folder + QStringLiteral("/report.out");
    const Ran asPdf = run(base + QStringList{QStringLiteral("--out"), named, QStringLiteral("--format"), QStringLiteral("pdf"),
                                             QStringLiteral("--sections"), QStringLiteral("benchmarks")});
    QVERIFY2(asPdf.code == 0, qPrintable(asPdf.err));
    QFile written(named);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.read(5), QByteArray("%PDF-"));
    const Ran unknownBrand = run({QStringLiteral("export"), QStringLiteral("analytics"), QStringLiteral("--database"), url,
                                  QStringLiteral("--brand"), QStringLiteral("nobody"), QStringLiteral("--out"), pdf});
    QCOMPARE(unknownBrand.code, 1);
    QVERIFY(!QFile::exists(pdf));
}

void TestAnalyticsVerbs::csvKeysStayEnglishInFrench()
{
    DEMO(url);
    const QStringList words = {QStringLiteral("analytics"), QStringLiteral("benchmarks"), QStringLiteral("--database"), url,
                               QStringLiteral("--brand"), kBrand, QStringLiteral("--format"), QStringLiteral("csv")};
    const Ran english = run(words);
    QVERIFY(Language::apply(QStringLiteral("fr")));
    const Ran french = run(words);
    Language::apply(QStringLiteral("en"));
    QCOMPARE(french.code, 0);
    QCOMPARE(french.out.section(QLatin1Char('\n'), 0, 0), english.out.section(QLatin1Char('\n'), 0, 0));
    QCOMPARE(french.out, english.out);
}

QTEST_MAIN(TestAnalyticsVerbs)
#include "tst_analyticsverbs.moc"
