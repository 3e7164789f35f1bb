#pragma once

#include <QWidget>

namespace Atelier {

/// A widget that lives in a stack with others (a page of the main window, an analysis of the analytics page). Hidden,
/// it answers its size hints from when it was last on screen and has no height for width: a stack asks every child
/// for them at each layout of the window, and one full of word-wrapped rich text took tens of milliseconds to answer
/// (docs/benchmarks.md, bench_gui_stall). On screen, the real answers.
class StackedPane : public QWidget
{
    Q_OBJECT
public:
    explicit StackedPane(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

private:
    mutable QSize m_shownHint;
    mutable QSize m_shownMinimum;
};

} // namespace Atelier
