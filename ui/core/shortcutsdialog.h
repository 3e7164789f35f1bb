#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTreeWidget;

namespace Atelier {

/// Help ▸ Keyboard shortcuts: every shortcut of the window and of its pages, read from the QActions and QShortcuts
/// actually present (a view not built yet has none to show), grouped by where they work.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)
public:
    struct Entry final
    {
        QString place;  // "Whole window", or the page's title
        QString action; // the action's text without its mnemonic
        QKeySequence keys;
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    /// The shortcuts under \a window, the window's own first, then each page's in the order of the pages.
    static QList<Entry> collect(QWidget *window);

private:
    QTreeWidget *m_tree;
};

} // namespace Atelier
