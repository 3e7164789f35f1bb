#include "monitoring/optimizationservice.h"

#include "core/database.h"
#include "core/sqldialect.h"
#include "security/audittrail.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace Atelier {

namespace {

constexpr qint64 kLargeTable = 10000;

bool isPlainName(const QString &name)
{
    static const QRegularExpression form(QStringLiteral("^[a-z_][a-z0-9_$]{0,62}$"));
    return form.match(name).hasMatch();
}

QString bytesText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString indexName(const QString &table, const QStringList &columns)
{
    QString name = table + QLatin1Char('_') + columns.join(QLatin1Char('_')) + QStringLiteral("_idx");
    return name.left(63);
}

/// The SQL of a statement timed with Qt's positional placeholders, with PostgreSQL's $1, $2… instead, and how many;
/// empty when it is not a plain read (only SELECT and WITH … SELECT are explained) or uses named placeholders.
/// query_metrics is written by every member, so the text may be anyone's: it must be one statement beyond doubt.
/// Comments, dollar quotes, backslashes (E'' strings) and semicolons are refused wherever they are, since each of them
/// can make PostgreSQL see a statement boundary where a plain quote scan sees text ("SELECT 1 --'" newline "; GRANT …").
std::pair<QString, int> explainable(const QString &sql, bool numbered)
{
    static const QRegularExpression read(QStringLiteral("^\\s*(SELECT|WITH)\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression writes(QStringLiteral("\\b(INSERT|UPDATE|DELETE|MERGE|INTO|COPY|FOR\\s+UPDATE|FOR\\s+SHARE)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!read.match(sql).hasMatch() || writes.match(sql).hasMatch())
        return {};
    for (const QLatin1String token : {QLatin1String("--"), QLatin1String("/*"), QLatin1String("$"), QLatin1String("\\"), QLatin1String(";")})
        if (sql.contains(token))
            return {};
    if (sql.contains(QChar(0)))
        return {};
    QString out;
    int n = 0;
    QChar quote;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            out += c;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            ++n;
            if (numbered) {
                out += QLatin1Char('$') + QString::number(n);
                continue;
            }
        } else if (c == QLatin1Char(':') && i + 1 < sql.size() && (sql.at(i + 1).isLetter() || sql.at(i + 1) == QLatin1Char('_'))
                   && (i == 0 || sql.at(i - 1) != QLatin1Char(':'))) {
            return {}; // a named placeholder
        }
        out += c;
    }
    if (!quote.isNull())
        return {}; // an unterminated quote
    return {out, n};
}

struct Context
{
    const QSqlDatabase &db;
    QList<Advice> advice;
    QSet<QString> ids;

    void add(Advice a)
    {
        if (ids.contains(a.id))
            return;
        ids.insert(a.id);
        advice.append(std::move(a));
    }
};

Status run(QSqlQuery &q, const QString &sql, const QString &what)
{
    if (!q.exec(sql))
        return Database::queryError(q, what);
    return Done{};
}

/// A statement timed since \a since on this kind of database, with its SQL: the 20 that took the most time.
struct Timed
{
    QString name, sql;
    qint64 calls;
    double meanMs;
};

Result<QList<Timed>> timedStatements(const QSqlDatabase &db, const QDateTime &since)
{
    const SqlDialect dialect = SqlDialect::of(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT service, statement, sample_sql, sum(calls), sum(total_ms) FROM query_metrics "
                             "WHERE database_kind = ? AND sample_sql IS NOT NULL AND minute >= ? "
                             "GROUP BY service, statement, sample_sql ORDER BY sum(total_ms) DESC LIMIT 20"));
    q.addBindValue(dialect.isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql"));
    q.addBindValue(dialect.timeValue(since));
    if (!q.exec())
        return Database::queryError(q, OptimizationService::tr("Reading the statements timed"));
    QList<Timed> timed;
    while (q.next())
        timed.append({q.value(0).toString() + QLatin1Char('/') + q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                      q.value(4).toDouble() / std::max<qint64>(1, q.value(3).toLongLong())});
    return timed;
}

// PostgreSQL ---------------------------------------------------------------------------------------------------------

/// The columns a generic plan's filter compares with a parameter: equality first, then at most one range.
QStringList filterColumns(const QString &filter)
{
    static const QRegularExpression comparison(
        QStringLiteral("(?:[a-z_][a-z0-9_]*\\.)?([a-z_][a-z0-9_]*)\\)?(?:::[a-z ]+)?\\s*(=|<|<=|>|>=)\\s*\\(?\\$\\d+"));
    QStringList equal, range;
    for (auto it = comparison.globalMatch(filter); it.hasNext();) {
        const auto m = it.next();
        QStringList &list = m.captured(2) == QLatin1String("=") ? equal : range;
        if (!list.contains(m.captured(1)) && !equal.contains(m.captured(1)))
            list << m.captured(1);
    }
    if (!range.isEmpty())
        equal << range.first();
    return equal;
}

void seqScans(const QJsonObject &node, QList<std::pair<QString, QString>> &found)
{
    if (node.value(QStringLiteral("Node Type")).toString().endsWith(QLatin1String("Seq Scan")) && node.contains(QStringLiteral("Filter")))
        found.append({node.value(QStringLiteral("Relation Name")).toString(), node.value(QStringLiteral("Filter")).toString()});
    for (const auto &child : node.value(QStringLiteral("Plans")).toArray())
        seqScans(child.toObject(), found);
}

/// The schema of an installed extension, or empty (also when it is not a plain name).
QString extensionSchema(const QSqlDatabase &db, const QString &extension)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = ?"));
    q.addBindValue(extension);
    if (!q.exec() || !q.next() || !isPlainName(q.value(0).toString()))
        return {};
    return q.value(0).toString();
}

/// The lines of PostgreSQL's EXPLAIN of \a sql's generic plan (its parameters $1…$\a params unknown), or its JSON when
/// \a json. The text may be a member's (query_metrics), and the planner runs stable and immutable functions it can
/// fold: the statement is prepared and explained in a READ ONLY transaction of its own (nothing it calls writes), with
/// short statement and lock timeouts (nothing it calls or waits for holds the page) and pg_temp searched last (no
/// temporary table of anyone's shadows a table). Refused inside another transaction, which it would end.
Result<QStringList> explainGeneric(const QSqlDatabase &db, const QString &sql, int params, const QString &name, bool json)
{
    const QString what = OptimizationService::tr("Explaining the statement");
    QSqlQuery s(db);
    if (!s.exec(QStringLiteral("SELECT pg_catalog.transaction_timestamp() = pg_catalog.statement_timestamp()")) || !s.next())
        return Database::queryError(s, what);
    if (!s.value(0).toBool())
        return Error{what, QStringLiteral("explainGeneric: called inside a transaction, which its own read-only one would end"),
                     ErrorCode::Conflict};
    if (!s.exec(QStringLiteral("BEGIN READ ONLY")))
        return Database::queryError(s, what);
    std::optional<Error> failure;
    bool prepared = false;
    QStringList lines;
    for (const QString &setup : {QStringLiteral("SET LOCAL statement_timeout = 5000"), QStringLiteral("SET LOCAL lock_timeout = 2000"),
                                 QStringLiteral("SET LOCAL search_path = pg_catalog, public, pg_temp"),
                                 QStringLiteral("SET LOCAL plan_cache_mode = force_generic_plan")})
        if (!failure && !s.exec(setup))
            failure = Database::queryError(s, what);
    if (!failure) {
        if (!s.exec(QStringLiteral("PREPARE %1 AS %2").arg(name, sql)))
            failure = Database::queryError(s, what);
        else
            prepared = true;
    }
    if (!failure) {
        QStringList nulls;
        for (int i = 0; i < params; ++i)
            nulls << QStringLiteral("NULL");
        if (s.exec(QStringLiteral("EXPLAIN %1EXECUTE %2%3")
                       .arg(json ? QStringLiteral("(FORMAT JSON) ") : QString(), name,
                            params ? QLatin1Char('(') + nulls.join(QLatin1Char(',')) + QLatin1Char(')') : QString())))
            while (s.next())
                lines << s.value(0).toString();
        else
            failure = Database::queryError(s, what);
    }
    QSqlQuery end(db);
    end.exec(QStringLiteral("ROLLBACK"));
    if (prepared)
        end.exec(QStringLiteral("DEALLOCATE %1").arg(name)); // a prepared statement outlives its transaction
    if (failure)
        return *failure;
    return lines;
}

/// PostgreSQL's generic plan of \a sql as EXPLAIN (FORMAT JSON) gives it (explainGeneric).
std::optional<QJsonObject> genericPlan(const QSqlDatabase &db, const QString &sql, int params, int serial)
{
    const auto lines = explainGeneric(db, sql, params, QStringLiteral("atelier_advice_%1").arg(serial), true);
    if (!lines || lines->isEmpty())
        return std::nullopt;
    const QJsonArray plans = QJsonDocument::fromJson(lines->join(QLatin1Char('\n')).toUtf8()).array();
    if (plans.isEmpty())
        return std::nullopt;
    return plans.first().toObject();
}

Status postgresMissingIndexes(Context &c, const QDateTime &since)
{
    auto read = timedStatements(c.db, since);
    if (!read)
        return read.error();
    const QList<Timed> timed = read.value();
    const QString hypopg = extensionSchema(c.db, QStringLiteral("hypopg"));
    int n = 0;
    for (const Timed &t : std::as_const(timed)) {
        const auto [sql, params] = explainable(t.sql, true);
        if (sql.isEmpty())
            continue;
        const auto plan = genericPlan(c.db, sql, params, ++n);
        if (!plan)
            continue; // a statement of another schema version: nothing to say about it
        QList<std::pair<QString, QString>> scans;
        seqScans(plan->value(QStringLiteral("Plan")).toObject(), scans);
        const double costBefore = plan->value(QStringLiteral("Plan")).toObject().value(QStringLiteral("Total Cost")).toDouble();
        for (const auto &[table, filter] : scans) {
            const QStringList columns = filterColumns(filter);
            if (!isPlainName(table) || columns.isEmpty())
                continue;
            QSqlQuery facts(c.db);
            facts.prepare(QStringLiteral(
                "SELECT greatest(t.reltuples, coalesce(st.n_live_tup, 0))::bigint, "
                "(SELECT count(*) FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attname = ANY (?::text[])), "
                "EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = i.indkey[0] "
                "        WHERE i.indrelid = t.oid AND i.indisvalid AND a.attname = ?) "
                "FROM pg_class t JOIN pg_namespace ns ON ns.oid = t.relnamespace "
                "LEFT JOIN pg_stat_user_tables st ON st.relid = t.oid WHERE ns.nspname = 'public' AND t.relname = ?"));
            facts.addBindValue(QLatin1Char('{') + columns.join(QLatin1Char(',')) + QLatin1Char('}'));
            facts.addBindValue(columns.first());
            facts.addBindValue(table);
            if (!facts.exec() || !facts.next())
                continue;
            const qint64 rows = facts.value(0).toLongLong();
            if (rows < kLargeTable || facts.value(1).toInt() != columns.size() || facts.value(2).toBool())
                continue;
            const QString index = indexName(table, columns);
            Advice a{QStringLiteral("missing_index:") + index, QStringLiteral("missing_index"), table, index,
                     OptimizationService::tr("Add an index on %1 (%2)").arg(table, columns.join(QStringLiteral(", "))),
                     OptimizationService::tr("%1 reads all of %2 (about %3 rows) and filters on %4; %5 calls, %6 ms on average.")
                         .arg(t.name, table)
                         .arg(rows)
                         .arg(filter)
                         .arg(t.calls)
                         .arg(t.meanMs, 0, 'f', 1),
                     QStringLiteral("CREATE INDEX CONCURRENTLY %1 ON public.%2 (%3)").arg(index, table, columns.join(QStringLiteral(", "))),
                     true};
            a.sql = sql;
            a.parameters = params;
            a.costBefore = costBefore;
            if (!hypopg.isEmpty()) {
                // HypoPG: the same plan with the index only imagined (nothing built, nothing locked).
                QSqlQuery h(c.db);
                if (h.exec(QStringLiteral("SELECT %1.hypopg_create_index('CREATE INDEX ON public.%2 (%3)')")
                               .arg(hypopg, table, columns.join(QStringLiteral(", "))))) {
                    if (const auto after = genericPlan(c.db, sql, params, ++n)) {
                        a.costAfter = after->value(QStringLiteral("Plan")).toObject().value(QStringLiteral("Total Cost")).toDouble();
                        if (a.costBefore > 0)
                            a.evidence += QLatin1Char(' ')
                                          + OptimizationService::tr("HypoPG: estimated cost %1 → %2 with the index, a gain of %3 %.")
                                                .arg(a.costBefore, 0, 'f', 0)
                                                .arg(a.costAfter, 0, 'f', 0)
                                                .arg(100.0 * (a.costBefore - a.costAfter) / a.costBefore, 0, 'f', 0);
                    }
                }
                h.exec(QStringLiteral("SELECT %1.hypopg_reset()").arg(hypopg));
            }
            c.add(std::move(a));
        }
    }
    return Done{};
}

Status postgresAdvice(Context &c, const QDateTime &since)
{
    if (auto s = postgresMissingIndexes(c, since); !s)
        return s;
    const QString reading = OptimizationService::tr("Reading PostgreSQL's statistics");
    QSqlQuery q(c.db);
    q.setForwardOnly(true);

    // Invalid indexes (a CREATE INDEX CONCURRENTLY that failed).
    if (auto s = run(q, QStringLiteral("SELECT ci.relname, t.relname, pg_relation_size(i.indexrelid) FROM pg_index i "
                                       "JOIN pg_class ci ON ci.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
                                       "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public' AND NOT i.indisvalid "
                                       "ORDER BY ci.relname"),
                     reading);
        !s)
        return s;
    while (q.next())
        c.add(Advice{QStringLiteral("invalid_index:") + q.value(0).toString(), QStringLiteral("invalid_index"), q.value(1).toString(),
                     q.value(0).toString(), OptimizationService::tr("Drop the invalid index %1").arg(q.value(0).toString()),
                     OptimizationService::tr("%1 on %2 is invalid (an interrupted build): it is kept up to date but never used; %3.")
                         .arg(q.value(0).toString(), q.value(1).toString(), bytesText(q.value(2).toLongLong())),
                     QStringLiteral("DROP INDEX CONCURRENTLY public.%1").arg(q.value(0).toString()), isPlainName(q.value(0).toString())});

    // Duplicate indexes: the columns of one are the first columns of another of the same table and kind.
    if (auto s = run(q, QStringLiteral(
                         "SELECT ca.relname, cb.relname, t.relname, pg_relation_size(a.indexrelid) FROM pg_index a "
                         "JOIN pg_index b ON b.indrelid = a.indrelid AND b.indexrelid <> a.indexrelid "
                         "JOIN pg_class ca ON ca.oid = a.indexrelid JOIN pg_class cb ON cb.oid = b.indexrelid "
                         "JOIN pg_class t ON t.oid = a.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
                         "WHERE n.nspname = 'public' AND ca.relam = cb.relam AND a.indisvalid AND b.indisvalid AND NOT a.indisunique "
                         "AND a.indexprs IS NULL AND b.indexprs IS NULL AND a.indpred IS NULL AND b.indpred IS NULL "
                         "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = a.indexrelid) "
                         "AND ((b.indkey::text = a.indkey::text AND (b.indisunique OR a.indexrelid > b.indexrelid)) "
                         "     OR b.indkey::text LIKE a.indkey::text || ' %') ORDER BY ca.relname, cb.relname"),
                     reading);
        !s)
        return s;
    while (q.next())
        c.add(Advice{QStringLiteral("duplicate_index:") + q.value(0).toString(), QStringLiteral("duplicate_index"), q.value(2).toString(),
                     q.value(0).toString(), OptimizationService::tr("Drop the duplicate index %1").arg(q.value(0).toString()),
                     OptimizationService::tr("The columns of %1 on %2 are the first columns of %3, which serves the same searches; %4.")
                         .arg(q.value(0).toString(), q.value(2).toString(), q.value(1).toString(), bytesText(q.value(3).toLongLong())),
                     QStringLiteral("DROP INDEX CONCURRENTLY public.%1").arg(q.value(0).toString()), isPlainName(q.value(0).toString())});

    // Unused indexes: never scanned since the statistics were reset, and enforcing nothing.
    if (auto s = run(q, QStringLiteral("SELECT s.indexrelname, s.relname, pg_relation_size(s.indexrelid) FROM pg_stat_user_indexes s "
                                       "JOIN pg_index i ON i.indexrelid = s.indexrelid WHERE s.schemaname = 'public' AND s.idx_scan = 0 "
                                       "AND NOT i.indisunique AND NOT i.indisprimary AND i.indisvalid "
                                       "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = s.indexrelid) "
                                       "ORDER BY pg_relation_size(s.indexrelid) DESC, s.indexrelname"),
                     reading);
        !s)
        return s;
    while (q.next())
        c.add(Advice{QStringLiteral("unused_index:") + q.value(0).toString(), QStringLiteral("unused_index"), q.value(1).toString(),
                     q.value(0).toString(), OptimizationService::tr("Drop the unused index %1").arg(q.value(0).toString()),
                     OptimizationService::tr("%1 on %2 has not been scanned once since the server's statistics were reset; %3 to keep up to date.")
                         .arg(q.value(0).toString(), q.value(1).toString(), bytesText(q.value(2).toLongLong())),
                     QStringLiteral("DROP INDEX CONCURRENTLY public.%1").arg(q.value(0).toString()), isPlainName(q.value(0).toString())});

    // Tables read mostly by sequential scans (PgHero: under 95 % index scans on 10,000 rows or more).
    if (auto s = run(q, QStringLiteral("SELECT relname, seq_scan, coalesce(idx_scan, 0), n_live_tup FROM pg_stat_user_tables "
                                       "WHERE schemaname = 'public' AND n_live_tup >= 10000 AND seq_scan > 0 "
                                       "AND 100 * coalesce(idx_scan, 0) < 95 * (seq_scan + coalesce(idx_scan, 0)) ORDER BY n_live_tup DESC"),
                     reading);
        !s)
        return s;
    while (q.next()) {
        const QString table = q.value(0).toString();
        bool named = false;
        for (const Advice &a : std::as_const(c.advice))
            named = named || (a.kind == QLatin1String("missing_index") && a.table == table);
        if (named)
            continue; // the missing index is already advised
        const qint64 seq = q.value(1).toLongLong(), idx = q.value(2).toLongLong();
        c.add(Advice{QStringLiteral("table_needs_index:") + table, QStringLiteral("table_needs_index"), table, table,
                     OptimizationService::tr("Find the index %1 lacks").arg(table),
                     OptimizationService::tr("%1 (%2 rows) was read by %3 sequential scans and %4 index scans (%5 % by index); "
                                             "the statements that read it are not among those timed.")
                         .arg(table)
                         .arg(q.value(3).toLongLong())
                         .arg(seq)
                         .arg(idx)
                         .arg(100.0 * double(idx) / double(std::max<qint64>(1, seq + idx)), 0, 'f', 1),
                     {}, false});
    }

    // Statistics and vacuum.
    if (auto s = run(q, QStringLiteral("SELECT relname, n_live_tup, n_dead_tup, n_mod_since_analyze, "
                                       "greatest(last_analyze, last_autoanalyze), greatest(last_vacuum, last_autovacuum) "
                                       "FROM pg_stat_user_tables WHERE schemaname = 'public' ORDER BY relname"),
                     reading);
        !s)
        return s;
    while (q.next()) {
        const QString table = q.value(0).toString();
        const qint64 live = q.value(1).toLongLong(), dead = q.value(2).toLongLong(), changed = q.value(3).toLongLong();
        const QDateTime analyzed = q.value(4).toDateTime();
        if (live + dead >= 1000 && (analyzed.isNull() || double(changed) > 0.1 * double(live) + 50))
            c.add(Advice{QStringLiteral("stale_statistics:") + table, QStringLiteral("stale_statistics"), table, table,
                         OptimizationService::tr("Analyze %1").arg(table),
                         analyzed.isNull() ? OptimizationService::tr("%1 has %2 rows and has never been analyzed: the planner guesses its sizes.")
                                                 .arg(table)
                                                 .arg(live)
                                           : OptimizationService::tr("%1 rows of %2 (%3 rows) changed since it was last analyzed on %4.")
                                                 .arg(changed)
                                                 .arg(table)
                                                 .arg(live)
                                                 .arg(analyzed.toUTC().toString(Qt::ISODate)),
                         QStringLiteral("ANALYZE public.%1").arg(table), isPlainName(table)});
        if (dead >= 1000 && double(dead) > 0.1 * double(live))
            c.add(Advice{QStringLiteral("dead_tuples:") + table, QStringLiteral("dead_tuples"), table, table,
                         OptimizationService::tr("Vacuum %1").arg(table),
                         OptimizationService::tr("%1 has %2 dead rows for %3 live ones.").arg(table).arg(dead).arg(live),
                         QStringLiteral("VACUUM (ANALYZE) public.%1").arg(table), isPlainName(table)});
    }

    // Transaction-id age (wraparound at 2^31; autovacuum freezes from 200 million).
    if (auto s = run(q, QStringLiteral("SELECT c.relname, age(c.relfrozenxid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                       "WHERE n.nspname = 'public' AND c.relkind = 'r' AND age(c.relfrozenxid) > 200000000 ORDER BY 2 DESC"),
                     reading);
        !s)
        return s;
    while (q.next())
        c.add(Advice{QStringLiteral("transaction_id_age:") + q.value(0).toString(), QStringLiteral("transaction_id_age"),
                     q.value(0).toString(), q.value(0).toString(), OptimizationService::tr("Freeze %1").arg(q.value(0).toString()),
                     OptimizationService::tr("The oldest transaction id of %1 is %2 transactions old (PostgreSQL stops writes at about 2,100 million).")
                         .arg(q.value(0).toString())
                         .arg(q.value(1).toLongLong()),
                     QStringLiteral("VACUUM (FREEZE) public.%1").arg(q.value(0).toString()), isPlainName(q.value(0).toString())});

    // Sequences over 90 % of their range.
    if (auto s = run(q, QStringLiteral("SELECT sequencename, last_value, max_value FROM pg_sequences WHERE schemaname = 'public' "
                                       "AND last_value IS NOT NULL AND last_value::numeric > 0.9 * max_value::numeric"),
                     reading);
        !s)
        return s;
    while (q.next())
        c.add(Advice{QStringLiteral("sequence_near_end:") + q.value(0).toString(), QStringLiteral("sequence_near_end"), {},
                     q.value(0).toString(), OptimizationService::tr("Widen the sequence %1").arg(q.value(0).toString()),
                     OptimizationService::tr("%1 is at %2 of %3.").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()),
                     QStringLiteral("ALTER SEQUENCE public.%1 AS bigint").arg(q.value(0).toString()), false});

    // Sessions: running for over 60 s, or idle in a transaction for over 60 s.
    if (auto s = run(q, QStringLiteral("SELECT pid, usename, state, extract(epoch FROM now() - coalesce(CASE WHEN state = 'active' THEN query_start END, state_change)), "
                                       "left(query, 200) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
                                       "AND ((state = 'active' AND now() - query_start > interval '60 seconds') "
                                       "  OR (state LIKE 'idle in transaction%' AND now() - state_change > interval '60 seconds')) ORDER BY 4 DESC"),
                     reading);
        !s)
        return s;
    while (q.next()) {
        const bool idle = q.value(2).toString() != QLatin1String("active");
        const QString pid = q.value(0).toString();
        c.add(Advice{(idle ? QStringLiteral("idle_in_transaction:") : QStringLiteral("long_running:")) + pid,
                     idle ? QStringLiteral("idle_in_transaction") : QStringLiteral("long_running"), {}, pid,
                     idle ? OptimizationService::tr("End the idle transaction of %1").arg(q.value(1).toString())
                          : OptimizationService::tr("Look at the long statement of %1").arg(q.value(1).toString()),
                     OptimizationService::tr("Session %1 of %2 has been %3 for %4 s: %5")
                         .arg(pid, q.value(1).toString(), q.value(2).toString())
                         .arg(q.value(3).toDouble(), 0, 'f', 0)
                         .arg(q.value(4).toString()),
                     idle ? QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid) : QStringLiteral("SELECT pg_cancel_backend(%1)").arg(pid),
                     false});
    }
    return Done{};
}

// SQLite -------------------------------------------------------------------------------------------------------------

bool largeSqliteTable(const QSqlDatabase &db, const QString &table, qint64 *rows)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM \"%1\" LIMIT %2)").arg(table).arg(kLargeTable)) || !q.next())
        return false;
    *rows = q.value(0).toLongLong();
    return *rows >= kLargeTable;
}

/// The plan's lines; the statement's parameters bound to NULL (the plan does not depend on them without sqlite_stat4).
QStringList planDetails(const QSqlDatabase &db, const QString &sql, int params)
{
    QSqlQuery q(db);
    QStringList details;
    if (!q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        return details;
    for (int i = 0; i < params; ++i)
        q.addBindValue(QVariant());
    if (q.exec())
        while (q.next())
            details << q.value(3).toString();
    return details;
}

Status sqliteMissingIndexes(Context &c, const QDateTime &since)
{
    auto read = timedStatements(c.db, since);
    if (!read)
        return read.error();
    const QList<Timed> timed = read.value();
    static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)(?: AS \\w+)?$"));
    static const QRegularExpression automatic(QStringLiteral("^SEARCH (\\w+)(?: AS \\w+)? USING AUTOMATIC (?:PARTIAL )?(?:COVERING )?INDEX \\(([^)]*)\\)"));
    static const QRegularExpression column(QStringLiteral("(\\w+)[=<>]"));
    for (const Timed &t : std::as_const(timed)) {
        const auto [sql, params] = explainable(t.sql, false);
        if (sql.isEmpty())
            continue;
        for (const QString &detail : planDetails(c.db, sql, params)) {
            QString table;
            QStringList columns;
            if (const auto m = automatic.match(detail); m.hasMatch()) {
                table = m.captured(1);
                for (auto it = column.globalMatch(m.captured(2)); it.hasNext();)
                    columns << it.next().captured(1);
            } else if (const auto s = scan.match(detail); s.hasMatch()) {
                table = s.captured(1);
            } else {
                continue;
            }
            qint64 rows = 0;
            if (!isPlainName(table) || !largeSqliteTable(c.db, table, &rows))
                continue;
            if (columns.isEmpty()) {
                // .expert's method: a candidate index on each column the statement names, prepared again; the one the
                // planner uses is the advice. Built in a savepoint, never kept.
                QSqlQuery info(c.db);
                QStringList candidates;
                if (info.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table)))
                    while (info.next()) {
                        const QString name = info.value(0).toString();
                        if (isPlainName(name) && sql.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(name))))
                            candidates << name;
                    }
                if (candidates.isEmpty() || candidates.size() > 8)
                    continue;
                QSqlQuery w(c.db);
                if (!w.exec(QStringLiteral("SAVEPOINT atelier_expert")))
                    continue;
                for (const QString &candidate : std::as_const(candidates))
                    w.exec(QStringLiteral("CREATE INDEX atelier_expert_%1 ON \"%2\" (\"%1\")").arg(candidate, table));
                static const QRegularExpression uses(QStringLiteral("USING (?:COVERING )?INDEX atelier_expert_(\\w+)"));
                for (const QString &after : planDetails(c.db, sql, params))
                    if (const auto u = uses.match(after); u.hasMatch() && after.contains(table))
                        columns << u.captured(1);
                w.exec(QStringLiteral("ROLLBACK TO atelier_expert"));
                w.exec(QStringLiteral("RELEASE atelier_expert"));
            }
            columns.removeDuplicates();
            if (columns.isEmpty())
                continue;
            const QString index = indexName(table, columns);
            c.add(Advice{QStringLiteral("missing_index:") + index, QStringLiteral("missing_index"), table, index,
                         OptimizationService::tr("Add an index on %1 (%2)").arg(table, columns.join(QStringLiteral(", "))),
                         OptimizationService::tr("%1 reads all of %2 (%3 rows or more) where the plan says \"%4\"; %5 calls, %6 ms on average.")
                             .arg(t.name, table)
                             .arg(rows)
                             .arg(detail)
                             .arg(t.calls)
                             .arg(t.meanMs, 0, 'f', 1),
                         QStringLiteral("CREATE INDEX %1 ON %2 (%3)").arg(index, table, columns.join(QStringLiteral(", "))), true});
        }
    }
    return Done{};
}

Status sqliteAdvice(Context &c, const QDateTime &since)
{
    if (auto s = sqliteMissingIndexes(c, since); !s)
        return s;
    QSqlQuery q(c.db);
    const QString reading = OptimizationService::tr("Reading SQLite's statistics");
    // Duplicate indexes: the columns of one (not unique, not partial) are the first columns of another of its table.
    if (auto s = run(q, QStringLiteral("SELECT m.name, il.name, il.\"unique\", il.partial, "
                                       "(SELECT group_concat(name, ',') FROM (SELECT ii.name FROM pragma_index_info(il.name) ii ORDER BY ii.seqno)) "
                                       "FROM sqlite_master m, pragma_index_list(m.name) il WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' "
                                       "ORDER BY m.name, il.name"),
                     reading);
        !s)
        return s;
    struct Index
    {
        QString table, name, columns;
        bool unique, partial;
    };
    QList<Index> indexes;
    while (q.next())
        indexes.append({q.value(0).toString(), q.value(1).toString(), q.value(4).toString(), q.value(2).toBool(), q.value(3).toBool()});
    for (const Index &a : std::as_const(indexes)) {
        if (a.unique || a.partial || a.columns.isEmpty() || a.name.startsWith(QLatin1String("sqlite_autoindex")))
            continue;
        for (const Index &b : std::as_const(indexes)) {
            if (b.table != a.table || b.name == a.name || b.partial || b.columns.isEmpty())
                continue;
            const bool prefix = b.columns.startsWith(a.columns + QLatin1Char(','));
            const bool same = b.columns == a.columns && (b.unique || b.name < a.name);
            if (!prefix && !same)
                continue;
            c.add(Advice{QStringLiteral("duplicate_index:") + a.name, QStringLiteral("duplicate_index"), a.table, a.name,
                         OptimizationService::tr("Drop the duplicate index %1").arg(a.name),
                         OptimizationService::tr("The columns of %1 on %2 (%3) are the first columns of %4 (%5), which serves the same searches.")
                             .arg(a.name, a.table, a.columns, b.name, b.columns),
                         QStringLiteral("DROP INDEX %1").arg(a.name), isPlainName(a.name)});
            break;
        }
    }
    // Missing sqlite_stat1 while a table is large: the planner guesses every size.
    if (auto s = run(q, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"), reading); !s)
        return s;
    q.next();
    bool haveStats = q.value(0).toInt() > 0;
    if (haveStats && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_stat1")) && q.next())
        haveStats = q.value(0).toLongLong() > 0;
    if (!haveStats) {
        QStringList large;
        QSqlQuery tables(c.db);
        if (tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")))
            while (tables.next()) {
                qint64 rows = 0;
                if (isPlainName(tables.value(0).toString()) && largeSqliteTable(c.db, tables.value(0).toString(), &rows))
                    large << tables.value(0).toString();
            }
        if (!large.isEmpty())
            c.add(Advice{QStringLiteral("missing_statistics:database"), QStringLiteral("missing_statistics"), {}, QStringLiteral("database"),
                         OptimizationService::tr("Analyze the database"),
                         OptimizationService::tr("sqlite_stat1 is missing or empty while %1 have 10,000 rows or more: the planner guesses their sizes.")
                             .arg(large.join(QStringLiteral(", "))),
                         QStringLiteral("ANALYZE"), true});
    }
    // A freelist over 20 % of the pages.
    if (auto s = run(q, QStringLiteral("SELECT (SELECT freelist_count FROM pragma_freelist_count), (SELECT page_count FROM pragma_page_count)"), reading);
        !s)
        return s;
    if (q.next()) {
        const qint64 free = q.value(0).toLongLong(), pages = q.value(1).toLongLong();
        if (pages >= 100 && free * 5 > pages)
            c.add(Advice{QStringLiteral("freelist:database"), QStringLiteral("freelist"), {}, QStringLiteral("database"),
                         OptimizationService::tr("Vacuum the database file"),
                         OptimizationService::tr("%1 of the file's %2 pages are free (%3 %).").arg(free).arg(pages).arg(100.0 * double(free) / double(pages), 0, 'f', 1),
                         QStringLiteral("VACUUM"), true});
    }
    return Done{};
}

} // namespace

Result<QList<Advice>> OptimizationService::advise(const QSqlDatabase &db, const QDateTime &since)
{
    Context c{db, {}, {}};
    const QDateTime from = since.isValid() ? since : QDateTime::currentDateTimeUtc().addDays(-7);
    if (auto s = SqlDialect::of(db).isSqlite() ? sqliteAdvice(c, from) : postgresAdvice(c, from); !s)
        return s.error();
    return c.advice;
}

Result<QString> OptimizationService::plan(const QSqlDatabase &db, const QString &sql)
{
    const bool sqlite = SqlDialect::of(db).isSqlite();
    const auto [text, params] = explainable(sql, !sqlite);
    if (text.isEmpty())
        return Error{tr("Only a plain read is explained: one SELECT (or WITH … SELECT) with positional placeholders."), {},
                     ErrorCode::InvalidInput};
    QStringList lines;
    if (sqlite) {
        lines = planDetails(db, text, params);
        if (lines.isEmpty())
            return Error{tr("SQLite could not explain this statement (a table it reads may be gone)."), {}, ErrorCode::Database};
        return lines.join(QLatin1Char('\n'));
    }
    auto explained = explainGeneric(db, text, params, QStringLiteral("atelier_plan"), false);
    if (!explained)
        return explained.error();
    return explained->join(QLatin1Char('\n'));
}

Status OptimizationService::mayApply(const QSqlDatabase &db, const Advice &a)
{
    if (!a.applicable || a.statement.isEmpty())
        return Error{tr("Atelier does not apply \"%1\": a person decides, with the statement shown (%2).").arg(a.id, a.statement), {},
                     ErrorCode::InvalidInput};
    if (!SqlDialect::of(db).isSqlite()) {
        // The database enforces it too: only the table's owner may create, drop, analyze or vacuum (others get an error
        // or a skipping warning). Asked first so that a member gets a clear sentence and nothing is recorded.
        QSqlQuery owner(db);
        owner.prepare(QStringLiteral("SELECT pg_has_role(c.relowner, 'USAGE') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                     "WHERE n.nspname = 'public' AND c.relname = ? AND c.relkind IN ('r', 'p')"));
        owner.addBindValue(a.table);
        if (!owner.exec())
            return Database::queryError(owner, tr("Checking who may apply advice"));
        if (!owner.next() || !owner.value(0).toBool())
            return Error{tr("Only the installation's administrator (the owner of %1) may apply optimisation advice; ask them to run: %2")
                             .arg(a.table, a.statement),
                         {}, ErrorCode::PermissionDenied};
    }
    return Done{};
}

Result<AppliedAdvice> OptimizationService::apply(const QSqlDatabase &db, const QString &id)
{
    auto now = advise(db);
    if (!now)
        return now.error();
    const auto found = std::find_if(now->cbegin(), now->cend(), [&](const Advice &a) { return a.id == id; });
    if (found == now->cend())
        return Error{tr("No advice \"%1\" holds now: list the advice again (perf advice) and pick one of its IDs.").arg(id), {},
                     ErrorCode::NotFound};
    AppliedAdvice applied;
    applied.advice = *found;
    const Advice &a = applied.advice;
    if (!a.applicable || a.statement.isEmpty())
        return Error{tr("Atelier does not apply \"%1\": a person decides, with the statement shown (%2).").arg(id, a.statement), {},
                     ErrorCode::InvalidInput};
    if (auto may = mayApply(db, a); !may)
        return may.error();
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(db);
    if (!q.exec(a.statement))
        return Database::queryError(q, tr("Applying \"%1\"").arg(a.statement));
    applied.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    const QString action = a.kind == QLatin1String("missing_index") ? QStringLiteral("create")
                           : a.statement.startsWith(QLatin1String("DROP")) ? QStringLiteral("delete")
                                                                           : QStringLiteral("edit");
    const QString resourceType = a.kind.endsWith(QLatin1String("_index")) ? QStringLiteral("database_index")
                                 : a.table.isEmpty()                        ? QStringLiteral("database")
                                                                            : QStringLiteral("database_table");
    if (auto s = AuditTrail::record(db, action, resourceType, a.object, {},
                                    QJsonObject{{QStringLiteral("advice"), a.id},
                                                {QStringLiteral("statement"), a.statement},
                                                {QStringLiteral("evidence"), a.evidence},
                                                {QStringLiteral("milliseconds"), applied.milliseconds}});
        !s)
        return s.error();
    if (a.kind == QLatin1String("missing_index") && !SqlDialect::of(db).isSqlite() && !a.sql.isEmpty()) {
        // The statement's plan now that the index exists, to compare with the estimate.
        if (const auto plan = genericPlan(db, a.sql, a.parameters, 0))
            applied.costNow = plan->value(QStringLiteral("Plan")).toObject().value(QStringLiteral("Total Cost")).toDouble();
    }
    auto after = advise(db);
    if (!after)
        return after.error();
    for (const Advice &b : std::as_const(after.value()))
        if (b.id == a.id) {
            applied.stillAdvised = true;
            applied.evidenceAfter = b.evidence;
        }
    if (!applied.stillAdvised)
        applied.evidenceAfter = tr("Measured again: the advice no longer holds.");
    return applied;
}

} // namespace Atelier
