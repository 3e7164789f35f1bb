#pragma once

#include <QString>
#include <QStringList>

namespace Atelier::Cli {

/// The command line's verbs (`atelier migrate`, `atelier analytics funnel …`, `atelier ai list`): one table of
/// verbs (cli/verb.h), each a row {path, usage, options, handler}. main.cpp and the tests call these.

/// Runs the verb of \a arguments (arguments[0] is the program); returns the exit code (0 success, 1 failure,
/// 2 bad usage). Writes to stdout/stderr, or to a Capture (cli/output.h).
int run(const QStringList &arguments);
/// The verb a command line names ("analytics funnel"), found by its words (arguments that are not options nor
/// an option's value); the first word when no verb matches (run() then says it is unknown); empty when no word.
QString verbOf(const QStringList &arguments);
/// Whether \a word is the first word of some verb (main.cpp runs those without a display).
bool isVerb(const QString &word);
/// Whether the verb whose first word is \a word may draw text (watermarks, PDF reports): it needs fonts.
bool paints(const QString &word);
/// Whether the verb whose first word is \a word opens the console's windows (offscreen): it needs a QApplication.
bool needsWidgets(const QString &word);
/// `atelier --help`: the console's options and every verb of the table.
QString helpText();
/// Every verb's path, in --help's order (for tests).
QStringList verbPaths();

} // namespace Atelier::Cli
