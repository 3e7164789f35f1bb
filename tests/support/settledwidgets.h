#pragma once

// Header only: the support library does not link QtWidgets; the tests of views do.

#include <QApplication>
#include <QGraphicsObject>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLayout>
#include <QTest>
#include <QWidget>

namespace Atelier::Testing {

/// Whether \a layout (or a layout in it) holds \a widget.
inline bool holds(const QLayout *layout, const QWidget *widget)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget || (item->layout() && holds(item->layout(), widget)))
            return true;
    }
    return false;
}

/// Whether \a root is drawn as it will stay: it is shown; no widget added to a shown layout still waits to be shown
/// (a layout shows it on a later turn of the event loop); every chart is laid out (a QChart's plotArea is set).
inline bool isSettled(const QWidget *root)
{
    if (!root->isVisible())
        return false;
    for (const QWidget *w : root->findChildren<QWidget *>()) {
        const QWidget *parent = w->parentWidget();
        if (w->isWindow() || !parent || !parent->isVisible())
            continue;
        const bool waitingToBeShown = w->isHidden() && !w->testAttribute(Qt::WA_WState_ExplicitShowHide);
        if (waitingToBeShown && parent->layout() && holds(parent->layout(), w))
            return false;
        if (const auto *view = qobject_cast<const QGraphicsView *>(w); view && view->isVisible() && view->scene())
            for (const QGraphicsItem *item : view->scene()->items())
                if (const QGraphicsObject *chart = item->toGraphicsObject(); chart && chart->property("plotArea").isValid()
                                                                               && chart->property("plotArea").toRectF().isEmpty())
                    return false;
    }
    return true;
}

/// Waits until \a root is settled (isSettled()), the layouts it asked for done: a condition, never a fixed time.
inline bool waitSettled(QWidget *root, int timeoutMs = 5000)
{
    return QTest::qWaitFor(
        [root] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            return isSettled(root);
        },
        timeoutMs);
}

} // namespace Atelier::Testing
