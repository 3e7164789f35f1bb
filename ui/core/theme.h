#pragma once

#include <QString>

namespace Atelier {

/// Light or dark: the console's palette (Fusion), or the system's. Charts follow the palette.
class Theme final
{
public:
    /// "system", "light" or "dark".
    static QString stored();
    static void store(const QString &mode);
    /// Applies \a mode to the whole application ("system" leaves the platform's look as it is).
    static void apply(const QString &mode);
    static bool isDark();
};

} // namespace Atelier
