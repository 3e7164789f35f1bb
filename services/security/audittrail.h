#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlDatabase;

namespace Atelier {

/// One row of the audit trail (security_audits).
struct AuditRecord final
{
    QString id;
    qint64 seq = 0;
    QString action;
    QString resourceType;
    QString resourceId;
    QString userId;
    QString brandId;   // null QString for none
    QString ipAddress; // null QString for none
    QString userAgent; // null QString for none
    QString metadata;  // JSON text, null QString for none
    qint64 createdAtMs = 0;
    QString prevHash;
    QString rowHash;
    QString username; // shown, not hashed
};

/// What `audit verify` found.
struct AuditVerification final
{
    qint64 rows = 0;
    bool intact = true;
    qint64 brokenSeq = 0; // the first row that is missing or does not match
    QString problem;
    qint64 unchained = 0; // SQLite rows recorded before the chain existed (migration 6), at the start
    qint64 pending = 0;   // PostgreSQL rows recorded but not chained yet (a sealer was busy): checked once chained
    qint64 headSeq = 0;   // the last row: note its hash elsewhere to anchor the chain
    QString headHash;
};

/// Which rows `audit list` and `audit export` show. Empty fields do not filter.
struct AuditFilter final
{
    QString user; // username
    QString action;
    QString resourceType;
    QString resourceId;
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
};

/// The tamper-evident audit trail. Rows are chained: row_hash = SHA-256 of the row's fields and of the
/// previous row's hash (see migration 0006 for the exact content). On PostgreSQL the database computes the
/// chain and records changes by triggers; on SQLite the app computes it. verify() recomputes everything
/// in the app, so an edit made behind the triggers' back is found and named.
class AuditTrail final
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
public:
    static QStringList actions(); // view, create, edit, delete, export, share, sign_in
    /// "Atelier/<version> (<operating system>)": the client, as recorded.
    static QString userAgent();
    /// The exact bytes hashed for a row.
    static QByteArray content(const AuditRecord &record);
    static QString hashOf(const AuditRecord &record);

    /// Records that the person connected did \a action on a resource.
    static Status record(const QSqlDatabase &db, const QString &action, const QString &resourceType, const QString &resourceId,
                         const QString &brandId = {}, const QJsonObject &metadata = {});
    /// As record(), inside the caller's transaction, so the record and the change it names land together.
    static Status recordWithin(const QSqlDatabase &db, const QString &action, const QString &resourceType,
                               const QString &resourceId, const QString &brandId = {}, const QJsonObject &metadata = {});
    /// Appends a row as given (the demo's history), chained; inside the caller's transaction.
    static Status append(const QSqlDatabase &db, AuditRecord record);

    /// PostgreSQL: chains the committed rows that wait (rows are written unchained, so that no writer waits for
    /// another's transaction), unless another sealer is at work; returns how many. SQLite chains as it writes: 0.
    /// record(), verify() and the first page of list() seal first.
    static Result<qint64> seal(const QSqlDatabase &db);
    /// Walks the whole chain in order of seq.
    static Result<AuditVerification> verify(const QSqlDatabase &db);
    /// Rows matching \a filter with seq > \a afterSeq, oldest first, at most \a limit: pages through any number
    /// of rows without counting or skipping them.
    static Result<QList<AuditRecord>> list(const QSqlDatabase &db, const AuditFilter &filter, qint64 afterSeq = 0, int limit = 100);
    /// Streams every matching row to \a write as CSV lines (header first), page by page.
    static Result<qint64> exportCsv(const QSqlDatabase &db, const AuditFilter &filter,
                                    const std::function<bool(const QByteArray &)> &write);

private:
    static Status recordInDatabase(const QSqlDatabase &db, const QString &action, const QString &resourceType,
                                   const QString &resourceId, const QString &brandId, const QJsonObject &metadata);
};

} // namespace Atelier
