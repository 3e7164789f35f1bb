#pragma once

#include <QObject>

class QSplitter;
class QWidget;

namespace Atelier {

/// Remembers the sizes of every splitter in a window (QSettings, "ui/splitters/…"): a splitter the person moves keeps
/// its sizes, and gets them back the first time it is shown at the next start, also in views built late (the AI
/// Studio's). A splitter is known by its place in the window's tree of widgets (object names, else class and rank).
class SplitterMemory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SplitterMemory)
public:
    /// Watches \a window's splitters (an event filter on the application, for Show events), as \a window's child.
    explicit SplitterMemory(QWidget *window);
    ~SplitterMemory() override;

    /// Keeps the sizes of every splitter shown so far (the window is closing).
    void saveAll() const;

    /// The settings key of \a splitter in \a window.
    static QString keyOf(const QSplitter *splitter, const QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace Atelier
