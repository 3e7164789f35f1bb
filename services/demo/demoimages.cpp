#include "demoimages.h"

#include <QBuffer>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <random>

namespace Atelier {

QImage DemoImages::render(quint64 seed, const QList<QColor> &palette, int size)
{
    std::mt19937_64 rng(seed);
    auto unit = [&rng] { return double(rng() >> 11) * 0x1.0p-53; };
    auto pick = [&] { return palette.at(int(rng() % quint64(palette.size()))); };

    QImage image(size, size, QImage::Format_RGB32);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QLinearGradient background(0, 0, size * unit(), size);
    background.setColorAt(0, pick().lighter(130));
    background.setColorAt(1, pick().darker(120));
    p.fillRect(image.rect(), background);
    const int shapes = 5 + int(rng() % 6);
    for (int i = 0; i < shapes; ++i) {
        QColor c = pick();
        c.setAlphaF(0.35 + 0.5 * unit());
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        const double r = size * (0.08 + 0.3 * unit());
        const QPointF centre(size * unit(), size * unit());
        if (i % 3 == 0) {
            p.drawEllipse(centre, r, r);
        } else if (i % 3 == 1) {
            p.save();
            p.translate(centre);
            p.rotate(360 * unit());
            p.drawRoundedRect(QRectF(-r, -r / 2, 2 * r, r), r / 5, r / 5);
            p.restore();
        } else {
            QPainterPath wave;
            wave.moveTo(0, centre.y());
            wave.cubicTo(size / 3.0, centre.y() - r, 2 * size / 3.0, centre.y() + r, size, centre.y());
            wave.lineTo(size, size);
            wave.lineTo(0, size);
            p.drawPath(wave);
        }
    }
    p.end();
    return image;
}

QByteArray DemoImages::png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG", 60);
    return bytes;
}

} // namespace Atelier
