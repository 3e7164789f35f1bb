#include "ai/gifwriter.h"

#include <QHash>
#include <QImage>

#include <algorithm>
#include <cstdlib>

namespace Atelier {

namespace {

void put16(QByteArray &out, int v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}

/// The 40 greys between black and white (the cube's own greys excluded by their spacing).
int rampValue(int i)
{
    return (i + 1) * 255 / 41;
}

/// The palette: the 6×6×6 colour cube, then 40 greys between its levels.
QList<QRgb> palette()
{
    QList<QRgb> colours;
    for (int r = 0; r < 6; ++r)
        for (int g = 0; g < 6; ++g)
            for (int b = 0; b < 6; ++b)
                colours.append(qRgb(r * 51, g * 51, b * 51));
    for (int i = 0; i < 40; ++i) {
        const int v = rampValue(i);
        colours.append(qRgb(v, v, v));
    }
    return colours;
}

uchar indexOf(QRgb c)
{
    const int r = qRed(c), g = qGreen(c), b = qBlue(c);
    const int spread = std::max({r, g, b}) - std::min({r, g, b});
    if (spread < 12) { // near grey: the nearer of the finer ramp and the cube's own greys
        const int m = (r + g + b) / 3;
        const int ramp = std::clamp((m * 41 + 127) / 255 - 1, 0, 39);
        const int cube = (m + 25) / 51;
        if (std::abs(rampValue(ramp) - m) < std::abs(cube * 51 - m))
            return uchar(216 + ramp);
        return uchar(cube * 43); // (cube, cube, cube) in the 6×6×6 order
    }
    auto level = [](int v) { return (v + 25) / 51; };
    return uchar(level(r) * 36 + level(g) * 6 + level(b));
}

/// Variable-width LZW codes, least significant bit first, cut into sub-blocks of at most 255 bytes.
class LzwPacker
{
public:
    void add(int code, int width)
    {
        m_bits |= quint32(code) << m_count;
        m_count += width;
        while (m_count >= 8) {
            m_bytes.append(char(m_bits & 0xff));
            m_bits >>= 8;
            m_count -= 8;
        }
    }
    QByteArray finish()
    {
        if (m_count > 0)
            m_bytes.append(char(m_bits & 0xff));
        QByteArray blocks;
        for (qsizetype i = 0; i < m_bytes.size(); i += 255) {
            const QByteArray block = m_bytes.mid(i, 255);
            blocks.append(char(block.size()));
            blocks.append(block);
        }
        blocks.append('\0');
        return blocks;
    }

private:
    QByteArray m_bytes;
    quint32 m_bits = 0;
    int m_count = 0;
};

QByteArray compress(const QByteArray &pixels)
{
    constexpr int minimum = 8, clear = 1 << minimum, end = clear + 1;
    LzwPacker packer;
    QHash<quint32, int> table; // (prefix code << 8 | next byte) → code
    int width = minimum + 1, next = end + 1;
    packer.add(clear, width);
    int prefix = -1;
    for (char ch : pixels) {
        const uchar c = uchar(ch);
        if (prefix < 0) {
            prefix = c;
            continue;
        }
        const quint32 key = quint32(prefix) << 8 | c;
        if (auto it = table.constFind(key); it != table.cend()) {
            prefix = it.value();
            continue;
        }
        packer.add(prefix, width);
        table.insert(key, next);
        if (next == (1 << width))
            ++width;
        if (++next == 4096) { // the table is full: start again
            packer.add(clear, width);
            table.clear();
            width = minimum + 1;
            next = end + 1;
        }
        prefix = c;
    }
    if (prefix >= 0)
        packer.add(prefix, width);
    packer.add(end, width);
    return packer.finish();
}

} // namespace

QByteArray GifWriter::write(const QList<QImage> &frames, int delayMs)
{
    if (frames.isEmpty())
        return {};
    const int w = frames.first().width(), h = frames.first().height();
    QByteArray out("GIF89a");
    put16(out, w);
    put16(out, h);
    out.append(char(0xF7)); // a global colour table of 256 entries
    out.append('\0');
    out.append('\0');
    const QList<QRgb> colours = palette();
    for (int i = 0; i < 256; ++i) {
        const QRgb c = i < colours.size() ? colours.at(i) : qRgb(0, 0, 0);
        out.append(char(qRed(c)));
        out.append(char(qGreen(c)));
        out.append(char(qBlue(c)));
    }
    out.append("\x21\xFF\x0BNETSCAPE2.0\x03\x01\x00\x00\x00", 19); // loop forever
    const int hundredths = std::max(2, (delayMs + 5) / 10);
    for (const QImage &frame : frames) {
        const QImage rgb = frame.size() == QSize(w, h) ? frame.convertToFormat(QImage::Format_RGB32)
                                                        : frame.scaled(w, h).convertToFormat(QImage::Format_RGB32);
        QByteArray pixels;
        pixels.reserve(qsizetype(w) * h);
        for (int y = 0; y < h; ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
            for (int x = 0; x < w; ++x)
                pixels.append(char(indexOf(line[x])));
        }
        out.append("\x21\xF9\x04\x04", 4); // graphic control: frames replace each other
        put16(out, hundredths);
        out.append('\0');
        out.append('\0');
        out.append('\x2C');
        put16(out, 0);
        put16(out, 0);
        put16(out, w);
        put16(out, h);
        out.append('\0');
        out.append(char(8));
        out.append(compress(pixels));
    }
    out.append('\x3B');
    return out;
}

} // namespace Atelier
