#include "core/brandservice.h"
#include "core/database.h"
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
