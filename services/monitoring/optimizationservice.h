#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Atelier {

/// One piece of optimisation advice: what, the evidence measured, and the exact statement that applies it.
struct Advice final
{
    /// Stable while the advice holds: "<kind>:<object>" ("missing_index:analytics_events_brand_id_idx").
    QString id;
    /// missing_index, table_needs_index, unused_index, duplicate_index, invalid_index, stale_statistics, dead_tuples,
    /// transaction_id_age, sequence_near_end, long_running, idle_in_transaction, missing_statistics, freelist.
    QString kind;
    QString table;  // the table it concerns (empty: the whole database)
    QString object; // the index, table or session it names
    QString summary;
    QString evidence;
    /// The statement that applies it (empty when only a person can decide, e.g. a session to end).
    QString statement;
    /// Whether apply() runs it (ANALYZE, VACUUM, CREATE INDEX, DROP INDEX; administrators only).
    bool applicable = false;
    /// missing_index: the statement explained (PostgreSQL: with $1…), its parameters, and the planner's estimated
    /// cost without the index and — with HypoPG — with it imagined; -1 when not known.
    QString sql = {};
    int parameters = 0;
    double costBefore = -1;
    double costAfter = -1;
};

/// What apply() did, and the advice measured again afterwards.
struct AppliedAdvice final
{
    Advice advice;
    double milliseconds = 0;
    /// Whether the same advice still holds when measured again, and its evidence then.
    bool stillAdvised = false;
    QString evidenceAfter;
    /// missing_index on PostgreSQL: the statement's estimated cost once the index exists (-1: not measured).
    double costNow = -1;
};

/// Optimisation advice (issue 19), after PgHero's checks and thresholds on PostgreSQL and SQLite's .expert on SQLite.
/// Missing indexes come from the plans of the statements the product timed (query_metrics keeps their SQL): a
/// sequential scan of a table of 10,000 rows or more (SQLite: a SCAN, or an AUTOMATIC index), with the index whose
/// columns the plan filters on (PostgreSQL: the generic plan's filter; SQLite: .expert's method — a candidate index
/// per column, the statement prepared again, the one the planner uses kept).
class OptimizationService final
{
    Q_DECLARE_TR_FUNCTIONS(OptimizationService)
public:
    /// Every piece of advice that holds now; statements timed since \a since are explained.
    static Result<QList<Advice>> advise(const QSqlDatabase &db, const QDateTime &since = {});
    /// The plan of a timed statement's \a sql (its placeholders unknown: PostgreSQL's generic plan, SQLite's query plan
    /// with NULLs), as text; only a plain read is explained.
    static Result<QString> plan(const QSqlDatabase &db, const QString &sql);
    /// Whether the connected person may apply \a advice, as apply() decides: an error with the sentence to show when
    /// not (SQLite: whoever opens the file; PostgreSQL: the owner of the table).
    static Status mayApply(const QSqlDatabase &db, const Advice &advice);
    /// Applies the advice \a id (as advise() gives it now): only an administrator (PostgreSQL: the owner of the
    /// table — the database refuses anyone else too), recorded in the audit trail, measured again afterwards.
    static Result<AppliedAdvice> apply(const QSqlDatabase &db, const QString &id);
};

} // namespace Atelier
