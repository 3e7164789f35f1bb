-- A workflow's change is left to the console's own audit record only when that record says the same change, kept in
-- step with ../sqlite/0026_workflow_audit_matching.sql.
--
-- 0020 let the deferred audit trigger write nothing when the transaction had already recorded the workflow in the acting
-- person's name, whatever the record said. Any member may record a "view" of anything (public.atelier_audit, no brand
-- needed), so an editor deleting a workflow with psql after `SELECT atelier_audit('view', 'workflow', id, NULL, '{}')`
-- left no deletion in the trail. The record must now be a write of the same kind in the workflow's brand: a deletion is
-- covered by a "delete", an insert by a "create", an update by an "edit" (or by the "create" of the same transaction).

CREATE OR REPLACE FUNCTION public.atelier_audit_workflow_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    target jsonb;
    verb text;
BEGIN
    IF TG_OP = 'DELETE' THEN target := to_jsonb(OLD); ELSE target := to_jsonb(NEW); END IF;
    verb := CASE WHEN TG_OP = 'DELETE' THEN 'delete' WHEN TG_OP = 'UPDATE' THEN 'edit' ELSE 'create' END;
    -- Rows of this transaction are not sealed yet (seq is NULL) and carry its start time (now(), to the millisecond).
    IF EXISTS (SELECT 1 FROM public.security_audits a
               WHERE a.resource_type = 'workflow' AND a.resource_id = target ->> 'id' AND a.seq IS NULL
                 AND a.created_at >= date_trunc('milliseconds', now())
                 AND a.user_id IS NOT DISTINCT FROM public.atelier_acting_user()
                 AND a.brand_id IS NOT DISTINCT FROM target ->> 'brand_id'
                 AND (a.action = verb OR (verb = 'edit' AND a.action = 'create'))) THEN
        RETURN NULL;
    END IF;
    INSERT INTO public.security_audits (id, seq, action, resource_type, resource_id, user_id, brand_id, ip_address, user_agent,
                                        metadata)
    VALUES (gen_random_uuid()::text, NULL, verb, TG_TABLE_NAME, target ->> 'id', public.atelier_acting_user(), target ->> 'brand_id',
            host(inet_client_addr()), nullif(current_setting('application_name', true), ''),
            jsonb_build_object('operation', lower(TG_OP), 'source', 'database'));
    RETURN NULL;
END;
$$;
REVOKE EXECUTE ON FUNCTION public.atelier_audit_workflow_change() FROM PUBLIC;
