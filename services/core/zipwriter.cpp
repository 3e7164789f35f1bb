#include "core/zipwriter.h"

#include <zlib.h>

namespace Atelier {

namespace {

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

// 1980-01-01 00:00 in MS-DOS form: the archive's bytes depend on its content alone.
constexpr quint32 kDosTime = 0;
constexpr quint32 kDosDate = (0 << 9) | (1 << 5) | 1;

} // namespace

bool ZipWriter::isSafeName(const QString &name)
{
    if (name.isEmpty() || name.toUtf8().size() > 0xffff)
        return false;
    for (const QChar c : name) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(':') || c.category() == QChar::Other_Control)
            return false;
    }
    for (const QStringView part : QStringView(name).split(QLatin1Char('/'))) {
        bool dotsAndSpaces = true; // empty parts too: "/x", "x//y", "x/"
        for (const QChar c : part)
            dotsAndSpaces = dotsAndSpaces && (c == QLatin1Char('.') || c == QLatin1Char(' '));
        if (dotsAndSpaces)
            return false;
    }
    return true;
}

Status ZipWriter::add(const QString &name, const QByteArray &data)
{
    if (!isSafeName(name)) {
        QString shown = name.left(200);
        for (QChar &c : shown)
            if (c.category() == QChar::Other_Control)
                c = QChar::ReplacementCharacter;
        return Error{tr("\"%1\" cannot be the name of a file in an archive: it must be a relative path without \".\" or "
                        "\"..\" parts, backslashes, colons or control characters.")
                         .arg(shown),
                     QStringLiteral("unsafe zip entry name: ") + QString::fromLatin1(name.toUtf8().toPercentEncoding())};
    }
    Entry e;
    e.name = name.toUtf8();
    e.data = data;
    e.crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
    m_entries.append(std::move(e));
    return Done{};
}

QByteArray ZipWriter::finish() const
{
    QByteArray out;
    QList<quint32> offsets;
    for (const Entry &e : m_entries) {
        offsets.append(quint32(out.size()));
        put32(out, 0x04034b50);
        put16(out, 20);     // version needed: 2.0
        put16(out, 1 << 11); // UTF-8 names
        put16(out, 0);      // stored
        put16(out, kDosTime);
        put16(out, kDosDate);
        put32(out, e.crc);
        put32(out, quint32(e.data.size()));
        put32(out, quint32(e.data.size()));
        put16(out, quint32(e.name.size()));
        put16(out, 0);
        out.append(e.name);
        out.append(e.data);
    }
    const quint32 directory = quint32(out.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        put32(out, 0x02014b50);
        put16(out, 20);
        put16(out, 20);
        put16(out, 1 << 11);
        put16(out, 0);
        put16(out, kDosTime);
        put16(out, kDosDate);
        put32(out, e.crc);
        put32(out, quint32(e.data.size()));
        put32(out, quint32(e.data.size()));
        put16(out, quint32(e.name.size()));
        put16(out, 0); // extra
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, offsets.at(i));
        out.append(e.name);
    }
    const quint32 size = quint32(out.size()) - directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(m_entries.size()));
    put16(out, quint32(m_entries.size()));
    put32(out, size);
    put32(out, directory);
    put16(out, 0);
    return out;
}

} // namespace Atelier
