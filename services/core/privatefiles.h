#pragma once

#include "result.h"

#include <QCoreApplication>

class QFileDevice;

namespace Atelier {

/// Files and folders only their owner may read, whatever the umask: the database and its folder, the caches,
/// exports. Everything here works by path or on a descriptor of its own making, never by opening an existing file,
/// so it is safe on a SQLite file that connections of this process hold (opening and closing one drops their locks).
class PrivateFiles final
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFiles)
public:
    /// Makes \a path (and missing parents) and sets it to 0700, also when it existed. Only for the app's own
    /// folders (data, cache, configuration), never for a folder the person picked.
    static Status makeFolder(const QString &path);
    /// Sets the file at \a path to 0600 (chmod by path: no descriptor is opened).
    static Status restrictToOwner(const QString &path);
    /// Sets an open file to 0600: on a QSaveFile this is its temporary file, so the file appears owner-only.
    static Status restrictToOwner(QFileDevice &file);
    /// Creates an empty 0600 file when nothing is at \a path (and leaves anything that is there alone), so a
    /// program that fills it afterwards (SQLite) inherits the mode instead of the umask's.
    static Status createEmpty(const QString &path);
    /// True when others than the owner may read or write \a path.
    static bool isShared(const QString &path);
};

} // namespace Atelier
