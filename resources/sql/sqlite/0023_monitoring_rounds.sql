-- Monitoring rounds (issue 19, docs/monitoring.md), kept in step with ../postgresql/0023_monitoring_rounds.sql.
--
-- * workflow_events: alerts are product events (alert.raised, alert.resolved). SQLite changes a CHECK only by
--   rebuilding the table: the deliveries are renamed first (their foreign key then follows the old events), both
--   tables made again with the same columns, indexes and rows, the old ones dropped (deliveries first, so that the
--   old events' cascade finds nothing).
-- * monitoring_rounds: who started the last round of each kind ('health', 'alerts') and when; a round is taken only when the
--   last one started at least the interval ago (MonitorRound::claim), so that several consoles on one file check once.

ALTER TABLE workflow_event_deliveries RENAME TO workflow_event_deliveries_before_0023;
ALTER TABLE workflow_events RENAME TO workflow_events_before_0023;
DROP INDEX workflow_events_id_brand_idx;
DROP INDEX workflow_events_dedup_idx;
DROP INDEX workflow_events_brand_event_time_idx;
DROP INDEX workflow_event_deliveries_workflow_idx;

CREATE TABLE workflow_events (
    id TEXT PRIMARY KEY,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    event TEXT NOT NULL CONSTRAINT workflow_events_event_check
        CHECK (event IN ('anomaly.detected', 'metric.threshold', 'experiment.significant', 'generation.completed', 'generation.failed',
                         'quota.threshold', 'comment.mention', 'share.created', 'workflow.failed', 'alert.raised', 'alert.resolved')),
    payload TEXT NOT NULL DEFAULT '{}',
    dedup_key TEXT CONSTRAINT workflow_events_dedup_key_length CHECK (length(dedup_key) <= 400),
    raised_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
INSERT INTO workflow_events (id, brand_id, event, payload, dedup_key, raised_by, created_at)
SELECT id, brand_id, event, payload, dedup_key, raised_by, created_at FROM workflow_events_before_0023;
CREATE UNIQUE INDEX workflow_events_id_brand_idx ON workflow_events (id, brand_id);
CREATE UNIQUE INDEX workflow_events_dedup_idx ON workflow_events (brand_id, dedup_key);
CREATE INDEX workflow_events_brand_event_time_idx ON workflow_events (brand_id, event, created_at);

CREATE TABLE workflow_event_deliveries (
    event_id TEXT NOT NULL,
    workflow_id TEXT NOT NULL,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    execution_id TEXT REFERENCES workflow_executions(id) ON DELETE SET NULL,
    delivered_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    PRIMARY KEY (event_id, workflow_id),
    FOREIGN KEY (event_id, brand_id) REFERENCES workflow_events(id, brand_id) ON DELETE CASCADE,
    FOREIGN KEY (workflow_id, brand_id) REFERENCES workflows(id, brand_id) ON DELETE CASCADE
);
INSERT INTO workflow_event_deliveries (event_id, workflow_id, brand_id, execution_id, delivered_at)
SELECT event_id, workflow_id, brand_id, execution_id, delivered_at FROM workflow_event_deliveries_before_0023;
CREATE INDEX workflow_event_deliveries_workflow_idx ON workflow_event_deliveries (workflow_id);

DROP TABLE workflow_event_deliveries_before_0023;
DROP TABLE workflow_events_before_0023;

CREATE TABLE monitoring_rounds (
    name TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 50),
    holder TEXT NOT NULL CHECK (length(holder) BETWEEN 1 AND 200),
    started_by TEXT NOT NULL DEFAULT '',
    started_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
