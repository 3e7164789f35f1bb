#include "ai/perceptualhash.h"

#include <QImage>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <numbers>

namespace Atelier {

namespace {

constexpr int kSize = 32; // the picture the DCT works on
constexpr int kLow = 8;   // the frequencies kept

/// cos((2x + 1) u π / 2N) for the DCT-II, u the frequency (only the kLow lowest are needed), x the pixel.
const std::array<std::array<double, kSize>, kLow> &cosines()
{
    static const auto table = [] {
        std::array<std::array<double, kSize>, kLow> t{};
        for (int u = 0; u < kLow; ++u)
            for (int x = 0; x < kSize; ++x)
                t[size_t(u)][size_t(x)] = std::cos((2 * x + 1) * u * std::numbers::pi / (2.0 * kSize));
        return t;
    }();
    return table;
}

} // namespace

quint64 PerceptualHash::of(const QImage &image)
{
    if (image.isNull())
        return 0;
    // Scaled in colour first (smooth scaling averages the pixels each small one stands for), then to grey.
    const QImage small = image.convertToFormat(QImage::Format_RGB32)
                             .scaled(kSize, kSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                             .convertToFormat(QImage::Format_Grayscale8);
    std::array<std::array<double, kSize>, kSize> pixels{};
    for (int y = 0; y < kSize; ++y) {
        const uchar *line = small.constScanLine(y);
        for (int x = 0; x < kSize; ++x)
            pixels[size_t(y)][size_t(x)] = line[x];
    }
    const auto &c = cosines();
    // Separable 2-D DCT, only the low frequencies: rows first (kSize × kLow), then columns (kLow × kLow).
    std::array<std::array<double, kLow>, kSize> rows{};
    for (int y = 0; y < kSize; ++y)
        for (int v = 0; v < kLow; ++v) {
            double sum = 0;
            for (int x = 0; x < kSize; ++x)
                sum += pixels[size_t(y)][size_t(x)] * c[size_t(v)][size_t(x)];
            rows[size_t(y)][size_t(v)] = sum;
        }
    std::array<double, kLow * kLow> coefficients{};
    for (int u = 0; u < kLow; ++u)
        for (int v = 0; v < kLow; ++v) {
            double sum = 0;
            for (int y = 0; y < kSize; ++y)
                sum += rows[size_t(y)][size_t(v)] * c[size_t(u)][size_t(y)];
            coefficients[size_t(u * kLow + v)] = sum;
        }
    // The median of the 63 coefficients without the DC term (index 0), which only says how bright the picture is.
    std::array<double, kLow * kLow - 1> ac{};
    std::copy(coefficients.begin() + 1, coefficients.end(), ac.begin());
    std::nth_element(ac.begin(), ac.begin() + ac.size() / 2, ac.end());
    const double median = ac[ac.size() / 2];
    quint64 hash = 0;
    for (size_t i = 1; i < coefficients.size(); ++i)
        if (coefficients[i] > median)
            hash |= quint64(1) << i;
    return hash;
}

int PerceptualHash::distance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

} // namespace Atelier
