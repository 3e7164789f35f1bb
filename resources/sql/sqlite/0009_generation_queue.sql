-- The AI Studio generation queue. ai_generations is its state: which provider runs a job, how many attempts it
-- has had and when the next may start, which desktop holds it and until when (a lease renewed while the
-- provider works; a lapsed lease means the desktop died and the job goes back to pending), and the cache key
-- under which a completed result answers the same request again.
ALTER TABLE ai_generations ADD COLUMN provider TEXT NOT NULL DEFAULT 'offline';
ALTER TABLE ai_generations ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ai_generations ADD COLUMN max_attempts INTEGER NOT NULL DEFAULT 4 CHECK (max_attempts BETWEEN 1 AND 20);
ALTER TABLE ai_generations ADD COLUMN next_attempt_at INTEGER;
ALTER TABLE ai_generations ADD COLUMN started_at INTEGER;
ALTER TABLE ai_generations ADD COLUMN claimed_by TEXT;
ALTER TABLE ai_generations ADD COLUMN lease_until INTEGER;
ALTER TABLE ai_generations ADD COLUMN cache_key TEXT;
ALTER TABLE ai_generations ADD COLUMN cache_source_id TEXT REFERENCES ai_generations(id) ON DELETE SET NULL;
ALTER TABLE ai_generations ADD COLUMN provider_job_id TEXT;
CREATE INDEX ai_generations_queue_idx ON ai_generations (status, next_attempt_at);
CREATE INDEX ai_generations_cache_idx ON ai_generations (cache_key) WHERE cache_key IS NOT NULL;

-- The credit ledger: at most one reservation, one charge and one refund per generation, so a job that is
-- resumed after a crash can never be charged twice.
CREATE UNIQUE INDEX ai_costs_once_idx ON ai_costs (generation_id, kind);

-- The ledger is the truth; user_quotas follows it. Each entry moves the person's reserved and used credits,
-- starting a new month's count when the month has turned.
CREATE TRIGGER ai_costs_apply AFTER INSERT ON ai_costs FOR EACH ROW BEGIN
    UPDATE user_quotas SET
        credits_used = CASE WHEN period_start < CAST((julianday(date('now', 'start of month')) - 2440587.5) * 86400000 AS INTEGER)
                            THEN 0 ELSE credits_used END
                       + CASE WHEN NEW.kind = 'charge'
                                   AND NEW.created_at >= CAST((julianday(date('now', 'start of month')) - 2440587.5) * 86400000 AS INTEGER)
                              THEN NEW.credits ELSE 0 END,
        credits_reserved = max(0, credits_reserved + CASE NEW.kind WHEN 'reserve' THEN NEW.credits ELSE -NEW.credits END),
        period_start = max(period_start, CAST((julianday(date('now', 'start of month')) - 2440587.5) * 86400000 AS INTEGER))
    WHERE user_id = NEW.user_id AND brand_id = NEW.brand_id;
END;

-- Generations made before the queue: their provider is their model's.
UPDATE ai_generations SET provider = coalesce((SELECT m.provider FROM ai_models m WHERE m.name = ai_generations.model), provider);

-- The providers' models, with their price (US dollars a result: 1 credit = 1 cent) and typical time in seconds,
-- so that a new database can generate at once. Administrators change prices and add models in ai_models.
INSERT INTO ai_models (id, name, provider, type, cost_per_generation, avg_time, quality, is_active, metadata) VALUES
    ('model_dall-e-3', 'dall-e-3', 'openai', '2d', 0.04, 12, 88, 1, '{"label": "dall-e-3"}'),
    ('model_gpt-image-1', 'gpt-image-1', 'openai', '2d', 0.063, 20, 92, 1, '{"label": "gpt-image-1"}'),
    ('model_stable-image-core', 'stable-image-core', 'stability', '2d', 0.03, 6, 80, 1, '{"label": "stable-image-core"}'),
    ('model_stable-image-ultra', 'stable-image-ultra', 'stability', '2d', 0.08, 10, 90, 1, '{"label": "stable-image-ultra"}'),
    ('model_sd3.5-large', 'sd3.5-large', 'stability', '2d', 0.065, 9, 86, 1, '{"label": "sd3.5-large"}'),
    ('model_stable-fast-3d', 'stable-fast-3d', 'stability', '3d', 0.1, 15, 74, 1, '{"label": "stable-fast-3d"}'),
    ('model_black-forest-labs/flux-schnell', 'black-forest-labs/flux-schnell', 'replicate', '2d', 0.003, 2, 80, 1, '{"label": "black-forest-labs/flux-schnell"}'),
    ('model_a1111-local', 'a1111-local', 'automatic1111', '2d', 0.0, 25, 74, 1, '{"label": "a1111-local"}'),
    ('model_offline-preview', 'offline-preview', 'offline', '2d', 0.0, 1, 0, 1, '{"label": "offline preview — not AI"}'),
    ('model_offline-3d', 'offline-3d', 'offline', '3d', 0.0, 1, 0, 1, '{"label": "offline preview — not AI"}'),
    ('model_offline-animation', 'offline-animation', 'offline', 'animation', 0.0, 1, 0, 1, '{"label": "offline preview — not AI"}')
ON CONFLICT (name) DO NOTHING;

-- A brand's policy for its generations: the watermark every new result gets (none, visible, invisible or
-- metadata) and the text of a visible one.
CREATE TABLE brand_ai_policies (
    brand_id TEXT PRIMARY KEY REFERENCES brands(id) ON DELETE CASCADE,
    watermark TEXT NOT NULL CHECK (watermark IN ('none', 'visible', 'invisible', 'metadata')),
    watermark_text TEXT,
    updated_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
