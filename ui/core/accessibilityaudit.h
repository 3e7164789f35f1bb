#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRect>
#include <QString>

class QColor;
class QWidget;

namespace Atelier {

/// One rule of the audit: a stable id (kept in stored reports), its weight in the score (Lighthouse's impacts:
/// 10 critical, 7 serious, 3 moderate; docs/accessibility.md publishes them) and a title for people.
struct AccessibilityRule final
{
    QString id;
    int weight = 0;
    QString title;
};

/// A widget that fails a rule.
struct AccessibilityIssue final
{
    QString rule;
    int impact = 0;
    /// From the audited root to the widget: each step its objectName, else Class[n] (n-th child of that class).
    QString widget;
    QString message;
    /// In the audited root's coordinates.
    QRect rect;
};

/// How one rule went on one root: how many widgets it applied to and how many failed.
struct AccessibilityRuleResult final
{
    QString rule;
    int weight = 0;
    int checked = 0;
    int failed = 0;
};

/// An interactive control as assistive technology gets it (what AT-SPI must agree with).
struct AccessibleControl final
{
    QString widget; ///< its path, as AccessibilityIssue::widget
    QString role;   ///< QAccessible::Role's name ("Button", "EditableText", "PageTab")
    QString name;   ///< its accessible name
};

/// The audit of one page, dialog or window.
struct AccessibilityReport final
{
    QString page;
    /// 0–100: as Lighthouse, the weighted share of the rules that apply and pass (a rule fails when one widget does);
    /// 100 when no rule applies.
    double score = 100;
    QList<AccessibilityRuleResult> rules;
    QList<AccessibilityIssue> issues;
    /// The root's interactive controls (each tab of a tab bar on its own), in the order of the widget tree.
    QList<AccessibleControl> controls;
    /// What Tab reached, in order, from the root's first focusable widget round its whole window: each widget's role
    /// and accessible name (as controls).
    QList<AccessibleControl> tabOrder;

    /// {page, score, rules: [{rule, weight, checked, failed}], issues: [{rule, impact, widget, message, rect: [x, y, w, h]}]};
    /// \a withTree adds controls and tab_order: [{widget, role, name}].
    QJsonObject toJson(bool withTree = false) const;
};

/// Audits a top-level widget as assistive technology and keyboard users meet it: through QAccessible (names,
/// descriptions, roles, states, rects) and the focus chain, with the rules of rules(). The widget must be shown.
class AccessibilityAudit final
{
    Q_DECLARE_TR_FUNCTIONS(AccessibilityAudit)
public:
    static QList<AccessibilityRule> rules();
    static int weightOf(const QString &rule);

    struct Options
    {
        /// Subtrees left out (the main window's pages when the shell alone is audited).
        QList<const QWidget *> skip;
        /// At most this many Tab presses beyond the number of focusable widgets before the chain is called a trap.
        int extraTabs = 5;
    };
    /// Audits \a root (a page, a dialog, the main window) under the name \a page. Presses Tab through its window (the
    /// focus comes back where it was); changes nothing else.
    static AccessibilityReport audit(QWidget *root, const QString &page, const Options &options);
    static AccessibilityReport audit(QWidget *root, const QString &page) { return audit(root, page, Options{}); }

    /// The score of rule results: 100 × Σ weight of the applicable rules that passed / Σ weight of the applicable rules.
    static double score(const QList<AccessibilityRuleResult> &rules);
    /// WCAG 2 contrast ratio of two opaque colours, 1–21.
    static double contrastRatio(const QColor &a, const QColor &b);
    /// The widget a path of AccessibilityIssue::widget names under \a root, if it is still there.
    static QWidget *find(QWidget *root, const QString &path);
    /// The path of \a widget under \a root.
    static QString pathOf(const QWidget *root, const QWidget *widget);
};

} // namespace Atelier
