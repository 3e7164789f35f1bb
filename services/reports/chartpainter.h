#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;
class QPainterPath;

namespace Atelier {

struct ReportChart;

/// Colours of a chart. The series colours are Okabe and Ito's palette and the scales are cividis-like
/// (sequential) and blue–orange (diverging): both stay readable for people with colour-vision deficiencies.
struct ChartPalette final
{
    QColor background;
    QColor text;
    QColor muted;
    QColor grid;
    QList<QColor> series;
    bool dark = false;

    static ChartPalette light();
    static ChartPalette darkPalette();
    QColor seriesColor(int index) const;
    /// t in [0, 1].
    QColor sequential(double t) const;
    /// t in [−1, 1], white (or the background, dark) at 0.
    QColor diverging(double t) const;
    /// Black or white, whichever reads better on \a fill.
    static QColor textOn(const QColor &fill);
};

/// A region of a painted chart and the exact figure it shows, for tooltips and accessibility.
struct ChartHit final
{
    QRectF area;
    QString text;
    int series = -1; // the series (heatmap row) and category (column) it belongs to, where it has them
    int index = -1;
};

/// Paints a ReportChart with QPainter only: on a widget, into a PNG or SVG, or as vectors into a PDF.
class ChartPainter final
{
public:
    /// Paints \a chart in \a rect; fills \a hits with the regions of its bars, cells, points and flows.
    static void paint(QPainter &painter, const QRectF &rect, const ReportChart &chart, const ChartPalette &palette,
                      QList<ChartHit> *hits = nullptr);
    /// A number as the chart shows it.
    static QString format(double value, const ReportChart &chart);
};

} // namespace Atelier
