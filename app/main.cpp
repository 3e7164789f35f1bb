#include "cli.h"
#include "core/databasecredentials.h"
#include "core/databaseurl.h"
#include "core/language.h"
#include "core/consoleapp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <cerrno>
#include <memory>
#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

namespace {
/// Takes passwords out of --database before anything else reads argv (`ps` shows the command line to everyone);
/// they stay in this process's memory. True when there was one, so the caller can warn once the language is set.
bool keepPasswordsOffTheCommandLine(int argc, char **argv)
{
    bool found = false;
    for (const auto &scrubbed : Atelier::DatabaseCredentials::scrubPasswordArguments(argc, argv)) {
        found = true;
        if (auto url = Atelier::DatabaseUrl::parse(scrubbed.url); url && !scrubbed.password.isEmpty())
            Atelier::DatabaseCredentials::remember(url.value(), scrubbed.password);
    }
    return found;
}

void warnAboutPassword(bool found)
{
    if (found)
        std::fprintf(stderr, "atelier: %s\n", qPrintable(Atelier::DatabaseCredentials::commandLineWarning()));
}
} // namespace

int main(int argc, char **argv)
{
    const bool passwordGiven = keepPasswordsOffTheCommandLine(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Atelier"));
    QCoreApplication::setApplicationName(QStringLiteral("Atelier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATELIER_VERSION));

    // Verbs, --help and --version run without a display; everything else opens the console. The verb is the
    // first word that is not an option, nor the value of one: `--page export` opens the console.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QString verb = Atelier::Cli::verbOf(arguments);
    bool headless = !verb.isEmpty();
    for (const QString &arg : std::as_const(arguments).mid(1))
        headless = headless || arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("--version")
                   || arg == QLatin1String("-v");
    // Verbs that draw (text on images) need fonts: a GUI application, offscreen.
    const bool painting = Atelier::Cli::paints(verb.section(QLatin1Char(' '), 0, 0));
    const bool widgets = Atelier::Cli::needsWidgets(verb.section(QLatin1Char(' '), 0, 0)); // an audit of the windows
    if (headless && (painting || widgets)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Without a session (cron, ssh, CI) Qt would warn on stderr, which belongs to our messages: give it
            // a private runtime folder, as a session would.
            const QByteArray dir = QByteArray("/tmp/atelier-runtime-") + QByteArray::number(quint64(getuid()));
            if (::mkdir(dir.constData(), 0700) == 0 || errno == EEXIST)
                qputenv("XDG_RUNTIME_DIR", dir);
        }
        const std::unique_ptr<QGuiApplication> app =
            widgets ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QGuiApplication>(argc, argv);
        Atelier::Language::apply(Atelier::Language::preferred());
        warnAboutPassword(passwordGiven);
        return Atelier::Cli::run(app->arguments());
    }
    if (headless) {
        QCoreApplication app(argc, argv);
        Atelier::Language::apply(Atelier::Language::preferred());
        warnAboutPassword(passwordGiven);
        const QStringList args = app.arguments();
        // A verb's own --version (workflow restore NAME --version N) is not the program's.
        if (verb.isEmpty() && (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v")))) {
            std::printf("atelier %s\n", ATELIER_VERSION);
            return 0;
        }
        if (verb.isEmpty() && (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")))) {
            std::printf("%s", qPrintable(Atelier::Cli::helpText()));
            return 0;
        }
        return Atelier::Cli::run(args);
    }
    QApplication app(argc, argv);
    Atelier::Language::apply(Atelier::Language::preferred());
    warnAboutPassword(passwordGiven);
    return Atelier::ConsoleApp::run(app);
}
