-- Monitoring (issue 19, docs/monitoring.md), kept in step with ../postgresql/0018_monitoring.sql (which says who may
-- read and write what; a SQLite file is one person's).

CREATE TABLE query_metrics (
    id TEXT PRIMARY KEY,
    minute INTEGER NOT NULL,
    database_kind TEXT NOT NULL CHECK (database_kind IN ('sqlite', 'postgresql')),
    service TEXT NOT NULL CHECK (length(service) BETWEEN 1 AND 100),
    statement TEXT NOT NULL CHECK (length(statement) BETWEEN 1 AND 200),
    calls INTEGER NOT NULL CHECK (calls > 0),
    total_ms REAL NOT NULL CHECK (total_ms >= 0),
    max_ms REAL NOT NULL CHECK (max_ms >= 0),
    p95_ms REAL NOT NULL CHECK (p95_ms >= 0),
    row_count INTEGER NOT NULL DEFAULT 0,
    histogram TEXT NOT NULL DEFAULT '' CHECK (length(histogram) <= 2000),
    sample_sql TEXT CHECK (length(sample_sql) <= 10000),
    source TEXT NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
    recorded_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX query_metrics_minute_idx ON query_metrics (minute);

CREATE TABLE alert_rules (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    metric TEXT NOT NULL CHECK (length(metric) BETWEEN 1 AND 200),
    comparison TEXT NOT NULL CHECK (comparison IN ('above', 'below')),
    threshold REAL NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 10080),
    severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    enabled INTEGER NOT NULL DEFAULT 1,
    brand_id TEXT REFERENCES brands(id) ON DELETE CASCADE,
    created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX alert_rules_brand_idx ON alert_rules (brand_id);

ALTER TABLE alerts ADD COLUMN rule_id TEXT REFERENCES alert_rules(id) ON DELETE SET NULL;
ALTER TABLE alerts ADD COLUMN value REAL;
CREATE INDEX alerts_rule_idx ON alerts (rule_id);

ALTER TABLE service_health ADD COLUMN checked_by TEXT;
