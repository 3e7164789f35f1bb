-- Hardening after an attack probe by a legitimate member with psql (docs/security.md, "Threat model"):
--
-- * Functions that run as the tables' owner (SECURITY DEFINER) resolved names through a search_path of
--   "public" only; PostgreSQL then still searches the session's temporary schema first, so a member's
--   temporary table named brand_memberships, users or security_audits was read (and written) instead of the
--   real one. Every definer function now names its objects with their schema and runs with
--   search_path = pg_catalog, public, pg_temp, as "Writing SECURITY DEFINER Functions Safely" asks; members
--   may create neither temporary tables nor anything in public; functions are executable by members only
--   where they need them.
-- * atelier_audit() records only for brands the member belongs to, only actions their role allows, always
--   in their own name.
-- * The trail is no longer chained inside the writer's transaction under one lock for everyone (one member's
--   open transaction stalled every audited write of every brand): rows are written unchained and a sealer
--   chains the committed ones afterwards, in one short transaction of its own (atelier_audit_seal()).
-- * New memberships, comments, annotations, saved analyses, collections and workflows are audited when
--   created too, not only when changed or deleted.
-- * secret_keyring (salt, Argon2 limits, wrapped key) and accessibility_reports get row-level security.
-- * User text has length limits in the database; generation and collection ids have a safe form.

-- Nobody but the owner creates objects: no temporary tables for members, nothing new in public.
DO $$
BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM %I', current_database(), current_database() || '_member');
END;
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Whether the session's login is the installation's administrator (a member of the tables' owner).
CREATE FUNCTION public.atelier_is_owner() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT pg_catalog.pg_has_role(session_user, c.relowner, 'MEMBER')
    FROM pg_catalog.pg_class c WHERE c.oid = 'public.security_audits'::pg_catalog.regclass
$$;

CREATE OR REPLACE FUNCTION public.atelier_user_id() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT u.id FROM public.users u WHERE u.login_role = session_user
$$;

CREATE OR REPLACE FUNCTION public.atelier_role_rank(role text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE role WHEN 'viewer' THEN 1 WHEN 'analyst' THEN 2 WHEN 'editor' THEN 3 WHEN 'admin' THEN 4 ELSE 0 END
$$;

CREATE OR REPLACE FUNCTION public.atelier_brand_rank(brand text) RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce(max(public.atelier_role_rank(m.role)), 0) FROM public.brand_memberships m
    JOIN public.users u ON u.id = m.user_id WHERE u.login_role = session_user AND m.brand_id = brand
$$;

CREATE OR REPLACE FUNCTION public.atelier_brands_at(min_rank integer) RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce(array_agg(m.brand_id), '{}') FROM public.brand_memberships m JOIN public.users u ON u.id = m.user_id
    WHERE u.login_role = session_user AND public.atelier_role_rank(m.role) >= min_rank
$$;

CREATE OR REPLACE FUNCTION public.atelier_user_visible(person text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM public.users u WHERE u.id = person AND u.login_role = session_user)
        OR EXISTS (SELECT 1 FROM public.brand_memberships theirs
                   JOIN public.brand_memberships mine ON mine.brand_id = theirs.brand_id
                   JOIN public.users me ON me.id = mine.user_id
                   WHERE theirs.user_id = person AND me.login_role = session_user)
        OR EXISTS (SELECT 1 FROM public.shared_resources s JOIN public.users me ON me.login_role = session_user
                   WHERE (s.created_by = person AND s.permissions ? me.id) OR (s.created_by = me.id AND s.permissions ? person))
$$;

CREATE OR REPLACE FUNCTION public.analytics_data_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    UPDATE public.analytics_data_version SET changes = changes + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;

-- new_rows and old_rows are the triggers' transition tables, which no schema can shadow.
CREATE OR REPLACE FUNCTION public.analytics_rollup_mark_new() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    INSERT INTO public.analytics_rollup_dirty (brand_id, day)
    SELECT DISTINCT n.brand_id, floor(extract(epoch FROM n.timestamp) / 86400)::bigint FROM new_rows n;
    RETURN NULL;
END;
$$;
CREATE OR REPLACE FUNCTION public.analytics_rollup_mark_old() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    INSERT INTO public.analytics_rollup_dirty (brand_id, day)
    SELECT DISTINCT o.brand_id, floor(extract(epoch FROM o.timestamp) / 86400)::bigint FROM old_rows o;
    RETURN NULL;
END;
$$;
CREATE OR REPLACE FUNCTION public.analytics_rollup_mark_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    INSERT INTO public.analytics_rollup_dirty (brand_id, day)
    SELECT o.brand_id, floor(extract(epoch FROM o.timestamp) / 86400)::bigint FROM old_rows o
    UNION SELECT n.brand_id, floor(extract(epoch FROM n.timestamp) / 86400)::bigint FROM new_rows n;
    RETURN NULL;
END;
$$;
CREATE OR REPLACE FUNCTION public.analytics_rollup_truncated() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    DELETE FROM public.analytics_daily_rollup;
    DELETE FROM public.analytics_rollup_dirty;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION public.analytics_refresh_rollup() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    marks bigint[];
    span record;
    days bigint := 0;
BEGIN
    PERFORM pg_advisory_xact_lock(727375);
    SELECT array_agg(d.id) INTO marks FROM public.analytics_rollup_dirty d;
    IF marks IS NULL THEN
        RETURN 0;
    END IF;
    FOR span IN SELECT d.brand_id, min(d.day) AS first_day, max(d.day) AS last_day FROM public.analytics_rollup_dirty d
                WHERE d.id = ANY (marks) GROUP BY d.brand_id LOOP
        DELETE FROM public.analytics_daily_rollup r
        WHERE r.brand_id = span.brand_id AND r.day BETWEEN span.first_day AND span.last_day;
        INSERT INTO public.analytics_daily_rollup (brand_id, day, events, active_users, sessions, page_views, signups, purchases,
                                                   revenue, purchasing_users)
        SELECT e.brand_id, floor(extract(epoch FROM e.timestamp) / 86400)::bigint, count(*), count(DISTINCT e.user_id),
               count(DISTINCT e.session_id),
               sum(CASE WHEN e.event_type = 'page_view' THEN 1 ELSE 0 END),
               sum(CASE WHEN e.event_type = 'signup' THEN 1 ELSE 0 END),
               sum(CASE WHEN e.event_type = 'purchase' THEN 1 ELSE 0 END),
               coalesce(sum(CASE WHEN e.event_type = 'purchase' THEN (e.properties ->> 'revenue')::double precision END), 0),
               count(DISTINCT CASE WHEN e.event_type = 'purchase' THEN e.user_id END)
        FROM public.analytics_events e
        WHERE e.brand_id = span.brand_id AND e.timestamp >= to_timestamp(span.first_day * 86400)
          AND e.timestamp < to_timestamp((span.last_day + 1) * 86400)
        GROUP BY e.brand_id, floor(extract(epoch FROM e.timestamp) / 86400)::bigint;
        days := days + span.last_day - span.first_day + 1;
    END LOOP;
    DELETE FROM public.analytics_rollup_dirty d WHERE d.id = ANY (marks);
    RETURN days;
END;
$$;

CREATE OR REPLACE FUNCTION public.atelier_share_rank(rtype text, rid text) RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT coalesce(max(CASE s.permissions ->> u.id WHEN 'view' THEN 1 WHEN 'comment' THEN 2 WHEN 'edit' THEN 3 ELSE 0 END), 0)
    FROM public.shared_resources s JOIN public.users u ON u.login_role = session_user
    WHERE s.resource_type = rtype AND s.resource_id = rid
$$;

CREATE OR REPLACE FUNCTION public.atelier_resource_owner(rtype text, rid text) RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    RETURN CASE rtype
        WHEN 'ai_generation' THEN (SELECT g.user_id FROM public.ai_generations g WHERE g.id = rid)
        WHEN 'ai_collection' THEN (SELECT c.user_id FROM public.ai_collections c WHERE c.id = rid)
        WHEN 'analytics_funnel' THEN (SELECT f.created_by FROM public.analytics_funnels f WHERE f.id = rid)
        WHEN 'analytics_segment' THEN (SELECT s.created_by FROM public.analytics_segments s WHERE s.id = rid)
        ELSE NULL END;
END;
$$;

CREATE OR REPLACE FUNCTION public.atelier_find_user(name text) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT u.id FROM public.users u WHERE u.username = name
$$;

CREATE OR REPLACE FUNCTION public.atelier_may_share(rtype text, rid text, brand text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT brand = ANY (public.atelier_brands_at(4)) OR public.atelier_resource_owner(rtype, rid) = public.atelier_user_id()
$$;

CREATE OR REPLACE FUNCTION public.atelier_announce() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    PERFORM pg_notify('atelier_changes', json_build_object('table', TG_TABLE_NAME, 'id', NEW.id)::text);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION public.ai_costs_apply() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    month_start timestamptz := date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
BEGIN
    UPDATE public.user_quotas q SET
        credits_used = CASE WHEN q.period_start < month_start THEN 0 ELSE q.credits_used END
                       + CASE WHEN NEW.kind = 'charge' AND NEW.created_at >= month_start THEN NEW.credits ELSE 0 END,
        credits_reserved = greatest(0, q.credits_reserved + CASE NEW.kind WHEN 'reserve' THEN NEW.credits ELSE -NEW.credits END),
        period_start = greatest(q.period_start, month_start)
    WHERE q.user_id = NEW.user_id AND q.brand_id = NEW.brand_id;
    RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION public.ai_register_trained_model(custom_model text, model_id text, model_name text, cost double precision,
                                                            seconds integer, model_quality double precision, meta jsonb)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    brand text;
BEGIN
    SELECT c.brand_id INTO brand FROM public.ai_custom_models c WHERE c.id = custom_model;
    IF brand IS NULL THEN
        RAISE EXCEPTION 'There is no custom model %', custom_model USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT public.atelier_is_owner() AND public.atelier_brand_rank(brand) < 3 THEN
        RAISE EXCEPTION 'Registering a trained model needs the editor role in its brand' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO public.ai_models (id, name, provider, type, cost_per_generation, avg_time, quality, is_active, metadata)
    VALUES (model_id, model_name, 'replicate', '2d', cost, seconds, model_quality, true, meta);
END;
$$;

CREATE OR REPLACE FUNCTION public.ai_quota_locked(person text, brand text)
RETURNS TABLE (monthly_credits integer, credits_used integer, credits_reserved integer, period_start timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF NOT public.atelier_is_owner() AND person IS DISTINCT FROM public.atelier_user_id() THEN
        RAISE EXCEPTION 'A quota is read for oneself' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT q.monthly_credits, q.credits_used, q.credits_reserved, q.period_start FROM public.user_quotas q
                 WHERE q.user_id = person AND q.brand_id = brand FOR UPDATE;
END;
$$;

-- The audit trail -------------------------------------------------------------------------------

-- The person acting: the session's. Only the administrator, who may have no person yet, gets one made on first use.
CREATE OR REPLACE FUNCTION public.atelier_acting_user() RETURNS text LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    person text := public.atelier_user_id();
BEGIN
    IF person IS NULL THEN
        IF NOT public.atelier_is_owner() THEN
            RAISE EXCEPTION 'The login % is not a person of this database', session_user USING ERRCODE = 'insufficient_privilege';
        END IF;
        person := 'role:' || session_user;
        INSERT INTO public.users (id, username, display_name, login_role)
        VALUES (person, session_user, session_user, session_user) ON CONFLICT DO NOTHING;
    END IF;
    RETURN person;
END;
$$;

-- Rows arrive unchained (seq, prev_hash and row_hash empty) whoever writes them: no lock is taken in the writer's
-- transaction. Only the sealer fills them in.
ALTER TABLE public.security_audits ALTER COLUMN seq DROP NOT NULL;
-- The order rows arrived in, which the sealer keeps: two records of one millisecond (a grant, then a revoke) stay
-- in the order they were made.
ALTER TABLE public.security_audits ADD COLUMN arrival bigint GENERATED ALWAYS AS IDENTITY;
DROP TRIGGER security_audits_chained ON public.security_audits;
DROP FUNCTION public.security_audits_chain();
CREATE FUNCTION public.security_audits_pending() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    NEW.seq := NULL;
    NEW.prev_hash := NULL;
    NEW.row_hash := NULL;
    NEW.created_at := date_trunc('milliseconds', coalesce(NEW.created_at, now()));
    RETURN NEW;
END;
$$;
CREATE TRIGGER security_audits_pending BEFORE INSERT ON public.security_audits FOR EACH ROW
    EXECUTE FUNCTION public.security_audits_pending();
CREATE INDEX security_audits_pending_idx ON public.security_audits (arrival) WHERE seq IS NULL;

-- Append-only, but for the sealer: a pending row may get its place in the chain, and nothing else, once.
CREATE OR REPLACE FUNCTION public.security_audits_refuse() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.seq IS NULL AND NEW.seq IS NOT NULL
           AND (NEW.id, NEW.action, NEW.resource_type, NEW.resource_id, NEW.user_id, NEW.brand_id, NEW.ip_address,
                NEW.user_agent, NEW.metadata, NEW.created_at)
               IS NOT DISTINCT FROM (OLD.id, OLD.action, OLD.resource_type, OLD.resource_id, OLD.user_id, OLD.brand_id,
                                     OLD.ip_address, OLD.user_agent, OLD.metadata, OLD.created_at)
           AND NEW.row_hash = public.atelier_audit_hash(NEW.seq, NEW.prev_hash, NEW.action, NEW.resource_type, NEW.resource_id,
                                                        NEW.user_id, NEW.brand_id, NEW.ip_address, NEW.user_agent,
                                                        NEW.metadata::text, NEW.created_at) THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'The audit trail is append-only: % is refused.', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Chains the committed rows that wait, in the order they arrived, after the last chained row; returns how many. One sealer at a
-- time: another caller meanwhile returns 0 at once and leaves them to it (nobody waits). Run in a short transaction
-- of its own (Atelier does, after recording and before reading the trail); within a longer one it holds only the
-- other sealers back, never a writer.
CREATE FUNCTION public.atelier_audit_seal() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    last_seq bigint;
    last_hash text;
    r record;
    h text;
    sealed bigint := 0;
BEGIN
    -- A snapshot older than the last seal would chain rows twice: under repeatable read, leave it to another call.
    IF current_setting('transaction_isolation') <> 'read committed' OR NOT pg_try_advisory_xact_lock(727376) THEN
        RETURN 0;
    END IF;
    SELECT a.seq, a.row_hash INTO last_seq, last_hash FROM public.security_audits a WHERE a.seq IS NOT NULL
    ORDER BY a.seq DESC LIMIT 1;
    last_seq := coalesce(last_seq, 0);
    last_hash := coalesce(last_hash, '');
    FOR r IN SELECT a.id, a.action, a.resource_type, a.resource_id, a.user_id, a.brand_id, a.ip_address, a.user_agent,
                    a.metadata::text AS meta, a.created_at
             FROM public.security_audits a WHERE a.seq IS NULL ORDER BY a.arrival LIMIT 50000 LOOP
        last_seq := last_seq + 1;
        h := public.atelier_audit_hash(last_seq, last_hash, r.action, r.resource_type, r.resource_id, r.user_id, r.brand_id,
                                       r.ip_address, r.user_agent, r.meta, r.created_at);
        UPDATE public.security_audits SET seq = last_seq, prev_hash = last_hash, row_hash = h WHERE id = r.id;
        last_hash := h;
        sealed := sealed + 1;
    END LOOP;
    RETURN sealed;
END;
$$;

-- A member records, in their own name, only for a brand they belong to and only what their role there may do;
-- without a brand, only their own sign-ins, views and exports. The administrator records anything.
CREATE OR REPLACE FUNCTION public.atelier_audit(action text, resource_type text, resource_id text, brand text, metadata jsonb)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    new_id text := gen_random_uuid()::text;
    needed integer;
BEGIN
    IF action IS NULL OR action NOT IN ('view', 'create', 'edit', 'delete', 'export', 'share', 'sign_in') THEN
        RAISE EXCEPTION 'Unknown audit action "%"', action USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF coalesce(resource_type, '') = '' OR resource_id IS NULL THEN
        RAISE EXCEPTION 'An audit record names its resource' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT public.atelier_is_owner() THEN
        IF brand IS NULL THEN
            IF action NOT IN ('sign_in', 'view', 'export') THEN
                RAISE EXCEPTION 'Recording "%" needs a brand you belong to', action USING ERRCODE = 'insufficient_privilege';
            END IF;
        ELSE
            needed := CASE WHEN action IN ('view', 'export', 'sign_in') THEN 1
                           WHEN resource_type IN ('comments', 'annotations', 'comment', 'annotation')
                                OR resource_type LIKE 'analytics\_%' THEN 2
                           ELSE 3 END;
            IF public.atelier_brand_rank(brand) < needed THEN
                RAISE EXCEPTION 'Recording "%" on % in brand % needs the % role there', action, resource_type, brand,
                    CASE needed WHEN 1 THEN 'viewer' WHEN 2 THEN 'analyst' ELSE 'editor' END
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
        END IF;
    END IF;
    INSERT INTO public.security_audits (id, seq, action, resource_type, resource_id, user_id, brand_id, ip_address, user_agent,
                                        metadata)
    VALUES (new_id, NULL, action, resource_type, resource_id, public.atelier_acting_user(), brand, host(inet_client_addr()),
            nullif(current_setting('application_name', true), ''), metadata);
    RETURN new_id;
END;
$$;

CREATE OR REPLACE FUNCTION public.atelier_audit_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    target jsonb;
    verb text;
    meta jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN target := to_jsonb(OLD); ELSE target := to_jsonb(NEW); END IF;
    verb := CASE WHEN TG_TABLE_NAME = 'shared_resources' THEN 'share'
                 WHEN TG_OP = 'DELETE' THEN 'delete' WHEN TG_OP = 'UPDATE' THEN 'edit' ELSE 'create' END;
    meta := jsonb_build_object('operation', lower(TG_OP), 'source', 'database');
    IF TG_TABLE_NAME = 'brand_memberships' THEN
        meta := meta || jsonb_build_object('role', target ->> 'role');
    END IF;
    INSERT INTO public.security_audits (id, seq, action, resource_type, resource_id, user_id, brand_id, ip_address, user_agent,
                                        metadata)
    -- A membership has no id of its own: the person it is about stands for it.
    VALUES (gen_random_uuid()::text, NULL, verb, TG_TABLE_NAME, coalesce(target ->> 'id', target ->> 'user_id'),
            public.atelier_acting_user(), target ->> 'brand_id',
            host(inet_client_addr()), nullif(current_setting('application_name', true), ''), meta);
    RETURN NULL;
END;
$$;

-- Creations are audited too (a new membership above all: who made whom an admin of what).
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['brand_memberships', 'comments', 'annotations', 'analytics_funnels', 'analytics_segments',
                             'ai_collections', 'workflows'] LOOP
        EXECUTE format('DROP TRIGGER %I ON public.%I', t || '_audited', t);
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON public.%I FOR EACH ROW '
                       'EXECUTE FUNCTION public.atelier_audit_change()', t || '_audited', t);
    END LOOP;
END;
$$;

-- The keyring and accessibility reports ---------------------------------------------------------

-- The salt, limits and wrapped key are for the administrator's tools only: with the encrypted fields they would
-- let anyone guess the passphrase offline. Members learn whether and how the key is kept, nothing more.
ALTER TABLE public.secret_keyring ENABLE ROW LEVEL SECURITY;
DO $$
BEGIN
    EXECUTE format('REVOKE ALL ON public.secret_keyring FROM %I', current_database() || '_member');
END;
$$;
CREATE FUNCTION public.atelier_keyring_status() RETURNS TABLE (method text, key_version integer, rotated_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT k.method, k.key_version, k.rotated_at FROM public.secret_keyring k WHERE k.id = 1
$$;

-- Each person reads and records their own accessibility audits; brand administrators read everyone's.
ALTER TABLE public.accessibility_reports ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_read ON public.accessibility_reports FOR SELECT
    USING (user_id = public.atelier_user_id() OR cardinality((SELECT public.atelier_brands_at(4))::text[]) > 0);
CREATE POLICY own_insert ON public.accessibility_reports FOR INSERT WITH CHECK (user_id = public.atelier_user_id());
DO $$
BEGIN
    EXECUTE format('GRANT INSERT ON public.accessibility_reports TO %I', current_database() || '_member');
END;
$$;

-- Limits on what people write ---------------------------------------------------------------------
-- Comments and annotations were always limited to 10,000 characters by Atelier; the database now says so too,
-- for psql as well. The other limits are those the services check; rows written before stay as they are
-- (NOT VALID) and new ones are held to them.
ALTER TABLE public.comments ADD CONSTRAINT comments_content_length CHECK (char_length(content) <= 10000);
ALTER TABLE public.annotations ADD CONSTRAINT annotations_content_length CHECK (char_length(content) <= 10000);
ALTER TABLE public.annotations ADD CONSTRAINT annotations_position_size CHECK (octet_length(position::text) <= 4096) NOT VALID;
ALTER TABLE public.ai_generations ADD CONSTRAINT ai_generations_prompt_length
    CHECK (char_length(prompt) <= 4000 AND char_length(coalesce(negative_prompt, '')) <= 4000) NOT VALID;
ALTER TABLE public.ai_prompt_templates ADD CONSTRAINT ai_prompt_templates_text_length
    CHECK (char_length(name) <= 200 AND char_length(prompt) <= 4000) NOT VALID;
ALTER TABLE public.ai_collections ADD CONSTRAINT ai_collections_text_length
    CHECK (char_length(name) <= 200 AND char_length(coalesce(description, '')) <= 10000) NOT VALID;
ALTER TABLE public.analytics_funnels ADD CONSTRAINT analytics_funnels_name_length CHECK (char_length(name) <= 200) NOT VALID;
ALTER TABLE public.analytics_segments ADD CONSTRAINT analytics_segments_name_length CHECK (char_length(name) <= 200) NOT VALID;
ALTER TABLE public.workflows ADD CONSTRAINT workflows_text_length
    CHECK (char_length(name) <= 200 AND char_length(coalesce(description, '')) <= 10000) NOT VALID;
ALTER TABLE public.users ADD CONSTRAINT users_display_name_length CHECK (char_length(display_name) <= 200) NOT VALID;

-- Ids that become file names (a collection's zip names its files after its generations): letters, digits, _ and -.
ALTER TABLE public.ai_generations ADD CONSTRAINT ai_generations_id_form CHECK (id ~ '^[A-Za-z0-9_-]{1,128}$') NOT VALID;
ALTER TABLE public.ai_collections ADD CONSTRAINT ai_collections_id_form CHECK (id ~ '^[A-Za-z0-9_-]{1,128}$') NOT VALID;

-- Who may run what ---------------------------------------------------------------------------------
-- Functions are not executable by PUBLIC; members get those their policies and Atelier call. Trigger functions
-- need no grant to fire.
REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
DO $$
DECLARE
    member text := current_database() || '_member';
BEGIN
    EXECUTE format('REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM %I', member);
    EXECUTE format('GRANT EXECUTE ON FUNCTION public.atelier_user_id(), public.atelier_role_rank(text), '
                   'public.atelier_brand_rank(text), public.atelier_brands_at(integer), public.atelier_user_visible(text), '
                   'public.atelier_share_rank(text, text), public.atelier_may_share(text, text, text), '
                   'public.atelier_find_user(text), public.atelier_is_owner(), '
                   'public.atelier_audit(text, text, text, text, jsonb), public.atelier_audit_seal(), '
                   'public.atelier_audit_field(text), '
                   'public.atelier_audit_hash(bigint, text, text, text, text, text, text, text, text, text, timestamptz), '
                   'public.atelier_keyring_status(), public.analytics_refresh_rollup(), public.ai_quota_locked(text, text), '
                   'public.ai_register_trained_model(text, text, text, double precision, integer, double precision, jsonb) '
                   'TO %I', member);
END;
$$;

-- A forgotten open transaction of a member ends after a minute instead of holding its locks for ever (new members
-- get the same setting from atelier users add).
DO $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT m.rolname FROM pg_catalog.pg_auth_members am
             JOIN pg_catalog.pg_roles g ON g.oid = am.roleid JOIN pg_catalog.pg_roles m ON m.oid = am.member
             WHERE g.rolname = current_database() || '_member' AND m.rolcanlogin LOOP
        BEGIN
            EXECUTE format('ALTER ROLE %I IN DATABASE %I SET idle_in_transaction_session_timeout = %L', r.rolname,
                           current_database(), '60s');
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'idle_in_transaction_session_timeout not set for %: the migrating role may not alter it', r.rolname;
        END;
    END LOOP;
END;
$$;

-- Rows recorded before this migration stay chained as they were; rows written by the old trigger meanwhile too.
SELECT public.atelier_audit_seal();
