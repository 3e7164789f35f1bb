// The invisible-watermark reader on any pixels at all: the first four bytes give the size (up to 1024 ×
// 1024), the rest the pixels, repeated as needed. Decoding PNG and JPEG is libpng's and libjpeg's; this
// fuzzes what Atelier does with what they return.
#include "security/watermark.h"

#include <QImage>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5)
        return 0;
    const int width = 1 + ((data[0] << 8 | data[1]) % 1024), height = 1 + ((data[2] << 8 | data[3]) % 1024);
    QImage image(width, height, QImage::Format_RGB32);
    const uint8_t *pixels = data + 4;
    const size_t count = size - 4;
    size_t at = 0;
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x, at += 3)
            line[x] = qRgb(pixels[at % count], pixels[(at + 1) % count], pixels[(at + 2) % count]);
    }
    (void)Atelier::Watermarks::extractInvisible(image);
    return 0;
}
