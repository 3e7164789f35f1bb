-- A workflow's creation, change and deletion are audited once (issue 17), kept in step with
-- ../sqlite/0020_workflow_audit_once.sql. WorkflowService records each of them itself (resource type "workflow", with
-- the name and version), and the audit triggers of 0011/0014/0017 recorded the same change a second time (resource type
-- "workflows"). The triggers stay, for what does not go through Atelier (psql), but they now fire at commit and write
-- nothing when the transaction already recorded this workflow in the acting person's name: an audit row cannot be
-- forged away, since the only way to have one is to write one (public.atelier_audit(), which names its writer).

CREATE FUNCTION public.atelier_audit_workflow_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    target jsonb;
    verb text;
BEGIN
    IF TG_OP = 'DELETE' THEN target := to_jsonb(OLD); ELSE target := to_jsonb(NEW); END IF;
    -- Rows of this transaction are not sealed yet (seq is NULL) and carry its start time (now(), to the millisecond).
    IF EXISTS (SELECT 1 FROM public.security_audits a
               WHERE a.resource_type = 'workflow' AND a.resource_id = target ->> 'id' AND a.seq IS NULL
                 AND a.created_at >= date_trunc('milliseconds', now())
                 AND a.user_id IS NOT DISTINCT FROM public.atelier_acting_user()) THEN
        RETURN NULL;
    END IF;
    verb := CASE WHEN TG_OP = 'DELETE' THEN 'delete' WHEN TG_OP = 'UPDATE' THEN 'edit' ELSE 'create' END;
    INSERT INTO public.security_audits (id, seq, action, resource_type, resource_id, user_id, brand_id, ip_address, user_agent,
                                        metadata)
    VALUES (gen_random_uuid()::text, NULL, verb, TG_TABLE_NAME, target ->> 'id', public.atelier_acting_user(), target ->> 'brand_id',
            host(inet_client_addr()), nullif(current_setting('application_name', true), ''),
            jsonb_build_object('operation', lower(TG_OP), 'source', 'database'));
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION public.atelier_audit_workflow_change() FROM PUBLIC;

DROP TRIGGER workflows_audited ON public.workflows;
DROP TRIGGER workflows_edit_audited ON public.workflows;
CREATE CONSTRAINT TRIGGER workflows_audited AFTER INSERT OR DELETE ON public.workflows
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.atelier_audit_workflow_change();
CREATE CONSTRAINT TRIGGER workflows_edit_audited AFTER UPDATE ON public.workflows
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN ((to_jsonb(OLD) - 'schedule_checked_at' - 'schedule_next_at' - 'updated_at')
          IS DISTINCT FROM (to_jsonb(NEW) - 'schedule_checked_at' - 'schedule_next_at' - 'updated_at'))
    EXECUTE FUNCTION public.atelier_audit_workflow_change();
