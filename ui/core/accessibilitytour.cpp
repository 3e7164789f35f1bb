#include "accessibilitytour.h"

#include "analytics/analyticspage.h"
#include "mainwindow.h"
#include "page.h"
#include "reports/analysisreports.h"

#include <QTabWidget>

namespace Atelier {

namespace {

QString tabStop(const QTabWidget *tabs, int i)
{
    const QString view = tabs->widget(i)->objectName();
    return view.isEmpty() ? QStringLiteral("tab%1").arg(i + 1) : view;
}

QTabWidget *tabsOf(Page *page)
{
    if (!page || qobject_cast<AnalyticsPage *>(page))
        return nullptr;
    auto *tabs = page->findChild<QTabWidget *>();
    return tabs && tabs->count() > 1 ? tabs : nullptr;
}

} // namespace

QString AccessibilityTour::shellName()
{
    return QStringLiteral("main-window");
}

AccessibilityTour::AccessibilityTour(MainWindow *window, const QStringList &pages) : m_window(window)
{
    for (const QString &name : pages) {
        if (name == shellName()) {
            m_stops.append(name);
            continue;
        }
        Page *page = window->page(name);
        if (!page)
            continue;
        m_stops.append(name);
        if (qobject_cast<AnalyticsPage *>(page)) {
            for (const QString &analysis : AnalysisReports::analyses())
                m_stops.append(name + QLatin1Char(':') + analysis);
        } else if (QTabWidget *tabs = tabsOf(page)) {
            const int shown = tabs->currentIndex();
            m_shownTab.insert(name, shown);
            for (int i = 0; i < tabs->count(); ++i)
                if (i != shown && tabs->isTabEnabled(i) && tabs->isTabVisible(i))
                    m_stops.append(name + QLatin1Char(':') + tabStop(tabs, i));
        }
    }
}

AccessibilityTour::~AccessibilityTour() = default;

QWidget *AccessibilityTour::showStop(MainWindow *window, const QString &stop)
{
    if (stop == shellName()) {
        const QStringList pages = window->pageNames();
        if (pages.isEmpty() || !window->showPage(pages.constFirst()))
            return nullptr;
        return window;
    }
    const QString pageName = stop.section(QLatin1Char(':'), 0, 0);
    const QString view = stop.section(QLatin1Char(':'), 1);
    Page *page = window->page(pageName);
    if (!page || !window->showPage(pageName))
        return nullptr;
    if (view.isEmpty())
        return page;
    if (auto *analytics = qobject_cast<AnalyticsPage *>(page))
        return analytics->showAnalysis(view) ? page : nullptr;
    if (QTabWidget *tabs = tabsOf(page)) {
        for (int i = 0; i < tabs->count(); ++i)
            if (tabStop(tabs, i) == view) {
                tabs->setCurrentIndex(i);
                return page;
            }
    }
    return nullptr;
}

QWidget *AccessibilityTour::show(const QString &stop)
{
    if (!m_stops.contains(stop))
        return nullptr;
    if (m_shownTab.contains(stop)) {
        Page *page = m_window->page(stop);
        if (!page || !m_window->showPage(stop))
            return nullptr;
        if (QTabWidget *tabs = tabsOf(page))
            tabs->setCurrentIndex(m_shownTab.value(stop));
        return page;
    }
    return showStop(m_window, stop);
}

AccessibilityReport AccessibilityTour::audit(const QString &stop)
{
    if (stop == shellName()) {
        AccessibilityAudit::Options options;
        if (Page *page = m_window->currentPage())
            options.skip = {page->parentWidget()}; // the pages are audited on their own
        return AccessibilityAudit::audit(m_window, stop, options);
    }
    Page *page = m_window->page(stop.section(QLatin1Char(':'), 0, 0));
    if (!page) {
        AccessibilityReport none;
        none.page = stop;
        none.score = 0;
        return none;
    }
    return AccessibilityAudit::audit(page, stop);
}

QJsonObject AccessibilityTour::storedJson(const AccessibilityReport &report, const QString &theme, const QString &language)
{
    QJsonObject found = report.toJson();
    found.remove(QStringLiteral("page"));
    found.remove(QStringLiteral("score"));
    found.insert(QStringLiteral("theme"), theme);
    found.insert(QStringLiteral("language"), language);
    return found;
}

void AccessibilityTour::finish()
{
    for (auto it = m_shownTab.cbegin(); it != m_shownTab.cend(); ++it)
        if (QTabWidget *tabs = tabsOf(m_window->page(it.key())))
            tabs->setCurrentIndex(it.value());
}

} // namespace Atelier
