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
