#pragma once

#include "analytics/overviewservice.h"
#include "core/canceltoken.h"
#include "core/result.h"
#include "core/resultcache.h"
#include "reports/analysisreports.h"
#include "security/ratelimiter.h"

#include <QCoreApplication>
#include <QDate>

class QSqlDatabase;

namespace Atelier {

struct Brand;

/// One analysis as a view, a report export or a verb asks for it.
struct AnalysisRequest final
{
    QString brandSlug;
    QDate from;
    QDate to;           // exclusive
    QString analysis;   // AnalysisReports::analyses()
    ReportOptions options;
    QString language;   // of the titles and summaries, part of the cache key; empty: Language::current()
};

/// Runs analyses the one way the console, the report export and the command line share: an answer still in the
/// result cache (same database, data version, analysis, options, brand, range and language) comes back at once;
/// otherwise the analysis is computed under the per-person limit and kept. The limit never makes anyone wait: over
/// it, the analysis is refused at once with a message saying so (the console's analysis pool, as wide as the limit,
/// never gets there). Every call runs on the caller's thread and connection; a connection the caller attached to
/// \a cancel (CancelScope) has its query interrupted by it.
class AnalysisRunner final
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisRunner)
public:
    /// The analyses one person may run at once in this process.
    static ConcurrencyLimiter &limiter();
    /// Who runs analyses on \a db, as the limit counts them: the login on its server (PostgreSQL), the file (SQLite).
    static QString personKey(const QSqlDatabase &db);
    /// What names \a request in the result cache (which adds the database and its data version).
    static QString cacheKey(const AnalysisRequest &request);

    static Result<QList<ReportSection>> run(const QSqlDatabase &db, const AnalysisRequest &request, CancelToken *cancel = nullptr);
    /// As run(), for a brand already read (request.brandSlug is then not read).
    static Result<QList<ReportSection>> run(const QSqlDatabase &db, const Brand &brand, const AnalysisRequest &request,
                                            CancelToken *cancel = nullptr);
    /// The Overview's key figures of a brand over [from, to), the same way.
    static Result<Overview> overview(const QSqlDatabase &db, const QString &brandSlug, QDate from, QDate to, CancelToken *cancel = nullptr);
    /// Any other analysis the same way (a verb that prints a service's own result, say): the answer cached under
    /// \a key (empty: never cached, for what depends on the clock or on stored rows), else \a compute's (a
    /// Result<T>) under a permit of the per-person limit, kept when it succeeded.
    template<typename T, typename Compute>
    static Result<T> compute(const QSqlDatabase &db, const QString &key, CancelToken *cancel, Compute &&compute);

private:
    static Error cancelledError();
    static Error refusal();
};

template<typename T, typename Compute>
Result<T> AnalysisRunner::compute(const QSqlDatabase &db, const QString &key, CancelToken *cancel, Compute &&compute)
{
    if (cancel && cancel->isCancelled()) // cancelled while it waited for its turn
        return cancelledError();
    ResultCache &cache = ResultCache::instance();
    QString fullKey;
    if (!key.isEmpty()) {
        auto full = ResultCache::keyFor(db, key);
        if (!full)
            return full.error();
        fullKey = full.value();
        if (const std::any found = cache.find(fullKey); found.has_value())
            if (const T *value = std::any_cast<T>(&found))
                return *value;
    }
    const auto permit = limiter().tryAcquire(personKey(db));
    if (!permit)
        return refusal();
    Result<T> computed = compute();
    if (cancel && cancel->isCancelled())
        return cancelledError();
    if (computed && !fullKey.isEmpty())
        cache.insert(fullKey, std::any(computed.value()));
    return computed;
}

} // namespace Atelier
