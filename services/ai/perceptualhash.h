#pragma once

#include <QtGlobal>

class QImage;

namespace Atelier {

/// A DCT-based perceptual hash (pHash): two pictures that look the same (resized, re-encoded, slightly
/// retouched) have hashes a few bits apart, different pictures about half of the 63 bits apart.
///
/// The image is reduced to 32×32 grey levels, transformed with a 2-D DCT-II, and the 8×8 lowest frequencies
/// without the DC term (63 coefficients) give one bit each: set when the coefficient is above their median.
/// Bit 0 (the DC term) is always clear.
class PerceptualHash final
{
public:
    /// Hashes at most this many bits apart are near-duplicates. Re-encoding as JPEG and resizing move a hash by
    /// 0–4 bits in practice; unrelated pictures are 20–40 bits apart, so 6 leaves room on both sides.
    static constexpr int kNearDuplicateDistance = 6;

    static quint64 of(const QImage &image);
    /// The number of bits that differ.
    static int distance(quint64 a, quint64 b);
    static bool nearDuplicates(quint64 a, quint64 b) { return distance(a, b) <= kNearDuplicateDistance; }
};

} // namespace Atelier
