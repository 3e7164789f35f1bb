#include "ai/qualityscore.h"

#include <QImage>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Atelier {

QualityMeasures QualityScore::measure(const QImage &image)
{
    QualityMeasures m;
    if (image.isNull())
        return m;
    // Measured on at most 512 pixels a side: the same picture scores the same at any size, and fast.
    const QImage grey = (image.width() > 512 || image.height() > 512 ? image.scaled(512, 512, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                                                      : image)
                            .convertToFormat(QImage::Format_Grayscale8);
    const int w = grey.width();
    const int h = grey.height();
    std::vector<double> lum(size_t(w) * size_t(h));
    double sum = 0;
    qint64 clipped = 0;
    for (int y = 0; y < h; ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            lum[size_t(y) * size_t(w) + size_t(x)] = line[x];
            sum += line[x];
            clipped += line[x] <= 2 || line[x] >= 253;
        }
    }
    const double n = double(w) * double(h);
    const double mean = sum / n;
    double var = 0;
    for (double v : lum)
        var += (v - mean) * (v - mean);
    var /= n;
    double lapSum = 0, lapSq = 0;
    qint64 lapN = 0;
    for (int y = 1; y + 1 < h; ++y) {
        for (int x = 1; x + 1 < w; ++x) {
            const size_t i = size_t(y) * size_t(w) + size_t(x);
            const double lap = lum[i - 1] + lum[i + 1] + lum[i - size_t(w)] + lum[i + size_t(w)] - 4 * lum[i];
            lapSum += lap;
            lapSq += lap * lap;
            ++lapN;
        }
    }
    const double lapVar = lapN > 0 ? lapSq / double(lapN) - (lapSum / double(lapN)) * (lapSum / double(lapN)) : 0;
    m.sharpness = 1 - std::exp(-std::max(0.0, lapVar) / 300.0);
    m.exposure = std::clamp(1 - std::abs(mean - 128) / 128 - double(clipped) / n, 0.0, 1.0);
    m.contrast = std::clamp(std::sqrt(var) / 64.0, 0.0, 1.0);
    m.resolution = std::clamp(double(image.width()) * double(image.height()) / 1e6, 0.0, 1.0);
    return m;
}

double QualityScore::automatic(const QualityMeasures &m)
{
    return 100 * (0.35 * m.sharpness + 0.25 * m.exposure + 0.25 * m.contrast + 0.15 * m.resolution);
}

double QualityScore::blend(double automaticScore, std::optional<double> meanRating)
{
    if (!meanRating)
        return automaticScore;
    const double rated = std::clamp((*meanRating - 1) / 4, 0.0, 1.0) * 100;
    return 0.6 * automaticScore + 0.4 * rated;
}

} // namespace Atelier
