#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Atelier {

/// The command-line verbs (`atelier migrate`, `atelier demo`, `atelier db status`).
class CommandLine final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static bool isVerb(const QString &word);
    /// The verb of a command line (arguments[0] is the program): its first word that is neither an option nor
    /// the value of --database or --page; empty when there is none.
    static QString verbOf(const QStringList &arguments);
    /// Runs a verb; returns the process exit code (0 success, 1 failure, 2 bad usage).
    static int run(const QStringList &arguments);
    static QString helpText();
};

} // namespace Atelier
