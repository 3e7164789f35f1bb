-- Kept in step with ../postgresql/0026_workflow_audit_matching.sql: the audit trigger it corrects is PostgreSQL's (on
-- SQLite the console records each change itself): nothing changes here.
SELECT 1;
