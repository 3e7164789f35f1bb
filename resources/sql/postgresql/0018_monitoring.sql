-- Monitoring (issue 19, docs/monitoring.md), kept in step with ../sqlite/0018_monitoring.sql.
--
-- query_metrics: per-minute aggregates of the statements the product timed where they ran (QueryMetrics): one row per
-- process (source), minute, database kind, service and statement, with a small histogram so a window's p95 can be
-- computed again, and the statement's SQL (placeholders, never values) that the optimisation advice explains. Installation-wide figures: every member reads them; a member writes rows only in their own login's
-- name (recorded_by), never changes or deletes one.
-- alert_rules: a rule on a metric (threshold and duration). Members read the installation's rules and those of their
-- brands; only a brand's admins write the brand's rules; installation-wide rules are the administrator's.
-- alerts (0001): gain the rule that raised them and the value seen; installation-wide alerts become readable by members.
-- service_health (0001): a check's author (checked_by); members read the history and add checks in their own name.

CREATE TABLE public.query_metrics (
    id text PRIMARY KEY,
    minute timestamptz NOT NULL,
    database_kind text NOT NULL CONSTRAINT query_metrics_kind CHECK (database_kind IN ('sqlite', 'postgresql')),
    service text NOT NULL CONSTRAINT query_metrics_service_form CHECK (length(service) BETWEEN 1 AND 100),
    statement text NOT NULL CONSTRAINT query_metrics_statement_form CHECK (length(statement) BETWEEN 1 AND 200),
    calls bigint NOT NULL CONSTRAINT query_metrics_calls CHECK (calls > 0),
    total_ms double precision NOT NULL CHECK (total_ms >= 0),
    max_ms double precision NOT NULL CHECK (max_ms >= 0),
    p95_ms double precision NOT NULL CHECK (p95_ms >= 0),
    row_count bigint NOT NULL DEFAULT 0,
    histogram text NOT NULL DEFAULT '' CONSTRAINT query_metrics_histogram_size CHECK (length(histogram) <= 2000),
    sample_sql text CONSTRAINT query_metrics_sample_sql_size CHECK (length(sample_sql) <= 10000),
    source text NOT NULL CONSTRAINT query_metrics_source_form CHECK (length(source) BETWEEN 1 AND 200),
    recorded_by text NOT NULL DEFAULT (session_user)::text
);
CREATE INDEX query_metrics_minute_idx ON public.query_metrics (minute);

ALTER TABLE public.query_metrics ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON public.query_metrics FOR SELECT USING (true);
CREATE POLICY member_insert ON public.query_metrics FOR INSERT WITH CHECK (recorded_by = (session_user)::text);

CREATE TABLE public.alert_rules (
    id text PRIMARY KEY,
    name text NOT NULL CONSTRAINT alert_rules_name_form CHECK (length(name) BETWEEN 1 AND 200),
    metric text NOT NULL CONSTRAINT alert_rules_metric_form CHECK (metric ~ '^[a-z0-9_.:-]{1,200}$'),
    comparison text NOT NULL CONSTRAINT alert_rules_comparison CHECK (comparison IN ('above', 'below')),
    threshold double precision NOT NULL,
    duration_minutes integer NOT NULL CONSTRAINT alert_rules_duration CHECK (duration_minutes BETWEEN 1 AND 10080),
    severity text NOT NULL CONSTRAINT alert_rules_severity CHECK (severity IN ('info', 'warning', 'critical')),
    enabled boolean NOT NULL DEFAULT true,
    brand_id text REFERENCES public.brands(id) ON DELETE CASCADE,
    created_by text REFERENCES public.users(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alert_rules_brand_idx ON public.alert_rules (brand_id);

ALTER TABLE public.alert_rules ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON public.alert_rules FOR SELECT
    USING (brand_id IS NULL OR brand_id = ANY ((SELECT public.atelier_brands_at(1))::text[]));
CREATE POLICY admin_insert ON public.alert_rules FOR INSERT
    WITH CHECK (brand_id = ANY ((SELECT public.atelier_brands_at(4))::text[]) AND created_by = (SELECT public.atelier_user_id()));
CREATE POLICY admin_update ON public.alert_rules FOR UPDATE
    USING (brand_id = ANY ((SELECT public.atelier_brands_at(4))::text[]))
    WITH CHECK (brand_id = ANY ((SELECT public.atelier_brands_at(4))::text[]));
CREATE POLICY admin_delete ON public.alert_rules FOR DELETE
    USING (brand_id = ANY ((SELECT public.atelier_brands_at(4))::text[]));

ALTER TABLE public.alerts ADD COLUMN rule_id text REFERENCES public.alert_rules(id) ON DELETE SET NULL;
ALTER TABLE public.alerts ADD COLUMN value double precision;
CREATE INDEX alerts_rule_idx ON public.alerts (rule_id);
DROP POLICY member_read ON public.alerts;
CREATE POLICY member_read ON public.alerts FOR SELECT
    USING (brand_id IS NULL OR brand_id = ANY ((SELECT public.atelier_brands_at(1))::text[]));

ALTER TABLE public.service_health ADD COLUMN checked_by text;
ALTER TABLE public.service_health ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON public.service_health FOR SELECT USING (true);
CREATE POLICY member_insert ON public.service_health FOR INSERT WITH CHECK (checked_by = (session_user)::text);

DO $$
DECLARE
    member text := current_database() || '_member';
BEGIN
    EXECUTE format('GRANT SELECT, INSERT ON public.query_metrics TO %I', member);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON public.alert_rules TO %I', member);
    EXECUTE format('GRANT SELECT, INSERT ON public.service_health TO %I', member);
END;
$$;
