-- Kept in step with ../postgresql/0031_monitor_claim_skip_locked.sql: SQLite has one writer at a time and no members;
-- nothing changes here.
SELECT 1;
