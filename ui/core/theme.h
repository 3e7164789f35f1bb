#pragma once

#include <QColor>
#include <QString>

class QWidget;

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

    /// What a message says by its colour: nothing, a problem, a success.
    enum class Tone
    {
        Normal,
        Error,
        Success
    };
    /// The text colour of \a tone in the current palette: at least 4.5:1 (WCAG AA) on the window and base colours of
    /// both the light and the dark palette. Normal is the palette's own window text.
    static QColor toneColour(Tone tone);
    /// Colours \a widget's text for \a tone, and colours it again when the theme changes (Normal gives the palette's
    /// own colours back). Use it instead of a style sheet with a fixed colour, which suits only one palette.
    static void setTone(QWidget *widget, Tone tone);
};

} // namespace Atelier
