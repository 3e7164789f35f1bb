#pragma once

#include "core/result.h"
#include "monitoring/performanceservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Atelier {

/// pg_stat_statements over a window: the differences between two snapshots.
struct StatementWindow final
{
    bool available = false;
    /// When not available: a sentence saying why (SQLite, no extension, not two snapshots yet).
    QString advice;
    QDateTime from; // the snapshots compared (UTC)
    QDateTime to;
    bool resetBetween = false; // pg_stat_statements was reset between them: those statements count from the reset
    QList<ServerStatement> top;
};

/// Snapshots of pg_stat_statements (issue 19, table statement_snapshots, migration 0025): take() copies this database's
/// top statements by total time (cumulative since the extension's last reset, with that reset's time); window()
/// reports a window's top statements as the differences between the last snapshot at or before its start (else its
/// first) and its last one. A statement whose counters went back (a reset of all or of it, or an entry evicted and
/// counted again) counts from zero; one missing from the earlier snapshot (under its top) counts whole.
class StatementSnapshots final
{
    Q_DECLARE_TR_FUNCTIONS(StatementSnapshots)
public:
    static constexpr int kIntervalSeconds = 300; ///< how often the monitoring round takes one
    static constexpr int kTopStatements = 200;
    /// Takes a snapshot stamped \a at; the number of statements kept (0 on SQLite or without the extension).
    static Result<int> take(const QSqlDatabase &db, const QDateTime &at = QDateTime::currentDateTimeUtc(), int limit = kTopStatements);
    /// The top \a limit statements by total time over [from, to].
    static Result<StatementWindow> window(const QSqlDatabase &db, const QDateTime &from, const QDateTime &to, int limit = 20);
};

} // namespace Atelier
