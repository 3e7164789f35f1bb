#include "pseudotranslator.h"

#include <cmath>

namespace Atelier {

namespace {

QChar accented(QChar ch)
{
    static const QString plain = QStringLiteral("abcdefghijklmnoprstuwyzABCDEFGHIJKLMNOPRSTUWYZ");
    static const QString marked = QStringLiteral("åƀçđéƒĝĥîĵķļɱñöþŕšţûŵýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞŔŠŢÛŴÝŽ");
    const qsizetype at = plain.indexOf(ch);
    return at < 0 ? ch : marked.at(at);
}

/// The length of a place marker (%1, %n, %L1, %Ln, %%) at \a at, else 0.
qsizetype markerLength(const QString &text, qsizetype at)
{
    if (text.at(at) != u'%' || at + 1 >= text.size())
        return 0;
    qsizetype i = at + 1;
    if (text.at(i) == u'%')
        return 2;
    if (text.at(i) == u'L' && i + 1 < text.size())
        ++i;
    if (text.at(i) == u'n')
        return i + 1 - at;
    qsizetype digits = 0;
    while (i + digits < text.size() && digits < 2 && text.at(i + digits).isDigit())
        ++digits;
    return digits == 0 ? 0 : i + digits - at;
}

/// The length of an HTML entity (&amp; &#160; &#xa0;) at \a at, else 0.
qsizetype entityLength(const QString &text, qsizetype at)
{
    qsizetype i = at + 1;
    if (i < text.size() && text.at(i) == u'#')
        ++i;
    const qsizetype start = i;
    while (i < text.size() && i - start < 10 && text.at(i).isLetterOrNumber())
        ++i;
    return (i > start && i < text.size() && text.at(i) == u';') ? i + 1 - at : 0;
}

} // namespace

QString PseudoTranslator::pseudo(const QString &text)
{
    if (text.isEmpty())
        return text;
    const bool html = text.contains(u'<') && text.contains(u'>');
    QString out;
    out.reserve(text.size() * 2 + 4);
    out += u'[';
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar ch = text.at(i);
        if (const qsizetype marker = markerLength(text, i)) {
            out += QStringView(text).mid(i, marker);
            i += marker;
        } else if (ch == u'&' && i + 1 < text.size() && text.at(i + 1) == u'&') {
            out += QLatin1String("&&");
            i += 2;
        } else if (const qsizetype entity = ch == u'&' ? entityLength(text, i) : 0; html && entity) {
            out += QStringView(text).mid(i, entity);
            i += entity;
        } else if (ch == u'&' && i + 1 < text.size()) {
            // The accelerator's letter stays as it is, so its shortcut is still typed with the same key.
            out += ch;
            out += text.at(i + 1);
            i += 2;
        } else if (html && ch == u'<') {
            const qsizetype end = text.indexOf(u'>', i);
            const qsizetype stop = end < 0 ? text.size() : end + 1;
            out += QStringView(text).mid(i, stop - i);
            i = stop;
        } else {
            out += accented(ch);
            ++i;
        }
    }
    out += u' ';
    out += QString(qMax<qsizetype>(1, qsizetype(std::ceil(text.size() * 0.4))), u'~');
    out += u']';
    return out;
}

QString PseudoTranslator::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    Q_UNUSED(context)
    Q_UNUSED(disambiguation)
    Q_UNUSED(n)
    if (!source || !*source)
        return {};
    return pseudo(QString::fromUtf8(source));
}

} // namespace Atelier
