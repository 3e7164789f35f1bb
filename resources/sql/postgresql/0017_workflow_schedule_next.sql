-- The scheduler's next instant per workflow (issue 17), kept in step with ../sqlite/0017_workflow_schedule_next.sql.
--
-- workflows.schedule_next_at is the first instant of the workflow's schedule after its mark (schedule_checked_at, or
-- created_at when never checked): a scheduler tick reads, through workflows_schedule_next_idx, only the active
-- workflows of its identity whose instant is due or unknown, instead of every active schedule. NULL means "not
-- computed yet": a new row, or one whose trigger, status or mark changed without the scheduler setting its next
-- instant in the same statement (workflows_schedule_changed nulls it, so an edit by hand is followed too). A
-- workflow that is not a schedule, or whose trigger is damaged, gets 9999-12-31 (never due) until its trigger changes.

ALTER TABLE public.workflows ADD COLUMN schedule_next_at timestamptz;
CREATE INDEX workflows_schedule_next_idx ON public.workflows (run_as_id, schedule_next_at) WHERE status = 'active';

CREATE FUNCTION public.workflows_schedule_changed() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NEW.schedule_next_at IS NOT DISTINCT FROM OLD.schedule_next_at
       AND (NEW.trigger IS DISTINCT FROM OLD.trigger OR NEW.status IS DISTINCT FROM OLD.status
            OR NEW.schedule_checked_at IS DISTINCT FROM OLD.schedule_checked_at OR NEW.created_at IS DISTINCT FROM OLD.created_at) THEN
        NEW.schedule_next_at := NULL;
    END IF;
    RETURN NEW;
END;
$$;
REVOKE EXECUTE ON FUNCTION public.workflows_schedule_changed() FROM PUBLIC;
CREATE TRIGGER workflows_schedule_changed BEFORE UPDATE ON public.workflows FOR EACH ROW
    EXECUTE FUNCTION public.workflows_schedule_changed();

-- The scheduler's bookkeeping is not an edit: the audit trigger of 0014 leaves out the next instant too.
DROP TRIGGER workflows_edit_audited ON public.workflows;
CREATE TRIGGER workflows_edit_audited AFTER UPDATE ON public.workflows FOR EACH ROW
    WHEN ((to_jsonb(OLD) - 'schedule_checked_at' - 'schedule_next_at' - 'updated_at')
          IS DISTINCT FROM (to_jsonb(NEW) - 'schedule_checked_at' - 'schedule_next_at' - 'updated_at'))
    EXECUTE FUNCTION public.atelier_audit_change();
