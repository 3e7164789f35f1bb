-- Workflow events (issue 17, docs/workflows.md "event"), kept in step with ../sqlite/0015_workflow_events.sql: an
-- outbox the product writes when something happens (a generation completed, a comment mentions someone…) and that
-- the runners' scheduler tick turns into executions of the workflows triggered by that event.
--
-- * workflow_events: one row per event raised, in the transaction of what raised it. dedup_key (NULL for most
--   events) keeps the watched events (anomaly.detected, metric.threshold, experiment.significant) to one per brand,
--   metric and day whatever the number of runners watching.
-- * workflow_event_deliveries: one row per (event, workflow) once a runner of the workflow's run-as identity has
--   looked at the event for that workflow, with the execution it queued (NULL when the filter did not match). Its
--   primary key is what makes an event start a workflow at most once, however many runners dispatch at the same time.
--
-- Who may do what (row-level security, ranks of 0004):
-- * events: read by the brand's members; raised by any member of the brand (what raises them is something members
--   do: comment, share, generate), in their own name (raised_by). Nobody but the tables' owner changes or deletes one.
-- * deliveries: read by the brand's members; written only by the workflow's run-as identity (its runners), for an
--   event of the workflow's brand, naming an execution of that workflow or none.

CREATE TABLE public.workflow_events (
    id text PRIMARY KEY,
    brand_id text NOT NULL REFERENCES public.brands(id) ON DELETE CASCADE,
    event text NOT NULL CONSTRAINT workflow_events_event_check
        CHECK (event IN ('anomaly.detected', 'metric.threshold', 'experiment.significant', 'generation.completed', 'generation.failed',
                         'quota.threshold', 'comment.mention', 'share.created', 'workflow.failed')),
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    dedup_key text CONSTRAINT workflow_events_dedup_key_length CHECK (char_length(dedup_key) <= 400),
    raised_by text REFERENCES public.users(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX workflow_events_id_brand_idx ON public.workflow_events (id, brand_id);
-- One watched event per brand and key (NULLs distinct: ordinary events are many).
CREATE UNIQUE INDEX workflow_events_dedup_idx ON public.workflow_events (brand_id, dedup_key);
-- What a dispatcher reads: a brand's recent events of one name.
CREATE INDEX workflow_events_brand_event_time_idx ON public.workflow_events (brand_id, event, created_at);

CREATE TABLE public.workflow_event_deliveries (
    event_id text NOT NULL,
    workflow_id text NOT NULL,
    brand_id text NOT NULL REFERENCES public.brands(id) ON DELETE CASCADE,
    execution_id text REFERENCES public.workflow_executions(id) ON DELETE SET NULL,
    delivered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, workflow_id),
    FOREIGN KEY (event_id, brand_id) REFERENCES public.workflow_events(id, brand_id) ON DELETE CASCADE,
    FOREIGN KEY (workflow_id, brand_id) REFERENCES public.workflows(id, brand_id) ON DELETE CASCADE
);
CREATE INDEX workflow_event_deliveries_workflow_idx ON public.workflow_event_deliveries (workflow_id);

ALTER TABLE public.workflow_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON public.workflow_events FOR SELECT USING (brand_id = ANY ((SELECT public.atelier_brands_at(1))::text[]));
CREATE POLICY member_insert ON public.workflow_events FOR INSERT
    WITH CHECK (brand_id = ANY ((SELECT public.atelier_brands_at(1))::text[]) AND raised_by = (SELECT public.atelier_user_id()));

ALTER TABLE public.workflow_event_deliveries ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON public.workflow_event_deliveries FOR SELECT
    USING (brand_id = ANY ((SELECT public.atelier_brands_at(1))::text[]));
CREATE POLICY runner_insert ON public.workflow_event_deliveries FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM public.workflows w WHERE w.id = workflow_event_deliveries.workflow_id
                        AND w.brand_id = workflow_event_deliveries.brand_id AND w.run_as_id = (SELECT public.atelier_user_id()))
                AND (execution_id IS NULL
                     OR EXISTS (SELECT 1 FROM public.workflow_executions x WHERE x.id = workflow_event_deliveries.execution_id
                                AND x.workflow_id = workflow_event_deliveries.workflow_id)));

DO $$
DECLARE
    member text := current_database() || '_member';
BEGIN
    EXECUTE format('GRANT SELECT, INSERT ON public.workflow_events, public.workflow_event_deliveries TO %I', member);
END;
$$;
