#include "overridetranslator.h"

namespace Atelier {

void OverrideTranslator::setOverrides(TranslationOverrides overrides)
{
    QWriteLocker lock(&m_lock);
    m_overrides = std::move(overrides);
}

TranslationOverrides OverrideTranslator::overrides() const
{
    QReadLocker lock(&m_lock);
    return m_overrides;
}

QString OverrideTranslator::language() const
{
    QReadLocker lock(&m_lock);
    return m_overrides.language;
}

bool OverrideTranslator::isEmpty() const
{
    QReadLocker lock(&m_lock);
    return m_overrides.texts.isEmpty();
}

QString OverrideTranslator::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    if (!context || !source || isEmpty()) // no change: every tr() of the program passes here, at once
        return {};
    const QString key = TranslationOverrides::lookupKey(QString::fromUtf8(context), QString::fromUtf8(source),
                                                        disambiguation ? QString::fromUtf8(disambiguation) : QString());
    QReadLocker lock(&m_lock);
    const auto it = m_overrides.texts.constFind(key);
    if (it == m_overrides.texts.constEnd())
        return {};
    const QStringList &forms = it.value();
    if (forms.size() > 1 && n >= 0)
        return forms.value(TranslationStore::numerusForm(m_overrides.language, n), forms.last());
    return forms.value(0);
}

} // namespace Atelier
