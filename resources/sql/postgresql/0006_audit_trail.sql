-- The audit trail: append-only and hash-chained, recorded inside the database.
--
-- * Every row carries seq (1, 2, 3, … with no gap), prev_hash (the row_hash of seq − 1, '' for the first) and
--   row_hash = hex(SHA-256(content)), where content is the fields seq, prev_hash, action, resource_type,
--   resource_id, user_id, brand_id, ip_address, user_agent, metadata (jsonb text) and created_at (epoch
--   milliseconds), each written as "<UTF-8 byte length>:<text>", or "-" when NULL. A trigger computes them
--   under a lock, whoever inserts; `atelier audit verify` recomputes them in the app and names the first
--   row that does not match, so even an edit made with the triggers disabled is found.
-- * No one updates, deletes or truncates it: triggers refuse, and members have no write privilege at all.
-- * Members record through atelier_audit(), which fills in who they are, their address as PostgreSQL sees
--   it and their client (application_name, set by Atelier to "Atelier/<version> (<OS>)"). Changes and
--   deletions of content, and shares, are recorded by triggers, so a modified client cannot skip them.

CREATE FUNCTION atelier_audit_field(v text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN v IS NULL THEN '-' ELSE octet_length(v)::text || ':' || v END
$$;

CREATE FUNCTION atelier_audit_hash(seq bigint, prev_hash text, action text, resource_type text, resource_id text, user_id text,
                                   brand_id text, ip_address text, user_agent text, metadata text, created_at timestamptz)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(
        atelier_audit_field(seq::text) || atelier_audit_field(prev_hash) || atelier_audit_field(action)
        || atelier_audit_field(resource_type) || atelier_audit_field(resource_id) || atelier_audit_field(user_id)
        || atelier_audit_field(brand_id) || atelier_audit_field(ip_address) || atelier_audit_field(user_agent)
        || atelier_audit_field(metadata) || atelier_audit_field(((extract(epoch FROM created_at) * 1000)::bigint)::text),
        'UTF8')), 'hex')
$$;

CREATE FUNCTION security_audits_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    last_seq bigint;
    last_hash text;
BEGIN
    PERFORM pg_advisory_xact_lock(727376);
    SELECT seq, row_hash INTO last_seq, last_hash FROM security_audits ORDER BY seq DESC LIMIT 1;
    NEW.seq := coalesce(last_seq, 0) + 1;
    NEW.prev_hash := coalesce(last_hash, '');
    NEW.created_at := date_trunc('milliseconds', NEW.created_at);
    NEW.row_hash := atelier_audit_hash(NEW.seq, NEW.prev_hash, NEW.action, NEW.resource_type, NEW.resource_id, NEW.user_id,
                                       NEW.brand_id, NEW.ip_address, NEW.user_agent, NEW.metadata::text, NEW.created_at);
    RETURN NEW;
END;
$$;

-- Rows recorded before this migration are chained now, in the order of their seq.
DO $$
DECLARE
    r record;
    prev text := '';
    h text;
BEGIN
    FOR r IN SELECT id, seq, action, resource_type, resource_id, user_id, brand_id, ip_address, user_agent, metadata::text AS meta,
                    date_trunc('milliseconds', created_at) AS at
             FROM security_audits ORDER BY seq LOOP
        h := atelier_audit_hash(r.seq, prev, r.action, r.resource_type, r.resource_id, r.user_id, r.brand_id, r.ip_address,
                                r.user_agent, r.meta, r.at);
        UPDATE security_audits SET prev_hash = prev, row_hash = h, created_at = r.at WHERE id = r.id;
        prev := h;
    END LOOP;
END;
$$;

CREATE TRIGGER security_audits_chained BEFORE INSERT ON security_audits FOR EACH ROW EXECUTE FUNCTION security_audits_chain();

CREATE FUNCTION security_audits_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only: % is refused.', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER security_audits_append_only BEFORE UPDATE OR DELETE ON security_audits
    FOR EACH ROW EXECUTE FUNCTION security_audits_refuse();
CREATE TRIGGER security_audits_no_truncate BEFORE TRUNCATE ON security_audits
    FOR EACH STATEMENT EXECUTE FUNCTION security_audits_refuse();

-- The person acting: the session's, or for the administrator a person of their own made on first use.
CREATE FUNCTION atelier_acting_user() RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    person text := atelier_user_id();
BEGIN
    IF person IS NULL THEN
        person := 'role:' || session_user;
        INSERT INTO users (id, username, display_name, login_role)
        VALUES (person, session_user, session_user, session_user) ON CONFLICT DO NOTHING;
    END IF;
    RETURN person;
END;
$$;

CREATE FUNCTION atelier_audit(action text, resource_type text, resource_id text, brand text, metadata jsonb)
RETURNS text LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    id text := gen_random_uuid()::text;
BEGIN
    IF action NOT IN ('view', 'create', 'edit', 'delete', 'export', 'share', 'sign_in') THEN
        RAISE EXCEPTION 'Unknown audit action "%"', action USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO security_audits (id, seq, action, resource_type, resource_id, user_id, brand_id, ip_address, user_agent, metadata)
    VALUES (id, 0, action, resource_type, resource_id, atelier_acting_user(), brand, host(inet_client_addr()),
            nullif(current_setting('application_name', true), ''), metadata);
    RETURN id;
END;
$$;

CREATE FUNCTION atelier_audit_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    target jsonb;
    verb text;
BEGIN
    IF TG_OP = 'DELETE' THEN target := to_jsonb(OLD); ELSE target := to_jsonb(NEW); END IF;
    verb := CASE WHEN TG_TABLE_NAME = 'shared_resources' THEN 'share'
                 WHEN TG_OP = 'DELETE' THEN 'delete' WHEN TG_OP = 'UPDATE' THEN 'edit' ELSE 'create' END;
    INSERT INTO security_audits (id, seq, action, resource_type, resource_id, user_id, brand_id, ip_address, user_agent, metadata)
    -- A membership has no id of its own: the person it is about stands for it.
    VALUES (gen_random_uuid()::text, 0, verb, TG_TABLE_NAME, coalesce(target ->> 'id', target ->> 'user_id'),
            atelier_acting_user(), target ->> 'brand_id',
            host(inet_client_addr()), nullif(current_setting('application_name', true), ''),
            jsonb_build_object('operation', lower(TG_OP), 'source', 'database'));
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['comments', 'annotations', 'ai_generations', 'ai_collections', 'analytics_funnels',
                             'analytics_segments', 'workflows', 'ai_training_datasets', 'brand_memberships'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION atelier_audit_change()',
                       t || '_audited', t);
    END LOOP;
    CREATE TRIGGER shared_resources_audited AFTER INSERT OR UPDATE OR DELETE ON shared_resources
        FOR EACH ROW EXECUTE FUNCTION atelier_audit_change();
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON security_audits FROM %I', current_database() || '_member');
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO %I', current_database() || '_member');
END;
$$;
DROP POLICY member_insert ON security_audits;
DROP POLICY member_update ON security_audits;
DROP POLICY member_delete ON security_audits;
