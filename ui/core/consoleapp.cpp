#include "consoleapp.h"

#include "core/appsettings.h"
#include "core/language.h"
#include "demo/firststart.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <cstdio>

namespace Atelier {

namespace {
int refuse(const QString &title, const QString &message, int code)
{
    // Also on the terminal, for people who started the console from one.
    std::fprintf(stderr, "atelier: %s\n", qPrintable(message));
    QMessageBox::critical(nullptr, title, message);
    return code;
}
} // namespace

int ConsoleApp::run(QApplication &app)
{
    Language::apply(Language::preferred());

    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), QString(), QStringLiteral("url"));
    const QCommandLineOption page(QStringLiteral("page"), QString(), QStringLiteral("name"), QStringLiteral("overview"));
    parser.addOption(database);
    parser.addOption(page);
    if (!parser.parse(app.arguments()))
        return refuse(QApplication::translate("Atelier::ConsoleApp", "Atelier"), parser.errorText(), 2);

    auto resolved = AppSettings::resolveDatabaseUrl(parser.value(database));
    if (!resolved)
        return refuse(QApplication::translate("Atelier::ConsoleApp", "Cannot open the database"),
                      resolved.error().message, 1);
    const bool embedded = resolved->source == AppSettings::UrlSource::EmbeddedDefault;

    QProgressDialog progress(QApplication::translate("Atelier::ConsoleApp", "Preparing the database…"),
                             QApplication::translate("Atelier::ConsoleApp", "Cancel"), 0, 100);
    progress.setWindowTitle(QApplication::translate("Atelier::ConsoleApp", "Atelier"));
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    std::atomic_bool cancel = false;
    std::atomic_int percent = 0;
    const DatabaseUrl url = resolved->url;
    QFutureWatcher<Result<StartReport>> watcher;
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancel] { cancel = true; });
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &progress, [&] {
        if (percent > 0)
            progress.setLabelText(QApplication::translate("Atelier::ConsoleApp",
                                                          "First start: creating the demo data (%1 %)…")
                                      .arg(percent.load()));
        progress.setValue(percent);
    });
    ticker.start(100);
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<StartReport>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&, url, embedded] {
        return FirstStart::prepare(url, embedded, DemoOptions{}, [&percent](int p) { percent = p; }, &cancel);
    }));
    loop.exec();
    ticker.stop();
    progress.close();
    const Result<StartReport> started = watcher.result();
    if (!started)
        return refuse(QApplication::translate("Atelier::ConsoleApp", "Cannot open the database"), started.error().message, 1);

    MainWindow window(url);
    if (!window.showPage(parser.value(page)))
        return refuse(QApplication::translate("Atelier::ConsoleApp", "Atelier"),
                      QApplication::translate("Atelier::ConsoleApp", "Unknown page \"%1\"; the pages are: %2.")
                          .arg(parser.value(page), window.pageNames().join(QLatin1String(", "))),
                      2);
    window.show();
    return app.exec();
}

} // namespace Atelier
