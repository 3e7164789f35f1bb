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

namespace Cli {

QList<Verb> analyticsVerbs()
{
    QList<Verb> verbs;
    verbs.append({.path = QStringLiteral("analytics"), .maxWords = -1, .legacy = [](const QStringList &a) { return analytics(a); }});
    verbs.append({.path = QStringLiteral("export"), .maxWords = -1, .legacy = [](const QStringList &a) { return exportReport(a); }});
    return verbs;
}

} // namespace Cli
} // namespace Atelier
