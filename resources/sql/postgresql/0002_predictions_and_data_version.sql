-- Per-user scores of a prediction (churn: the probability that an active user does not come back),
-- and the change counter that, with the newest event id, makes the data version of the result cache.

CREATE TABLE analytics_prediction_scores (
    prediction_id text NOT NULL REFERENCES analytics_predictions(id) ON DELETE CASCADE,
    user_id text NOT NULL,
    score double precision NOT NULL,
    brand_id text NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    PRIMARY KEY (prediction_id, user_id)
);

-- New events show as a new max(analytics_events.id); everything else that changes analytics results
-- (events changed or deleted, AI generations) counts here, once per statement.
CREATE TABLE analytics_data_version (
    id integer PRIMARY KEY CHECK (id = 1),
    changes bigint NOT NULL
);
INSERT INTO analytics_data_version (id, changes) VALUES (1, 0);

CREATE FUNCTION analytics_data_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE analytics_data_version SET changes = changes + 1 WHERE id = 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER analytics_events_changed AFTER UPDATE OR DELETE OR TRUNCATE ON analytics_events
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_data_changed();
CREATE TRIGGER ai_generations_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ai_generations
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_data_changed();
