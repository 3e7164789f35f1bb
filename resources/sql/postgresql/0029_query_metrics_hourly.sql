-- An hourly rollup of query_metrics (issue 19, docs/monitoring.md), kept in step with ../sqlite/0029_query_metrics_hourly.sql:
-- the 7- and 30-day windows read an hour's row per statement instead of sixty. The administrator's monitoring round
-- ('alerts') rolls the finished hours up (PerformanceService::rollup: the minutes' calls, totals, maximum, rows and
-- merged histogram, the last hours again so that minutes kept late are counted) and prunes them with the retention.
-- Members read it, as they read query_metrics; nobody but the tables' owner writes it.

CREATE TABLE public.query_metrics_hourly (
    hour timestamptz NOT NULL,
    database_kind text NOT NULL CONSTRAINT query_metrics_hourly_kind CHECK (database_kind IN ('sqlite', 'postgresql')),
    service text NOT NULL CONSTRAINT query_metrics_hourly_service_form CHECK (length(service) BETWEEN 1 AND 100),
    statement text NOT NULL CONSTRAINT query_metrics_hourly_statement_form CHECK (length(statement) BETWEEN 1 AND 200),
    calls bigint NOT NULL CONSTRAINT query_metrics_hourly_calls CHECK (calls > 0),
    total_ms double precision NOT NULL CHECK (total_ms >= 0),
    max_ms double precision NOT NULL CHECK (max_ms >= 0),
    row_count bigint NOT NULL DEFAULT 0,
    histogram text NOT NULL DEFAULT '' CONSTRAINT query_metrics_hourly_histogram_size CHECK (length(histogram) <= 4000),
    sample_sql text CONSTRAINT query_metrics_hourly_sample_sql_size CHECK (length(sample_sql) <= 10000),
    PRIMARY KEY (hour, database_kind, service, statement)
);

ALTER TABLE public.query_metrics_hourly ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON public.query_metrics_hourly FOR SELECT USING (true);

DO $$
DECLARE
    member text := current_database() || '_member';
BEGIN
    EXECUTE format('GRANT SELECT ON public.query_metrics_hourly TO %I', member);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public.query_metrics_hourly FROM %I', member);
END;
$$;
