#include "reports/analysisrunner.h"

#include "core/brandservice.h"
#include "core/canceltoken.h"
#include "core/language.h"
#include "core/resultcache.h"
#include "monitoring/querymetrics.h"
#include "security/ratelimiter.h"

#include <QSqlDatabase>

namespace Atelier {

Error AnalysisRunner::cancelledError()
{
    return Error{CancelToken::cancelledMessage(), {}, ErrorCode::Cancelled};
}

Error AnalysisRunner::refusal()
{
    return Error{tr("You already have %n analyses running; this one was not started. Ask again once one of them has finished, or cancel "
                    "one.",
                    nullptr, limiter().limit()),
                 {},
                 ErrorCode::RateLimited};
}

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
    if (cancel && cancel->isCancelled())
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
    auto result = compute<QList<ReportSection>>(db, key, cancel, [&] {
        StatementTimer timer(db, QStringLiteral("analysis"), r.analysis); // what an analysis costs when computed (not a cache hit)
        auto built = AnalysisReports::build(db, brand, r.from, r.to, r.analysis, r.options);
        if (built)
            timer.setRows(built->size());
        return built;
    });
    QueryMetrics::flushIfDue(db);
    return result;
}

Result<Overview> AnalysisRunner::overview(const QSqlDatabase &db, const QString &brandSlug, QDate from, QDate to, CancelToken *cancel)
{
    const QString key = QStringLiteral("overview|%1|%2|%3").arg(brandSlug, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    auto result = compute<Overview>(db, key, cancel, [&] {
        StatementTimer timer(db, QStringLiteral("analysis"), QStringLiteral("overview"));
        return OverviewService::load(db, brandSlug, from, to);
    });
    QueryMetrics::flushIfDue(db);
    return result;
}

} // namespace Atelier
