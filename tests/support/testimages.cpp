#include "testimages.h"

#include <QBuffer>
#include <QRandomGenerator>

namespace Atelier::Testing {

QByteArray samplePng(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb((x * 4) % 256, (y * 5) % 256, (x * y) % 256));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QImage picture(quint32 seed, int width, int height)
{
    QImage small(8, 8, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            small.setPixel(x, y, qRgb(int(random.bounded(256)), int(random.bounded(256)), int(random.bounded(256))));
    QImage image = small.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    for (int y = 0; y < image.height(); y += 2)
        for (int x = (y / 2) % 2; x < image.width(); x += 2) {
            const QRgb p = image.pixel(x, y);
            image.setPixel(x, y, qRgb(qMin(255, qRed(p) + 12), qMin(255, qGreen(p) + 12), qMin(255, qBlue(p) + 12)));
        }
    return image;
}

} // namespace Atelier::Testing
