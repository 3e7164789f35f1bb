// How long the GUI thread goes without returning to its event loop while a person uses the console: the real
// MainWindow (offscreen) opens every page, runs every analysis, switches the brand, opens every AI Studio tab and
// exports a report, on a SQLite demo of 1,000,000 events and, with --pg-url, a PostgreSQL demo of 10,000,000.
//
//   QT_QPA_PLATFORM=offscreen build/bin/bench_gui_stall [--events N] [--pg-url postgresql://…] [--pg-events N]
//                                                       [--keep] [--settle MS] [--no-sqlite]
//
// How a stall is measured: a 1 ms precise QTimer runs all along; the gap between two of its timeouts is the time
// the GUI thread spent away from its event loop (a handler, a paint, a slot answering a worker), plus at most the
// timer's own millisecond. Every action is posted into the event loop (as a click would be), never called from
// outside it, and the bench waits in a QEventLoop (never QTest::qWait, which sleeps between rounds), so the gaps are
// the application's alone. The longest single event delivery (QApplication::notify at depth 0) names the receiver
// and the event type of the worst stall; for steps over 16 ms, what made up the longest stall is printed under the
// step: the time in event deliveries and the longest of them (a gap with little time in deliveries is a GUI thread
// that did not run: on 2 cores, the database and the analysis threads had them). Each step waits for its view's loaded signal, then a bounded settle
// (--settle, 300 ms) catches late repaints. Without --keep the databases are scratch ones (a temporary folder; a
// PostgreSQL database created and dropped); with --keep they are kept (/tmp/atelier-bench-gui-stall/, database
// atelier_gui_stall_<events>) and reused by the next run.
#include "ai/aistudiopage.h"
#include "ai/gallerymodel.h"
#include "ai/galleryview.h"
#include "ai/studioworkspace.h"
#include "analytics/analysisview.h"
#include "analytics/analyticspage.h"
#include "analytics/exportreportdialog.h"
#include "collaboration/inboxpage.h"
#include "collaboration/peoplepage.h"
#include "core/brandlistmodel.h"
#include "core/database.h"
#include "core/daterangeselector.h"
#include "core/language.h"
#include "core/mainwindow.h"
#include "core/migrator.h"
#include "core/sqldialect.h"
#include "core/theme.h"
#include "demo/demogenerator.h"
#include "overview/overviewpage.h"
#include "reports/analysisreports.h"
#include "residentmemory.h"
#include "scratchdatabase.h"
#include "security/auditpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Atelier;
using Atelier::Testing::adminExec;

namespace {

/// The longest single event delivery of the current step, with what it was.
struct LongestEvent
{
    double ms = 0;
    QString what;
};

LongestEvent g_longest;
int g_depth = 0;

/// An event delivery of 1 ms or more, kept until the next heartbeat: what a stall was made of.
struct GapEvent
{
    double ms = 0;
    const char *cls = nullptr;
    const char *parentCls = nullptr;
    QString objectName;
    QEvent::Type type = QEvent::None;
};
QList<GapEvent> g_gapEvents; // since the last heartbeat
int g_gapDeliveries = 0;      // every delivery since the last heartbeat, however short
double g_gapDeliveryMs = 0;   // and their time

QString describe(const char *cls, const char *parentCls, const QString &objectName, QEvent::Type type)
{
    static const QMetaEnum types = QMetaEnum::fromType<QEvent::Type>();
    const char *typeName = types.valueToKey(type);
    QString who = QString::fromLatin1(cls);
    if (!objectName.isEmpty())
        who += QLatin1Char('#') + objectName;
    if (parentCls)
        who += QStringLiteral(" in ") + QString::fromLatin1(parentCls);
    return who + QLatin1Char('/') + (typeName ? QString::fromLatin1(typeName) : QString::number(int(type)));
}

/// Times every top-level event delivery, so that a stall has a name.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (g_depth > 0)
            return QApplication::notify(receiver, event);
        ++g_depth;
        // What it is, taken before delivery (cheap: pointers and a shared string): the receiver may be gone after it.
        const char *cls = receiver->metaObject()->className();
        const char *parentCls = receiver->parent() ? receiver->parent()->metaObject()->className() : nullptr;
        const QString objectName = receiver->objectName();
        const QEvent::Type type = event->type();
        QElapsedTimer t;
        t.start();
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        --g_depth;
        if (ms > g_longest.ms)
            g_longest = {ms, describe(cls, parentCls, objectName, type)};
        ++g_gapDeliveries;
        g_gapDeliveryMs += ms;
        if (ms >= 1.0)
            g_gapEvents.append({ms, cls, parentCls, objectName, type});
        return result;
    }
};

/// The 1 ms heartbeat: the gaps between its timeouts are the stalls.
class Heartbeat final
{
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double gap = double(now - m_last) / 1e6;
            m_last = now;
            if (gap > m_max) {
                m_max = gap;
                // The longest stall so far: what it was made of, longest deliveries first.
                std::sort(g_gapEvents.begin(), g_gapEvents.end(), [](const GapEvent &a, const GapEvent &b) { return a.ms > b.ms; });
                // Much less time in deliveries than the gap: the thread was not running (2 busy cores), or in the
                // event dispatcher itself.
                m_parts = QStringLiteral("%1 ms in %2 deliveries (%3 of them ≥ 1 ms)")
                              .arg(g_gapDeliveryMs, 0, 'f', 1)
                              .arg(g_gapDeliveries)
                              .arg(g_gapEvents.size());
                for (qsizetype i = 0; i < std::min<qsizetype>(3, g_gapEvents.size()); ++i) {
                    const GapEvent &e = g_gapEvents.at(i);
                    m_parts += QStringLiteral("; %1 %2").arg(e.ms, 0, 'f', 1).arg(describe(e.cls, e.parentCls, e.objectName, e.type));
                }
            }
            g_gapEvents.clear();
            g_gapDeliveries = 0;
            g_gapDeliveryMs = 0;
            m_over16 += gap > 16.0;
            m_over50 += gap > 50.0;
            ++m_beats;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_max = 0;
        m_over16 = m_over50 = 0;
        m_beats = 0;
        m_parts.clear();
        g_longest = {};
        g_gapEvents.clear();
        g_gapDeliveries = 0;
        g_gapDeliveryMs = 0;
    }
    /// The event deliveries of the longest stall (those of 1 ms or more, longest first).
    QString parts() const { return m_parts; }
    double max() const { return m_max; }
    int over16() const { return m_over16; }
    int over50() const { return m_over50; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_max = 0;
    int m_over16 = 0;
    int m_over50 = 0;
    qint64 m_beats = 0;
    QString m_parts;
};

/// Runs the event loop until \a done or the timeout; true when done. Checks every 5 ms (from inside the loop).
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    bool ok = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return ok || done();
}

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

struct StepResult
{
    QString step;
    qint64 toLoadedMs = 0;
    double maxStall = 0;
    int over16 = 0;
    int over50 = 0;
    LongestEvent longest;
    QString parts; // what the longest stall was made of
    QString note;
};

class Runner
{
public:
    Runner(Heartbeat &beat, int settleMs) : m_beat(beat), m_settle(settleMs) {}

    /// Posts \a action into the event loop, waits for \a done, settles, and records the step.
    void step(const QString &name, const std::function<void()> &action, const std::function<bool()> &done, int timeoutMs = 180000)
    {
        m_beat.reset();
        QElapsedTimer wall;
        wall.start();
        bool ran = false;
        QTimer::singleShot(0, qApp, [&] {
            action();
            ran = true;
        });
        const bool ok = waitUntil([&] { return ran && done(); }, timeoutMs);
        StepResult r;
        r.step = name;
        r.toLoadedMs = wall.elapsed();
        if (!ok)
            r.note = QStringLiteral("not loaded after %1 s").arg(timeoutMs / 1000);
        if (!ran) { // the action never got its turn: the loop was stuck the whole time
            r.note = QStringLiteral("action never ran");
        }
        settle(m_settle);
        r.maxStall = m_beat.max();
        r.over16 = m_beat.over16();
        r.over50 = m_beat.over50();
        r.longest = g_longest;
        r.parts = m_beat.parts();
        if (m_note)
            r.note = r.note.isEmpty() ? m_note() : r.note + QStringLiteral("; ") + m_note();
        m_note = {};
        std::printf("  %-44s loaded %7lld ms  max stall %7.1f ms  >16 ms %3d  >50 ms %3d  longest event %6.1f ms %s%s%s\n",
                    qPrintable(r.step), r.toLoadedMs, r.maxStall, r.over16, r.over50, r.longest.ms, qPrintable(r.longest.what),
                    r.note.isEmpty() ? "" : "  NOTE ", qPrintable(r.note));
        if (r.maxStall > 16.0)
            std::printf("      longest stall: %s\n", qPrintable(r.parts));
        std::fflush(stdout);
        m_results.append(r);
    }
    /// A note computed after the step (an error text, say).
    void noteAfter(std::function<QString()> note) { m_note = std::move(note); }
    const QList<StepResult> &results() const { return m_results; }

private:
    Heartbeat &m_beat;
    int m_settle;
    QList<StepResult> m_results;
    std::function<QString()> m_note;
};

/// Opens, migrates and fills \a url with the demo when it holds no events; the number of events, or -1.
qint64 prepare(const DatabaseUrl &url, const QString &label, qint64 wanted)
{
    auto db = Database::open(url);
    if (!db) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(db.error().message));
        return -1;
    }
    if (auto m = Migrator::migrate(db.value()); !m) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(m.error().message));
        return -1;
    }
    QSqlQuery q(db.value());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM analytics_events")) || !q.next())
        return -1;
    const qint64 have = q.value(0).toLongLong();
    q.finish();
    if (have > 0) {
        std::printf("%s: reusing %lld events at %s\n", qPrintable(label), qlonglong(have), qPrintable(url.displayString()));
        return have;
    }
    std::printf("%s: generating %lld demo events at %s …\n", qPrintable(label), qlonglong(wanted), qPrintable(url.displayString()));
    std::fflush(stdout);
    DemoOptions options;
    options.events = wanted; // ending now: the toolbar's range shows data
    QElapsedTimer t;
    t.start();
    int lastShown = -1;
    auto report = DemoGenerator::generate(db.value(), options, [&](int percent) {
        if (percent / 5 != lastShown / 5 || lastShown < 0) {
            lastShown = percent;
            std::printf("  %3d%% after %.0f s\n", percent, double(t.elapsed()) / 1000);
            std::fflush(stdout);
        }
    });
    if (!report) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(report.error().message));
        return -1;
    }
    // What autovacuum would have done on a real installation by the time someone opens the console.
    if (SqlDialect::of(db.value()).isSqlite()) {
        q.exec(QStringLiteral("ANALYZE"));
    } else {
        q.exec(QStringLiteral("VACUUM ANALYZE analytics_events"));
        q.exec(QStringLiteral("ANALYZE"));
    }
    std::printf("%s: %lld events in %.1f s (ANALYZE included: %.1f s)\n", qPrintable(label), qlonglong(report->events),
                double(report->totalMilliseconds) / 1000, double(t.elapsed()) / 1000);
    std::fflush(stdout);
    return report->events;
}

/// Every step on one database; returns the results.
QList<StepResult> drive(const DatabaseUrl &url, Heartbeat &beat, int settleMs, const QString &exportFolder)
{
    Runner run(beat, settleMs);
    std::unique_ptr<MainWindow> window;
    OverviewPage *overview = nullptr;
    AnalyticsPage *analytics = nullptr;
    AiStudioPage *studio = nullptr;

    run.step(QStringLiteral("start: window, session, overview"),
             [&] {
                 window = std::make_unique<MainWindow>(url);
                 window->resize(1440, 900);
                 window->show();
                 overview = qobject_cast<OverviewPage *>(window->page(QStringLiteral("overview")));
                 // The other pages are built when first shown, inside their own step, as a click would.
             },
             [&] { return !window->isLoadingSession() && window->brands()->rowCount() > 0 && !overview->isLoading(); });
    const QList<Brand> brands = window->brands()->rows();
    if (brands.isEmpty())
        return run.results();
    QString brand = brands.first().slug, other = brands.size() > 1 ? brands.at(1).slug : brands.first().slug;
    for (const Brand &b : brands)
        if (b.slug == QLatin1String("linea-home"))
            brand = b.slug;
    if (other == brand)
        other = brands.first().slug;
    std::printf("  brands: %d; measured on %s (then %s), range %s – %s\n", int(brands.size()), qPrintable(brand), qPrintable(other),
                qPrintable(window->dateRange()->from().toString(Qt::ISODate)), qPrintable(window->dateRange()->to().toString(Qt::ISODate)));

    run.step(QStringLiteral("overview: brand ") + brand, [&] { window->selectBrand(brand); }, [&] { return !overview->isLoading(); });

    // Every page in sidebar order.
    const auto analysisDone = [&] {
        AnalysisView *v = analytics->currentView();
        return v && !v->isLoading() && (!v->sections().isEmpty() || !v->statusText().isEmpty());
    };
    for (const QString &name : window->pageNames()) {
        if (name == QLatin1String("overview")) {
            continue; // on screen since the start
        } else if (name == QLatin1String("analytics")) {
            run.step(QStringLiteral("open page analytics"), [&] {
                window->showPage(name);
                analytics = qobject_cast<AnalyticsPage *>(window->page(name));
            }, analysisDone);
        } else if (name == QLatin1String("ai-studio")) {
            bool loaded = false;
            QMetaObject::Connection c;
            run.step(QStringLiteral("open page ai-studio"), [&] {
                window->showPage(name); // builds the page; its workspace's load answers later
                studio = qobject_cast<AiStudioPage *>(window->page(name));
                c = QObject::connect(studio->workspace(), &StudioView::loaded, [&] { loaded = true; });
            }, [&] { return loaded; }, 60000);
            QObject::disconnect(c);
        } else if (name == QLatin1String("inbox")) {
            auto *p = qobject_cast<InboxPage *>(window->page(name)); // built with the window
            run.step(QStringLiteral("open page inbox"), [&] { window->showPage(name); }, [&] { return !p->isLoading(); });
        } else if (name == QLatin1String("people")) {
            PeoplePage *p = nullptr;
            run.step(QStringLiteral("open page people"), [&] {
                window->showPage(name);
                p = qobject_cast<PeoplePage *>(window->page(name));
            }, [&] { return !p->isBusy(); });
        } else if (name == QLatin1String("audit")) {
            bool loaded = false;
            QMetaObject::Connection c;
            run.step(QStringLiteral("open page audit"), [&] {
                window->showPage(name);
                c = QObject::connect(qobject_cast<AuditPage *>(window->page(name)), &AuditPage::pageLoaded, [&] { loaded = true; });
            }, [&] { return loaded; }, 60000);
            QObject::disconnect(c);
        } else {
            run.step(QStringLiteral("open page ") + name, [&] { window->showPage(name); }, [] { return true; });
        }
    }

    // Every analysis, on the analytics page.
    run.step(QStringLiteral("back to analytics"), [&] { window->showPage(QStringLiteral("analytics")); }, analysisDone);
    for (const QString &analysis : AnalysisReports::analyses()) {
        run.noteAfter([&] {
            AnalysisView *v = analytics->currentView();
            return v && v->sections().isEmpty() ? v->statusText() : QString();
        });
        run.step(QStringLiteral("analysis ") + analysis, [&] { analytics->showAnalysis(analysis); }, analysisDone);
    }
    run.step(QStringLiteral("analytics (experiments): brand ") + other, [&] { window->selectBrand(other); }, analysisDone);
    run.step(QStringLiteral("analysis funnel, brand ") + other, [&] { analytics->showAnalysis(QStringLiteral("funnel")); }, analysisDone);
    run.step(QStringLiteral("analytics (funnel): brand ") + brand, [&] { window->selectBrand(brand); }, analysisDone);
    run.step(QStringLiteral("overview again"), [&] { window->showPage(QStringLiteral("overview")); }, [&] { return !overview->isLoading(); });
    run.step(QStringLiteral("overview: brand ") + other, [&] { window->selectBrand(other); }, [&] { return !overview->isLoading(); });
    run.step(QStringLiteral("overview: brand ") + brand, [&] { window->selectBrand(brand); }, [&] { return !overview->isLoading(); });

    // Every AI Studio tab.
    {
        bool loaded = false;
        auto c = QObject::connect(studio->workspace(), &StudioView::loaded, [&] { loaded = true; });
        // Same brand and dates: the gallery keeps what it holds, unless it was still fetching.
        GalleryModel *gallery = studio->workspace()->gallery()->model();
        run.step(QStringLiteral("ai-studio again"), [&] { window->showPage(QStringLiteral("ai-studio")); },
                 [&] { return loaded || !gallery->isFetching(); }, 60000);
        QObject::disconnect(c);
    }
    for (const QString &name : AiStudioPage::viewNames()) {
        if (name == QLatin1String("studio"))
            continue; // the workspace, on screen
        bool loaded = false;
        QString failure;
        QMetaObject::Connection c1, c2;
        run.noteAfter([&] { return failure; });
        // A tab's view is built on its first show: inside the step, as a click on the tab would.
        run.step(QStringLiteral("ai-studio tab ") + name,
                 [&] {
                     StudioView *v = studio->view(name);
                     c1 = QObject::connect(v, &StudioView::loaded, [&] { loaded = true; });
                     c2 = QObject::connect(v, &StudioView::failed, [&](const QString &m) {
                         loaded = true;
                         failure = m;
                     });
                     studio->showView(name);
                 },
                 [&] { return loaded; }, 60000);
        QObject::disconnect(c1);
        QObject::disconnect(c2);
    }
    {
        bool loaded = false;
        auto c = QObject::connect(studio->workspace(), &StudioView::loaded, [&] { loaded = true; });
        run.step(QStringLiteral("ai-studio: brand ") + other, [&] { studio->showView(QStringLiteral("studio")); window->selectBrand(other); },
                 [&] { return loaded; }, 60000);
        QObject::disconnect(c);
    }

    // File → Export report (PDF, the dialog's default analyses) from the analytics page.
    run.step(QStringLiteral("analytics again"), [&] { window->showPage(QStringLiteral("analytics")); }, analysisDone);
    {
        bool finished = false;
        bool exportOk = false;
        QString message;
        run.noteAfter([&] { return exportOk ? QString() : message; });
        run.step(QStringLiteral("export report (PDF)"),
                 [&] {
                     analytics->exportReport(window->context());
                     auto *dialog = analytics->findChild<ExportReportDialog *>();
                     if (!dialog) {
                         finished = true;
                         message = QStringLiteral("no export dialog");
                         return;
                     }
                     QObject::connect(dialog, &ExportReportDialog::finishedExport, [&, dialog](bool ok) {
                         finished = true;
                         exportOk = ok;
                         message = dialog->message();
                     });
                     dialog->setPath(QDir(exportFolder).filePath(QStringLiteral("report.pdf")));
                     dialog->start();
                 },
                 [&] { return finished; }, 300000);
        if (auto *dialog = analytics->findChild<ExportReportDialog *>()) {
            dialog->close();
            std::printf("  report: %lld bytes\n", qlonglong(QFileInfo(QDir(exportFolder).filePath(QStringLiteral("report.pdf"))).size()));
        }
    }

    window.reset();
    QThreadPool::globalInstance()->waitForDone();
    Database::closeThreadConnections();
    return run.results();
}

void printTable(const QString &label, const QList<StepResult> &results)
{
    std::printf("\n%s\n\n", qPrintable(label));
    std::printf("| step | to loaded ms | longest stall ms | stalls > 16 ms | > 50 ms | longest single event |\n");
    std::printf("| --- | ---: | ---: | ---: | ---: | --- |\n");
    const StepResult *worst = nullptr;
    int over16 = 0, over50 = 0;
    for (const StepResult &r : results) {
        std::printf("| %s%s | %lld | %.1f | %d | %d | %.1f ms %s |\n", qPrintable(r.step), r.note.isEmpty() ? "" : qPrintable(QStringLiteral(" (") + r.note + QLatin1Char(')')),
                    r.toLoadedMs, r.maxStall, r.over16, r.over50, r.longest.ms, qPrintable(r.longest.what));
        over16 += r.over16;
        over50 += r.over50;
        if (!worst || r.maxStall > worst->maxStall)
            worst = &r;
    }
    if (worst)
        std::printf("| **overall** | | **%.1f** (%s) | %d | %d | |\n", worst->maxStall, qPrintable(worst->step), over16, over50);
    std::printf("\nTarget: no stall over 50 ms. Steps over it: ");
    bool any = false;
    for (const StepResult &r : results)
        if (r.maxStall > 50.0) {
            std::printf("%s%s (%.1f ms)", any ? ", " : "", qPrintable(r.step), r.maxStall);
            any = true;
        }
    std::printf("%s\n", any ? "" : "none");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("Atelier"));
    app.setApplicationName(QStringLiteral("AtelierBenchGuiStall"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Longest time the GUI thread stays away from its event loop while the console is used."));
    parser.addOptions({{QStringLiteral("events"), QStringLiteral("Events of the SQLite demo."), QStringLiteral("n"), QStringLiteral("1000000")},
                       {QStringLiteral("pg-url"), QStringLiteral("PostgreSQL server (admin URL): also run there."), QStringLiteral("url")},
                       {QStringLiteral("pg-events"), QStringLiteral("Events of the PostgreSQL demo."), QStringLiteral("n"), QStringLiteral("10000000")},
                       {QStringLiteral("keep"), QStringLiteral("Keep the demo databases and reuse them next time.")},
                       {QStringLiteral("no-sqlite"), QStringLiteral("Leave SQLite out.")},
                       {QStringLiteral("settle"), QStringLiteral("Milliseconds to keep measuring after each step's load."), QStringLiteral("ms"),
                        QStringLiteral("300")}});
    parser.addHelpOption();
    parser.process(app);
    const bool keep = parser.isSet(QStringLiteral("keep"));
    const int settleMs = parser.value(QStringLiteral("settle")).toInt();

    // Settings and caches of this run only.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir home;
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toUtf8());
    Language::apply(QStringLiteral("en"));
    Theme::apply(QStringLiteral("light"));

    Heartbeat beat;
    struct Run
    {
        QString label;
        DatabaseUrl url;
        qint64 events = 0;
        QString dropPg; // scratch PostgreSQL database to drop at the end
    };
    QList<Run> runs;
    const QString keepFolder = QStringLiteral("/tmp/atelier-bench-gui-stall");
    if (!parser.isSet(QStringLiteral("no-sqlite"))) {
        const qint64 n = parser.value(QStringLiteral("events")).toLongLong();
        QString path;
        if (keep) {
            QDir().mkpath(keepFolder);
            path = QDir(keepFolder).filePath(QStringLiteral("sqlite-%1.db").arg(n));
        } else {
            path = home.filePath(QStringLiteral("atelier.db"));
        }
        runs.append({QStringLiteral("SQLite"), DatabaseUrl::sqliteFile(path), n, {}});
    }
    if (parser.isSet(QStringLiteral("pg-url"))) {
        auto admin = DatabaseUrl::parse(parser.value(QStringLiteral("pg-url")));
        if (!admin) {
            std::fprintf(stderr, "%s\n", qPrintable(admin.error().message));
            return 2;
        }
        const qint64 n = parser.value(QStringLiteral("pg-events")).toLongLong();
        const QString name = keep ? QStringLiteral("atelier_gui_stall_%1").arg(n)
                                  : QStringLiteral("atelier_gui_stall_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
        const QString error = adminExec(admin.value(), QStringLiteral("CREATE DATABASE %1").arg(name));
        if (!error.isEmpty() && !(keep && error.contains(QLatin1String("already exists")))) {
            std::fprintf(stderr, "cannot create the PostgreSQL database %s: %s\n", qPrintable(name), qPrintable(error));
            return 1;
        }
        DatabaseUrl url = admin.value();
        url.database = name;
        runs.append({QStringLiteral("PostgreSQL"), url, n, keep ? QString() : name});
    }

    int status = 0;
    for (Run &r : runs) {
        const qint64 events = prepare(r.url, r.label, r.events);
        Database::closeThreadConnections();
        if (events < 0) {
            status = 1;
            continue;
        }
        std::printf("%s: driving the console (settle %d ms after each step) …\n", qPrintable(r.label), settleMs);
        std::fflush(stdout);
        const long rssBefore = Bench::rssKiB();
        const QList<StepResult> results = drive(r.url, beat, settleMs, home.path());
        printTable(QStringLiteral("%1, %2 events (%3); RSS %4 → %5 MB").arg(r.label, QLocale(QLocale::English).toString(events), r.url.displayString())
                       .arg(double(rssBefore) / 1024, 0, 'f', 1).arg(double(Bench::rssKiB()) / 1024, 0, 'f', 1),
                   results);
    }
    for (const Run &r : runs)
        if (!r.dropPg.isEmpty()) {
            auto admin = DatabaseUrl::parse(parser.value(QStringLiteral("pg-url")));
            adminExec(admin.value(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(r.dropPg));
        }
    return status;
}
