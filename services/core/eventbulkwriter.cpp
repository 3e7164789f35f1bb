#include "eventbulkwriter.h"

#include "database.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdio>

namespace Atelier {

namespace {

const char kColumns[] = "event_type, user_id, session_id, properties, timestamp, brand_id";

class SqliteEventWriter final : public EventBulkWriter
{
public:
    explicit SqliteEventWriter(sqlite3 *db) : m_db(db) {}
    ~SqliteEventWriter() override { sqlite3_finalize(m_stmt); }

    Status prepare()
    {
        const QByteArray sql = QByteArray("INSERT INTO analytics_events (") + kColumns + ") VALUES (?, ?, ?, ?, ?, ?)";
        if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &m_stmt, nullptr) != SQLITE_OK)
            return failure();
        return Done{};
    }

    Status add(const EventRow &row) override
    {
        bindText(1, row.eventType);
        bindText(2, row.userId);
        bindText(3, row.sessionId);
        bindText(4, row.properties);
        sqlite3_bind_int64(m_stmt, 5, row.timestampMs);
        bindText(6, row.brandId);
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE)
            return failure();
        return Done{};
    }

    Status endLoad() override { return Done{}; }
    void abort() override {}

private:
    void bindText(int index, const QByteArray &value)
    {
        if (value.isEmpty())
            sqlite3_bind_null(m_stmt, index);
        else
            sqlite3_bind_text(m_stmt, index, value.constData(), int(value.size()), SQLITE_STATIC);
    }
    Error failure() const
    {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
        return Error{EventBulkWriter::tr("Loading events into SQLite failed: %1").arg(detail), detail};
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

/// Writes "YYYY-MM-DD HH:MM:SS.mmm+00" without going through QDateTime, which would dominate the load.
void appendTimestamp(QByteArray &out, qint64 ms)
{
    qint64 days = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
    qint64 rest = ms - days * 86400000;
    // Howard Hinnant's civil_from_days.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y0 = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = y0 + (m <= 2);
    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u %02d:%02d:%02d.%03d+00", static_cast<long long>(y), m, d,
                                int(rest / 3600000), int(rest / 60000 % 60), int(rest / 1000 % 60), int(rest % 1000));
    out.append(buf, n);
}

void appendCopyText(QByteArray &out, const QByteArray &value)
{
    if (value.isEmpty()) {
        out.append("\\N", 2);
        return;
    }
    for (char c : value) {
        switch (c) {
        case '\\': out.append("\\\\", 2); break;
        case '\t': out.append("\\t", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        default: out.append(c);
        }
    }
}

class PostgresEventWriter final : public EventBulkWriter
{
public:
    explicit PostgresEventWriter(PGconn *conn) : m_conn(conn) { m_buffer.reserve(kFlushBytes + 4096); }

    Status prepare()
    {
        const QByteArray sql = QByteArray("COPY analytics_events (") + kColumns + ") FROM STDIN";
        PGresult *res = PQexec(m_conn, sql.constData());
        const bool ok = PQresultStatus(res) == PGRES_COPY_IN;
        PQclear(res);
        if (!ok)
            return failure();
        m_open = true;
        return Done{};
    }

    Status add(const EventRow &row) override
    {
        appendCopyText(m_buffer, row.eventType);
        m_buffer.append('\t');
        appendCopyText(m_buffer, row.userId);
        m_buffer.append('\t');
        appendCopyText(m_buffer, row.sessionId);
        m_buffer.append('\t');
        appendCopyText(m_buffer, row.properties);
        m_buffer.append('\t');
        appendTimestamp(m_buffer, row.timestampMs);
        m_buffer.append('\t');
        appendCopyText(m_buffer, row.brandId);
        m_buffer.append('\n');
        if (m_buffer.size() >= kFlushBytes)
            return flush();
        return Done{};
    }

    Status endLoad() override
    {
        if (auto flushed = flush(); !flushed)
            return flushed;
        m_open = false;
        if (PQputCopyEnd(m_conn, nullptr) != 1)
            return failure();
        return drainResults();
    }

    void abort() override
    {
        if (!m_open)
            return;
        m_open = false;
        PQputCopyEnd(m_conn, "load abandoned");
        drainResults();
    }

    ~PostgresEventWriter() override { abort(); }

private:
    static constexpr qsizetype kFlushBytes = 1 << 20;

    Status flush()
    {
        if (m_buffer.isEmpty())
            return Done{};
        if (PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1)
            return failure();
        m_buffer.clear();
        return Done{};
    }
    Status drainResults()
    {
        Status status = Done{};
        while (PGresult *res = PQgetResult(m_conn)) {
            if (PQresultStatus(res) != PGRES_COMMAND_OK && status.ok()) {
                const QString detail = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
                status = Error{EventBulkWriter::tr("Loading events into PostgreSQL failed: %1").arg(detail), detail};
            }
            PQclear(res);
        }
        return status;
    }
    Error failure() const
    {
        const QString detail = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        return Error{EventBulkWriter::tr("Loading events into PostgreSQL failed: %1").arg(detail), detail};
    }

    PGconn *m_conn;
    QByteArray m_buffer;
    bool m_open = false;
};

} // namespace

Result<std::shared_ptr<EventBulkWriter>> EventBulkWriter::start(const QSqlDatabase &db, bool deferIndexes)
{
    std::shared_ptr<EventBulkWriter> writer;
    Status ready = Done{};
    const bool sqlite = Database::sqliteHandle(db) != nullptr;
    QStringList deferred;
    if (deferIndexes) {
        // Each entry: the statement that sets it aside now, and the one that restores it in finish().
        QList<QPair<QString, QString>> parts;
        QSqlQuery q(db);
        const QString indexes = sqlite ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                                        "AND tbl_name = 'analytics_events' AND sql IS NOT NULL")
                                       : QStringLiteral("SELECT i.indexname, i.indexdef FROM pg_indexes i "
                                                        "JOIN pg_class c ON c.relname = i.indexname "
                                                        "JOIN pg_index x ON x.indexrelid = c.oid "
                                                        "WHERE i.tablename = 'analytics_events' "
                                                        "AND i.schemaname = current_schema() "
                                                        "AND NOT x.indisprimary AND NOT x.indisunique");
        if (!q.exec(indexes))
            return Database::queryError(q, tr("Reading the event indexes"));
        while (q.next())
            parts.append({QStringLiteral("DROP INDEX %1").arg(q.value(0).toString()), q.value(1).toString()});
        q.finish();
        if (!sqlite) {
            // A foreign key is checked row by row during COPY; validated once afterwards it costs one join.
            if (!q.exec(QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                                       "WHERE conrelid = 'analytics_events'::regclass AND contype = 'f'")))
                return Database::queryError(q, tr("Reading the event constraints"));
            while (q.next())
                parts.append({QStringLiteral("ALTER TABLE analytics_events DROP CONSTRAINT %1").arg(q.value(0).toString()),
                              QStringLiteral("ALTER TABLE analytics_events ADD CONSTRAINT %1 %2")
                                  .arg(q.value(0).toString(), q.value(1).toString())});
            q.exec(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"));
        }
        for (const auto &[drop, restore] : std::as_const(parts)) {
            QSqlQuery set(db);
            // Names and definitions come from the catalogue, not from a person.
            if (!set.exec(drop))
                return Database::queryError(set, tr("Setting aside the event indexes"));
            deferred.append(restore);
        }
    }
    if (sqlite3 *handle = Database::sqliteHandle(db)) {
        auto sqliteWriter = std::make_shared<SqliteEventWriter>(handle);
        ready = sqliteWriter->prepare();
        writer = sqliteWriter;
    } else if (PGconn *handle = Database::postgresHandle(db)) {
        auto pgWriter = std::make_shared<PostgresEventWriter>(handle);
        ready = pgWriter->prepare();
        writer = pgWriter;
    } else {
        return Error{tr("The database connection is not open."), {}};
    }
    if (!ready)
        return ready.error();
    writer->m_db = std::make_unique<QSqlDatabase>(db);
    writer->m_deferredIndexes = deferred;
    return writer;
}

EventBulkWriter::~EventBulkWriter() = default;

Status EventBulkWriter::finish()
{
    if (auto ended = endLoad(); !ended)
        return ended;
    for (const QString &definition : std::as_const(m_deferredIndexes)) {
        QSqlQuery q(*m_db);
        if (!q.exec(definition))
            return Database::queryError(q, tr("Rebuilding the event indexes"));
    }
    m_deferredIndexes.clear();
    return Done{};
}

} // namespace Atelier
