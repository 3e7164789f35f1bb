#pragma once

#include "accessibilityaudit.h"

#include <QHash>
#include <QStringList>

namespace Atelier {

class MainWindow;

/// The stops of an audit of the console, shared by `atelier accessibility audit` and the Accessibility page: each
/// page, each view inside it (`analytics:funnel`, one per analysis; `ai-studio:queueView`, one per tab but the one
/// shown) and the window's own frame (`main-window`: menus, tool bar, sidebar, status bar; the pages left out).
/// A stop is shown, the caller lets it load (the event loop), then audited: the widget walk runs on the GUI thread,
/// one stop at a time, so a caller can give the event loop a turn between stops.
class AccessibilityTour final
{
public:
    static QString shellName();

    /// The stops of \a pages (page names of \a window, and shellName()), in order.
    AccessibilityTour(MainWindow *window, const QStringList &pages);
    ~AccessibilityTour();
    AccessibilityTour(const AccessibilityTour &) = delete;
    AccessibilityTour &operator=(const AccessibilityTour &) = delete;

    const QStringList &stops() const { return m_stops; }
    /// Shows \a stop in the window (its page, then its analysis or tab; a page's own stop shows the tab that was
    /// current when the tour began). The root to audit, null when the window has no such stop.
    QWidget *show(const QString &stop);
    /// Audits \a stop, which show() has shown.
    AccessibilityReport audit(const QString &stop);
    /// Puts back the tabs the tour changed.
    void finish();

    /// Shows \a stop of \a window (a stop named in a stored report, say) without a tour; the root its widget paths
    /// start from, or null.
    static QWidget *showStop(MainWindow *window, const QString &stop);
    /// What accessibility_reports keeps of \a report besides its page and score: {theme, language, rules, issues}.
    static QJsonObject storedJson(const AccessibilityReport &report, const QString &theme, const QString &language);

private:
    MainWindow *m_window;
    QStringList m_stops;
    QHash<QString, int> m_shownTab; // page → the tab current when the tour began
};

} // namespace Atelier
