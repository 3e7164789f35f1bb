#pragma once

#include "core/databaseurl.h"

#include <QObject>

class QThread;

namespace Atelier {

/// Listens for new comments, annotations and shares on a thread of its own (LiveUpdates on a connection that
/// thread owns), so the GUI never waits on the server. Nothing to listen to on SQLite: one local person.
///
/// Stopping never waits either: the thread is asked to end and goes on its own once its connection attempt
/// (at most the database's connect timeout) is over; what it still announces then reaches nobody.
class LiveListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveListener)
public:
    explicit LiveListener(QObject *parent = nullptr);
    ~LiveListener() override;
    /// Listens on \a url (stops listening elsewhere first); nothing on SQLite.
    void start(const DatabaseUrl &url);
    /// Stops listening at once; the thread ends by itself.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    /// \a table is comments, annotations or shared_resources; \a id the row's.
    void changed(const QString &table, const QString &id);
    /// Listening could not start.
    void failed();

private:
    QThread *m_thread = nullptr;
    QObject *m_session = nullptr; // lives on m_thread; only disconnected from here
    QString m_url;
};

} // namespace Atelier
