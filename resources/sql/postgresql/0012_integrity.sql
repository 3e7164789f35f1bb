-- Integrity fixes a review found (kept in step with ../sqlite/0012_integrity.sql, which also repairs SQLite's
-- rollup marks: PostgreSQL's statement triggers see every inserted event whatever its id).
--
-- Saved funnels and segments have one name per brand: two people saving "Checkout" at once made two rows, and
-- reading one by name then picked either. Duplicates already there keep their rows under a name that says which.

UPDATE public.analytics_funnels f SET name = left(f.name, 150) || ' (' || left(f.id, 8) || ')'
WHERE EXISTS (SELECT 1 FROM public.analytics_funnels newer WHERE newer.brand_id = f.brand_id AND newer.name = f.name
              AND (newer.updated_at, newer.id) > (f.updated_at, f.id));
CREATE UNIQUE INDEX analytics_funnels_brand_name_idx ON public.analytics_funnels (brand_id, name);
UPDATE public.analytics_segments s SET name = left(s.name, 150) || ' (' || left(s.id, 8) || ')'
WHERE EXISTS (SELECT 1 FROM public.analytics_segments newer WHERE newer.brand_id = s.brand_id AND newer.name = s.name
              AND (newer.updated_at, newer.id) > (s.updated_at, s.id));
CREATE UNIQUE INDEX analytics_segments_brand_name_idx ON public.analytics_segments (brand_id, name);
