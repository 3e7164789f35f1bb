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

-- Daily rollup of the events per brand and UTC day (days since the epoch), for the daily metrics.
-- Kept exact incrementally: every statement that inserts, changes or deletes events marks the days it
-- touched dirty (statement triggers with transition tables: one row per brand and day, not per event),
-- and a refresh recomputes only those days, from the events themselves. Dirty marks are never merged,
-- so a refresh deletes exactly the marks it has seen and a concurrent writer's marks survive.
CREATE TABLE analytics_daily_rollup (
    brand_id text NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    day bigint NOT NULL,
    events bigint NOT NULL,
    active_users bigint NOT NULL,
    sessions bigint NOT NULL,
    page_views bigint NOT NULL,
    signups bigint NOT NULL,
    purchases bigint NOT NULL,
    revenue double precision NOT NULL,
    purchasing_users bigint NOT NULL,
    PRIMARY KEY (brand_id, day)
);
CREATE TABLE analytics_rollup_dirty (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    brand_id text NOT NULL,
    day bigint NOT NULL
);
-- Unused on PostgreSQL (the triggers see every insert), kept so both schemas have the same tables.
CREATE TABLE analytics_rollup_state (
    id integer PRIMARY KEY CHECK (id = 1),
    last_event_id bigint NOT NULL
);
INSERT INTO analytics_rollup_state (id, last_event_id) VALUES (1, 0);

CREATE FUNCTION analytics_rollup_mark_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO analytics_rollup_dirty (brand_id, day)
    SELECT DISTINCT brand_id, floor(extract(epoch FROM timestamp) / 86400)::bigint FROM new_rows;
    RETURN NULL;
END;
$$;
CREATE FUNCTION analytics_rollup_mark_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO analytics_rollup_dirty (brand_id, day)
    SELECT DISTINCT brand_id, floor(extract(epoch FROM timestamp) / 86400)::bigint FROM old_rows;
    RETURN NULL;
END;
$$;
CREATE FUNCTION analytics_rollup_mark_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO analytics_rollup_dirty (brand_id, day)
    SELECT brand_id, floor(extract(epoch FROM timestamp) / 86400)::bigint FROM old_rows
    UNION SELECT brand_id, floor(extract(epoch FROM timestamp) / 86400)::bigint FROM new_rows;
    RETURN NULL;
END;
$$;
CREATE FUNCTION analytics_rollup_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM analytics_daily_rollup;
    DELETE FROM analytics_rollup_dirty;
    RETURN NULL;
END;
$$;
-- Events already there when this migration runs are all to be rolled up.
INSERT INTO analytics_rollup_dirty (brand_id, day)
SELECT DISTINCT brand_id, floor(extract(epoch FROM timestamp) / 86400)::bigint FROM analytics_events;

CREATE TRIGGER analytics_events_rollup_inserted AFTER INSERT ON analytics_events
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_rollup_mark_new();
CREATE TRIGGER analytics_events_rollup_deleted AFTER DELETE ON analytics_events
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_rollup_mark_old();
CREATE TRIGGER analytics_events_rollup_updated AFTER UPDATE ON analytics_events
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_rollup_mark_changed();
CREATE TRIGGER analytics_events_rollup_truncated AFTER TRUNCATE ON analytics_events
    FOR EACH STATEMENT EXECUTE FUNCTION analytics_rollup_truncated();
