#pragma once

#include <QTranslator>

namespace Atelier {

/// A developer's pseudo-language: every translated string is accented, about 40 % longer and bracketed, so a string
/// outside tr() (unchanged) and a label that truncates (no closing bracket) show at a glance. Place markers
/// (%1 %n %L1), &-accelerators and HTML tags and entities are kept.
class PseudoTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override;
    bool isEmpty() const override { return false; }
    /// "Save %1" -> "[Šåvé %1 ~~~]".
    static QString pseudo(const QString &text);
};

} // namespace Atelier
