#include "imageviewer.h"

#include "core/plaintext.h"

#include <QBuffer>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
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

/// What the pool makes of an image's bytes: the image (an animation's first frame), and whether they hold an
/// animation, which QMovie then plays.
struct ImageViewer::Decoded
{
    QImage image;
    bool animated = false;
};

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

void ImageViewer::setImageData(const QByteArray &bytes, std::function<void(bool)> shown)
{
    clear();
    m_decoding.start(
        [bytes](CancelToken &) {
            Decoded d;
            QBuffer probe;
            probe.setData(bytes);
            probe.open(QIODevice::ReadOnly);
            QImageReader reader(&probe);
            d.animated = reader.supportsAnimation() && reader.imageCount() > 1;
            d.image = QImage::fromData(bytes);
            // In the form a pixmap keeps, so that making it on the GUI thread is no conversion.
            if (!d.image.isNull())
                d.image.convertTo(d.image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
            return d;
        },
        [this, bytes, shown = std::move(shown)](Decoded d) {
            const bool ok = (d.animated && play(bytes)) || display(d.image);
            if (shown)
                shown(ok);
        });
}

bool ImageViewer::play(const QByteArray &bytes)
{
    m_movieBytes = bytes;
    auto *buffer = new QBuffer(this);
    buffer->setData(m_movieBytes);
    buffer->open(QIODevice::ReadOnly);
    m_movie = new QMovie(buffer, QByteArray(), this);
    buffer->setParent(m_movie);
    if (!m_movie->isValid()) {
        delete m_movie;
        m_movie = nullptr;
        m_movieBytes.clear();
        return false;
    }
    connect(m_movie, &QMovie::frameChanged, this, [this] { m_item->setPixmap(m_movie->currentPixmap()); });
    m_movie->start();
    m_item->setPixmap(m_movie->currentPixmap());
    scene()->setSceneRect(m_item->boundingRect());
    fit();
    return true;
}

void ImageViewer::setImage(const QImage &image)
{
    m_decoding.cancel();
    display(image);
}

bool ImageViewer::display(const QImage &image)
{
    if (image.isNull())
        return false;
    if (m_movie) {
        m_movie->stop();
        delete m_movie;
        m_movie = nullptr;
    }
    m_item->setPixmap(QPixmap::fromImage(image));
    scene()->setSceneRect(m_item->boundingRect());
    fit();
    return true;
}

QColor ImageViewer::markColour(const QString &kind)
{
    if (kind == QLatin1String("issue"))
        return QColor(0xd3, 0x2f, 0x2f);
    if (kind == QLatin1String("suggestion"))
        return QColor(0xef, 0x8f, 0x00);
    return QColor(0x1e, 0x88, 0xe5);
}

void ImageViewer::setMarks(const QList<ImageMark> &marks)
{
    qDeleteAll(m_marks);
    m_marks.clear();
    const QRectF image = m_item->boundingRect();
    int n = 0;
    for (const ImageMark &mark : marks) {
        const QRectF area(image.left() + mark.area.x() * image.width(), image.top() + mark.area.y() * image.height(),
                          mark.area.width() * image.width(), mark.area.height() * image.height());
        const QColor colour = markColour(mark.kind);
        auto *rect = new QGraphicsRectItem(area);
        QPen pen(colour, 2);
        pen.setCosmetic(true);
        rect->setPen(pen);
        QColor fill = colour;
        fill.setAlpha(28);
        rect->setBrush(fill);
        rect->setToolTip(plainToolTip(mark.text));
        rect->setZValue(1);
        scene()->addItem(rect);
        // Its number, at the top left corner, the same size whatever the zoom.
        auto *label = new QGraphicsSimpleTextItem(QString::number(++n), rect);
        label->setBrush(Qt::white);
        label->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        label->setPos(area.topLeft());
        auto *badge = new QGraphicsRectItem(label->boundingRect().adjusted(-3, -1, 3, 1), label);
        badge->setBrush(colour);
        badge->setPen(Qt::NoPen);
        badge->setFlag(QGraphicsItem::ItemStacksBehindParent);
        m_marks.append(rect);
    }
}

int ImageViewer::markCount() const
{
    return int(m_marks.size());
}

void ImageViewer::setAnnotating(bool on)
{
    m_annotating = on;
    setDragMode(on ? QGraphicsView::NoDrag : QGraphicsView::ScrollHandDrag);
    viewport()->setCursor(on ? Qt::CrossCursor : Qt::OpenHandCursor);
    if (!on && m_rubber) {
        delete m_rubber;
        m_rubber = nullptr;
    }
}

QRectF ImageViewer::normalised(const QRectF &sceneArea) const
{
    const QRectF image = m_item->boundingRect();
    const QRectF inside = sceneArea.normalized().intersected(image);
    if (inside.isEmpty() || image.isEmpty())
        return {};
    return {(inside.x() - image.x()) / image.width(), (inside.y() - image.y()) / image.height(), inside.width() / image.width(),
            inside.height() / image.height()};
}

void ImageViewer::choose(const QRectF &sceneArea)
{
    const QRectF area = normalised(sceneArea);
    if (area.width() * m_item->boundingRect().width() >= 4 && area.height() * m_item->boundingRect().height() >= 4)
        emit areaChosen(area);
}

void ImageViewer::mousePressEvent(QMouseEvent *event)
{
    if (!m_annotating || event->button() != Qt::LeftButton || !hasImage()) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    m_start = mapToScene(event->position().toPoint());
    delete m_rubber;
    m_rubber = scene()->addRect(QRectF(m_start, m_start));
    QPen pen(palette().color(QPalette::Highlight), 1, Qt::DashLine);
    pen.setCosmetic(true);
    m_rubber->setPen(pen);
    m_rubber->setZValue(2);
    event->accept();
}

void ImageViewer::mouseMoveEvent(QMouseEvent *event)
{
    if (m_annotating && m_rubber) {
        m_rubber->setRect(QRectF(m_start, mapToScene(event->position().toPoint())).normalized());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void ImageViewer::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_annotating && m_rubber && event->button() == Qt::LeftButton) {
        const QRectF area = QRectF(m_start, mapToScene(event->position().toPoint())).normalized(); // where the button came up
        delete m_rubber;
        m_rubber = nullptr;
        choose(area);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void ImageViewer::clear()
{
    m_decoding.cancel();
    qDeleteAll(m_marks);
    m_marks.clear();
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
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_annotating) { // from the keyboard: what is on screen (zoom and move to it first)
            choose(mapToScene(viewport()->rect()).boundingRect());
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void ImageViewer::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fit();
}

} // namespace Atelier
