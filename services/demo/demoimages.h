#pragma once

#include <QByteArray>
#include <QColor>
#include <QList>

class QImage;

namespace Atelier {

/// Renders the demo's own images: abstract compositions drawn from a seed and a palette,
/// so the demo needs no provider and no network.
class DemoImages final
{
public:
    static QImage render(quint64 seed, const QList<QColor> &palette, int size);
    static QByteArray png(const QImage &image);
};

} // namespace Atelier
