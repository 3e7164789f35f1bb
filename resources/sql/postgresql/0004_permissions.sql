-- People, brands and roles enforced by PostgreSQL itself, so that a person connecting with psql under
-- their own login role sees and changes exactly what Atelier would let them.
--
-- * Each person logs in with their own role (users.login_role), a member of this database's group role
--   "<database>_member", which holds the table privileges.
-- * brand_memberships(user_id, brand_id, role) gives a rank per brand: viewer 1, analyst 2, editor 3, admin 4.
-- * Row-level security on every table with a brand_id: a row is visible from rank 1; saved analyses,
--   comments and annotations are written from rank 2 (analyst), events and AI Studio, workflow and other
--   content from rank 3 (editor), memberships from rank 4 (admin).
-- * The role that runs the migrations owns the tables and is not subject to these policies: it is the
--   installation's administrator (and the one local person on SQLite, where none of this exists).
-- * Functions the policies and triggers need run as their owner (SECURITY DEFINER) with a fixed search_path.

CREATE FUNCTION atelier_user_id() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT id FROM users WHERE login_role = session_user
$$;

CREATE FUNCTION atelier_role_rank(role text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE role WHEN 'viewer' THEN 1 WHEN 'analyst' THEN 2 WHEN 'editor' THEN 3 WHEN 'admin' THEN 4 ELSE 0 END
$$;

-- The caller's rank in a brand; 0 when not a member.
CREATE FUNCTION atelier_brand_rank(brand text) RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
    SELECT coalesce(max(atelier_role_rank(m.role)), 0) FROM brand_memberships m
    JOIN users u ON u.id = m.user_id WHERE u.login_role = session_user AND m.brand_id = brand
$$;

-- The brands where the caller's rank is at least min_rank. Policies call it as a scalar subquery, so it
-- runs once per statement (not once per row) and brand_id = ANY (…) can use the brand indexes.
CREATE FUNCTION atelier_brands_at(min_rank integer) RETURNS text[] LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
    SELECT coalesce(array_agg(m.brand_id), '{}') FROM brand_memberships m JOIN users u ON u.id = m.user_id
    WHERE u.login_role = session_user AND atelier_role_rank(m.role) >= min_rank
$$;

-- A person the caller may see: themselves, or someone sharing a brand with them.
CREATE FUNCTION atelier_user_visible(person text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM users u WHERE u.id = person AND u.login_role = session_user)
        OR EXISTS (SELECT 1 FROM brand_memberships theirs JOIN brand_memberships mine ON mine.brand_id = theirs.brand_id
                   JOIN users me ON me.id = mine.user_id
                   WHERE theirs.user_id = person AND me.login_role = session_user)
$$;

-- Triggers that keep the data version and the rollup marks write tables no member may write directly.
ALTER FUNCTION analytics_data_changed() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION analytics_rollup_mark_new() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION analytics_rollup_mark_old() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION analytics_rollup_mark_changed() SECURITY DEFINER SET search_path = public;
ALTER FUNCTION analytics_rollup_truncated() SECURITY DEFINER SET search_path = public;

-- The daily rollup is refreshed by whoever runs an analysis, from every brand's events: as the owner, so
-- that what a person may see never decides what the rollup holds. Only the marks it has read are removed,
-- so the marks of a writer that commits meanwhile survive for the next refresh.
CREATE FUNCTION analytics_refresh_rollup() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
DECLARE
    marks bigint[];
    span record;
    days bigint := 0;
BEGIN
    PERFORM pg_advisory_xact_lock(727375);
    SELECT array_agg(id) INTO marks FROM analytics_rollup_dirty;
    IF marks IS NULL THEN
        RETURN 0;
    END IF;
    FOR span IN SELECT brand_id, min(day) AS first_day, max(day) AS last_day FROM analytics_rollup_dirty
                WHERE id = ANY (marks) GROUP BY brand_id LOOP
        DELETE FROM analytics_daily_rollup WHERE brand_id = span.brand_id AND day BETWEEN span.first_day AND span.last_day;
        INSERT INTO analytics_daily_rollup (brand_id, day, events, active_users, sessions, page_views, signups, purchases,
                                            revenue, purchasing_users)
        SELECT brand_id, floor(extract(epoch FROM timestamp) / 86400)::bigint, count(*), count(DISTINCT user_id),
               count(DISTINCT session_id),
               sum(CASE WHEN event_type = 'page_view' THEN 1 ELSE 0 END),
               sum(CASE WHEN event_type = 'signup' THEN 1 ELSE 0 END),
               sum(CASE WHEN event_type = 'purchase' THEN 1 ELSE 0 END),
               coalesce(sum(CASE WHEN event_type = 'purchase' THEN (properties ->> 'revenue')::double precision END), 0),
               count(DISTINCT CASE WHEN event_type = 'purchase' THEN user_id END)
        FROM analytics_events
        WHERE brand_id = span.brand_id AND timestamp >= to_timestamp(span.first_day * 86400)
          AND timestamp < to_timestamp((span.last_day + 1) * 86400)
        GROUP BY brand_id, floor(extract(epoch FROM timestamp) / 86400)::bigint;
        days := days + span.last_day - span.first_day + 1;
    END LOOP;
    DELETE FROM analytics_rollup_dirty WHERE id = ANY (marks);
    RETURN days;
END;
$$;

DO $$
DECLARE
    member text := current_database() || '_member';
    t record;
    rank integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = member) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', member);
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), member);
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', member);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', member);
    EXECUTE format('REVOKE SELECT ON analytics_rollup_dirty, analytics_rollup_state FROM %I', member);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %I', member);
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO %I', member);
    -- Tables of later migrations are readable by members too; their policies come with them.
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %I', member);

    FOR t IN SELECT c.table_name FROM information_schema.columns c
             JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
             WHERE c.table_schema = 'public' AND c.column_name = 'brand_id' AND tb.table_type = 'BASE TABLE'
             ORDER BY c.table_name LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.table_name);
        IF t.table_name = 'monitoring_metrics' THEN
            -- Installation-wide figures (no brand) are for everyone to read and for the administrator to write.
            EXECUTE format('CREATE POLICY member_read ON %I FOR SELECT USING (brand_id IS NULL OR brand_id = ANY ((SELECT atelier_brands_at(1))::text[]))',
                           t.table_name);
        ELSE
            EXECUTE format('CREATE POLICY member_read ON %I FOR SELECT USING (brand_id = ANY ((SELECT atelier_brands_at(1))::text[]))', t.table_name);
        END IF;
        -- The rollup is written only by analytics_refresh_rollup().
        CONTINUE WHEN t.table_name = 'analytics_daily_rollup';
        rank := CASE
            WHEN t.table_name = 'brand_memberships' THEN 4
            WHEN t.table_name = 'analytics_events' THEN 3
            WHEN t.table_name LIKE 'analytics\_%' OR t.table_name IN ('comments', 'annotations') THEN 2
            ELSE 3 END;
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t.table_name, member);
        EXECUTE format('CREATE POLICY member_insert ON %I FOR INSERT WITH CHECK (brand_id = ANY ((SELECT atelier_brands_at(%s))::text[]))',
                       t.table_name, rank);
        EXECUTE format('CREATE POLICY member_update ON %I FOR UPDATE USING (brand_id = ANY ((SELECT atelier_brands_at(%s))::text[])) '
                       'WITH CHECK (brand_id = ANY ((SELECT atelier_brands_at(%s))::text[]))', t.table_name, rank, rank);
        EXECUTE format('CREATE POLICY member_delete ON %I FOR DELETE USING (brand_id = ANY ((SELECT atelier_brands_at(%s))::text[]))',
                       t.table_name, rank);
    END LOOP;
END;
$$;

-- Brands and people: seen by members, changed by the administrator only.
ALTER TABLE brands ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON brands FOR SELECT USING (id = ANY ((SELECT atelier_brands_at(1))::text[]));
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON users FOR SELECT USING (atelier_user_visible(id));
