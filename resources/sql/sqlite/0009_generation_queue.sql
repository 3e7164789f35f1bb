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
