#pragma once

#include "core/result.h"

#include <QObject>
#include <QSqlDatabase>

namespace Atelier {

/// New comments, annotations and shares as they happen, from other consoles too: PostgreSQL announces
/// them on the channel "atelier_changes" (LISTEN/NOTIFY, no polling). The notice carries only the table and
/// the row id; the receiver reads the row under its own permissions. SQLite has one local person, who sees
/// their own changes as they make them: there is nothing to listen to.
class LiveUpdates final : public QObject
{
    Q_OBJECT
public:
    explicit LiveUpdates(QObject *parent = nullptr);
    /// Listens on \a channel instead of atelier_changes (atelier_workflows: the workflow runners' wake-up); each
    /// notification is announced by notified().
    LiveUpdates(const QString &channel, QObject *parent);
    ~LiveUpdates() override;

    /// Listens on \a db, a connection of the calling thread, which must stay open while listening.
    Status start(const QSqlDatabase &db);
    void stop();
    bool isListening() const { return m_listening; }

signals:
    /// \a table is comments, annotations or shared_resources.
    void changed(const QString &table, const QString &id);
    /// Any notification on the channel, with its payload.
    void notified(const QString &payload);

private:
    void received(const QString &name, const QVariant &payload);
    QSqlDatabase m_db;
    QString m_channel;
    bool m_listening = false;
};

} // namespace Atelier
