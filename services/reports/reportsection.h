#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Atelier {

/// The numbers of a report part: translated column headers, field names (for CSV and scripts) and rows.
/// A cell is a number, a text or a date; a null cell means "no figure" (shown as —, written empty in CSV).
struct ReportTable final
{
    QStringList columns;
    QStringList keys;
    QList<QVariantList> rows;
    /// Per column: how many decimals a number shows, and whether it is a share shown as a percentage.
    QList<int> decimals;
    QList<bool> percent;
    /// Per column: whether a number is a duration in seconds, shown readable ("4 h 12 min"; CSV keeps the seconds).
    QList<bool> duration;

    bool isEmpty() const { return rows.isEmpty(); }
    /// The cell as people read it (locale-independent digits, so a copied table pastes anywhere).
    QString text(int row, int column) const;
};

/// One named series of a chart: a value per category (bars, heatmap rows, lines over categories).
struct ChartSeries final
{
    QString name;
    QList<double> values;
};

/// A band around a line: low and high per category, from `first` on.
struct ChartBand final
{
    QString name;
    int first = 0;
    QList<double> low;
    QList<double> high;
};

/// A flow edge of a journey: at step `step`, `from` then `to`, followed by `value` people.
struct FlowEdge final
{
    int step = 0;
    QString from;
    QString to;
    double value = 0;
};

/// A person's annotation on a chart, at one category (a day, a step …): comment, suggestion or issue.
struct ChartNote final
{
    int index = 0;
    QString type;
    QString text; // "author: content"
};

/// What a chart shows, independent of how it is drawn (Qt Charts on screen, QPainter in a PDF).
struct ReportChart final
{
    enum class Kind {
        None,         // a table only
        Bars,         // one series: a bar per category
        GroupedBars,  // several series: a group of bars per category
        Lines,        // series over the categories, with optional bands and marked points
        Heatmap,      // series = rows, categories = columns
        Intervals,    // a point and an interval per category (series 0 = the points, band 0 = the interval)
        Flow,         // a Sankey-style flow from `flow`
        Scatter,      // series 0 = x, series 1 = y, one point per category, with the least-squares line
    };
    Kind kind = Kind::None;
    QString xTitle;
    QString yTitle;
    QStringList categories;
    QList<ChartSeries> series;
    QList<ChartBand> bands;
    QList<QPair<int, int>> marks; // (series, category) points to mark, for anomalies
    QList<FlowEdge> flow;
    bool percent = false; // values are shares 0 … 1
    int decimals = 0;
    /// Labels drawn on bars (conversion and drop-off of a funnel step, say), one per category.
    QStringList barLabels;
    /// Lines over time: category i is at xOriginMs + i × xStepMs (UTC milliseconds); 0 step: not a time axis.
    qint64 xOriginMs = 0;
    qint64 xStepMs = 0;
    /// Annotations drawn over the chart.
    QList<ChartNote> notes;
};

/// One part of an analysis: a chart and the table of the same numbers.
struct ReportSection final
{
    QString id;      // stable: funnel, funnel-time, retention …
    QString title;   // translated
    QString summary; // one or two sentences, translated
    QStringList warnings;
    ReportChart chart;
    ReportTable table;
};

/// One analysis of a report: its parts, or the reason it could not be computed.
struct ReportAnalysis final
{
    QString id;
    QString title;
    QList<ReportSection> sections;
    QString error;
};

} // namespace Atelier
