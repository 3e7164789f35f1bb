#pragma once

#include <QString>
#include <QTranslator>

namespace Atelier::Testing {

/// Says every text as "context|source", so a test sees that a model reads its headers and cells again, and in
/// which translation context.
class MarkingTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        return QString::fromLatin1(context) + QLatin1Char('|') + QString::fromUtf8(sourceText);
    }
};

} // namespace Atelier::Testing
