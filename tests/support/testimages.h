#pragma once

#include <QByteArray>
#include <QImage>

namespace Atelier::Testing {

/// A PNG of \a width × \a height with a gradient in it (some detail for the quality score): what a fake provider
/// answers with, the same bytes every time.
QByteArray samplePng(int width = 64, int height = 48);

/// A picture of its own for each \a seed, like a photograph: a smooth field of random colours (its large shapes) with
/// a fine grain (some detail to measure). Two seeds make pictures far apart for a perceptual hash.
QImage picture(quint32 seed, int width, int height);

} // namespace Atelier::Testing
