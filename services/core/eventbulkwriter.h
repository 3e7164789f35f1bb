#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QSqlDatabase;

namespace Atelier {

/// One analytics event as the bulk loader takes it: UTF-8 fields, time in ms since the epoch (UTC).
struct EventRow final
{
    QByteArray eventType;
    QByteArray userId;    // empty = NULL (anonymous)
    QByteArray sessionId; // empty = NULL
    QByteArray properties; // JSON object text
    qint64 timestampMs = 0;
    QByteArray brandId;
};

/// Loads analytics events fast inside the caller's transaction: PostgreSQL through COPY (libpq),
/// SQLite through one prepared statement.
class EventBulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(EventBulkWriter)
public:
    virtual ~EventBulkWriter();
    /// With \a deferIndexes the table's secondary indexes are dropped for the load and rebuilt by
    /// finish(), from their own definitions in the catalogue: much faster for a large load.
    static Result<std::shared_ptr<EventBulkWriter>> start(const QSqlDatabase &db, bool deferIndexes = false);
    virtual Status add(const EventRow &row) = 0;
    /// Ends the load; the rows become visible when the caller commits.
    Status finish();
    /// Abandons the load (the caller rolls back).
    virtual void abort() = 0;

protected:
    virtual Status endLoad() = 0;

private:
    std::unique_ptr<QSqlDatabase> m_db;
    QStringList m_deferredIndexes;
};

} // namespace Atelier
