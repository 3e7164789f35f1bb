#include "page.h"

namespace Atelier {

Page::Page(QWidget *parent) : QWidget(parent) {}
Page::~Page() = default;

QSize Page::sizeHint() const
{
    if (isHidden() && m_shownHint.isValid())
        return m_shownHint;
    const QSize hint = QWidget::sizeHint();
    if (!isHidden())
        m_shownHint = hint;
    return hint;
}

QSize Page::minimumSizeHint() const
{
    if (isHidden() && m_shownMinimum.isValid())
        return m_shownMinimum;
    const QSize hint = QWidget::minimumSizeHint();
    if (!isHidden())
        m_shownMinimum = hint;
    return hint;
}

bool Page::hasHeightForWidth() const
{
    return !isHidden() && QWidget::hasHeightForWidth();
}

int Page::heightForWidth(int width) const
{
    return isHidden() ? -1 : QWidget::heightForWidth(width);
}

} // namespace Atelier
