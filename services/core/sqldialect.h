#pragma once

#include <QString>
#include <QVariant>

class QDateTime;
class QSqlDatabase;

namespace Atelier {

/// The one place where PostgreSQL and SQLite differ: time values, day buckets, JSON access, write transactions.
/// SQLite keeps timestamps as INTEGER milliseconds since the epoch; PostgreSQL as timestamptz.
class SqlDialect final
{
public:
    enum class Kind { Sqlite, Postgresql };

    explicit SqlDialect(Kind kind) : m_kind(kind) {}
    static SqlDialect of(const QSqlDatabase &db);

    Kind kind() const { return m_kind; }
    bool isSqlite() const { return m_kind == Kind::Sqlite; }
    /// Folder of the migration files for this dialect, in the resources.
    QString migrationFolder() const;

    QVariant timeValue(const QDateTime &utc) const;
    QDateTime toDateTime(const QVariant &value) const;

    /// The database's name as people know it: "SQLite" or "PostgreSQL" (a proper noun, not translated).
    QString name() const;
    /// SQL that starts a write transaction. SQLite takes the write lock at once (BEGIN IMMEDIATE), so a second
    /// writer waits for it instead of failing at its first write; PostgreSQL locks rows as they are written.
    QString beginWrite() const;
    /// The column type that holds the values of timeValue().
    QString timestampType() const;
    /// SQL expression: the milliseconds since the epoch of a timestamp column, as an integer (PostgreSQL keeps
    /// microseconds: rounded to the nearest millisecond, the number the audit trail's hashes are made of).
    QString epochMilliseconds(const QString &column) const;
    /// SQL expression: the whole value of a JSON column as text.
    QString jsonColumnText(const QString &column) const;

    /// SQL expression: the UTC day number (days since 1970-01-01) of a timestamp column.
    QString dayNumber(const QString &column) const;
    /// SQL expression: the number of the UTC period holding a timestamp: days since the epoch, ISO weeks
    /// (starting Monday) since the epoch's week, or months since year 0 (year × 12 + month − 1).
    /// \a unit is "day", "week" or "month".
    QString periodNumber(const QString &column, const QString &unit) const;
    /// SQL expression: \a timestampExpression plus a number of seconds, bound to the next "?".
    QString plusBoundSeconds(const QString &timestampExpression) const;
    /// SQL expression: the seconds from \a earlier to \a later, as a floating-point number.
    QString secondsBetween(const QString &earlier, const QString &later) const;
    /// SQL expression: the UTC hour of the day (0–23) of a timestamp column.
    QString hourOfDay(const QString &column) const;
    /// SQL expression: a numeric JSON property (NULL when absent). \a key must be a known identifier.
    QString jsonNumber(const QString &column, const QString &key) const;
    /// The clause after a SELECT that locks the rows it reads until the transaction ends, so that what was read
    /// cannot change before it is written: FOR UPDATE on PostgreSQL; nothing on SQLite, whose write transaction
    /// (WriteTransaction) holds the whole database already.
    QString lockRows() const;
    /// "?, ?, …": \a n bound values, for an IN list.
    static QString bindMarks(qsizetype n);
    /// SQL for a bound JSON text going into a JSON column ("?" on SQLite, a jsonb cast on PostgreSQL).
    QString jsonParameter() const;
    /// SQL expression: a text JSON property (NULL when absent). \a key must be a known identifier.
    QString jsonText(const QString &column, const QString &key) const;

    // The AI Studio's (generationservice.cpp, trainingservice.cpp).
    /// SQL expression: the larger of two values (max() on SQLite, greatest() on PostgreSQL).
    QString greatest(const QString &a, const QString &b) const;
    /// SQL expression: the JSON object in \a column with \a key set to the JSON text bound to the next "?".
    /// \a key must be a known identifier.
    QString jsonWithBoundKey(const QString &column, const QString &key) const;
    /// SQL condition: \a column contains the value bound to the next "?", which containsPattern() makes. The case
    /// is ignored: PostgreSQL folds any letter, SQLite's LIKE only ASCII ones (the others compare as typed).
    QString containsBound(const QString &column) const;
    /// The value to bind for containsBound(): \a text with LIKE's wildcards escaped, between wildcards.
    QString containsPattern(const QString &text) const;
    /// SQL query: a person's quota row in a brand (monthly_credits, credits_used, credits_reserved, period_start), the
    /// person and the brand bound in that order, locked until the transaction ends. PostgreSQL asks a function of the
    /// tables' owner (migration 0009), since members may not lock quota rows; SQLite's write transaction holds the file.
    QString lockedQuota() const;
    /// SQL statement: registers a trained model in ai_models (Replicate, 2d, active). Binds, in order: the custom
    /// model's id, the new row's id, its name, cost per generation, average time, quality and metadata (JSON text).
    /// PostgreSQL goes through a function of the registry's owner that checks the caller edits the custom model's
    /// brand (migration 0009); both insert nothing for an unknown custom model (PostgreSQL raises an error).
    QString registerTrainedModel() const;

private:
    Kind m_kind;
};

} // namespace Atelier
