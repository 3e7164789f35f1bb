#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Atelier {

namespace {
const QString kThemeKey = QStringLiteral("ui/theme");

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

} // namespace Atelier
