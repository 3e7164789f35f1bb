-- Workflows (issue 17, docs/workflows.md), kept in step with ../postgresql/0014_workflows.sql, which also holds who
-- may do what (the SQLite file belongs to its one local person).
--
-- SQLite changes a CHECK, a NOT NULL or a default that is not a constant only by rebuilding the table: workflows and
-- workflow_executions are rebuilt (executions renamed first, so that nothing refers to the old workflows when they
-- go). Rows of the old demo shape (no trigger "type") are paused: they are not valid definitions and would only
-- fail. Executions left 'running' for more than a day are failed. Each existing workflow gets its version 1.

ALTER TABLE workflow_executions RENAME TO workflow_executions_before_0014;
ALTER TABLE workflows RENAME TO workflows_before_0014;

CREATE TABLE workflows (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT,
    trigger TEXT NOT NULL,
    actions TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'archived')),
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    version INTEGER NOT NULL DEFAULT 1 CONSTRAINT workflows_version_positive CHECK (version >= 1),
    owner_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    run_as_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    error_workflow_id TEXT REFERENCES workflows(id) ON DELETE SET NULL,
    misfire TEXT NOT NULL DEFAULT 'skip' CONSTRAINT workflows_misfire_check CHECK (misfire IN ('skip', 'run_once')),
    updated_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    schedule_checked_at INTEGER,
    CONSTRAINT workflows_text_length CHECK (length(name) <= 200 AND length(coalesce(description, '')) <= 10000)
);
INSERT INTO workflows (id, name, description, trigger, actions, status, brand_id, created_at, updated_at)
SELECT w.id,
       CASE WHEN EXISTS (SELECT 1 FROM workflows_before_0014 newer WHERE newer.brand_id = w.brand_id AND newer.name = w.name
                         AND (newer.created_at > w.created_at OR (newer.created_at = w.created_at AND newer.id > w.id)))
            THEN substr(w.name, 1, 150) || ' (' || substr(w.id, 1, 8) || ')' ELSE substr(w.name, 1, 200) END,
       w.description, w.trigger, w.actions,
       CASE WHEN w.status = 'active' AND json_valid(w.trigger) AND json_type(w.trigger) = 'object'
                 AND json_type(w.trigger, '$.type') IS NULL THEN 'paused' ELSE w.status END,
       w.brand_id, w.created_at, w.created_at
FROM workflows_before_0014 w;

CREATE TABLE workflow_executions (
    id TEXT PRIMARY KEY,
    workflow_id TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'waiting', 'completed', 'failed', 'cancelled')),
    result TEXT,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    started_at INTEGER,
    completed_at INTEGER,
    version INTEGER,
    trigger_kind TEXT NOT NULL DEFAULT 'manual'
        CONSTRAINT workflow_executions_trigger_kind_check CHECK (trigger_kind IN ('manual', 'schedule', 'event', 'error', 'retry')),
    trigger_payload TEXT,
    run_as_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    attempt INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_expires_at INTEGER,
    scheduled_for INTEGER,
    run_after INTEGER,
    current_step TEXT,
    error TEXT CONSTRAINT workflow_executions_error_length CHECK (length(error) <= 4000),
    error_code TEXT CONSTRAINT workflow_executions_error_code_form
        CHECK (error_code <> '' AND length(error_code) <= 40 AND error_code NOT GLOB '*[^a-z_]*'),
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    FOREIGN KEY (workflow_id, brand_id) REFERENCES workflows(id, brand_id) ON DELETE CASCADE
);

DROP INDEX workflows_brand_status_idx;
CREATE INDEX workflows_brand_status_idx ON workflows (brand_id, status);
CREATE UNIQUE INDEX workflows_brand_name_idx ON workflows (brand_id, name);
CREATE UNIQUE INDEX workflows_id_brand_idx ON workflows (id, brand_id);

INSERT INTO workflow_executions (id, workflow_id, status, result, brand_id, started_at, completed_at, version, error, created_at)
SELECT x.id, x.workflow_id,
       CASE WHEN x.status = 'running' AND x.started_at < CAST((julianday('now') - 2440588.5) * 86400000 AS INTEGER)
            THEN 'failed' ELSE x.status END,
       x.result, x.brand_id, x.started_at,
       CASE WHEN x.status = 'running' AND x.started_at < CAST((julianday('now') - 2440588.5) * 86400000 AS INTEGER)
            THEN CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) ELSE x.completed_at END,
       1,
       CASE WHEN x.status = 'running' AND x.started_at < CAST((julianday('now') - 2440588.5) * 86400000 AS INTEGER)
            THEN 'Still running after a day when the workflow engine was installed' END,
       x.started_at
FROM workflow_executions_before_0014 x;
DROP TABLE workflow_executions_before_0014;
DROP TABLE workflows_before_0014;

CREATE INDEX workflow_executions_workflow_time_idx ON workflow_executions (workflow_id, started_at);
CREATE UNIQUE INDEX workflow_executions_id_brand_idx ON workflow_executions (id, brand_id);
-- One execution per schedule instant, whatever the number of runners (NULLs are distinct: manual runs are many).
CREATE UNIQUE INDEX workflow_executions_schedule_idx ON workflow_executions (workflow_id, scheduled_for);
-- What runners claim: their identity's executions that are not finished.
CREATE INDEX workflow_executions_claim_idx ON workflow_executions (run_as_id, status, run_after)
    WHERE status IN ('queued', 'running', 'waiting');
CREATE INDEX workflow_executions_brand_time_idx ON workflow_executions (brand_id, created_at);

CREATE TABLE workflow_versions (
    workflow_id TEXT NOT NULL,
    version INTEGER NOT NULL CONSTRAINT workflow_versions_version_positive CHECK (version >= 1),
    trigger TEXT NOT NULL,
    actions TEXT NOT NULL,
    saved_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    saved_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    PRIMARY KEY (workflow_id, version),
    FOREIGN KEY (workflow_id, brand_id) REFERENCES workflows(id, brand_id) ON DELETE CASCADE
);
INSERT INTO workflow_versions (workflow_id, version, trigger, actions, saved_by, saved_at, brand_id)
SELECT w.id, 1, w.trigger, w.actions, NULL, w.created_at, w.brand_id FROM workflows w;

CREATE TABLE workflow_step_runs (
    id TEXT PRIMARY KEY,
    execution_id TEXT NOT NULL,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    step_id TEXT NOT NULL,
    attempt INTEGER NOT NULL CONSTRAINT workflow_step_runs_attempt_positive CHECK (attempt >= 1),
    status TEXT NOT NULL CONSTRAINT workflow_step_runs_status_check CHECK (status IN ('running', 'completed', 'failed', 'skipped')),
    input TEXT,
    output TEXT,
    error TEXT CONSTRAINT workflow_step_runs_error_length CHECK (length(error) <= 4000),
    error_code TEXT CONSTRAINT workflow_step_runs_error_code_form
        CHECK (error_code <> '' AND length(error_code) <= 40 AND error_code NOT GLOB '*[^a-z_]*'),
    started_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    ended_at INTEGER,
    FOREIGN KEY (execution_id, brand_id) REFERENCES workflow_executions(id, brand_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX workflow_step_runs_attempt_idx ON workflow_step_runs (execution_id, step_id, attempt);

CREATE TABLE workflow_allowed_hosts (
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    host TEXT NOT NULL CONSTRAINT workflow_allowed_hosts_host_form
        CHECK (host <> '' AND length(host) <= 253 AND host NOT GLOB '*[^a-z0-9.:_-]*'),
    added_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    added_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    PRIMARY KEY (brand_id, host)
);
