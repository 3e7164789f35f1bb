-- Webhook secrets sealed with the database's data key (issue 17), kept in step with
-- ../postgresql/0021_workflow_secrets_data_key.sql (which says why): sealed_with says which key sealed a row, 'desktop'
-- for the rows stored before, 'database' for the others.
ALTER TABLE workflow_secrets ADD COLUMN sealed_with TEXT NOT NULL DEFAULT 'database'
    CONSTRAINT workflow_secrets_sealed_with CHECK (sealed_with IN ('desktop', 'database'));
UPDATE workflow_secrets SET sealed_with = 'desktop';
