-- A workflow's creation, change and deletion are audited once (issue 17), kept in step with
-- ../postgresql/0020_workflow_audit_once.sql. SQLite has no audit triggers: WorkflowService's own record is the only one
-- already, and nothing changes here.
SELECT 1;
