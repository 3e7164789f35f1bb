// The analytics verbs: `atelier analytics <analysis> --brand SLUG …`, one row per analysis, each with its own options.
// Each handler reads its options, makes one service call (through AnalysisRunner: the result cache and the per-person
// limit, as the console's views do) and prints: JSON for scripts, CSV under stable English keys, a table in the
// person's language. `export analytics` is in exportverbs.cpp.
#include "output.h"
#include "verb.h"

#include "analytics/anomalyservice.h"
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
#include "reports/analysisrunner.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <limits>

namespace Atelier::Cli {

QList<Verb> exportVerbs(); // exportverbs.cpp

namespace {

// ---- Options ----------------------------------------------------------------------------------------------

const char *const kDay = QT_TRANSLATE_NOOP("CommandLine", "YYYY-MM-DD");
const char *const kName = QT_TRANSLATE_NOOP("CommandLine", "name");
const char *const kEvent = QT_TRANSLATE_NOOP("CommandLine", "event");

/// --from and --to of an analysis over [from, to): by default the last 30 days, today included.
QList<QCommandLineOption> rangeOptions()
{
    return {option("from", QT_TRANSLATE_NOOP("CommandLine", "First day, UTC (default: 30 days ago)."), kDay),
            option("to", QT_TRANSLATE_NOOP("CommandLine", "Day after the last one, UTC (default: tomorrow)."), kDay)};
}

/// The range of rangeOptions(); a bad date or an inverted range is refused (exit 2) by the caller.
Result<std::pair<QDate, QDate>> range(const Context &c)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    return c.days(today.addDays(-29), today.addDays(1));
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QJsonValue nullable(bool present, double value)
{
    return present ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

/// What the JSON of every analysis begins with.
QJsonObject head(const Context &c, QDate from, QDate to)
{
    return {{QStringLiteral("brand"), c.brand->slug},
            {QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)}};
}

/// A column of a printed table: its stable English key (CSV) and its header in the person's language (table).
struct Column final
{
    const char *key;
    QString header;
};

/// Rows of text under \a columns: CSV when \a csv, else a table.
void printTable(const QList<Column> &columns, const QList<QStringList> &rows, bool csv)
{
    QStringList keys, headers;
    for (const Column &column : columns) {
        keys.append(QLatin1String(column.key));
        headers.append(column.header);
    }
    printRows(keys, headers, rows, csv);
}

/// In the verb's format (table or CSV; JSON is printed before).
void printTable(const Context &c, const QList<Column> &columns, const QList<QStringList> &rows)
{
    printTable(columns, rows, c.csv());
}

/// An analysis computed the way the console computes it (AnalysisRunner): an answer still in the result cache for
/// \a key (the verb, its brand, range and options; empty: never cached, for what depends on the clock or on stored
/// rows) comes back at once, else it is computed under the per-person analysis limit.
template<typename T, typename Compute>
Result<T> analysed(const Context &c, const QString &key, Compute &&compute)
{
    return AnalysisRunner::compute<T>(c.db, key.isEmpty() ? QString() : QStringLiteral("cli|") + key, nullptr,
                                      std::forward<Compute>(compute));
}

QString key(const Context &c, const QString &verb, QDate from, QDate to, const QStringList &options = {})
{
    return QStringList{verb, c.brand->slug, from.toString(Qt::ISODate), to.toString(Qt::ISODate)}.join(QLatin1Char('|'))
           + QLatin1Char('|') + options.join(QChar(0x1f));
}

/// A daily metric named by --metric or --metrics; an unknown one is refused with the list (exit 2 by the caller).
Result<QStringList> metricsOption(const Context &c, const char *name)
{
    const QString option = QLatin1String(name);
    QStringList metrics;
    if (c.isSet(option))
        metrics = c.value(option).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &m : metrics)
        m = m.trimmed();
    for (const QString &m : std::as_const(metrics))
        if (!DailyMetricsService::metricNames().contains(m))
            return Error{CommandLine::tr("--%1: unknown metric \"%2\"; the metrics are: %3.")
                             .arg(option, m, DailyMetricsService::metricNames().join(QLatin1String(", "))),
                         {},
                         ErrorCode::InvalidInput};
    return metrics;
}

// ---- A/B tests --------------------------------------------------------------------------------------------

/// `atelier analytics experiments`: getABTestResults.
int experiments(Context &c)
{
    const auto days = range(c);
    if (!days)
        return fail(days.error().message, 2);
    const auto [from, to] = days.value();
    const QString only = c.value(QStringLiteral("experiment"));
    auto results = analysed<QList<ExperimentResult>>(c, key(c, QStringLiteral("experiments"), from, to, {only}),
                                                     [&] { return ExperimentService::results(c.db, *c.brand, from, to, only); });
    if (!results)
        return fail(results.error().message);
    if (c.json()) {
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
        QJsonObject o = head(c, from, to);
        o.insert(QStringLiteral("experiments"), experiments);
        printJson(o);
        return 0;
    }
    const QString none = c.csv() ? QString() : QStringLiteral("—");
    QList<QStringList> rows;
    for (const ExperimentResult &r : std::as_const(results.value())) {
        for (const VariantResult &v : r.variants) {
            rows.append({r.name, v.name, number(v.expectedShare, 3), QString::number(v.users), QString::number(v.conversions),
                         number(v.rate, 4), v.hasUplift ? number(v.uplift, 4) : none,
                         v.hasInterval ? number(v.ciLow, 4) : none, v.hasInterval ? number(v.ciHigh, 4) : none,
                         v.isControl ? none : number(v.pValue, 4), v.isControl ? none : number(v.probBeatControl, 4),
                         v.isControl ? none : number(v.expectedLoss, 5),
                         number(r.srmPValue, 4) + (r.srmFlag && !c.csv() ? CommandLine::tr(" (mismatch)") : QString())});
        }
    }
    printTable(c,
               {{"experiment", CommandLine::tr("Experiment")},
                {"variant", CommandLine::tr("Variant")},
                {"share", CommandLine::tr("Planned share")},
                {"users", CommandLine::tr("Users")},
                {"conversions", CommandLine::tr("Conversions")},
                {"rate", CommandLine::tr("Rate")},
                {"uplift", CommandLine::tr("Uplift")},
                {"ci_low", CommandLine::tr("95% low")},
                {"ci_high", CommandLine::tr("95% high")},
                {"p_value", CommandLine::tr("p-value")},
                {"prob_beat_control", CommandLine::tr("Probability to beat control")},
                {"expected_loss", CommandLine::tr("Expected loss")},
                {"srm_p_value", CommandLine::tr("Sample ratio p-value")}},
               rows);
    return 0;
}

// ---- Seasonality ------------------------------------------------------------------------------------------

/// `atelier analytics seasonality`: getSeasonality.
int seasonality(Context &c)
{
    const auto days = range(c);
    if (!days)
        return fail(days.error().message, 2);
    const auto [from, to] = days.value();
    auto s = analysed<Seasonality>(c, key(c, QStringLiteral("seasonality"), from, to),
                                   [&] { return SeasonalityService::compute(c.db, *c.brand, from, to); });
    if (!s)
        return fail(s.error().message);
    static const char *const weekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    if (c.json()) {
        QJsonArray week, hours, heatmap;
        for (int w = 0; w < 7; ++w) {
            week.append(QJsonObject{{QStringLiteral("day"), QLatin1String(weekdays[w])}, {QStringLiteral("index"), optional(s->dayOfWeek[w])}});
            QJsonArray row;
            for (double slot : s->heatmap[w])
                row.append(slot);
            heatmap.append(row);
        }
        for (int h = 0; h < 24; ++h)
            hours.append(QJsonObject{{QStringLiteral("hour"), h}, {QStringLiteral("index"), optional(s->hourOfDay[h])}});
        QJsonObject o = head(c, from, to);
        o.insert(QStringLiteral("metric"), QStringLiteral("events"));
        o.insert(QStringLiteral("total"), s->total);
        o.insert(QStringLiteral("day_of_week"), week);
        o.insert(QStringLiteral("hour_of_day"), hours);
        o.insert(QStringLiteral("heatmap"), heatmap);
        o.insert(QStringLiteral("weekly_strength"), optional(s->weeklyStrength));
        printJson(o);
        return 0;
    }
    const QString none = c.csv() ? QString() : QStringLiteral("—");
    auto text = [&](const std::optional<double> &v) { return v ? number(*v, 4) : none; };
    QList<QStringList> rows;
    for (int w = 0; w < 7; ++w)
        rows.append({QStringLiteral("day_of_week"), QLatin1String(weekdays[w]), text(s->dayOfWeek[w])});
    for (int h = 0; h < 24; ++h)
        rows.append({QStringLiteral("hour_of_day"), QString::number(h), text(s->hourOfDay[h])});
    rows.append({QStringLiteral("weekly_strength"), QString(), text(s->weeklyStrength)});
    printTable(c, {{"kind", CommandLine::tr("Kind")}, {"slot", CommandLine::tr("Slot")}, {"index", CommandLine::tr("Index")}}, rows);
    return 0;
}

// ---- Benchmarks -------------------------------------------------------------------------------------------

/// `atelier analytics benchmarks`: getBenchmarks.
int benchmarks(Context &c)
{
    const auto days = range(c);
    if (!days)
        return fail(days.error().message, 2);
    const auto [from, to] = days.value();
    auto b = analysed<Benchmark>(c, key(c, QStringLiteral("benchmarks"), from, to),
                                 [&] { return BenchmarkService::compute(c.db, *c.brand, from, to); });
    if (!b)
        return fail(b.error().message);
    if (c.json()) {
        QJsonArray kpis;
        for (const BenchmarkKpi &k : std::as_const(b->kpis))
            kpis.append(QJsonObject{{QStringLiteral("name"), k.name},
                                    {QStringLiteral("value"), k.value},
                                    {QStringLiteral("percentile_rank"), nullable(!b->hidden, k.percentileRank)},
                                    {QStringLiteral("peer_median"), nullable(!b->hidden, k.peerMedian)},
                                    {QStringLiteral("peer_p25"), nullable(!b->hidden, k.peerP25)},
                                    {QStringLiteral("peer_p75"), nullable(!b->hidden, k.peerP75)}});
        QJsonObject o = head(c, from, to);
        o.insert(QStringLiteral("industry"), b->industry);
        o.insert(QStringLiteral("peers"), b->peers);
        o.insert(QStringLiteral("hidden"), b->hidden);
        o.insert(QStringLiteral("kpis"), kpis);
        printJson(o);
        return 0;
    }
    const QString none = c.csv() ? QString() : QStringLiteral("—");
    QList<QStringList> rows;
    for (const BenchmarkKpi &k : std::as_const(b->kpis))
        rows.append({k.name, number(k.value, 4), b->hidden ? none : number(k.percentileRank, 1),
                     b->hidden ? none : number(k.peerMedian, 4), b->hidden ? none : number(k.peerP25, 4),
                     b->hidden ? none : number(k.peerP75, 4)});
    printTable(c,
               {{"kpi", CommandLine::tr("KPI")},
                {"value", CommandLine::tr("Value")},
                {"percentile_rank", CommandLine::tr("Percentile rank")},
                {"peer_median", CommandLine::tr("Peer median")},
                {"peer_p25", CommandLine::tr("Peer 25th percentile")},
                {"peer_p75", CommandLine::tr("Peer 75th percentile")}},
               rows);
    if (b->hidden && !c.csv())
        out() << CommandLine::tr("Peer figures are hidden: %1 has %n peer(s) in its industry, fewer than %2.", nullptr, b->peers)
                     .arg(c.brand->slug)
                     .arg(BenchmarkService::minimumPeers)
              << '\n';
    return 0;
}

// ---- Correlations -----------------------------------------------------------------------------------------

/// `atelier analytics correlations`: getCorrelations, stored in analytics_correlations.
int correlations(Context &c)
{
    const auto metrics = metricsOption(c, "metrics");
    if (!metrics)
        return fail(metrics.error().message, 2);
    const auto days = range(c);
    if (!days)
        return fail(days.error().message, 2);
    const auto [from, to] = days.value();
    auto pairs = analysed<QList<CorrelationPair>>(c, key(c, QStringLiteral("correlations"), from, to, metrics.value()),
                                                  [&] { return CorrelationService::compute(c.db, *c.brand, from, to, metrics.value()); });
    if (!pairs)
        return fail(pairs.error().message);
    if (auto stored = CorrelationService::persist(c.db, *c.brand, from, to, pairs.value()); !stored)
        return fail(stored.error().message);
    if (c.json()) {
        QJsonArray list;
        for (const CorrelationPair &p : std::as_const(pairs.value()))
            list.append(QJsonObject{{QStringLiteral("a"), p.a},
                                    {QStringLiteral("b"), p.b},
                                    {QStringLiteral("pearson"), optional(p.pearson)},
                                    {QStringLiteral("p_value"), optional(p.pValue)},
                                    {QStringLiteral("spearman"), optional(p.spearman)},
                                    {QStringLiteral("granger_p"), optional(p.grangerP)},
                                    {QStringLiteral("granger_lag"), p.grangerP ? QJsonValue(p.grangerLag) : QJsonValue()}});
        QJsonObject o = head(c, from, to);
        o.insert(QStringLiteral("pairs"), list);
        printJson(o);
        return 0;
    }
    const QString none = c.csv() ? QString() : QStringLiteral("—");
    auto text = [&](const std::optional<double> &v, int decimals) { return v ? number(*v, decimals) : none; };
    QList<QStringList> rows;
    for (const CorrelationPair &p : std::as_const(pairs.value()))
        rows.append({p.a, p.b, text(p.pearson, 4), text(p.pValue, 6), text(p.spearman, 4), text(p.grangerP, 6),
                     p.grangerP ? QString::number(p.grangerLag) : none});
    printTable(c,
               {{"a", CommandLine::tr("Metric A")},
                {"b", CommandLine::tr("Metric B")},
                {"pearson", CommandLine::tr("Pearson r")},
                {"p_value", CommandLine::tr("p-value")},
                {"spearman", CommandLine::tr("Spearman ρ")},
                {"granger_p", CommandLine::tr("Granger p")},
                {"granger_lag", CommandLine::tr("Granger lag (days)")}},
               rows);
    return 0;
}

// ---- Predictions ------------------------------------------------------------------------------------------

/// `atelier analytics predictions`: getPredictions with the stored ones. A read: only --save writes (the new
/// predictions stored, what happened recorded for the past ones whose period is over).
int predictions(Context &c)
{
    const auto top = c.integer(QStringLiteral("top"), 20, 0, 1000000);
    if (!top)
        return fail(top.error().message, 2);
    // Forecasts learn from whole days: up to yesterday, half a year back.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto days = c.days(today.addDays(-29), today, 180);
    if (!days)
        return fail(days.error().message, 2);
    const auto [from, to] = days.value();
    const auto storage = c.isSet(QStringLiteral("save")) ? PredictionService::Storage::Store : PredictionService::Storage::ReadOnly;
    // Never cached: the answer lists stored rows.
    auto run = analysed<PredictionRun>(c, {}, [&] { return PredictionService::predict(c.db, *c.brand, from, to, storage); });
    if (!run)
        return fail(run.error().message);
    const Predictions &pr = run->predictions;
    const QList<StoredPrediction> &past = run->past;
    const std::optional<ChurnForecast> &churn = pr.churn;
    const qsizetype shown = qsizetype(top.value());

    if (c.json()) {
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
            for (const ChurnScore &u : churn->users.mid(0, shown))
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
        QJsonObject o = head(c, from, to);
        o.insert(QStringLiteral("history_start"), pr.historyStart.toString(Qt::ISODate));
        o.insert(QStringLiteral("forecasts"), forecasts);
        o.insert(QStringLiteral("churn"), churnJson);
        o.insert(QStringLiteral("backtests"), backtests);
        o.insert(QStringLiteral("past"), stored);
        if (!churn)
            o.insert(QStringLiteral("churn_unavailable"), pr.churnUnavailable);
        printJson(o);
        return 0;
    }
    // Table and CSV: one row per prediction (forecasts, churn, then the stored ones with what happened).
    const QString none = c.csv() ? QString() : QStringLiteral("—");
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
    printTable(c,
               {{"kind", CommandLine::tr("Kind")},
                {"type", CommandLine::tr("Type")},
                {"period", CommandLine::tr("Period")},
                {"target_start", CommandLine::tr("From")},
                {"target_end", CommandLine::tr("To")},
                {"value", CommandLine::tr("Expected")},
                {"lower80", CommandLine::tr("80% low")},
                {"upper80", CommandLine::tr("80% high")},
                {"lower95", CommandLine::tr("95% low")},
                {"upper95", CommandLine::tr("95% high")},
                {"actual", CommandLine::tr("Actual")}},
               rows);
    if (c.csv())
        return 0;
    if (!pr.backtests.isEmpty()) {
        out() << '\n' << CommandLine::tr("Backtest on the last days of the history (mean absolute error per day):") << '\n';
        QList<QStringList> bt;
        for (const Backtest &b : pr.backtests)
            bt.append({b.metric, QString::number(b.holdoutDays), number(b.modelMae, 4), number(b.naiveMae, 4)});
        printTable({{"metric", CommandLine::tr("Metric")},
                    {"holdout_days", CommandLine::tr("Days held out")},
                    {"model_mae", CommandLine::tr("Model error")},
                    {"seasonal_naive_mae", CommandLine::tr("Seasonal-naive error")}},
                   bt, false);
    }
    if (!churn) {
        out() << '\n' << pr.churnUnavailable << '\n';
    } else if (shown > 0 && !churn->users.isEmpty()) {
        out() << '\n'
              << CommandLine::tr("Users most likely to churn (%1 of %2):").arg(std::min<qsizetype>(shown, churn->users.size())).arg(churn->activeUsers)
              << '\n';
        QList<QStringList> users;
        for (const ChurnScore &u : churn->users.mid(0, shown))
            users.append({u.userId, number(u.score, 4), QString::number(u.daysSinceLast), QString::number(u.events),
                          QString::number(u.activeDays)});
        printTable({{"user_id", CommandLine::tr("User")},
                    {"score", CommandLine::tr("Score")},
                    {"days_since_last", CommandLine::tr("Days since last event")},
                    {"events", CommandLine::tr("Events (30 days)")},
                    {"active_days", CommandLine::tr("Active days")}},
                   users, false);
    }
    return 0;
}

// ---- Anomalies --------------------------------------------------------------------------------------------

/// `atelier analytics anomalies`: getAnomalies, of one metric or of all of them.
int anomalies(Context &c)
{
    const auto metrics = metricsOption(c, "metric");
    if (!metrics)
        return fail(metrics.error().message, 2);
    const auto days = range(c);
    if (!days)
        return fail(days.error().message, 2);
    const auto [from, to] = days.value();
    auto found = analysed<QList<Anomaly>>(c, key(c, QStringLiteral("anomalies"), from, to, metrics.value()),
                                          [&] { return AnomalyService::detect(c.db, *c.brand, from, to, metrics.value()); });
    if (!found)
        return fail(found.error().message);
    if (c.json()) {
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
        QJsonObject o = head(c, from, to);
        o.insert(QStringLiteral("anomalies"), list);
        printJson(o);
        return 0;
    }
    QList<QStringList> rows;
    for (const Anomaly &a : std::as_const(found.value()))
        rows.append({a.date.toString(Qt::ISODate), a.metric, number(a.actual, 2), number(a.expected, 2), number(a.lower, 2),
                     number(a.upper, 2), number(a.score, 2), a.up ? QStringLiteral("up") : QStringLiteral("down")});
    printTable(c,
               {{"date", CommandLine::tr("Date")},
                {"metric", CommandLine::tr("Metric")},
                {"actual", CommandLine::tr("Actual")},
                {"expected", CommandLine::tr("Expected")},
                {"lower", CommandLine::tr("Low")},
                {"upper", CommandLine::tr("High")},
                {"score", CommandLine::tr("Score")},
                {"direction", CommandLine::tr("Direction")}},
               rows);
    return 0;
}

// ---- Retention --------------------------------------------------------------------------------------------

/// `atelier analytics retention`: getCohorts, stored in analytics_cohorts.
int retention(Context &c)
{
    RetentionQuery query;
    if (c.isSet(QStringLiteral("start-event")))
        query.startEvent = c.value(QStringLiteral("start-event"));
    if (c.isSet(QStringLiteral("return-event")))
        query.returnEvent = c.value(QStringLiteral("return-event"));
    if (c.isSet(QStringLiteral("period")))
        query.period = c.value(QStringLiteral("period"));
    const auto periods = c.integer(QStringLiteral("periods"), query.periods, 1, RetentionService::maxPeriods);
    if (!periods)
        return fail(periods.error().message, 2);
    query.periods = int(periods.value());
    const auto days = range(c);
    if (!days)
        return fail(days.error().message, 2);
    const auto [from, to] = days.value();
    auto cohorts = analysed<QList<Cohort>>(
        c, key(c, QStringLiteral("retention"), from, to, {query.startEvent, query.returnEvent, query.period, QString::number(query.periods)}),
        [&] { return RetentionService::compute(c.db, *c.brand, from, to, query); });
    if (!cohorts)
        return fail(cohorts.error().message);
    if (auto stored = RetentionService::persist(c.db, *c.brand, query, cohorts.value()); !stored)
        return fail(stored.error().message);
    if (c.json()) {
        QJsonArray list;
        for (const Cohort &cohort : std::as_const(cohorts.value())) {
            QJsonArray counts, rates, revenue;
            for (int k = 0; k < cohort.counts.size(); ++k) {
                counts.append(cohort.counts.at(k));
                rates.append(cohort.rates.at(k));
                revenue.append(cohort.revenue.at(k));
            }
            list.append(QJsonObject{{QStringLiteral("start"), cohort.start.toString(Qt::ISODate)},
                                    {QStringLiteral("size"), cohort.size},
                                    {QStringLiteral("counts"), counts},
                                    {QStringLiteral("rates"), rates},
                                    {QStringLiteral("revenue"), revenue}});
        }
        QJsonObject o = head(c, from, to);
        o.insert(QStringLiteral("start_event"), query.startEvent);
        o.insert(QStringLiteral("return_event"), query.returnEvent);
        o.insert(QStringLiteral("period"), query.period);
        o.insert(QStringLiteral("cohorts"), list);
        printJson(o);
        return 0;
    }
    // The period columns are named after the unit: week_1, week_2 … (table: "week 1" in the person's words).
    QStringList keys = {QStringLiteral("start"), QStringLiteral("size")};
    QStringList headers = {CommandLine::tr("Cohort"), CommandLine::tr("Size")};
    const QString unit = query.period == QLatin1String("day")     ? CommandLine::tr("day")
                         : query.period == QLatin1String("month") ? CommandLine::tr("month")
                                                                   : CommandLine::tr("week");
    for (int k = 1; k <= query.periods; ++k) {
        keys.append(QStringLiteral("%1_%2").arg(query.period).arg(k));
        headers.append(QStringLiteral("%1 %2").arg(unit).arg(k));
    }
    QList<QStringList> rows;
    for (const Cohort &cohort : std::as_const(cohorts.value())) {
        QStringList row = {cohort.start.toString(Qt::ISODate), QString::number(cohort.size)};
        for (int k = 1; k < cohort.rates.size(); ++k)
            row.append(number(cohort.rates.at(k), 4));
        rows.append(row);
    }
    printRows(keys, headers, rows, c.csv());
    return 0;
}

// ---- Real time --------------------------------------------------------------------------------------------

/// `atelier analytics realtime`: getRealTimeMetrics, at this moment.
int realtime(Context &c)
{
    // Never cached: it depends on the clock.
    auto m = analysed<RealTimeMetrics>(c, {}, [&] { return RealTimeService::snapshot(c.db, *c.brand); });
    if (!m)
        return fail(m.error().message);
    if (c.json()) {
        QJsonArray perMinute, top;
        for (qint64 n : std::as_const(m->eventsPerMinute))
            perMinute.append(n);
        for (const auto &[event, count] : std::as_const(m->topEvents))
            top.append(QJsonObject{{QStringLiteral("event"), event}, {QStringLiteral("count"), count}});
        printJson(QJsonObject{{QStringLiteral("brand"), c.brand->slug},
                              {QStringLiteral("at"), m->at.toString(Qt::ISODateWithMs)},
                              {QStringLiteral("active_users_5m"), m->activeUsers},
                              {QStringLiteral("events_per_minute"), perMinute},
                              {QStringLiteral("top_events"), top}});
        return 0;
    }
    QList<QStringList> rows = {{QStringLiteral("active_users_5m"), QString::number(m->activeUsers)}};
    qint64 lastHour = 0;
    for (qint64 n : std::as_const(m->eventsPerMinute))
        lastHour += n;
    rows.append({QStringLiteral("events_60m"), QString::number(lastHour)});
    for (const auto &[event, count] : std::as_const(m->topEvents))
        rows.append({QStringLiteral("top:") + event, QString::number(count)});
    printTable(c, {{"figure", CommandLine::tr("Figure")}, {"value", CommandLine::tr("Value")}}, rows);
    return 0;
}

// ---- Funnels ----------------------------------------------------------------------------------------------

QJsonArray funnelSteps(const QList<FunnelStepResult> &steps)
{
    QJsonArray list;
    for (const FunnelStepResult &st : steps)
        list.append(QJsonObject{{QStringLiteral("event"), st.event},
                                {QStringLiteral("users"), st.users},
                                {QStringLiteral("conversion_from_start"), st.conversionFromStart},
                                {QStringLiteral("conversion_from_previous"), st.conversionFromPrevious},
                                {QStringLiteral("median_seconds_from_previous"), optional(st.medianSecondsFromPrevious)},
                                {QStringLiteral("mean_seconds_from_previous"), optional(st.meanSecondsFromPrevious)}});
    return list;
}

/// The funnel of --steps, --window, --breakdown, --filter and --exclude; a malformed one is refused (exit 2).
Result<FunnelQuery> funnelQuery(const Context &c)
{
    FunnelQuery query;
    if (!c.isSet(QStringLiteral("steps")))
        return Error{CommandLine::tr("--steps is required, as in --steps page_view,signup,purchase."), {}, ErrorCode::InvalidInput};
    for (const QString &event : c.value(QStringLiteral("steps")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        query.steps.append({event.trimmed(), {}});
    if (c.isSet(QStringLiteral("window"))) {
        auto window = FunnelService::parseWindow(c.value(QStringLiteral("window")));
        if (!window)
            return Error{QStringLiteral("--window: ") + window.error().message, {}, ErrorCode::InvalidInput};
        query.windowSeconds = window.value();
    }
    query.breakdown = c.value(QStringLiteral("breakdown"));
    for (const QString &filter : c.values(QStringLiteral("filter"))) {
        // STEP:PROPERTY=VALUE
        const qsizetype colon = filter.indexOf(QLatin1Char(':')), equals = filter.indexOf(QLatin1Char('='));
        bool ok = false;
        const int step = filter.left(colon).toInt(&ok);
        if (colon < 1 || equals < colon + 2 || !ok || step < 1 || step > query.steps.size())
            return Error{CommandLine::tr("--filter: \"%1\" is not STEP:PROPERTY=VALUE with STEP between 1 and %2.").arg(filter).arg(query.steps.size()),
                         {},
                         ErrorCode::InvalidInput};
        query.steps[step - 1].filters.append({filter.mid(colon + 1, equals - colon - 1), filter.mid(equals + 1)});
    }
    for (const QString &exclusion : c.values(QStringLiteral("exclude"))) {
        const QStringList parts = exclusion.split(QLatin1Char(':'));
        bool okFrom = false, okTo = false;
        const int fromStep = parts.value(1).toInt(&okFrom), toStep = parts.value(2).toInt(&okTo);
        if (parts.size() != 3 || !okFrom || !okTo)
            return Error{CommandLine::tr("--exclude: \"%1\" is not EVENT:FROM:TO, as in refund:2:3.").arg(exclusion), {}, ErrorCode::InvalidInput};
        query.exclusions.append({parts.at(0), fromStep, toStep});
    }
    return query;
}

/// `atelier analytics funnel`: getFunnelData for the steps given, or for a saved funnel; --save keeps it once it ran.
int funnel(Context &c)
{
    FunnelQuery query;
    if (c.isSet(QStringLiteral("saved"))) {
        for (const char *name : {"steps", "window", "breakdown", "filter", "exclude"})
            if (c.isSet(QLatin1String(name)))
                return fail(CommandLine::tr("--saved runs the funnel as it was saved: it takes no --%1.").arg(QLatin1String(name)), 2);
    } else {
        auto given = funnelQuery(c);
        if (!given)
            return fail(given.error().message, 2);
        query = given.value();
    }
    const auto days = range(c);
    if (!days)
        return fail(days.error().message, 2);
    const auto [from, to] = days.value();
    if (c.isSet(QStringLiteral("saved"))) {
        auto saved = FunnelStore::byName(c.db, *c.brand, c.value(QStringLiteral("saved")));
        if (!saved)
            return fail(saved.error().message);
        query = saved->query;
    }
    const QString definition = QString::fromUtf8(QJsonDocument(FunnelStore::toJson(query)).toJson(QJsonDocument::Compact));
    auto result = analysed<FunnelResult>(c, key(c, QStringLiteral("funnel"), from, to, {definition}),
                                         [&] { return FunnelService::compute(c.db, *c.brand, from, to, query); });
    if (!result)
        return fail(result.error().message);
    // Saved only once it has run, so a saved funnel is always one that works.
    if (c.isSet(QStringLiteral("save"))) {
        if (auto saved = FunnelStore::save(c.db, *c.brand, c.value(QStringLiteral("save")), query); !saved)
            return fail(saved.error().message);
    }
    if (c.json()) {
        QJsonArray breakdown;
        for (const auto &[value, steps] : std::as_const(result->breakdown))
            breakdown.append(QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("steps"), funnelSteps(steps)}});
        QJsonObject o = head(c, from, to);
        o.insert(QStringLiteral("window_seconds"), query.windowSeconds);
        o.insert(QStringLiteral("steps"), funnelSteps(result->steps));
        if (!query.breakdown.isEmpty()) {
            o.insert(QStringLiteral("breakdown_property"), query.breakdown);
            o.insert(QStringLiteral("breakdown"), breakdown);
        }
        printJson(o);
        return 0;
    }
    const QString none = c.csv() ? QString() : QStringLiteral("—");
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
    add(QStringLiteral("*"), result->steps);
    for (const auto &[value, steps] : std::as_const(result->breakdown))
        add(value, steps);
    printTable(c,
               {{"breakdown", CommandLine::tr("Breakdown")},
                {"step", CommandLine::tr("Step")},
                {"event", CommandLine::tr("Event")},
                {"users", CommandLine::tr("Users")},
                {"conversion_from_start", CommandLine::tr("Conversion from start")},
                {"conversion_from_previous", CommandLine::tr("Conversion from previous")},
                {"median_seconds_from_previous", CommandLine::tr("Median time from previous (s)")},
                {"mean_seconds_from_previous", CommandLine::tr("Mean time from previous (s)")}},
               rows);
    return 0;
}

/// `atelier analytics funnels`: getFunnels, after deleting the one --delete names.
int funnels(Context &c)
{
    if (c.isSet(QStringLiteral("delete"))) {
        if (auto removed = FunnelStore::remove(c.db, *c.brand, c.value(QStringLiteral("delete"))); !removed)
            return fail(removed.error().message);
    }
    auto list = FunnelStore::list(c.db, *c.brand);
    if (!list)
        return fail(list.error().message);
    if (c.json()) {
        QJsonArray array;
        for (const SavedFunnel &f : std::as_const(list.value())) {
            QJsonObject o = FunnelStore::toJson(f.query);
            o.insert(QStringLiteral("name"), f.name);
            o.insert(QStringLiteral("id"), f.id);
            o.insert(QStringLiteral("updated_at"), f.updatedAt.toString(Qt::ISODate));
            array.append(o);
        }
        printJson(QJsonObject{{QStringLiteral("brand"), c.brand->slug}, {QStringLiteral("funnels"), array}});
        return 0;
    }
    QList<QStringList> rows;
    for (const SavedFunnel &f : std::as_const(list.value())) {
        QStringList events;
        for (const FunnelStep &st : f.query.steps)
            events.append(st.event);
        rows.append({f.name, events.join(QLatin1String(" > ")), QString::number(f.query.windowSeconds), f.query.breakdown,
                     f.updatedAt.toString(Qt::ISODate)});
    }
    printTable(c,
               {{"name", CommandLine::tr("Name")},
                {"steps", CommandLine::tr("Steps")},
                {"window_seconds", CommandLine::tr("Window (s)")},
                {"breakdown", CommandLine::tr("Breakdown")},
                {"updated_at", CommandLine::tr("Updated")}},
               rows);
    return 0;
}

// ---- Journeys ---------------------------------------------------------------------------------------------

/// `atelier analytics journeys`: getUserJourney.
int journeys(Context &c)
{
    const QString start = c.isSet(QStringLiteral("start-event")) ? c.value(QStringLiteral("start-event")) : QStringLiteral("page_view");
    const auto steps = c.integer(QStringLiteral("steps"), 3, 1, JourneyService::maxSteps);
    if (!steps)
        return fail(steps.error().message, 2);
    const auto days = range(c);
    if (!days)
        return fail(days.error().message, 2);
    const auto [from, to] = days.value();
    auto j = analysed<Journeys>(c, key(c, QStringLiteral("journeys"), from, to, {start, QString::number(steps.value())}),
                                [&] { return JourneyService::compute(c.db, *c.brand, from, to, start, int(steps.value())); });
    if (!j)
        return fail(j.error().message);
    if (c.json()) {
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
        QJsonObject o = head(c, from, to);
        o.insert(QStringLiteral("start_event"), start);
        o.insert(QStringLiteral("sessions"), j->sessions);
        o.insert(QStringLiteral("paths"), paths);
        o.insert(QStringLiteral("edges"), edges);
        printJson(o);
        return 0;
    }
    QList<QStringList> rows;
    for (const JourneyPath &path : std::as_const(j->paths))
        rows.append({path.events.join(QLatin1String(" > ")), QString::number(path.sessions), QString::number(path.users)});
    printTable(c, {{"path", CommandLine::tr("Path")}, {"sessions", CommandLine::tr("Sessions")}, {"users", CommandLine::tr("Users")}},
               rows);
    return 0;
}

// ---- Channels, geography, devices -------------------------------------------------------------------------

/// `atelier analytics channels|geo|devices`: getChannelPerformance (with attribution), getGeographicAnalytics,
/// getDeviceAnalytics: the figures per value of each of \a properties.
int breakdown(Context &c, const QString &verb, const QStringList &properties)
{
    const auto days = range(c);
    if (!days)
        return fail(days.error().message, 2);
    const auto [from, to] = days.value();
    QJsonObject o = head(c, from, to);
    QList<QStringList> rows;
    for (const QString &property : properties) {
        auto values = analysed<QList<BreakdownRow>>(c, key(c, QStringLiteral("breakdown"), from, to, {property}),
                                                    [&] { return BreakdownService::byProperty(c.db, *c.brand, from, to, property); });
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
        auto a = analysed<Attribution>(c, key(c, QStringLiteral("attribution"), from, to),
                                       [&] { return BreakdownService::attribution(c.db, *c.brand, from, to); });
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
    if (c.json()) {
        printJson(o);
        return 0;
    }
    printTable(c,
               {{"property", CommandLine::tr("Property")},
                {"value", CommandLine::tr("Value")},
                {"users", CommandLine::tr("Users")},
                {"sessions", CommandLine::tr("Sessions")},
                {"conversions", CommandLine::tr("Conversions")},
                {"conversion_rate", CommandLine::tr("Conversion rate")},
                {"revenue", CommandLine::tr("Revenue")},
                {"revenue_per_user", CommandLine::tr("Revenue per user")}},
               rows);
    if (!attributionRows.isEmpty() && !c.csv()) {
        out() << '\n';
        printTable({{"model", CommandLine::tr("Attribution model")},
                    {"channel", CommandLine::tr("Channel")},
                    {"conversions", CommandLine::tr("Conversions")},
                    {"revenue", CommandLine::tr("Revenue")}},
                   attributionRows, false);
    }
    return 0;
}

// ---- Segments ---------------------------------------------------------------------------------------------

/// The brand's saved segments (getSegments).
int printSegments(Context &c)
{
    auto segments = SegmentService::list(c.db, *c.brand);
    if (!segments)
        return fail(segments.error().message);
    if (c.json()) {
        QJsonArray list;
        for (const Segment &sg : std::as_const(segments.value()))
            list.append(QJsonObject{{QStringLiteral("id"), sg.id},
                                    {QStringLiteral("name"), sg.name},
                                    {QStringLiteral("criteria"), sg.criteria},
                                    {QStringLiteral("user_count"), sg.userCount},
                                    {QStringLiteral("updated_at"), sg.updatedAt.toString(Qt::ISODate)}});
        printJson(QJsonObject{{QStringLiteral("brand"), c.brand->slug}, {QStringLiteral("segments"), list}});
        return 0;
    }
    QList<QStringList> rows;
    for (const Segment &sg : std::as_const(segments.value()))
        rows.append({sg.name, QString::number(sg.userCount), QString::fromUtf8(QJsonDocument(sg.criteria).toJson(QJsonDocument::Compact))});
    printTable(c, {{"name", CommandLine::tr("Segment")}, {"user_count", CommandLine::tr("Users")}, {"criteria", CommandLine::tr("Criteria")}},
               rows);
    return 0;
}

/// `atelier analytics segment-create` (createSegment): the segment saved with its users counted over the range,
/// then the brand's segments.
int segmentCreate(Context &c)
{
    if (!c.isSet(QStringLiteral("name")) || !c.isSet(QStringLiteral("criteria")))
        return fail(CommandLine::tr("segment-create needs --name and --criteria JSON."), 2);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(c.value(QStringLiteral("criteria")).toUtf8(), &error);
    if (!doc.isObject())
        return fail(CommandLine::tr("--criteria: not a JSON object (%1 at character %2).")
                        .arg(error.error == QJsonParseError::NoError ? CommandLine::tr("expected an object") : error.errorString())
                        .arg(error.offset),
                    2);
    const auto days = range(c);
    if (!days)
        return fail(days.error().message, 2);
    auto segment = SegmentService::create(c.db, *c.brand, days->first, days->second, c.value(QStringLiteral("name")), doc.object());
    if (!segment)
        return fail(segment.error().message);
    return printSegments(c);
}

} // namespace

QList<Verb> analyticsVerbs()
{
    const QList<QCommandLineOption> dates = rangeOptions();
    auto with = [&](QList<QCommandLineOption> own) { return own + dates; };
    const QCommandLineOption startEvent =
        option("start-event", QT_TRANSLATE_NOOP("CommandLine", "Event that puts a user in a cohort."), kEvent);

    QList<Verb> verbs = exportVerbs();
    auto add = [&](Verb verb) {
        verb.formats = dataFormats();
        verb.brand = BrandOption::Required;
        verbs.append(std::move(verb));
    };
    add({.path = QStringLiteral("analytics anomalies"),
         .usage = "--brand SLUG [--metric M] [--from D] [--to D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "days outside the band expected from trend and weekly pattern"),
         .options = with({option("metric", QT_TRANSLATE_NOOP("CommandLine", "Only this daily metric."), kName)}),
         .run = anomalies});
    add({.path = QStringLiteral("analytics benchmarks"),
         .usage = "--brand SLUG [--from D] [--to D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "KPIs of the brand against the other brands of its industry"),
         .options = dates,
         .run = benchmarks});
    add({.path = QStringLiteral("analytics channels"),
         .usage = "--brand SLUG [--from D] [--to D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "figures per channel, with first-touch, last-touch and linear attribution"),
         .options = dates,
         .run = [](Context &c) { return breakdown(c, QStringLiteral("channels"), {QStringLiteral("channel")}); }});
    add({.path = QStringLiteral("analytics correlations"),
         .usage = "--brand SLUG [--metrics m1,m2,…] [--from D] [--to D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "Pearson, Spearman and Granger between daily metrics (stored)"),
         .options = with({option("metrics", QT_TRANSLATE_NOOP("CommandLine", "Daily metrics to correlate, comma-separated."),
                                 QT_TRANSLATE_NOOP("CommandLine", "list"))}),
         .run = correlations});
    add({.path = QStringLiteral("analytics devices"),
         .usage = "--brand SLUG [--from D] [--to D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "figures per device, browser and operating system"),
         .options = dates,
         .run = [](Context &c) {
             return breakdown(c, QStringLiteral("devices"), {QStringLiteral("device"), QStringLiteral("browser"), QStringLiteral("os")});
         }});
    add({.path = QStringLiteral("analytics experiments"),
         .usage = "--brand SLUG [--experiment NAME] [--from D] [--to D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "A/B tests: uplift, p-value, probability to beat control, sample-ratio mismatch"),
         .options = with({option("experiment", QT_TRANSLATE_NOOP("CommandLine", "Only this experiment."), kName)}),
         .run = experiments});
    add({.path = QStringLiteral("analytics funnel"),
         .usage = "--brand SLUG (--steps e1,e2,… | --saved NAME) [--window 14d] [--breakdown PROP]\n"
                  "            [--filter STEP:PROP=VALUE] [--exclude EVENT:FROM:TO] [--save NAME] [--from D] [--to D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "ordered funnel: users, conversion and time between steps"),
         .options = with({option("steps", QT_TRANSLATE_NOOP("CommandLine", "The steps: event types separated by commas."),
                                 QT_TRANSLATE_NOOP("CommandLine", "events")),
                          option("saved", QT_TRANSLATE_NOOP("CommandLine", "Run the saved funnel of this name."), kName),
                          option("window", QT_TRANSLATE_NOOP("CommandLine", "Conversion window, as in 14d, 12h, 30m."),
                                 QT_TRANSLATE_NOOP("CommandLine", "window")),
                          option("breakdown", QT_TRANSLATE_NOOP("CommandLine", "Break down by this property of the first step."),
                                 QT_TRANSLATE_NOOP("CommandLine", "property")),
                          option("filter", QT_TRANSLATE_NOOP("CommandLine", "Step filter STEP:PROPERTY=VALUE (repeatable)."),
                                 QT_TRANSLATE_NOOP("CommandLine", "filter")),
                          option("exclude", QT_TRANSLATE_NOOP("CommandLine", "Exclusion EVENT:FROM:TO (repeatable)."),
                                 QT_TRANSLATE_NOOP("CommandLine", "exclusion")),
                          option("save", QT_TRANSLATE_NOOP("CommandLine", "Save the funnel under this name once it has run."), kName)}),
         .run = funnel});
    add({.path = QStringLiteral("analytics funnels"),
         .usage = "--brand SLUG [--delete NAME]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "the saved funnels"),
         .options = {option("delete", QT_TRANSLATE_NOOP("CommandLine", "Delete the saved funnel of this name."), kName)},
         .run = funnels});
    add({.path = QStringLiteral("analytics geo"),
         .usage = "--brand SLUG [--from D] [--to D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "figures per country"),
         .options = dates,
         .run = [](Context &c) { return breakdown(c, QStringLiteral("geo"), {QStringLiteral("country")}); }});
    add({.path = QStringLiteral("analytics journeys"),
         .usage = "--brand SLUG [--start-event E] [--steps K] [--from D] [--to D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "the most frequent paths of K events within a session"),
         .options = with({option("start-event", QT_TRANSLATE_NOOP("CommandLine", "Event the journeys start from (default page_view)."), kEvent),
                          option("steps", QT_TRANSLATE_NOOP("CommandLine", "How many events to follow (default 3)."),
                                 QT_TRANSLATE_NOOP("CommandLine", "n"))}),
         .run = journeys});
    add({.path = QStringLiteral("analytics predictions"),
         .usage = "--brand SLUG [--top N] [--save] [--from D] [--to D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "revenue, conversion and churn forecasts with intervals (--save: stored, scored later)"),
         .options = {option("top", QT_TRANSLATE_NOOP("CommandLine", "How many users to list (default 20)."), QT_TRANSLATE_NOOP("CommandLine", "count")),
                     flag("save", QT_TRANSLATE_NOOP("CommandLine", "Store the predictions and record what happened for past ones.")),
                     option("from", QT_TRANSLATE_NOOP("CommandLine", "First day the forecasts learn from, UTC (default: 180 days before --to)."), kDay),
                     option("to", QT_TRANSLATE_NOOP("CommandLine", "First day forecast, UTC (default: today)."), kDay)},
         .run = predictions});
    add({.path = QStringLiteral("analytics realtime"),
         .usage = "--brand SLUG",
         .what = QT_TRANSLATE_NOOP("CommandLine", "active users now, events per minute and top events of the last hour"),
         .run = realtime});
    add({.path = QStringLiteral("analytics retention"),
         .usage = "--brand SLUG [--start-event E] [--return-event E] [--period day|week|month] [--periods N] [--from D] [--to D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "first-time retention of cohorts, with revenue (stored)"),
         .options = with({startEvent,
                          option("return-event", QT_TRANSLATE_NOOP("CommandLine", "Event that counts as coming back."), kEvent),
                          option("period", QT_TRANSLATE_NOOP("CommandLine", "Cohort period: day, week or month."), QT_TRANSLATE_NOOP("CommandLine", "unit")),
                          option("periods", QT_TRANSLATE_NOOP("CommandLine", "Number of periods after the cohort's."), QT_TRANSLATE_NOOP("CommandLine", "n"))}),
         .run = retention});
    add({.path = QStringLiteral("analytics seasonality"),
         .usage = "--brand SLUG [--from D] [--to D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "day-of-week and hour-of-day indices, heatmap, weekly strength"),
         .options = dates,
         .run = seasonality});
    add({.path = QStringLiteral("analytics segment-create"),
         .usage = "--brand SLUG --name N --criteria JSON [--from D] [--to D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "save a segment of users matching a criteria tree (see docs/cli.md)"),
         .options = with({option("name", QT_TRANSLATE_NOOP("CommandLine", "Name of the new segment."), kName),
                          option("criteria", QT_TRANSLATE_NOOP("CommandLine", "Segment criteria, as JSON."), QT_TRANSLATE_NOOP("CommandLine", "json"))}),
         .run = segmentCreate});
    add({.path = QStringLiteral("analytics segments"),
         .usage = "--brand SLUG",
         .what = QT_TRANSLATE_NOOP("CommandLine", "the saved segments with their user counts"),
         .run = printSegments});
    return verbs;
}

} // namespace Atelier::Cli
