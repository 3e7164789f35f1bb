#pragma once

#include <QGraphicsView>

class QGraphicsPixmapItem;
class QMovie;

namespace Atelier {

/// An image to look at closely: fits the view at first, zooms with the wheel, Ctrl+wheel, +/−, pans by dragging or
/// with the arrow keys, 0 fits again and 1 shows it at 100 %. An animated GIF plays.
class ImageViewer final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageViewer)
public:
    explicit ImageViewer(QWidget *parent = nullptr);
    ~ImageViewer() override;

    /// Shows \a bytes (PNG, JPEG, WebP or GIF; a GIF with several frames plays). False when they are not an image.
    bool setImageData(const QByteArray &bytes);
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

signals:
    void zoomChanged(double factor);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QGraphicsPixmapItem *m_item;
    QMovie *m_movie = nullptr;
    QByteArray m_movieBytes;
    bool m_fitted = true;
};

} // namespace Atelier
