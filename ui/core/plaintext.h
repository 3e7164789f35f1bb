#pragma once

#include <QStringList>

class QAbstractItemView;

namespace Atelier {

/// Text written by people or read from the database (annotations, prompts, names, a provider's error),
/// for a place that guesses rich text: tooltips, message boxes, QLabel in Qt::AutoText. Qt renders a
/// string as HTML when Qt::mightBeRichText() says so, so `<img src="file:///…">` in an annotation would
/// be drawn in another person's console. The answer is rich text that shows \a text literally, line
/// breaks and runs of spaces included; empty stays empty (no tooltip).
QString plainToolTip(const QString &text);

/// \a text escaped to go inside our own markup (a bold title, then a person's words), keeping its lines.
QString escapedLines(const QString &text);

/// Each of \a texts escaped, for Qt Charts, which draws titles, legend and axis labels always as HTML.
QStringList htmlEscaped(const QStringList &texts);

/// The view shows each index's Qt::ToolTipRole as plain text, through plainToolTip(): item models keep
/// plain text in that role (a prompt, a comment), and the view, not the model, knows Qt would guess HTML.
void showToolTipsAsPlainText(QAbstractItemView *view);

} // namespace Atelier
