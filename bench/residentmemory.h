#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>

namespace Atelier::Bench {

/// This process's resident memory in KiB (VmRSS of /proc/self/status); -1 where there is no such file.
inline long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

} // namespace Atelier::Bench
