#pragma once

#include <optional>

class QImage;

namespace Atelier {

/// The measures an image's quality score is made of, each 0 … 1.
struct QualityMeasures final
{
    double sharpness = 0;  // variance of the Laplacian of the luminance, 1 − e^(−v/300)
    double exposure = 0;   // mean luminance near mid-grey, less the share of clipped pixels
    double contrast = 0;   // standard deviation of the luminance, 64 levels or more counting fully
    double resolution = 0; // megapixels, one or more counting fully
};

/// The quality of a generation, 0–100: 35% sharpness, 25% exposure, 25% contrast and 15% resolution, measured
/// on the image; once people have rated it (1–5 stars), 60% that measure and 40% the mean rating. See docs/ai.md.
class QualityScore final
{
public:
    static QualityMeasures measure(const QImage &image);
    static double automatic(const QualityMeasures &m);
    static double blend(double automaticScore, std::optional<double> meanRating);
};

} // namespace Atelier
