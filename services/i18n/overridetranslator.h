#pragma once

#include "i18n/translationstore.h"

#include <QReadWriteLock>
#include <QTranslator>

namespace Atelier {

/// Answers from the approved changes of the `translations` table for one language, above the compiled .qm
/// (Language::installOverrides, which installs it only while its language is the console's); what it does not hold
/// falls through to the .qm. Thread-safe: tr() runs on worker threads while the GUI thread sets new overrides.
class OverrideTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    void setOverrides(TranslationOverrides overrides);
    TranslationOverrides overrides() const;
    QString language() const;
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override;
    bool isEmpty() const override;

private:
    mutable QReadWriteLock m_lock;
    TranslationOverrides m_overrides;
};

} // namespace Atelier
