-- Webhook secrets sealed with the database's data key (issue 17), kept in step with
-- ../sqlite/0021_workflow_secrets_data_key.sql. Until now a value was sealed with the key of the desktop that stored it
-- (LocalKey), so a headless runner on another machine could not sign. New values are sealed with the data key of
-- Secrets (secret_keyring: wrapped by a passphrase, or by the keychain of the desktop that made it), which
-- `atelier secrets rotate` re-encrypts with the other encrypted fields. sealed_with says which key sealed a row:
-- 'desktop' for the rows stored before (re-sealed with the data key when the desktop that stored them reads them, or
-- by `atelier workflow secret reseal`), 'database' for the others.
ALTER TABLE public.workflow_secrets ADD COLUMN sealed_with text NOT NULL DEFAULT 'database'
    CONSTRAINT workflow_secrets_sealed_with CHECK (sealed_with IN ('desktop', 'database'));
UPDATE public.workflow_secrets SET sealed_with = 'desktop';

-- Unlocking the data key needs its wrapped form. Members may not read the keyring (0011: with the encrypted fields,
-- salt and wrapped key let one guess a passphrase offline), so this function gives it only to those who must seal or
-- open webhook secrets: the installation's administrator, brand admins (who store them) and the run-as identities of
-- workflows that are not archived (whose runners sign). Anyone else is refused.
CREATE FUNCTION public.atelier_keyring_material()
RETURNS TABLE (salt text, ops_limit integer, mem_limit bigint, wrapped_key text, key_version integer, method text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT (public.atelier_is_owner()
            OR cardinality((SELECT public.atelier_brands_at(4))::text[]) > 0
            OR EXISTS (SELECT 1 FROM public.workflows w
                       WHERE w.run_as_id = (SELECT public.atelier_user_id()) AND w.status <> 'archived')) THEN
        RAISE EXCEPTION 'Only the installation''s administrator, a brand admin or the run-as identity of a workflow unlocks the data key'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT k.salt, k.ops_limit, k.mem_limit::bigint, k.wrapped_key, k.key_version, k.method
                 FROM public.secret_keyring k WHERE k.id = 1;
END;
$$;
REVOKE EXECUTE ON FUNCTION public.atelier_keyring_material() FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION public.atelier_keyring_material() TO %I', current_database() || '_member');
END;
$$;
