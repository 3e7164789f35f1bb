-- Named webhook secrets of a brand (docs/workflows.md "webhook", docs/security.md), kept in step with
-- ../sqlite/0016_workflow_secrets.sql. A value is stored only encrypted (XChaCha20-Poly1305 through Secrets, with the
-- data key of the desktop that stored it, bound to the brand and the name): this table never holds one in clear.
--
-- Who may do what (row-level security, ranks of 0004): brand admins write (in their own name) and read; the run-as
-- identity of a workflow of the brand reads the brand's ciphertexts, so that its runners can sign webhooks (they
-- decrypt only on a desktop holding the key). Nobody else sees even the names.

CREATE TABLE public.workflow_secrets (
    brand_id text NOT NULL REFERENCES public.brands(id) ON DELETE CASCADE,
    name text NOT NULL CONSTRAINT workflow_secrets_name_form CHECK (name ~ '^[A-Za-z0-9_.-]{1,64}$'),
    value_encrypted text NOT NULL CONSTRAINT workflow_secrets_value_encrypted CHECK (value_encrypted LIKE 'enc:v%'),
    created_by text REFERENCES public.users(id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (brand_id, name)
);

ALTER TABLE public.workflow_secrets ENABLE ROW LEVEL SECURITY;
CREATE POLICY admin_or_runner_read ON public.workflow_secrets FOR SELECT
    USING (brand_id = ANY ((SELECT public.atelier_brands_at(4))::text[])
           OR EXISTS (SELECT 1 FROM public.workflows w WHERE w.brand_id = workflow_secrets.brand_id
                      AND w.run_as_id = (SELECT public.atelier_user_id())));
CREATE POLICY admin_insert ON public.workflow_secrets FOR INSERT
    WITH CHECK (brand_id = ANY ((SELECT public.atelier_brands_at(4))::text[]) AND created_by = (SELECT public.atelier_user_id()));
CREATE POLICY admin_update ON public.workflow_secrets FOR UPDATE
    USING (brand_id = ANY ((SELECT public.atelier_brands_at(4))::text[]))
    WITH CHECK (brand_id = ANY ((SELECT public.atelier_brands_at(4))::text[]) AND created_by = (SELECT public.atelier_user_id()));
CREATE POLICY admin_delete ON public.workflow_secrets FOR DELETE
    USING (brand_id = ANY ((SELECT public.atelier_brands_at(4))::text[]));

DO $$
BEGIN
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON public.workflow_secrets TO %I', current_database() || '_member');
END;
$$;
