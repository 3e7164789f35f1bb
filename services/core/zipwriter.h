#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Atelier {

/// A ZIP archive built in memory, entries stored as they are (the images it carries are compressed already).
/// Names are UTF-8 (general purpose flag bit 11), CRC-32 from zlib; readable by every unzip tool.
class ZipWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)
public:
    /// Adds a file, unless its name could leave the folder the archive is unpacked in ("zip-slip") or mean
    /// something else on another system: see isSafeName(). A refused name adds nothing.
    Status add(const QString &name, const QByteArray &data);
    /// A relative path of "/"-separated parts: not empty, no "." or ".." part (nor one of dots and spaces, which
    /// Windows reads as such), no empty part, no backslash, colon (drive letters, streams) or control character.
    static bool isSafeName(const QString &name);
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
