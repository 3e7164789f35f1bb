#pragma once

#include <QByteArray>
#include <QList>

class QImage;

namespace Atelier {

/// An animated GIF (GIF89a, looping forever) from frames of one size: a fixed palette of 216 colours (6 levels a
/// channel) and 40 greys, LZW-compressed as the format says. What an animation result is stored and played as.
class GifWriter final
{
public:
    /// \a delayMs per frame (kept to the format's hundredths of a second, at least 20 ms).
    static QByteArray write(const QList<QImage> &frames, int delayMs);
};

} // namespace Atelier
