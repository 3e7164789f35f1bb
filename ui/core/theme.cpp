#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace Atelier {

namespace {
const QString kThemeKey = QStringLiteral("ui/theme");
const char kToneProperty[] = "atelierTone";

void applyTone(QWidget *widget, Theme::Tone tone)
{
    if (tone == Theme::Tone::Normal) {
        widget->setPalette(QPalette()); // nothing of its own: the window's palette again
        return;
    }
    QPalette palette; // only the text roles of its own: the rest still follows the window's palette
    const QColor colour = Theme::toneColour(tone);
    for (auto role : {QPalette::WindowText, QPalette::Text})
        for (auto group : {QPalette::Active, QPalette::Inactive})
            palette.setColor(group, role, colour);
    widget->setPalette(palette);
}

/// Colours the toned widgets again when the application's palette changes (light ↔ dark): the new palette reaches
/// them as a PaletteChange from their window, which keeps the roles they set, so the tone is computed again.
class ToneKeeper final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::PaletteChange && event->type() != QEvent::ApplicationPaletteChange)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto tone = widget ? Theme::Tone(widget->property(kToneProperty).toInt()) : Theme::Tone::Normal;
        // Our own setPalette sends a PaletteChange too: only a colour that no longer matches is set again.
        if (tone != Theme::Tone::Normal && widget->palette().color(QPalette::WindowText) != Theme::toneColour(tone))
            applyTone(widget, tone);
        return false;
    }
};

ToneKeeper *toneKeeper()
{
    static auto *keeper = new ToneKeeper(qApp);
    return keeper;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2e, 0x33), base(0x22, 0x25, 0x2a), text(0xe8, 0xea, 0xed), muted(0x8a, 0x92, 0x9a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x33));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3f, 0x46));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x39, 0x40));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x9c, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x56, 0xb4, 0xe9));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, muted);
    return p;
}
} // namespace

QString Theme::stored()
{
    const QString mode = QSettings().value(kThemeKey, QStringLiteral("system")).toString();
    return mode == QLatin1String("light") || mode == QLatin1String("dark") ? mode : QStringLiteral("system");
}

void Theme::store(const QString &mode)
{
    QSettings().setValue(kThemeKey, mode);
}

void Theme::apply(const QString &mode)
{
    if (mode == QLatin1String("system"))
        return; // the platform's own style and palette, untouched
    // Fusion draws every control from the palette, so both modes look finished on every platform.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(mode == QLatin1String("dark") ? darkPalette() : QApplication::style()->standardPalette());
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightnessF() < 0.5;
}

QColor Theme::toneColour(Tone tone)
{
    const bool dark = isDark();
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20); // 5.1:1 on #353940, 6.4:1 on #efefef
    case Tone::Success:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x13, 0x6c, 0x2e); // 5.9:1 on #353940, 5.7:1 on #efefef
    case Tone::Normal:
        break;
    }
    return QApplication::palette().color(QPalette::WindowText);
}

void Theme::setTone(QWidget *widget, Tone tone)
{
    if (!widget->property(kToneProperty).isValid())
        widget->installEventFilter(toneKeeper());
    widget->setProperty(kToneProperty, int(tone));
    applyTone(widget, tone);
}

} // namespace Atelier
