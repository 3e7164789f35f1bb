#include "translationmemory.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Atelier {

struct TranslationMemory::Data
{
    struct Entry
    {
        QString source, translation, context;
        QString folded; ///< the source case-folded, with spaces collapsed: what similarity compares
    };
    std::vector<Entry> entries;
    QSet<QString> keys; ///< source + translation + context, so an entry is remembered once
};

namespace {

QString fold(const QString &text)
{
    return text.simplified().toCaseFolded();
}

/// The Levenshtein distance of \a a and \a b, or \a limit + 1 as soon as it is known to exceed \a limit.
qsizetype boundedDistance(QStringView a, QStringView b, qsizetype limit, std::vector<qsizetype> &row)
{
    if (a.size() < b.size())
        std::swap(a, b);
    const qsizetype n = b.size();
    if (a.size() - n > limit)
        return limit + 1;
    row.resize(size_t(n + 1));
    for (qsizetype j = 0; j <= n; ++j)
        row[size_t(j)] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        qsizetype diagonal = row[0];
        row[0] = i;
        qsizetype best = row[0];
        const QChar ca = a.at(i - 1);
        for (qsizetype j = 1; j <= n; ++j) {
            const qsizetype above = row[size_t(j)];
            const qsizetype value = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + (ca == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
            row[size_t(j)] = value;
            best = std::min(best, value);
        }
        if (best > limit)
            return limit + 1;
    }
    return row[size_t(n)];
}

} // namespace

TranslationMemory::TranslationMemory() : d(std::make_unique<Data>()) {}
TranslationMemory::~TranslationMemory() = default;
TranslationMemory::TranslationMemory(const TranslationMemory &other) : d(std::make_unique<Data>(*other.d)) {}
TranslationMemory &TranslationMemory::operator=(const TranslationMemory &other)
{
    if (this != &other)
        d = std::make_unique<Data>(*other.d);
    return *this;
}
TranslationMemory::TranslationMemory(TranslationMemory &&other) noexcept : d(std::move(other.d))
{
    other.d = std::make_unique<Data>();
}
TranslationMemory &TranslationMemory::operator=(TranslationMemory &&other) noexcept
{
    std::swap(d, other.d);
    return *this;
}

void TranslationMemory::add(const QString &source, const QString &translation, const QString &context)
{
    if (source.isEmpty() || translation.isEmpty())
        return;
    const QString key = source + QChar(0) + translation + QChar(0) + context;
    if (d->keys.contains(key))
        return;
    d->keys.insert(key);
    d->entries.push_back({source, translation, context, fold(source)});
}

QList<TranslationSuggestion> TranslationMemory::suggest(const QString &source, int max, double minimum) const
{
    QList<TranslationSuggestion> found;
    if (source.isEmpty() || max <= 0)
        return found;
    const QString folded = fold(source);
    minimum = std::clamp(minimum, 0.0, 1.0);
    std::vector<qsizetype> row;
    for (const Data::Entry &entry : d->entries) {
        double similarity = 0;
        if (entry.source == source) {
            similarity = 1;
        } else {
            const qsizetype longer = std::max(folded.size(), entry.folded.size());
            if (longer == 0)
                continue;
            // The most edits that still reach the minimum; an exact match only in case or spacing is just below 1.
            const auto limit = qsizetype((1 - minimum) * double(longer));
            const qsizetype distance = boundedDistance(folded, entry.folded, limit, row);
            if (distance > limit)
                continue;
            similarity = distance == 0 ? 0.99 : 1 - double(distance) / double(longer);
        }
        if (similarity >= minimum)
            found.append({entry.source, entry.translation, entry.context, similarity});
    }
    std::stable_sort(found.begin(), found.end(), [](const TranslationSuggestion &a, const TranslationSuggestion &b) {
        if (a.similarity != b.similarity)
            return a.similarity > b.similarity;
        if (a.source.size() != b.source.size())
            return a.source.size() < b.source.size();
        return a.context < b.context;
    });
    if (found.size() > max)
        found.resize(max);
    return found;
}

int TranslationMemory::size() const
{
    return int(d->entries.size());
}

void TranslationMemory::clear()
{
    d->entries.clear();
    d->keys.clear();
}

} // namespace Atelier
