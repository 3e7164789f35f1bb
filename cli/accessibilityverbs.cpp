// The verbs of the accessibility audit: accessibility audit (the console's pages, offscreen) and accessibility history.
#include "output.h"
#include "verb.h"

#include "ai/generationqueue.h"
#include "core/accessibilityaudit.h"
#include "core/accessibilityreports.h"
#include "core/accessibilitytour.h"
#include "core/language.h"
#include "core/mainwindow.h"
#include "core/page.h"
#include "core/pools.h"
#include "core/settingsdialog.h"
#include "core/theme.h"
#include "analytics/eventtypes.h"
#include "analytics/exportreportdialog.h"
#include "analytics/funneleditor.h"
#include "analytics/segmentbuilder.h"
#include "reports/analysisreports.h"
#include "core/brandlistmodel.h"
#include "workflows/workflowrunner.h"

#include <QApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStyle>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>

namespace Atelier::Cli {

namespace {

const QString kShell = AccessibilityTour::shellName();
const QString kSettings = QStringLiteral("settings-dialog");
const QString kExport = QStringLiteral("export-report-dialog");
const QString kFunnel = QStringLiteral("funnel-editor");
const QString kSegment = QStringLiteral("segment-builder");

/// Runs the event loop until \a done (checked every 20 ms) or \a timeoutMs; whether it was done.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

/// Waits until the views have their data: no work in the pools for a few polls in a row, layouts done.
bool waitSettled(int timeoutMs)
{
    int quiet = 0;
    return waitUntil(
        [&] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            const bool idle = workPool()->activeThreadCount() == 0 && analysisPool()->activeThreadCount() == 0;
            quiet = idle ? quiet + 1 : 0;
            return quiet >= 5;
        },
        timeoutMs);
}

QtMessageHandler g_previousHandler = nullptr;

/// The offscreen platform says on every window it shows that it cannot propagate size hints: nothing for people.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("This plugin does not support")))
        return;
    g_previousHandler(type, context, message);
}

/// The theme and language of the application, put back when the audit ends (tests run it in-process).
class Restore final
{
public:
    Restore() : m_language(Language::current()), m_style(QApplication::style()->name()), m_palette(QApplication::palette())
    {
        g_previousHandler = qInstallMessageHandler(quietHandler);
    }
    ~Restore()
    {
        qInstallMessageHandler(g_previousHandler);
        Language::apply(m_language);
        QApplication::setStyle(m_style);
        QApplication::setPalette(m_palette);
    }
    Restore(const Restore &) = delete;
    Restore &operator=(const Restore &) = delete;

private:
    QString m_language;
    QString m_style;
    QPalette m_palette;
};

int audit(Context &c)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(CommandLine::tr("accessibility audit opens the console's windows: it needs a graphical application (run it "
                                    "through the atelier program)."));
    const QStringList pages = MainWindow::availablePages() + QStringList{kShell, kSettings, kExport, kFunnel, kSegment};
    if (c.isSet(QStringLiteral("page")) && c.isSet(QStringLiteral("all")))
        return fail(CommandLine::tr("Give either --page or --all, not both."), 2);
    QStringList chosen = pages;
    if (c.isSet(QStringLiteral("page"))) {
        const QString page = c.value(QStringLiteral("page"));
        if (!pages.contains(page))
            return fail(CommandLine::tr("--page: \"%1\" is not a page; the pages are %2.").arg(page, pages.join(QLatin1String(", "))), 2);
        chosen = {page};
    }
    const QString theme = c.value(QStringLiteral("theme"));
    if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return fail(CommandLine::tr("--theme: \"%1\" is not a theme; give light or dark.").arg(theme), 2);
    const QString language = c.isSet(QStringLiteral("language")) ? c.value(QStringLiteral("language")) : Language::current();
    if (!Language::available().contains(language))
        return fail(CommandLine::tr("--language: \"%1\" is not a language of Atelier; give one of %2.")
                        .arg(language, Language::available().join(QLatin1String(", "))),
                    2);

    const Restore restore;
    Language::apply(language);
    Theme::apply(theme);
    auto window = std::make_unique<MainWindow>(c.url);
    // An audit looks; it runs nobody's generations or workflows.
    for (GenerationQueue *queue : window->findChildren<GenerationQueue *>())
        queue->stop();
    for (WorkflowRunner *runner : window->findChildren<WorkflowRunner *>())
        runner->setHeld(true);
    window->resize(1024, 700); // the size every view is checked at (CONTRIBUTING.md)
    window->show();
    if (!waitUntil([&] { return !window->isLoadingSession(); }, 120000))
        return fail(CommandLine::tr("The console did not finish opening %1 within two minutes.").arg(c.url.displayString()));
    if (c.brand && !window->selectBrand(c.brand->slug))
        return fail(CommandLine::tr("The console does not show brand \"%1\".").arg(c.brand->slug));

    QList<AccessibilityReport> reports;
    const int settleMs = 60000;
    // A dialog of the console, shown over the window as it would be.
    const auto auditDialog = [&](QDialog &dialog, const QString &name) {
        dialog.show();
        waitSettled(settleMs);
        reports.append(AccessibilityAudit::audit(&dialog, name));
        dialog.close();
    };
    // The pages, their views and the window's frame, stop by stop (AccessibilityTour), then the dialogs.
    QStringList tourPages;
    for (const QString &name : std::as_const(chosen))
        if (name == kShell || MainWindow::availablePages().contains(name))
            tourPages.append(name);
    AccessibilityTour tour(window.get(), tourPages);
    for (const QString &stop : tour.stops()) {
        if (!tour.show(stop))
            continue;
        waitSettled(settleMs);
        reports.append(tour.audit(stop));
    }
    tour.finish();
    for (const QString &name : std::as_const(chosen)) {
        if (name == kSettings) {
            SettingsDialog dialog(c.url.toString(), Language::current(), window.get());
            auditDialog(dialog, name);
        } else if (name == kExport) {
            ExportReportDialog dialog(window->context(), ReportOptions{}, AnalysisReports::analyses().value(0), window.get());
            auditDialog(dialog, name);
        } else if (name == kFunnel) {
            FunnelEditor dialog(EventTypes::standard(), window.get());
            auditDialog(dialog, name);
        } else if (name == kSegment) {
            SegmentBuilder dialog(window->context(), window.get());
            auditDialog(dialog, name);
        }
    }

    if (c.isSet(QStringLiteral("save"))) {
        for (const AccessibilityReport &report : std::as_const(reports)) {
            const QJsonObject found = AccessibilityTour::storedJson(report, theme, language);
            if (auto stored = AccessibilityReports::record(c.db, report.page, report.score, found); !stored)
                return fail(stored.error().message);
        }
    }

    if (c.json()) {
        QJsonArray list;
        for (const AccessibilityReport &report : std::as_const(reports))
            list.append(report.toJson(true)); // with the controls and the Tab order, which tests/accessibility/atspi_check.py compares
        printJson(QJsonObject{{QStringLiteral("theme"), theme},
                              {QStringLiteral("language"), language},
                              {QStringLiteral("saved"), c.isSet(QStringLiteral("save"))},
                              {QStringLiteral("reports"), list}});
        return 0;
    }
    QList<QStringList> scores, issues;
    for (const AccessibilityReport &report : std::as_const(reports)) {
        scores.append({report.page, QString::number(report.score, 'f', 1), QString::number(report.issues.size())});
        for (const AccessibilityIssue &issue : report.issues)
            issues.append({report.page, issue.rule, QString::number(issue.impact), issue.message, issue.widget});
    }
    printRows({QStringLiteral("page"), QStringLiteral("score"), QStringLiteral("issues")},
              {CommandLine::tr("Page"), CommandLine::tr("Score"), CommandLine::tr("Issues")}, scores, false);
    if (!issues.isEmpty()) {
        out() << '\n';
        printRows({QStringLiteral("page"), QStringLiteral("rule"), QStringLiteral("impact"), QStringLiteral("message"), QStringLiteral("widget")},
                  {CommandLine::tr("Page"), CommandLine::tr("Rule"), CommandLine::tr("Impact"), CommandLine::tr("Message"),
                   CommandLine::tr("Widget")},
                  issues, false);
    }
    return 0;
}

int history(Context &c)
{
    auto limit = c.integer(QStringLiteral("limit"), 100, 1, 10000);
    if (!limit)
        return fail(limit.error().message, 2);
    auto reports = AccessibilityReports::list(c.db, c.value(QStringLiteral("page")), int(limit.value()));
    if (!reports)
        return fail(reports.error().message);
    if (c.json()) {
        QJsonArray list;
        for (const StoredAccessibilityReport &r : reports.value())
            list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("page"), r.page},
                                    {QStringLiteral("score"), r.score},
                                    {QStringLiteral("found"), r.issues},
                                    {QStringLiteral("user_id"), r.userId},
                                    {QStringLiteral("created"), r.created.toString(Qt::ISODateWithMs)}});
        printJsonDocument(QJsonDocument(list));
        return 0;
    }
    QList<QStringList> rows;
    for (const StoredAccessibilityReport &r : reports.value())
        rows.append({r.created.toString(Qt::ISODate), r.page, QString::number(r.score, 'f', 1),
                     r.issues.value(QStringLiteral("theme")).toString(), r.issues.value(QStringLiteral("language")).toString(),
                     QString::number(r.issues.value(QStringLiteral("issues")).toArray().size())});
    printRows({QStringLiteral("created"), QStringLiteral("page"), QStringLiteral("score"), QStringLiteral("theme"), QStringLiteral("language"),
               QStringLiteral("issues")},
              {CommandLine::tr("Created"), CommandLine::tr("Page"), CommandLine::tr("Score"), CommandLine::tr("Theme"),
               CommandLine::tr("Language"), CommandLine::tr("Issues")},
              rows, false);
    return 0;
}

} // namespace

QList<Verb> accessibilityVerbs()
{
    return {
        {.path = QStringLiteral("accessibility audit"),
         .usage = "[--page P | --all] [--theme light|dark] [--language L] [--brand SLUG] [--save] [--format table|json]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "audit the console's pages offscreen (names, keyboard, contrast, targets, "
                                                  "truncation, shortcuts) and score them 0–100"),
         .options = {option("page", QT_TRANSLATE_NOOP("CommandLine", "The page or dialog to audit (default: all)."),
                            QT_TRANSLATE_NOOP("CommandLine", "page")),
                     flag("all", QT_TRANSLATE_NOOP("CommandLine", "Audit every page and dialog.")),
                     option("theme", QT_TRANSLATE_NOOP("CommandLine", "light or dark."), QT_TRANSLATE_NOOP("CommandLine", "theme"),
                            "CommandLine", QStringLiteral("light")),
                     option("language", QT_TRANSLATE_NOOP("CommandLine", "The language of the console (default: yours)."),
                            QT_TRANSLATE_NOOP("CommandLine", "code")),
                     flag("save", QT_TRANSLATE_NOOP("CommandLine", "Keep the reports in the database (accessibility history)."))},
         .formats = {QStringLiteral("table"), QStringLiteral("json")},
         .brand = BrandOption::Optional,
         .run = audit},
        {.path = QStringLiteral("accessibility history"),
         .usage = "[--page P] [--limit N] [--format table|json]",
         .what = QT_TRANSLATE_NOOP("CommandLine", "the audits kept with --save, newest first"),
         .options = {option("page", QT_TRANSLATE_NOOP("CommandLine", "Only this page."), QT_TRANSLATE_NOOP("CommandLine", "page")),
                     option("limit", QT_TRANSLATE_NOOP("CommandLine", "At most this many reports."), QT_TRANSLATE_NOOP("CommandLine", "N"),
                            "CommandLine", QStringLiteral("100"))},
         .formats = {QStringLiteral("table"), QStringLiteral("json")},
         .run = history},
    };
}

} // namespace Atelier::Cli
