-- A member cannot keep the administrator's monitoring rounds from running, kept in step with
-- ../sqlite/0027_monitor_claim_owner.sql.
--
-- 0023's atelier_monitor_claim gave a round to whoever asked first in each interval. A member with psql asking for
-- 'alerts' every 10 seconds (SELECT atelier_monitor_claim('alerts', 'x', 10)) kept every console and `atelier monitor`
-- of the administrator from evaluating the rules and pruning, and did neither itself (members cannot write alerts):
-- alerts silently stopped. Now only the installation's administrator (the tables' owner) takes a round other than
-- 'health' (the checks, which anyone may keep and any console's check serves all: it stays first come, first served).

CREATE OR REPLACE FUNCTION public.atelier_monitor_claim(p_name text, p_holder text, p_interval_seconds integer) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    every double precision := greatest(10, least(coalesce(p_interval_seconds, 60), 86400));
    slack double precision := least(5, every / 10);
    administrator boolean := public.atelier_is_owner();
    taken integer;
BEGIN
    IF p_name IS NULL OR p_name !~ '^[a-z_]{1,50}$' OR p_holder IS NULL OR length(p_holder) NOT BETWEEN 1 AND 200 THEN
        RAISE EXCEPTION 'atelier_monitor_claim: a round name (a-z, _) and a holder of 1 to 200 characters are needed'
            USING ERRCODE = '22023';
    END IF;
    IF NOT administrator AND p_name <> 'health' THEN
        RETURN false; -- the administrator's round: evaluating alerts, pruning, statement snapshots
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
