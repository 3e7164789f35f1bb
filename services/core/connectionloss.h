#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QObject>

class QSqlDatabase;

namespace Atelier {

struct DatabaseUrl;

/// A connection to PostgreSQL the server dropped (it restarted, or ended the session): how the console recovers.
/// Database::open() finds a dropped connection before using it and reconnects; Request retries a read that failed
/// because its connection was lost, once, and never a change: a change that failed that way says whether it was
/// surely not applied (its transaction never reached COMMIT) or whether its outcome is unknown.
class ConnectionLoss final
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionLoss)
public:
    /// Whether \a db's connection to the server is gone (libpq marks it once a statement found it so). Never on
    /// SQLite: a file does not drop.
    static bool isLost(const QSqlDatabase &db);

    /// A change begins on this thread: forgets what the previous one did (Request::startChange calls it).
    static void beginChange();
    /// WriteTransaction's account of the change in progress: a transaction committed, one ended without reaching
    /// COMMIT (rolled back, or never begun), a COMMIT that got no answer.
    static void noteCommitted();
    static void noteNotCommitted();
    static void noteCommitFailed();
    /// \a error of a change whose connection was lost, said for people: not applied when nothing reached COMMIT,
    /// else unknown, with how to check. The original message goes to the detail.
    static Error explainLostChange(const Error &error);

    /// Database::open() reconnected \a url after the server dropped the connection: ConnectionEvents announces it.
    static void announceReconnected(const DatabaseUrl &url);
};

/// Where the console hears of reconnections (MainWindow says "Reconnected" in its status bar). Emitted from the
/// thread that reconnected: connect with a context object on the receiving thread.
class ConnectionEvents final : public QObject
{
    Q_OBJECT
public:
    static ConnectionEvents *instance();

signals:
    /// A dropped connection to \a where (the database's display string) was opened again.
    void reconnected(const QString &where);

private:
    ConnectionEvents() = default;
};

} // namespace Atelier
