-- Atelier schema, SQLite dialect. Timestamps are INTEGER milliseconds since the Unix epoch (UTC), JSON is TEXT.
-- Kept column for column in step with ../postgresql/0001_init.sql (a test compares them).

CREATE TABLE brands (
    id TEXT PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    industry TEXT NOT NULL,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    email TEXT,
    login_role TEXT UNIQUE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);

CREATE TABLE brand_memberships (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'editor', 'admin')),
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    PRIMARY KEY (user_id, brand_id)
);
CREATE INDEX brand_memberships_brand_idx ON brand_memberships (brand_id);

-- Analytics ------------------------------------------------------------------------------------

CREATE TABLE analytics_events (
    id INTEGER PRIMARY KEY,
    event_type TEXT NOT NULL,
    user_id TEXT,
    session_id TEXT,
    properties TEXT NOT NULL DEFAULT '{}',
    timestamp INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE
);
CREATE INDEX analytics_events_type_time_idx ON analytics_events (event_type, timestamp);
CREATE INDEX analytics_events_user_time_idx ON analytics_events (user_id, timestamp);
CREATE INDEX analytics_events_brand_time_idx ON analytics_events (brand_id, timestamp);

CREATE TABLE analytics_funnels (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    steps TEXT NOT NULL,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    updated_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX analytics_funnels_brand_idx ON analytics_funnels (brand_id);

CREATE TABLE analytics_cohorts (
    id TEXT PRIMARY KEY,
    cohort_date INTEGER NOT NULL,
    period_unit TEXT NOT NULL CHECK (period_unit IN ('day', 'week', 'month')),
    period INTEGER NOT NULL,
    cohort_size INTEGER NOT NULL,
    retention REAL NOT NULL,
    revenue REAL NOT NULL,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX analytics_cohorts_brand_date_idx ON analytics_cohorts (brand_id, cohort_date);

CREATE TABLE analytics_segments (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    criteria TEXT NOT NULL,
    user_count INTEGER NOT NULL,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    updated_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX analytics_segments_brand_idx ON analytics_segments (brand_id);

CREATE TABLE analytics_correlations (
    id TEXT PRIMARY KEY,
    metric1 TEXT NOT NULL,
    metric2 TEXT NOT NULL,
    correlation REAL NOT NULL,
    significance REAL NOT NULL,
    spearman REAL,
    granger_p REAL,
    range_from INTEGER,
    range_to INTEGER,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX analytics_correlations_brand_idx ON analytics_correlations (brand_id);

CREATE TABLE analytics_predictions (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL CHECK (type IN ('revenue', 'conversion', 'churn')),
    value REAL NOT NULL,
    confidence REAL NOT NULL,
    period TEXT NOT NULL,
    lower80 REAL,
    upper80 REAL,
    lower95 REAL,
    upper95 REAL,
    target_start INTEGER,
    target_end INTEGER,
    actual REAL,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX analytics_predictions_brand_type_time_idx ON analytics_predictions (brand_id, type, created_at);

-- AI Studio ------------------------------------------------------------------------------------

CREATE TABLE ai_models (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    provider TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('2d', '3d', 'animation')),
    cost_per_generation REAL NOT NULL,
    avg_time INTEGER NOT NULL,
    quality REAL NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 1,
    metadata TEXT
);
CREATE INDEX ai_models_type_active_idx ON ai_models (type, is_active);

CREATE TABLE ai_assets (
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data BLOB NOT NULL,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    PRIMARY KEY (brand_id, sha256)
);

CREATE TABLE ai_generations (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL CHECK (type IN ('2d', '3d', 'animation', 'template')),
    prompt TEXT NOT NULL,
    negative_prompt TEXT,
    model TEXT NOT NULL,
    parameters TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL CHECK (status IN ('pending', 'processing', 'completed', 'failed', 'canceled')),
    result_url TEXT,
    thumbnail_url TEXT,
    error TEXT,
    credits INTEGER NOT NULL,
    cost_cents INTEGER NOT NULL,
    duration INTEGER,
    quality REAL,
    rating INTEGER,
    starred INTEGER NOT NULL DEFAULT 0,
    user_id TEXT NOT NULL REFERENCES users(id),
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    completed_at INTEGER
);
CREATE INDEX ai_generations_user_time_idx ON ai_generations (user_id, created_at);
CREATE INDEX ai_generations_brand_time_idx ON ai_generations (brand_id, created_at);
CREATE INDEX ai_generations_type_status_idx ON ai_generations (type, status);

CREATE TABLE ai_prompt_templates (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    prompt TEXT NOT NULL,
    variables TEXT,
    success_rate REAL NOT NULL DEFAULT 0,
    usage_count INTEGER NOT NULL DEFAULT 0,
    user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    brand_id TEXT REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX ai_prompt_templates_category_idx ON ai_prompt_templates (category);
CREATE INDEX ai_prompt_templates_user_idx ON ai_prompt_templates (user_id);

CREATE TABLE ai_collections (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT,
    user_id TEXT NOT NULL REFERENCES users(id),
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    is_shared INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX ai_collections_user_idx ON ai_collections (user_id);
CREATE INDEX ai_collections_brand_idx ON ai_collections (brand_id);

CREATE TABLE ai_collection_generations (
    collection_id TEXT NOT NULL REFERENCES ai_collections(id) ON DELETE CASCADE,
    generation_id TEXT NOT NULL REFERENCES ai_generations(id) ON DELETE CASCADE,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    added_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    PRIMARY KEY (collection_id, generation_id)
);
CREATE INDEX ai_collection_generations_generation_idx ON ai_collection_generations (generation_id);

CREATE TABLE ai_versions (
    id TEXT PRIMARY KEY,
    generation_id TEXT NOT NULL REFERENCES ai_generations(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    prompt TEXT NOT NULL,
    parameters TEXT NOT NULL DEFAULT '{}',
    result_url TEXT NOT NULL,
    quality REAL NOT NULL,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    UNIQUE (generation_id, version)
);
CREATE INDEX ai_versions_generation_idx ON ai_versions (generation_id);

CREATE TABLE ai_training_datasets (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    images TEXT NOT NULL,
    validated INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL,
    quality REAL NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('preparing', 'ready', 'training')),
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX ai_training_datasets_brand_status_idx ON ai_training_datasets (brand_id, status);

CREATE TABLE ai_custom_models (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    base_model TEXT NOT NULL,
    dataset_id TEXT NOT NULL REFERENCES ai_training_datasets(id),
    accuracy REAL NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('training', 'ready', 'failed')),
    cost_cents INTEGER NOT NULL,
    provider_job_id TEXT,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    trained_at INTEGER
);
CREATE INDEX ai_custom_models_brand_status_idx ON ai_custom_models (brand_id, status);

CREATE TABLE ai_costs (
    id TEXT PRIMARY KEY,
    generation_id TEXT REFERENCES ai_generations(id) ON DELETE SET NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('reserve', 'charge', 'refund')),
    credits INTEGER NOT NULL,
    cost_cents INTEGER NOT NULL,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX ai_costs_brand_time_idx ON ai_costs (brand_id, created_at);
CREATE INDEX ai_costs_user_time_idx ON ai_costs (user_id, created_at);

CREATE TABLE prompt_templates (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    content TEXT NOT NULL,
    variables TEXT,
    brand_id TEXT REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX prompt_templates_brand_idx ON prompt_templates (brand_id);

CREATE TABLE design_dna (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    embedding TEXT NOT NULL,
    parameters TEXT NOT NULL DEFAULT '{}',
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX design_dna_brand_idx ON design_dna (brand_id);

CREATE TABLE user_quotas (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    monthly_credits INTEGER NOT NULL,
    credits_used INTEGER NOT NULL DEFAULT 0,
    credits_reserved INTEGER NOT NULL DEFAULT 0,
    period_start INTEGER NOT NULL,
    UNIQUE (user_id, brand_id)
);

-- Experiments and attribution ------------------------------------------------------------------

CREATE TABLE experiments (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'running', 'stopped')),
    goal_event TEXT NOT NULL,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    started_at INTEGER,
    ended_at INTEGER,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    UNIQUE (brand_id, name)
);

CREATE TABLE experiment_variants (
    id TEXT PRIMARY KEY,
    experiment_id TEXT NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    is_control INTEGER NOT NULL DEFAULT 0,
    planned_allocation REAL NOT NULL CHECK (planned_allocation > 0 AND planned_allocation <= 1),
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    UNIQUE (experiment_id, name)
);

CREATE TABLE conversions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL,
    experiment_id TEXT REFERENCES experiments(id) ON DELETE SET NULL,
    variant TEXT,
    event_type TEXT NOT NULL,
    value_cents INTEGER NOT NULL DEFAULT 0,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    converted_at INTEGER NOT NULL
);
CREATE INDEX conversions_brand_time_idx ON conversions (brand_id, converted_at);
CREATE INDEX conversions_experiment_idx ON conversions (experiment_id, variant);

CREATE TABLE attributions (
    id TEXT PRIMARY KEY,
    conversion_id TEXT NOT NULL REFERENCES conversions(id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    model TEXT NOT NULL CHECK (model IN ('first_touch', 'last_touch', 'linear')),
    weight REAL NOT NULL,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX attributions_conversion_idx ON attributions (conversion_id);
CREATE INDEX attributions_brand_channel_idx ON attributions (brand_id, channel);

-- Collaboration --------------------------------------------------------------------------------

CREATE TABLE shared_resources (
    id TEXT PRIMARY KEY,
    resource_type TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    shared_with TEXT NOT NULL DEFAULT '[]',
    permissions TEXT NOT NULL DEFAULT '{}',
    created_by TEXT NOT NULL REFERENCES users(id),
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX shared_resources_resource_idx ON shared_resources (resource_type, resource_id);
CREATE INDEX shared_resources_created_by_idx ON shared_resources (created_by);

CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    resource_type TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    parent_id TEXT REFERENCES comments(id) ON DELETE CASCADE,
    content TEXT NOT NULL,
    resolved INTEGER NOT NULL DEFAULT 0,
    author_id TEXT NOT NULL REFERENCES users(id),
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    updated_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX comments_resource_idx ON comments (resource_type, resource_id);

CREATE TABLE annotations (
    id TEXT PRIMARY KEY,
    resource_type TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('comment', 'suggestion', 'issue')),
    position TEXT,
    content TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES users(id),
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX annotations_resource_idx ON annotations (resource_type, resource_id);

-- Monitoring -----------------------------------------------------------------------------------

CREATE TABLE monitoring_metrics (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL,
    tags TEXT,
    brand_id TEXT REFERENCES brands(id) ON DELETE CASCADE,
    recorded_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX monitoring_metrics_name_time_idx ON monitoring_metrics (name, recorded_at);

CREATE TABLE service_health (
    id TEXT PRIMARY KEY,
    service TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('healthy', 'degraded', 'down')),
    latency_ms INTEGER,
    message TEXT,
    checked_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX service_health_service_time_idx ON service_health (service, checked_at);

CREATE TABLE alerts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    metric TEXT NOT NULL,
    threshold REAL NOT NULL,
    message TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'resolved')),
    brand_id TEXT REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    resolved_at INTEGER
);
CREATE INDEX alerts_status_time_idx ON alerts (status, created_at);

-- Security -------------------------------------------------------------------------------------

CREATE TABLE security_audits (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL UNIQUE,
    action TEXT NOT NULL,
    resource_type TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id),
    brand_id TEXT REFERENCES brands(id),
    ip_address TEXT,
    user_agent TEXT,
    metadata TEXT,
    prev_hash TEXT,
    row_hash TEXT,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX security_audits_user_time_idx ON security_audits (user_id, created_at);
CREATE INDEX security_audits_resource_idx ON security_audits (resource_type, resource_id);

CREATE TABLE watermarks (
    id TEXT PRIMARY KEY,
    resource_type TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('visible', 'invisible', 'metadata')),
    data TEXT NOT NULL,
    brand_id TEXT REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX watermarks_resource_idx ON watermarks (resource_type, resource_id);

-- i18n and accessibility -----------------------------------------------------------------------

CREATE TABLE translations (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    language TEXT NOT NULL,
    value TEXT NOT NULL,
    context TEXT,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    updated_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    UNIQUE (key, language)
);
CREATE INDEX translations_language_idx ON translations (language);

CREATE TABLE accessibility_reports (
    id TEXT PRIMARY KEY,
    page TEXT NOT NULL,
    score REAL NOT NULL CHECK (score >= 0 AND score <= 100),
    issues TEXT NOT NULL,
    user_id TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX accessibility_reports_page_time_idx ON accessibility_reports (page, created_at);

-- Workflows ------------------------------------------------------------------------------------

CREATE TABLE workflows (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT,
    trigger TEXT NOT NULL,
    actions TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'archived')),
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX workflows_brand_status_idx ON workflows (brand_id, status);

CREATE TABLE workflow_executions (
    id TEXT PRIMARY KEY,
    workflow_id TEXT NOT NULL REFERENCES workflows(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
    result TEXT,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    started_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    completed_at INTEGER
);
CREATE INDEX workflow_executions_workflow_time_idx ON workflow_executions (workflow_id, started_at);
