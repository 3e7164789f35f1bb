-- Monitoring rounds (issue 19, docs/monitoring.md), kept in step with ../sqlite/0023_monitoring_rounds.sql.
--
-- * workflow_events: alerts are product events (alert.raised, alert.resolved) that workflow event triggers use.
-- * monitoring_rounds: one row per kind of round ('health': the checks kept; 'alerts': the rules evaluated, old rows
--   pruned), with who started the last one and when. Every open console and every `atelier monitor` asks
--   public.atelier_monitor_claim(name, holder, interval) before a round: it answers true (and takes the round) only when
--   the last round started at least the interval ago (less a tenth, at most 5 s, of slack for timers), so that ten
--   consoles open on one database check once per interval, not ten times. Members read the table; nobody but the
--   function (and the tables' owner) writes it. started_at is the server's clock, never the caller's.

ALTER TABLE public.workflow_events DROP CONSTRAINT workflow_events_event_check;
ALTER TABLE public.workflow_events ADD CONSTRAINT workflow_events_event_check
    CHECK (event IN ('anomaly.detected', 'metric.threshold', 'experiment.significant', 'generation.completed', 'generation.failed',
                     'quota.threshold', 'comment.mention', 'share.created', 'workflow.failed', 'alert.raised', 'alert.resolved'));

CREATE TABLE public.monitoring_rounds (
    name text PRIMARY KEY CONSTRAINT monitoring_rounds_name_form CHECK (name ~ '^[a-z_]{1,50}$'),
    holder text NOT NULL CONSTRAINT monitoring_rounds_holder_length CHECK (length(holder) BETWEEN 1 AND 200),
    started_by text NOT NULL DEFAULT (session_user)::text,
    started_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE public.monitoring_rounds ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON public.monitoring_rounds FOR SELECT USING (true);

CREATE FUNCTION public.atelier_monitor_claim(p_name text, p_holder text, p_interval_seconds integer) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    every double precision := greatest(10, least(coalesce(p_interval_seconds, 60), 86400));
    slack double precision := least(5, every / 10);
    taken integer;
BEGIN
    IF p_name IS NULL OR p_name !~ '^[a-z_]{1,50}$' OR p_holder IS NULL OR length(p_holder) NOT BETWEEN 1 AND 200 THEN
        RAISE EXCEPTION 'atelier_monitor_claim: a round name (a-z, _) and a holder of 1 to 200 characters are needed'
            USING ERRCODE = '22023';
    END IF;
    INSERT INTO public.monitoring_rounds AS r (name, holder, started_by, started_at)
    VALUES (p_name, p_holder, session_user, clock_timestamp())
    ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, started_by = EXCLUDED.started_by, started_at = EXCLUDED.started_at
        WHERE r.started_at <= clock_timestamp() - make_interval(secs => every - slack);
    GET DIAGNOSTICS taken = ROW_COUNT;
    RETURN taken > 0;
END;
$$;
REVOKE EXECUTE ON FUNCTION public.atelier_monitor_claim(text, text, integer) FROM PUBLIC;

DO $$
DECLARE
    member text := current_database() || '_member';
BEGIN
    EXECUTE format('GRANT SELECT ON public.monitoring_rounds TO %I', member);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON public.monitoring_rounds FROM %I', member);
    EXECUTE format('GRANT EXECUTE ON FUNCTION public.atelier_monitor_claim(text, text, integer) TO %I', member);
END;
$$;
