#pragma once

#include "core/databaseurl.h"
#include "core/result.h"
#include "reports/analysisreports.h"

#include <QCoreApplication>
#include <functional>

namespace Atelier {

class CancelToken;

/// What File → Export report and `atelier export analytics` ask for.
struct ReportRequest final
{
    QString brandSlug;
    QDate from;
    QDate to;
    QStringList analyses; // empty: all of them
    ReportOptions options;
    QString path;
    QString format; // pdf or csv; empty: from the file's extension
};

/// Computes the analyses of a report and writes it; the export is recorded in the audit trail.
class ReportExport final
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    /// pdf or csv, from \a format or else from the extension of \a path; anything else is refused.
    static Result<QString> formatOf(const QString &path, const QString &format);
    /// Each analysis in order, through AnalysisRunner (the result cache and the per-person limit); one that cannot be
    /// computed carries its reason and the others go on.
    /// \a progress (optional) hears (done, total) after each analysis.
    static Result<QList<ReportAnalysis>> collect(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                                 const QStringList &analyses, const ReportOptions &options,
                                                 CancelToken *cancel = nullptr,
                                                 const std::function<void(int, int)> &progress = {});
    /// Everything: checks the request, computes, writes the file whole, records the export. Returns the
    /// number of analyses written.
    static Result<int> run(const QSqlDatabase &db, const DatabaseUrl &url, const ReportRequest &request, CancelToken *cancel = nullptr,
                           const std::function<void(int, int)> &progress = {});
};

} // namespace Atelier
