-- Workflows (issue 17, docs/workflows.md), kept in step with ../sqlite/0014_workflows.sql: definitions with their
-- versions, executions claimed by runners, each step's attempts, and the webhook hosts a brand admin allows.
--
-- * workflows gains its version, owner, run-as identity (whose rights its executions have), error workflow, misfire
--   policy, updated_at and the scheduler's high-water mark; names are unique per brand (duplicates already there
--   keep their rows under a name that says which). Rows of the old demo shape (no trigger "type") are paused:
--   they are not valid definitions and would only fail.
-- * workflow_versions keeps every saved definition; each existing workflow gets its version 1.
-- * workflow_executions is a queue: queued → running (claimed, leased) → waiting / completed / failed / cancelled.
--   Executions left 'running' for more than a day are failed. started_at is set when first claimed.
-- * workflow_step_runs: one row per attempt of a step.
--
-- Who may do what (row-level security, with the ranks of 0004: viewer 1, analyst 2, editor 3, admin 4):
-- * workflows: read from rank 1, written from rank 3 as before. Its run-as identity may be set to oneself, or by a
--   brand admin to a member of the brand; its owner is its creator; its error workflow is of the same brand.
-- * versions, executions, step runs, allowed hosts: read by the brand's members. Versions are saved by editors in
--   their own name. An execution is queued (never written finished) by an editor of the brand, by the workflow's
--   run-as identity (its scheduler), or for an error workflow by the run-as identity of a workflow naming it; it
--   always acts as its workflow's run-as identity, whatever the inserter wrote. It is then changed (claimed,
--   leased, finished) only by that identity; an editor may only cancel it or queue a failed one again. Step runs are
--   written by the execution's run-as identity only. Allowed hosts are written by brand admins.
-- * Brand consistency is a foreign key: a version, an execution or a step run names its workflow (execution) and
--   that row's brand together, so no column can be forged to move one into another brand.

-- Workflows ------------------------------------------------------------------------------------------------------

UPDATE public.workflows w SET name = left(w.name, 150) || ' (' || left(w.id, 8) || ')'
WHERE EXISTS (SELECT 1 FROM public.workflows newer WHERE newer.brand_id = w.brand_id AND newer.name = w.name
              AND (newer.created_at, newer.id) > (w.created_at, w.id));
CREATE UNIQUE INDEX workflows_brand_name_idx ON public.workflows (brand_id, name);
CREATE UNIQUE INDEX workflows_id_brand_idx ON public.workflows (id, brand_id);

ALTER TABLE public.workflows
    ADD COLUMN version integer NOT NULL DEFAULT 1 CONSTRAINT workflows_version_positive CHECK (version >= 1),
    ADD COLUMN owner_id text REFERENCES public.users(id) ON DELETE SET NULL,
    ADD COLUMN run_as_id text REFERENCES public.users(id) ON DELETE SET NULL,
    ADD COLUMN error_workflow_id text REFERENCES public.workflows(id) ON DELETE SET NULL,
    ADD COLUMN misfire text NOT NULL DEFAULT 'skip' CONSTRAINT workflows_misfire_check CHECK (misfire IN ('skip', 'run_once')),
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN schedule_checked_at timestamptz;
UPDATE public.workflows w SET updated_at = w.created_at,
    status = CASE WHEN w.status = 'active' AND jsonb_typeof(w.trigger) = 'object' AND NOT (w.trigger ? 'type') THEN 'paused'
                  ELSE w.status END;

-- The run-as identity, the owner and the error workflow are checked here (as the tables' owner: the member may not
-- see the memberships of the person named).
CREATE FUNCTION public.workflows_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me text := public.atelier_user_id();
    administrator boolean := public.atelier_is_owner();
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT administrator THEN
            NEW.owner_id := me;
        END IF;
    ELSIF NEW.owner_id IS DISTINCT FROM OLD.owner_id AND NOT administrator AND public.atelier_brand_rank(NEW.brand_id) < 4 THEN
        RAISE EXCEPTION 'Changing the owner of workflow "%" needs the admin role in its brand', NEW.name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.run_as_id IS NOT NULL AND (TG_OP = 'INSERT' OR NEW.run_as_id IS DISTINCT FROM OLD.run_as_id)
       AND NEW.run_as_id IS DISTINCT FROM me THEN
        IF NOT administrator AND public.atelier_brand_rank(NEW.brand_id) < 4 THEN
            RAISE EXCEPTION 'Workflow "%" may run as you, or as someone else only when a brand admin names them', NEW.name
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM public.brand_memberships m WHERE m.user_id = NEW.run_as_id AND m.brand_id = NEW.brand_id) THEN
            RAISE EXCEPTION 'Workflow "%" cannot run as %: they are not a member of its brand', NEW.name, NEW.run_as_id
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    IF NEW.error_workflow_id IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM public.workflows e WHERE e.id = NEW.error_workflow_id AND e.brand_id = NEW.brand_id) THEN
        RAISE EXCEPTION 'The error workflow of "%" must be a workflow of the same brand', NEW.name
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER workflows_checked BEFORE INSERT OR UPDATE ON public.workflows FOR EACH ROW
    EXECUTE FUNCTION public.workflows_check();

-- Versions -------------------------------------------------------------------------------------------------------

CREATE TABLE public.workflow_versions (
    workflow_id text NOT NULL,
    version integer NOT NULL CONSTRAINT workflow_versions_version_positive CHECK (version >= 1),
    trigger jsonb NOT NULL,
    actions jsonb NOT NULL,
    saved_by text REFERENCES public.users(id) ON DELETE SET NULL,
    saved_at timestamptz NOT NULL DEFAULT now(),
    brand_id text NOT NULL REFERENCES public.brands(id) ON DELETE CASCADE,
    PRIMARY KEY (workflow_id, version),
    FOREIGN KEY (workflow_id, brand_id) REFERENCES public.workflows(id, brand_id) ON DELETE CASCADE
);
INSERT INTO public.workflow_versions (workflow_id, version, trigger, actions, saved_by, saved_at, brand_id)
SELECT w.id, 1, w.trigger, w.actions, NULL, w.created_at, w.brand_id FROM public.workflows w;

-- Executions -----------------------------------------------------------------------------------------------------

ALTER TABLE public.workflow_executions DROP CONSTRAINT workflow_executions_status_check;
ALTER TABLE public.workflow_executions
    ADD CONSTRAINT workflow_executions_status_check
        CHECK (status IN ('queued', 'running', 'waiting', 'completed', 'failed', 'cancelled')),
    ALTER COLUMN started_at DROP NOT NULL,
    ALTER COLUMN started_at DROP DEFAULT,
    ADD COLUMN version integer,
    ADD COLUMN trigger_kind text NOT NULL DEFAULT 'manual'
        CONSTRAINT workflow_executions_trigger_kind_check CHECK (trigger_kind IN ('manual', 'schedule', 'event', 'error', 'retry')),
    ADD COLUMN trigger_payload jsonb,
    ADD COLUMN run_as_id text REFERENCES public.users(id) ON DELETE SET NULL,
    ADD COLUMN attempt integer NOT NULL DEFAULT 0,
    ADD COLUMN lease_owner text,
    ADD COLUMN lease_expires_at timestamptz,
    ADD COLUMN scheduled_for timestamptz,
    ADD COLUMN run_after timestamptz,
    ADD COLUMN current_step text,
    ADD COLUMN error text CONSTRAINT workflow_executions_error_length CHECK (char_length(error) <= 4000),
    ADD COLUMN error_code text CONSTRAINT workflow_executions_error_code_form CHECK (error_code ~ '^[a-z_]{1,40}$'),
    ADD COLUMN created_at timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT workflow_executions_workflow_brand_fkey FOREIGN KEY (workflow_id, brand_id)
        REFERENCES public.workflows(id, brand_id) ON DELETE CASCADE;
UPDATE public.workflow_executions x SET created_at = coalesce(x.started_at, now()), version = 1,
    status = CASE WHEN x.status = 'running' AND x.started_at < now() - interval '1 day' THEN 'failed' ELSE x.status END,
    completed_at = CASE WHEN x.status = 'running' AND x.started_at < now() - interval '1 day' THEN now() ELSE x.completed_at END,
    error = CASE WHEN x.status = 'running' AND x.started_at < now() - interval '1 day'
                 THEN 'Still running after a day when the workflow engine was installed' END;
CREATE UNIQUE INDEX workflow_executions_id_brand_idx ON public.workflow_executions (id, brand_id);
-- One execution per schedule instant, whatever the number of runners (NULLs are distinct: manual runs are many).
CREATE UNIQUE INDEX workflow_executions_schedule_idx ON public.workflow_executions (workflow_id, scheduled_for);
-- What runners claim: their identity's executions that are not finished.
CREATE INDEX workflow_executions_claim_idx ON public.workflow_executions (run_as_id, status, run_after)
    WHERE status IN ('queued', 'running', 'waiting');
CREATE INDEX workflow_executions_brand_time_idx ON public.workflow_executions (brand_id, created_at);

-- Who queues an execution, and what it may be made of; it acts as its workflow's run-as identity.
CREATE FUNCTION public.workflow_executions_check() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me text := public.atelier_user_id();
    administrator boolean := public.atelier_is_owner();
    wf record;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT w.name, w.brand_id, w.run_as_id, w.version INTO wf FROM public.workflows w WHERE w.id = NEW.workflow_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'There is no workflow %', NEW.workflow_id USING ERRCODE = 'foreign_key_violation';
        END IF;
        NEW.run_as_id := wf.run_as_id;
        NEW.version := coalesce(NEW.version, wf.version);
        IF administrator THEN -- the administrator's tools (the demo's history) write any state
            RETURN NEW;
        END IF;
        IF NEW.status <> 'queued' OR NEW.lease_owner IS NOT NULL OR NEW.attempt <> 0 OR NEW.started_at IS NOT NULL
           OR NEW.completed_at IS NOT NULL OR NEW.result IS NOT NULL THEN
            RAISE EXCEPTION 'A new execution of workflow "%" is queued, not claimed nor finished', wf.name
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.version > wf.version OR NEW.version < 1 THEN
            RAISE EXCEPTION 'Workflow "%" has no version %', wf.name, NEW.version USING ERRCODE = 'check_violation';
        END IF;
        IF public.atelier_brand_rank(wf.brand_id) >= 3
           OR (public.atelier_brand_rank(wf.brand_id) >= 1 AND me IS NOT NULL AND me = wf.run_as_id)
           OR (public.atelier_brand_rank(wf.brand_id) >= 1 AND me IS NOT NULL AND NEW.trigger_kind = 'error'
               AND EXISTS (SELECT 1 FROM public.workflows f WHERE f.error_workflow_id = NEW.workflow_id AND f.run_as_id = me)) THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'Running workflow "%" needs the editor role in its brand', wf.name USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF administrator THEN
        RETURN NEW;
    END IF;
    IF (NEW.id, NEW.workflow_id, NEW.brand_id, NEW.run_as_id, NEW.version, NEW.created_at, NEW.scheduled_for, NEW.trigger_payload::text)
       IS DISTINCT FROM (OLD.id, OLD.workflow_id, OLD.brand_id, OLD.run_as_id, OLD.version, OLD.created_at, OLD.scheduled_for,
                         OLD.trigger_payload::text) THEN
        RAISE EXCEPTION 'An execution keeps its workflow, brand, run-as identity, version, schedule and payload'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF me IS NOT NULL AND me = OLD.run_as_id THEN -- its runners
        RETURN NEW;
    END IF;
    IF public.atelier_brand_rank(OLD.brand_id) >= 3
       AND (NEW.result::text, NEW.attempt, NEW.current_step, NEW.started_at) IS NOT DISTINCT FROM
           (OLD.result::text, OLD.attempt, OLD.current_step, OLD.started_at)
       AND ((NEW.status = 'cancelled' AND OLD.status IN ('queued', 'waiting', 'running') AND NEW.trigger_kind = OLD.trigger_kind)
            OR (NEW.status = 'queued' AND OLD.status = 'failed' AND NEW.trigger_kind = 'retry')) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'An execution is run only by its run-as identity; an editor of its brand may cancel it or retry it when it failed'
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER workflow_executions_checked BEFORE INSERT OR UPDATE ON public.workflow_executions FOR EACH ROW
    EXECUTE FUNCTION public.workflow_executions_check();
-- Runners listening on atelier_changes wake up when an execution is queued.
CREATE TRIGGER workflow_executions_announced AFTER INSERT ON public.workflow_executions FOR EACH ROW
    EXECUTE FUNCTION public.atelier_announce();

DROP POLICY member_insert ON public.workflow_executions;
DROP POLICY member_update ON public.workflow_executions;
CREATE POLICY member_insert ON public.workflow_executions FOR INSERT
    WITH CHECK (brand_id = ANY ((SELECT public.atelier_brands_at(1))::text[]));
CREATE POLICY runner_update ON public.workflow_executions FOR UPDATE
    USING (brand_id = ANY ((SELECT public.atelier_brands_at(1))::text[])
           AND (run_as_id = (SELECT public.atelier_user_id()) OR brand_id = ANY ((SELECT public.atelier_brands_at(3))::text[])))
    WITH CHECK (brand_id = ANY ((SELECT public.atelier_brands_at(1))::text[])
                AND (run_as_id = (SELECT public.atelier_user_id()) OR brand_id = ANY ((SELECT public.atelier_brands_at(3))::text[])));

-- Step runs ------------------------------------------------------------------------------------------------------

CREATE TABLE public.workflow_step_runs (
    id text PRIMARY KEY,
    execution_id text NOT NULL,
    brand_id text NOT NULL REFERENCES public.brands(id) ON DELETE CASCADE,
    step_id text NOT NULL,
    attempt integer NOT NULL CONSTRAINT workflow_step_runs_attempt_positive CHECK (attempt >= 1),
    status text NOT NULL CONSTRAINT workflow_step_runs_status_check CHECK (status IN ('running', 'completed', 'failed', 'skipped')),
    input jsonb,
    output jsonb,
    error text CONSTRAINT workflow_step_runs_error_length CHECK (char_length(error) <= 4000),
    error_code text CONSTRAINT workflow_step_runs_error_code_form CHECK (error_code ~ '^[a-z_]{1,40}$'),
    started_at timestamptz NOT NULL DEFAULT now(),
    ended_at timestamptz,
    FOREIGN KEY (execution_id, brand_id) REFERENCES public.workflow_executions(id, brand_id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX workflow_step_runs_attempt_idx ON public.workflow_step_runs (execution_id, step_id, attempt);

-- Allowed hosts --------------------------------------------------------------------------------------------------

CREATE TABLE public.workflow_allowed_hosts (
    brand_id text NOT NULL REFERENCES public.brands(id) ON DELETE CASCADE,
    host text NOT NULL CONSTRAINT workflow_allowed_hosts_host_form CHECK (host ~ '^[a-z0-9.:_-]{1,253}$'),
    added_by text REFERENCES public.users(id) ON DELETE SET NULL,
    added_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (brand_id, host)
);

-- Row-level security of the new tables ---------------------------------------------------------------------------

ALTER TABLE public.workflow_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON public.workflow_versions FOR SELECT USING (brand_id = ANY ((SELECT public.atelier_brands_at(1))::text[]));
CREATE POLICY editor_insert ON public.workflow_versions FOR INSERT
    WITH CHECK (brand_id = ANY ((SELECT public.atelier_brands_at(3))::text[]) AND saved_by = (SELECT public.atelier_user_id()));

ALTER TABLE public.workflow_step_runs ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON public.workflow_step_runs FOR SELECT USING (brand_id = ANY ((SELECT public.atelier_brands_at(1))::text[]));
CREATE POLICY runner_insert ON public.workflow_step_runs FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM public.workflow_executions x WHERE x.id = workflow_step_runs.execution_id
                        AND x.brand_id = workflow_step_runs.brand_id AND x.run_as_id = (SELECT public.atelier_user_id())));
CREATE POLICY runner_update ON public.workflow_step_runs FOR UPDATE
    USING (EXISTS (SELECT 1 FROM public.workflow_executions x WHERE x.id = workflow_step_runs.execution_id
                   AND x.run_as_id = (SELECT public.atelier_user_id())))
    WITH CHECK (EXISTS (SELECT 1 FROM public.workflow_executions x WHERE x.id = workflow_step_runs.execution_id
                        AND x.brand_id = workflow_step_runs.brand_id AND x.run_as_id = (SELECT public.atelier_user_id())));

ALTER TABLE public.workflow_allowed_hosts ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON public.workflow_allowed_hosts FOR SELECT
    USING (brand_id = ANY ((SELECT public.atelier_brands_at(1))::text[]));
CREATE POLICY admin_insert ON public.workflow_allowed_hosts FOR INSERT
    WITH CHECK (brand_id = ANY ((SELECT public.atelier_brands_at(4))::text[]) AND added_by = (SELECT public.atelier_user_id()));
CREATE POLICY admin_update ON public.workflow_allowed_hosts FOR UPDATE
    USING (brand_id = ANY ((SELECT public.atelier_brands_at(4))::text[]))
    WITH CHECK (brand_id = ANY ((SELECT public.atelier_brands_at(4))::text[]) AND added_by = (SELECT public.atelier_user_id()));
CREATE POLICY admin_delete ON public.workflow_allowed_hosts FOR DELETE
    USING (brand_id = ANY ((SELECT public.atelier_brands_at(4))::text[]));

-- Trigger functions fire without a grant: nobody executes them directly.
REVOKE EXECUTE ON FUNCTION public.workflows_check(), public.workflow_executions_check() FROM PUBLIC;
DO $$
DECLARE
    member text := current_database() || '_member';
BEGIN
    EXECUTE format('REVOKE EXECUTE ON FUNCTION public.workflows_check(), public.workflow_executions_check() FROM %I', member);
    EXECUTE format('GRANT SELECT ON public.workflow_versions, public.workflow_step_runs, public.workflow_allowed_hosts TO %I', member);
    EXECUTE format('GRANT INSERT ON public.workflow_versions TO %I', member);
    EXECUTE format('GRANT INSERT, UPDATE ON public.workflow_step_runs TO %I', member);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON public.workflow_allowed_hosts TO %I', member);
END;
$$;

-- The scheduler moves workflows.schedule_checked_at every second: bookkeeping, not an edit. The audit trigger of
-- 0011 (insert, update, delete) records an update only when something else changed.
DROP TRIGGER workflows_audited ON public.workflows;
CREATE TRIGGER workflows_audited AFTER INSERT OR DELETE ON public.workflows
    FOR EACH ROW EXECUTE FUNCTION public.atelier_audit_change();
CREATE TRIGGER workflows_edit_audited AFTER UPDATE ON public.workflows FOR EACH ROW
    WHEN ((to_jsonb(OLD) - 'schedule_checked_at' - 'updated_at') IS DISTINCT FROM (to_jsonb(NEW) - 'schedule_checked_at' - 'updated_at'))
    EXECUTE FUNCTION public.atelier_audit_change();
