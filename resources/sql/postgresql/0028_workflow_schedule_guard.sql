-- Only a workflow's scheduler moves its schedule, kept in step with ../sqlite/0028_workflow_schedule_guard.sql.
--
-- The scheduler (WorkflowEngine::scheduleDue, running as the workflow's run-as identity) writes schedule_next_at and
-- schedule_checked_at, and the audit trigger leaves both out (0017, 0020) since they are its bookkeeping. An editor of
-- the brand with psql could therefore stop an active schedule without a trace (schedule_next_at = 'infinity': never
-- due while the workflow still reads "active"), or skip or replay its instants by moving the mark. Now only the run-as
-- identity (the scheduler) or the installation's administrator changes these two columns; an edit of the trigger or
-- the status still has the next instant computed again (0017).

CREATE FUNCTION public.workflows_schedule_guard() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF (NEW.schedule_next_at IS DISTINCT FROM OLD.schedule_next_at OR NEW.schedule_checked_at IS DISTINCT FROM OLD.schedule_checked_at)
       AND NOT public.atelier_is_owner() AND public.atelier_user_id() IS DISTINCT FROM OLD.run_as_id THEN
        RAISE EXCEPTION 'Only the scheduler of workflow "%" (its run-as identity) moves its schedule', OLD.name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;
REVOKE EXECUTE ON FUNCTION public.workflows_schedule_guard() FROM PUBLIC;
-- Before workflows_schedule_changed (triggers fire by name): the values asked for, not the ones that trigger resets.
CREATE TRIGGER workflows_schedule_by_scheduler BEFORE UPDATE OF schedule_next_at, schedule_checked_at ON public.workflows
    FOR EACH ROW EXECUTE FUNCTION public.workflows_schedule_guard();
