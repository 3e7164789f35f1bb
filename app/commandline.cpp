#include "commandline.h"

#include "aicommands.h"
#include "clisupport.h"

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








int migrate(const QStringList &arguments)
{
    Parsed p;
    if (const int code = parse(p, arguments, {}, 1); code >= 0)
        return code;
    auto db = Database::open(p.url);
    if (!db)
        return fail(db.error().message);
    auto report = Migrator::migrate(db.value());
    if (!report)
        return fail(report.error().message);
    if (report->applied.isEmpty())
        out() << CommandLine::tr("%1: schema is up to date (version %2).").arg(p.url.displayString()).arg(report->toVersion) << '\n';
    else
        out() << CommandLine::tr("%1: schema migrated from version %2 to %3 (%4).")
                     .arg(p.url.displayString())
                     .arg(report->fromVersion)
                     .arg(report->toVersion)
                     .arg(report->applied.join(QLatin1String(", ")))
              << '\n';
    return 0;
}

int demo(const QStringList &arguments)
{
    const QCommandLineOption seed(QStringLiteral("seed"), CommandLine::tr("Random seed (same seed, same data)."), CommandLine::tr("n"), QStringLiteral("42"));
    const QCommandLineOption events(QStringLiteral("events"), CommandLine::tr("Number of analytics events."), CommandLine::tr("n"), QStringLiteral("1000000"));
    const QCommandLineOption days(QStringLiteral("days"), CommandLine::tr("Number of days of history."), CommandLine::tr("n"), QStringLiteral("180"));
    const QCommandLineOption endDate(QStringLiteral("end-date"), CommandLine::tr("Last day of the data, UTC (default: now)."), CommandLine::tr("YYYY-MM-DD"));
    Parsed p;
    if (const int code = parse(p, arguments, {seed, events, days, endDate}, 1); code >= 0)
        return code;
    DemoOptions options;
    auto seedValue = integerOption(p.parser, QStringLiteral("seed"), 42, 0, std::numeric_limits<qint64>::max());
    auto eventsValue = integerOption(p.parser, QStringLiteral("events"), 1000000, 0, 100000000);
    auto daysValue = integerOption(p.parser, QStringLiteral("days"), 180, 7, 3650);
    for (const auto *value : {&seedValue, &eventsValue, &daysValue})
        if (!*value)
            return fail(value->error().message, 2);
    options.seed = quint64(seedValue.value());
    options.events = eventsValue.value();
    options.days = int(daysValue.value());
    if (p.parser.isSet(endDate)) {
        const QDate date = QDate::fromString(p.parser.value(endDate), Qt::ISODate);
        if (!date.isValid())
            return fail(CommandLine::tr("--end-date: \"%1\" is not a date in the form YYYY-MM-DD.").arg(p.parser.value(endDate)), 2);
        options.end = QDateTime(date.addDays(1), QTime(0, 0), Qt::UTC);
    }
    auto db = Database::open(p.url);
    if (!db)
        return fail(db.error().message);
    auto migrated = Migrator::migrate(db.value());
    if (!migrated)
        return fail(migrated.error().message);
    auto report = DemoGenerator::generate(db.value(), options);
    if (!report)
        return fail(report.error().message);
    out() << CommandLine::tr("%1: demo data written: %2 brands, %3 people, %4 events from %5 visitors, %6 generations, "
                "%7 experiments, in %8 s (events %9 s).")
                 .arg(p.url.displayString())
                 .arg(report->brands)
                 .arg(report->people)
                 .arg(report->events)
                 .arg(report->visitors)
                 .arg(report->generations)
                 .arg(report->experiments)
                 .arg(double(report->totalMilliseconds) / 1000.0, 0, 'f', 2)
                 .arg(double(report->eventMilliseconds) / 1000.0, 0, 'f', 2)
          << '\n';
    return 0;
}

/// `atelier db login`: a password that works, kept in the keychain for this URL; `db logout` removes it.
int dbLogin(const QStringList &arguments, bool login)
{
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), CommandLine::tr("Read the password from standard input."));
    Parsed p;
    if (const int code = parse(p, arguments, login ? QList<QCommandLineOption>{passwordStdin} : QList<QCommandLineOption>{}, 2);
        code >= 0)
        return code;
    if (p.url.isSqlite())
        return fail(CommandLine::tr("A SQLite database has no password: db login and db logout are for PostgreSQL URLs."), 2);
    DatabaseUrl url = p.url;
    url.password.clear(); // the keychain entry is named by the URL without it
    if (!login) {
        const auto removed = DatabaseCredentials::removeFromKeychain(url);
        if (!removed)
            return fail(removed.error().message);
        out() << (removed.value() ? CommandLine::tr("%1: password removed from the keychain.")
                                  : CommandLine::tr("%1: the keychain held no password for it."))
                     .arg(url.displayString())
              << '\n';
        return 0;
    }
    std::optional<QString> password;
    if (p.parser.isSet(passwordStdin)) {
        QTextStream in(stdin);
        password = in.readLine();
    } else if (isatty(STDIN_FILENO)) {
        password = DatabaseCredentials::readOnTerminal(CommandLine::tr("Password for %1: ").arg(url.displayString()));
    } else {
        return fail(CommandLine::tr("No terminal to ask for the password: give it on standard input with --password-stdin."), 2);
    }
    if (!password || password->isEmpty())
        return fail(CommandLine::tr("No password given: nothing was stored."));
    DatabaseCredentials::remember(url, *password);
    // Only a password that works goes to the keychain.
    if (auto db = Database::open(url, Database::OpenMode::MustExist); !db)
        return fail(db.error().message);
    if (const Status stored = DatabaseCredentials::storeInKeychain(url, DatabaseCredentials::lookup(url)); !stored)
        return fail(stored.error().message);
    out() << CommandLine::tr("%1: password stored in the keychain; Atelier uses it whenever this URL comes without one.")
                 .arg(url.displayString())
          << '\n';
    return 0;
}

int dbStatus(const QStringList &arguments)
{
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("Output format: table or json."), CommandLine::tr("format"),
                                    QStringLiteral("table"));
    Parsed p;
    if (const int code = parse(p, arguments, {format}, 2); code >= 0)
        return code;
    if (p.parser.positionalArguments().value(1) != QLatin1String("status"))
        return fail(CommandLine::tr("Unknown db command \"%1\"; the db verb knows: status, login, logout.").arg(p.parser.positionalArguments().value(1)), 2);
    const QString fmt = p.parser.value(format);
    if (fmt != QLatin1String("table") && fmt != QLatin1String("json"))
        return fail(CommandLine::tr("--format: \"%1\" is not one of table, json.").arg(fmt), 2);
    auto db = Database::open(p.url, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error().message);
    auto status = DatabaseStatus::inspect(db.value(), p.url);
    if (!status)
        return fail(status.error().message);
    const auto verified = Migrator::verify(db.value());
    if (fmt == QLatin1String("json")) {
        QJsonObject counts;
        for (const auto &[table, count] : status->rowCounts)
            counts.insert(table, count);
        const QJsonObject o{{QStringLiteral("url"), status->url},
                            {QStringLiteral("dialect"), status->dialect},
                            {QStringLiteral("user"), status->user},
                            {QStringLiteral("schema_version"), status->schemaVersion},
                            {QStringLiteral("latest_version"), status->latestVersion},
                            {QStringLiteral("schema_ok"), verified.ok()},
                            {QStringLiteral("row_counts"), counts}};
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        out() << CommandLine::tr("Database:       %1 (%2)").arg(status->url, status->dialect) << '\n';
        out() << CommandLine::tr("User:           %1").arg(status->user) << '\n';
        out() << CommandLine::tr("Schema version: %1 (this Atelier knows %2)").arg(status->schemaVersion).arg(status->latestVersion) << '\n';
        int width = 5;
        for (const auto &row : std::as_const(status->rowCounts))
            width = std::max<int>(width, int(row.first.size()));
        out() << '\n' << CommandLine::tr("Table").leftJustified(width + 2) << CommandLine::tr("Rows") << '\n';
        for (const auto &[table, count] : std::as_const(status->rowCounts))
            out() << table.leftJustified(width + 2) << count << '\n';
    }
    out().flush();
    // The status is printed either way; a schema this Atelier cannot use is still a failure.
    if (!verified)
        return fail(verified.error().message);
    return 0;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QJsonValue nullable(bool present, double value)
{
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}


/// `atelier analytics experiments`: getABTestResults.
int analyticsExperiments(Parsed &p, const Brand &brand, QDate from, QDate to, const QString &format)
{
    auto db = Database::open(p.url);
    if (!db)
        return fail(db.error().message);
    auto results = ExperimentService::results(db.value(), brand, from, to, p.parser.value(QStringLiteral("experiment")));
    if (!results)
        return fail(results.error().message);
    if (format == QLatin1String("json")) {
        QJsonArray experiments;
        for (const ExperimentResult &r : std::as_const(results.value())) {
            QJsonArray variants;
            for (const VariantResult &v : r.variants)
                variants.append(QJsonObject{{QStringLiteral("name"), v.name},
                                            {QStringLiteral("expected_share"), v.expectedShare},
                                            {QStringLiteral("users"), v.users},
                                            {QStringLiteral("conversions"), v.conversions},
                                            {QStringLiteral("rate"), v.rate},
                                            {QStringLiteral("uplift"), nullable(v.hasUplift, v.uplift)},
                                            {QStringLiteral("ci_low"), nullable(v.hasInterval, v.ciLow)},
                                            {QStringLiteral("ci_high"), nullable(v.hasInterval, v.ciHigh)},
                                            {QStringLiteral("p_value"), nullable(!v.isControl, v.pValue)},
                                            {QStringLiteral("prob_beat_control"), nullable(!v.isControl, v.probBeatControl)},
                                            {QStringLiteral("expected_loss"), nullable(!v.isControl, v.expectedLoss)}});
            experiments.append(QJsonObject{{QStringLiteral("name"), r.name},
                                           {QStringLiteral("goal_event"), r.goalEvent},
                                           {QStringLiteral("srm_p_value"), r.srmPValue},
                                           {QStringLiteral("srm_flag"), r.srmFlag},
                                           {QStringLiteral("variants"), variants}});
        }
        const QJsonObject o{{QStringLiteral("brand"), brand.slug},
                            {QStringLiteral("from"), from.toString(Qt::ISODate)},
                            {QStringLiteral("to"), to.toString(Qt::ISODate)},
                            {QStringLiteral("experiments"), experiments}};
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    const bool csv = format == QLatin1String("csv");
    // Column names are field names, the same as the JSON keys, so scripts can rely on them in any language.
    const QStringList header = {QStringLiteral("experiment"), QStringLiteral("variant"), QStringLiteral("share"),
                                QStringLiteral("users"), QStringLiteral("conversions"), QStringLiteral("rate"),
                                QStringLiteral("uplift"), QStringLiteral("ci_low"), QStringLiteral("ci_high"),
                                QStringLiteral("p_value"), QStringLiteral("prob_beat_control"),
                                QStringLiteral("expected_loss"), QStringLiteral("srm_p_value")};
    QList<QStringList> rows;
    for (const ExperimentResult &r : std::as_const(results.value())) {
        for (const VariantResult &v : r.variants) {
            const QString none = csv ? QString() : QStringLiteral("—");
            rows.append({r.name, v.name, number(v.expectedShare, 3), QString::number(v.users), QString::number(v.conversions),
                         number(v.rate, 4), v.hasUplift ? number(v.uplift, 4) : none,
                         v.hasInterval ? number(v.ciLow, 4) : none, v.hasInterval ? number(v.ciHigh, 4) : none,
                         v.isControl ? none : number(v.pValue, 4), v.isControl ? none : number(v.probBeatControl, 4),
                         v.isControl ? none : number(v.expectedLoss, 5),
                         number(r.srmPValue, 4) + (r.srmFlag && !csv ? CommandLine::tr(" (mismatch)") : QString())});
        }
    }
    printRows(header, rows, csv);
    return 0;
}

/// `atelier analytics seasonality`: getSeasonality.
int analyticsSeasonality(Parsed &p, const Brand &brand, QDate from, QDate to, const QString &format)
{
    auto db = Database::open(p.url);
    if (!db)
        return fail(db.error().message);
    auto s = SeasonalityService::compute(db.value(), brand, from, to);
    if (!s)
        return fail(s.error().message);
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    auto value = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    if (format == QLatin1String("json")) {
        QJsonArray week, hours, heatmap;
        for (int w = 0; w < 7; ++w) {
            week.append(QJsonObject{{QStringLiteral("day"), QLatin1String(days[w])}, {QStringLiteral("index"), value(s->dayOfWeek[w])}});
            QJsonArray row;
            for (double slot : s->heatmap[w])
                row.append(slot);
            heatmap.append(row);
        }
        for (int h = 0; h < 24; ++h)
            hours.append(QJsonObject{{QStringLiteral("hour"), h}, {QStringLiteral("index"), value(s->hourOfDay[h])}});
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("brand"), brand.slug},
                                                             {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                                             {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                                             {QStringLiteral("metric"), QStringLiteral("events")},
                                                             {QStringLiteral("total"), s->total},
                                                             {QStringLiteral("day_of_week"), week},
                                                             {QStringLiteral("hour_of_day"), hours},
                                                             {QStringLiteral("heatmap"), heatmap},
                                                             {QStringLiteral("weekly_strength"), value(s->weeklyStrength)}})
                                           .toJson(QJsonDocument::Indented));
        return 0;
    }
    const bool csv = format == QLatin1String("csv");
    const QString none = csv ? QString() : QStringLiteral("—");
    auto text = [&](const std::optional<double> &v) { return v ? number(*v, 4) : none; };
    QList<QStringList> rows;
    for (int w = 0; w < 7; ++w)
        rows.append({QStringLiteral("day_of_week"), QLatin1String(days[w]), text(s->dayOfWeek[w])});
    for (int h = 0; h < 24; ++h)
        rows.append({QStringLiteral("hour_of_day"), QString::number(h), text(s->hourOfDay[h])});
    rows.append({QStringLiteral("weekly_strength"), QString(), text(s->weeklyStrength)});
    printRows({QStringLiteral("kind"), QStringLiteral("slot"), QStringLiteral("index")}, rows, csv);
    return 0;
}

/// `atelier analytics benchmarks`: getBenchmarks.
int analyticsBenchmarks(Parsed &p, const Brand &brand, QDate from, QDate to, const QString &format)
{
    auto db = Database::open(p.url);
    if (!db)
        return fail(db.error().message);
    auto b = BenchmarkService::compute(db.value(), brand, from, to);
    if (!b)
        return fail(b.error().message);
    if (format == QLatin1String("json")) {
        QJsonArray kpis;
        for (const BenchmarkKpi &k : std::as_const(b->kpis))
            kpis.append(QJsonObject{{QStringLiteral("name"), k.name},
                                    {QStringLiteral("value"), k.value},
                                    {QStringLiteral("percentile_rank"), nullable(!b->hidden, k.percentileRank)},
                                    {QStringLiteral("peer_median"), nullable(!b->hidden, k.peerMedian)},
                                    {QStringLiteral("peer_p25"), nullable(!b->hidden, k.peerP25)},
                                    {QStringLiteral("peer_p75"), nullable(!b->hidden, k.peerP75)}});
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("brand"), brand.slug},
                                                             {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                                             {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                                             {QStringLiteral("industry"), b->industry},
                                                             {QStringLiteral("peers"), b->peers},
                                                             {QStringLiteral("hidden"), b->hidden},
                                                             {QStringLiteral("kpis"), kpis}})
                                           .toJson(QJsonDocument::Indented));
        return 0;
    }
    const bool csv = format == QLatin1String("csv");
    const QString none = csv ? QString() : QStringLiteral("—");
    QList<QStringList> rows;
    for (const BenchmarkKpi &k : std::as_const(b->kpis))
        rows.append({k.name, number(k.value, 4), b->hidden ? none : number(k.percentileRank, 1),
                     b->hidden ? none : number(k.peerMedian, 4), b->hidden ? none : number(k.peerP25, 4),
                     b->hidden ? none : number(k.peerP75, 4)});
    printRows({QStringLiteral("kpi"), QStringLiteral("value"), QStringLiteral("percentile_rank"), QStringLiteral("peer_median"),
               QStringLiteral("peer_p25"), QStringLiteral("peer_p75")},
              rows, csv);
    if (b->hidden && !csv)
        out() << CommandLine::tr("Peer figures are hidden: %1 has %n peer(s) in its industry, fewer than %2.", nullptr, b->peers)
                     .arg(brand.slug)
                     .arg(BenchmarkService::minimumPeers)
              << '\n';
    return 0;
}

/// `atelier analytics correlations`: getCorrelations, stored in analytics_correlations.
int analyticsCorrelations(Parsed &p, const Brand &brand, QDate from, QDate to, const QString &format)
{
    QStringList metrics;
    if (p.parser.isSet(QStringLiteral("metrics")))
        metrics = p.parser.value(QStringLiteral("metrics")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &m : metrics)
        m = m.trimmed();
    for (const QString &m : std::as_const(metrics))
        if (!DailyMetricsService::metricNames().contains(m))
            return fail(CommandLine::tr("--metrics: unknown metric \"%1\"; the metrics are: %2.")
                            .arg(m, DailyMetricsService::metricNames().join(QLatin1String(", "))),
                        2);
    auto db = Database::open(p.url);
    if (!db)
        return fail(db.error().message);
    auto pairs = CorrelationService::compute(db.value(), brand, from, to, metrics);
    if (!pairs)
        return fail(pairs.error().message);
    if (auto stored = CorrelationService::persist(db.value(), brand, from, to, pairs.value()); !stored)
        return fail(stored.error().message);
    auto value = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const CorrelationPair &c : std::as_const(pairs.value()))
            list.append(QJsonObject{{QStringLiteral("a"), c.a},
                                    {QStringLiteral("b"), c.b},
                                    {QStringLiteral("pearson"), value(c.pearson)},
                                    {QStringLiteral("p_value"), value(c.pValue)},
                                    {QStringLiteral("spearman"), value(c.spearman)},
                                    {QStringLiteral("granger_p"), value(c.grangerP)},
                                    {QStringLiteral("granger_lag"), c.grangerP ? QJsonValue(c.grangerLag) : QJsonValue()}});
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("brand"), brand.slug},
                                                             {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                                             {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                                             {QStringLiteral("pairs"), list}})
                                           .toJson(QJsonDocument::Indented));
        return 0;
    }
    const bool csv = format == QLatin1String("csv");
    const QString none = csv ? QString() : QStringLiteral("—");
    auto text = [&](const std::optional<double> &v, int decimals) { return v ? number(*v, decimals) : none; };
    QList<QStringList> rows;
    for (const CorrelationPair &c : std::as_const(pairs.value()))
        rows.append({c.a, c.b, text(c.pearson, 4), text(c.pValue, 6), text(c.spearman, 4), text(c.grangerP, 6),
                     c.grangerP ? QString::number(c.grangerLag) : none});
    printRows({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("pearson"), QStringLiteral("p_value"),
               QStringLiteral("spearman"), QStringLiteral("granger_p"), QStringLiteral("granger_lag")},
              rows, csv);
    return 0;
}

/// `atelier analytics predictions`: getPredictions with the stored ones and what happened; written to
/// analytics_predictions (new ones stored, past ones scored) only with --save.
int analyticsPredictions(Parsed &p, const Brand &brand, QDate from, QDate to, const QString &format)
{
    int top = 20;
    if (p.parser.isSet(QStringLiteral("top"))) {
        bool ok = false;
        top = p.parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 0)
            return fail(CommandLine::tr("--top: \"%1\" is not a number of users (0 or more).").arg(p.parser.value(QStringLiteral("top"))), 2);
    }
    auto db = Database::open(p.url);
    if (!db)
        return fail(db.error().message);
    const auto storage = p.parser.isSet(QStringLiteral("save")) ? PredictionService::Storage::Store
                                                                : PredictionService::Storage::ReadOnly;
    auto run = PredictionService::predict(db.value(), brand, from, to, storage);
    if (!run)
        return fail(run.error().message);
    const Predictions &pr = run->predictions;
    const QList<StoredPrediction> &past = run->past;
    const std::optional<ChurnForecast> &churn = pr.churn;

    if (format == QLatin1String("json")) {
        QJsonArray forecasts;
        for (const Forecast &f : pr.forecasts) {
            QJsonArray daily;
            for (double v : f.daily)
                daily.append(v);
            forecasts.append(QJsonObject{{QStringLiteral("metric"), f.metric},
                                         {QStringLiteral("horizon_days"), f.horizonDays},
                                         {QStringLiteral("target_start"), f.targetStart.toString(Qt::ISODate)},
                                         {QStringLiteral("target_end"), f.targetEnd.toString(Qt::ISODate)},
                                         {QStringLiteral("value"), f.value},
                                         {QStringLiteral("lower80"), f.lower80},
                                         {QStringLiteral("upper80"), f.upper80},
                                         {QStringLiteral("lower95"), f.lower95},
                                         {QStringLiteral("upper95"), f.upper95},
                                         {QStringLiteral("daily"), daily}});
        }
        QJsonValue churnJson = QJsonValue::Null;
        if (churn) {
            QJsonArray users;
            for (const ChurnScore &u : churn->users.mid(0, top))
                users.append(QJsonObject{{QStringLiteral("user_id"), u.userId},
                                         {QStringLiteral("score"), u.score},
                                         {QStringLiteral("days_since_last"), u.daysSinceLast},
                                         {QStringLiteral("events"), u.events},
                                         {QStringLiteral("active_days"), u.activeDays}});
            churnJson = QJsonObject{{QStringLiteral("target_start"), churn->targetStart.toString(Qt::ISODate)},
                                    {QStringLiteral("target_end"), churn->targetEnd.toString(Qt::ISODate)},
                                    {QStringLiteral("active_users"), churn->activeUsers},
                                    {QStringLiteral("share"), churn->share},
                                    {QStringLiteral("lower80"), churn->lower80},
                                    {QStringLiteral("upper80"), churn->upper80},
                                    {QStringLiteral("lower95"), churn->lower95},
                                    {QStringLiteral("upper95"), churn->upper95},
                                    {QStringLiteral("training_users"), churn->trainingUsers},
                                    {QStringLiteral("training_share"), churn->trainingShare},
                                    {QStringLiteral("users"), users}};
        }
        QJsonArray backtests;
        for (const Backtest &b : pr.backtests)
            backtests.append(QJsonObject{{QStringLiteral("metric"), b.metric},
                                         {QStringLiteral("holdout_days"), b.holdoutDays},
                                         {QStringLiteral("model_mae"), b.modelMae},
                                         {QStringLiteral("seasonal_naive_mae"), b.naiveMae}});
        QJsonArray stored;
        for (const StoredPrediction &s : past)
            stored.append(QJsonObject{{QStringLiteral("type"), s.type},
                                      {QStringLiteral("period"), s.period},
                                      {QStringLiteral("target_start"), s.targetStart.toString(Qt::ISODate)},
                                      {QStringLiteral("target_end"), s.targetEnd.toString(Qt::ISODate)},
                                      {QStringLiteral("created_at"), s.createdAt.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("value"), s.value},
                                      {QStringLiteral("lower80"), s.lower80},
                                      {QStringLiteral("upper80"), s.upper80},
                                      {QStringLiteral("lower95"), s.lower95},
                                      {QStringLiteral("upper95"), s.upper95},
                                      {QStringLiteral("actual"), nullable(s.actual.has_value(), s.actual.value_or(0))},
                                      {QStringLiteral("within80"), s.actual ? QJsonValue(*s.actual >= s.lower80 && *s.actual <= s.upper80) : QJsonValue()},
                                      {QStringLiteral("within95"), s.actual ? QJsonValue(*s.actual >= s.lower95 && *s.actual <= s.upper95) : QJsonValue()}});
        QJsonObject o{{QStringLiteral("brand"), brand.slug},
                      {QStringLiteral("from"), from.toString(Qt::ISODate)},
                      {QStringLiteral("to"), to.toString(Qt::ISODate)},
                      {QStringLiteral("history_start"), pr.historyStart.toString(Qt::ISODate)},
                      {QStringLiteral("forecasts"), forecasts},
                      {QStringLiteral("churn"), churnJson},
                      {QStringLiteral("backtests"), backtests},
                      {QStringLiteral("past"), stored}};
        if (!churn)
            o.insert(QStringLiteral("churn_unavailable"), pr.churnUnavailable);
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    // Table and CSV: one row per prediction (forecasts, churn, then the stored ones with what happened).
    const bool csv = format == QLatin1String("csv");
    const QString none = csv ? QString() : QStringLiteral("—");
    auto decimals = [](const QString &type) { return type == QLatin1String("revenue") ? 2 : 4; };
    QList<QStringList> rows;
    for (const Forecast &f : pr.forecasts)
        rows.append({QStringLiteral("forecast"), f.metric, QStringLiteral("%1d").arg(f.horizonDays),
                     f.targetStart.toString(Qt::ISODate), f.targetEnd.toString(Qt::ISODate), number(f.value, decimals(f.metric)),
                     number(f.lower80, decimals(f.metric)), number(f.upper80, decimals(f.metric)),
                     number(f.lower95, decimals(f.metric)), number(f.upper95, decimals(f.metric)), none});
    if (churn)
        rows.append({QStringLiteral("forecast"), QStringLiteral("churn"), QStringLiteral("%1d").arg(PredictionService::churnDays),
                     churn->targetStart.toString(Qt::ISODate), churn->targetEnd.toString(Qt::ISODate), number(churn->share, 4),
                     number(churn->lower80, 4), number(churn->upper80, 4), number(churn->lower95, 4),
                     number(churn->upper95, 4), none});
    for (const StoredPrediction &s : past)
        rows.append({QStringLiteral("stored"), s.type, s.period, s.targetStart.toString(Qt::ISODate),
                     s.targetEnd.toString(Qt::ISODate), number(s.value, decimals(s.type)), number(s.lower80, decimals(s.type)),
                     number(s.upper80, decimals(s.type)), number(s.lower95, decimals(s.type)),
                     number(s.upper95, decimals(s.type)), s.actual ? number(*s.actual, decimals(s.type)) : none});
    printRows({QStringLiteral("kind"), QStringLiteral("type"), QStringLiteral("period"), QStringLiteral("target_start"),
               QStringLiteral("target_end"), QStringLiteral("value"), QStringLiteral("lower80"), QStringLiteral("upper80"),
               QStringLiteral("lower95"), QStringLiteral("upper95"), QStringLiteral("actual")},
              rows, csv);
    if (csv)
        return 0;
    if (!pr.backtests.isEmpty()) {
        out() << '\n' << CommandLine::tr("Backtest on the last days of the history (mean absolute error per day):") << '\n';
        QList<QStringList> bt;
        for (const Backtest &b : pr.backtests)
            bt.append({b.metric, QString::number(b.holdoutDays), number(b.modelMae, 4), number(b.naiveMae, 4)});
        printRows({QStringLiteral("metric"), QStringLiteral("holdout_days"), QStringLiteral("model_mae"),
                   QStringLiteral("seasonal_naive_mae")},
                  bt, false);
    }
    if (!churn) {
        out() << '\n' << pr.churnUnavailable << '\n';
    } else if (top > 0 && !churn->users.isEmpty()) {
        out() << '\n' << CommandLine::tr("Users most likely to churn (%1 of %2):").arg(std::min<qsizetype>(top, churn->users.size())).arg(churn->activeUsers) << '\n';
        QList<QStringList> users;
        for (const ChurnScore &u : churn->users.mid(0, top))
            users.append({u.userId, number(u.score, 4), QString::number(u.daysSinceLast), QString::number(u.events),
                          QString::number(u.activeDays)});
        printRows({QStringLiteral("user_id"), QStringLiteral("score"), QStringLiteral("days_since_last"),
                   QStringLiteral("events"), QStringLiteral("active_days")},
                  users, false);
    }
    return 0;
}

/// `atelier analytics anomalies`: getAnomalies.
int analyticsAnomalies(Parsed &p, const Brand &brand, QDate from, QDate to, const QString &format)
{
    QStringList metrics;
    if (p.parser.isSet(QStringLiteral("metric"))) {
        const QString metric = p.parser.value(QStringLiteral("metric")).trimmed();
        if (!DailyMetricsService::metricNames().contains(metric))
            return fail(CommandLine::tr("--metric: unknown metric \"%1\"; the metrics are: %2.")
                            .arg(metric, DailyMetricsService::metricNames().join(QLatin1String(", "))),
                        2);
        metrics.append(metric);
    }
    auto db = Database::open(p.url);
    if (!db)
        return fail(db.error().message);
    auto found = AnomalyService::detect(db.value(), brand, from, to, metrics);
    if (!found)
        return fail(found.error().message);
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const Anomaly &a : std::as_const(found.value()))
            list.append(QJsonObject{{QStringLiteral("date"), a.date.toString(Qt::ISODate)},
                                    {QStringLiteral("metric"), a.metric},
                                    {QStringLiteral("actual"), a.actual},
                                    {QStringLiteral("expected"), a.expected},
                                    {QStringLiteral("lower"), a.lower},
                                    {QStringLiteral("upper"), a.upper},
                                    {QStringLiteral("score"), a.score},
                                    {QStringLiteral("direction"), a.up ? QStringLiteral("up") : QStringLiteral("down")}});
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("brand"), brand.slug},
                                                             {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                                             {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                                             {QStringLiteral("anomalies"), list}})
                                           .toJson(QJsonDocument::Indented));
        return 0;
    }
    QList<QStringList> rows;
    for (const Anomaly &a : std::as_const(found.value()))
        rows.append({a.date.toString(Qt::ISODate), a.metric, number(a.actual, 2), number(a.expected, 2), number(a.lower, 2),
                     number(a.upper, 2), number(a.score, 2), a.up ? QStringLiteral("up") : QStringLiteral("down")});
    printRows({QStringLiteral("date"), QStringLiteral("metric"), QStringLiteral("actual"), QStringLiteral("expected"),
               QStringLiteral("lower"), QStringLiteral("upper"), QStringLiteral("score"), QStringLiteral("direction")},
              rows, format == QLatin1String("csv"));
    return 0;
}

/// `atelier analytics retention`: getCohorts, stored in analytics_cohorts.
int analyticsRetention(Parsed &p, const Brand &brand, QDate from, QDate to, const QString &format)
{
    RetentionQuery query;
    if (p.parser.isSet(QStringLiteral("start-event")))
        query.startEvent = p.parser.value(QStringLiteral("start-event"));
    if (p.parser.isSet(QStringLiteral("return-event")))
        query.returnEvent = p.parser.value(QStringLiteral("return-event"));
    if (p.parser.isSet(QStringLiteral("period")))
        query.period = p.parser.value(QStringLiteral("period"));
    if (p.parser.isSet(QStringLiteral("periods"))) {
        auto periods = integerOption(p.parser, QStringLiteral("periods"), 8, 1, RetentionService::maxPeriods);
        if (!periods)
            return fail(periods.error().message, 2);
        query.periods = int(periods.value());
    }
    auto db = Database::open(p.url);
    if (!db)
        return fail(db.error().message);
    auto cohorts = RetentionService::compute(db.value(), brand, from, to, query);
    if (!cohorts)
        return fail(cohorts.error().message);
    if (auto stored = RetentionService::persist(db.value(), brand, query, cohorts.value()); !stored)
        return fail(stored.error().message);
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const Cohort &c : std::as_const(cohorts.value())) {
            QJsonArray counts, rates, revenue;
            for (int k = 0; k < c.counts.size(); ++k) {
                counts.append(c.counts.at(k));
                rates.append(c.rates.at(k));
                revenue.append(c.revenue.at(k));
            }
            list.append(QJsonObject{{QStringLiteral("start"), c.start.toString(Qt::ISODate)},
                                    {QStringLiteral("size"), c.size},
                                    {QStringLiteral("counts"), counts},
                                    {QStringLiteral("rates"), rates},
                                    {QStringLiteral("revenue"), revenue}});
        }
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("brand"), brand.slug},
                                                             {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                                             {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                                             {QStringLiteral("start_event"), query.startEvent},
                                                             {QStringLiteral("return_event"), query.returnEvent},
                                                             {QStringLiteral("period"), query.period},
                                                             {QStringLiteral("cohorts"), list}})
                                           .toJson(QJsonDocument::Indented));
        return 0;
    }
    QStringList header = {QStringLiteral("start"), QStringLiteral("size")};
    for (int k = 1; k <= query.periods; ++k)
        header.append(QStringLiteral("%1_%2").arg(query.period).arg(k));
    QList<QStringList> rows;
    for (const Cohort &c : std::as_const(cohorts.value())) {
        QStringList row = {c.start.toString(Qt::ISODate), QString::number(c.size)};
        for (int k = 1; k < c.rates.size(); ++k)
            row.append(number(c.rates.at(k), 4));
        rows.append(row);
    }
    printRows(header, rows, format == QLatin1String("csv"));
    return 0;
}

/// `atelier analytics realtime`: getRealTimeMetrics, at this moment.
int analyticsRealtime(Parsed &p, const Brand &brand, const QString &format)
{
    auto db = Database::open(p.url);
    if (!db)
        return fail(db.error().message);
    auto m = RealTimeService::snapshot(db.value(), brand);
    if (!m)
        return fail(m.error().message);
    if (format == QLatin1String("json")) {
        QJsonArray perMinute, top;
        for (qint64 n : std::as_const(m->eventsPerMinute))
            perMinute.append(n);
        for (const auto &[event, count] : std::as_const(m->topEvents))
            top.append(QJsonObject{{QStringLiteral("event"), event}, {QStringLiteral("count"), count}});
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("brand"), brand.slug},
                                                             {QStringLiteral("at"), m->at.toString(Qt::ISODateWithMs)},
                                                             {QStringLiteral("active_users_5m"), m->activeUsers},
                                                             {QStringLiteral("events_per_minute"), perMinute},
                                                             {QStringLiteral("top_events"), top}})
                                           .toJson(QJsonDocument::Indented));
        return 0;
    }
    QList<QStringList> rows = {{QStringLiteral("active_users_5m"), QString::number(m->activeUsers)}};
    qint64 lastHour = 0;
    for (qint64 n : std::as_const(m->eventsPerMinute))
        lastHour += n;
    rows.append({QStringLiteral("events_60m"), QString::number(lastHour)});
    for (const auto &[event, count] : std::as_const(m->topEvents))
        rows.append({QStringLiteral("top:") + event, QString::number(count)});
    printRows({QStringLiteral("figure"), QStringLiteral("value")}, rows, format == QLatin1String("csv"));
    return 0;
}

QJsonArray funnelSteps(const QList<FunnelStepResult> &steps)
{
    QJsonArray list;
    for (const FunnelStepResult &st : steps) {
        auto seconds = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); };
        list.append(QJsonObject{{QStringLiteral("event"), st.event},
                                {QStringLiteral("users"), st.users},
                                {QStringLiteral("conversion_from_start"), st.conversionFromStart},
                                {QStringLiteral("conversion_from_previous"), st.conversionFromPrevious},
                                {QStringLiteral("median_seconds_from_previous"), seconds(st.medianSecondsFromPrevious)},
                                {QStringLiteral("mean_seconds_from_previous"), seconds(st.meanSecondsFromPrevious)}});
    }
    return list;
}

/// `atelier analytics funnel`: getFunnelData for steps given on the command line.
int analyticsFunnel(Parsed &p, const Brand &brand, QDate from, QDate to, const QString &format)
{
    FunnelQuery query;
    auto db = Database::open(p.url);
    if (!db)
        return fail(db.error().message);
    if (p.parser.isSet(QStringLiteral("saved"))) {
        auto saved = FunnelStore::byName(db.value(), brand, p.parser.value(QStringLiteral("saved")));
        if (!saved)
            return fail(saved.error().message);
        query = saved->query;
    } else {
        if (!p.parser.isSet(QStringLiteral("steps")))
            return fail(CommandLine::tr("--steps is required, as in --steps page_view,signup,purchase."), 2);
        for (const QString &event : p.parser.value(QStringLiteral("steps")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            query.steps.append({event.trimmed(), {}});
        if (p.parser.isSet(QStringLiteral("window"))) {
            auto window = FunnelService::parseWindow(p.parser.value(QStringLiteral("window")));
            if (!window)
                return fail(QStringLiteral("--window: ") + window.error().message, 2);
            query.windowSeconds = window.value();
        }
        query.breakdown = p.parser.value(QStringLiteral("breakdown"));
        for (const QString &filter : p.parser.values(QStringLiteral("filter"))) {
            // STEP:PROPERTY=VALUE
            const qsizetype colon = filter.indexOf(QLatin1Char(':')), equals = filter.indexOf(QLatin1Char('='));
            bool ok = false;
            const int step = filter.left(colon).toInt(&ok);
            if (colon < 1 || equals < colon + 2 || !ok || step < 1 || step > query.steps.size())
                return fail(CommandLine::tr("--filter: \"%1\" is not STEP:PROPERTY=VALUE with STEP between 1 and %2.")
                                .arg(filter).arg(query.steps.size()),
                            2);
            query.steps[step - 1].filters.append({filter.mid(colon + 1, equals - colon - 1), filter.mid(equals + 1)});
        }
        for (const QString &exclusion : p.parser.values(QStringLiteral("exclude"))) {
            const QStringList parts = exclusion.split(QLatin1Char(':'));
            bool okFrom = false, okTo = false;
            const int fromStep = parts.value(1).toInt(&okFrom), toStep = parts.value(2).toInt(&okTo);
            if (parts.size() != 3 || !okFrom || !okTo)
                return fail(CommandLine::tr("--exclude: \"%1\" is not EVENT:FROM:TO, as in refund:2:3.").arg(exclusion), 2);
            query.exclusions.append({parts.at(0), fromStep, toStep});
        }
    }
    auto funnel = FunnelService::compute(db.value(), brand, from, to, query);
    if (!funnel)
        return fail(funnel.error().message);
    // Saved only once it has run, so a saved funnel is always one that works.
    if (p.parser.isSet(QStringLiteral("save"))) {
        if (auto saved = FunnelStore::save(db.value(), brand, p.parser.value(QStringLiteral("save")), query); !saved)
            return fail(saved.error().message);
    }
    if (format == QLatin1String("json")) {
        QJsonArray breakdown;
        for (const auto &[value, steps] : std::as_const(funnel->breakdown))
            breakdown.append(QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("steps"), funnelSteps(steps)}});
        QJsonObject o{{QStringLiteral("brand"), brand.slug},
                      {QStringLiteral("from"), from.toString(Qt::ISODate)},
                      {QStringLiteral("to"), to.toString(Qt::ISODate)},
                      {QStringLiteral("window_seconds"), query.windowSeconds},
                      {QStringLiteral("steps"), funnelSteps(funnel->steps)}};
        if (!query.breakdown.isEmpty()) {
            o.insert(QStringLiteral("breakdown_property"), query.breakdown);
            o.insert(QStringLiteral("breakdown"), breakdown);
        }
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    const bool csv = format == QLatin1String("csv");
    const QString none = csv ? QString() : QStringLiteral("—");
    QList<QStringList> rows;
    auto add = [&](const QString &group, const QList<FunnelStepResult> &steps) {
        for (int k = 0; k < steps.size(); ++k) {
            const FunnelStepResult &st = steps.at(k);
            rows.append({group, QString::number(k + 1), st.event, QString::number(st.users), number(st.conversionFromStart, 4),
                         number(st.conversionFromPrevious, 4),
                         st.medianSecondsFromPrevious ? number(*st.medianSecondsFromPrevious, 1) : none,
                         st.meanSecondsFromPrevious ? number(*st.meanSecondsFromPrevious, 1) : none});
        }
    };
    add(QStringLiteral("*"), funnel->steps);
    for (const auto &[value, steps] : std::as_const(funnel->breakdown))
        add(value, steps);
    printRows({QStringLiteral("breakdown"), QStringLiteral("step"), QStringLiteral("event"), QStringLiteral("users"),
               QStringLiteral("conversion_from_start"), QStringLiteral("conversion_from_previous"),
               QStringLiteral("median_seconds_from_previous"), QStringLiteral("mean_seconds_from_previous")},
              rows, csv);
    return 0;
}

/// `atelier analytics journeys`: getUserJourney.
int analyticsJourneys(Parsed &p, const Brand &brand, QDate from, QDate to, const QString &format)
{
    const QString start = p.parser.isSet(QStringLiteral("start-event")) ? p.parser.value(QStringLiteral("start-event"))
                                                                       : QStringLiteral("page_view");
    auto steps = integerOption(p.parser, QStringLiteral("steps"), 3, 1, JourneyService::maxSteps);
    if (!steps)
        return fail(steps.error().message, 2);
    auto db = Database::open(p.url);
    if (!db)
        return fail(db.error().message);
    auto j = JourneyService::compute(db.value(), brand, from, to, start, int(steps.value()));
    if (!j)
        return fail(j.error().message);
    if (format == QLatin1String("json")) {
        QJsonArray paths, edges;
        for (const JourneyPath &path : std::as_const(j->paths))
            paths.append(QJsonObject{{QStringLiteral("events"), QJsonArray::fromStringList(path.events)},
                                     {QStringLiteral("sessions"), path.sessions},
                                     {QStringLiteral("users"), path.users}});
        for (const JourneyEdge &e : std::as_const(j->edges))
            edges.append(QJsonObject{{QStringLiteral("step"), e.step},
                                     {QStringLiteral("from"), e.from},
                                     {QStringLiteral("to"), e.to},
                                     {QStringLiteral("users"), e.users}});
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("brand"), brand.slug},
                                                             {QStringLiteral("from"), from.toString(Qt::ISODate)},
                                                             {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                                             {QStringLiteral("start_event"), start},
                                                             {QStringLiteral("sessions"), j->sessions},
                                                             {QStringLiteral("paths"), paths},
                                                             {QStringLiteral("edges"), edges}})
                                           .toJson(QJsonDocument::Indented));
        return 0;
    }
    QList<QStringList> rows;
    for (const JourneyPath &path : std::as_const(j->paths))
        rows.append({path.events.join(QLatin1String(" > ")), QString::number(path.sessions), QString::number(path.users)});
    printRows({QStringLiteral("path"), QStringLiteral("sessions"), QStringLiteral("users")}, rows, format == QLatin1String("csv"));
    return 0;
}

/// `atelier analytics channels|geo|devices`: getChannelPerformance, getGeographicAnalytics, getDeviceAnalytics.
int analyticsBreakdown(Parsed &p, const Brand &brand, QDate from, QDate to, const QString &format, const QString &verb)
{
    const QStringList properties = verb == QLatin1String("channels") ? QStringList{QStringLiteral("channel")}
                                   : verb == QLatin1String("geo")    ? QStringList{QStringLiteral("country")}
                                                                     : QStringList{QStringLiteral("device"), QStringLiteral("browser"),
                                                                                   QStringLiteral("os")};
    auto db = Database::open(p.url);
    if (!db)
        return fail(db.error().message);
    QJsonObject o{{QStringLiteral("brand"), brand.slug},
                  {QStringLiteral("from"), from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), to.toString(Qt::ISODate)}};
    QList<QStringList> rows;
    for (const QString &property : properties) {
        auto values = BreakdownService::byProperty(db.value(), brand, from, to, property);
        if (!values)
            return fail(values.error().message);
        QJsonArray list;
        for (const BreakdownRow &r : std::as_const(values.value())) {
            list.append(QJsonObject{{QStringLiteral("value"), r.value},
                                    {QStringLiteral("users"), r.users},
                                    {QStringLiteral("sessions"), r.sessions},
                                    {QStringLiteral("conversions"), r.conversions},
                                    {QStringLiteral("conversion_rate"), r.conversionRate},
                                    {QStringLiteral("revenue"), r.revenue},
                                    {QStringLiteral("revenue_per_user"), r.revenuePerUser}});
            rows.append({property, r.value, QString::number(r.users), QString::number(r.sessions), QString::number(r.conversions),
                         number(r.conversionRate, 4), number(r.revenue, 2), number(r.revenuePerUser, 2)});
        }
        o.insert(property, list);
    }
    QList<QStringList> attributionRows;
    if (verb == QLatin1String("channels")) {
        auto a = BreakdownService::attribution(db.value(), brand, from, to);
        if (!a)
            return fail(a.error().message);
        QJsonObject models;
        for (const auto &[name, list] : {std::pair{QStringLiteral("first_touch"), a->firstTouch},
                                          std::pair{QStringLiteral("last_touch"), a->lastTouch},
                                          std::pair{QStringLiteral("linear"), a->linear}}) {
            QJsonArray rowsJson;
            for (const AttributionRow &r : list) {
                rowsJson.append(QJsonObject{{QStringLiteral("channel"), r.channel},
                                            {QStringLiteral("conversions"), r.conversions},
                                            {QStringLiteral("revenue"), r.revenue}});
                attributionRows.append({name, r.channel, number(r.conversions, 2), number(r.revenue, 2)});
            }
            models.insert(name, rowsJson);
        }
        o.insert(QStringLiteral("attribution"), models);
    }
    if (format == QLatin1String("json")) {
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    const bool csv = format == QLatin1String("csv");
    printRows({QStringLiteral("property"), QStringLiteral("value"), QStringLiteral("users"), QStringLiteral("sessions"),
               QStringLiteral("conversions"), QStringLiteral("conversion_rate"), QStringLiteral("revenue"),
               QStringLiteral("revenue_per_user")},
              rows, csv);
    if (!attributionRows.isEmpty() && !csv) {
        out() << '\n';
        printRows({QStringLiteral("model"), QStringLiteral("channel"), QStringLiteral("conversions"), QStringLiteral("revenue")},
                  attributionRows, false);
    }
    return 0;
}

/// `atelier analytics funnels`: getFunnels, and `--delete NAME`.
int analyticsFunnels(Parsed &p, const Brand &brand, const QString &format)
{
    auto db = Database::open(p.url);
    if (!db)
        return fail(db.error().message);
    if (p.parser.isSet(QStringLiteral("delete"))) {
        if (auto removed = FunnelStore::remove(db.value(), brand, p.parser.value(QStringLiteral("delete"))); !removed)
            return fail(removed.error().message);
    }
    auto funnels = FunnelStore::list(db.value(), brand);
    if (!funnels)
        return fail(funnels.error().message);
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const SavedFunnel &f : std::as_const(funnels.value())) {
            QJsonObject o = FunnelStore::toJson(f.query);
            o.insert(QStringLiteral("name"), f.name);
            o.insert(QStringLiteral("id"), f.id);
            o.insert(QStringLiteral("updated_at"), f.updatedAt.toString(Qt::ISODate));
            list.append(o);
        }
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("brand"), brand.slug}, {QStringLiteral("funnels"), list}})
                                       .toJson(QJsonDocument::Indented));
        return 0;
    }
    QList<QStringList> rows;
    for (const SavedFunnel &f : std::as_const(funnels.value())) {
        QStringList events;
        for (const FunnelStep &st : f.query.steps)
            events.append(st.event);
        rows.append({f.name, events.join(QLatin1String(" > ")), QString::number(f.query.windowSeconds), f.query.breakdown,
                     f.updatedAt.toString(Qt::ISODate)});
    }
    printRows({QStringLiteral("name"), QStringLiteral("steps"), QStringLiteral("window_seconds"), QStringLiteral("breakdown"),
               QStringLiteral("updated_at")},
              rows, format == QLatin1String("csv"));
    return 0;
}

/// `atelier analytics segments` (getSegments) and `segment-create` (createSegment).
int analyticsSegments(Parsed &p, const Brand &brand, QDate from, QDate to, const QString &format, bool create)
{
    auto db = Database::open(p.url);
    if (!db)
        return fail(db.error().message);
    if (create) {
        if (!p.parser.isSet(QStringLiteral("name")) || !p.parser.isSet(QStringLiteral("criteria")))
            return fail(CommandLine::tr("segment-create needs --name and --criteria JSON."), 2);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(p.parser.value(QStringLiteral("criteria")).toUtf8(), &error);
        if (!doc.isObject())
            return fail(CommandLine::tr("--criteria: not a JSON object (%1 at character %2).")
                            .arg(error.error == QJsonParseError::NoError ? CommandLine::tr("expected an object") : error.errorString())
                            .arg(error.offset),
                        2);
        auto segment = SegmentService::create(db.value(), brand, from, to, p.parser.value(QStringLiteral("name")), doc.object());
        if (!segment)
            return fail(segment.error().message);
    }
    auto segments = SegmentService::list(db.value(), brand);
    if (!segments)
        return fail(segments.error().message);
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const Segment &sg : std::as_const(segments.value()))
            list.append(QJsonObject{{QStringLiteral("id"), sg.id},
                                    {QStringLiteral("name"), sg.name},
                                    {QStringLiteral("criteria"), sg.criteria},
                                    {QStringLiteral("user_count"), sg.userCount},
                                    {QStringLiteral("updated_at"), sg.updatedAt.toString(Qt::ISODate)}});
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("brand"), brand.slug}, {QStringLiteral("segments"), list}})
                                       .toJson(QJsonDocument::Indented));
        return 0;
    }
    QList<QStringList> rows;
    for (const Segment &sg : std::as_const(segments.value()))
        rows.append({sg.name, QString::number(sg.userCount),
                     QString::fromUtf8(QJsonDocument(sg.criteria).toJson(QJsonDocument::Compact))});
    printRows({QStringLiteral("name"), QStringLiteral("user_count"), QStringLiteral("criteria")}, rows, format == QLatin1String("csv"));
    return 0;
}

int analytics(const QStringList &arguments)
{
    const QCommandLineOption brand(QStringLiteral("brand"), CommandLine::tr("Brand slug."), CommandLine::tr("slug"));
    const QCommandLineOption from(QStringLiteral("from"), CommandLine::tr("First day, UTC (default: 30 days ago)."),
                                  CommandLine::tr("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), CommandLine::tr("Day after the last one, UTC (default: tomorrow)."),
                                CommandLine::tr("YYYY-MM-DD"));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("Output format: table, json or csv."),
                                    CommandLine::tr("format"), QStringLiteral("table"));
    const QCommandLineOption experiment(QStringLiteral("experiment"), CommandLine::tr("Only this experiment."),
                                        CommandLine::tr("name"));
    const QCommandLineOption startEvent(QStringLiteral("start-event"), CommandLine::tr("Event that puts a user in a cohort."),
                                        CommandLine::tr("event"));
    const QCommandLineOption returnEvent(QStringLiteral("return-event"), CommandLine::tr("Event that counts as coming back."),
                                         CommandLine::tr("event"));
    const QCommandLineOption period(QStringLiteral("period"), CommandLine::tr("Cohort period: day, week or month."),
                                    CommandLine::tr("unit"));
    const QCommandLineOption periods(QStringLiteral("periods"), CommandLine::tr("Number of periods after the cohort's."),
                                     CommandLine::tr("n"));
    const QCommandLineOption steps(QStringLiteral("steps"), CommandLine::tr("Funnel: the steps, event types separated by commas; journeys: how many events to follow."),
                                   CommandLine::tr("events"));
    const QCommandLineOption window(QStringLiteral("window"), CommandLine::tr("Conversion window, as in 14d, 12h, 30m."),
                                    CommandLine::tr("window"));
    const QCommandLineOption breakdown(QStringLiteral("breakdown"), CommandLine::tr("Break down by this property of the first step."),
                                       CommandLine::tr("property"));
    const QCommandLineOption filter(QStringLiteral("filter"), CommandLine::tr("Step filter STEP:PROPERTY=VALUE (repeatable)."),
                                    CommandLine::tr("filter"));
    const QCommandLineOption exclude(QStringLiteral("exclude"), CommandLine::tr("Exclusion EVENT:FROM:TO (repeatable)."),
                                     CommandLine::tr("exclusion"));
    const QCommandLineOption save(QStringLiteral("save"), CommandLine::tr("Save the funnel under this name once it has run."),
                                  CommandLine::tr("name"));
    const QCommandLineOption saved(QStringLiteral("saved"), CommandLine::tr("Run the saved funnel of this name."),
                                   CommandLine::tr("name"));
    const QCommandLineOption remove(QStringLiteral("delete"), CommandLine::tr("Delete the saved funnel of this name."),
                                    CommandLine::tr("name"));
    const QCommandLineOption segmentName(QStringLiteral("name"), CommandLine::tr("Name of the new segment."), CommandLine::tr("name"));
    const QCommandLineOption criteria(QStringLiteral("criteria"), CommandLine::tr("Segment criteria, as JSON."), CommandLine::tr("json"));
    const QCommandLineOption top(QStringLiteral("top"), CommandLine::tr("How many users to list (default 20)."), CommandLine::tr("count"));
    const QCommandLineOption metric(QStringLiteral("metric"), CommandLine::tr("Only this daily metric."), CommandLine::tr("name"));
    const QCommandLineOption metrics(QStringLiteral("metrics"), CommandLine::tr("Daily metrics to correlate, comma-separated."),
                                     CommandLine::tr("list"));
    QList<QCommandLineOption> options = {brand,  from,  to,     format,    experiment, metric,  metrics,     startEvent,
                                         returnEvent, period, periods, steps, window, breakdown, filter, exclude,
                                         saved,  remove, segmentName, criteria, top};
    QStringList valueOptions = {QStringLiteral("database")};
    for (const QCommandLineOption &o : std::as_const(options))
        valueOptions.append(o.names());
    // --save names the funnel to save, and for predictions says to store them.
    if (words(arguments, valueOptions).value(1) == QLatin1String("predictions"))
        options.append(QCommandLineOption(QStringLiteral("save"), CommandLine::tr("Store the predictions and record what happened for past ones.")));
    else
        options.append(save);
    Parsed p;
    if (const int code = parse(p, arguments, options, 2);
        code >= 0)
        return code;
    const QString verb = p.parser.positionalArguments().value(1);
    static const QStringList verbs = {QStringLiteral("anomalies"), QStringLiteral("benchmarks"), QStringLiteral("channels"),
                                      QStringLiteral("correlations"), QStringLiteral("devices"), QStringLiteral("geo"),
                                      QStringLiteral("experiments"), QStringLiteral("funnel"), QStringLiteral("funnels"),
                                      QStringLiteral("journeys"), QStringLiteral("predictions"),
                                      QStringLiteral("realtime"), QStringLiteral("retention"),
                                      QStringLiteral("seasonality"), QStringLiteral("segment-create"), QStringLiteral("segments")};
    if (!verbs.contains(verb))
        return fail(CommandLine::tr("Unknown analytics command \"%1\"; the analytics commands are: %2.")
                        .arg(verb, verbs.join(QLatin1String(", "))),
                    2);
    const QString fmt = p.parser.value(format);
    if (!QStringList{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}.contains(fmt))
        return fail(CommandLine::tr("--format: \"%1\" is not one of table, json, csv.").arg(fmt), 2);
    if (!p.parser.isSet(brand))
        return fail(CommandLine::tr("--brand is required: which brand to analyse (see atelier db status)."), 2);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    // Forecasts learn from whole days: up to yesterday, half a year back.
    const bool forecast = verb == QLatin1String("predictions");
    const auto days = dayRange(p.parser, today.addDays(-29), forecast ? today : today.addDays(1), forecast ? 180 : 0);
    if (!days)
        return fail(days.error().message, 2);
    const QDate range[2] = {days->first, days->second};
    auto db = Database::open(p.url, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error().message);
    auto found = BrandService::bySlug(db.value(), p.parser.value(brand));
    if (!found)
        return fail(found.error().message);
    if (verb == QLatin1String("channels") || verb == QLatin1String("geo") || verb == QLatin1String("devices"))
        return analyticsBreakdown(p, found.value(), range[0], range[1], fmt, verb);
    if (verb == QLatin1String("journeys"))
        return analyticsJourneys(p, found.value(), range[0], range[1], fmt);
    if (verb == QLatin1String("segments") || verb == QLatin1String("segment-create"))
        return analyticsSegments(p, found.value(), range[0], range[1], fmt, verb == QLatin1String("segment-create"));
    if (verb == QLatin1String("funnels"))
        return analyticsFunnels(p, found.value(), fmt);
    if (verb == QLatin1String("funnel"))
        return analyticsFunnel(p, found.value(), range[0], range[1], fmt);
    if (verb == QLatin1String("realtime"))
        return analyticsRealtime(p, found.value(), fmt);
    if (verb == QLatin1String("retention"))
        return analyticsRetention(p, found.value(), range[0], range[1], fmt);
    if (verb == QLatin1String("predictions"))
        return analyticsPredictions(p, found.value(), range[0], range[1], fmt);
    if (verb == QLatin1String("anomalies"))
        return analyticsAnomalies(p, found.value(), range[0], range[1], fmt);
    if (verb == QLatin1String("correlations"))
        return analyticsCorrelations(p, found.value(), range[0], range[1], fmt);
    if (verb == QLatin1String("benchmarks"))
        return analyticsBenchmarks(p, found.value(), range[0], range[1], fmt);
    if (verb == QLatin1String("seasonality"))
        return analyticsSeasonality(p, found.value(), range[0], range[1], fmt);
    return analyticsExperiments(p, found.value(), range[0], range[1], fmt);
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


/// Output format check shared by the collaboration verbs.
bool knownFormat(const QString &format)
{
    return QStringList{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")}.contains(format);
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

/// `atelier export analytics`: the offline report, as PDF or CSV.
int exportReport(const QStringList &arguments)
{
    const QCommandLineOption brand(QStringLiteral("brand"), CommandLine::tr("Brand slug."), CommandLine::tr("slug"));
    const QCommandLineOption from(QStringLiteral("from"), CommandLine::tr("First day, UTC (default: 30 days ago)."),
                                  CommandLine::tr("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), CommandLine::tr("Day after the last one, UTC (default: tomorrow)."),
                                CommandLine::tr("YYYY-MM-DD"));
    const QCommandLineOption outFile(QStringLiteral("out"), CommandLine::tr("The report to write: .pdf or .csv."), CommandLine::tr("file"));
    const QCommandLineOption sections(QStringLiteral("sections"), CommandLine::tr("Analyses to include, comma-separated (default: all)."),
                                      CommandLine::tr("list"));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("pdf or csv (default: from the extension of --out)."),
                                    CommandLine::tr("format"));
    const QCommandLineOption funnel(QStringLiteral("funnel"), CommandLine::tr("The saved funnel to report (default: the purchase funnel)."),
                                    CommandLine::tr("name"));
    Parsed p;
    if (const int code = parse(p, arguments, {brand, from, to, outFile, sections, format, funnel}, 2); code >= 0)
        return code;
    if (p.parser.positionalArguments().value(1) != QLatin1String("analytics"))
        return fail(CommandLine::tr("Unknown export \"%1\"; atelier export knows: analytics.").arg(p.parser.positionalArguments().value(1)), 2);
    if (!p.parser.isSet(brand))
        return fail(CommandLine::tr("--brand is required: which brand to report on (see atelier db status)."), 2);
    if (!p.parser.isSet(outFile))
        return fail(CommandLine::tr("--out is required: the file to write, as report.pdf or report.csv."), 2);
    ReportRequest request;
    request.brandSlug = p.parser.value(brand);
    request.path = p.parser.value(outFile);
    request.format = p.parser.value(format);
    request.options.funnelName = p.parser.value(funnel);
    if (auto f = ReportExport::formatOf(request.path, request.format); !f)
        return fail(f.error().message, 2);
    if (p.parser.isSet(sections)) {
        auto list = AnalysisReports::parseList(p.parser.value(sections));
        if (!list)
            return fail(QStringLiteral("--sections: ") + list.error().message, 2);
        request.analyses = list.value();
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto days = dayRange(p.parser, today.addDays(-29), today.addDays(1));
    if (!days)
        return fail(days.error().message, 2);
    request.from = days->first;
    request.to = days->second;
    auto db = Database::open(p.url, Database::OpenMode::MustExist);
    if (!db)
        return fail(db.error().message);
    const bool terminal = isatty(fileno(stderr)) != 0; // progress for people, not for logs
    auto written = ReportExport::run(db.value(), p.url, request, nullptr, [terminal](int done, int total) {
        if (!terminal)
            return;
        std::fprintf(stderr, "\r%s", qPrintable(CommandLine::tr("Computing the analyses: %1 of %2").arg(done).arg(total)));
        if (done == total)
            std::fprintf(stderr, "\n");
    });
    if (!written)
        return fail(written.error().message);
    out() << CommandLine::tr("Wrote %1 (%n analysis(es)).", nullptr, written.value()).arg(QDir::toNativeSeparators(request.path)) << '\n';
    return 0;
}

} // namespace

bool CommandLine::isVerb(const QString &word)
{
    return word == QLatin1String("migrate") || word == QLatin1String("demo") || word == QLatin1String("db")
           || word == QLatin1String("analytics") || word == QLatin1String("users") || word == QLatin1String("share")
           || word == QLatin1String("shared-with-me") || word == QLatin1String("permissions") || word == QLatin1String("comments")
           || word == QLatin1String("annotations") || word == QLatin1String("audit") || word == QLatin1String("secrets")
           || word == QLatin1String("inbox") || word == QLatin1String("watermark") || word == QLatin1String("export") || word == QLatin1String("ai");
}

QString CommandLine::verbOf(const QStringList &arguments)
{
    return words(arguments, {QStringLiteral("database"), QStringLiteral("page")}).value(0);
}

QString CommandLine::helpText()
{
    // Usage lines are syntax and stay as they are; what each verb does is translated line by line.
    struct Verb
    {
        const char *usage;
        const char *what;
    };
    static const Verb verbs[] = {
        {"migrate", QT_TRANSLATE_NOOP("CommandLine", "create or upgrade the schema")},
        {"demo [--seed N] [--events N] [--days N] [--end-date YYYY-MM-DD]",
         QT_TRANSLATE_NOOP("CommandLine", "fill an empty database with demo data")},
        {"db status [--format table|json]", QT_TRANSLATE_NOOP("CommandLine", "URL, user, schema version and row counts")},
        {"db login [--password-stdin] | db logout",
         QT_TRANSLATE_NOOP("CommandLine", "PostgreSQL: keep the password of --database's URL in the OS keychain, or remove it")},
        {"users add NAME --brand SLUG --role ROLE --password-stdin [--display-name N]",
         QT_TRANSLATE_NOOP("CommandLine", "PostgreSQL: create a person's login role and brand membership")},
        {"users grant NAME --brand SLUG --role ROLE | users revoke NAME --brand SLUG | users list",
         QT_TRANSLATE_NOOP("CommandLine", "PostgreSQL: change, remove or list brand memberships (viewer, analyst, editor, admin)")},
        {"share TYPE ID --with NAME (--permission view|comment|edit | --revoke)",
         QT_TRANSLATE_NOOP("CommandLine", "share a generation, collection, funnel, segment, workflow or dataset with a person")},
        {"shared-with-me | permissions TYPE ID", QT_TRANSLATE_NOOP("CommandLine", "what is shared with you; who may do what on a resource")},
        {"comments add|list TYPE ID [--text T] [--reply-to ID] [--brand SLUG] | comments edit|delete|resolve ID",
         QT_TRANSLATE_NOOP("CommandLine", "threaded comments with @mentions on any resource")},
        {"annotations add|list TYPE ID [--type comment|suggestion|issue] [--text T] (--rect x,y,w,h | --series S --x X)",
         QT_TRANSLATE_NOOP("CommandLine", "notes placed on an image or on a chart")},
        {"audit verify | audit list|export [--user U] [--action A] [--resource-type T] [--from D] [--to D] [--out F.csv]",
         QT_TRANSLATE_NOOP("CommandLine", "the tamper-evident audit trail: check the chain, page through it, export it")},
        {"inbox [--mark-read]", QT_TRANSLATE_NOOP("CommandLine", "what was shared with you and the comments that mention you, new ones marked")},
        {"watermark apply --kind visible|invisible|metadata --input F --output F --resource-type T --resource-id ID [--text T]\n"
         "            [--position P] [--opacity O] | watermark detect --input F [--format json]",
         QT_TRANSLATE_NOOP("CommandLine", "mark an image so it names its resource, or find the marks an image carries")},
        {"secrets init|rotate --passphrase-stdin | secrets init|rotate --keychain [--new-passphrase-stdin] | secrets status",
         QT_TRANSLATE_NOOP("CommandLine", "the data key that encrypts sensitive fields at rest (Argon2id, XChaCha20-Poly1305)")},
        {"ai generate --brand SLUG --provider P --model M --prompt TEXT [--type 2d|template] [--seed N] [--param k=v] [--wait]",
         QT_TRANSLATE_NOOP("CommandLine", "queue a generation (credits reserved, quota checked, cache first); --wait runs it here")},
        {"ai list|get ID|cancel ID|models|work [--until-idle] | ai credits [--set-quota N] | ai cache-stats | ai cache-clear [--older-than D]",
         QT_TRANSLATE_NOOP("CommandLine", "the generation queue, its credits and its cache")},
        {"ai versions ID [--create --prompt T --param k=v] | ai rate ID --stars N | ai star ID [--off]",
         QT_TRANSLATE_NOOP("CommandLine", "versions of a generation, ratings (blended into quality) and stars")},
        {"ai collections [create --name N | add|remove ID GEN… | share ID --with NAME | export ID --out F.zip | show ID]",
         QT_TRANSLATE_NOOP("CommandLine", "collections of generations: shared with people, exported as a zip with a manifest")},
        {"ai templates [save --name N --category C --prompt T] | ai optimize|suggest --prompt T | ai history [--search S]",
         QT_TRANSLATE_NOOP("CommandLine", "prompt templates with {variables}, optimisation, suggestions from past prompts, history")},
        {"ai compare [--models a,b] | ai performance --model M | ai analytics | ai credit-usage",
         QT_TRANSLATE_NOOP("CommandLine", "models compared on real generations, their performance per day, generations and credits")},
        {"ai datasets [create --name N --generation ID --file F] | ai train DATASET --base-model M --destination D | ai training-status ID",
         QT_TRANSLATE_NOOP("CommandLine", "training datasets checked for size and near-duplicates; custom models trained at Replicate")},
        {"ai policy --brand SLUG [--watermark none|visible|invisible|metadata] [--watermark-text T]",
         QT_TRANSLATE_NOOP("CommandLine", "the watermark every new generation of the brand gets (brand admins)")},
        {"ai provider set NAME [--base-url URL] [--api-key-stdin] [--concurrency N] [--per-minute R] | ai provider list | ai provider test NAME",
         QT_TRANSLATE_NOOP("CommandLine", "this desktop's provider settings; API keys stored encrypted under a key in the OS keychain")},
        {"export analytics --brand SLUG --out FILE.pdf|FILE.csv [--sections funnel,retention,…] [--funnel NAME] [--format pdf|csv]",
         QT_TRANSLATE_NOOP("CommandLine", "the offline report: a PDF with a chart and a table per analysis, or every table as CSV")},
        {"analytics anomalies --brand SLUG [--metric M]",
         QT_TRANSLATE_NOOP("CommandLine", "days outside the band expected from trend and weekly pattern")},
        {"analytics benchmarks --brand SLUG",
         QT_TRANSLATE_NOOP("CommandLine", "KPIs of the brand against the other brands of its industry")},
        {"analytics channels|geo|devices --brand SLUG",
         QT_TRANSLATE_NOOP("CommandLine", "figures per channel (with attribution), country, or device, browser and os")},
        {"analytics correlations --brand SLUG [--metrics m1,m2,…]",
         QT_TRANSLATE_NOOP("CommandLine", "Pearson, Spearman and Granger between daily metrics (stored)")},
        {"analytics experiments --brand SLUG [--experiment NAME]",
         QT_TRANSLATE_NOOP("CommandLine", "A/B tests: uplift, p-value, probability to beat control, sample-ratio mismatch")},
        {"analytics funnel --brand SLUG (--steps e1,e2,… | --saved NAME) [--window 14d] [--breakdown PROP]\n"
         "            [--filter STEP:PROP=VALUE] [--exclude EVENT:FROM:TO] [--save NAME]",
         QT_TRANSLATE_NOOP("CommandLine", "ordered funnel: users, conversion and time between steps")},
        {"analytics funnels --brand SLUG [--delete NAME]", QT_TRANSLATE_NOOP("CommandLine", "the saved funnels")},
        {"analytics journeys --brand SLUG [--start-event E] [--steps K]",
         QT_TRANSLATE_NOOP("CommandLine", "the most frequent paths of K events within a session")},
        {"analytics predictions --brand SLUG [--top N] [--save]",
         QT_TRANSLATE_NOOP("CommandLine", "revenue, conversion and churn forecasts with intervals (--save: stored, scored later)")},
        {"analytics realtime --brand SLUG",
         QT_TRANSLATE_NOOP("CommandLine", "active users now, events per minute and top events of the last hour")},
        {"analytics retention --brand SLUG [--start-event E] [--return-event E] [--period day|week|month] [--periods N]",
         QT_TRANSLATE_NOOP("CommandLine", "first-time retention of cohorts, with revenue (stored)")},
        {"analytics segments --brand SLUG", QT_TRANSLATE_NOOP("CommandLine", "the saved segments with their user counts")},
        {"analytics segment-create --brand SLUG --name N --criteria JSON",
         QT_TRANSLATE_NOOP("CommandLine", "save a segment of users matching a criteria tree (see docs/cli.md)")},
        {"analytics seasonality --brand SLUG",
         QT_TRANSLATE_NOOP("CommandLine", "day-of-week and hour-of-day indices, heatmap, weekly strength")},
    };
    QString text = tr("Usage: atelier [--database URL] [--page NAME]\n"
                      "       atelier VERB [options]\n"
                      "\n"
                      "Atelier, the operations console for analytics, AI Studio and collaboration.\n"
                      "Without a verb it opens the console.\n"
                      "\n"
                      "Options:\n"
                      "  --database URL   sqlite:///path/file.db or postgresql://user@host[:port]/db[?sslmode=…]\n"
                      "                   (else ATELIER_DATABASE_URL, else the settings, else the embedded database);\n"
                      "                   the password comes from ~/.pgpass, the keychain (db login) or a prompt\n"
                      "  --page NAME      open the console on a page: overview, analytics, ai-studio, inbox, people, audit\n"
                      "  --help           show this help\n"
                      "  --version        show the version\n"
                      "\n"
                      "Verbs:\n");
    for (const Verb &verb : verbs)
        text += QStringLiteral("  ") + QString::fromUtf8(verb.usage) + QStringLiteral("\n      ") + tr(verb.what) + QLatin1Char('\n');
    text += tr("\nThe analytics verbs also take --from YYYY-MM-DD --to YYYY-MM-DD (the range [from, to) in UTC days,\n"
               "default the last 30 days) and --format table|json|csv.\n"
               "Exit codes: 0 success, 1 failure, 2 bad usage.\n");
    return text;
}

int CommandLine::run(const QStringList &arguments)
{
    // A database that wants a password nobody gave asks on the terminal, if there is one.
    DatabaseCredentials::setPrompt(DatabaseCredentials::terminalPrompt());
    QStringList rest = arguments;
    const QString verb = verbOf(arguments);
    if (verb == QLatin1String("migrate"))
        return migrate(rest);
    if (verb == QLatin1String("demo"))
        return demo(rest);
    if (verb == QLatin1String("db")) {
        // The word after db chooses the options that are allowed.
        QStringList words;
        for (qsizetype i = 1; i < rest.size() && words.size() < 2; ++i) {
            if (rest.at(i) == QLatin1String("--database") || rest.at(i) == QLatin1String("--format"))
                ++i;
            else if (!rest.at(i).startsWith(QLatin1Char('-')))
                words.append(rest.at(i));
        }
        const QString command = words.value(1);
        if (command == QLatin1String("login") || command == QLatin1String("logout"))
            return dbLogin(rest, command == QLatin1String("login"));
        return dbStatus(rest);
    }
    if (verb == QLatin1String("analytics"))
        return analytics(rest);
    if (verb == QLatin1String("users"))
        return users(rest);
    if (verb == QLatin1String("share") || verb == QLatin1String("shared-with-me") || verb == QLatin1String("permissions"))
        return sharing(rest, verb);
    if (verb == QLatin1String("audit"))
        return audit(rest);
    if (verb == QLatin1String("secrets"))
        return secrets(rest);
    if (verb == QLatin1String("inbox"))
        return inbox(rest);
    if (verb == QLatin1String("watermark"))
        return watermark(rest);
    if (verb == QLatin1String("export"))
        return exportReport(rest);
    if (verb == QLatin1String("ai"))
        return AiCommands::run(rest);
    if (verb == QLatin1String("comments") || verb == QLatin1String("annotations"))
        return comments(rest, verb == QLatin1String("annotations"));
    return fail(CommandLine::tr("Unknown command \"%1\"; see atelier --help.").arg(verb), 2);
}

} // namespace Atelier
