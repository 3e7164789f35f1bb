-- Runners wake at once when an execution is queued (issue 17), kept in step with ../postgresql/0022_workflow_wakeup.sql:
-- NOTIFY is PostgreSQL's; on SQLite an idle runner keeps looking every 200 ms, and nothing changes here.
SELECT 1;
