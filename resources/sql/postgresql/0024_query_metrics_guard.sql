-- query_metrics rows cannot carry SQL that runs when an administrator plans it, kept in step with
-- ../sqlite/0024_query_metrics_guard.sql.
--
-- Every member inserts rows in their own name (0018), and the Monitoring page of the installation's administrator
-- explains the slowest rows' sample_sql (OptimizationService). A console older than this migration scanned that text
-- for quotes only, so a member's "SELECT 1 --'" newline "; GRANT <owner> TO me; --'" ran the GRANT under the
-- administrator's role. The database now keeps no sample_sql that holds a statement boundary a quote scan can miss
-- (semicolon, comment, dollar quote, backslash): the row is kept, its SQL is not (NULL: shown and explained as none).
-- A minute in the future (which would pin a row in every window, first among the slowest) is the server's minute.
-- Rows already written are cleaned the same way.

CREATE FUNCTION public.query_metrics_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NEW.sample_sql IS NOT NULL AND (NEW.sample_sql ~ '[;$\\]' OR strpos(NEW.sample_sql, '--') > 0
                                       OR strpos(NEW.sample_sql, '/*') > 0) THEN
        NEW.sample_sql := NULL;
    END IF;
    IF NEW.minute > now() THEN
        NEW.minute := date_trunc('minute', now());
    END IF;
    RETURN NEW;
END;
$$;
REVOKE EXECUTE ON FUNCTION public.query_metrics_guard() FROM PUBLIC;
CREATE TRIGGER query_metrics_guarded BEFORE INSERT ON public.query_metrics
    FOR EACH ROW EXECUTE FUNCTION public.query_metrics_guard();

UPDATE public.query_metrics SET sample_sql = NULL
WHERE sample_sql ~ '[;$\\]' OR strpos(sample_sql, '--') > 0 OR strpos(sample_sql, '/*') > 0;
UPDATE public.query_metrics SET minute = date_trunc('minute', now()) WHERE minute > now();
