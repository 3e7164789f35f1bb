#pragma once

#include "reports/chartpainter.h"
#include "reports/reportsection.h"

#include <QWidget>

namespace Atelier {

/// A report chart painted with ChartPainter: bars, heatmaps, intervals and flows. Tooltips give the exact
/// figure under the pointer; with the keyboard, the arrow keys step through the figures and announce them.
class ChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartWidget)
public:
    explicit ChartWidget(QWidget *parent = nullptr);
    void setChart(const ReportChart &chart);
    const ReportChart &chart() const { return m_chart; }
    /// The colours of the current palette (dark when the window is dark).
    static ChartPalette paletteFor(const QWidget *widget);
    /// The figure the keyboard is on, or empty.
    QString currentFigure() const;
    /// The regions painted last, with their figures.
    const QList<ChartHit> &hits() const { return m_hits; }

signals:
    /// A region was activated (clicked, or Enter on it): its index among hits().
    void activated(int hit);
    /// The person asked to annotate the chart at category \a index (context menu, or Shift+F10 / Menu key).
    void annotateRequested(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    QSize sizeHint() const override;

private:
    void announce();

    ReportChart m_chart;
    QList<ChartHit> m_hits;
    int m_current = -1;
};

} // namespace Atelier
