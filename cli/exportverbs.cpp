// `atelier export analytics`: the offline report of a brand, as a PDF or as CSV. The analyses run through
// ReportExport, which computes them as the console does (AnalysisRunner: the result cache and the per-person limit).
// Registered with the analytics verbs (analyticsVerbs()).
#include "output.h"
#include "verb.h"

#include "reports/reportexport.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace Atelier::Cli {

namespace {

int exportAnalytics(Context &c)
{
    if (!c.isSet(QStringLiteral("out")))
        return fail(CommandLine::tr("--out is required: the file to write, as report.pdf or report.csv."), 2);
    ReportRequest request;
    request.brandSlug = c.brand->slug;
    request.path = c.value(QStringLiteral("out"));
    request.format = c.value(QStringLiteral("format"));
    request.options.funnelName = c.value(QStringLiteral("funnel"));
    if (auto format = ReportExport::formatOf(request.path, request.format); !format)
        return fail(format.error().message, 2);
    if (c.isSet(QStringLiteral("sections"))) {
        auto list = AnalysisReports::parseList(c.value(QStringLiteral("sections")));
        if (!list)
            return fail(QStringLiteral("--sections: ") + list.error().message, 2);
        request.analyses = list.value();
    }
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto days = c.days(today.addDays(-29), today.addDays(1));
    if (!days)
        return fail(days.error().message, 2);
    request.from = days->first;
    request.to = days->second;
    const bool terminal = isatty(fileno(stderr)) != 0; // progress for people, not for logs
    auto written = ReportExport::run(c.db, c.url, request, nullptr, [terminal](int done, int total) {
        if (!terminal)
            return;
        std::fprintf(stderr, "\r%s", qPrintable(CommandLine::tr("Computing the analyses: %1 of %2").arg(done).arg(total)));
        if (done == total)
            std::fprintf(stderr, "\n");
    });
    if (!written)
        return fail(written.error().message);
    out() << CommandLine::tr("Wrote %1 (%n analysis(es)).", nullptr, written.value()).arg(QDir::toNativeSeparators(request.path)) << '\n';
    return 0;
}

} // namespace

QList<Verb> exportVerbs()
{
    const char *const day = QT_TRANSLATE_NOOP("CommandLine", "YYYY-MM-DD");
    return {
        {.path = QStringLiteral("export analytics"),
         .usage = "--brand SLUG --out FILE.pdf|FILE.csv [--sections funnel,retention,…] [--funnel NAME] [--format pdf|csv]\n"
                  "            [--from D] [--to D]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "the offline report: a PDF with a chart and a table per analysis, or every table as CSV"),
         // --format is the file's (pdf or csv), from --out's extension unless given: not the verbs' table|json|csv.
         .options = {option("out", QT_TRANSLATE_NOOP("CommandLine", "The report to write: .pdf or .csv."), QT_TRANSLATE_NOOP("CommandLine", "file")),
                     option("sections", QT_TRANSLATE_NOOP("CommandLine", "Analyses to include, comma-separated (default: all)."),
                            QT_TRANSLATE_NOOP("CommandLine", "list")),
                     option("funnel", QT_TRANSLATE_NOOP("CommandLine", "The saved funnel to report (default: the purchase funnel)."),
                            QT_TRANSLATE_NOOP("CommandLine", "name")),
                     option("format", QT_TRANSLATE_NOOP("CommandLine", "pdf or csv (default: from the extension of --out)."),
                            QT_TRANSLATE_NOOP("CommandLine", "format")),
                     option("from", QT_TRANSLATE_NOOP("CommandLine", "First day, UTC (default: 30 days ago)."), day),
                     option("to", QT_TRANSLATE_NOOP("CommandLine", "Day after the last one, UTC (default: tomorrow)."), day)},
         .brand = BrandOption::Required,
         .run = exportAnalytics},
    };
}

} // namespace Atelier::Cli
