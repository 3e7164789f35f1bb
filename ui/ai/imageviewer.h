#pragma once

#include "core/request.h"

#include <QGraphicsView>
#include <QList>

#include <functional>

class QGraphicsPixmapItem;
class QGraphicsRectItem;
class QMovie;

namespace Atelier {

/// A mark drawn over an image: an area in 0…1 of its width and height, of a kind (comment, suggestion, issue).
struct ImageMark final
{
    QRectF area;
    QString kind;
    QString text; // shown as its tooltip
};

/// An image to look at closely: fits the view at first, zooms with the wheel, Ctrl+wheel, +/−, pans by dragging or
/// with the arrow keys, 0 fits again and 1 shows it at 100 %. An animated GIF plays.
class ImageViewer final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageViewer)
public:
    explicit ImageViewer(QWidget *parent = nullptr);
    ~ImageViewer() override;

    /// Shows \a bytes (PNG, JPEG, WebP or GIF; a GIF with several frames plays) once they are decoded on the thread
    /// pool, then calls \a shown: false when they are not an image. A newer setImageData, setImage or clear() drops it.
    void setImageData(const QByteArray &bytes, std::function<void(bool shown)> shown = {});
    /// Shows \a image at once.
    void setImage(const QImage &image);
    void clear();
    bool hasImage() const;
    bool isAnimated() const;
    QSize imageSize() const;
    /// 1.0 is 100 %.
    double zoom() const;
    void setZoom(double factor);
    void zoomBy(double factor);
    void fit();

    /// Draws these marks over the image (numbered in order), replacing those drawn before.
    void setMarks(const QList<ImageMark> &marks);
    int markCount() const;
    /// In annotating mode a drag draws an area instead of moving the image; Enter chooses what is on screen.
    void setAnnotating(bool on);
    bool isAnnotating() const { return m_annotating; }
    /// The colour of a kind of mark.
    static QColor markColour(const QString &kind);

signals:
    void zoomChanged(double factor);
    /// An area was drawn (or chosen with Enter) in annotating mode, in 0…1 of the image.
    void areaChosen(const QRectF &area);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct Decoded;

    bool play(const QByteArray &bytes);
    bool display(const QImage &image);
    QRectF normalised(const QRectF &sceneArea) const;
    void choose(const QRectF &sceneArea);

    QList<QGraphicsItem *> m_marks;
    QGraphicsRectItem *m_rubber = nullptr;
    QPointF m_start;
    bool m_annotating = false;
    QGraphicsPixmapItem *m_item;
    QMovie *m_movie = nullptr;
    QByteArray m_movieBytes;
    bool m_fitted = true;
    Request<Decoded> m_decoding{this};
};

} // namespace Atelier
