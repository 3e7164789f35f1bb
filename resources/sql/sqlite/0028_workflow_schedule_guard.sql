-- Kept in step with ../postgresql/0028_workflow_schedule_guard.sql: on SQLite whoever writes the file runs the
-- scheduler; nothing changes here.
SELECT 1;
