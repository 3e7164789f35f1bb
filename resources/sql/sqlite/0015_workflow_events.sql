-- Workflow events (issue 17, docs/workflows.md "event"), kept in step with ../postgresql/0015_workflow_events.sql:
-- an outbox the product writes when something happens and that the runners' scheduler tick turns into executions of
-- the workflows triggered by that event. dedup_key keeps a watched event to one per brand, metric and day; a
-- delivery (event, workflow) is written once, with the execution it queued or none when the filter did not match.

CREATE TABLE workflow_events (
    id TEXT PRIMARY KEY,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    event TEXT NOT NULL CONSTRAINT workflow_events_event_check
        CHECK (event IN ('anomaly.detected', 'metric.threshold', 'experiment.significant', 'generation.completed', 'generation.failed',
                         'quota.threshold', 'comment.mention', 'share.created', 'workflow.failed')),
    payload TEXT NOT NULL DEFAULT '{}',
    dedup_key TEXT CONSTRAINT workflow_events_dedup_key_length CHECK (length(dedup_key) <= 400),
    raised_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
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
CREATE INDEX workflow_event_deliveries_workflow_idx ON workflow_event_deliveries (workflow_id);
