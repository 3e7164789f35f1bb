#pragma once

#include <QDateTime>
#include <QString>

namespace Atelier {

/// What `atelier demo` generates. The same seed, size and end date give the same data.
struct DemoOptions final
{
    quint64 seed = 42;
    qint64 events = 1000000;
    int days = 180;
    /// Data covers [end - days, end). Defaults to now, so a fresh console shows recent activity.
    QDateTime end;
    int generationsPerBrand = 16;
};

struct DemoReport final
{
    int brands = 0;
    int people = 0;
    qint64 events = 0;
    qint64 visitors = 0;
    int generations = 0;
    int experiments = 0;
    qint64 eventMilliseconds = 0; // generating and streaming the events, indexes rebuilt, before the commit
    qint64 totalMilliseconds = 0; // everything, commit included
};

} // namespace Atelier
