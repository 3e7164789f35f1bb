#include "consoleapp.h"
#include "theme.h"

#include "core/appsettings.h"
#include "core/databasecredentials.h"
#include "core/language.h"
#include "demo/firststart.h"
#include "mainwindow.h"
#include "passworddialog.h"
#include "plaintext.h"
#include "request.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <memory>
#include <optional>

namespace Atelier {

namespace {
int refuse(const QString &title, const QString &message, int code)
{
    // Also on the terminal, for people who started the console from one.
    std::fprintf(stderr, "atelier: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, title, plainToolTip(message)); // a server's words
    return code;
}

/// Runs the first-start preparation off the GUI thread behind a cancellable progress dialog.
Result<StartReport> prepareWithProgress(const DatabaseUrl &url, bool fillIfEmpty, bool &cancelled)
{
    QProgressDialog progress(QApplication::translate("Atelier::ConsoleApp", "Preparing the database…"),
                             QApplication::translate("Atelier::ConsoleApp", "Cancel"), 0, 100);
    progress.setWindowTitle(QApplication::translate("Atelier::ConsoleApp", "Atelier"));
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    // Shared with the worker, which may outlive this function if the application quits meanwhile.
    struct Shared
    {
        std::atomic_bool cancel = false;
        std::atomic_int percent = 0;
    };
    const auto shared = std::make_shared<Shared>();
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [shared] { shared->cancel = true; });
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &progress, [&progress, shared] {
        const int percent = shared->percent;
        if (percent > 0)
            progress.setLabelText(QApplication::translate("Atelier::ConsoleApp", "First start: creating the demo data (%1 %)…")
                                      .arg(percent));
        progress.setValue(percent);
    });
    ticker.start(100);
    QEventLoop loop;
    std::optional<Result<StartReport>> answer;
    Request<Result<StartReport>> preparing(&progress);
    preparing.start(
        [url, fillIfEmpty, shared](CancelToken &) {
            return FirstStart::prepare(url, fillIfEmpty, DemoOptions{}, [shared](int p) { shared->percent = p; }, &shared->cancel);
        },
        [&answer, &loop](const Result<StartReport> &result) {
            answer = result;
            loop.quit();
        });
    loop.exec();
    ticker.stop();
    progress.close();
    if (!answer) { // the application is quitting: the preparation stops at its next step, and nothing waits for it
        shared->cancel = true;
        cancelled = true;
        return Error{CancelToken::cancelledMessage(), {}};
    }
    cancelled = shared->cancel;
    return *answer;
}

} // namespace

int ConsoleApp::run(QApplication &app)
{
    Language::apply(Language::preferred());
    Theme::apply(Theme::stored());
    // The installed icon (hicolor, from the package) or the one built in; Wayland finds the desktop entry by this name.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.atelier.Atelier"), QIcon(QStringLiteral(":/icons/atelier.svg"))));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.atelier.Atelier"));

    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("url"));
    const QCommandLineOption page(QStringLiteral("page"), QString(), QStringLiteral("name"), QStringLiteral("overview"));
    parser.addOption(database);
    parser.addOption(page);
    if (!parser.parse(app.arguments()))
        return refuse(QApplication::translate("Atelier::ConsoleApp", "Atelier"), parser.errorText(), 2);
    // Checked before anything else runs, so a typo does not cost a first start.
    if (!MainWindow::availablePages().contains(parser.value(page)))
        return refuse(QApplication::translate("Atelier::ConsoleApp", "Atelier"),
                      QApplication::translate("Atelier::ConsoleApp", "Unknown page \"%1\"; the pages are: %2.")
                          .arg(parser.value(page), MainWindow::availablePages().join(QLatin1String(", "))),
                      2);

    auto resolved = AppSettings::resolveDatabaseUrl(parser.value(database));
    if (!resolved)
        return refuse(QApplication::translate("Atelier::ConsoleApp", "Cannot open the database"),
                      resolved.error().message, 1);
    DatabaseUrl url = resolved->url;
    AppSettings::UrlSource source = resolved->source;
    bool keepPassword = false;
    for (;;) {
        bool cancelled = false;
        const Result<StartReport> started =
            prepareWithProgress(url, source == AppSettings::UrlSource::EmbeddedDefault, cancelled);
        if (started)
            break;
        // Neither the keychain nor ~/.pgpass had a password that works: the person is asked.
        if (url.password.isEmpty() && DatabaseCredentials::isPasswordError(started.error())) {
            const auto answer = PasswordDialog::ask(
                nullptr, url, DatabaseCredentials::isWrongPassword(started.error()) ? started.error().message : QString());
            if (answer) {
                DatabaseCredentials::remember(url, answer->password);
                keepPassword = answer->keepInKeychain;
                continue;
            }
        }
        if (cancelled) {
            QMessageBox::information(nullptr, QApplication::translate("Atelier::ConsoleApp", "Atelier"),
                                     QApplication::translate("Atelier::ConsoleApp",
                                                             "Creating the demo data was cancelled; nothing was written. "
                                                             "It starts again the next time you open Atelier."));
            return 0;
        }
        if (source != AppSettings::UrlSource::Settings)
            return refuse(QApplication::translate("Atelier::ConsoleApp", "Cannot open the database"),
                          started.error().message, 1);
        // A saved database that no longer opens must not lock people out of the console.
        std::fprintf(stderr, "atelier: %s\n", qPrintable(started.error().message));
        const auto answer = QMessageBox::question(
            nullptr, QApplication::translate("Atelier::ConsoleApp", "Cannot open the database"),
            plainToolTip(QApplication::translate("Atelier::ConsoleApp", "%1\n\nForget this saved database and open the embedded one?")
                             .arg(started.error().message)));
        if (answer != QMessageBox::Yes)
            return 1;
        AppSettings::setStoredDatabaseUrl(QString());
        url = DatabaseUrl::sqliteFile(AppSettings::defaultDatabasePath());
        source = AppSettings::UrlSource::EmbeddedDefault;
    }

    if (keepPassword) {
        if (const Status kept = DatabaseCredentials::storeInKeychain(url, DatabaseCredentials::lookup(url)); !kept)
            QMessageBox::warning(nullptr, QApplication::translate("Atelier::ConsoleApp", "Atelier"), plainToolTip(kept.error().message));
    }

    MainWindow window(url);
    if (parser.isSet(page)) // else the page shown when the console was last closed
        window.showPage(parser.value(page));
    window.show();
    return app.exec();
}

} // namespace Atelier
