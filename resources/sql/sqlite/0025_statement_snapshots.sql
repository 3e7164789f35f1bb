-- pg_stat_statements over a chosen window (issue 19), kept in step with ../postgresql/0025_statement_snapshots.sql:
-- the same table, empty on SQLite (it keeps no statement statistics of its own).

CREATE TABLE statement_snapshots (
    taken_at INTEGER NOT NULL,
    queryid INTEGER NOT NULL,
    userid INTEGER NOT NULL,
    stats_reset INTEGER,
    query TEXT NOT NULL CHECK (length(query) <= 10000),
    calls INTEGER NOT NULL,
    total_ms REAL NOT NULL,
    row_count INTEGER NOT NULL,
    shared_blks_hit INTEGER NOT NULL,
    shared_blks_read INTEGER NOT NULL,
    taken_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (taken_at, queryid, userid)
);
