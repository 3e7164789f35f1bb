#pragma once

#include <QList>
#include <QPointF>

namespace Atelier {

/// Largest-Triangle-Three-Buckets (Steinarsson, 2013): keeps `threshold` points of a series sorted by x
/// that draw like the whole series: the first and last points, and from each bucket in between the point
/// making the largest triangle with the point kept before it and the mean of the next bucket.
/// A series of `threshold` points or fewer comes back unchanged; a threshold under 3 keeps the ends.
QList<QPointF> downsampleLttb(const QList<QPointF> &points, int threshold);

/// The same on plain values at x = 0, 1, 2 …
QList<QPointF> downsampleLttb(const QList<double> &values, int threshold);

} // namespace Atelier
