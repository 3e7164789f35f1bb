#include "overridetranslator.h"

#include "core/language.h"

namespace Atelier {

QString OverrideTranslator::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    if (m_overrides.texts.isEmpty() || m_overrides.language != Language::current() || !context || !source)
        return {};
    const auto it = m_overrides.texts.constFind(TranslationOverrides::lookupKey(
        QString::fromUtf8(context), QString::fromUtf8(source), disambiguation ? QString::fromUtf8(disambiguation) : QString()));
    if (it == m_overrides.texts.constEnd())
        return {};
    const QStringList &forms = it.value();
    if (forms.size() > 1 && n >= 0)
        return forms.value(TranslationStore::numerusForm(m_overrides.language, n), forms.last());
    return forms.value(0);
}

} // namespace Atelier
