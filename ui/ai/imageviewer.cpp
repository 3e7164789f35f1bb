#include "imageviewer.h"

#include <QBuffer>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QImageReader>
#include <QKeyEvent>
#include <QMovie>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Atelier {

namespace {
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 16.0;
constexpr double kStep = 1.25;
} // namespace

ImageViewer::ImageViewer(QWidget *parent) : QGraphicsView(parent), m_item(new QGraphicsPixmapItem)
{
    setScene(new QGraphicsScene(this));
    scene()->addItem(m_item);
    m_item->setTransformationMode(Qt::SmoothTransformation);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(palette().color(QPalette::Window).darker(108));
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Image"));
    setAccessibleDescription(tr("Wheel or +/− to zoom, drag or arrow keys to move, 0 to fit, 1 for 100 %."));
}

ImageViewer::~ImageViewer() = default;

bool ImageViewer::setImageData(const QByteArray &bytes)
{
    clear();
    QBuffer probe;
    probe.setData(bytes);
    probe.open(QIODevice::ReadOnly);
    QImageReader reader(&probe);
    if (reader.supportsAnimation() && reader.imageCount() > 1) {
        m_movieBytes = bytes;
        auto *buffer = new QBuffer(this);
        buffer->setData(m_movieBytes);
        buffer->open(QIODevice::ReadOnly);
        m_movie = new QMovie(buffer, QByteArray(), this);
        buffer->setParent(m_movie);
        if (m_movie->isValid()) {
            connect(m_movie, &QMovie::frameChanged, this, [this] { m_item->setPixmap(m_movie->currentPixmap()); });
            m_movie->start();
            m_item->setPixmap(m_movie->currentPixmap());
            scene()->setSceneRect(m_item->boundingRect());
            fit();
            return true;
        }
        delete m_movie;
        m_movie = nullptr;
    }
    const QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return false;
    setImage(image);
    return true;
}

void ImageViewer::setImage(const QImage &image)
{
    if (m_movie) {
        m_movie->stop();
        delete m_movie;
        m_movie = nullptr;
    }
    m_item->setPixmap(QPixmap::fromImage(image));
    scene()->setSceneRect(m_item->boundingRect());
    fit();
}

void ImageViewer::clear()
{
    if (m_movie) {
        m_movie->stop();
        delete m_movie;
        m_movie = nullptr;
    }
    m_movieBytes.clear();
    m_item->setPixmap({});
    resetTransform();
}

bool ImageViewer::hasImage() const
{
    return !m_item->pixmap().isNull();
}

bool ImageViewer::isAnimated() const
{
    return m_movie && m_movie->frameCount() != 1;
}

QSize ImageViewer::imageSize() const
{
    return m_item->pixmap().size();
}

double ImageViewer::zoom() const
{
    return transform().m11();
}

void ImageViewer::setZoom(double factor)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    QTransform t;
    t.scale(factor, factor);
    setTransform(t);
    m_fitted = false;
    emit zoomChanged(factor);
}

void ImageViewer::zoomBy(double factor)
{
    setZoom(zoom() * factor);
}

void ImageViewer::fit()
{
    if (!hasImage())
        return;
    fitInView(m_item, Qt::KeepAspectRatio);
    if (zoom() > 1.0) // a small image is shown at its size, not blown up
        setTransform(QTransform());
    m_fitted = true;
    emit zoomChanged(zoom());
}

void ImageViewer::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(kStep, steps));
    event->accept();
}

void ImageViewer::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(kStep);
        return;
    case Qt::Key_Minus:
        zoomBy(1.0 / kStep);
        return;
    case Qt::Key_0:
        fit();
        return;
    case Qt::Key_1:
        setZoom(1.0);
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void ImageViewer::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fit();
}

} // namespace Atelier
