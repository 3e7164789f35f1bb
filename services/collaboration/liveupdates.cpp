#include "liveupdates.h"

#include "core/sqldialect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>

namespace Atelier {

namespace {
const QString kChannel = QStringLiteral("atelier_changes");
}

LiveUpdates::LiveUpdates(QObject *parent) : LiveUpdates(kChannel, parent) {}

LiveUpdates::LiveUpdates(const QString &channel, QObject *parent) : QObject(parent), m_channel(channel) {}

LiveUpdates::~LiveUpdates()
{
    stop();
}

Status LiveUpdates::start(const QSqlDatabase &db)
{
    stop();
    if (SqlDialect::of(db).isSqlite()) // notifications are PostgreSQL's; one local person has nothing to hear from others
        return Done{};
    m_db = db;
    QSqlDriver *driver = m_db.driver();
    if (!driver->subscribeToNotification(m_channel))
        return Error{tr("Cannot listen for changes from other consoles."), driver->lastError().text()};
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) { received(name, payload); });
    m_listening = true;
    return Done{};
}

void LiveUpdates::stop()
{
    if (!m_listening)
        return;
    if (m_db.isOpen()) {
        m_db.driver()->unsubscribeFromNotification(m_channel);
        disconnect(m_db.driver(), nullptr, this, nullptr);
    }
    m_listening = false;
}

void LiveUpdates::received(const QString &name, const QVariant &payload)
{
    if (name != m_channel)
        return;
    emit notified(payload.toString());
    const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    const QString table = o.value(QStringLiteral("table")).toString();
    const QString id = o.value(QStringLiteral("id")).toString();
    if (!table.isEmpty() && !id.isEmpty())
        emit changed(table, id);
}

} // namespace Atelier
