#pragma once

#include "i18n/translationstore.h"

#include <QTranslator>

namespace Atelier {

/// Answers from the approved changes of the `translations` table for one language, above the compiled .qm
/// (Language::installOverrides); what it does not hold falls through to the .qm.
class OverrideTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    void setOverrides(TranslationOverrides overrides) { m_overrides = std::move(overrides); }
    const TranslationOverrides &overrides() const { return m_overrides; }
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override;
    bool isEmpty() const override { return m_overrides.texts.isEmpty(); }

private:
    TranslationOverrides m_overrides;
};

} // namespace Atelier
