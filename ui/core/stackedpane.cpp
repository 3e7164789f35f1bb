#include "stackedpane.h"

namespace Atelier {

StackedPane::StackedPane(QWidget *parent) : QWidget(parent) {}

QSize StackedPane::sizeHint() const
{
    if (isHidden() && m_shownHint.isValid())
        return m_shownHint;
    const QSize hint = QWidget::sizeHint();
    if (!isHidden())
        m_shownHint = hint;
    return hint;
}

QSize StackedPane::minimumSizeHint() const
{
    if (isHidden() && m_shownMinimum.isValid())
        return m_shownMinimum;
    const QSize hint = QWidget::minimumSizeHint();
    if (!isHidden())
        m_shownMinimum = hint;
    return hint;
}

bool StackedPane::hasHeightForWidth() const
{
    return !isHidden() && QWidget::hasHeightForWidth();
}

int StackedPane::heightForWidth(int width) const
{
    return isHidden() ? -1 : QWidget::heightForWidth(width);
}

} // namespace Atelier
