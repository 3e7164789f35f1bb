#pragma once

#include "databaseurl.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Atelier {

/// PostgreSQL passwords kept out of URLs, so out of command lines (which `ps` shows everyone), settings and logs.
/// For a URL without a password, Database::open asks, in order: this process's memory (remember()), the OS
/// keychain (service "Atelier", key the URL's displayString(), written only by `atelier db login` or the console's
/// "Remember in the keychain"), then libpq's own sources (~/.pgpass, PGPASSFILE, PGPASSWORD), then the prompt
/// installed by the front end (a terminal for the verbs, a dialog for the console).
class DatabaseCredentials final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCredentials)
public:
    /// Keeps \a password for \a url (whose own password does not matter) in memory, for every thread, until the
    /// process ends.
    static void remember(const DatabaseUrl &url, const QString &password);
    /// What remember() keeps for \a url; empty when nothing.
    static QString lookup(const DatabaseUrl &url);
    /// The password to connect to \a url with: its own, else the remembered one, else the keychain's (read once
    /// per process and URL). Empty leaves it to libpq (~/.pgpass, PGPASSFILE, PGPASSWORD).
    static QString passwordFor(const DatabaseUrl &url);

    static Status storeInKeychain(const DatabaseUrl &url, const QString &password);
    /// Removes \a url's password from the keychain; false when there was none.
    static Result<bool> removeFromKeychain(const DatabaseUrl &url);

    /// Whether \a error (from Database::open) is the server asking for a password or refusing the one given.
    static bool isPasswordError(const Error &error);
    /// Whether the server refused a password given (rather than asking for one).
    static bool isWrongPassword(const Error &error);

    /// Asks a person for \a url's password, \a problem saying why; none when nobody can be asked or they declined.
    using Prompt = std::function<std::optional<QString>(const DatabaseUrl &url, const QString &problem)>;
    /// The prompt Database::open uses when a password is missing or wrong (none by default).
    static void setPrompt(Prompt prompt);
    /// A new password for \a url after \a tried failed: one question at a time, and none when another thread
    /// already got a new one meanwhile.
    static std::optional<QString> ask(const DatabaseUrl &url, const QString &problem, const QString &tried);
    /// Reads a line from standard input without echo, after \a prompt on standard error; none when standard input
    /// is not a terminal.
    static std::optional<QString> readOnTerminal(const QString &prompt);
    /// A prompt on the terminal (for the verbs); none when standard input is not one.
    static Prompt terminalPrompt();

    /// What scrubPasswordArguments() changed in one argument.
    struct ScrubbedArgument final
    {
        QString url;      // the argument as it is now, without the password
        QString password; // the password it held (decoded); empty when the URL did not parse
    };
    /// Takes the password out of every `--database URL` and `--database=URL` of \a argv, in place, so that
    /// /proc/PID/cmdline and `ps` no longer show it: the URL is shortened and the freed bytes set to NUL.
    static QList<ScrubbedArgument> scrubPasswordArguments(int argc, char **argv);
    /// The one-line warning for a password given on the command line.
    static QString commandLineWarning();
};

} // namespace Atelier
