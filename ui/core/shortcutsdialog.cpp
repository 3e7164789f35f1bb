#include "shortcutsdialog.h"

#include "page.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QShortcut>
#include <QStackedWidget>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Atelier {

namespace {
/// "&Export report…" → "Export report" ("&&" is a literal ampersand).
QString withoutMnemonic(QString text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i;
            out.append(text.at(i));
            continue;
        }
        out.append(text.at(i));
    }
    out = out.trimmed();
    if (out.endsWith(QChar(0x2026)))
        out.chop(1);
    else if (out.endsWith(QLatin1String("...")))
        out.chop(3);
    return out;
}

/// The page an object belongs to (its nearest Page ancestor), or none for the window's own.
const Page *pageOf(const QObject *object)
{
    for (const QObject *o = object; o; o = o->parent())
        if (const auto *page = qobject_cast<const Page *>(o))
            return page;
    return nullptr;
}
} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent) : QDialog(parent), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    auto *intro = new QLabel(tr("The shortcuts of the window and of the pages opened so far. Alt with an underlined "
                                "letter also reaches each control."),
                             this);
    intro->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    QTreeWidgetItem *group = nullptr;
    QTreeWidgetItem *row = nullptr;
    for (const Entry &entry : collect(window)) {
        if (group && row && group->text(0) == entry.place && row->text(0) == entry.action) { // another key for it
            row->setText(1, row->text(1) + QStringLiteral(", ") + entry.keys.toString(QKeySequence::NativeText));
            continue;
        }
        if (!group || group->text(0) != entry.place) {
            group = new QTreeWidgetItem(m_tree, {entry.place});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        row = new QTreeWidgetItem(group, {entry.action, entry.keys.toString(QKeySequence::NativeText)});
    }
    m_tree->expandAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(680, 600);
    m_tree->setFocus();
}

ShortcutsDialog::~ShortcutsDialog() = default;

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(QWidget *window)
{
    // Pages in the order the window holds them (the sidebar's), the window first.
    QList<const Page *> pages;
    for (const Page *page : window->findChildren<Page *>())
        if (!pageOf(page->parent()))
            pages.append(page);
    std::stable_sort(pages.begin(), pages.end(), [](const Page *a, const Page *b) {
        const auto *stackA = qobject_cast<const QStackedWidget *>(a->parentWidget());
        const auto *stackB = qobject_cast<const QStackedWidget *>(b->parentWidget());
        return stackA && stackA == stackB && stackA->indexOf(a) < stackB->indexOf(b);
    });
    struct Found
    {
        int order;
        Entry entry;
    };
    QList<Found> found;
    QSet<QString> seen;
    const auto add = [&](const QObject *owner, const QString &text, const QList<QKeySequence> &keys) {
        const QString action = withoutMnemonic(text);
        if (action.isEmpty())
            return;
        const Page *page = pageOf(owner);
        const int order = page ? int(pages.indexOf(page)) + 1 : 0;
        const QString place = page ? page->title() : tr("Whole window");
        for (const QKeySequence &key : keys) {
            if (key.isEmpty())
                continue;
            const QString id = place + QLatin1Char('\n') + action + QLatin1Char('\n') + key.toString();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            found.append({order, {place, action, key}});
        }
    };
    const auto actions = window->findChildren<QAction *>();
    for (const QAction *action : actions)
        add(action, action->text().isEmpty() ? action->toolTip() : action->text(), action->shortcuts());
    const auto shortcuts = window->findChildren<QShortcut *>();
    for (const QShortcut *shortcut : shortcuts)
    {
        // A QShortcut has no text: its "What's this", else the view it works in.
        QString text = shortcut->whatsThis();
        if (text.isEmpty()) {
            const auto *view = qobject_cast<const QWidget *>(shortcut->parent());
            const QString name = !view ? QString() : !view->accessibleName().isEmpty() ? view->accessibleName() : view->objectName();
            text = name.isEmpty() ? tr("A shortcut of this page") : tr("A shortcut of %1").arg(name);
        }
        add(shortcut, text, shortcut->keys());
    }
    std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.order < b.order; // within a page, in the order they were made (the menus' order for the window)
    });
    // An action's several keys side by side (the dialog shows them on one row).
    QList<Entry> entries;
    for (const Found &f : std::as_const(found)) {
        qsizetype at = entries.size();
        for (qsizetype i = entries.size() - 1; i >= 0; --i) {
            if (entries.at(i).place == f.entry.place && entries.at(i).action == f.entry.action) {
                at = i + 1;
                break;
            }
        }
        entries.insert(at, f.entry);
    }
    return entries;
}

} // namespace Atelier
