#include "core/brandservice.h"
#include "core/database.h"
#include "core/durationformat.h"
#include "core/language.h"
#include "core/migrator.h"
#include "analytics/funnelservice.h"
#include "demo/demogenerator.h"
#include "reports/analysisreports.h"
#include "reports/chartpainter.h"
#include "reports/lttb.h"
#include "reports/reportexport.h"
#include "reports/reportwriter.h"
#include "scratchdatabase.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;

/// The report parts of every analysis, and the PDF and CSV written from them, read back.
class TestReportExport final : public QObject
{
    Q_OBJECT
private:
    static QDateTime demoEnd() { return QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC); }

    static bool fillDemo(const QSqlDatabase &db)
    {
        if (!Migrator::migrate(db).ok())
            return false;
        DemoOptions options;
        options.events = 60000;
        options.days = 120;
        options.end = demoEnd();
        options.generationsPerBrand = 2;
        return DemoGenerator::generate(db, options).ok();
    }

    /// The report of linea-home over April and May 2026, written to \a file in the scratch folder.
    static ReportRequest aprilAndMay(const ScratchDatabase &scratch, const QString &file, const QStringList &analyses = {})
    {
        ReportRequest request;
        request.brandSlug = QStringLiteral("linea-home");
        request.from = QDate(2026, 4, 1);
        request.to = QDate(2026, 6, 1);
        request.analyses = analyses;
        request.path = scratch.folder() + QLatin1Char('/') + file;
        return request;
    }

    static QString pdfText(QPdfDocument &pdf)
    {
        QString text;
        for (int page = 0; page < pdf.pageCount(); ++page)
            text += pdf.getAllText(page).text() + QLatin1Char('\n');
        return text;
    }

private slots:
    void lttbKeepsShapeAndSize()
    {
        QList<double> values(100000);
        for (int i = 0; i < values.size(); ++i)
            values[i] = std::sin(i / 5000.0);
        values[54321] = 40; // one spike among smooth values
        const QList<QPointF> sampled = downsampleLttb(values, 800);
        QCOMPARE(sampled.size(), 800);
        QCOMPARE(sampled.first(), QPointF(0, values.first()));
        QCOMPARE(sampled.last(), QPointF(values.size() - 1, values.last()));
        bool spike = false;
        for (int i = 1; i < sampled.size(); ++i) {
            QVERIFY(sampled.at(i).x() > sampled.at(i - 1).x()); // in order, no point twice
            spike = spike || sampled.at(i).y() == 40;
        }
        QVERIFY(spike);
        // Short series come back unchanged; tiny thresholds keep the ends.
        QCOMPARE(downsampleLttb(QList<double>{1, 2, 3}, 10).size(), 3);
        QCOMPARE(downsampleLttb(values, 2).size(), 2);
        QCOMPARE(downsampleLttb(QList<double>{}, 10).size(), 0);
    }

    void everyAnalysisBuilds_data() { ScratchDatabase::addDialectRows(); }
    void everyAnalysisBuilds()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db.ok());
        QVERIFY(fillDemo(db.value()));
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("linea-home"));
        QVERIFY(brand.ok());
        const QDate from(2026, 4, 1), to(2026, 6, 1);
        for (const QString &analysis : AnalysisReports::analyses()) {
            auto sections = AnalysisReports::build(db.value(), brand.value(), from, to, analysis);
            QVERIFY2(sections.ok(), qPrintable(analysis + QStringLiteral(": ") + (sections.ok() ? QString() : sections.error().message)));
            QVERIFY2(!sections->isEmpty(), qPrintable(analysis));
            for (const ReportSection &s : sections.value()) {
                QVERIFY2(!s.title.isEmpty(), qPrintable(analysis));
                // The table has as many cells per row as columns, and as many keys as headers.
                QCOMPARE(s.table.keys.size(), s.table.columns.size());
                for (const QVariantList &row : s.table.rows)
                    QCOMPARE(row.size(), s.table.columns.size());
                // Every chart paints without trouble, and its hit regions say what they show.
                QImage image(800, 500, QImage::Format_ARGB32);
                QPainter painter(&image);
                QList<ChartHit> hits;
                ChartPainter::paint(painter, QRectF(0, 0, 800, 500), s.chart, ChartPalette::light(), &hits);
                for (const ChartHit &h : std::as_const(hits))
                    QVERIFY(!h.text.isEmpty());
            }
        }
        // The funnel part shows exactly what the funnel service computes.
        auto funnel = AnalysisReports::build(db.value(), brand.value(), from, to, QStringLiteral("funnel"));
        auto expected = FunnelService::compute(db.value(), brand.value(), from, to, AnalysisReports::standardFunnel());
        QVERIFY(expected.ok());
        const ReportSection &steps = funnel->first();
        QCOMPARE(steps.table.rows.size(), expected->steps.size());
        for (int k = 0; k < expected->steps.size(); ++k) {
            QCOMPARE(steps.table.rows.at(k).at(2).toLongLong(), expected->steps.at(k).users);
            QCOMPARE(steps.chart.series.first().values.at(k), double(expected->steps.at(k).users));
        }
        // An unknown analysis or metric is refused with the list of known ones.
        auto unknown = AnalysisReports::parseList(QStringLiteral("funnel,retension"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("retension")));
        QVERIFY(unknown.error().message.contains(QStringLiteral("retention")));
        ReportOptions badMetric;
        badMetric.anomalyMetric = QStringLiteral("revenu");
        QVERIFY(!AnalysisReports::build(db.value(), brand.value(), from, to, QStringLiteral("anomalies"), badMetric).ok());
    }

    void pdfReopensWithItsNumbers_data() { ScratchDatabase::addDialectRows(); }
    void pdfReopensWithItsNumbers()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db.ok());
        QVERIFY(fillDemo(db.value()));
        const ReportRequest request = aprilAndMay(scratch, QStringLiteral("report.pdf"),
                                                  {QStringLiteral("funnel"), QStringLiteral("retention"), QStringLiteral("channels"),
                                                   QStringLiteral("benchmarks"), QStringLiteral("experiments")});
        auto written = ReportExport::run(db.value(), scratch.url(), request);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(written.value(), 5);

        QPdfDocument pdf;
        QCOMPARE(pdf.load(request.path), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() >= 6); // the title page, then each analysis on a page of its own at least
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Analytics report")));
        QVERIFY(text.contains(QStringLiteral("linea-home")));
        QVERIFY(text.contains(QStringLiteral("2026-04-01")));
        // The range as the console's selector says it: April and May, the 31st of May the last day included.
        QCOMPARE(ReportWriter::rangeLabel(request.from, request.to),
                 QStringLiteral("Range: 2026-04-01 to 2026-05-31 (UTC days, both included)"));
        QVERIFY2(text.contains(ReportWriter::rangeLabel(request.from, request.to)), qPrintable(text.left(600)));
        QVERIFY(!text.contains(QStringLiteral("2026-06-01")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pdf.pageCount())));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pdf.pageCount())));
        // The funnel's numbers are in the text, as the table shows them.
        const auto brand = BrandService::bySlug(db.value(), request.brandSlug);
        auto funnel = FunnelService::compute(db.value(), brand.value(), request.from, request.to, AnalysisReports::standardFunnel());
        QVERIFY(funnel.ok());
        for (const FunnelStepResult &step : funnel->steps) {
            QVERIFY2(text.contains(QString::number(step.users)), qPrintable(QString::number(step.users)));
            QVERIFY2(text.contains(QString::number(step.conversionFromStart * 100, 'f', 1) + QLatin1Char('%')),
                     qPrintable(QString::number(step.conversionFromStart * 100, 'f', 1)));
        }
        // Times between steps read as durations, not as seconds.
        for (const FunnelStepResult &step : funnel->steps)
            if (step.medianSecondsFromPrevious)
                QVERIFY2(text.contains(DurationFormat::text(*step.medianSecondsFromPrevious)),
                         qPrintable(DurationFormat::text(*step.medianSecondsFromPrevious)));
        QVERIFY(!text.contains(QStringLiteral("previous (s)")));
        if (qEnvironmentVariableIsSet("ATELIER_REPORT_PAGES")) { // for people who want to look at it
            for (int page = 0; page < pdf.pageCount(); ++page)
                pdf.render(page, QSize(1240, 1754)).save(qEnvironmentVariable("ATELIER_REPORT_PAGES") + QStringLiteral("/page%1.png").arg(page + 1));
        }
        // The export is in the audit trail.
        QSqlQuery q(db.value());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM security_audits WHERE action = 'export' AND resource_type = 'analytics_report'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    /// Durations in the units people read, in the console's language; the CSV keeps seconds.
    void durationsReadable()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(DurationFormat::text(45, english), QStringLiteral("45 s"));
        QCOMPARE(DurationFormat::text(2.5, english), QStringLiteral("2.5 s"));
        QCOMPARE(DurationFormat::text(252, english), QStringLiteral("4 min 12 s"));
        QCOMPARE(DurationFormat::text(600, english), QStringLiteral("10 min"));
        QCOMPARE(DurationFormat::text(15120, english), QStringLiteral("4 h 12 min"));
        QCOMPARE(DurationFormat::text(3599.8, english), QStringLiteral("1 h"));
        QCOMPARE(DurationFormat::text(112320, english), QStringLiteral("1.3 d"));
        QCOMPARE(DurationFormat::text(14 * 86400, english), QStringLiteral("14 d"));
        QCOMPARE(DurationFormat::text(86400, english), QStringLiteral("1 d"));
        QCOMPARE(DurationFormat::text(-90, english), QStringLiteral("-1 min 30 s"));
        QVERIFY(Language::apply(QStringLiteral("fr")));
        QCOMPARE(DurationFormat::text(112320, QLocale(QLocale::French, QLocale::France)), QStringLiteral("1,3 j"));
        QCOMPARE(DurationFormat::text(15120, QLocale(QLocale::French, QLocale::France)), QStringLiteral("4 h 12 min"));
        QVERIFY(Language::apply(QStringLiteral("es")));
        QCOMPARE(DurationFormat::text(112320, QLocale(QLocale::Spanish, QLocale::Spain)), QStringLiteral("1,3 d"));
        QVERIFY(Language::apply(QStringLiteral("en")));
        ReportTable table;
        table.columns = {QStringLiteral("Median time")};
        table.keys = {QStringLiteral("median_seconds")};
        table.decimals = {0};
        table.percent = {false};
        table.duration = {true};
        table.rows = {{15120.0}};
        QCOMPARE(table.text(0, 0), DurationFormat::text(15120));
        QVERIFY(ReportWriter::tableCsv(table).contains("\r\n15120\r\n"));
    }

    /// A heading never ends a page without what it heads; a section without a figure is left out.
    void pdfKeepsHeadingsWithTables()
    {
        QTemporaryDir dir;
        QList<ReportAnalysis> analyses(1);
        analyses[0].id = QStringLiteral("synthetic");
        analyses[0].title = QStringLiteral("Synthetic");
        for (int k = 0; k < 30; ++k) {
            ReportSection s;
            s.id = QStringLiteral("s%1").arg(k);
            s.title = QStringLiteral("Heading %1").arg(k);
            s.summary = QStringLiteral("A summary long enough to take three lines of the page, so that a heading and its "
                                       "words fill the bottom of a page while the table would go to the next one. ")
                            .repeated(2);
            s.table.columns = {QStringLiteral("Name"), QStringLiteral("Value")};
            s.table.keys = {QStringLiteral("name"), QStringLiteral("value")};
            s.table.decimals = {0, 0};
            s.table.percent = {false, false};
            for (int r = 0; r < 4 + k % 5; ++r)
                s.table.rows.append({QStringLiteral("Cell %1-%2").arg(k).arg(r), double(r)});
            analyses[0].sections.append(s);
        }
        ReportSection longTable;
        longTable.id = QStringLiteral("long");
        longTable.title = QStringLiteral("Long table");
        longTable.table.columns = {QStringLiteral("Name")};
        longTable.table.keys = {QStringLiteral("name")};
        longTable.table.decimals = {0};
        longTable.table.percent = {false};
        for (int r = 0; r < 200; ++r)
            longTable.table.rows.append({QStringLiteral("Long row %1").arg(r)});
        analyses[0].sections.append(longTable);
        ReportSection empty;
        empty.id = QStringLiteral("empty");
        empty.title = QStringLiteral("Nothing here at all");
        empty.chart.kind = ReportChart::Kind::Bars;
        empty.chart.series = {{QStringLiteral("Users"), {}}};
        empty.table.columns = {QStringLiteral("Name")};
        empty.table.keys = {QStringLiteral("name")};
        analyses[0].sections.append(empty);
        QVERIFY(ReportWriter::isEmptySection(empty));
        QVERIFY(!ReportWriter::isEmptySection(analyses[0].sections.first()));

        ReportMeta meta;
        meta.brandSlug = QStringLiteral("synthetic");
        meta.from = QDate(2026, 4, 1);
        meta.to = QDate(2026, 6, 1);
        meta.generatedAt = QDateTime::currentDateTimeUtc();
        const QString path = dir.filePath(QStringLiteral("keep.pdf"));
        QVERIFY(ReportWriter::writePdf(path, meta, analyses).ok());
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() >= 4);
        const QString all = pdfText(pdf);
        QVERIFY(!all.contains(empty.title));
        for (int k = 0; k < 30; ++k) {
            bool found = false;
            for (int page = 0; page < pdf.pageCount(); ++page) {
                const QString text = pdf.getAllText(page).text();
                if (!text.contains(QRegularExpression(QStringLiteral("Heading %1(?!\\d| \\(continued)").arg(k))))
                    continue;
                found = true;
                // Its table's header and first row are on the same page.
                QVERIFY2(text.contains(QStringLiteral("Cell %1-0").arg(k)), qPrintable(QStringLiteral("Heading %1, page %2").arg(k).arg(page + 1)));
            }
            QVERIFY2(found, qPrintable(QStringLiteral("Heading %1").arg(k)));
        }
        // A table going on at the top of a page says which section it continues.
        int continued = 0;
        for (int page = 0; page < pdf.pageCount(); ++page) {
            // (The text layer may split a line's letters with marks of its own: compare letters.)
            const QString text = pdf.getAllText(page).text();
            const QString letters = QString(text).remove(QRegularExpression(QStringLiteral("[^A-Za-z]")));
            if (text.contains(QStringLiteral("Long row 199")))
                QVERIFY2(letters.contains(QStringLiteral("Longtablecontinued")), qPrintable(QString::number(page + 1)));
            continued += int(letters.count(QStringLiteral("continued")));
        }
        QVERIFY(continued >= 2);
    }

    void csvHoldsEveryTable_data() { ScratchDatabase::addDialectRows(); }
    void csvHoldsEveryTable()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db.ok());
        QVERIFY(fillDemo(db.value()));
        const ReportRequest request = aprilAndMay(scratch, QStringLiteral("report.csv"), {QStringLiteral("funnel"), QStringLiteral("seasonality")});
        QVERIFY(ReportExport::run(db.value(), scratch.url(), request).ok());
        QFile file(request.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.contains(QStringLiteral("step,event,users,conversion_from_start")));
        QVERIFY(csv.contains(QStringLiteral("1,page_view,")));
        QVERIFY(csv.contains(QStringLiteral("(seasonality)")));
    }

    void badRequestsWriteNothing_data() { ScratchDatabase::addDialectRows(); }
    void badRequestsWriteNothing()
    {
        ATELIER_SCRATCH(scratch);
        auto db = Database::open(scratch.url());
        QVERIFY(db.ok());
        QVERIFY(fillDemo(db.value()));
        ReportRequest request = aprilAndMay(scratch, QStringLiteral("report.txt"));
        auto txt = ReportExport::run(db.value(), scratch.url(), request);
        QVERIFY(!txt.ok());
        QVERIFY(txt.error().message.contains(QStringLiteral(".pdf")));
        QVERIFY(!QFile::exists(request.path));

        request.path = scratch.folder() + QStringLiteral("/report.pdf");
        request.brandSlug = QStringLiteral("no-such-brand");
        QVERIFY(!ReportExport::run(db.value(), scratch.url(), request).ok());
        request.brandSlug = QStringLiteral("linea-home");
        request.to = request.from;
        QVERIFY(!ReportExport::run(db.value(), scratch.url(), request).ok());
        QVERIFY(!QFile::exists(request.path));

        request.to = QDate(2026, 6, 1);
        request.path = scratch.folder() + QStringLiteral("/missing-folder/report.pdf");
        auto unwritable = ReportExport::run(db.value(), scratch.url(), request);
        QVERIFY(!unwritable.ok());
        QVERIFY(unwritable.error().message.contains(QStringLiteral("missing-folder")));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // fonts, for the PDF
    TestReportExport test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reportexport.moc"
