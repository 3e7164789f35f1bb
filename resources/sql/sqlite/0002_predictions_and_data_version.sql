-- Per-user scores of a prediction (churn: the probability that an active user does not come back),
-- and the change counter that, with the newest event id, makes the data version of the result cache.

CREATE TABLE analytics_prediction_scores (
    prediction_id TEXT NOT NULL REFERENCES analytics_predictions(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL,
    score REAL NOT NULL,
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    PRIMARY KEY (prediction_id, user_id)
);

-- New events show as a new max(analytics_events.id); everything else that changes analytics results
-- (events changed or deleted, AI generations) counts here.
CREATE TABLE analytics_data_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    changes INTEGER NOT NULL
);
INSERT INTO analytics_data_version (id, changes) VALUES (1, 0);

CREATE TRIGGER analytics_events_updated AFTER UPDATE ON analytics_events
BEGIN UPDATE analytics_data_version SET changes = changes + 1 WHERE id = 1; END;
CREATE TRIGGER analytics_events_deleted AFTER DELETE ON analytics_events
BEGIN UPDATE analytics_data_version SET changes = changes + 1 WHERE id = 1; END;
CREATE TRIGGER ai_generations_inserted AFTER INSERT ON ai_generations
BEGIN UPDATE analytics_data_version SET changes = changes + 1 WHERE id = 1; END;
CREATE TRIGGER ai_generations_updated AFTER UPDATE ON ai_generations
BEGIN UPDATE analytics_data_version SET changes = changes + 1 WHERE id = 1; END;
CREATE TRIGGER ai_generations_deleted AFTER DELETE ON ai_generations
BEGIN UPDATE analytics_data_version SET changes = changes + 1 WHERE id = 1; END;

-- Daily rollup of the events per brand and UTC day (days since the epoch), for the daily metrics.
-- Kept exact incrementally: new events are found above the last event id rolled up (SQLite has one
-- writer at a time, so ids arrive in order); changed and deleted events mark their days dirty.
-- A refresh recomputes only the days touched, from the events themselves.
CREATE TABLE analytics_daily_rollup (
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    events INTEGER NOT NULL,
    active_users INTEGER NOT NULL,
    sessions INTEGER NOT NULL,
    page_views INTEGER NOT NULL,
    signups INTEGER NOT NULL,
    purchases INTEGER NOT NULL,
    revenue REAL NOT NULL,
    purchasing_users INTEGER NOT NULL,
    PRIMARY KEY (brand_id, day)
);
CREATE TABLE analytics_rollup_dirty (
    id INTEGER PRIMARY KEY,
    brand_id TEXT NOT NULL,
    day INTEGER NOT NULL
);
CREATE TABLE analytics_rollup_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_event_id INTEGER NOT NULL
);
INSERT INTO analytics_rollup_state (id, last_event_id) VALUES (1, 0);

CREATE TRIGGER analytics_events_rollup_updated AFTER UPDATE ON analytics_events
BEGIN
    INSERT INTO analytics_rollup_dirty (brand_id, day) VALUES (OLD.brand_id, OLD.timestamp / 86400000);
    INSERT INTO analytics_rollup_dirty (brand_id, day) VALUES (NEW.brand_id, NEW.timestamp / 86400000);
END;
CREATE TRIGGER analytics_events_rollup_deleted AFTER DELETE ON analytics_events
BEGIN
    INSERT INTO analytics_rollup_dirty (brand_id, day) VALUES (OLD.brand_id, OLD.timestamp / 86400000);
END;
