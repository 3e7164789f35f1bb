-- Integrity fixes a review found (kept in step with ../postgresql/0012_integrity.sql).
--
-- * The daily rollup finds new events above the last event id it rolled up. SQLite gives a new row the highest id
--   plus one, so once the newest events are deleted new events take their ids again, below that mark, and were
--   never counted. A deletion now lowers the mark under the deleted id: the events that reuse it are found as new
--   (the days they fall on are recomputed whole, so an event seen twice is never counted twice). The rollup of an
--   existing file is recomputed once, since it may already have missed some.
-- * Saved funnels and segments have one name per brand: two people saving "Checkout" at once made two rows, and
--   reading one by name then picked either. Duplicates already there keep their rows under a name that says which.

DROP TRIGGER analytics_events_rollup_deleted;
CREATE TRIGGER analytics_events_rollup_deleted AFTER DELETE ON analytics_events
BEGIN
    INSERT INTO analytics_rollup_dirty (brand_id, day) VALUES (OLD.brand_id, OLD.timestamp / 86400000);
    UPDATE analytics_rollup_state SET last_event_id = OLD.id - 1 WHERE id = 1 AND last_event_id >= OLD.id;
END;
UPDATE analytics_rollup_state SET last_event_id = 0 WHERE id = 1;

UPDATE analytics_funnels SET name = substr(name, 1, 150) || ' (' || substr(id, 1, 8) || ')'
WHERE EXISTS (SELECT 1 FROM analytics_funnels newer WHERE newer.brand_id = analytics_funnels.brand_id
              AND newer.name = analytics_funnels.name
              AND (newer.updated_at > analytics_funnels.updated_at
                   OR (newer.updated_at = analytics_funnels.updated_at AND newer.id > analytics_funnels.id)));
CREATE UNIQUE INDEX analytics_funnels_brand_name_idx ON analytics_funnels (brand_id, name);
UPDATE analytics_segments SET name = substr(name, 1, 150) || ' (' || substr(id, 1, 8) || ')'
WHERE EXISTS (SELECT 1 FROM analytics_segments newer WHERE newer.brand_id = analytics_segments.brand_id
              AND newer.name = analytics_segments.name
              AND (newer.updated_at > analytics_segments.updated_at
                   OR (newer.updated_at = analytics_segments.updated_at AND newer.id > analytics_segments.id)));
CREATE UNIQUE INDEX analytics_segments_brand_name_idx ON analytics_segments (brand_id, name);
