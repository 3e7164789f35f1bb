-- A round held in someone's open transaction is not waited for, kept in step with ../sqlite/0031_monitor_claim_skip_locked.sql.
--
-- A member with psql could `BEGIN; SELECT atelier_monitor_claim('health', 'x', 10);` and keep the transaction open (busy,
-- so idle_in_transaction_session_timeout never ends it; or with that setting set to 0, which any session may do): every
-- console's and monitor's claim of that round then waited on the row's lock, and the administrator's round, which claims
-- 'health' before 'alerts', never reached the alerts. A round whose row is locked is being taken by someone else: the
-- claim answers false at once.

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
        RETURN false; -- the administrator's round: evaluating alerts, pruning, statement snapshots (0027)
    END IF;
    PERFORM 1 FROM public.monitoring_rounds r WHERE r.name = p_name FOR UPDATE SKIP LOCKED;
    IF NOT FOUND AND EXISTS (SELECT 1 FROM public.monitoring_rounds r WHERE r.name = p_name) THEN
        RETURN false; -- locked: someone is taking it
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
