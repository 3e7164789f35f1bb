#include "chartwidget.h"

#include "core/plaintext.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QMenu>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

namespace Atelier {

ChartWidget::ChartWidget(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setMinimumHeight(220);
}

void ChartWidget::setChart(const ReportChart &chart)
{
    m_chart = chart;
    m_current = -1;
    m_hits.clear();
    update();
}

ChartPalette ChartWidget::paletteFor(const QWidget *widget)
{
    const QColor window = widget->palette().color(QPalette::Window);
    ChartPalette p = window.lightnessF() < 0.5 ? ChartPalette::darkPalette() : ChartPalette::light();
    p.background = widget->palette().color(QPalette::Base);
    p.text = widget->palette().color(QPalette::Text);
    return p;
}

QString ChartWidget::currentFigure() const
{
    return m_current >= 0 && m_current < m_hits.size() ? m_hits.at(m_current).text : QString();
}

QSize ChartWidget::sizeHint() const
{
    const int rows = m_chart.kind == ReportChart::Kind::Heatmap ? int(m_chart.series.size()) : 0;
    return QSize(640, std::max(320, 60 + rows * 26));
}

void ChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    ChartPainter::paint(painter, QRectF(rect()), m_chart, paletteFor(this), &m_hits);
    if (m_current >= 0 && m_current < m_hits.size() && hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(m_hits.at(m_current).area.adjusted(-2, -2, 2, 2));
    }
}

bool ChartWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        // The last region wins: marks and bars are painted over what lies under them.
        for (qsizetype i = m_hits.size() - 1; i >= 0; --i)
            if (m_hits.at(i).area.contains(help->pos())) {
                QToolTip::showText(help->globalPos(), plainToolTip(m_hits.at(i).text), this, m_hits.at(i).area.toAlignedRect());
                return true;
            }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void ChartWidget::keyPressEvent(QKeyEvent *event)
{
    if (m_hits.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        m_current = (m_current + 1) % int(m_hits.size());
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        m_current = m_current <= 0 ? int(m_hits.size()) - 1 : m_current - 1;
        break;
    case Qt::Key_Home:
        m_current = 0;
        break;
    case Qt::Key_End:
        m_current = int(m_hits.size()) - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            emit activated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    announce();
}

void ChartWidget::mouseReleaseEvent(QMouseEvent *event)
{
    for (qsizetype i = m_hits.size() - 1; i >= 0; --i)
        if (m_hits.at(i).area.contains(event->position())) {
            m_current = int(i);
            update();
            emit activated(int(i));
            return;
        }
    QWidget::mouseReleaseEvent(event);
}

void ChartWidget::contextMenuEvent(QContextMenuEvent *event)
{
    // The figure under the pointer, or the one the keyboard is on.
    int index = -1;
    QString label;
    if (event->reason() == QContextMenuEvent::Keyboard && m_current >= 0) {
        index = m_hits.at(m_current).index;
    } else {
        for (qsizetype i = m_hits.size() - 1; i >= 0; --i)
            if (m_hits.at(i).area.contains(event->pos()) && m_hits.at(i).index >= 0) {
                index = m_hits.at(i).index;
                break;
            }
    }
    if (index < 0 || index >= m_chart.categories.size() || m_chart.kind == ReportChart::Kind::Scatter
        || m_chart.kind == ReportChart::Kind::Flow)
        return;
    QMenu menu(this);
    QAction *annotate = menu.addAction(tr("Annotate “%1”…").arg(m_chart.categories.at(index)));
    if (menu.exec(event->globalPos()) == annotate)
        emit annotateRequested(index);
}

void ChartWidget::announce()
{
    update();
    const ChartHit &hit = m_hits.at(m_current);
    setAccessibleDescription(hit.text);
    QToolTip::showText(mapToGlobal(hit.area.center().toPoint()), plainToolTip(hit.text), this);
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

} // namespace Atelier
