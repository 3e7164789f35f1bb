#pragma once

#include "core/databaseurl.h"
#include "core/result.h"
#include "demooptions.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace Atelier {

struct StartReport final
{
    int fromVersion = 0;
    int toVersion = 0;
    bool filledDemo = false;
    DemoReport demo;
};

/// What the console does before its window opens: open the database, migrate it, and fill an empty
/// embedded database with demo data, so a newcomer lands on something worth looking at.
class FirstStart final
{
    Q_DECLARE_TR_FUNCTIONS(FirstStart)
public:
    static Result<StartReport> prepare(const DatabaseUrl &url, bool fillIfEmpty, const DemoOptions &options,
                                       const std::function<void(int)> &progress = {},
                                       const std::atomic_bool *cancel = nullptr);
};

} // namespace Atelier
