#pragma once

class QApplication;

namespace Atelier {

/// Starts the console: reads --database and --page, prepares the database (migrating it, and filling
/// the embedded one with demo data on first start) behind a cancellable progress dialog, then opens
/// the main window.
class ConsoleApp final
{
public:
    static int run(QApplication &app);
};

} // namespace Atelier
