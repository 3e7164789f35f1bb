-- Translations admins change in the console (docs/translations.md), kept in step with
-- ../postgresql/0019_translations.sql. The .ts files in translations/ are the source; a row here overrides the
-- compiled text of one message in one language, live.
--
-- A message is (context, source, disambiguation) as tr() names it; key is "ts:" and the SHA-1 (hex) of
-- context U+001F source U+001F disambiguation, unique per language. A numerus message (%n) keeps its forms in
-- value as a JSON array of strings. Rows of 0001 without a source (free keys) name no message: kept, not applied.
--
-- States as Weblate's: untranslated, needs_editing (kept, not applied: lrelease skips unfinished texts),
-- waiting_for_review and approved (applied). SQLite has one local person, the installation's administrator:
-- they propose and approve.

ALTER TABLE translations ADD COLUMN source TEXT;
ALTER TABLE translations ADD COLUMN disambiguation TEXT NOT NULL DEFAULT '';
ALTER TABLE translations ADD COLUMN numerus INTEGER NOT NULL DEFAULT 0 CHECK (numerus IN (0, 1));
ALTER TABLE translations ADD COLUMN state TEXT NOT NULL DEFAULT 'waiting_for_review'
    CHECK (state IN ('untranslated', 'needs_editing', 'waiting_for_review', 'approved'));
ALTER TABLE translations ADD COLUMN updated_by TEXT REFERENCES users(id) ON DELETE SET NULL;
ALTER TABLE translations ADD COLUMN reviewed_by TEXT REFERENCES users(id) ON DELETE SET NULL;
CREATE INDEX translations_language_updated_idx ON translations (language, updated_at);
