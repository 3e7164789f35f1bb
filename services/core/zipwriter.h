#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Atelier {

/// A ZIP archive built in memory, entries stored as they are (the images it carries are compressed already).
/// Names are UTF-8 (general purpose flag bit 11), CRC-32 from zlib; readable by every unzip tool.
class ZipWriter final
{
public:
    void add(const QString &name, const QByteArray &data);
    /// The whole archive: local headers with data, then the central directory.
    QByteArray finish() const;
    qsizetype count() const { return m_entries.size(); }

private:
    struct Entry
    {
        QByteArray name;
        QByteArray data;
        quint32 crc = 0;
    };
    QList<Entry> m_entries;
};

} // namespace Atelier
