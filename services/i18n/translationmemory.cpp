#include "translationmemory.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <vector>

namespace Atelier {

namespace {
/// How often each character occurs, in 32 buckets: half the difference of two histograms is a lower bound of the
/// edit distance (an insertion or a deletion changes one count, a substitution two), checked before the distance.
using Histogram = std::array<quint16, 32>;

Histogram histogram(const QString &text)
{
    Histogram counts{};
    for (const QChar ch : text) {
        quint16 &count = counts[ch.unicode() % 32];
        if (count < 0xffff)
            ++count;
    }
    return counts;
}

qsizetype histogramBound(const Histogram &a, const Histogram &b)
{
    qsizetype difference = 0;
    for (size_t i = 0; i < a.size(); ++i)
        difference += std::abs(int(a[i]) - int(b[i]));
    return (difference + 1) / 2;
}
} // namespace

struct TranslationMemory::Data
{
    struct Entry
    {
        QString source, translation, context;
        QString folded; ///< the source case-folded, with spaces collapsed: what similarity compares
        Histogram counts;
    };
    std::vector<Entry> entries;
    QSet<QString> keys; ///< source + translation + context, so an entry is remembered once
};

namespace {

QString fold(const QString &text)
{
    return text.simplified().toCaseFolded();
}

/// The Levenshtein distance of \a a and \a b, or \a limit + 1 as soon as it is known to exceed \a limit. Only the
/// band of cells within \a limit of the diagonal is computed.
qsizetype boundedDistance(QStringView a, QStringView b, qsizetype limit, std::vector<int> &row)
{
    if (a.size() < b.size())
        std::swap(a, b);
    const int n = int(b.size());
    const int m = int(a.size());
    const int band = int(std::min<qsizetype>(limit, m));
    if (m - n > band)
        return limit + 1;
    const int outside = band + 1;
    row.assign(size_t(n + 1), outside);
    for (int j = 0; j <= std::min(n, band); ++j)
        row[size_t(j)] = j;
    const char16_t *pa = a.utf16();
    const char16_t *pb = b.utf16();
    for (int i = 1; i <= m; ++i) {
        const int from = std::max(1, i - band);
        const int to = std::min(n, i + band);
        int diagonal = row[size_t(from - 1)];
        row[size_t(from - 1)] = from == 1 && i <= band ? i : outside;
        int best = row[size_t(from - 1)];
        const char16_t ca = pa[i - 1];
        for (int j = from; j <= to; ++j) {
            const int above = row[size_t(j)];
            int value = diagonal + (ca == pb[j - 1] ? 0 : 1);
            value = std::min(value, above + 1);
            value = std::min(value, row[size_t(j - 1)] + 1);
            diagonal = above;
            row[size_t(j)] = std::min(value, outside);
            best = std::min(best, row[size_t(j)]);
        }
        if (to < n)
            row[size_t(to + 1)] = outside;
        if (best > band)
            return limit + 1;
    }
    return row[size_t(n)] > band ? limit + 1 : row[size_t(n)];
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
    const QString folded = fold(source);
    d->entries.push_back({source, translation, context, folded, histogram(folded)});
}

QList<TranslationSuggestion> TranslationMemory::suggest(const QString &source, int max, double minimum) const
{
    QList<TranslationSuggestion> found;
    if (source.isEmpty() || max <= 0)
        return found;
    const QString folded = fold(source);
    const Histogram counts = histogram(folded);
    minimum = std::clamp(minimum, 0.0, 1.0);
    std::vector<int> row;
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
            if (std::abs(folded.size() - entry.folded.size()) > limit || histogramBound(counts, entry.counts) > limit)
                continue;
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
