// Large series on screen: how long a 1,000,000-point series takes to be ready to draw, downsampled with
// Largest-Triangle-Three-Buckets to the chart's width, and then handed to Qt Charts (docs/benchmarks.md).
//
//   bench_charts [--points N] [--width PX] [--runs R]

#include "residentmemory.h"
#include "analytics/linechartview.h"
#include "reports/chartpainter.h"
#include "reports/lttb.h"
#include "reports/reportsection.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace Atelier;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    int points = 1000000, width = 1920, runs = 15;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--points"))
            points = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--width"))
            width = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = args.at(i + 1).toInt();
    }
    if (points < 3 || width < 3 || runs < 1) {
        std::fprintf(stderr, "bench_charts: --points, --width and --runs must be positive (points and width at least 3)\n");
        return 2;
    }
    // A random walk with spikes: the shape LTTB must keep.
    QList<QPointF> series;
    series.reserve(points);
    QRandomGenerator rng(42);
    double y = 0;
    for (int i = 0; i < points; ++i) {
        y += rng.generateDouble() - 0.5;
        series.append(QPointF(i, y + (rng.bounded(10000) == 0 ? 50 : 0)));
    }
    const long rssBefore = Bench::rssKiB();

    QList<double> lttb, view, painted;
    QList<QPointF> sample;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        sample = downsampleLttb(series, width);
        lttb.append(t.nsecsElapsed() / 1e6);
    }

    // The whole path of the workspace: the full series to LineChartView, which downsamples the visible range
    // to its plot width and replaces the Qt Charts series.
    LineChartView chart;
    chart.resize(width + 120, 600);
    ReportChart shape;
    shape.kind = ReportChart::Kind::Lines;
    shape.series = {{QStringLiteral("series"), {}}};
    shape.categories = {QStringLiteral("0"), QString::number(points - 1)};
    chart.setReportChart(shape);
    chart.show();
    QApplication::processEvents();
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        chart.setSeriesPoints(0, series);
        view.append(t.nsecsElapsed() / 1e6);
    }

    // And the report's painter, which draws the same series into an image.
    ReportChart report = shape;
    QList<double> values;
    values.reserve(points);
    for (const QPointF &p : std::as_const(series))
        values.append(p.y());
    report.series = {{QStringLiteral("series"), values}};
    report.categories = QStringList(points, QString());
    QImage image(width + 120, 600, QImage::Format_ARGB32_Premultiplied);
    for (int r = 0; r < std::min(runs, 5); ++r) {
        QElapsedTimer t;
        t.start();
        QPainter painter(&image);
        ChartPainter::paint(painter, QRectF(0, 0, image.width(), image.height()), report, ChartPalette::light());
        painter.end();
        painted.append(t.nsecsElapsed() / 1e6);
    }

    std::printf("series: %d points, chart width %d px, %d runs (median)\n", points, width, runs);
    std::printf("  LTTB to %lld points                        %8.2f ms\n", qint64(sample.size()), median(lttb));
    std::printf("  LineChartView: sample + Qt Charts replace    %8.2f ms  (%lld points given to Qt Charts)\n", median(view),
                qint64(chart.shownPoints(0)));
    std::printf("  Report painter: sample + draw into an image  %8.2f ms\n", median(painted));
    std::printf("  RSS: %ld KiB with the series in memory, %ld KiB at the end\n", rssBefore, Bench::rssKiB());
    return 0;
}
