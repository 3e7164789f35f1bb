-- Reserved (helper S): kept in step with ../postgresql/0024_query_metrics_guard.sql.
SELECT 1;
