-- An hourly rollup of query_metrics (issue 19), kept in step with ../postgresql/0029_query_metrics_hourly.sql: the long
-- windows read an hour's row per statement instead of sixty (PerformanceService::rollup, in the monitoring round).

CREATE TABLE query_metrics_hourly (
    hour INTEGER NOT NULL,
    database_kind TEXT NOT NULL CHECK (database_kind IN ('sqlite', 'postgresql')),
    service TEXT NOT NULL CHECK (length(service) BETWEEN 1 AND 100),
    statement TEXT NOT NULL CHECK (length(statement) BETWEEN 1 AND 200),
    calls INTEGER NOT NULL CHECK (calls > 0),
    total_ms REAL NOT NULL CHECK (total_ms >= 0),
    max_ms REAL NOT NULL CHECK (max_ms >= 0),
    row_count INTEGER NOT NULL DEFAULT 0,
    histogram TEXT NOT NULL DEFAULT '' CHECK (length(histogram) <= 4000),
    sample_sql TEXT CHECK (length(sample_sql) <= 10000),
    PRIMARY KEY (hour, database_kind, service, statement)
);
