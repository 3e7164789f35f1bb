#include "analysisreports.h"

#include "core/durationformat.h"
#include "analytics/anomalyservice.h"
#include "analytics/benchmarkservice.h"
#include "analytics/breakdownservice.h"
#include "analytics/correlationservice.h"
#include "analytics/dailymetrics.h"
#include "analytics/experimentservice.h"
#include "analytics/funnelstore.h"
#include "analytics/journeyservice.h"
#include "analytics/predictionservice.h"
#include "analytics/realtimeservice.h"
#include "analytics/seasonalityservice.h"
#include "analytics/statistics.h"
#include "analytics/segmentservice.h"
#include "core/brandservice.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace Atelier {

namespace {

/// A table being filled column by column, then row by row.
class TableBuilder final
{
public:
    TableBuilder &column(const QString &title, const QString &key, int decimals = 0, bool percent = false)
    {
        m_table.columns.append(title);
        m_table.keys.append(key);
        m_table.decimals.append(decimals);
        m_table.percent.append(percent);
        m_table.duration.append(false);
        return *this;
    }
    /// A column of seconds, shown as a readable duration (the key says seconds: CSV keeps them).
    TableBuilder &durationColumn(const QString &title, const QString &key)
    {
        column(title, key);
        m_table.duration.last() = true;
        return *this;
    }
    void row(QVariantList cells) { m_table.rows.append(std::move(cells)); }
    ReportTable take() { return std::move(m_table); }

private:
    ReportTable m_table;
};

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QStringList dayLabels(QDate from, int days)
{
    QStringList labels;
    labels.reserve(days);
    for (int d = 0; d < days; ++d)
        labels.append(from.addDays(d).toString(Qt::ISODate));
    return labels;
}

QString percentText(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString durationText(double seconds)
{
    return DurationFormat::text(seconds);
}

/// Period units and event properties as people read them (they stay as they are in keys and CSV headers).
QString unitName(const QString &unit)
{
    if (unit == QLatin1String("day"))
        return AnalysisReports::tr("day");
    if (unit == QLatin1String("week"))
        return AnalysisReports::tr("week");
    if (unit == QLatin1String("month"))
        return AnalysisReports::tr("month");
    return unit;
}

QString propertyName(const QString &property)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("AnalysisReports", "channel")},
        {QStringLiteral("country"), QT_TRANSLATE_NOOP("AnalysisReports", "country")},
        {QStringLiteral("device"), QT_TRANSLATE_NOOP("AnalysisReports", "device")},
        {QStringLiteral("browser"), QT_TRANSLATE_NOOP("AnalysisReports", "browser")},
        {QStringLiteral("os"), QT_TRANSLATE_NOOP("AnalysisReports", "operating system")},
        {QStringLiteral("page"), QT_TRANSLATE_NOOP("AnalysisReports", "page")},
        {QStringLiteral("experiment"), QT_TRANSLATE_NOOP("AnalysisReports", "experiment")},
        {QStringLiteral("variant"), QT_TRANSLATE_NOOP("AnalysisReports", "variant")},
    };
    const char *name = names.value(property);
    return name ? AnalysisReports::tr(name) : property;
}

// ---- Funnel -------------------------------------------------------------------------------------------

Result<QList<ReportSection>> funnel(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const ReportOptions &o)
{
    FunnelQuery query = o.funnel.value_or(AnalysisReports::standardFunnel());
    QString name = AnalysisReports::tr("Purchase funnel");
    if (!o.funnel && !o.funnelName.isEmpty()) {
        auto saved = FunnelStore::byName(db, brand, o.funnelName);
        if (!saved)
            return saved.error();
        query = saved->query;
        name = saved->name;
    } else if (o.funnel) {
        name = o.funnelName.isEmpty() ? AnalysisReports::tr("Funnel") : o.funnelName;
    }
    auto result = FunnelService::compute(db, brand, from, to, query);
    if (!result)
        return result.error();

    QStringList events;
    for (const FunnelStep &s : query.steps)
        events.append(s.event);

    ReportSection steps;
    steps.id = QStringLiteral("funnel");
    steps.title = AnalysisReports::tr("Funnel: %1").arg(name);
    steps.chart.kind = ReportChart::Kind::Bars;
    steps.chart.xTitle = AnalysisReports::tr("Step");
    steps.chart.yTitle = AnalysisReports::tr("Users");
    ChartSeries users{AnalysisReports::tr("Users"), {}};
    TableBuilder t;
    t.column(AnalysisReports::tr("Step"), QStringLiteral("step"))
        .column(AnalysisReports::tr("Event"), QStringLiteral("event"))
        .column(AnalysisReports::tr("Users"), QStringLiteral("users"))
        .column(AnalysisReports::tr("Conversion from start"), QStringLiteral("conversion_from_start"), 1, true)
        .column(AnalysisReports::tr("Conversion from previous"), QStringLiteral("conversion_from_previous"), 1, true)
        .column(AnalysisReports::tr("Drop-off"), QStringLiteral("drop_off"))
        .durationColumn(AnalysisReports::tr("Median time from previous"), QStringLiteral("median_seconds_from_previous"))
        .durationColumn(AnalysisReports::tr("Mean time from previous"), QStringLiteral("mean_seconds_from_previous"));
    for (int k = 0; k < result->steps.size(); ++k) {
        const FunnelStepResult &s = result->steps.at(k);
        const qint64 dropped = k == 0 ? 0 : result->steps.at(k - 1).users - s.users;
        steps.chart.categories.append(QStringLiteral("%1. %2").arg(k + 1).arg(s.event));
        users.values.append(double(s.users));
        steps.chart.barLabels.append(k == 0 ? percentText(1.0)
                                            : AnalysisReports::tr("%1 · −%2").arg(percentText(s.conversionFromStart)).arg(dropped));
        t.row({k + 1, s.event, s.users, s.conversionFromStart, s.conversionFromPrevious, dropped,
               optionalValue(s.medianSecondsFromPrevious), optionalValue(s.meanSecondsFromPrevious)});
    }
    steps.chart.series.append(users);
    steps.table = t.take();
    if (!result->steps.isEmpty() && result->steps.first().users > 0)
        steps.summary = AnalysisReports::tr("%1 of %2 users who did \"%3\" went on to \"%4\" within %5 (%6).")
                            .arg(result->steps.last().users)
                            .arg(result->steps.first().users)
                            .arg(events.first(), events.last(), durationText(double(query.windowSeconds)),
                                 percentText(result->steps.last().conversionFromStart));
    else
        steps.summary = AnalysisReports::tr("Nobody did \"%1\" in this range.").arg(events.value(0));
    if (o.comparePrevious) {
        const qint64 days = from.daysTo(to);
        auto previous = FunnelService::compute(db, brand, from.addDays(-days), from, query);
        if (!previous)
            return previous.error();
        if (!previous->steps.isEmpty() && previous->steps.first().users > 0)
            steps.summary += QLatin1Char(' ')
                             + AnalysisReports::tr("The previous %n day(s): %1 of %2 (%3).", nullptr, int(days))
                                   .arg(previous->steps.last().users)
                                   .arg(previous->steps.first().users)
                                   .arg(percentText(previous->steps.last().conversionFromStart));
    }

    ReportSection histogram;
    histogram.id = QStringLiteral("funnel-time-to-convert");
    histogram.title = AnalysisReports::tr("Time to convert");
    histogram.summary = AnalysisReports::tr("Users who reached \"%1\", by the time it took them from \"%2\".").arg(events.last(), events.first());
    histogram.chart.kind = ReportChart::Kind::Bars;
    histogram.chart.xTitle = AnalysisReports::tr("Time from the first step to the last");
    histogram.chart.yTitle = AnalysisReports::tr("Users");
    {
        const QList<qint64> bounds = FunnelService::timeToConvertBounds();
        ChartSeries converted{AnalysisReports::tr("Users"), {}};
        TableBuilder ht;
        ht.column(AnalysisReports::tr("Time to convert"), QStringLiteral("bucket"))
            .durationColumn(AnalysisReports::tr("Up to"), QStringLiteral("upper_seconds"))
            .column(AnalysisReports::tr("Users"), QStringLiteral("users"))
            .column(AnalysisReports::tr("Share of converters"), QStringLiteral("share"), 1, true);
        qint64 total = 0;
        for (qint64 c : result->timeToConvert)
            total += c;
        for (int b = 0; b < result->timeToConvert.size(); ++b) {
            const QString label = b < bounds.size() ? AnalysisReports::tr("< %1").arg(durationText(double(bounds.at(b))))
                                                     : AnalysisReports::tr("≥ %1").arg(durationText(double(bounds.last())));
            histogram.chart.categories.append(label);
            converted.values.append(double(result->timeToConvert.at(b)));
            ht.row({label, b < bounds.size() ? QVariant(bounds.at(b)) : QVariant(), result->timeToConvert.at(b),
                    total > 0 ? QVariant(double(result->timeToConvert.at(b)) / double(total)) : QVariant()});
        }
        histogram.chart.series.append(converted);
        histogram.table = ht.take();
    }

    ReportSection times;
    times.id = QStringLiteral("funnel-time");
    times.title = AnalysisReports::tr("Time between steps");
    times.summary = AnalysisReports::tr("Median and mean time between one step and the next, among the users who reached it.");
    times.chart.kind = ReportChart::Kind::GroupedBars;
    times.chart.xTitle = AnalysisReports::tr("Step");
    times.chart.yTitle = AnalysisReports::tr("Minutes");
    times.chart.decimals = 1;
    ChartSeries median{AnalysisReports::tr("Median"), {}}, mean{AnalysisReports::tr("Mean"), {}};
    TableBuilder tt;
    tt.column(AnalysisReports::tr("Step"), QStringLiteral("step"))
        .column(AnalysisReports::tr("Median (min)"), QStringLiteral("median_minutes"), 1)
        .column(AnalysisReports::tr("Mean (min)"), QStringLiteral("mean_minutes"), 1);
    for (int k = 1; k < result->steps.size(); ++k) {
        const FunnelStepResult &s = result->steps.at(k);
        const QString label = QStringLiteral("%1 → %2").arg(result->steps.at(k - 1).event, s.event);
        times.chart.categories.append(label);
        median.values.append(s.medianSecondsFromPrevious.value_or(0) / 60.0);
        mean.values.append(s.meanSecondsFromPrevious.value_or(0) / 60.0);
        tt.row({label, s.medianSecondsFromPrevious ? QVariant(*s.medianSecondsFromPrevious / 60.0) : QVariant(),
                s.meanSecondsFromPrevious ? QVariant(*s.meanSecondsFromPrevious / 60.0) : QVariant()});
    }
    times.chart.series = {median, mean};
    times.table = tt.take();

    QList<ReportSection> sections{steps, histogram, times};
    if (!query.breakdown.isEmpty()) {
        ReportSection by;
        by.id = QStringLiteral("funnel-breakdown");
        by.title = AnalysisReports::tr("Funnel by %1").arg(propertyName(query.breakdown));
        by.summary = AnalysisReports::tr("Users reaching each step, per value of \"%1\" (the 8 largest).").arg(propertyName(query.breakdown));
        by.chart.kind = ReportChart::Kind::GroupedBars;
        by.chart.xTitle = AnalysisReports::tr("Step");
        by.chart.yTitle = AnalysisReports::tr("Users");
        for (const FunnelStepResult &s : result->steps)
            by.chart.categories.append(s.event);
        TableBuilder bt;
        bt.column(propertyName(query.breakdown), QStringLiteral("value")).column(AnalysisReports::tr("Step"), QStringLiteral("step"))
            .column(AnalysisReports::tr("Users"), QStringLiteral("users"))
            .column(AnalysisReports::tr("Conversion from start"), QStringLiteral("conversion_from_start"), 1, true);
        auto groups = result->breakdown;
        std::stable_sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
            return a.second.value(0).users > b.second.value(0).users;
        });
        for (const auto &[value, groupSteps] : std::as_const(groups)) {
            const QString label = value.isEmpty() ? AnalysisReports::tr("(none)") : value;
            if (by.chart.series.size() < 8) {
                ChartSeries s{label, {}};
                for (const FunnelStepResult &st : groupSteps)
                    s.values.append(double(st.users));
                by.chart.series.append(s);
            }
            for (int k = 0; k < groupSteps.size(); ++k)
                bt.row({label, k + 1, groupSteps.at(k).users, groupSteps.at(k).conversionFromStart});
        }
        by.table = bt.take();
        sections.append(by);
    }
    return sections;
}

// ---- Retention ----------------------------------------------------------------------------------------

ReportSection cohortSection(const QList<Cohort> &cohorts, const ReportOptions &o, bool revenue)
{
    ReportSection s;
    s.id = revenue ? QStringLiteral("retention-revenue") : QStringLiteral("retention");
    s.title = revenue ? AnalysisReports::tr("Revenue per cohort") : AnalysisReports::tr("Retention");
    s.summary = revenue ? AnalysisReports::tr("Revenue of each cohort's purchases, per %1 after the first \"%2\".")
                              .arg(unitName(o.retention.period), o.retention.startEvent)
                        : AnalysisReports::tr("Share of each cohort (users whose first \"%1\" fell in that %2) with a \"%3\" "
                                              "in each following %2.")
                              .arg(o.retention.startEvent, unitName(o.retention.period), o.retention.returnEvent);
    s.chart.kind = ReportChart::Kind::Heatmap;
    s.chart.percent = !revenue;
    s.chart.decimals = revenue ? 0 : 1;
    s.chart.xTitle = unitName(o.retention.period);
    s.chart.yTitle = AnalysisReports::tr("Cohort");
    TableBuilder t;
    t.column(AnalysisReports::tr("Cohort"), QStringLiteral("start")).column(AnalysisReports::tr("Size"), QStringLiteral("size"));
    const int first = revenue ? 0 : 1;
    for (int k = first; k <= o.retention.periods; ++k) {
        s.chart.categories.append(QString::number(k));
        t.column(QStringLiteral("%1 %2").arg(unitName(o.retention.period)).arg(k), QStringLiteral("%1_%2").arg(o.retention.period).arg(k),
                 revenue ? 2 : 1, !revenue);
    }
    for (const Cohort &c : cohorts) {
        ChartSeries row{AnalysisReports::tr("%1 (%2)").arg(c.start.toString(Qt::ISODate)).arg(c.size), {}};
        QVariantList cells{c.start, c.size};
        for (int k = first; k <= o.retention.periods; ++k) {
            const QList<double> &values = revenue ? c.revenue : c.rates;
            if (k < values.size()) {
                row.values.append(values.at(k));
                cells.append(values.at(k));
            } else {
                row.values.append(std::nan(""));
                cells.append(QVariant());
            }
        }
        s.chart.series.append(row);
        t.row(cells);
    }
    s.table = t.take();
    if (cohorts.isEmpty())
        s.summary = AnalysisReports::tr("No user did \"%1\" for the first time in this range.").arg(o.retention.startEvent);
    return s;
}

Result<QList<ReportSection>> retention(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const ReportOptions &o)
{
    auto cohorts = RetentionService::compute(db, brand, from, to, o.retention);
    if (!cohorts)
        return cohorts.error();
    return QList<ReportSection>{cohortSection(cohorts.value(), o, false), cohortSection(cohorts.value(), o, true)};
}

// ---- Segments -----------------------------------------------------------------------------------------

Result<QList<ReportSection>> segments(const QSqlDatabase &db, const Brand &brand, QDate, QDate, const ReportOptions &)
{
    auto list = SegmentService::list(db, brand);
    if (!list)
        return list.error();
    ReportSection s;
    s.id = QStringLiteral("segments");
    s.title = AnalysisReports::tr("Segments");
    s.summary = list->isEmpty() ? AnalysisReports::tr("The brand has no saved segment yet.")
                                : AnalysisReports::tr("Saved segments and their users when they were last counted.");
    s.chart.kind = ReportChart::Kind::Bars;
    s.chart.yTitle = AnalysisReports::tr("Users");
    ChartSeries users{AnalysisReports::tr("Users"), {}};
    TableBuilder t;
    t.column(AnalysisReports::tr("Segment"), QStringLiteral("name"))
        .column(AnalysisReports::tr("Users"), QStringLiteral("user_count"))
        .column(AnalysisReports::tr("Updated"), QStringLiteral("updated_at"));
    for (const Segment &seg : std::as_const(list.value())) {
        s.chart.categories.append(seg.name);
        users.values.append(double(seg.userCount));
        t.row({seg.name, seg.userCount, seg.updatedAt.toString(Qt::ISODate)});
    }
    s.chart.series.append(users);
    s.table = t.take();
    return QList<ReportSection>{s};
}

// ---- Correlations -------------------------------------------------------------------------------------

Result<QList<ReportSection>> correlations(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const ReportOptions &o)
{
    const QStringList metrics = o.correlationMetrics.isEmpty() ? DailyMetricsService::metricNames() : o.correlationMetrics;
    auto pairs = CorrelationService::compute(db, brand, from, to, metrics);
    if (!pairs)
        return pairs.error();
    ReportSection s;
    s.id = QStringLiteral("correlations");
    s.title = AnalysisReports::tr("Correlations");
    s.summary = AnalysisReports::tr("Pearson's r between the daily series of each pair of metrics; the table adds "
                                    "Spearman's ρ and whether one series helps predict the other (Granger).");
    s.chart.kind = ReportChart::Kind::Heatmap;
    s.chart.decimals = 2;
    s.chart.categories = metrics;
    for (const QString &m : metrics) {
        ChartSeries row{m, QList<double>(metrics.size(), std::nan(""))};
        row.values[metrics.indexOf(m)] = 1.0;
        s.chart.series.append(row);
    }
    TableBuilder t;
    t.column(AnalysisReports::tr("Metric A"), QStringLiteral("a"))
        .column(AnalysisReports::tr("Metric B"), QStringLiteral("b"))
        .column(AnalysisReports::tr("Pearson r"), QStringLiteral("pearson"), 3)
        .column(AnalysisReports::tr("p-value"), QStringLiteral("p_value"), 4)
        .column(AnalysisReports::tr("Spearman ρ"), QStringLiteral("spearman"), 3)
        .column(AnalysisReports::tr("Granger p"), QStringLiteral("granger_p"), 4)
        .column(AnalysisReports::tr("Granger lag (days)"), QStringLiteral("granger_lag"));
    for (const CorrelationPair &c : std::as_const(pairs.value())) {
        const int a = int(metrics.indexOf(c.a)), b = int(metrics.indexOf(c.b));
        if (a >= 0 && b >= 0 && c.pearson) {
            s.chart.series[a].values[b] = *c.pearson;
            s.chart.series[b].values[a] = *c.pearson;
        }
        t.row({c.a, c.b, optionalValue(c.pearson), optionalValue(c.pValue), optionalValue(c.spearman), optionalValue(c.grangerP),
               c.grangerP ? QVariant(c.grangerLag) : QVariant()});
    }
    s.table = t.take();
    return QList<ReportSection>{s};
}

// ---- Predictions --------------------------------------------------------------------------------------

Result<QList<ReportSection>> predictions(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const ReportOptions &o)
{
    auto p = PredictionService::compute(db, brand, from, to);
    if (!p)
        return p.error();
    auto history = DailyMetricsService::load(db, brand, from, to, {QStringLiteral("revenue")});
    if (!history)
        return history.error();
    QList<ReportSection> sections;

    // Actuals, then the 30-day revenue forecast with its daily expected values and 80%/95% bands.
    const Forecast *chosen = nullptr;
    for (const Forecast &f : std::as_const(p->forecasts))
        if (f.metric == QLatin1String("revenue") && (!chosen || std::abs(f.horizonDays - 30) < std::abs(chosen->horizonDays - 30)))
            chosen = &f;
    ReportSection chart;
    chart.id = QStringLiteral("predictions");
    chart.title = AnalysisReports::tr("Revenue forecast");
    chart.chart.kind = ReportChart::Kind::Lines;
    chart.chart.yTitle = AnalysisReports::tr("Revenue per day");
    chart.chart.decimals = 2;
    const QList<double> actual = history->values(QStringLiteral("revenue"));
    const int horizon = chosen ? int(chosen->daily.size()) : 0;
    chart.chart.categories = dayLabels(from, int(actual.size()) + horizon);
    chart.chart.xOriginMs = from.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    chart.chart.xStepMs = 86400000;
    ChartSeries actualSeries{AnalysisReports::tr("Actual"), actual};
    actualSeries.values.append(QList<double>(horizon, std::nan("")));
    chart.chart.series.append(actualSeries);
    if (chosen) {
        ChartSeries forecast{AnalysisReports::tr("Forecast"), QList<double>(actual.size(), std::nan(""))};
        forecast.values.append(chosen->daily);
        chart.chart.series.append(forecast);
        // The interval is on the horizon's total; per day it is drawn as the same share of the expected value.
        auto band = [&](const QString &name, double low, double high) {
            ChartBand b{name, int(actual.size()), {}, {}};
            const double scaleLow = chosen->value != 0 ? low / chosen->value : 1, scaleHigh = chosen->value != 0 ? high / chosen->value : 1;
            for (double d : chosen->daily) {
                b.low.append(d * scaleLow);
                b.high.append(d * scaleHigh);
            }
            return b;
        };
        chart.chart.bands = {band(AnalysisReports::tr("95% interval"), chosen->lower95, chosen->upper95),
                             band(AnalysisReports::tr("80% interval"), chosen->lower80, chosen->upper80)};
        chart.summary = AnalysisReports::tr("Expected revenue over the next %1 days: %2 (80%: %3 – %4; 95%: %5 – %6).")
                            .arg(chosen->horizonDays)
                            .arg(QString::number(chosen->value, 'f', 2), QString::number(chosen->lower80, 'f', 2),
                                 QString::number(chosen->upper80, 'f', 2), QString::number(chosen->lower95, 'f', 2),
                                 QString::number(chosen->upper95, 'f', 2));
    }
    TableBuilder t;
    t.column(AnalysisReports::tr("Metric"), QStringLiteral("metric"))
        .column(AnalysisReports::tr("Horizon (days)"), QStringLiteral("horizon_days"))
        .column(AnalysisReports::tr("From"), QStringLiteral("target_start"))
        .column(AnalysisReports::tr("To"), QStringLiteral("target_end"))
        .column(AnalysisReports::tr("Expected"), QStringLiteral("value"), 4)
        .column(AnalysisReports::tr("80% low"), QStringLiteral("lower80"), 4)
        .column(AnalysisReports::tr("80% high"), QStringLiteral("upper80"), 4)
        .column(AnalysisReports::tr("95% low"), QStringLiteral("lower95"), 4)
        .column(AnalysisReports::tr("95% high"), QStringLiteral("upper95"), 4);
    for (const Forecast &f : std::as_const(p->forecasts))
        t.row({f.metric, f.horizonDays, f.targetStart, f.targetEnd, f.value, f.lower80, f.upper80, f.lower95, f.upper95});
    if (p->churn)
        t.row({QStringLiteral("churn"), PredictionService::churnDays, p->churn->targetStart, p->churn->targetEnd, p->churn->share,
               p->churn->lower80, p->churn->upper80, p->churn->lower95, p->churn->upper95});
    chart.table = t.take();
    sections.append(chart);

    ReportSection churn;
    churn.id = QStringLiteral("churn");
    churn.title = AnalysisReports::tr("Users most likely to churn");
    if (p->churn) {
        churn.summary = AnalysisReports::tr("%1 of the %2 users active in the last 30 days are expected not to come back in the "
                                            "next 30 (95%: %3 – %4).")
                            .arg(percentText(p->churn->share))
                            .arg(p->churn->activeUsers)
                            .arg(percentText(p->churn->lower95), percentText(p->churn->upper95));
        churn.chart.kind = ReportChart::Kind::Bars;
        churn.chart.yTitle = AnalysisReports::tr("Churn score");
        churn.chart.percent = true;
        ChartSeries scores{AnalysisReports::tr("Churn score"), {}};
        TableBuilder ct;
        ct.column(AnalysisReports::tr("User"), QStringLiteral("user_id"))
            .column(AnalysisReports::tr("Score"), QStringLiteral("score"), 1, true)
            .column(AnalysisReports::tr("Days since last event"), QStringLiteral("days_since_last"))
            .column(AnalysisReports::tr("Events (30 days)"), QStringLiteral("events"))
            .column(AnalysisReports::tr("Active days"), QStringLiteral("active_days"));
        for (const ChurnScore &u : p->churn->users.mid(0, o.churnUsers)) {
            if (scores.values.size() < 15) {
                churn.chart.categories.append(u.userId);
                scores.values.append(u.score);
            }
            ct.row({u.userId, u.score, u.daysSinceLast, u.events, u.activeDays});
        }
        churn.chart.series.append(scores);
        churn.table = ct.take();
    } else {
        churn.summary = p->churnUnavailable;
    }
    sections.append(churn);

    auto past = PredictionService::scorePast(db, brand);
    if (!past)
        return past.error();
    ReportSection accuracy;
    accuracy.id = QStringLiteral("prediction-accuracy");
    accuracy.title = AnalysisReports::tr("Accuracy of past predictions");
    int scored = 0, within95 = 0;
    TableBuilder at;
    at.column(AnalysisReports::tr("Type"), QStringLiteral("type"))
        .column(AnalysisReports::tr("Period"), QStringLiteral("period"))
        .column(AnalysisReports::tr("From"), QStringLiteral("target_start"))
        .column(AnalysisReports::tr("Predicted"), QStringLiteral("value"), 4)
        .column(AnalysisReports::tr("95% low"), QStringLiteral("lower95"), 4)
        .column(AnalysisReports::tr("95% high"), QStringLiteral("upper95"), 4)
        .column(AnalysisReports::tr("Actual"), QStringLiteral("actual"), 4);
    for (const StoredPrediction &sp : std::as_const(past.value())) {
        at.row({sp.type, sp.period, sp.targetStart, sp.value, sp.lower95, sp.upper95, optionalValue(sp.actual)});
        if (sp.actual) {
            ++scored;
            within95 += *sp.actual >= sp.lower95 && *sp.actual <= sp.upper95;
        }
    }
    accuracy.table = at.take();
    for (const Backtest &b : std::as_const(p->backtests))
        accuracy.warnings.append(AnalysisReports::tr("Backtest of %1 on the last %2 days: mean absolute error %3 per day, against %4 "
                                                     "for repeating last week.")
                                     .arg(b.metric)
                                     .arg(b.holdoutDays)
                                     .arg(QString::number(b.modelMae, 'f', 4), QString::number(b.naiveMae, 'f', 4)));
    accuracy.summary = scored == 0 ? AnalysisReports::tr("No stored prediction has reached its end yet: they are scored once the data covers their period.")
                                   : AnalysisReports::tr("%1 of %2 scored predictions fell within their 95% interval.").arg(within95).arg(scored);
    sections.append(accuracy);
    return sections;
}

// ---- Anomalies ----------------------------------------------------------------------------------------

Result<QList<ReportSection>> anomalies(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const ReportOptions &o)
{
    if (!DailyMetricsService::metricNames().contains(o.anomalyMetric))
        return Error{AnalysisReports::tr("Unknown metric \"%1\"; the metrics are: %2.")
                         .arg(o.anomalyMetric, DailyMetricsService::metricNames().join(QLatin1String(", "))),
                     {}};
    auto daily = DailyMetricsService::load(db, brand, from, to, {o.anomalyMetric});
    if (!daily)
        return daily.error();
    const QList<double> values = daily->values(o.anomalyMetric);
    const QList<Anomaly> found = AnomalyService::detectInSeries(o.anomalyMetric, from, values);
    ReportSection s;
    s.id = QStringLiteral("anomalies");
    s.title = AnalysisReports::tr("Anomalies in %1").arg(o.anomalyMetric);
    s.summary = found.isEmpty() ? AnalysisReports::tr("No day of this range left the expected band.")
                                : AnalysisReports::tr("%n day(s) left the band expected from the trend and the weekly pattern.", nullptr,
                                                      int(found.size()));
    s.chart.kind = ReportChart::Kind::Lines;
    s.chart.yTitle = o.anomalyMetric;
    s.chart.decimals = o.anomalyMetric == QLatin1String("conversion_rate") ? 4 : 2;
    s.chart.categories = dayLabels(from, int(values.size()));
    s.chart.xOriginMs = from.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    s.chart.xStepMs = 86400000;
    s.chart.series.append({o.anomalyMetric, values});
    TableBuilder t;
    t.column(AnalysisReports::tr("Date"), QStringLiteral("date"))
        .column(AnalysisReports::tr("Actual"), QStringLiteral("actual"), 2)
        .column(AnalysisReports::tr("Expected"), QStringLiteral("expected"), 2)
        .column(AnalysisReports::tr("Low"), QStringLiteral("lower"), 2)
        .column(AnalysisReports::tr("High"), QStringLiteral("upper"), 2)
        .column(AnalysisReports::tr("Score"), QStringLiteral("score"), 2)
        .column(AnalysisReports::tr("Direction"), QStringLiteral("direction"));
    for (const Anomaly &a : found) {
        s.chart.marks.append({0, int(from.daysTo(a.date))});
        t.row({a.date, a.actual, a.expected, a.lower, a.upper, a.score, a.up ? AnalysisReports::tr("up") : AnalysisReports::tr("down")});
    }
    s.table = t.take();
    return QList<ReportSection>{s};
}

// ---- Benchmarks ---------------------------------------------------------------------------------------

Result<QList<ReportSection>> benchmarks(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const ReportOptions &)
{
    auto b = BenchmarkService::compute(db, brand, from, to);
    if (!b)
        return b.error();
    ReportSection s;
    s.id = QStringLiteral("benchmarks");
    s.title = AnalysisReports::tr("Benchmarks");
    s.summary = AnalysisReports::tr("%1 against the %n other brand(s) of its industry (%2).", nullptr, b->peers)
                    .arg(brand.name, b->industry);
    if (b->hidden)
        s.warnings.append(AnalysisReports::tr("Peer figures are hidden: fewer than %1 peers, so no brand could be singled out.")
                              .arg(BenchmarkService::minimumPeers));
    s.chart.kind = ReportChart::Kind::Bars;
    s.chart.yTitle = AnalysisReports::tr("Percentile among peers");
    s.chart.decimals = 0;
    ChartSeries rank{AnalysisReports::tr("Percentile rank"), {}};
    TableBuilder t;
    t.column(AnalysisReports::tr("KPI"), QStringLiteral("kpi"))
        .column(AnalysisReports::tr("Value"), QStringLiteral("value"), 2)
        .column(AnalysisReports::tr("Percentile rank"), QStringLiteral("percentile_rank"), 1)
        .column(AnalysisReports::tr("Peer 25th percentile"), QStringLiteral("peer_p25"), 2)
        .column(AnalysisReports::tr("Peer median"), QStringLiteral("peer_median"), 2)
        .column(AnalysisReports::tr("Peer 75th percentile"), QStringLiteral("peer_p75"), 2);
    for (const BenchmarkKpi &k : std::as_const(b->kpis)) {
        s.chart.categories.append(k.name);
        rank.values.append(b->hidden ? std::nan("") : k.percentileRank);
        t.row({k.name, k.value, b->hidden ? QVariant() : QVariant(k.percentileRank), b->hidden ? QVariant() : QVariant(k.peerP25),
               b->hidden ? QVariant() : QVariant(k.peerMedian), b->hidden ? QVariant() : QVariant(k.peerP75)});
    }
    s.chart.series.append(rank);
    s.table = t.take();
    return QList<ReportSection>{s};
}

// ---- Seasonality --------------------------------------------------------------------------------------

QStringList weekdayNames()
{
    QStringList names;
    for (int d = 1; d <= 7; ++d)
        names.append(QLocale().dayName(d, QLocale::ShortFormat));
    return names;
}

Result<QList<ReportSection>> seasonality(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const ReportOptions &)
{
    auto s = SeasonalityService::compute(db, brand, from, to);
    if (!s)
        return s.error();
    ReportSection heat;
    heat.id = QStringLiteral("seasonality");
    heat.title = AnalysisReports::tr("Seasonality");
    heat.summary = s->weeklyStrength ? AnalysisReports::tr("Mean events per weekday and hour (UTC). Weekly pattern strength: %1.")
                                           .arg(QString::number(*s->weeklyStrength, 'f', 2))
                                     : AnalysisReports::tr("Mean events per weekday and hour (UTC).");
    heat.chart.kind = ReportChart::Kind::Heatmap;
    heat.chart.decimals = 1;
    heat.chart.xTitle = AnalysisReports::tr("Hour (UTC)");
    for (int h = 0; h < 24; ++h)
        heat.chart.categories.append(QString::number(h));
    const QStringList days = weekdayNames();
    TableBuilder t;
    t.column(AnalysisReports::tr("Day"), QStringLiteral("day"));
    for (int h = 0; h < 24; ++h)
        t.column(QStringLiteral("%1h").arg(h), QStringLiteral("h%1").arg(h), 1);
    for (int w = 0; w < 7; ++w) {
        ChartSeries row{days.at(w), {}};
        QVariantList cells{days.at(w)};
        for (int h = 0; h < 24; ++h) {
            row.values.append(s->heatmap[w][h]);
            cells.append(s->heatmap[w][h]);
        }
        heat.chart.series.append(row);
        t.row(cells);
    }
    heat.table = t.take();

    ReportSection indices;
    indices.id = QStringLiteral("seasonality-indices");
    indices.title = AnalysisReports::tr("Day-of-week indices");
    indices.summary = AnalysisReports::tr("Mean daily events on each weekday divided by the mean over all days (1 = an average day).");
    indices.chart.kind = ReportChart::Kind::Bars;
    indices.chart.decimals = 2;
    indices.chart.categories = days;
    ChartSeries index{AnalysisReports::tr("Index"), {}};
    TableBuilder it;
    it.column(AnalysisReports::tr("Slot"), QStringLiteral("slot")).column(AnalysisReports::tr("Index"), QStringLiteral("index"), 3);
    for (int w = 0; w < 7; ++w) {
        index.values.append(s->dayOfWeek[w].value_or(std::nan("")));
        it.row({days.at(w), optionalValue(s->dayOfWeek[w])});
    }
    for (int h = 0; h < 24; ++h)
        it.row({QStringLiteral("%1h").arg(h), optionalValue(s->hourOfDay[h])});
    indices.chart.series.append(index);
    indices.table = it.take();
    return QList<ReportSection>{heat, indices};
}

// ---- Journeys -----------------------------------------------------------------------------------------

Result<QList<ReportSection>> journeys(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const ReportOptions &o)
{
    auto j = JourneyService::compute(db, brand, from, to, o.journeyStart, o.journeySteps);
    if (!j)
        return j.error();
    ReportSection flow;
    flow.id = QStringLiteral("journeys");
    flow.title = AnalysisReports::tr("Journeys from %1").arg(o.journeyStart);
    flow.summary = AnalysisReports::tr("What %1 sessions did after their first \"%2\", step by step.").arg(j->sessions).arg(o.journeyStart);
    flow.chart.kind = ReportChart::Kind::Flow;
    for (const JourneyEdge &e : std::as_const(j->edges))
        flow.chart.flow.append({e.step, e.from, e.to, double(e.users)});
    TableBuilder et;
    et.column(AnalysisReports::tr("Step"), QStringLiteral("step"))
        .column(AnalysisReports::tr("From"), QStringLiteral("from"))
        .column(AnalysisReports::tr("To"), QStringLiteral("to"))
        .column(AnalysisReports::tr("Users"), QStringLiteral("users"));
    for (const JourneyEdge &e : std::as_const(j->edges))
        et.row({e.step, e.from, e.to, e.users});
    flow.table = et.take();

    ReportSection paths;
    paths.id = QStringLiteral("journey-paths");
    paths.title = AnalysisReports::tr("Most frequent paths");
    TableBuilder pt;
    pt.column(AnalysisReports::tr("Path"), QStringLiteral("path"))
        .column(AnalysisReports::tr("Sessions"), QStringLiteral("sessions"))
        .column(AnalysisReports::tr("Users"), QStringLiteral("users"));
    for (const JourneyPath &p : std::as_const(j->paths))
        pt.row({p.events.join(QStringLiteral(" → ")), p.sessions, p.users});
    paths.table = pt.take();
    return QList<ReportSection>{flow, paths};
}

// ---- Channels, geography, devices ---------------------------------------------------------------------

Result<QList<ReportSection>> breakdown(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const ReportOptions &o,
                                       const QString &analysis)
{
    const QString property = analysis == QLatin1String("channels") ? QStringLiteral("channel")
                             : analysis == QLatin1String("geo")    ? QStringLiteral("country")
                                                                    : QStringLiteral("device");
    auto rows = BreakdownService::byProperty(db, brand, from, to, property);
    if (!rows)
        return rows.error();
    // The previous period of the same length, for the change of each value.
    QHash<QString, qint64> before;
    const qint64 days = from.daysTo(to);
    if (o.comparePrevious) {
        auto previous = BreakdownService::byProperty(db, brand, from.addDays(-days), from, property);
        if (!previous)
            return previous.error();
        for (const BreakdownRow &r : std::as_const(previous.value()))
            before.insert(r.value, r.users);
    }
    ReportSection s;
    s.id = analysis;
    s.title = AnalysisReports::title(analysis);
    s.summary = o.comparePrevious ? AnalysisReports::tr("Users, sessions, conversions and revenue per %1, against the previous %n day(s).",
                                                        nullptr, int(days))
                                        .arg(propertyName(property))
                                  : AnalysisReports::tr("Users, sessions, conversions and revenue per %1.").arg(propertyName(property));
    s.chart.kind = o.comparePrevious ? ReportChart::Kind::GroupedBars : ReportChart::Kind::Bars;
    s.chart.yTitle = AnalysisReports::tr("Users");
    ChartSeries users{AnalysisReports::tr("This period"), {}}, earlier{AnalysisReports::tr("Previous period"), {}};
    TableBuilder t;
    t.column(propertyName(property), property)
        .column(AnalysisReports::tr("Users"), QStringLiteral("users"))
        .column(AnalysisReports::tr("Sessions"), QStringLiteral("sessions"))
        .column(AnalysisReports::tr("Conversions"), QStringLiteral("conversions"))
        .column(AnalysisReports::tr("Conversion rate"), QStringLiteral("conversion_rate"), 1, true)
        .column(AnalysisReports::tr("Revenue"), QStringLiteral("revenue"), 2)
        .column(AnalysisReports::tr("Revenue per user"), QStringLiteral("revenue_per_user"), 2);
    if (o.comparePrevious)
        t.column(AnalysisReports::tr("Users, previous period"), QStringLiteral("users_previous"))
            .column(AnalysisReports::tr("Change in users"), QStringLiteral("users_change"), 1, true);
    for (const BreakdownRow &r : std::as_const(rows.value())) {
        const QString label = r.value.isEmpty() ? AnalysisReports::tr("(none)") : r.value;
        const qint64 previousUsers = before.value(r.value);
        if (users.values.size() < 15) {
            s.chart.categories.append(label);
            users.values.append(double(r.users));
            earlier.values.append(double(previousUsers));
        }
        QVariantList cells{label, r.users, r.sessions, r.conversions, r.conversionRate, r.revenue, r.revenuePerUser};
        if (o.comparePrevious)
            cells << previousUsers << (previousUsers > 0 ? QVariant(double(r.users) / double(previousUsers) - 1.0) : QVariant());
        t.row(cells);
    }
    s.chart.series.append(users);
    if (o.comparePrevious)
        s.chart.series.append(earlier);
    s.table = t.take();
    QList<ReportSection> sections{s};
    if (analysis != QLatin1String("channels"))
        return sections;

    auto attribution = BreakdownService::attribution(db, brand, from, to);
    if (!attribution)
        return attribution.error();
    const QList<AttributionRow> &model = o.attribution == QLatin1String("first_touch") ? attribution->firstTouch
                                         : o.attribution == QLatin1String("linear")     ? attribution->linear
                                                                                         : attribution->lastTouch;
    ReportSection a;
    a.id = QStringLiteral("attribution");
    a.title = AnalysisReports::tr("Revenue by channel (%1)")
                  .arg(o.attribution == QLatin1String("first_touch") ? AnalysisReports::tr("first touch")
                       : o.attribution == QLatin1String("linear")    ? AnalysisReports::tr("linear")
                                                                     : AnalysisReports::tr("last touch"));
    a.summary = AnalysisReports::tr("Purchases of the range credited to channels: first touch credits the buyer's first session, "
                                    "last touch the session of the purchase, linear every session up to it equally.");
    a.chart.kind = ReportChart::Kind::Bars;
    a.chart.yTitle = AnalysisReports::tr("Revenue");
    a.chart.decimals = 2;
    ChartSeries revenue{AnalysisReports::tr("Revenue"), {}};
    TableBuilder at;
    at.column(AnalysisReports::tr("Channel"), QStringLiteral("channel"))
        .column(AnalysisReports::tr("Conversions"), QStringLiteral("conversions"), 2)
        .column(AnalysisReports::tr("Revenue"), QStringLiteral("revenue"), 2);
    for (const AttributionRow &r : model) {
        const QString label = r.channel.isEmpty() ? AnalysisReports::tr("(none)") : r.channel;
        a.chart.categories.append(label);
        revenue.values.append(r.revenue);
        at.row({label, r.conversions, r.revenue});
    }
    a.chart.series.append(revenue);
    a.table = at.take();
    sections.append(a);
    return sections;
}

// ---- Real time ----------------------------------------------------------------------------------------

Result<QList<ReportSection>> realtime(const QSqlDatabase &db, const Brand &brand, QDate, QDate, const ReportOptions &)
{
    auto m = RealTimeService::snapshot(db, brand);
    if (!m)
        return m.error();
    ReportSection s;
    s.id = QStringLiteral("realtime");
    s.title = AnalysisReports::tr("Real time");
    qint64 lastHour = 0;
    for (qint64 n : std::as_const(m->eventsPerMinute))
        lastHour += n;
    s.summary = AnalysisReports::tr("%1 users active in the last 5 minutes; %2 events in the last hour (at %3 UTC).")
                    .arg(m->activeUsers)
                    .arg(lastHour)
                    .arg(m->at.toUTC().toString(QStringLiteral("HH:mm:ss")));
    s.chart.kind = ReportChart::Kind::Lines;
    s.chart.yTitle = AnalysisReports::tr("Events per minute");
    ChartSeries perMinute{AnalysisReports::tr("Events per minute"), {}};
    const QDateTime first = m->at.toUTC().addSecs(-60 * qint64(m->eventsPerMinute.size()));
    s.chart.xOriginMs = first.toMSecsSinceEpoch();
    s.chart.xStepMs = 60000;
    for (int i = 0; i < m->eventsPerMinute.size(); ++i) {
        s.chart.categories.append(first.addSecs(60 * i).toString(QStringLiteral("HH:mm")));
        perMinute.values.append(double(m->eventsPerMinute.at(i)));
    }
    s.chart.series.append(perMinute);
    TableBuilder t;
    t.column(AnalysisReports::tr("Event"), QStringLiteral("event")).column(AnalysisReports::tr("Last 60 minutes"), QStringLiteral("count"));
    for (const auto &[event, count] : std::as_const(m->topEvents))
        t.row({event, count});
    s.table = t.take();
    return QList<ReportSection>{s};
}

// ---- A/B tests ----------------------------------------------------------------------------------------

Result<QList<ReportSection>> experiments(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to, const ReportOptions &o)
{
    auto results = ExperimentService::results(db, brand, from, to, o.experiment);
    if (!results)
        return results.error();
    QList<ReportSection> sections;
    for (const ExperimentResult &r : std::as_const(results.value())) {
        ReportSection s;
        s.id = QStringLiteral("experiment");
        s.title = AnalysisReports::tr("A/B test: %1").arg(r.name);
        s.summary = AnalysisReports::tr("Conversion to \"%1\" per variant; uplift against control with its 95% interval.").arg(r.goalEvent);
        if (r.srmFlag)
            s.warnings.append(AnalysisReports::tr("Sample ratio mismatch: exposures do not follow the planned allocation "
                                                  "(p = %1). The assignment may be broken; do not trust these results.")
                                  .arg(QString::number(r.srmPValue, 'g', 3)));
        s.chart.kind = ReportChart::Kind::Intervals;
        s.chart.yTitle = AnalysisReports::tr("Uplift against control");
        s.chart.percent = true;
        ChartSeries uplift{AnalysisReports::tr("Uplift"), {}};
        ChartBand interval{AnalysisReports::tr("95% interval"), 0, {}, {}};
        TableBuilder t;
        t.column(AnalysisReports::tr("Variant"), QStringLiteral("variant"))
            .column(AnalysisReports::tr("Planned share"), QStringLiteral("share"), 1, true)
            .column(AnalysisReports::tr("Users"), QStringLiteral("users"))
            .column(AnalysisReports::tr("Conversions"), QStringLiteral("conversions"))
            .column(AnalysisReports::tr("Rate"), QStringLiteral("rate"), 2, true)
            .column(AnalysisReports::tr("Uplift"), QStringLiteral("uplift"), 1, true)
            .column(AnalysisReports::tr("95% low"), QStringLiteral("ci_low"), 1, true)
            .column(AnalysisReports::tr("95% high"), QStringLiteral("ci_high"), 1, true)
            .column(AnalysisReports::tr("p-value"), QStringLiteral("p_value"), 4)
            .column(AnalysisReports::tr("Probability to beat control"), QStringLiteral("prob_beat_control"), 1, true)
            .column(AnalysisReports::tr("Expected loss"), QStringLiteral("expected_loss"), 5);
        for (const VariantResult &v : r.variants) {
            s.chart.categories.append(v.isControl ? AnalysisReports::tr("%1 (control)").arg(v.name) : v.name);
            uplift.values.append(v.isControl ? 0.0 : v.hasUplift ? v.uplift : std::nan(""));
            interval.low.append(v.hasInterval && !v.isControl ? v.ciLow : std::nan(""));
            interval.high.append(v.hasInterval && !v.isControl ? v.ciHigh : std::nan(""));
            t.row({v.name, v.expectedShare, v.users, v.conversions, v.rate, v.hasUplift && !v.isControl ? QVariant(v.uplift) : QVariant(),
                   v.hasInterval && !v.isControl ? QVariant(v.ciLow) : QVariant(),
                   v.hasInterval && !v.isControl ? QVariant(v.ciHigh) : QVariant(), v.isControl ? QVariant() : QVariant(v.pValue),
                   v.isControl ? QVariant() : QVariant(v.probBeatControl), v.isControl ? QVariant() : QVariant(v.expectedLoss)});
        }
        s.chart.series.append(uplift);
        s.chart.bands.append(interval);
        s.table = t.take();
        sections.append(s);
    }
    if (sections.isEmpty()) {
        ReportSection none;
        none.id = QStringLiteral("experiment");
        none.title = AnalysisReports::tr("A/B tests");
        none.summary = AnalysisReports::tr("No experiment of this brand had exposures in this range.");
        sections.append(none);
    }
    return sections;
}

} // namespace

QString ReportTable::text(int row, int column) const
{
    const QVariant v = rows.value(row).value(column);
    if (!v.isValid() || v.isNull())
        return QStringLiteral("—");
    if (duration.value(column) && (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int
                                   || v.typeId() == QMetaType::LongLong))
        return DurationFormat::text(v.toDouble());
    switch (v.typeId()) {
    case QMetaType::Double: {
        const double d = v.value<double>();
        if (std::isnan(d))
            return QStringLiteral("—");
        if (percent.value(column))
            return QString::number(d * 100.0, 'f', decimals.value(column)) + QLatin1Char('%');
        return QString::number(d, 'f', decimals.value(column));
    }
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    default:
        return v.toString();
    }
}

QStringList AnalysisReports::analyses()
{
    return {QStringLiteral("funnel"),      QStringLiteral("retention"),  QStringLiteral("segments"),
            QStringLiteral("correlations"), QStringLiteral("predictions"), QStringLiteral("anomalies"),
            QStringLiteral("benchmarks"),  QStringLiteral("seasonality"), QStringLiteral("journeys"),
            QStringLiteral("channels"),    QStringLiteral("geo"),        QStringLiteral("devices"),
            QStringLiteral("realtime"),    QStringLiteral("experiments")};
}

QString AnalysisReports::title(const QString &analysis)
{
    static const QHash<QString, const char *> titles = {
        {QStringLiteral("funnel"), QT_TR_NOOP("Funnels")},
        {QStringLiteral("retention"), QT_TR_NOOP("Cohorts")},
        {QStringLiteral("segments"), QT_TR_NOOP("Segments")},
        {QStringLiteral("correlations"), QT_TR_NOOP("Correlations")},
        {QStringLiteral("predictions"), QT_TR_NOOP("Predictions")},
        {QStringLiteral("anomalies"), QT_TR_NOOP("Anomalies")},
        {QStringLiteral("benchmarks"), QT_TR_NOOP("Benchmarks")},
        {QStringLiteral("seasonality"), QT_TR_NOOP("Seasonality")},
        {QStringLiteral("journeys"), QT_TR_NOOP("Journeys")},
        {QStringLiteral("channels"), QT_TR_NOOP("Channels")},
        {QStringLiteral("geo"), QT_TR_NOOP("Geography")},
        {QStringLiteral("devices"), QT_TR_NOOP("Devices")},
        {QStringLiteral("realtime"), QT_TR_NOOP("Real time")},
        {QStringLiteral("experiments"), QT_TR_NOOP("A/B tests")},
    };
    const char *text = titles.value(analysis);
    return text ? tr(text) : analysis;
}

Result<QStringList> AnalysisReports::parseList(const QString &text)
{
    QStringList list;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (!analyses().contains(name))
            return Error{tr("Unknown analysis \"%1\"; the analyses are: %2.").arg(name, analyses().join(QLatin1String(", "))), {}};
        if (!list.contains(name))
            list.append(name);
    }
    if (list.isEmpty())
        return Error{tr("No analysis named; the analyses are: %1.").arg(analyses().join(QLatin1String(", "))), {}};
    return list;
}

Result<QList<ReportSection>> AnalysisReports::correlationPair(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                                              const QString &a, const QString &b)
{
    for (const QString &m : {a, b})
        if (!DailyMetricsService::metricNames().contains(m))
            return Error{tr("Unknown metric \"%1\"; the metrics are: %2.").arg(m, DailyMetricsService::metricNames().join(QLatin1String(", "))), {}};
    auto daily = DailyMetricsService::load(db, brand, from, to, {a, b});
    if (!daily)
        return daily.error();
    const QList<double> x = daily->values(a), y = daily->values(b);
    ReportSection scatter;
    scatter.id = QStringLiteral("correlation-pair");
    scatter.title = tr("%1 against %2").arg(b, a);
    scatter.chart.kind = ReportChart::Kind::Scatter;
    scatter.chart.xTitle = a;
    scatter.chart.yTitle = b;
    scatter.chart.decimals = 2;
    scatter.chart.categories = dayLabels(from, int(x.size()));
    scatter.chart.series = {{a, x}, {b, y}};
    double r = 0, p = 1;
    scatter.summary = Statistics::pearson(x, y, r, p)
                          ? tr("One point per day. Pearson's r = %1 (p = %2); the line is the least-squares fit.")
                                .arg(QString::number(r, 'f', 3), QString::number(p, 'g', 3))
                          : tr("One point per day. One of the series is constant: there is nothing to correlate.");
    TableBuilder t;
    t.column(tr("Lag (days)"), QStringLiteral("lag"))
        .column(tr("p: %1 helps predict %2").arg(a, b), QStringLiteral("p_a_to_b"), 4)
        .column(tr("p: %1 helps predict %2").arg(b, a), QStringLiteral("p_b_to_a"), 4);
    for (int lag = 1; lag <= CorrelationService::maxGrangerLag; ++lag) {
        double ab = 1, ba = 1;
        const bool okAb = Statistics::grangerPValue(x, y, lag, ab), okBa = Statistics::grangerPValue(y, x, lag, ba);
        t.row({lag, okAb ? QVariant(ab) : QVariant(), okBa ? QVariant(ba) : QVariant()});
    }
    ReportSection lags;
    lags.id = QStringLiteral("granger-lags");
    lags.title = tr("Granger causality by lag");
    lags.summary = tr("F-test p-values of each lag, before the correction for trying 7 lags: small values mean the past of "
                      "one series improves the prediction of the other.");
    lags.table = t.take();
    TableBuilder points;
    points.column(tr("Day"), QStringLiteral("date")).column(a, a, 2).column(b, b, 2);
    for (int i = 0; i < x.size() && i < y.size(); ++i)
        points.row({from.addDays(i), x.at(i), y.at(i)});
    scatter.table = points.take();
    return QList<ReportSection>{scatter, lags};
}

QString AnalysisReports::optionsKey(const QString &analysis, const ReportOptions &o)
{
    if (analysis == QLatin1String("funnel"))
        return o.funnelName + QLatin1Char('|')
               + QString::fromUtf8(QJsonDocument(FunnelStore::toJson(o.funnel.value_or(standardFunnel()))).toJson(QJsonDocument::Compact))
               + (o.funnel ? QStringLiteral("|edited") : QString());
    if (analysis == QLatin1String("retention"))
        return QStringList{o.retention.startEvent, o.retention.returnEvent, o.retention.period, QString::number(o.retention.periods)}.join(QLatin1Char('|'));
    if (analysis == QLatin1String("anomalies"))
        return o.anomalyMetric;
    if (analysis == QLatin1String("channels"))
        return o.attribution;
    if (analysis == QLatin1String("correlations"))
        return o.correlationMetrics.join(QLatin1Char(','));
    if (analysis == QLatin1String("journeys"))
        return o.journeyStart + QLatin1Char('|') + QString::number(o.journeySteps);
    if (analysis == QLatin1String("experiments"))
        return o.experiment;
    return {};
}

bool AnalysisReports::isCacheable(const QString &analysis)
{
    return analysis != QLatin1String("realtime") && analysis != QLatin1String("predictions") && analysis != QLatin1String("segments");
}

FunnelQuery AnalysisReports::standardFunnel()
{
    FunnelQuery q;
    for (const char *event : {"page_view", "signup", "add_to_cart", "checkout", "purchase"})
        q.steps.append({QString::fromLatin1(event), {}});
    return q;
}

Result<QList<ReportSection>> AnalysisReports::build(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                                    const QString &analysis, const ReportOptions &options)
{
    if (analysis == QLatin1String("funnel"))
        return funnel(db, brand, from, to, options);
    if (analysis == QLatin1String("retention"))
        return retention(db, brand, from, to, options);
    if (analysis == QLatin1String("segments"))
        return segments(db, brand, from, to, options);
    if (analysis == QLatin1String("correlations"))
        return correlations(db, brand, from, to, options);
    if (analysis == QLatin1String("predictions")) // forecasts learn from half a year up to the range's end
        return predictions(db, brand, std::min(from, to.addDays(-180)), to, options);
    if (analysis == QLatin1String("anomalies"))
        return anomalies(db, brand, from, to, options);
    if (analysis == QLatin1String("benchmarks"))
        return benchmarks(db, brand, from, to, options);
    if (analysis == QLatin1String("seasonality"))
        return seasonality(db, brand, from, to, options);
    if (analysis == QLatin1String("journeys"))
        return journeys(db, brand, from, to, options);
    if (analysis == QLatin1String("channels") || analysis == QLatin1String("geo") || analysis == QLatin1String("devices"))
        return breakdown(db, brand, from, to, options, analysis);
    if (analysis == QLatin1String("realtime"))
        return realtime(db, brand, from, to, options);
    if (analysis == QLatin1String("experiments"))
        return experiments(db, brand, from, to, options);
    return Error{tr("Unknown analysis \"%1\"; the analyses are: %2.").arg(analysis, analyses().join(QLatin1String(", "))), {}};
}

} // namespace Atelier
