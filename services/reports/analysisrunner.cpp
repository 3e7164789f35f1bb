#include "reports/analysisrunner.h"

#include "core/brandservice.h"
#include "core/canceltoken.h"
#include "core/language.h"
#include "core/resultcache.h"
#include "security/ratelimiter.h"

#include <QSqlDatabase>

namespace Atelier {

namespace {

bool cancelled(const CancelToken *token)
{
    return token && token->isCancelled();
}

Error cancelledError()
{
    return Error{CancelToken::cancelledMessage(), {}, ErrorCode::Cancelled};
}

/// The cached answer of \a key (empty: not cached), else \a compute's under a permit of the per-person limit.
template<typename T, typename Compute>
Result<T> throughCache(const QSqlDatabase &db, const QString &key, const CancelToken *token, Compute &&compute)
{
    if (cancelled(token)) // cancelled while it waited for its turn
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
    const auto permit = AnalysisRunner::limiter().tryAcquire(AnalysisRunner::personKey(db));
    if (!permit)
        return Error{AnalysisRunner::tr("You already have %n analyses running; this one was not started. Ask again once one of them "
                                        "has finished, or cancel one.",
                                        nullptr, AnalysisRunner::limiter().limit()),
                     {},
                     ErrorCode::RateLimited};
    Result<T> computed = compute();
    if (cancelled(token))
        return cancelledError();
    if (computed && !fullKey.isEmpty())
        cache.insert(fullKey, std::any(computed.value()));
    return computed;
}

} // namespace

ConcurrencyLimiter &AnalysisRunner::limiter()
{
    return ConcurrencyLimiter::analyses();
}

QString AnalysisRunner::personKey(const QSqlDatabase &db)
{
    return db.driverName() + QLatin1Char('|') + db.userName() + QLatin1Char('@') + db.hostName() + QLatin1Char(':')
           + QString::number(db.port()) + QLatin1Char('/') + db.databaseName();
}

QString AnalysisRunner::cacheKey(const AnalysisRequest &r)
{
    return QStringLiteral("report|%1|%2|%3|%4|%5|%6")
        .arg(r.analysis, r.brandSlug, r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate),
             r.language.isEmpty() ? Language::current() : r.language, AnalysisReports::optionsKey(r.analysis, r.options));
}

Result<QList<ReportSection>> AnalysisRunner::run(const QSqlDatabase &db, const AnalysisRequest &request, CancelToken *cancel)
{
    if (cancelled(cancel))
        return cancelledError();
    auto brand = BrandService::bySlug(db, request.brandSlug);
    if (!brand)
        return brand.error();
    return run(db, brand.value(), request, cancel);
}

Result<QList<ReportSection>> AnalysisRunner::run(const QSqlDatabase &db, const Brand &brand, const AnalysisRequest &request,
                                                 CancelToken *cancel)
{
    AnalysisRequest r = request;
    r.brandSlug = brand.slug;
    // Real time depends on the clock, predictions and segments on stored rows: computed each time.
    const QString key = AnalysisReports::isCacheable(r.analysis) ? cacheKey(r) : QString();
    return throughCache<QList<ReportSection>>(db, key, cancel, [&] {
        return AnalysisReports::build(db, brand, r.from, r.to, r.analysis, r.options);
    });
}

Result<Overview> AnalysisRunner::overview(const QSqlDatabase &db, const QString &brandSlug, QDate from, QDate to, CancelToken *cancel)
{
    const QString key = QStringLiteral("overview|%1|%2|%3").arg(brandSlug, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    return throughCache<Overview>(db, key, cancel, [&] { return OverviewService::load(db, brandSlug, from, to); });
}

} // namespace Atelier
