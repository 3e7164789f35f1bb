-- Translations admins change in the console (docs/translations.md), kept in step with
-- ../sqlite/0019_translations.sql. The .ts files in translations/ are the source; a row here overrides the
-- compiled text of one message in one language, live in every console (NOTIFY atelier_changes).
--
-- A message is (context, source, disambiguation) as tr() names it; key is "ts:" and the SHA-1 (hex) of
-- context U+001F source U+001F disambiguation, unique per language. A numerus message (%n) keeps its forms in
-- value as a JSON array of strings. Rows of 0001 without a source (free keys) name no message: kept, not applied.
--
-- States as Weblate's: untranslated, needs_editing (kept, not applied: lrelease skips unfinished texts),
-- waiting_for_review and approved (applied).
--
-- Who may do what (translations are the installation's, not a brand's; ranks of 0004, best rank in any brand):
--   * every member reads (each console applies the overrides of its language);
--   * a translator is an editor or admin of some brand (rank 3+): proposes, edits, reverts what is not approved,
--     in their own name (updated_by);
--   * a reviewer is an admin of some brand (rank 4) or the installation's administrator (the tables' owner, not
--     subject to these policies): approves (reviewed_by = themselves; updated_by keeps the proposer), and alone
--     changes or removes an approved text.
--   * viewers and analysts change nothing.

ALTER TABLE public.translations
    ADD COLUMN source text,
    ADD COLUMN disambiguation text NOT NULL DEFAULT '',
    ADD COLUMN numerus boolean NOT NULL DEFAULT false,
    ADD COLUMN state text NOT NULL DEFAULT 'waiting_for_review'
        CONSTRAINT translations_state CHECK (state IN ('untranslated', 'needs_editing', 'waiting_for_review', 'approved')),
    ADD COLUMN updated_by text REFERENCES public.users(id) ON DELETE SET NULL,
    ADD COLUMN reviewed_by text REFERENCES public.users(id) ON DELETE SET NULL;
-- What every console downloads stays small.
ALTER TABLE public.translations ADD CONSTRAINT translations_value_length CHECK (length(value) <= 20000) NOT VALID;
ALTER TABLE public.translations ADD CONSTRAINT translations_source_length CHECK (length(source) <= 20000) NOT VALID;
CREATE INDEX translations_language_updated_idx ON public.translations (language, updated_at);

-- The caller's standing for translations: 4 reviewer (an admin of some brand, or the tables' owner), 3 translator
-- (an editor of some brand), else their best rank (0 for nobody).
CREATE FUNCTION public.atelier_translation_rank() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT CASE WHEN pg_catalog.pg_has_role(session_user, c.relowner, 'USAGE') THEN 4
                ELSE (SELECT coalesce(max(public.atelier_role_rank(m.role)), 0) FROM public.brand_memberships m
                      JOIN public.users u ON u.id = m.user_id WHERE u.login_role = session_user) END
    FROM pg_catalog.pg_class c WHERE c.oid = 'public.translations'::regclass
$$;

-- Times are the server's: a member cannot date a change into the past (the page's "changed since").
CREATE FUNCTION public.translations_stamp() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        NEW.created_at := OLD.created_at;
    ELSE
        NEW.created_at := now();
    END IF;
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER translations_stamped BEFORE INSERT OR UPDATE ON public.translations
    FOR EACH ROW EXECUTE FUNCTION public.translations_stamp();

-- Every console hears of a change (a removal too, which atelier_announce cannot name).
CREATE FUNCTION public.translations_announce() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM pg_catalog.pg_notify('atelier_changes', pg_catalog.json_build_object('table', TG_TABLE_NAME,
                                 'id', CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END)::text);
    RETURN NULL;
END;
$$;
CREATE TRIGGER translations_announced AFTER INSERT OR UPDATE OR DELETE ON public.translations
    FOR EACH ROW EXECUTE FUNCTION public.translations_announce();
-- Every change is audited here, the console's and psql's alike (translations have no brand, which members' own audit
-- records need).
CREATE TRIGGER translations_audited AFTER INSERT OR UPDATE OR DELETE ON public.translations
    FOR EACH ROW EXECUTE FUNCTION public.atelier_audit_change();

ALTER TABLE public.translations ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON public.translations FOR SELECT USING (true);
CREATE POLICY translator_insert ON public.translations FOR INSERT
    WITH CHECK ((SELECT public.atelier_translation_rank()) >= 3
                AND (updated_by = (SELECT public.atelier_user_id()) OR (SELECT public.atelier_translation_rank()) >= 4)
                AND (state <> 'approved' OR (SELECT public.atelier_translation_rank()) >= 4)
                AND (reviewed_by IS NULL
                     OR (reviewed_by = (SELECT public.atelier_user_id()) AND (SELECT public.atelier_translation_rank()) >= 4)));
CREATE POLICY translator_update ON public.translations FOR UPDATE
    USING ((SELECT public.atelier_translation_rank()) >= 4
           OR ((SELECT public.atelier_translation_rank()) >= 3 AND state <> 'approved'))
    WITH CHECK ((SELECT public.atelier_translation_rank()) >= 3
                AND (updated_by = (SELECT public.atelier_user_id()) OR (SELECT public.atelier_translation_rank()) >= 4)
                AND (state <> 'approved' OR (SELECT public.atelier_translation_rank()) >= 4)
                AND (reviewed_by IS NULL
                     OR (reviewed_by = (SELECT public.atelier_user_id()) AND (SELECT public.atelier_translation_rank()) >= 4)));
CREATE POLICY translator_delete ON public.translations FOR DELETE
    USING ((SELECT public.atelier_translation_rank()) >= 4
           OR ((SELECT public.atelier_translation_rank()) >= 3 AND state <> 'approved'));

REVOKE EXECUTE ON FUNCTION public.atelier_translation_rank() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION public.translations_stamp() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION public.translations_announce() FROM PUBLIC;
DO $$
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION public.atelier_translation_rank() TO %I', current_database() || '_member');
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON public.translations TO %I', current_database() || '_member');
END;
$$;
