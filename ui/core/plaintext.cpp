#include "plaintext.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace Atelier {

namespace {

/// On a view's viewport, before the view (filters installed later run first): answers the tooltip event
/// as QStyledItemDelegate::helpEvent would, with the text escaped.
class PlainToolTipFilter final : public QObject
{
public:
    explicit PlainToolTipFilter(QAbstractItemView *view) : QObject(view), m_view(view) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
            return false;
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_view->indexAt(help->pos());
        const QString text = index.data(Qt::ToolTipRole).toString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), plainToolTip(text), m_view->viewport(), m_view->visualRect(index));
        return true;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    // Always rich text, so what is shown does not depend on Qt's guess about the person's words.
    return QLatin1String("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QLatin1String("</p>");
}

QString escapedLines(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QStringList htmlEscaped(const QStringList &texts)
{
    QStringList escaped;
    escaped.reserve(texts.size());
    for (const QString &text : texts)
        escaped.append(text.toHtmlEscaped());
    return escaped;
}

void showToolTipsAsPlainText(QAbstractItemView *view)
{
    view->viewport()->installEventFilter(new PlainToolTipFilter(view));
}

} // namespace Atelier
