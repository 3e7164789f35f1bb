-- Runners wake at once when an execution is queued (issue 17), kept in step with ../sqlite/0022_workflow_wakeup.sql.
-- A new execution (a manual run, a schedule's instant, an event's, an error workflow's), or one queued again (retry,
-- handed back by a stopping runner), sends NOTIFY atelier_workflows when its transaction commits. Idle runners LISTEN
-- on that channel (WorkflowEngine::runUntil) and claim at once instead of at their next look. The notification carries
-- nothing (no id, no identity: any member may listen), and PostgreSQL folds the identical ones of a transaction into one.
CREATE FUNCTION public.atelier_workflows_notify() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM pg_catalog.pg_notify('atelier_workflows', '');
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION public.atelier_workflows_notify() FROM PUBLIC;
CREATE TRIGGER workflow_executions_queued AFTER INSERT ON public.workflow_executions
    FOR EACH STATEMENT EXECUTE FUNCTION public.atelier_workflows_notify();
CREATE TRIGGER workflow_executions_requeued AFTER UPDATE OF status ON public.workflow_executions FOR EACH ROW
    WHEN (NEW.status = 'queued' AND OLD.status IS DISTINCT FROM 'queued')
    EXECUTE FUNCTION public.atelier_workflows_notify();
