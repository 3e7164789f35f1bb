#pragma once

#include "analytics/overviewservice.h"
#include "core/result.h"
#include "reports/analysisreports.h"

#include <QCoreApplication>
#include <QDate>

class QSqlDatabase;

namespace Atelier {

class CancelToken;
class ConcurrencyLimiter;
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
};

} // namespace Atelier
