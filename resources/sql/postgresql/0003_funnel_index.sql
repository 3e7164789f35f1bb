-- Funnels read, for one brand and date range, the user and time of the events of a few types. With
-- these four columns in one index they are an index-only scan, one range per step type, instead of a
-- visit to the table for every event. Kept in step with ../sqlite/0003_funnel_index.sql.
CREATE INDEX analytics_events_brand_type_time_idx ON analytics_events (brand_id, event_type, timestamp, user_id);
