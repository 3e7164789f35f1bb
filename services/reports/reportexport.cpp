#include "reportexport.h"

#include "core/brandservice.h"
#include "core/canceltoken.h"
#include "analytics/daterange.h"
#include "reports/analysisrunner.h"
#include "reports/reportwriter.h"
#include "security/audittrail.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Atelier {

Result<QString> ReportExport::formatOf(const QString &path, const QString &format)
{
    QString chosen = format.trimmed().toLower();
    if (chosen.isEmpty())
        chosen = QFileInfo(path).suffix().toLower();
    if (chosen == QLatin1String("pdf") || chosen == QLatin1String("csv"))
        return chosen;
    if (format.trimmed().isEmpty())
        return Error{tr("%1: the report's format comes from the file's extension, .pdf or .csv (or give --format pdf|csv).")
                         .arg(QDir::toNativeSeparators(path)),
                     {}};
    return Error{tr("--format: \"%1\" is not one of pdf, csv.").arg(format), {}};
}

Result<QList<ReportAnalysis>> ReportExport::collect(const QSqlDatabase &db, const Brand &brand, QDate from, QDate to,
                                                    const QStringList &analyses, const ReportOptions &options, CancelToken *cancel,
                                                    const std::function<void(int, int)> &progress)
{
    QList<ReportAnalysis> report;
    const QStringList names = analyses.isEmpty() ? AnalysisReports::analyses() : analyses;
    CancelScope scope(cancel, db);
    for (const QString &name : names) {
        if (cancel && cancel->isCancelled())
            return Error{CancelToken::cancelledMessage(), {}};
        ReportAnalysis a{name, AnalysisReports::title(name), {}, {}};
        // As the views compute it: an answer they (or an earlier export) left in the cache is used, under the same limit.
        auto sections = AnalysisRunner::run(db, brand, AnalysisRequest{brand.slug, from, to, name, options, {}}, cancel);
        if (cancel && cancel->isCancelled())
            return Error{CancelToken::cancelledMessage(), {}};
        if (sections)
            a.sections = sections.value();
        else
            a.error = sections.error().message;
        report.append(a);
        if (progress)
            progress(int(report.size()), int(names.size()));
    }
    return report;
}

Result<int> ReportExport::run(const QSqlDatabase &db, const DatabaseUrl &url, const ReportRequest &request, CancelToken *cancel,
                              const std::function<void(int, int)> &progress)
{
    auto format = formatOf(request.path, request.format);
    if (!format)
        return format.error();
    if (auto range = DateRange::check(request.from, request.to); !range)
        return range.error();
    auto brand = BrandService::bySlug(db, request.brandSlug);
    if (!brand)
        return brand.error();
    auto report = collect(db, brand.value(), request.from, request.to, request.analyses, request.options, cancel, progress);
    if (!report)
        return report.error();
    bool any = false;
    for (const ReportAnalysis &a : report.value())
        any = any || a.error.isEmpty();
    if (!any && !report->isEmpty())
        return Error{tr("No analysis could be computed: %1").arg(report->first().error), {}};
    Status written = Done{};
    if (format.value() == QLatin1String("pdf")) {
        const ReportMeta meta{brand->name, brand->slug, request.from, request.to, QDateTime::currentDateTimeUtc(), url.displayString()};
        written = ReportWriter::writePdf(request.path, meta, report.value());
    } else {
        written = ReportWriter::writeCsv(request.path, report.value());
    }
    if (!written)
        return written.error();
    QJsonArray names;
    for (const ReportAnalysis &a : report.value())
        names.append(a.id);
    if (auto audited = AuditTrail::record(db, QStringLiteral("export"), QStringLiteral("analytics_report"), brand->slug, brand->id,
                                          QJsonObject{{QStringLiteral("format"), format.value()},
                                                      {QStringLiteral("from"), request.from.toString(Qt::ISODate)},
                                                      {QStringLiteral("to"), request.to.toString(Qt::ISODate)},
                                                      {QStringLiteral("analyses"), names},
                                                      {QStringLiteral("file"), QFileInfo(request.path).fileName()}});
        !audited)
        return audited.error();
    return int(report->size());
}

} // namespace Atelier
