#include "linechartview.h"

#include "chartwidget.h"
#include "core/plaintext.h"
#include "reports/lttb.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Atelier {

struct LineChartView::Line
{
    QString name;
    QList<QPointF> all; // sorted by x
    QXYSeries *series = nullptr;
    int decimals = 0;
    bool percent = false;
};

LineChartView::LineChartView(QWidget *parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumHeight(240);
    chart()->legend()->setAlignment(Qt::AlignTop);
    chart()->setMargins(QMargins(4, 4, 4, 4));
}

LineChartView::~LineChartView()
{
    qDeleteAll(m_lines);
}

double LineChartView::xOf(int index) const
{
    if (m_chart.xStepMs <= 0)
        return double(index);
    // QDateTimeAxis shows local time: place each point at the local moment whose wall clock reads the UTC
    // one, so the axis reads UTC days and minutes wherever the console runs.
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(m_chart.xOriginMs + qint64(index) * m_chart.xStepMs, Qt::UTC);
    return double(QDateTime(utc.date(), utc.time(), Qt::LocalTime).toMSecsSinceEpoch());
}

void LineChartView::setReportChart(const ReportChart &report)
{
    m_chart = report;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    delete m_xAxis;
    delete m_yAxis;
    qDeleteAll(m_lines);
    m_lines.clear();

    if (report.xStepMs > 0) {
        auto *time = new QDateTimeAxis;
        time->setFormat(report.xStepMs >= 86400000 ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("HH:mm"));
        time->setTickCount(6);
        m_xAxis = time;
    } else {
        auto *index = new QValueAxis;
        index->setLabelFormat(QStringLiteral("%d"));
        m_xAxis = index;
    }
    // Qt Charts draws titles and legend labels as HTML; names come from people and data.
    m_xAxis->setTitleText(report.xTitle.toHtmlEscaped());
    m_yAxis = new QValueAxis;
    m_yAxis->setTitleText(report.yTitle.toHtmlEscaped());
    c->addAxis(m_xAxis, Qt::AlignBottom);
    c->addAxis(m_yAxis, Qt::AlignLeft);

    const ChartPalette palette = ChartWidget::paletteFor(this);
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    // Bands under the lines, in the colour of the series they surround (the last one).
    for (int b = 0; b < report.bands.size(); ++b) {
        const ChartBand &band = report.bands.at(b);
        auto *upper = new QLineSeries, *lower = new QLineSeries;
        for (int i = 0; i < band.high.size() && i < band.low.size(); ++i) {
            if (!std::isfinite(band.high.at(i)) || !std::isfinite(band.low.at(i)))
                continue;
            upper->append(xOf(band.first + i), band.high.at(i));
            lower->append(xOf(band.first + i), band.low.at(i));
            lo = std::min(lo, band.low.at(i));
            hi = std::max(hi, band.high.at(i));
        }
        auto *area = new QAreaSeries(upper, lower);
        area->setName(band.name.toHtmlEscaped());
        QColor fill = palette.seriesColor(std::max<int>(0, int(report.series.size()) - 1));
        fill.setAlphaF(0.18f + 0.12f * float(b));
        area->setBrush(fill);
        area->setPen(Qt::NoPen);
        c->addSeries(area);
        area->attachAxis(m_xAxis);
        area->attachAxis(m_yAxis);
    }
    for (int s = 0; s < report.series.size(); ++s) {
        auto *line = new Line{report.series.at(s).name, {}, new QLineSeries, report.decimals, report.percent};
        const QList<double> &values = report.series.at(s).values;
        line->all.reserve(values.size());
        for (int i = 0; i < values.size(); ++i)
            if (std::isfinite(values.at(i))) {
                line->all.append(QPointF(xOf(i), values.at(i)));
                lo = std::min(lo, values.at(i));
                hi = std::max(hi, values.at(i));
            }
        line->series->setName(line->name.toHtmlEscaped());
        line->series->setPen(QPen(palette.seriesColor(s), 2));
        c->addSeries(line->series);
        line->series->attachAxis(m_xAxis);
        line->series->attachAxis(m_yAxis);
        connect(line->series, &QXYSeries::hovered, this, [this, line](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            // The nearest real point: the sample only keeps real points, so this is an exact figure.
            auto it = std::lower_bound(line->all.cbegin(), line->all.cend(), point.x(),
                                       [](const QPointF &p, double x) { return p.x() < x; });
            if (it == line->all.cend())
                --it;
            const QString x = m_chart.xStepMs > 0 ? QDateTime::fromMSecsSinceEpoch(qint64(it->x()))
                                                        .toString(m_chart.xStepMs >= 86400000 ? QStringLiteral("yyyy-MM-dd")
                                                                                              : QStringLiteral("yyyy-MM-dd HH:mm"))
                                                  : QString::number(it->x());
            const QString y = line->percent ? QLocale().toString(it->y() * 100, 'f', std::max(1, line->decimals)) + QLocale().percent()
                                            : QLocale().toString(it->y(), 'f', line->decimals);
            QToolTip::showText(QCursor::pos(), plainToolTip(QStringLiteral("%1 — %2: %3").arg(x, line->name, y)), this);
        });
        m_lines.append(line);
    }
    if (!report.marks.isEmpty()) {
        auto *marks = new QScatterSeries;
        marks->setName(tr("Anomalies"));
        marks->setMarkerSize(11);
        marks->setColor(palette.seriesColor(5));
        marks->setBorderColor(palette.background);
        for (const auto &[s, k] : report.marks) {
            const double v = report.series.value(s).values.value(k, std::nan(""));
            if (std::isfinite(v))
                marks->append(xOf(k), v);
        }
        c->addSeries(marks);
        marks->attachAxis(m_xAxis);
        marks->attachAxis(m_yAxis);
        connect(marks, &QXYSeries::hovered, this, [this](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(),
                                   tr("Anomaly on %1: %2")
                                       .arg(QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(QStringLiteral("yyyy-MM-dd")),
                                            QLocale().toString(point.y(), 'f', m_chart.decimals)),
                                   this);
        });
    }
    if (!report.notes.isEmpty() && !report.series.isEmpty()) {
        // People's annotations, on the first series at their day, as triangles with their text as tooltip.
        auto *notes = new QScatterSeries;
        notes->setName(tr("Annotations"));
        notes->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
        notes->setMarkerSize(14);
        notes->setColor(palette.seriesColor(4));
        notes->setBorderColor(palette.text);
        QHash<qint64, QString> texts;
        for (const ChartNote &note : report.notes) {
            const double v = report.series.first().values.value(note.index, std::nan(""));
            const double x = xOf(note.index);
            notes->append(x, std::isfinite(v) ? v : 0);
            QString &text = texts[qint64(x)];
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + note.text;
        }
        c->addSeries(notes);
        notes->attachAxis(m_xAxis);
        notes->attachAxis(m_yAxis);
        connect(notes, &QXYSeries::hovered, this, [this, texts](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(), plainToolTip(texts.value(qint64(point.x()))), this);
        });
    }
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    if (lo >= 0 && lo < hi * 0.5)
        lo = 0;
    if (hi <= lo)
        hi = lo + 1;
    m_yAxis->setRange(lo, hi + (hi - lo) * 0.05);
    m_yAxis->applyNiceNumbers();
    m_fullMin = xOf(0);
    m_fullMax = xOf(std::max<int>(1, int(report.categories.size()) - 1));
    m_xAxis->setRange(m_chart.xStepMs > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(qint64(m_fullMin))) : QVariant(m_fullMin),
                      m_chart.xStepMs > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(qint64(m_fullMax))) : QVariant(m_fullMax));
    if (auto *time = qobject_cast<QDateTimeAxis *>(m_xAxis))
        connect(time, &QDateTimeAxis::rangeChanged, this, [this] { resample(); });
    else
        connect(static_cast<QValueAxis *>(m_xAxis), &QValueAxis::rangeChanged, this, [this] { resample(); });
    applyPalette();
    resample();
}

void LineChartView::setSeriesPoints(int index, QList<QPointF> points)
{
    if (index < 0 || index >= m_lines.size())
        return;
    m_lines[index]->all = std::move(points);
    if (!m_lines[index]->all.isEmpty()) {
        m_fullMin = m_lines[index]->all.first().x();
        m_fullMax = m_lines[index]->all.last().x();
    }
    resetZoom();
}

qsizetype LineChartView::shownPoints(int index) const
{
    return index >= 0 && index < m_lines.size() ? m_lines.at(index)->series->count() : 0;
}

void LineChartView::resample()
{
    if (m_resampling || !m_xAxis)
        return;
    m_resampling = true;
    double from = m_fullMin, to = m_fullMax;
    if (auto *time = qobject_cast<QDateTimeAxis *>(m_xAxis)) {
        from = double(time->min().toMSecsSinceEpoch());
        to = double(time->max().toMSecsSinceEpoch());
    } else if (auto *value = qobject_cast<QValueAxis *>(m_xAxis)) {
        from = value->min();
        to = value->max();
    }
    const int width = std::max(16, int(chart()->plotArea().width()));
    for (Line *line : std::as_const(m_lines)) {
        // The visible points and one on each side, so the line runs to the plot's edges.
        auto first = std::lower_bound(line->all.cbegin(), line->all.cend(), from, [](const QPointF &p, double x) { return p.x() < x; });
        auto last = std::upper_bound(line->all.cbegin(), line->all.cend(), to, [](double x, const QPointF &p) { return x < p.x(); });
        if (first != line->all.cbegin())
            --first;
        if (last != line->all.cend())
            ++last;
        const QList<QPointF> visible(first, last);
        line->series->replace(downsampleLttb(visible, width));
    }
    m_resampling = false;
}

void LineChartView::applyPalette()
{
    const ChartPalette palette = ChartWidget::paletteFor(this);
    chart()->setTheme(palette.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart()->setBackgroundBrush(palette.background);
    chart()->legend()->setLabelColor(palette.text);
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsColor(palette.muted);
        axis->setTitleBrush(palette.muted);
        axis->setGridLineColor(palette.grid);
    }
    // The theme resets series colours: set them again.
    for (int s = 0; s < m_lines.size(); ++s)
        m_lines[s]->series->setPen(QPen(palette.seriesColor(s), 2));
}

void LineChartView::resetZoom()
{
    if (!m_xAxis)
        return;
    m_xAxis->setRange(m_chart.xStepMs > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(qint64(m_fullMin))) : QVariant(m_fullMin),
                      m_chart.xStepMs > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(qint64(m_fullMax))) : QVariant(m_fullMax));
    resample();
}

void LineChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    resample();
}

void LineChartView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomX(1.5, chart()->plotArea().center().x());
        break;
    case Qt::Key_Minus:
        zoomX(1 / 1.5, chart()->plotArea().center().x());
        break;
    case Qt::Key_Left:
        chart()->scroll(-chart()->plotArea().width() / 5, 0);
        break;
    case Qt::Key_Right:
        chart()->scroll(chart()->plotArea().width() / 5, 0);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        resetZoom();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void LineChartView::wheelEvent(QWheelEvent *event)
{
    zoomX(event->angleDelta().y() > 0 ? 1.25 : 0.8, event->position().x());
    event->accept();
}

void LineChartView::zoomX(double factor, double centre)
{
    // Around \a centre, horizontally only: the values keep their scale.
    const QRectF plot = chart()->plotArea();
    QRectF zoomed = plot;
    zoomed.setWidth(plot.width() / factor);
    zoomed.moveLeft(centre - (centre - plot.left()) / factor);
    chart()->zoomIn(zoomed);
}

void LineChartView::mouseDoubleClickEvent(QMouseEvent *event)
{
    resetZoom();
    event->accept();
}

void LineChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_lines.isEmpty())
        setReportChart(ReportChart(m_chart)); // bands and marks take their colours when they are made
    QChartView::changeEvent(event);
}

void LineChartView::mouseReleaseEvent(QMouseEvent *event)
{
    // The right button opens the context menu (annotate); zooming out is −, 0 or a double click.
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
    resample();
}

int LineChartView::nearestCategory(double x) const
{
    // xOf grows with the index: a binary search finds the category on either side of x.
    int lo = 0, hi = int(m_chart.categories.size()) - 1;
    if (hi < 0)
        return -1;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (xOf(mid) < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0 && std::abs(xOf(lo - 1) - x) < std::abs(xOf(lo) - x))
        --lo;
    return lo;
}

void LineChartView::contextMenuEvent(QContextMenuEvent *event)
{
    const QPointF pos = event->reason() == QContextMenuEvent::Keyboard ? chart()->plotArea().center() : QPointF(event->pos());
    if (!chart()->plotArea().contains(pos) || m_lines.isEmpty())
        return;
    const int index = nearestCategory(chart()->mapToValue(pos, m_lines.first()->series).x());
    if (index < 0)
        return;
    QMenu menu(this);
    QAction *annotate = menu.addAction(tr("Annotate “%1”…").arg(m_chart.categories.at(index)));
    if (menu.exec(event->globalPos()) == annotate)
        emit annotateRequested(index);
}

} // namespace Atelier
