#include "translationchecks.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Atelier {

namespace {

/// The place markers of a text: %1 … %99, %n, %L1, %Ln.
QStringList markers(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%%|%L?(?:n|\\d{1,2})"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QString marker = it.next().captured();
        if (marker != u"%%")
            found.append(marker);
    }
    return found;
}

/// The positions of the accelerators of a text: an & before a letter or digit ("&&" is a literal &, "&amp;" an
/// HTML entity).
QList<qsizetype> accelerators(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("^&(?:[A-Za-z]+|#\\d+|#x[0-9A-Fa-f]+);"));
    QList<qsizetype> found;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (i + 1 < text.size() && text.at(i + 1).isLetterOrNumber()
            && !entity.match(QStringView(text).mid(i)).hasMatch())
            found.append(i);
    }
    return found;
}

bool isSpace(QChar ch)
{
    return ch.isSpace() || ch == QChar(0x00a0) || ch == QChar(0x202f);
}

QString leadingSpace(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && isSpace(text.at(i)))
        ++i;
    return text.left(i);
}

QString trailingSpace(const QString &text)
{
    qsizetype i = text.size();
    while (i > 0 && isSpace(text.at(i - 1)))
        --i;
    return text.mid(i);
}

/// The ending punctuation of a text, without spaces: "…" for "..." or "…", "?", "!", ":", ";", ".", "" for none.
QString endingPunctuation(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && isSpace(text.at(end - 1)))
        --end;
    // Closing quotes, brackets and tags do not end a sentence's punctuation.
    while (end > 0 && QStringView(u"\"»”’)]").contains(text.at(end - 1)))
        --end;
    if (end == 0)
        return {};
    if (text.at(end - 1) == QChar(0x2026) || QStringView(text).left(end).endsWith(u"..."))
        return QStringLiteral("…");
    const QChar last = text.at(end - 1);
    if (QStringView(u".:;!?").contains(last))
        return QString(last);
    return {};
}

QString describe(QChar ch)
{
    return QStringLiteral("“%1”").arg(ch);
}

bool hasLetters(const QString &text)
{
    static const QRegularExpression noise(QStringLiteral("%L?(?:n|\\d{1,2})|<[^>]*>|&[A-Za-z]+;"));
    QString plain = text;
    plain.remove(noise);
    for (const QChar ch : std::as_const(plain)) {
        if (ch.isLetter())
            return true;
    }
    return false;
}

qsizetype visibleLength(const QString &text)
{
    QString plain = text;
    plain.remove(u'&');
    return plain.trimmed().size();
}

} // namespace

QStringList TranslationChecks::checkIds()
{
    return {QStringLiteral("markers"), QStringLiteral("accelerator"), QStringLiteral("spaces"),
            QStringLiteral("punctuation"),  QStringLiteral("identical"),   QStringLiteral("length"),
            QStringLiteral("newlines")};
}

QList<TranslationWarning> TranslationChecks::check(const QString &source, const QString &translation,
                                                   const QString &language, StringRole role)
{
    QList<TranslationWarning> warnings;
    if (translation.isEmpty() || source.isEmpty())
        return warnings;
    const auto warn = [&warnings](const char *check, bool error, const QString &message) {
        warnings.append({QString::fromLatin1(check), error, message});
    };
    const bool french = language.startsWith(QLatin1String("fr"), Qt::CaseInsensitive);

    // Place markers: QString::arg() replaces what is there; one missing loses a value, one extra shows "%2" to
    // people. %n is tr()'s count: a numerus form may say it in words ("Un fichier"), so its absence only warns, and
    // so does %1 for %L1 (the value is shown, without the language's digit grouping).
    const QStringList sourceMarkers = markers(source);
    const QStringList translationMarkers = markers(translation);
    const auto plain = [](QString marker) { return marker.remove(u'L'); };
    QStringList missing, extra, countMissing, localeChanged;
    for (const QString &marker : sourceMarkers) {
        if (translationMarkers.contains(marker))
            continue;
        if (plain(marker) == u"%n")
            countMissing.append(marker);
        else if (std::any_of(translationMarkers.cbegin(), translationMarkers.cend(),
                             [&](const QString &other) { return plain(other) == plain(marker); }))
            localeChanged.append(marker);
        else
            missing.append(marker);
    }
    for (const QString &marker : translationMarkers) {
        if (!sourceMarkers.contains(marker)
            && std::none_of(sourceMarkers.cbegin(), sourceMarkers.cend(),
                            [&](const QString &other) { return plain(other) == plain(marker); }))
            extra.append(marker);
    }
    missing.removeDuplicates();
    extra.removeDuplicates();
    countMissing.removeDuplicates();
    localeChanged.removeDuplicates();
    if (!missing.isEmpty())
        warn("markers", true,
             tr("The translation lacks the place marker %1 of the source: its value would not be shown.")
                 .arg(missing.join(QLatin1String(", "))));
    if (!extra.isEmpty())
        warn("markers", true,
             tr("The translation has the place marker %1, which the source does not have: people would see it as is.")
                 .arg(extra.join(QLatin1String(", "))));
    if (!countMissing.isEmpty())
        warn("markers", false,
             tr("The translation does not show the number %1: right only for a form that says it in words.")
                 .arg(countMissing.join(QLatin1String(", "))));
    for (const QString &marker : std::as_const(localeChanged))
        warn("markers", false,
             tr("The source has %1 and the translation %2: the number would not be written the language’s way.")
                 .arg(marker, marker.startsWith(QLatin1String("%L")) ? plain(marker) : QStringLiteral("%L") + marker.mid(1)));

    // Accelerators.
    // (A translation may add an accelerator the source lacks: the mnemonics are planned per language.)
    const qsizetype sourceKeys = accelerators(source).size();
    const qsizetype translationKeys = accelerators(translation).size();
    if (sourceKeys > 0 && translationKeys == 0)
        warn("accelerator", false,
             tr("The source has a keyboard accelerator (&) and the translation has none: the control loses its shortcut."));
    else if (translationKeys > 1 && translationKeys > sourceKeys)
        warn("accelerator", false,
             tr("The translation has %1 accelerators (&): only the first works; write && for a literal &.")
                 .arg(translationKeys));

    // Leading and trailing spaces.
    if (leadingSpace(source).isEmpty() != leadingSpace(translation).isEmpty())
        warn("spaces", false,
             leadingSpace(source).isEmpty() ? tr("The translation starts with a space and the source does not.")
                                            : tr("The source starts with a space and the translation does not."));
    if (trailingSpace(source).isEmpty() != trailingSpace(translation).isEmpty())
        warn("spaces", false,
             trailingSpace(source).isEmpty() ? tr("The translation ends with a space and the source does not.")
                                             : tr("The source ends with a space and the translation does not."));

    // Ending punctuation, and French spacing before the high punctuation marks.
    const QString sourceEnd = endingPunctuation(source);
    const QString translationEnd = endingPunctuation(translation);
    if (sourceEnd != translationEnd) {
        if (translationEnd.isEmpty())
            warn("punctuation", false,
                 tr("The source ends with “%1” and the translation has no ending punctuation.").arg(sourceEnd));
        else if (sourceEnd.isEmpty())
            warn("punctuation", false,
                 tr("The translation ends with “%1” and the source has no ending punctuation.").arg(translationEnd));
        else
            warn("punctuation", false,
                 tr("The source ends with “%1” and the translation with “%2”.").arg(sourceEnd, translationEnd));
    }
    if (french) {
        for (qsizetype i = 1; i < translation.size(); ++i) {
            const QChar ch = translation.at(i);
            if (!QStringView(u":;!?").contains(ch))
                continue;
            const bool endsWord = i + 1 == translation.size() || isSpace(translation.at(i + 1))
                                  || QStringView(u"\"»”’)").contains(translation.at(i + 1));
            const QChar before = translation.at(i - 1);
            // After a quote it is code or JSON ("type": …), written the same in every language.
            if (!endsWord || isSpace(before) || QStringView(u":;!?\"'`").contains(before))
                continue;
            warn("punctuation", false,
                 tr("French puts a space before %1 (at character %2): “%3”.")
                     .arg(describe(ch))
                     .arg(i + 1)
                     .arg(translation.mid(qMax<qsizetype>(0, i - 12), qMin<qsizetype>(i, 12) + 1)));
        }
    }

    // Identical to the source.
    if (translation == source && hasLetters(source))
        warn("identical", false, tr("The translation is the same as the source."));

    // Length, for the controls that do not wrap.
    if (role != StringRole::Text) {
        const qsizetype sourceLength = visibleLength(source);
        const qsizetype translationLength = visibleLength(translation);
        // A short text fits whatever its ratio: only what is longer than twelve characters can be cut.
        if (sourceLength > 0 && translationLength > 2 * sourceLength && translationLength > 12)
            warn("length", false,
                 (role == StringRole::Button
                      ? tr("The translation is %1 characters long, over twice the source’s %2: the button may be cut.")
                      : tr("The translation is %1 characters long, over twice the source’s %2: the menu item may be cut."))
                     .arg(translationLength)
                     .arg(sourceLength));
    }

    // Newlines.
    const qsizetype sourceLines = source.count(u'\n');
    const qsizetype translationLines = translation.count(u'\n');
    if (sourceLines != translationLines)
        warn("newlines", false,
             tr("The source has %1 line breaks and the translation %2.").arg(sourceLines).arg(translationLines));
    return warnings;
}

StringRole TranslationChecks::guessRole(const QString &context, const QString &source)
{
    const QString text = source.trimmed();
    const bool menuContext = context.contains(QLatin1String("Menu"), Qt::CaseInsensitive);
    const bool accelerator = !accelerators(text).isEmpty();
    const bool ellipsis = text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1String("..."));
    const bool shortText = text.size() <= 30 && !text.contains(u'\n') && text.count(u' ') <= 3;
    // A label ends with a colon (its & is its buddy's shortcut); "Saving…" without an & is a progress message.
    if (!shortText || text.endsWith(u':'))
        return StringRole::Text;
    if (menuContext || (ellipsis && accelerator))
        return StringRole::MenuItem;
    if (accelerator)
        return StringRole::Button;
    return StringRole::Text;
}

} // namespace Atelier
