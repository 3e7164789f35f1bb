#include "chartpainter.h"

#include "lttb.h"
#include "reportsection.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <functional>
#include <cmath>
#include <limits>

namespace Atelier {

namespace {

bool finite(double v)
{
    return std::isfinite(v);
}

/// A "nice" step for about \a ticks intervals over [lo, hi].
double niceStep(double span, int ticks)
{
    if (span <= 0)
        return 1;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    const double nice = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
    return nice * magnitude;
}

struct Axis
{
    double lo = 0;
    double hi = 1;
    double step = 1;
};

Axis valueAxis(double lo, double hi, bool includeZero)
{
    if (!finite(lo) || !finite(hi)) {
        lo = 0;
        hi = 1;
    }
    if (includeZero) {
        lo = std::min(lo, 0.0);
        hi = std::max(hi, 0.0);
    }
    if (hi - lo < 1e-12) {
        hi = lo + (lo == 0 ? 1 : std::abs(lo) * 0.1);
    }
    Axis a;
    a.step = niceStep(hi - lo, 5);
    a.lo = std::floor(lo / a.step) * a.step;
    a.hi = std::ceil(hi / a.step) * a.step;
    return a;
}

QString axisLabel(double v, const ReportChart &chart)
{
    if (chart.percent)
        return QString::number(v * 100.0, 'g', 4) + QLatin1Char('%');
    if (std::abs(v) >= 1e6)
        return QString::number(v / 1e6, 'g', 4) + QLatin1Char('M');
    if (std::abs(v) >= 1e4)
        return QString::number(v / 1e3, 'g', 4) + QLatin1Char('k');
    return QString::number(v, 'g', 6);
}

class Painter
{
public:
    Painter(QPainter &p, const QRectF &rect, const ReportChart &chart, const ChartPalette &palette, QList<ChartHit> *hits)
        : m_p(p), m_rect(rect), m_chart(chart), m_palette(palette), m_hits(hits), m_fm(p.font(), p.device())
    {
    }

    void paint()
    {
        m_p.save();
        m_p.setRenderHint(QPainter::Antialiasing);
        m_p.fillRect(m_rect, m_palette.background);
        switch (m_chart.kind) {
        case ReportChart::Kind::None:
            break;
        case ReportChart::Kind::Bars:
        case ReportChart::Kind::GroupedBars:
            bars();
            break;
        case ReportChart::Kind::Lines:
            lines();
            break;
        case ReportChart::Kind::Heatmap:
            heatmap();
            break;
        case ReportChart::Kind::Intervals:
            intervals();
            break;
        case ReportChart::Kind::Flow:
            flow();
            break;
        case ReportChart::Kind::Scatter:
            scatter();
            break;
        }
        m_p.restore();
    }

private:
    void hit(const QRectF &area, const QString &text, int series = -1, int index = -1)
    {
        if (m_hits)
            m_hits->append({area, text, series, index});
    }

    /// People's annotations: a dashed line at their category and a marker on top, coloured by type.
    void notes(const QRectF &plot, const std::function<qreal(int)> &xAt)
    {
        for (const ChartNote &note : m_chart.notes) {
            if (note.index < 0 || note.index >= m_chart.categories.size())
                continue;
            const qreal x = xAt(note.index);
            const QColor colour = note.type == QLatin1String("issue")        ? m_palette.seriesColor(5)
                                  : note.type == QLatin1String("suggestion") ? m_palette.seriesColor(2)
                                                                             : m_palette.seriesColor(4);
            m_p.setPen(QPen(colour, 1, Qt::DashLine));
            m_p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            const QRectF marker(x - 7, plot.top() - 7, 14, 14);
            m_p.setPen(QPen(m_palette.background, 1.5));
            m_p.setBrush(colour);
            m_p.drawEllipse(marker);
            m_p.setPen(ChartPalette::textOn(colour));
            m_p.drawText(marker, Qt::AlignCenter, note.type == QLatin1String("issue") ? QStringLiteral("!")
                                                  : note.type == QLatin1String("suggestion") ? QStringLiteral("?")
                                                                                            : QStringLiteral("i"));
            hit(marker.adjusted(-3, -3, 3, 3), QStringLiteral("%1 — %2").arg(m_chart.categories.at(note.index), note.text), -1, note.index);
        }
    }

    /// Legend along the top; returns its height.
    qreal legend(const QStringList &names)
    {
        if (names.size() < 2)
            return 0;
        qreal x = m_rect.left() + 8, y = m_rect.top() + 4;
        const qreal h = m_fm.height();
        for (int i = 0; i < names.size(); ++i) {
            const qreal w = m_fm.horizontalAdvance(names.at(i)) + h + 16;
            if (x + w > m_rect.right() && x > m_rect.left() + 8) {
                x = m_rect.left() + 8;
                y += h + 4;
            }
            m_p.fillRect(QRectF(x, y + 2, h - 4, h - 4), m_palette.seriesColor(i));
            m_p.setPen(m_palette.text);
            m_p.drawText(QPointF(x + h, y + m_fm.ascent()), names.at(i));
            x += w;
        }
        return y + h + 6 - m_rect.top();
    }

    /// Draws the value axis and grid of a plot; returns the plot area.
    QRectF frame(const Axis &axis, qreal top, qreal bottomReserve, qreal leftExtra = 0)
    {
        qreal labelWidth = 0;
        for (double v = axis.lo; v <= axis.hi + axis.step / 2; v += axis.step)
            labelWidth = std::max(labelWidth, m_fm.horizontalAdvance(axisLabel(v, m_chart)));
        const qreal titleWidth = m_chart.yTitle.isEmpty() ? 0 : m_fm.height() + 4;
        QRectF plot(m_rect.left() + titleWidth + labelWidth + 10 + leftExtra, m_rect.top() + top + 6,
                    0, 0);
        plot.setRight(m_rect.right() - 12);
        plot.setBottom(m_rect.bottom() - bottomReserve);
        if (plot.height() < 10 || plot.width() < 10)
            return plot;
        for (double v = axis.lo; v <= axis.hi + axis.step / 2; v += axis.step) {
            const qreal y = yOf(v, axis, plot);
            m_p.setPen(QPen(m_palette.grid, 0));
            m_p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            m_p.setPen(m_palette.muted);
            const QString label = axisLabel(v, m_chart);
            m_p.drawText(QRectF(plot.left() - labelWidth - 8, y - m_fm.height() / 2, labelWidth + 4, m_fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, label);
        }
        if (!m_chart.yTitle.isEmpty()) {
            m_p.save();
            m_p.setPen(m_palette.muted);
            m_p.translate(m_rect.left() + m_fm.ascent(), plot.center().y());
            m_p.rotate(-90);
            m_p.drawText(QRectF(-plot.height() / 2, -m_fm.ascent(), plot.height(), m_fm.height()), Qt::AlignCenter, m_chart.yTitle);
            m_p.restore();
        }
        return plot;
    }

    static qreal yOf(double v, const Axis &a, const QRectF &plot)
    {
        return plot.bottom() - (v - a.lo) / (a.hi - a.lo) * plot.height();
    }

    /// Category labels under a plot, thinned to what fits; rotated when long.
    void categoryLabels(const QRectF &plot, const QList<qreal> &centres, bool rotate)
    {
        m_p.setPen(m_palette.muted);
        const int n = int(centres.size());
        if (n == 0)
            return;
        const qreal slot = plot.width() / n;
        int every = 1;
        if (!rotate) {
            qreal widest = 0;
            for (const QString &c : m_chart.categories)
                widest = std::max(widest, m_fm.horizontalAdvance(c));
            every = std::max(1, int(std::ceil((widest + 8) / std::max<qreal>(slot, 1))));
        } else {
            every = std::max(1, int(std::ceil(m_fm.height() / std::max<qreal>(slot, 1))));
        }
        for (int i = 0; i < n; i += every) {
            const QString text = m_fm.elidedText(m_chart.categories.value(i), Qt::ElideRight, rotate ? 110 : slot * every);
            if (rotate) {
                m_p.save();
                m_p.translate(centres.at(i) + m_fm.ascent() / 2, plot.bottom() + 6);
                m_p.rotate(-45);
                m_p.drawText(QPointF(-m_fm.horizontalAdvance(text), 0), text);
                m_p.restore();
            } else {
                m_p.drawText(QRectF(centres.at(i) - slot * every / 2, plot.bottom() + 4, slot * every, m_fm.height()), Qt::AlignCenter,
                             text);
            }
        }
        if (!m_chart.xTitle.isEmpty())
            m_p.drawText(QRectF(plot.left(), m_rect.bottom() - m_fm.height() - 2, plot.width(), m_fm.height()), Qt::AlignCenter,
                         m_chart.xTitle);
    }

    bool longLabels() const
    {
        // Rotated when the labels do not all fit side by side (rather than leaving some out).
        qreal total = 0, widest = 0;
        for (const QString &c : m_chart.categories) {
            total += m_fm.horizontalAdvance(c) + 8;
            widest = std::max(widest, m_fm.horizontalAdvance(c) + 8);
        }
        const qreal slot = m_chart.categories.isEmpty() ? 0 : (m_rect.width() - 80) / m_chart.categories.size();
        return total > m_rect.width() * 0.8 || widest > slot;
    }

    qreal bottomReserve(bool rotate) const
    {
        qreal reserve = m_fm.height() + 8;
        if (rotate) {
            qreal widest = 0;
            for (const QString &c : m_chart.categories)
                widest = std::min<qreal>(110, std::max(widest, m_fm.horizontalAdvance(c)));
            reserve = widest * 0.72 + m_fm.height() + 8;
        }
        if (!m_chart.xTitle.isEmpty())
            reserve += m_fm.height() + 4;
        return reserve;
    }

    void bars()
    {
        QStringList names;
        double lo = 0, hi = 0;
        for (const ChartSeries &s : m_chart.series) {
            names.append(s.name);
            for (double v : s.values)
                if (finite(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
        }
        const qreal top = legend(names);
        const Axis axis = valueAxis(lo, hi, true);
        const bool rotate = longLabels();
        const qreal labelRoom = m_chart.barLabels.isEmpty() ? 0 : m_fm.height() + 4;
        const QRectF plot = frame(axis, top + labelRoom, bottomReserve(rotate));
        const int n = int(m_chart.categories.size()), groups = std::max<int>(1, int(m_chart.series.size()));
        if (n == 0 || plot.height() < 10)
            return;
        const qreal slot = plot.width() / n;
        const qreal barWidth = std::max<qreal>(1, slot * 0.75 / groups);
        QList<qreal> centres;
        for (int i = 0; i < n; ++i) {
            const qreal centre = plot.left() + slot * (i + 0.5);
            centres.append(centre);
            for (int g = 0; g < m_chart.series.size(); ++g) {
                const double v = m_chart.series.at(g).values.value(i, std::nan(""));
                if (!finite(v))
                    continue;
                const qreal x = centre - slot * 0.375 + g * barWidth;
                const qreal y0 = yOf(0, axis, plot), y1 = yOf(v, axis, plot);
                const QRectF bar(x, std::min(y0, y1), barWidth - (groups > 1 ? 1 : 0), std::abs(y1 - y0));
                m_p.fillRect(bar, m_palette.seriesColor(g));
                hit(bar.adjusted(0, -2, 0, 2), QStringLiteral("%1 — %2: %3")
                                                    .arg(m_chart.categories.at(i), m_chart.series.at(g).name,
                                                         ChartPainter::format(v, m_chart)),
                    g, i);
            }
            if (i < m_chart.barLabels.size() && !m_chart.series.isEmpty()) {
                const double v = m_chart.series.first().values.value(i, 0);
                m_p.setPen(m_palette.text);
                m_p.drawText(QRectF(centre - slot / 2, yOf(std::max(v, 0.0), axis, plot) - m_fm.height() - 2, slot, m_fm.height()),
                             Qt::AlignCenter, m_fm.elidedText(m_chart.barLabels.at(i), Qt::ElideRight, slot));
            }
        }
        m_p.setPen(QPen(m_palette.muted, 0));
        m_p.drawLine(QPointF(plot.left(), yOf(0, axis, plot)), QPointF(plot.right(), yOf(0, axis, plot)));
        categoryLabels(plot, centres, rotate);
        notes(plot, [&](int i) { return centres.value(i); });
    }

    void lines()
    {
        QStringList names;
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (const ChartSeries &s : m_chart.series) {
            names.append(s.name);
            for (double v : s.values)
                if (finite(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
        }
        for (const ChartBand &b : m_chart.bands) {
            names.append(b.name);
            for (double v : b.low)
                if (finite(v))
                    lo = std::min(lo, v);
            for (double v : b.high)
                if (finite(v))
                    hi = std::max(hi, v);
        }
        const qreal top = legend(names);
        const Axis axis = valueAxis(lo, hi, lo >= 0);
        const QRectF plot = frame(axis, top, bottomReserve(false));
        const int n = int(m_chart.categories.size());
        if (n == 0 || plot.height() < 10)
            return;
        auto xOf = [&](double i) { return n == 1 ? plot.center().x() : plot.left() + i / (n - 1) * plot.width(); };
        // Bands first, the widest underneath, in the colour of the series they surround (the last series).
        const int bandSeries = std::max<int>(0, int(m_chart.series.size()) - 1);
        for (int b = 0; b < m_chart.bands.size(); ++b) {
            const ChartBand &band = m_chart.bands.at(b);
            QPolygonF poly;
            for (int i = 0; i < band.high.size(); ++i)
                if (finite(band.high.at(i)))
                    poly.append(QPointF(xOf(band.first + i), yOf(band.high.at(i), axis, plot)));
            for (int i = int(band.low.size()) - 1; i >= 0; --i)
                if (finite(band.low.at(i)))
                    poly.append(QPointF(xOf(band.first + i), yOf(band.low.at(i), axis, plot)));
            QColor fill = m_palette.seriesColor(bandSeries);
            fill.setAlphaF(0.18f + 0.12f * float(b));
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(fill);
            m_p.drawPolygon(poly);
        }
        for (int s = 0; s < m_chart.series.size(); ++s) {
            const QList<double> &values = m_chart.series.at(s).values;
            // Runs of finite values, each downsampled to the plot's width in pixels.
            int i = 0;
            while (i < values.size()) {
                while (i < values.size() && !finite(values.at(i)))
                    ++i;
                QList<QPointF> run;
                while (i < values.size() && finite(values.at(i))) {
                    run.append(QPointF(i, values.at(i)));
                    ++i;
                }
                run = downsampleLttb(run, std::max(3, int(plot.width())));
                QPolygonF line;
                for (const QPointF &pt : run)
                    line.append(QPointF(xOf(pt.x()), yOf(pt.y(), axis, plot)));
                m_p.setPen(QPen(m_palette.seriesColor(s), 2));
                m_p.setBrush(Qt::NoBrush);
                m_p.drawPolyline(line);
            }
            if (values.size() <= 400)
                for (int k = 0; k < values.size(); ++k)
                    if (finite(values.at(k)))
                        hit(QRectF(xOf(k) - 4, yOf(values.at(k), axis, plot) - 4, 8, 8),
                            QStringLiteral("%1 — %2: %3")
                                .arg(m_chart.categories.value(k), m_chart.series.at(s).name, ChartPainter::format(values.at(k), m_chart)));
        }
        for (const auto &[s, k] : m_chart.marks) {
            const double v = m_chart.series.value(s).values.value(k, std::nan(""));
            if (!finite(v))
                continue;
            const QPointF c(xOf(k), yOf(v, axis, plot));
            m_p.setPen(QPen(m_palette.background, 1.5));
            m_p.setBrush(m_palette.seriesColor(5));
            m_p.drawEllipse(c, 5, 5);
            hit(QRectF(c.x() - 6, c.y() - 6, 12, 12), QCoreApplication::translate("ChartPainter", "%1: %2 (anomaly)")
                                                          .arg(m_chart.categories.value(k), ChartPainter::format(v, m_chart)));
        }
        // Labels at evenly spaced categories, as many as fit: measured on a few, not on every point.
        qreal widest = 0;
        const int probe = std::max(1, n / 16);
        for (int k = 0; k < n; k += probe)
            widest = std::max(widest, m_fm.horizontalAdvance(m_chart.categories.at(k)));
        const int fit = std::max(1, int(plot.width() / (widest + 12)));
        const int every = std::max(1, int(std::ceil(double(n) / fit)));
        m_p.setPen(m_palette.muted);
        for (int k = 0; k < n; k += every)
            m_p.drawText(QRectF(xOf(k) - (widest + 12) / 2, plot.bottom() + 4, widest + 12, m_fm.height()), Qt::AlignCenter,
                         m_chart.categories.at(k));
        if (!m_chart.xTitle.isEmpty())
            m_p.drawText(QRectF(plot.left(), m_rect.bottom() - m_fm.height() - 2, plot.width(), m_fm.height()), Qt::AlignCenter,
                         m_chart.xTitle);
        notes(plot, [&](int i) { return xOf(i); });
    }

    void heatmap()
    {
        const int rows = int(m_chart.series.size()), cols = int(m_chart.categories.size());
        if (rows == 0 || cols == 0)
            return;
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (const ChartSeries &s : m_chart.series)
            for (double v : s.values)
                if (finite(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
        const bool diverging = lo < 0;
        qreal rowLabel = 0;
        for (const ChartSeries &s : m_chart.series)
            rowLabel = std::max(rowLabel, m_fm.horizontalAdvance(s.name));
        rowLabel = std::min<qreal>(rowLabel + 10, m_rect.width() * 0.3);
        qreal colLabel = 0;
        for (const QString &c : m_chart.categories)
            colLabel = std::max(colLabel, m_fm.horizontalAdvance(c));
        const bool rotate = colLabel + 6 > (m_rect.width() - rowLabel) / cols;
        const qreal header = rotate ? std::min<qreal>(colLabel, 110) * 0.72 + m_fm.height() : m_fm.height() + 6;
        const qreal scaleHeight = m_fm.height() * 2 + 10;
        const QRectF grid(m_rect.left() + rowLabel, m_rect.top() + header + 4, m_rect.width() - rowLabel - 8,
                          m_rect.height() - header - scaleHeight - 8);
        if (grid.height() < 10)
            return;
        const qreal cw = grid.width() / cols, ch = grid.height() / rows;
        for (int r = 0; r < rows; ++r) {
            m_p.setPen(m_palette.text);
            m_p.drawText(QRectF(m_rect.left(), grid.top() + r * ch, rowLabel - 6, ch), Qt::AlignRight | Qt::AlignVCenter,
                         m_fm.elidedText(m_chart.series.at(r).name, Qt::ElideRight, rowLabel - 6));
            for (int c = 0; c < cols; ++c) {
                const double v = m_chart.series.at(r).values.value(c, std::nan(""));
                const QRectF cell(grid.left() + c * cw, grid.top() + r * ch, cw, ch);
                if (!finite(v)) {
                    m_p.fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), m_palette.grid);
                    continue;
                }
                const QColor fill = diverging ? m_palette.diverging(std::clamp(v / std::max(std::abs(lo), std::abs(hi)), -1.0, 1.0))
                                              : m_palette.sequential(hi > lo ? (v - lo) / (hi - lo) : 0.5);
                m_p.fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), fill);
                const QString text = ChartPainter::format(v, m_chart);
                if (m_fm.horizontalAdvance(text) + 4 < cw && m_fm.height() < ch) {
                    m_p.setPen(ChartPalette::textOn(fill));
                    m_p.drawText(cell, Qt::AlignCenter, text);
                }
                hit(cell, QStringLiteral("%1 — %2: %3").arg(m_chart.series.at(r).name, m_chart.categories.at(c), text), r, c);
            }
        }
        m_p.setPen(m_palette.muted);
        for (int c = 0; c < cols; ++c) {
            const QString text = m_chart.categories.at(c);
            if (rotate) {
                m_p.save();
                m_p.translate(grid.left() + (c + 0.5) * cw - m_fm.ascent() / 2, grid.top() - 4);
                m_p.rotate(-45);
                m_p.drawText(QPointF(0, 0), m_fm.elidedText(text, Qt::ElideRight, 110));
                m_p.restore();
            } else {
                m_p.drawText(QRectF(grid.left() + c * cw, m_rect.top() + 2, cw, header), Qt::AlignCenter, text);
            }
        }
        // The colour scale, with its ends.
        const QRectF scale(grid.left(), grid.bottom() + 8, std::min<qreal>(240, grid.width()), m_fm.height() * 0.8);
        const int steps = 48;
        for (int i = 0; i < steps; ++i) {
            const double t = double(i) / (steps - 1);
            m_p.fillRect(QRectF(scale.left() + scale.width() * i / steps, scale.top(), scale.width() / steps + 0.5, scale.height()),
                         diverging ? m_palette.diverging(t * 2 - 1) : m_palette.sequential(t));
        }
        const double left = diverging ? -std::max(std::abs(lo), std::abs(hi)) : lo;
        const double right = diverging ? std::max(std::abs(lo), std::abs(hi)) : hi;
        m_p.setPen(m_palette.muted);
        m_p.drawText(QRectF(scale.left(), scale.bottom() + 1, scale.width(), m_fm.height()), Qt::AlignLeft,
                     ChartPainter::format(left, m_chart));
        m_p.drawText(QRectF(scale.left(), scale.bottom() + 1, scale.width(), m_fm.height()), Qt::AlignRight,
                     ChartPainter::format(right, m_chart));
        if (!m_chart.xTitle.isEmpty())
            m_p.drawText(QRectF(scale.right() + 12, scale.top() - 2, grid.right() - scale.right() - 12, m_fm.height()),
                         Qt::AlignRight, m_chart.xTitle);
    }

    void intervals()
    {
        const int n = int(m_chart.categories.size());
        if (n == 0 || m_chart.series.isEmpty())
            return;
        const ChartSeries &points = m_chart.series.first();
        const ChartBand band = m_chart.bands.value(0);
        double lo = 0, hi = 0;
        for (int i = 0; i < n; ++i)
            for (double v : {points.values.value(i, std::nan("")), band.low.value(i, std::nan("")), band.high.value(i, std::nan(""))})
                if (finite(v)) {
                    lo = std::min(lo, v);
                    hi = std::max(hi, v);
                }
        const Axis axis = valueAxis(lo, hi, true);
        // No legend: the colour says whether the interval is above zero, below it, or across it.
        const QRectF plot = frame(axis, 0, bottomReserve(false));
        if (plot.height() < 10)
            return;
        const qreal slot = plot.width() / n;
        QList<qreal> centres;
        m_p.setPen(QPen(m_palette.muted, 1, Qt::DashLine));
        m_p.drawLine(QPointF(plot.left(), yOf(0, axis, plot)), QPointF(plot.right(), yOf(0, axis, plot)));
        for (int i = 0; i < n; ++i) {
            const qreal x = plot.left() + slot * (i + 0.5);
            centres.append(x);
            const double low = band.low.value(i, std::nan("")), high = band.high.value(i, std::nan(""));
            const double v = points.values.value(i, std::nan(""));
            const QColor colour = finite(v) && finite(low) && low > 0   ? m_palette.seriesColor(2)
                                  : finite(v) && finite(high) && high < 0 ? m_palette.seriesColor(5)
                                                                          : m_palette.seriesColor(0);
            if (finite(low) && finite(high)) {
                m_p.setPen(QPen(colour, 3));
                m_p.drawLine(QPointF(x, yOf(low, axis, plot)), QPointF(x, yOf(high, axis, plot)));
                m_p.drawLine(QPointF(x - 8, yOf(low, axis, plot)), QPointF(x + 8, yOf(low, axis, plot)));
                m_p.drawLine(QPointF(x - 8, yOf(high, axis, plot)), QPointF(x + 8, yOf(high, axis, plot)));
            }
            if (finite(v)) {
                const QPointF c(x, yOf(v, axis, plot));
                m_p.setPen(QPen(m_palette.background, 1.5));
                m_p.setBrush(colour);
                m_p.drawEllipse(c, 6, 6);
                QString text = QStringLiteral("%1: %2").arg(m_chart.categories.at(i), ChartPainter::format(v, m_chart));
                if (finite(low) && finite(high))
                    text += QStringLiteral(" [%1, %2]").arg(ChartPainter::format(low, m_chart), ChartPainter::format(high, m_chart));
                hit(QRectF(x - slot / 4, plot.top(), slot / 2, plot.height()), text);
            }
        }
        categoryLabels(plot, centres, false);
        notes(plot, [&](int i) { return centres.value(i); });
    }

    void scatter()
    {
        if (m_chart.series.size() < 2)
            return;
        const QList<double> &xs = m_chart.series.at(0).values, &ys = m_chart.series.at(1).values;
        double xlo = std::numeric_limits<double>::infinity(), xhi = -xlo, ylo = xlo, yhi = -xlo;
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int n = 0;
        for (int i = 0; i < xs.size() && i < ys.size(); ++i) {
            if (!finite(xs.at(i)) || !finite(ys.at(i)))
                continue;
            xlo = std::min(xlo, xs.at(i));
            xhi = std::max(xhi, xs.at(i));
            ylo = std::min(ylo, ys.at(i));
            yhi = std::max(yhi, ys.at(i));
            sx += xs.at(i);
            sy += ys.at(i);
            sxx += xs.at(i) * xs.at(i);
            sxy += xs.at(i) * ys.at(i);
            ++n;
        }
        const Axis ya = valueAxis(ylo, yhi, ylo >= 0), xa = valueAxis(xlo, xhi, xlo >= 0);
        const QRectF plot = frame(ya, 0, bottomReserve(false) + m_fm.height());
        if (n == 0 || plot.height() < 10)
            return;
        auto xOf = [&](double v) { return plot.left() + (v - xa.lo) / (xa.hi - xa.lo) * plot.width(); };
        m_p.setPen(m_palette.muted);
        for (double v = xa.lo; v <= xa.hi + xa.step / 2; v += xa.step)
            m_p.drawText(QRectF(xOf(v) - 40, plot.bottom() + 4, 80, m_fm.height()), Qt::AlignCenter, axisLabel(v, m_chart));
        if (!m_chart.xTitle.isEmpty())
            m_p.drawText(QRectF(plot.left(), m_rect.bottom() - m_fm.height() - 2, plot.width(), m_fm.height()), Qt::AlignCenter,
                         m_chart.xTitle);
        for (int i = 0; i < xs.size() && i < ys.size(); ++i) {
            if (!finite(xs.at(i)) || !finite(ys.at(i)))
                continue;
            const QPointF c(xOf(xs.at(i)), yOf(ys.at(i), ya, plot));
            QColor fill = m_palette.seriesColor(0);
            fill.setAlphaF(0.7f);
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(fill);
            m_p.drawEllipse(c, 3.5, 3.5);
            hit(QRectF(c.x() - 4, c.y() - 4, 8, 8),
                QStringLiteral("%1 — %2: %3, %4: %5")
                    .arg(m_chart.categories.value(i), m_chart.series.at(0).name, ChartPainter::format(xs.at(i), m_chart),
                         m_chart.series.at(1).name, ChartPainter::format(ys.at(i), m_chart)),
                -1, i);
        }
        const double denominator = n * sxx - sx * sx;
        if (n >= 2 && std::abs(denominator) > 1e-12) {
            const double slope = (n * sxy - sx * sy) / denominator, intercept = (sy - slope * sx) / n;
            m_p.setPen(QPen(m_palette.seriesColor(5), 2));
            m_p.setClipRect(plot);
            m_p.drawLine(QPointF(xOf(xa.lo), yOf(intercept + slope * xa.lo, ya, plot)),
                         QPointF(xOf(xa.hi), yOf(intercept + slope * xa.hi, ya, plot)));
            m_p.setClipping(false);
        }
    }

    void flow()
    {
        if (m_chart.flow.isEmpty())
            return;
        int steps = 0;
        for (const FlowEdge &e : m_chart.flow)
            steps = std::max(steps, e.step + 1);
        // Node totals per column: column s holds the `from` of step s and column s + 1 the `to`.
        QList<QList<QPair<QString, double>>> columns(steps + 1);
        auto add = [&](int column, const QString &name, double value) {
            for (auto &node : columns[column])
                if (node.first == name) {
                    node.second += value;
                    return;
                }
            columns[column].append({name, value});
        };
        for (const FlowEdge &e : m_chart.flow) {
            if (e.step == 0)
                add(0, e.from, e.value);
            add(e.step + 1, e.to, e.value);
        }
        double biggest = 0;
        int tallest = 0;
        for (auto &column : columns) {
            std::stable_sort(column.begin(), column.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
            double total = 0;
            for (const auto &node : column)
                total += node.second;
            biggest = std::max(biggest, total);
            tallest = std::max(tallest, int(column.size()));
        }
        if (biggest <= 0)
            return;
        const qreal nodeWidth = 12, gap = 10;
        const QRectF area = m_rect.adjusted(8, 8 + m_fm.height(), -8 - 110, -8);
        const qreal scale = (area.height() - gap * std::max(0, tallest - 1)) / biggest;
        const qreal columnStep = steps > 0 ? (area.width() - nodeWidth) / steps : 0;
        QList<QHash<QString, QRectF>> nodes(columns.size());
        for (int c = 0; c < columns.size(); ++c) {
            qreal y = area.top();
            const qreal x = area.left() + c * columnStep;
            m_p.setPen(m_palette.muted);
            const QString label = QCoreApplication::translate("ChartPainter", "Step %1").arg(c);
            const qreal width = m_fm.horizontalAdvance(label) + 4;
            const qreal left = std::clamp(x + nodeWidth / 2 - width / 2, m_rect.left(), m_rect.right() - width);
            m_p.drawText(QRectF(left, m_rect.top() + 2, width, m_fm.height()), Qt::AlignCenter, label);
            for (int i = 0; i < columns[c].size(); ++i) {
                const auto &[name, value] = columns[c].at(i);
                const QRectF node(x, y, nodeWidth, std::max<qreal>(1, value * scale));
                nodes[c].insert(name, node);
                y = node.bottom() + gap;
            }
        }
        // Flows, drawn under the nodes; each leaves its source and enters its target in order.
        QList<QHash<QString, qreal>> outUsed(columns.size()), inUsed(columns.size());
        QHash<QString, int> colourOf;
        for (const FlowEdge &e : m_chart.flow) {
            if (e.step + 1 >= nodes.size())
                continue;
            const QRectF from = nodes[e.step].value(e.from), to = nodes[e.step + 1].value(e.to);
            if (from.isNull() || to.isNull())
                continue;
            const qreal h = e.value * scale;
            const qreal y0 = from.top() + outUsed[e.step].value(e.from), y1 = to.top() + inUsed[e.step + 1].value(e.to);
            outUsed[e.step][e.from] += h;
            inUsed[e.step + 1][e.to] += h;
            if (!colourOf.contains(e.to))
                colourOf.insert(e.to, int(colourOf.size()));
            QColor colour = m_palette.seriesColor(colourOf.value(e.to));
            colour.setAlphaF(0.35f);
            const qreal x0 = from.right(), x1 = to.left(), mid = (x0 + x1) / 2;
            QPainterPath path(QPointF(x0, y0));
            path.cubicTo(QPointF(mid, y0), QPointF(mid, y1), QPointF(x1, y1));
            path.lineTo(x1, y1 + h);
            path.cubicTo(QPointF(mid, y1 + h), QPointF(mid, y0 + h), QPointF(x0, y0 + h));
            path.closeSubpath();
            m_p.setPen(Qt::NoPen);
            m_p.setBrush(colour);
            m_p.drawPath(path);
            hit(path.boundingRect().adjusted(nodeWidth, 0, -nodeWidth, 0).intersected(QRectF(mid - 6, std::min(y0, y1), 12, std::abs(y1 - y0) + h)),
                QCoreApplication::translate("ChartPainter", "Step %1: %2 → %3: %4 users")
                    .arg(e.step + 1)
                    .arg(e.from, e.to, QString::number(e.value, 'f', 0)));
        }
        for (int c = 0; c < columns.size(); ++c) {
            for (const auto &[name, value] : std::as_const(columns[c])) {
                const QRectF node = nodes[c].value(name);
                const QColor colour = m_palette.seriesColor(colourOf.value(name, 0));
                m_p.fillRect(node, colour);
                hit(node, QStringLiteral("%1: %2").arg(name, QString::number(value, 'f', 0)));
                if (node.height() >= m_fm.height() * 0.8) {
                    // As wide as the gap to the next column (the last column has the margin kept for it).
                    const qreal room = c + 1 < columns.size() ? std::max<qreal>(40, columnStep - nodeWidth - 6) : 110;
                    m_p.setPen(m_palette.text);
                    m_p.drawText(QRectF(node.right() + 3, node.center().y() - m_fm.height() / 2, room, m_fm.height()),
                                 Qt::AlignLeft | Qt::AlignVCenter,
                                 m_fm.elidedText(QStringLiteral("%1 (%2)").arg(name, QString::number(value, 'f', 0)), Qt::ElideRight, room - 4));
                }
            }
        }
    }

    QPainter &m_p;
    QRectF m_rect;
    const ReportChart &m_chart;
    const ChartPalette &m_palette;
    QList<ChartHit> *m_hits;
    QFontMetricsF m_fm;
};

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor ramp(const QList<QColor> &stops, double t)
{
    t = std::clamp(t, 0.0, 1.0) * double(stops.size() - 1);
    const int i = std::min(int(t), int(stops.size()) - 2);
    return mix(stops.at(i), stops.at(i + 1), t - i);
}

} // namespace

ChartPalette ChartPalette::light()
{
    ChartPalette p;
    p.background = QColor(0xff, 0xff, 0xff);
    p.text = QColor(0x1f, 0x23, 0x28);
    p.muted = QColor(0x57, 0x60, 0x6a);
    p.grid = QColor(0xe6, 0xe8, 0xeb);
    // Okabe & Ito: blue, orange, bluish green, reddish purple, sky blue, vermillion, yellow, black.
    p.series = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00), QColor(0xf0, 0xe4, 0x42), QColor(0x33, 0x33, 0x33)};
    return p;
}

ChartPalette ChartPalette::darkPalette()
{
    ChartPalette p = light();
    p.background = QColor(0x22, 0x25, 0x2a);
    p.text = QColor(0xe8, 0xea, 0xed);
    p.muted = QColor(0xa8, 0xb0, 0xb8);
    p.grid = QColor(0x3a, 0x3f, 0x46);
    p.series[0] = QColor(0x3d, 0x9c, 0xe0);
    p.series[7] = QColor(0xdd, 0xdd, 0xdd);
    p.dark = true;
    return p;
}

QColor ChartPalette::seriesColor(int index) const
{
    return series.isEmpty() ? text : series.at(index % series.size());
}

QColor ChartPalette::sequential(double t) const
{
    // Cividis, sampled: designed to read the same with and without colour-vision deficiencies.
    static const QList<QColor> stops = {QColor(0x00, 0x22, 0x4e), QColor(0x35, 0x3e, 0x6c), QColor(0x66, 0x66, 0x70),
                                        QColor(0x95, 0x8f, 0x78), QColor(0xcb, 0xba, 0x69), QColor(0xfe, 0xe8, 0x38)};
    return ramp(stops, t);
}

QColor ChartPalette::diverging(double t) const
{
    const QColor centre = dark ? QColor(0x40, 0x44, 0x4a) : QColor(0xf7, 0xf7, 0xf7);
    const QColor negative(0x21, 0x66, 0xac), positive(0xb3, 0x58, 0x06);
    return t < 0 ? mix(centre, negative, std::min(1.0, -t)) : mix(centre, positive, std::min(1.0, t));
}

QColor ChartPalette::textOn(const QColor &fill)
{
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.5 ? QColor(0x11, 0x11, 0x11) : QColor(0xff, 0xff, 0xff);
}

QString ChartPainter::format(double value, const ReportChart &chart)
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    if (chart.percent)
        return QString::number(value * 100.0, 'f', std::max(1, chart.decimals)) + QLatin1Char('%');
    return QString::number(value, 'f', chart.decimals);
}

void ChartPainter::paint(QPainter &painter, const QRectF &rect, const ReportChart &chart, const ChartPalette &palette,
                         QList<ChartHit> *hits)
{
    if (hits)
        hits->clear();
    Painter(painter, rect, chart, palette, hits).paint();
}

} // namespace Atelier
