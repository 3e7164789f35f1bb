#include "lttb.h"

#include <cmath>

namespace Atelier {

namespace {

template<typename At>
QList<QPointF> lttb(qsizetype n, int threshold, At at)
{
    QList<QPointF> sampled;
    if (n <= 0)
        return sampled;
    if (threshold >= n) {
        sampled.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            sampled.append(at(i));
        return sampled;
    }
    if (threshold < 3) {
        sampled.append(at(0));
        if (n > 1)
            sampled.append(at(n - 1));
        return sampled;
    }
    sampled.reserve(threshold);
    // Buckets cover the points between the first and the last.
    const double every = double(n - 2) / double(threshold - 2);
    qsizetype kept = 0;
    sampled.append(at(0));
    for (int bucket = 0; bucket < threshold - 2; ++bucket) {
        // The mean of the next bucket (the last point for the last bucket).
        qsizetype nextStart = qsizetype(std::floor((bucket + 1) * every)) + 1;
        qsizetype nextEnd = std::min<qsizetype>(qsizetype(std::floor((bucket + 2) * every)) + 1, n);
        double meanX = 0, meanY = 0;
        if (nextStart >= nextEnd || bucket == threshold - 3) {
            const QPointF last = at(n - 1);
            meanX = last.x();
            meanY = last.y();
        } else {
            for (qsizetype i = nextStart; i < nextEnd; ++i) {
                const QPointF p = at(i);
                meanX += p.x();
                meanY += p.y();
            }
            meanX /= double(nextEnd - nextStart);
            meanY /= double(nextEnd - nextStart);
        }
        const qsizetype start = qsizetype(std::floor(bucket * every)) + 1;
        const qsizetype end = std::min<qsizetype>(qsizetype(std::floor((bucket + 1) * every)) + 1, n - 1);
        const QPointF a = at(kept);
        double best = -1;
        qsizetype chosen = start;
        for (qsizetype i = start; i < end; ++i) {
            const QPointF p = at(i);
            const double area = std::abs((a.x() - meanX) * (p.y() - a.y()) - (a.x() - p.x()) * (meanY - a.y()));
            if (area > best) {
                best = area;
                chosen = i;
            }
        }
        sampled.append(at(chosen));
        kept = chosen;
    }
    sampled.append(at(n - 1));
    return sampled;
}

} // namespace

QList<QPointF> downsampleLttb(const QList<QPointF> &points, int threshold)
{
    return lttb(points.size(), threshold, [&](qsizetype i) { return points.at(i); });
}

QList<QPointF> downsampleLttb(const QList<double> &values, int threshold)
{
    return lttb(values.size(), threshold, [&](qsizetype i) { return QPointF(double(i), values.at(i)); });
}

} // namespace Atelier
