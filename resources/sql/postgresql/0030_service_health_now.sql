-- A health check is never dated in the future, kept in step with ../sqlite/0030_service_health_now.sql.
--
-- Members add checks in their own name (0018). One dated in the future with psql (checked_at = now() + 10 years) stayed
-- the service's last state for every console: a 'healthy' one hid an outage (a provider that keeps failing was never
-- escalated to down, HealthService), a 'down' one showed a false outage. A check dated later than the server's clock
-- is dated now, on insert and for the rows already written.
CREATE FUNCTION public.service_health_now() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NEW.checked_at IS NULL OR NEW.checked_at > now() THEN
        NEW.checked_at := now();
    END IF;
    RETURN NEW;
END;
$$;
REVOKE EXECUTE ON FUNCTION public.service_health_now() FROM PUBLIC;
CREATE TRIGGER service_health_dated BEFORE INSERT ON public.service_health
    FOR EACH ROW EXECUTE FUNCTION public.service_health_now();
UPDATE public.service_health SET checked_at = now() WHERE checked_at > now();
