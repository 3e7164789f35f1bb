#pragma once

#include "reports/reportsection.h"

#include <QChartView>
#include <QPointF>

class QLineSeries;
class QValueAxis;
class QDateTimeAxis;

namespace Atelier {

/// Lines over time in Qt Charts, for series of any length: each series keeps all its points and hands
/// Qt Charts only the Largest-Triangle-Three-Buckets sample of the visible range at the plot's width in
/// pixels, again after every zoom, pan or resize. Bands become area series, marked points a scatter.
/// Zoom: drag a range, the wheel, or + and −; pan: the arrow keys; 0 or a double click resets.
class LineChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineChartView)
public:
    explicit LineChartView(QWidget *parent = nullptr);
    ~LineChartView() override;
    void setReportChart(const ReportChart &chart);
    /// Replaces the points of series \a index (x in the time axis's milliseconds, or an index).
    void setSeriesPoints(int index, QList<QPointF> points);
    /// Points Qt Charts holds for series \a index now (after downsampling).
    qsizetype shownPoints(int index) const;
    void resetZoom();

signals:
    /// The person asked to annotate the day (or minute) nearest the pointer.
    void annotateRequested(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    int nearestCategory(double x) const;
    void resample();
    void applyPalette();
    void zoomX(double factor, double centre);
    double xOf(int index) const;

    struct Line;
    QList<Line *> m_lines;
    ReportChart m_chart;
    QAbstractAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    double m_fullMin = 0;
    double m_fullMax = 1;
    bool m_resampling = false;
};

} // namespace Atelier
