-- Kept in step with ../postgresql/0024_query_metrics_guard.sql: on PostgreSQL members write query_metrics in their own
-- name, and the database drops SQL text an administrator's planning could run. A SQLite file has no members (whoever
-- writes the file owns it) and EXPLAIN QUERY PLAN compiles one statement only: nothing changes here.
SELECT 1;
