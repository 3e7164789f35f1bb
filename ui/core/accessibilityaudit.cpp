#include "accessibilityaudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFontInfo>
#include <QFontMetrics>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QMovie>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QShortcut>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace Atelier {

namespace {

const QString kName = QStringLiteral("control-name");
const QString kImage = QStringLiteral("image-alternative");
const QString kReachable = QStringLiteral("keyboard-reachable");
const QString kTrap = QStringLiteral("focus-trap");
const QString kContrast = QStringLiteral("text-contrast");
const QString kTarget = QStringLiteral("target-size");
const QString kShortcut = QStringLiteral("shortcut-conflict");
const QString kTruncated = QStringLiteral("text-truncated");
/// Tab presses a widget may keep before the focus leaves it.
constexpr int kPressesPerWidget = 12;

QString className(const QObject *o)
{
    const QString name = QString::fromLatin1(o->metaObject()->className());
    return name.mid(name.lastIndexOf(QLatin1Char(':')) + 1);
}

QString strippedMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

QString accessibleText(const QWidget *w, QAccessible::Text t)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(w));
    return iface ? iface->text(t).trimmed() : QString();
}

/// Parts of Qt's own widgets that assistive technology reaches through their owner (a spin box's line edit, a tab
/// bar's scroll arrows), and separate windows (popups, menus).
bool isInternal(const QWidget *w)
{
    const QWidget *parent = w->parentWidget();
    if (qobject_cast<const QScrollBar *>(w) || qobject_cast<const QHeaderView *>(w))
        return true;
    if (qobject_cast<const QLineEdit *>(w) && (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)))
        return true;
    // A tab bar's scroll arrows, a line edit's clear button, a table's select-all corner (Ctrl+A does the same).
    if (qobject_cast<const QAbstractButton *>(w)
        && (qobject_cast<const QTabBar *>(parent) || qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QAbstractItemView *>(parent)))
        return true;
    return w->objectName() == QLatin1String("qt_toolbar_ext_button");
}

bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w)
        || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w)
        || qobject_cast<const QAbstractSlider *>(w))
        return true;
    if (const auto *edit = qobject_cast<const QTextEdit *>(w))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(w))
        return !edit->isReadOnly();
    return false;
}

bool isClickable(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSlider *>(w);
}

bool isImage(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return !label->pixmap().isNull() || label->movie();
    return qobject_cast<const QGraphicsView *>(w) || w->inherits("Atelier::ChartWidget") || w->inherits("Atelier::Sparkline");
}

/// Whether Tab types a tab character in \a w instead of moving on.
bool eatsTab(const QWidget *w)
{
    if (const auto *edit = qobject_cast<const QTextEdit *>(w))
        return !edit->isReadOnly() && !edit->tabChangesFocus();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(w))
        return !edit->isReadOnly() && !edit->tabChangesFocus();
    return false;
}

bool takesTab(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy();
}

QRect rectIn(const QWidget *root, const QWidget *w)
{
    return w == root ? w->rect() : QRect(w->mapTo(root, QPoint(0, 0)), w->size());
}

/// The colour behind a widget that does not paint its own background: the nearest ancestor that does.
QColor backgroundBehind(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        const bool paints = p->autoFillBackground() || p->isWindow()
                            || (p->testAttribute(Qt::WA_StyledBackground) && !p->styleSheet().isEmpty());
        if (paints)
            return p->palette().color(p->backgroundRole());
    }
    return w->palette().color(QPalette::Window);
}

QColor over(const QColor &top, const QColor &below)
{
    const double a = top.alphaF();
    if (a >= 1.0)
        return top;
    return QColor::fromRgbF(float(top.redF() * a + below.redF() * (1 - a)), float(top.greenF() * a + below.greenF() * (1 - a)),
                            float(top.blueF() * a + below.blueF() * (1 - a)));
}

QString plainLabelText(const QLabel *label)
{
    QString text = label->text();
    const bool rich = label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text));
    if (rich)
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    else if (label->buddy())
        text = strippedMnemonic(text);
    return text;
}

/// What an issue calls a widget: its class and what it says (its accessible name, its text or its tooltip).
QString describe(const QWidget *w)
{
    QString said = accessibleText(w, QAccessible::Name);
    if (said.isEmpty())
        if (const auto *b = qobject_cast<const QAbstractButton *>(w))
            said = strippedMnemonic(b->text());
    if (said.isEmpty())
        if (const auto *l = qobject_cast<const QLabel *>(w))
            said = plainLabelText(l);
    if (said.isEmpty())
        said = w->toolTip();
    said = said.simplified();
    if (said.size() > 60)
        said = said.left(59) + QChar(0x2026);
    return said.isEmpty() ? className(w) : AccessibilityAudit::tr("%1 “%2”").arg(className(w), said);
}

struct Run
{
    QWidget *root;
    const AccessibilityAudit::Options &options;
    QList<QWidget *> widgets; // visible, in root, not skipped, not internal
    QHash<QString, AccessibilityRuleResult> results;
    QList<AccessibilityIssue> issues;
    QList<AccessibleControl> controls;
    QList<AccessibleControl> tabOrder;

    AccessibleControl control(const QWidget *w) const
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(w));
        return {AccessibilityAudit::pathOf(root, w), iface ? roleName(iface->role()) : QString(), accessibleText(w, QAccessible::Name)};
    }

    static QString roleName(QAccessible::Role role)
    {
        static const QMetaEnum roles = QMetaEnum::fromType<QAccessible::Role>();
        const char *key = roles.valueToKey(role);
        return key ? QString::fromLatin1(key) : QString::number(int(role));
    }

    void check(const QString &rule, int n = 1) { results[rule].checked += n; }
    void fail(const QString &rule, const QWidget *w, const QString &message, QRect rect = {})
    {
        results[rule].failed += 1;
        issues.append({rule, AccessibilityAudit::weightOf(rule), AccessibilityAudit::pathOf(root, w), message,
                       rect.isNull() ? rectIn(root, w) : rect});
    }

    bool skipped(const QWidget *w) const
    {
        for (const QWidget *s : options.skip)
            if (s == w || s->isAncestorOf(w))
                return true;
        return false;
    }

    void collect()
    {
        QList<QWidget *> all{root};
        all += root->findChildren<QWidget *>();
        for (QWidget *w : std::as_const(all)) {
            if (w != root && (w->window() != root->window()))
                continue; // a popup, a menu, another window
            if (!w->isVisible() || skipped(w) || isInternal(w))
                continue;
            widgets.append(w);
        }
    }

    void names()
    {
        for (QWidget *w : std::as_const(widgets)) {
            if (!isInteractive(w))
                continue;
            if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(tabs);
                for (int i = 0; i < tabs->count(); ++i) {
                    if (!tabs->isTabVisible(i))
                        continue;
                    check(kName);
                    QAccessibleInterface *tab = iface ? iface->child(i) : nullptr;
                    controls.append({AccessibilityAudit::pathOf(root, w) + QStringLiteral("#%1").arg(i),
                                     tab ? roleName(tab->role()) : QString(), tab ? tab->text(QAccessible::Name).trimmed() : QString()});
                    if (!tab || tab->text(QAccessible::Name).trimmed().isEmpty())
                        fail(kName, w, AccessibilityAudit::tr("Tab %1 of %2 has no name: give it text or an accessible name.")
                                           .arg(i + 1)
                                           .arg(describe(w)),
                             tabs->tabRect(i).translated(rectIn(root, w).topLeft()));
                }
                continue;
            }
            check(kName);
            controls.append(control(w));
            if (accessibleText(w, QAccessible::Name).isEmpty())
                fail(kName, w,
                     AccessibilityAudit::tr("%1 has no accessible name: a screen reader says only what it is. Give it visible "
                                            "text, a label whose buddy it is, or an accessible name.")
                         .arg(describe(w)));
        }
        for (QWidget *w : std::as_const(widgets)) {
            if (!isImage(w))
                continue;
            check(kImage);
            if (accessibleText(w, QAccessible::Description).isEmpty() && accessibleText(w, QAccessible::Name).isEmpty())
                fail(kImage, w,
                     AccessibilityAudit::tr("%1 shows an image or a chart without a text alternative: give it an accessible "
                                            "description of what it shows.")
                         .arg(describe(w)));
        }
    }

    static bool keyboardOperable(const QWidget *w)
    {
        const QWidget *target = w;
        while (target->focusProxy())
            target = target->focusProxy();
        if (target->focusPolicy() & Qt::TabFocus)
            return true;
        // A tool bar's button is reached through the menu or the shortcut of its action; a button through its mnemonic.
        if (const auto *tool = qobject_cast<const QToolButton *>(w); tool && tool->defaultAction()) {
            const QAction *action = tool->defaultAction();
            if (!action->shortcuts().isEmpty())
                return true;
            for (const QObject *o : action->associatedObjects())
                if (qobject_cast<const QMenu *>(o))
                    return true;
        }
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            return !button->shortcut().isEmpty();
        return false;
    }

    void reachable()
    {
        for (QWidget *w : std::as_const(widgets)) {
            if (!isInteractive(w) || !w->isEnabled())
                continue;
            check(kReachable);
            if (!keyboardOperable(w))
                fail(kReachable, w,
                     AccessibilityAudit::tr("%1 cannot be reached with Tab (its focus policy has no tab focus) and has no "
                                            "keyboard shortcut.")
                         .arg(describe(w)));
        }
    }

    /// Presses Tab from the first focusable widget of the root around its window, and back to where it started.
    void focusChain()
    {
        QWidget *window = root->window();
        QList<QWidget *> chain; // the window's focusable widgets, in focus-chain order
        QWidget *w = window;
        do {
            if (takesTab(w) && w->window() == window)
                chain.append(w);
            w = w->nextInFocusChain();
        } while (w && w != window);
        QList<QWidget *> mine;
        for (QWidget *c : std::as_const(chain))
            if ((c == root || root->isAncestorOf(c)) && !skipped(c))
                mine.append(c);
        if (mine.isEmpty())
            return;

        QWidget *const before = window->focusWidget();
        QSet<QWidget *> reported; // widgets whose focus-trap check is counted
        // A view with tab key navigation moves from cell to cell with Tab. A table wraps round from its last cell to
        // its first, so with two cells or more Tab never leaves it (a trap, which a screen reader's user meets through
        // AT-SPI: tests/accessibility/atspi_check.py). The rest of the chain is walked as if Tab left it.
        QList<QAbstractItemView *> cellByCell;
        for (QWidget *c : std::as_const(chain))
            if (auto *view = qobject_cast<QAbstractItemView *>(c); view && view->tabKeyNavigation()) {
                const QAbstractItemModel *model = view->model();
                const bool wraps = qobject_cast<QTableView *>(view) && model
                                   && qint64(model->rowCount(view->rootIndex())) * model->columnCount(view->rootIndex()) >= 2;
                if (wraps && (c == root || root->isAncestorOf(c)) && !skipped(c)) {
                    check(kTrap);
                    reported.insert(c);
                    fail(kTrap, c,
                         AccessibilityAudit::tr("Tab moves from cell to cell in %1 and wraps round to the first cell: the "
                                                "keyboard focus never leaves it. Turn its tab key navigation off (the arrow "
                                                "keys move between cells).")
                             .arg(describe(c)));
                }
                view->setTabKeyNavigation(false);
                cellByCell.append(view);
            }
        const auto moveOn = [&](QWidget *from) {
            const qsizetype i = chain.indexOf(from);
            QWidget *next = chain.value((i + 1) % chain.size());
            if (next)
                next->setFocus(Qt::TabFocusReason);
        };

        QWidget *const start = mine.constFirst();
        start->setFocus(Qt::TabFocusReason);
        QSet<QWidget *> seen{start};
        const qsizetype limit = chain.size() + options.extraTabs;
        bool back = false;
        QWidget *current = window->focusWidget();
        for (qsizetype step = 0; step < limit && current; ++step) {
            tabOrder.append(control(current));
            const bool inRoot = current == root || root->isAncestorOf(current);
            if (eatsTab(current)) {
                if (inRoot && !reported.contains(current)) {
                    check(kTrap);
                    reported.insert(current);
                    fail(kTrap, current,
                         AccessibilityAudit::tr("Tab types a tab character in %1 instead of moving on: let Tab change the focus "
                                                "(tabChangesFocus).")
                             .arg(describe(current)));
                }
                moveOn(current);
            } else {
                // A widget may keep a few presses for its own parts (a date edit's day, month and year) before moving on.
                for (int press = 0; press < kPressesPerWidget && window->focusWidget() == current; ++press) {
                    QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier, QStringLiteral("\t"));
                    QCoreApplication::sendEvent(current, &tab);
                }
                if (window->focusWidget() == current && chain.size() > 1) {
                    if (inRoot && !reported.contains(current)) {
                        check(kTrap);
                        reported.insert(current);
                        fail(kTrap, current,
                             AccessibilityAudit::tr("Tab stays on %1: the keyboard focus cannot leave it.").arg(describe(current)));
                    }
                    moveOn(current);
                } else if (inRoot && !reported.contains(current)) {
                    check(kTrap);
                    reported.insert(current);
                }
            }
            QWidget *next = window->focusWidget();
            if (next == start) {
                back = true;
                break;
            }
            if (next && seen.contains(next) && next != current) {
                // A loop that never comes back to the start.
                check(kTrap);
                fail(kTrap, next,
                     AccessibilityAudit::tr("Tab circles back to %1 and never returns to %2.").arg(describe(next), describe(start)));
                back = true;
                break;
            }
            seen.insert(next);
            current = next;
        }
        if (!back) {
            check(kTrap);
            fail(kTrap, start,
                 AccessibilityAudit::tr("Tab from %1 does not come back to it within %2 presses.").arg(describe(start)).arg(limit));
        }
        for (QAbstractItemView *view : std::as_const(cellByCell))
            view->setTabKeyNavigation(true);
        if (before)
            before->setFocus(Qt::OtherFocusReason);
        else if (QWidget *f = window->focusWidget())
            f->clearFocus();
    }

    void contrastOf(QWidget *w, const QColor &fg, const QColor &bg)
    {
        check(kContrast);
        const QColor text = over(fg, bg);
        const double ratio = AccessibilityAudit::contrastRatio(text, bg);
        const QFontInfo font(w->font());
        const bool large = font.pixelSize() >= 24 || (font.pixelSize() >= 19 && font.weight() >= QFont::Bold);
        const double needed = large ? 3.0 : 4.5;
        if (ratio + 1e-9 < needed)
            fail(kContrast, w,
                 AccessibilityAudit::tr("%1: the text contrast is %2:1, below %3:1 (%4 on %5).")
                     .arg(describe(w))
                     .arg(std::floor(ratio * 100) / 100, 0, 'f', 2)
                     .arg(needed, 0, 'f', 1)
                     .arg(text.name(), bg.name()));
    }

    void contrast()
    {
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isEnabled()) // WCAG leaves inactive controls out
                continue;
            const QPalette &p = w->palette();
            if (auto *label = qobject_cast<QLabel *>(w)) {
                if (label->pixmap().isNull() && !plainLabelText(label).trimmed().isEmpty())
                    contrastOf(w, p.color(w->foregroundRole()), backgroundBehind(w));
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                if (button->text().trimmed().isEmpty())
                    continue;
                const auto *tool = qobject_cast<QToolButton *>(w);
                if (tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                    continue;
                const bool ownSurface = qobject_cast<QPushButton *>(w) && !static_cast<QPushButton *>(w)->isFlat();
                contrastOf(w, p.color(w->foregroundRole()), ownSurface ? p.color(w->backgroundRole()) : backgroundBehind(w));
            } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
                if (!group->title().isEmpty())
                    contrastOf(w, p.color(QPalette::WindowText), backgroundBehind(w));
            } else if (auto *area = qobject_cast<QAbstractScrollArea *>(w); area && isInteractive(w)) {
                QWidget *viewport = area->viewport();
                contrastOf(w, p.color(QPalette::Text), viewport->palette().color(viewport->backgroundRole()));
            } else if (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w)) {
                contrastOf(w, p.color(QPalette::Text), p.color(QPalette::Base));
            } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
                contrastOf(w, p.color(combo->isEditable() ? QPalette::Text : QPalette::ButtonText),
                           p.color(combo->isEditable() ? QPalette::Base : QPalette::Button));
            } else if (qobject_cast<QTabBar *>(w)) {
                contrastOf(w, p.color(QPalette::WindowText), backgroundBehind(w));
            }
        }
    }

    void targets()
    {
        struct Target
        {
            QWidget *widget;
            QRect rect; // in the window's coordinates
            int tab = -1;
        };
        // Every target of the window counts as a neighbour; the root's are checked.
        QWidget *window = root->window();
        QList<Target> all;
        QList<QWidget *> candidates{window};
        candidates += window->findChildren<QWidget *>();
        for (QWidget *w : std::as_const(candidates)) {
            if (w->window() != window || !w->isVisible() || isInternal(w) || !w->isEnabled())
                continue;
            if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    if (tabs->isTabVisible(i))
                        all.append({w, tabs->tabRect(i).translated(rectIn(window, w).topLeft()), i});
            } else if (isClickable(w)) {
                all.append({w, rectIn(window, w)});
            }
        }
        const QPoint offset = rectIn(window, root).topLeft();
        for (const Target &t : std::as_const(all)) {
            if (!widgets.contains(t.widget))
                continue;
            check(kTarget);
            if (t.rect.width() >= 24 && t.rect.height() >= 24)
                continue;
            // WCAG 2.5.8's spacing exception: a 24 px square centred on the target overlaps no other target.
            QRect room(0, 0, 24, 24);
            room.moveCenter(t.rect.center());
            const Target *crowding = nullptr;
            for (const Target &o : std::as_const(all))
                if ((o.widget != t.widget || o.tab != t.tab) && !o.widget->isAncestorOf(t.widget) && !t.widget->isAncestorOf(o.widget)
                    && room.intersects(o.rect))
                    crowding = &o;
            if (crowding)
                fail(kTarget, t.widget,
                     AccessibilityAudit::tr("%1 is %2×%3 px: a target smaller than 24×24 px needs room around it, and %4 is "
                                            "closer than that.")
                         .arg(describe(t.widget))
                         .arg(t.rect.width())
                         .arg(t.rect.height())
                         .arg(describe(crowding->widget)),
                     t.rect.translated(-offset));
        }
    }

    void truncated()
    {
        for (QWidget *w : std::as_const(widgets)) {
            if (w->width() <= 0 || w->height() <= 0)
                continue;
            const QFontMetrics fm(w->font());
            int needed = 0, available = 0;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(w)) {
                text = plainLabelText(label);
                if (!label->pixmap().isNull() || text.trimmed().isEmpty())
                    continue;
                check(kTruncated);
                const QRect cr = label->contentsRect();
                if (label->wordWrap()) {
                    needed = label->heightForWidth(label->width());
                    available = label->height();
                    if (needed > available + 1)
                        fail(kTruncated, w,
                             AccessibilityAudit::tr("%1: the text needs %2 px of height and has %3 px; its end is cut.")
                                 .arg(describe(w))
                                 .arg(needed)
                                 .arg(available));
                    continue;
                }
                for (const QString &line : text.split(QLatin1Char('\n')))
                    needed = std::max(needed, fm.horizontalAdvance(line));
                available = cr.width() - 2 * label->margin() - std::max(0, label->indent());
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                if (qobject_cast<QToolButton *>(w) || button->text().isEmpty())
                    continue;
                text = strippedMnemonic(button->text());
                QStyleOptionButton opt;
                opt.initFrom(button);
                opt.text = button->text();
                opt.icon = button->icon();
                opt.iconSize = button->iconSize();
                QStyle::ContentsType type = QStyle::CT_PushButton;
                if (qobject_cast<QCheckBox *>(w))
                    type = QStyle::CT_CheckBox;
                else if (qobject_cast<QRadioButton *>(w))
                    type = QStyle::CT_RadioButton;
                else if (auto *push = qobject_cast<QPushButton *>(w)) {
                    if (push->menu())
                        opt.features |= QStyleOptionButton::HasMenu;
                    if (push->autoDefault())
                        opt.features |= QStyleOptionButton::AutoDefaultButton;
                    if (push->isFlat())
                        opt.features |= QStyleOptionButton::Flat;
                } else {
                    continue;
                }
                check(kTruncated);
                // What the style adds around the contents, measured on contents wide enough for no minimum to apply.
                const int wide = 2000;
                const int margins = w->style()->sizeFromContents(type, &opt, QSize(wide, fm.height()), w).width() - wide;
                needed = fm.horizontalAdvance(text) + (button->icon().isNull() ? 0 : button->iconSize().width() + 4);
                available = w->width() - margins;
            } else {
                continue;
            }
            if (needed > available + 1)
                fail(kTruncated, w,
                     AccessibilityAudit::tr("%1: the text needs %2 px and has %3 px; it is cut.").arg(describe(w)).arg(needed).arg(available));
        }
    }

    struct Key
    {
        QString key;       // QKeySequence::PortableText
        const QObject *owner; // the action, the shortcut or the widget
        QString what;      // for people
        const QWidget *at; // where it lives (for the issue), null: the window's menus
    };

    static bool actionActive(const QAction *action, const QWidget *window, int depth = 0)
    {
        if (depth > 8 || !action->isEnabled())
            return false;
        for (const QObject *o : action->associatedObjects()) {
            if (const auto *menu = qobject_cast<const QMenu *>(o)) {
                if (actionActive(menu->menuAction(), window, depth + 1))
                    return true;
            } else if (const auto *w = qobject_cast<const QWidget *>(o)) {
                if (w->window() == window && w->isVisible())
                    return true;
            }
        }
        return false;
    }

    static const QWidget *actionPlace(const QAction *action)
    {
        for (const QObject *o : action->associatedObjects())
            if (const auto *w = qobject_cast<const QWidget *>(o); w && !qobject_cast<const QMenu *>(w) && w->isVisible())
                return w;
        return nullptr;
    }

    void shortcuts()
    {
        QWidget *window = root->window();
        QList<Key> keys;
        QSet<const QAction *> actions;
        for (QAction *a : window->findChildren<QAction *>())
            actions.insert(a);
        QList<QWidget *> all{window};
        all += window->findChildren<QWidget *>();
        for (QWidget *w : std::as_const(all))
            for (QAction *a : w->actions())
                actions.insert(a);
        for (const QAction *a : std::as_const(actions)) {
            if (a->shortcutContext() != Qt::WindowShortcut && a->shortcutContext() != Qt::ApplicationShortcut)
                continue;
            if (a->shortcuts().isEmpty() || !actionActive(a, window))
                continue;
            for (const QKeySequence &k : a->shortcuts())
                if (!k.isEmpty())
                    keys.append({k.toString(QKeySequence::PortableText), a,
                                 AccessibilityAudit::tr("the action “%1”").arg(strippedMnemonic(a->text())), actionPlace(a)});
        }
        for (const QShortcut *s : window->findChildren<QShortcut *>()) {
            const auto *parent = qobject_cast<const QWidget *>(s->parent());
            if (!s->isEnabled() || !parent || !parent->isVisible() || parent->window() != window
                || (s->context() != Qt::WindowShortcut && s->context() != Qt::ApplicationShortcut))
                continue;
            for (const QKeySequence &k : s->keys())
                if (!k.isEmpty())
                    keys.append({k.toString(QKeySequence::PortableText), s,
                                 AccessibilityAudit::tr("a shortcut of %1").arg(describe(parent)), parent});
        }
        // Mnemonics: the underlined letter of buttons, labels with a buddy, group boxes, tabs and menu titles.
        const auto mnemonic = [&](const QString &text, const QObject *owner, const QWidget *at, const QString &what) {
            const QKeySequence k = QKeySequence::mnemonic(text);
            if (!k.isEmpty())
                keys.append({k.toString(QKeySequence::PortableText), owner, what, at});
        };
        for (QWidget *w : std::as_const(all)) {
            if (w->window() != window || !w->isVisible() || !w->isEnabled())
                continue;
            if (auto *b = qobject_cast<QAbstractButton *>(w); b && !isInternal(w))
                mnemonic(b->text(), w, w, describe(w));
            else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy() && l->buddy()->isVisible())
                mnemonic(l->text(), w, w, describe(w));
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                mnemonic(g->title(), w, w, describe(w));
            else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    if (tabs->isTabVisible(i) && tabs->isTabEnabled(i))
                        mnemonic(tabs->tabText(i), w, w, AccessibilityAudit::tr("the tab “%1”").arg(strippedMnemonic(tabs->tabText(i))));
            } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
                for (QAction *a : bar->actions())
                    if (a->isVisible() && a->isEnabled())
                        mnemonic(a->text(), a, w, AccessibilityAudit::tr("the menu “%1”").arg(strippedMnemonic(a->text())));
            }
        }

        const auto inRoot = [&](const QWidget *at) { return root->isWindow() || (at && (at == root || root->isAncestorOf(at))); };
        QHash<QString, QList<Key>> byKey;
        for (const Key &k : std::as_const(keys))
            byKey[k.key].append(k);
        QSet<QString> reportedKeys;
        for (const Key &k : std::as_const(keys)) {
            if (!inRoot(k.at) || (k.at && skipped(k.at)))
                continue;
            check(kShortcut);
            QStringList others;
            for (const Key &o : byKey.value(k.key))
                if (o.owner != k.owner && !others.contains(o.what))
                    others.append(o.what);
            if (others.isEmpty())
                continue;
            results[kShortcut].failed += 1;
            if (reportedKeys.contains(k.key)) // one issue per key, at its first owner here
                continue;
            reportedKeys.insert(k.key);
            const QString key = QKeySequence(k.key, QKeySequence::PortableText).toString(QKeySequence::NativeText);
            issues.append({kShortcut, AccessibilityAudit::weightOf(kShortcut),
                           k.at ? AccessibilityAudit::pathOf(root, k.at) : AccessibilityAudit::pathOf(root, root),
                           AccessibilityAudit::tr("%1 and %2 both use %3.").arg(k.what, others.join(QLatin1String(", ")), key),
                           k.at ? rectIn(root, k.at) : QRect()});
        }
    }
};

} // namespace

QList<AccessibilityRule> AccessibilityAudit::rules()
{
    return {
        {kName, 10, tr("Interactive controls have an accessible name")},
        {kImage, 10, tr("Images and charts have a text alternative")},
        {kReachable, 10, tr("Every interactive control is reached with the keyboard")},
        {kTrap, 10, tr("Tab moves through the window and back, with no trap")},
        {kContrast, 7, tr("Text contrast at least 4.5:1 (3:1 for large text)")},
        {kTarget, 7, tr("Targets at least 24×24 px, or with room around them")},
        {kShortcut, 7, tr("No two shortcuts or mnemonics share a key")},
        {kTruncated, 3, tr("No text is cut")},
    };
}

int AccessibilityAudit::weightOf(const QString &rule)
{
    for (const AccessibilityRule &r : rules())
        if (r.id == rule)
            return r.weight;
    return 0;
}

double AccessibilityAudit::score(const QList<AccessibilityRuleResult> &rules)
{
    int total = 0, passed = 0;
    for (const AccessibilityRuleResult &r : rules) {
        if (r.checked <= 0)
            continue;
        total += r.weight;
        if (r.failed == 0)
            passed += r.weight;
    }
    return total == 0 ? 100.0 : 100.0 * passed / total;
}

double AccessibilityAudit::contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        const QColor rgb = c.toRgb();
        return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString AccessibilityAudit::pathOf(const QWidget *root, const QWidget *widget)
{
    QStringList steps;
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        QString step = w->objectName();
        if (step.isEmpty()) {
            int n = 0;
            if (const QWidget *parent = w->parentWidget())
                for (const QObject *sibling : parent->children()) {
                    if (sibling == w)
                        break;
                    if (sibling->isWidgetType() && sibling->metaObject() == w->metaObject())
                        ++n;
                }
            step = QStringLiteral("%1[%2]").arg(QString::fromLatin1(w->metaObject()->className())).arg(n);
        }
        steps.prepend(step);
        if (w == root)
            break;
    }
    return steps.join(QLatin1Char('/'));
}

QWidget *AccessibilityAudit::find(QWidget *root, const QString &path)
{
    const QStringList steps = path.split(QLatin1Char('/'));
    if (steps.isEmpty() || pathOf(root, root) != steps.constFirst())
        return nullptr;
    QWidget *w = root;
    for (qsizetype i = 1; i < steps.size() && w; ++i) {
        QWidget *next = nullptr;
        for (QObject *child : w->children()) {
            auto *cw = qobject_cast<QWidget *>(child);
            if (cw && pathOf(w, cw).section(QLatin1Char('/'), -1) == steps.at(i)) {
                next = cw;
                break;
            }
        }
        w = next;
    }
    return w;
}

AccessibilityReport AccessibilityAudit::audit(QWidget *root, const QString &page, const Options &options)
{
    Run run{root, options, {}, {}, {}, {}, {}};
    for (const AccessibilityRule &r : rules())
        run.results.insert(r.id, {r.id, r.weight, 0, 0});
    run.collect();
    run.names();
    run.reachable();
    run.focusChain();
    run.contrast();
    run.targets();
    run.truncated();
    run.shortcuts();
    AccessibilityReport report;
    report.page = page;
    for (const AccessibilityRule &r : rules())
        report.rules.append(run.results.value(r.id));
    report.issues = run.issues;
    report.controls = run.controls;
    report.tabOrder = run.tabOrder;
    report.score = score(report.rules);
    return report;
}

QJsonObject AccessibilityReport::toJson(bool withTree) const
{
    QJsonArray ruleList, issueList;
    for (const AccessibilityRuleResult &r : rules)
        ruleList.append(QJsonObject{{QStringLiteral("rule"), r.rule},
                                    {QStringLiteral("weight"), r.weight},
                                    {QStringLiteral("checked"), r.checked},
                                    {QStringLiteral("failed"), r.failed}});
    for (const AccessibilityIssue &i : issues)
        issueList.append(QJsonObject{{QStringLiteral("rule"), i.rule},
                                     {QStringLiteral("impact"), i.impact},
                                     {QStringLiteral("widget"), i.widget},
                                     {QStringLiteral("message"), i.message},
                                     {QStringLiteral("rect"), QJsonArray{i.rect.x(), i.rect.y(), i.rect.width(), i.rect.height()}}});
    QJsonObject json{{QStringLiteral("page"), page},
                     {QStringLiteral("score"), std::round(score * 10) / 10},
                     {QStringLiteral("rules"), ruleList},
                     {QStringLiteral("issues"), issueList}};
    if (withTree) {
        const auto list = [](const QList<AccessibleControl> &controls) {
            QJsonArray array;
            for (const AccessibleControl &c : controls)
                array.append(QJsonObject{{QStringLiteral("widget"), c.widget}, {QStringLiteral("role"), c.role}, {QStringLiteral("name"), c.name}});
            return array;
        };
        json.insert(QStringLiteral("controls"), list(controls));
        json.insert(QStringLiteral("tab_order"), list(tabOrder));
    }
    return json;
}

} // namespace Atelier
