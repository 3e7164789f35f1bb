-- The AI Studio generation queue. ai_generations is its state: which provider runs a job, how many attempts it
-- has had and when the next may start, which desktop holds it and until when (a lease renewed while the
-- provider works; a lapsed lease means the desktop died and the job goes back to pending), and the cache key
-- under which a completed result answers the same request again.
ALTER TABLE ai_generations
    ADD COLUMN provider text NOT NULL DEFAULT 'offline',
    ADD COLUMN attempts integer NOT NULL DEFAULT 0,
    ADD COLUMN max_attempts integer NOT NULL DEFAULT 4 CHECK (max_attempts BETWEEN 1 AND 20),
    ADD COLUMN next_attempt_at timestamptz,
    ADD COLUMN started_at timestamptz,
    ADD COLUMN claimed_by text,
    ADD COLUMN lease_until timestamptz,
    ADD COLUMN cache_key text,
    ADD COLUMN cache_source_id text REFERENCES ai_generations(id) ON DELETE SET NULL,
    ADD COLUMN provider_job_id text;
CREATE INDEX ai_generations_queue_idx ON ai_generations (status, next_attempt_at);
CREATE INDEX ai_generations_cache_idx ON ai_generations (cache_key) WHERE cache_key IS NOT NULL;

-- The credit ledger: at most one reservation, one charge and one refund per generation, so a job that is
-- resumed after a crash can never be charged twice.
CREATE UNIQUE INDEX ai_costs_once_idx ON ai_costs (generation_id, kind);

-- The ledger is the truth; user_quotas follows it. Each entry moves the person's reserved and used credits
-- (starting a new month's count when the month has turned), as the table owner: members may append to the
-- ledger but neither rewrite it nor touch their own quota.
CREATE FUNCTION ai_costs_apply() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    month_start timestamptz := date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
BEGIN
    UPDATE user_quotas SET
        credits_used = CASE WHEN period_start < month_start THEN 0 ELSE credits_used END
                       + CASE WHEN NEW.kind = 'charge' AND NEW.created_at >= month_start THEN NEW.credits ELSE 0 END,
        credits_reserved = greatest(0, credits_reserved + CASE NEW.kind WHEN 'reserve' THEN NEW.credits ELSE -NEW.credits END),
        period_start = greatest(period_start, month_start)
    WHERE user_id = NEW.user_id AND brand_id = NEW.brand_id;
    RETURN NEW;
END;
$$;
CREATE TRIGGER ai_costs_apply AFTER INSERT ON ai_costs FOR EACH ROW EXECUTE FUNCTION ai_costs_apply();

DROP POLICY member_update ON ai_costs;
DROP POLICY member_delete ON ai_costs;
DROP POLICY member_insert ON user_quotas;
DROP POLICY member_update ON user_quotas;
DROP POLICY member_delete ON user_quotas;
CREATE POLICY admin_insert ON user_quotas FOR INSERT WITH CHECK (brand_id = ANY ((SELECT atelier_brands_at(4))::text[]));
CREATE POLICY admin_update ON user_quotas FOR UPDATE USING (brand_id = ANY ((SELECT atelier_brands_at(4))::text[]))
    WITH CHECK (brand_id = ANY ((SELECT atelier_brands_at(4))::text[]));
CREATE POLICY admin_delete ON user_quotas FOR DELETE USING (brand_id = ANY ((SELECT atelier_brands_at(4))::text[]));

-- The queue's own bookkeeping (claims, leases, attempts, completion) is not a person's edit: the trail keeps
-- what people change on a generation (its prompt, rating, star, owner or brand, a cancel) and deletions.
DROP TRIGGER ai_generations_audited ON ai_generations;
CREATE TRIGGER ai_generations_audited AFTER UPDATE ON ai_generations FOR EACH ROW
    WHEN (OLD.prompt IS DISTINCT FROM NEW.prompt OR OLD.rating IS DISTINCT FROM NEW.rating
          OR OLD.starred IS DISTINCT FROM NEW.starred OR OLD.user_id IS DISTINCT FROM NEW.user_id
          OR OLD.brand_id IS DISTINCT FROM NEW.brand_id
          OR (NEW.status = 'canceled' AND OLD.status IS DISTINCT FROM NEW.status))
    EXECUTE FUNCTION atelier_audit_change();
CREATE TRIGGER ai_generations_deleted_audited AFTER DELETE ON ai_generations FOR EACH ROW
    EXECUTE FUNCTION atelier_audit_change();

-- Generations made before the queue: their provider is their model's.
UPDATE ai_generations SET provider = m.provider FROM ai_models m WHERE m.name = ai_generations.model;

-- A trained model joins the registry, which members may only read: registered by this function of the tables'
-- owner, for the owner or an editor of the custom model's brand.
CREATE FUNCTION ai_register_trained_model(custom_model text, model_id text, model_name text, cost double precision,
                                          seconds integer, model_quality double precision, meta jsonb)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    brand text;
BEGIN
    SELECT brand_id INTO brand FROM ai_custom_models WHERE id = custom_model;
    IF brand IS NULL THEN
        RAISE EXCEPTION 'There is no custom model %', custom_model USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT pg_has_role(session_user, (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'ai_models'), 'MEMBER')
       AND atelier_brand_rank(brand) < 3 THEN
        RAISE EXCEPTION 'Registering a trained model needs the editor role in its brand' USING ERRCODE = 'insufficient_privilege';
    END IF;
    INSERT INTO ai_models (id, name, provider, type, cost_per_generation, avg_time, quality, is_active, metadata)
    VALUES (model_id, model_name, 'replicate', '2d', cost, seconds, model_quality, true, meta);
END;
$$;

-- The providers' models, with their price (US dollars a result: 1 credit = 1 cent) and typical time in seconds,
-- so that a new database can generate at once. Administrators change prices and add models in ai_models.
INSERT INTO ai_models (id, name, provider, type, cost_per_generation, avg_time, quality, is_active, metadata) VALUES
    ('model_dall-e-3', 'dall-e-3', 'openai', '2d', 0.04, 12, 88, true, '{"label": "dall-e-3"}'),
    ('model_gpt-image-1', 'gpt-image-1', 'openai', '2d', 0.063, 20, 92, true, '{"label": "gpt-image-1"}'),
    ('model_stable-image-core', 'stable-image-core', 'stability', '2d', 0.03, 6, 80, true, '{"label": "stable-image-core"}'),
    ('model_stable-image-ultra', 'stable-image-ultra', 'stability', '2d', 0.08, 10, 90, true, '{"label": "stable-image-ultra"}'),
    ('model_sd3.5-large', 'sd3.5-large', 'stability', '2d', 0.065, 9, 86, true, '{"label": "sd3.5-large"}'),
    ('model_stable-fast-3d', 'stable-fast-3d', 'stability', '3d', 0.1, 15, 74, true, '{"label": "stable-fast-3d"}'),
    ('model_black-forest-labs/flux-schnell', 'black-forest-labs/flux-schnell', 'replicate', '2d', 0.003, 2, 80, true, '{"label": "black-forest-labs/flux-schnell"}'),
    ('model_a1111-local', 'a1111-local', 'automatic1111', '2d', 0.0, 25, 74, true, '{"label": "a1111-local"}'),
    ('model_offline-preview', 'offline-preview', 'offline', '2d', 0.0, 1, 0, true, '{"label": "offline preview — not AI"}'),
    ('model_offline-3d', 'offline-3d', 'offline', '3d', 0.0, 1, 0, true, '{"label": "offline preview — not AI"}'),
    ('model_offline-animation', 'offline-animation', 'offline', 'animation', 0.0, 1, 0, true, '{"label": "offline preview — not AI"}')
ON CONFLICT (name) DO NOTHING;

-- A brand's policy for its generations: the watermark every new result gets (none, visible, invisible or
-- metadata) and the text of a visible one. Read by members, set by the brand's admins.
CREATE TABLE brand_ai_policies (
    brand_id text PRIMARY KEY REFERENCES brands(id) ON DELETE CASCADE,
    watermark text NOT NULL CHECK (watermark IN ('none', 'visible', 'invisible', 'metadata')),
    watermark_text text,
    updated_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE brand_ai_policies ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON brand_ai_policies FOR SELECT USING (brand_id = ANY ((SELECT atelier_brands_at(1))::text[]));
CREATE POLICY admin_insert ON brand_ai_policies FOR INSERT WITH CHECK (brand_id = ANY ((SELECT atelier_brands_at(4))::text[]));
CREATE POLICY admin_update ON brand_ai_policies FOR UPDATE USING (brand_id = ANY ((SELECT atelier_brands_at(4))::text[]))
    WITH CHECK (brand_id = ANY ((SELECT atelier_brands_at(4))::text[]));
CREATE POLICY admin_delete ON brand_ai_policies FOR DELETE USING (brand_id = ANY ((SELECT atelier_brands_at(4))::text[]));
DO $$
BEGIN
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON brand_ai_policies TO %I', current_database() || '_member');
END;
$$;

-- The quota a generation is checked against, locked until the caller's transaction ends so that two desktops
-- queuing at once cannot both pass it. Members may not update quotas, so FOR UPDATE would not even see the row
-- under their policies: this function of the tables' owner locks it, for the person themselves (or the owner).
CREATE FUNCTION ai_quota_locked(person text, brand text)
RETURNS TABLE (monthly_credits integer, credits_used integer, credits_reserved integer, period_start timestamptz)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NOT pg_has_role(session_user, (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'user_quotas'), 'MEMBER')
       AND person IS DISTINCT FROM atelier_user_id() THEN
        RAISE EXCEPTION 'A quota is read for oneself' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT q.monthly_credits, q.credits_used, q.credits_reserved, q.period_start FROM user_quotas q
                 WHERE q.user_id = person AND q.brand_id = brand FOR UPDATE;
END;
$$;
