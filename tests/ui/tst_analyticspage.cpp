#include "analytics/funnelstore.h"
#include "collaboration/comments.h"
#include "analytics/funnelservice.h"
#include "analytics/reporttablemodel.h"
#include "analytics/segmentservice.h"
#include "analytics/analysisview.h"
#include "analytics/analyticspage.h"
#include "analytics/chartwidget.h"
#include "analytics/exportreportdialog.h"
#include "analytics/funneleditor.h"
#include "analytics/linechartview.h"
#include "analytics/sectionwidget.h"
#include "analytics/segmentbuilder.h"
#include "core/appsettings.h"
#include "core/brandservice.h"
#include "core/brandlistmodel.h"
#include "core/database.h"
#include "core/daterangeselector.h"
#include "core/language.h"
#include "core/mainwindow.h"
#include "core/pools.h"
#include "core/theme.h"
#include "core/migrator.h"
#include "demo/demogenerator.h"
#include "analytics/kpimodel.h"
#include "overview/overviewpage.h"
#include "reports/analysisreports.h"
#include "scratchdatabase.h"
#include "settledwidgets.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPdfDocument>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Atelier;
using Atelier::Testing::ScratchDatabase;
using Atelier::Testing::waitSettled;

/// The analytics workspace offscreen, on demo data: every view loads off the GUI thread and shows a chart
/// and a table of the numbers the engine computes; exports, the funnel editor, the segment builder and
/// the report export work as a person would use them.
class TestAnalyticsPage final : public QObject
{
    Q_OBJECT
private:
    static QDateTime demoEnd() { return QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC); }

    static bool fill(const DatabaseUrl &url)
    {
        return Testing::fillDemo(url, 80000, 150, 2, demoEnd());
    }

    /// Opens the console on the analytics page, brand linea-home, April and May 2026.
    static bool open(MainWindow &window)
    {
        window.resize(1280, 860);
        window.show();
        if (!QTest::qWaitFor([&] { return !window.isLoadingSession() && window.brands()->rowCount() >= 12; }, 20000))
            return false;
        window.dateRange()->setRange(QDate(2026, 4, 1), QDate(2026, 6, 1));
        return window.selectBrand(QStringLiteral("linea-home")) && window.showPage(QStringLiteral("analytics"));
    }

    static bool waitLoaded(AnalysisView *view)
    {
        return QTest::qWaitFor([&] { return !view->isLoading() && !view->sections().isEmpty(); }, 30000);
    }

    QList<QUrl> m_opened; // what the export dialog asked the desktop to open

public slots:
    /// The desktop's handler of file: addresses while a test stands in for it (not a test function: public).
    void openUrl(const QUrl &url) { m_opened.append(url); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AtelierTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_analyticspage"));
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        AppSettings::setLanguage(QStringLiteral("en"));
        Language::apply(QStringLiteral("en"));
    }

    void tableModel()
    {
        ReportTable table;
        table.columns = {QStringLiteral("Name"), QStringLiteral("Users"), QStringLiteral("Rate")};
        table.keys = {QStringLiteral("name"), QStringLiteral("users"), QStringLiteral("rate")};
        table.decimals = {0, 0, 1};
        table.percent = {false, false, true};
        table.rows = {{QStringLiteral("b"), qint64(1200), 0.25}, {QStringLiteral("a"), qint64(30), QVariant()}};
        ReportTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(table);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("1,200"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("25.0%"));
        QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Rate"));
        QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight, Qt::AlignRight);
        // Sorted by raw value, numbers sort as numbers.
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(ReportTableModel::RawValueRole);
        sorted.sort(1);
        QCOMPARE(sorted.index(0, 0).data().toString(), QStringLiteral("a"));
        model.setTable({});
        QCOMPARE(model.rowCount(), 0);
    }

    void lineChartDownsamples()
    {
        LineChartView view;
        view.resize(900, 400);
        ReportChart chart;
        chart.kind = ReportChart::Kind::Lines;
        chart.series = {{QStringLiteral("s"), {}}};
        chart.categories = {QStringLiteral("0"), QStringLiteral("1")};
        view.setReportChart(chart);
        view.show();
        QList<QPointF> points;
        points.reserve(1000000);
        for (int i = 0; i < 1000000; ++i)
            points.append(QPointF(i, double((qint64(i) * 7919) % 1000)));
        view.setSeriesPoints(0, points);
        // Qt Charts gets no more points than the plot has pixels.
        QVERIFY(view.shownPoints(0) > 2);
        QVERIFY(view.shownPoints(0) <= 900);
    }

    void everyViewShowsItsNumbers_data() { ScratchDatabase::addDialectRows(); }
    void everyViewShowsItsNumbers()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url()));
        MainWindow window(scratch.url());
        QVERIFY(open(window));
        auto *page = qobject_cast<AnalyticsPage *>(window.page(QStringLiteral("analytics")));
        QVERIFY(page);
        for (const QString &analysis : AnalysisReports::analyses()) {
            QVERIFY(page->showAnalysis(analysis));
            AnalysisView *view = page->currentView();
            QVERIFY(view);
            QCOMPARE(view->analysis(), analysis);
            // The parts come on screen one per turn of the event loop; loaded() says when the last one is.
            qsizetype partsWhenLoaded = -1;
            const auto counting = connect(view, &AnalysisView::loaded, this, [&] { partsWhenLoaded = view->sections().size(); });
            QVERIFY2(waitLoaded(view), qPrintable(analysis + QStringLiteral(": ") + view->statusText()));
            disconnect(counting);
            QCOMPARE(partsWhenLoaded, view->sections().size());
            for (SectionWidget *section : view->sections()) {
                // Every table is a well-behaved model, and every control has an accessible name.
                QAbstractItemModelTester tester(section->tableView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
                for (QWidget *w : section->findChildren<QWidget *>())
                    if (w->focusPolicy() != Qt::NoFocus && w->isVisibleTo(section) && qobject_cast<QAbstractButton *>(w))
                        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(analysis + QStringLiteral(": ") + w->objectName()));
                if (section->section().chart.kind != ReportChart::Kind::None) {
                    section->showTable(true);
                    QVERIFY(section->isShowingTable());
                    section->showTable(false);
                    QVERIFY(!section->isShowingTable());
                }
            }
            // The comments panel discusses this view.
            QCOMPARE(page->commentKey(), QStringLiteral("analytics/") + analysis);
        }

        // An annotation on a chart (a series and an x value) is drawn over it where the view shows it.
        {
            QVERIFY(page->showAnalysis(QStringLiteral("anomalies")));
            AnalysisView *anomalies = page->currentView();
            QVERIFY(waitLoaded(anomalies));
            const ReportSection &part = anomalies->sections().first()->section();
            auto db = Database::open(scratch.url());
            const auto added = CommentService::annotate(db.value(), {QStringLiteral("analytics_chart"), QStringLiteral("linea-home/analytics/anomalies")},
                                                        QStringLiteral("issue"),
                                                        QJsonObject{{QStringLiteral("series"), part.id}, {QStringLiteral("x"), part.chart.categories.at(3)}},
                                                        QStringLiteral("Tracking was down that morning"), QStringLiteral("linea-home"));
            QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
            anomalies->reload();
            QTRY_COMPARE_WITH_TIMEOUT(anomalies->sections().first()->section().chart.notes.size(), 1, 20000);
            const ChartNote note = anomalies->sections().first()->section().chart.notes.first();
            QCOMPARE(note.index, 3);
            QVERIFY(note.text.contains(QStringLiteral("Tracking was down")));
        }

        // The funnel view's table holds what the engine computes for the same brand and range.
        QVERIFY(page->showAnalysis(QStringLiteral("funnel")));
        AnalysisView *funnel = page->currentView();
        auto db = Database::open(scratch.url());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("linea-home"));
        const auto expected = FunnelService::compute(db.value(), brand.value(), QDate(2026, 4, 1), QDate(2026, 6, 1),
                                                     AnalysisReports::standardFunnel());
        QVERIFY(expected.ok());
        QAbstractItemModel *steps = funnel->sections().first()->tableView()->model();
        QCOMPARE(steps->rowCount(), expected->steps.size());
        for (int k = 0; k < expected->steps.size(); ++k)
            QCOMPARE(steps->index(k, 2).data(ReportTableModel::RawValueRole).toLongLong(), expected->steps.at(k).users);

        // A newer request drops the older: change the range twice at once; what shows is the last range.
        window.dateRange()->setRange(QDate(2026, 3, 1), QDate(2026, 4, 1));
        window.dateRange()->setRange(QDate(2026, 5, 1), QDate(2026, 6, 1));
        QVERIFY(waitLoaded(funnel));
        QTRY_VERIFY(!funnel->isLoading());
        const auto may = FunnelService::compute(db.value(), brand.value(), QDate(2026, 5, 1), QDate(2026, 6, 1),
                                                AnalysisReports::standardFunnel());
        QTRY_COMPARE(funnel->sections().first()->tableView()->model()->index(0, 2).data(ReportTableModel::RawValueRole).toLongLong(),
                     may->steps.first().users);
        // Cancel stops it and says so; its answer, if it comes, is dropped.
        funnel->reload();
        funnel->cancel();
        QVERIFY(!funnel->isLoading());
        QVERIFY(funnel->statusText().startsWith(QStringLiteral("Cancelled")));
        // The cancelled work ends on the analysis pool; once the pool is idle and what it posted is delivered, an
        // answer that was not dropped would have shown.
        QTRY_COMPARE_WITH_TIMEOUT(analysisPool()->activeThreadCount(), 0, 20000);
        QCoreApplication::sendPostedEvents();
        QVERIFY(!funnel->isLoading());
        QVERIFY(funnel->statusText().startsWith(QStringLiteral("Cancelled")));
    }

    void exportsChartsAndTables_data() { ScratchDatabase::addDialectRows(); }
    void exportsChartsAndTables()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url()));
        MainWindow window(scratch.url());
        QVERIFY(open(window));
        auto *page = qobject_cast<AnalyticsPage *>(window.page(QStringLiteral("analytics")));
        QVERIFY(page->showAnalysis(QStringLiteral("channels")));
        QVERIFY(waitLoaded(page->currentView()));
        SectionWidget *section = page->currentView()->sections().first();
        // Drawn on the GUI thread, encoded and written on the pool: the section says when it is done.
        QSignalSpy exported(section, &SectionWidget::exportFinished);
        for (const char *suffix : {"png", "svg", "csv"}) {
            const QString path = scratch.folder() + QStringLiteral("/channels.") + QLatin1String(suffix);
            section->exportTo(path);
            QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, 10000);
            const QList<QVariant> answer = exported.takeFirst();
            QCOMPARE(answer.at(0).toString(), path);
            QVERIFY2(answer.at(1).toString().isEmpty(), qPrintable(answer.at(1).toString()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (QLatin1String(suffix) == QLatin1String("png"))
                QVERIFY(bytes.startsWith("\x89PNG"));
            if (QLatin1String(suffix) == QLatin1String("svg"))
                QVERIFY(bytes.contains("<svg"));
            if (QLatin1String(suffix) == QLatin1String("csv"))
                QVERIFY(bytes.startsWith("channel,users,sessions,conversions"));
        }
        section->exportTo(scratch.folder() + QStringLiteral("/channels.bmp"));
        QTRY_COMPARE(exported.size(), 1);
        const QString wrong = exported.takeFirst().at(1).toString();
        QVERIFY(wrong.contains(QStringLiteral(".png")));
        QVERIFY(!QFile::exists(scratch.folder() + QStringLiteral("/channels.bmp")));
        // Copy puts the table on the clipboard as the view shows it.
        section->showTable(true);
        section->copy();
        QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("channel\tUsers\tSessions")));

        // File → Export report works from any page, on the toolbar's brand and range.
        {
            MainWindow other(scratch.url());
            QVERIFY(open(other));
            QVERIFY(other.showPage(QStringLiteral("overview")));
            QAction *exportAction = nullptr;
            for (QAction *a : other.findChildren<QAction *>())
                if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
                    exportAction = a;
            QVERIFY(exportAction);
            exportAction->trigger();
            auto *opened = other.findChild<ExportReportDialog *>();
            QVERIFY(opened);
            QVERIFY(opened->message().isEmpty());
            opened->close();
        }
        // File → Export report, as PDF, off the GUI thread, then opened again.
        ExportReportDialog dialog(ViewContext{scratch.url(), QStringLiteral("linea-home"), QDate(2026, 4, 1), QDate(2026, 6, 1)}, {},
                                  QStringLiteral("channels"), &window);
        const QString pdfPath = scratch.folder() + QStringLiteral("/report.pdf");
        dialog.setPath(pdfPath);
        QSignalSpy done(&dialog, &ExportReportDialog::finishedExport);
        dialog.start();
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toBool(), qPrintable(dialog.message()));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(pdfPath), QPdfDocument::Error::None);
        QVERIFY(pdf.pageCount() >= 14);
        // Written: Open gives the report to the desktop's PDF reader, Show in folder opens its folder.
        auto *openReport = dialog.findChild<QPushButton *>(QStringLiteral("openReport"));
        auto *showFolder = dialog.findChild<QPushButton *>(QStringLiteral("showReportFolder"));
        QVERIFY(openReport && showFolder);
        QVERIFY(!openReport->isHidden() && !showFolder->isHidden());
        QCOMPARE(dialog.writtenPath(), QFileInfo(pdfPath).absoluteFilePath());
        m_opened.clear();
        QDesktopServices::setUrlHandler(QStringLiteral("file"), this, "openUrl");
        openReport->click();
        showFolder->click();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(m_opened, (QList<QUrl>{QUrl::fromLocalFile(QFileInfo(pdfPath).absoluteFilePath()),
                                        QUrl::fromLocalFile(QFileInfo(pdfPath).absolutePath())}));
        // A file that is neither .pdf nor .csv is refused with a message.
        dialog.setPath(scratch.folder() + QStringLiteral("/report.txt"));
        dialog.start();
        QVERIFY(!dialog.message().isEmpty());
    }

    /// The default folder of reports is the Documents folder, made when missing; the home folder when it cannot be,
    /// and the dialog says so.
    void exportFolderMadeOrHome()
    {
        // A home of its own (test mode reads no user-dirs.dirs: Documents is $HOME/Documents).
        QTemporaryDir home;
        const QByteArray realHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        const QString documents = home.filePath(QStringLiteral("Documents"));
        QString problem;
        QCOMPARE(ExportReportDialog::defaultFolder(&problem), documents);
        QVERIFY(QFileInfo(documents).isDir());
        QVERIFY(problem.isEmpty());

        // Documents cannot be made (a file has its name): the home folder, said.
        QVERIFY(QDir(documents).removeRecursively());
        {
            QFile blocker(documents);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        QCOMPARE(ExportReportDialog::defaultFolder(&problem), QDir::homePath());
        QVERIFY2(problem.contains(documents), qPrintable(problem));
        QVERIFY(problem.contains(QStringLiteral("home folder")));
        {
            const ViewContext context{DatabaseUrl::sqliteFile(home.filePath(QStringLiteral("x.db"))), QStringLiteral("linea-home"),
                                      QDate(2026, 4, 1), QDate(2026, 6, 1)};
            ExportReportDialog dialog(context, {}, QStringLiteral("funnel"));
            QCOMPARE(dialog.message(), problem);
            QVERIFY(dialog.findChild<QLineEdit *>()->text().startsWith(home.path() + QLatin1Char('/')));
        }
        qputenv("HOME", realHome);
    }

    void savedFunnelsAndSegmentsReopen_data() { ScratchDatabase::addDialectRows(); }
    void savedFunnelsAndSegmentsReopen()
    {
        ATELIER_SCRATCH(scratch);
        QVERIFY(fill(scratch.url()));
        auto db = Database::open(scratch.url());
        const auto brand = BrandService::bySlug(db.value(), QStringLiteral("linea-home"));

        // The funnel editor refuses what the engine would, with the place of the problem.
        FunnelEditor editor({QStringLiteral("page_view"), QStringLiteral("signup"), QStringLiteral("purchase")});
        FunnelQuery query;
        query.steps = {{QStringLiteral("page_view"), {{QStringLiteral("country"), QStringLiteral("FR")}}},
                       {QStringLiteral("signup"), {}},
                       {QStringLiteral("purchase"), {}}};
        query.windowSeconds = 3 * 3600;
        query.breakdown = QStringLiteral("device");
        query.exclusions = {{QStringLiteral("signup"), 2, 3}};
        editor.setFunnel(QStringLiteral("French buyers"), query);
        QVERIFY(editor.check());
        const FunnelQuery read = editor.query();
        QCOMPARE(FunnelStore::toJson(read), FunnelStore::toJson(query));
        editor.stepsTable()->setItem(0, 1, new QTableWidgetItem(QStringLiteral("planet=Mars")));
        QVERIFY(!editor.check());
        QVERIFY(editor.problem().contains(QStringLiteral("Step 1")));
        QVERIFY(editor.problem().contains(QStringLiteral("planet")));
        // Saved, it reopens exactly as it was.
        QVERIFY(FunnelStore::save(db.value(), brand.value(), QStringLiteral("French buyers"), read).ok());
        const auto saved = FunnelStore::byName(db.value(), brand.value(), QStringLiteral("French buyers"));
        FunnelEditor reopened({QStringLiteral("page_view")});
        reopened.setFunnel(saved->name, saved->query);
        QVERIFY(reopened.check());
        QCOMPARE(FunnelStore::toJson(reopened.query()), FunnelStore::toJson(query));

        // The segment builder counts live and saves; reopened, its criteria are the same.
        const ViewContext context{scratch.url(), QStringLiteral("linea-home"), QDate(2026, 4, 1), QDate(2026, 6, 1)};
        SegmentBuilder builder(context);
        builder.setName(QStringLiteral("Buyers in France"));
        builder.addCondition(QJsonObject{{QStringLiteral("event"), QStringLiteral("purchase")}, {QStringLiteral("op"), QStringLiteral("at_least")},
                                         {QStringLiteral("count"), 1}, {QStringLiteral("within_days"), 30}});
        QSignalSpy counted(&builder, &SegmentBuilder::counted);
        QVERIFY(counted.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(builder.countText().contains(QStringLiteral("match")), 20000);
        const auto criteria = builder.criteria();
        QVERIFY(criteria.ok());
        const auto expected = SegmentService::count(db.value(), brand.value(), context.from, context.to, criteria.value());
        QVERIFY(expected.ok());
        QVERIFY(builder.countText().contains(QLocale().toString(expected.value())) || expected.value() == 1);
        QSignalSpy saved2(&builder, &SegmentBuilder::saved);
        builder.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        QVERIFY(saved2.wait(20000));
        const auto segments = SegmentService::list(db.value(), brand.value());
        QCOMPARE(segments->size(), 1);
        QCOMPARE(segments->first().criteria, criteria.value());
        SegmentBuilder again(context);
        again.setSegment(segments->first().name, segments->first().criteria);
        QCOMPARE(again.criteria().value(), criteria.value());
        // A bad value is refused with where it is.
        again.conditions()->setItem(1, 4, new QTableWidgetItem(QStringLiteral("many")));
        QVERIFY(!again.criteria().ok());
        QVERIFY(again.criteria().error().message.contains(QStringLiteral("Condition 2")));

        // Groups: (France or Germany) and a purchase, built in the form, reopen as they were.
        SegmentBuilder grouped(context);
        grouped.conditions()->setRowCount(0);
        grouped.addCondition(QJsonObject{{QStringLiteral("property"), QStringLiteral("country")}, {QStringLiteral("op"), QStringLiteral("eq")},
                                         {QStringLiteral("value"), QStringLiteral("FR")}},
                             1);
        grouped.addCondition(QJsonObject{{QStringLiteral("property"), QStringLiteral("country")}, {QStringLiteral("op"), QStringLiteral("eq")},
                                         {QStringLiteral("value"), QStringLiteral("DE")}},
                             1);
        grouped.addCondition(QJsonObject{{QStringLiteral("event"), QStringLiteral("purchase")}, {QStringLiteral("op"), QStringLiteral("at_least")},
                                         {QStringLiteral("count"), 1}},
                             2);
        auto *within = grouped.findChild<QComboBox *>(QStringLiteral("withinGroups"));
        within->setCurrentIndex(within->findData(QStringLiteral("any")));
        const auto tree = grouped.criteria();
        QVERIFY2(tree.ok(), tree.ok() ? "" : qPrintable(tree.error().message));
        const QJsonObject expectedTree{
            {QStringLiteral("all"),
             QJsonArray{QJsonObject{{QStringLiteral("any"),
                                     QJsonArray{QJsonObject{{QStringLiteral("property"), QStringLiteral("country")}, {QStringLiteral("op"), QStringLiteral("eq")}, {QStringLiteral("value"), QStringLiteral("FR")}},
                                                QJsonObject{{QStringLiteral("property"), QStringLiteral("country")}, {QStringLiteral("op"), QStringLiteral("eq")}, {QStringLiteral("value"), QStringLiteral("DE")}}}}},
                        QJsonObject{{QStringLiteral("any"),
                                     QJsonArray{QJsonObject{{QStringLiteral("event"), QStringLiteral("purchase")}, {QStringLiteral("op"), QStringLiteral("at_least")}, {QStringLiteral("count"), 1}}}}}}}};
        QCOMPARE(tree.value(), expectedTree);
        SegmentBuilder reopenedGroups(context);
        reopenedGroups.setSegment(QStringLiteral("FR or DE buyers"), tree.value());
        QCOMPARE(reopenedGroups.criteria().value(), expectedTree);
        QCOMPARE(reopenedGroups.conditions()->rowCount(), 3);
    }

    /// The pictures of docs/screenshots: every view on the demo data as a newcomer gets it (the last 30
    /// days), then a few in dark mode. Only with ATELIER_SCREENSHOT_DIR set.
    void screenshots()
    {
        const QString shots = qEnvironmentVariable("ATELIER_SCREENSHOT_DIR");
        if (shots.isEmpty())
            QSKIP("Set ATELIER_SCREENSHOT_DIR to take the screenshots of docs/screenshots.");
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        {
            auto db = Database::open(scratch.url());
            QVERIFY(Migrator::migrate(db.value()).ok());
            DemoOptions options;
            options.events = 400000;
            QVERIFY(DemoGenerator::generate(db.value(), options).ok());
        }
        MainWindow window(scratch.url());
        window.resize(1360, 900);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isLoadingSession() && window.brands()->rowCount() >= 12, 20000);
        QVERIFY(window.selectBrand(QStringLiteral("linea-home")));
        QVERIFY(window.showPage(QStringLiteral("analytics")));
        auto *page = qobject_cast<AnalyticsPage *>(window.page(QStringLiteral("analytics")));
        auto take = [&](const QString &analysis, const QString &file) {
            QVERIFY(page->showAnalysis(analysis));
            QVERIFY(waitLoaded(page->currentView()));
            if (analysis == QLatin1String("correlations")) { // open a pair, as a click on the matrix does: its sections join the matrix
                const qsizetype matrix = page->currentView()->sections().size();
                emit page->currentView()->sections().first()->chartActivated(5, 4);
                QTRY_VERIFY_WITH_TIMEOUT(page->currentView()->sections().size() > matrix, 30000);
            }
            QVERIFY(waitSettled(&window));
            QVERIFY(window.grab().save(shots + QLatin1Char('/') + file));
        };
        // Two segments, as an analyst saves them with the builder.
        {
            auto db = Database::open(scratch.url());
            const auto brand = BrandService::bySlug(db.value(), QStringLiteral("linea-home"));
            const QDate to = window.dateRange()->to(), from = window.dateRange()->from();
            QVERIFY(SegmentService::create(db.value(), brand.value(), from, to, QStringLiteral("French mobile visitors"),
                                           QJsonObject{{QStringLiteral("all"), QJsonArray{QJsonObject{{QStringLiteral("property"), QStringLiteral("country")}, {QStringLiteral("op"), QStringLiteral("eq")}, {QStringLiteral("value"), QStringLiteral("FR")}},
                                                                                         QJsonObject{{QStringLiteral("property"), QStringLiteral("device")}, {QStringLiteral("op"), QStringLiteral("eq")}, {QStringLiteral("value"), QStringLiteral("mobile")}}}}})
                        .ok());
            QVERIFY(SegmentService::create(db.value(), brand.value(), from, to, QStringLiteral("Repeat buyers"),
                                           QJsonObject{{QStringLiteral("all"), QJsonArray{QJsonObject{{QStringLiteral("event"), QStringLiteral("purchase")}, {QStringLiteral("op"), QStringLiteral("at_least")}, {QStringLiteral("count"), 2}}}}})
                        .ok());
            QVERIFY(SegmentService::create(db.value(), brand.value(), from, to, QStringLiteral("Visitors from email"),
                                           QJsonObject{{QStringLiteral("any"), QJsonArray{QJsonObject{{QStringLiteral("property"), QStringLiteral("channel")}, {QStringLiteral("op"), QStringLiteral("eq")}, {QStringLiteral("value"), QStringLiteral("email")}}}}})
                        .ok());
        }
        // An annotation, as a person leaves one on the anomalies chart (right click on a day).
        {
            QVERIFY(page->showAnalysis(QStringLiteral("anomalies")));
            QVERIFY(waitLoaded(page->currentView()));
            const ReportSection &part = page->currentView()->sections().first()->section();
            auto db = Database::open(scratch.url());
            QVERIFY(CommentService::annotate(db.value(), {QStringLiteral("analytics_chart"), QStringLiteral("linea-home/analytics/anomalies")},
                                             QStringLiteral("issue"),
                                             QJsonObject{{QStringLiteral("series"), part.id}, {QStringLiteral("x"), part.chart.categories.at(12)}},
                                             QStringLiteral("Newsletter sent twice that day"), QStringLiteral("linea-home"))
                        .ok());
        }
        for (const QString &analysis : AnalysisReports::analyses())
            take(analysis, QStringLiteral("analytics-%1.png").arg(analysis));
        // The segment builder with two groups, counting live, and the funnel editor.
        {
            SegmentBuilder builder(ViewContext{scratch.url(), QStringLiteral("linea-home"), window.dateRange()->from(), window.dateRange()->to()},
                                   &window);
            const QJsonObject tree{
                {QStringLiteral("all"),
                 QJsonArray{QJsonObject{{QStringLiteral("any"),
                                         QJsonArray{QJsonObject{{QStringLiteral("property"), QStringLiteral("country")}, {QStringLiteral("op"), QStringLiteral("eq")}, {QStringLiteral("value"), QStringLiteral("FR")}},
                                                    QJsonObject{{QStringLiteral("property"), QStringLiteral("country")}, {QStringLiteral("op"), QStringLiteral("eq")}, {QStringLiteral("value"), QStringLiteral("DE")}}}}},
                            QJsonObject{{QStringLiteral("any"),
                                         QJsonArray{QJsonObject{{QStringLiteral("event"), QStringLiteral("purchase")}, {QStringLiteral("op"), QStringLiteral("at_least")}, {QStringLiteral("count"), 1}, {QStringLiteral("within_days"), 30}}}}}}}};
            builder.setSegment(QStringLiteral("Buyers in France or Germany"), tree);
            builder.show();
            QSignalSpy counted(&builder, &SegmentBuilder::counted);
            QVERIFY(counted.wait(20000));
            QTRY_VERIFY_WITH_TIMEOUT(builder.countText().contains(QStringLiteral("match")), 20000);
            QVERIFY(builder.grab().save(shots + QStringLiteral("/analytics-segment-builder.png")));
            FunnelEditor editor({QStringLiteral("page_view"), QStringLiteral("signup"), QStringLiteral("add_to_cart"), QStringLiteral("checkout"),
                                 QStringLiteral("purchase"), QStringLiteral("refund")},
                                &window);
            FunnelQuery query = AnalysisReports::standardFunnel();
            query.steps[0].filters = {{QStringLiteral("channel"), QStringLiteral("email")}};
            query.breakdown = QStringLiteral("device");
            query.windowSeconds = 7 * 86400;
            editor.setFunnel(QStringLiteral("Email buyers"), query);
            editor.show();
            QVERIFY(waitSettled(&editor));
            QVERIFY(editor.grab().save(shots + QStringLiteral("/analytics-funnel-editor.png")));
        }
        QVERIFY(window.showPage(QStringLiteral("overview")));
        auto *overview = qobject_cast<OverviewPage *>(window.page(QStringLiteral("overview")));
        QVERIFY(overview);
        QTRY_VERIFY_WITH_TIMEOUT(!overview->isLoading() && overview->model()->rowCount() > 0, 30000);
        QVERIFY(waitSettled(&window));
        QVERIFY(window.grab().save(shots + QStringLiteral("/overview.png")));
        QVERIFY(window.showPage(QStringLiteral("analytics")));
        Theme::apply(QStringLiteral("dark"));
        for (const QString &analysis : {QStringLiteral("funnel"), QStringLiteral("retention"), QStringLiteral("anomalies")})
            take(analysis, QStringLiteral("analytics-%1-dark.png").arg(analysis));
        Theme::apply(QStringLiteral("light"));
    }
};

QTEST_MAIN(TestAnalyticsPage)
#include "tst_analyticspage.moc"
