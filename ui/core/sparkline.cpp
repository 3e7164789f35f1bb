#include "sparkline.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace Atelier {

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumHeight(36);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setSeries(const QList<double> &values, const QStringList &labels)
{
    m_values = values;
    m_labels = labels;
    update();
}

QSize Sparkline::sizeHint() const
{
    return {160, 40};
}

void Sparkline::paintEvent(QPaintEvent *)
{
    if (m_values.size() < 2)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const auto [lo, hi] = std::minmax_element(m_values.begin(), m_values.end());
    const double min = std::min(0.0, *lo);
    const double span = std::max(*hi - min, 1e-12);
    const QRectF area = QRectF(rect()).adjusted(2, 3, -2, -3);
    QPainterPath line;
    for (int i = 0; i < m_values.size(); ++i) {
        const QPointF point(area.left() + area.width() * i / (m_values.size() - 1),
                            area.bottom() - area.height() * (m_values.at(i) - min) / span);
        i == 0 ? line.moveTo(point) : line.lineTo(point);
    }
    QPainterPath fill = line;
    fill.lineTo(area.bottomRight());
    fill.lineTo(area.bottomLeft());
    QColor shade = palette().color(QPalette::Highlight);
    shade.setAlphaF(0.18);
    p.fillPath(fill, shade);
    p.setPen(QPen(palette().color(QPalette::Highlight), 1.6));
    p.drawPath(line);
}

void Sparkline::mouseMoveEvent(QMouseEvent *event)
{
    if (m_values.isEmpty())
        return;
    const int i = std::clamp(int(std::lround(event->position().x() / std::max(1, width()) * (m_values.size() - 1))), 0,
                             int(m_values.size()) - 1);
    const QString label = m_labels.value(i);
    QToolTip::showText(event->globalPosition().toPoint(),
                       label.isEmpty() ? QLocale().toString(m_values.at(i), 'f', 2) : label, this);
}

} // namespace Atelier
