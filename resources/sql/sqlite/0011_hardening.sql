-- Limits on what people write, and ids that are safe as file names; kept in step with
-- ../postgresql/0011_hardening.sql (which also closes the holes PostgreSQL's many members could use: the SQLite
-- file belongs to the one local person and has no definer functions, roles or temporary-schema lookups).
--
-- SQLite adds a CHECK constraint only by rebuilding the table: comments and annotations are rebuilt with theirs
-- (renamed first, so that the comments' reference to their parent follows the new table, never cascading a
-- deletion). Generation and collection ids are held to their form by triggers.

ALTER TABLE comments RENAME TO comments_before_0011;
CREATE TABLE comments (
    id TEXT PRIMARY KEY,
    resource_type TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    parent_id TEXT REFERENCES comments(id) ON DELETE CASCADE,
    content TEXT NOT NULL CONSTRAINT comments_content_length CHECK (length(content) <= 10000),
    resolved INTEGER NOT NULL DEFAULT 0,
    author_id TEXT NOT NULL REFERENCES users(id),
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    updated_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
INSERT INTO comments (id, resource_type, resource_id, parent_id, content, resolved, author_id, brand_id, created_at, updated_at)
SELECT id, resource_type, resource_id, parent_id, content, resolved, author_id, brand_id, created_at, updated_at
FROM comments_before_0011;
DROP TABLE comments_before_0011;
CREATE INDEX comments_resource_idx ON comments (resource_type, resource_id);

ALTER TABLE annotations RENAME TO annotations_before_0011;
CREATE TABLE annotations (
    id TEXT PRIMARY KEY,
    resource_type TEXT NOT NULL,
    resource_id TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('comment', 'suggestion', 'issue')),
    position TEXT CONSTRAINT annotations_position_size CHECK (length(CAST(position AS BLOB)) <= 4096),
    content TEXT NOT NULL CONSTRAINT annotations_content_length CHECK (length(content) <= 10000),
    author_id TEXT NOT NULL REFERENCES users(id),
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
INSERT INTO annotations (id, resource_type, resource_id, type, position, content, author_id, brand_id, created_at)
SELECT id, resource_type, resource_id, type, position, content, author_id, brand_id, created_at FROM annotations_before_0011;
DROP TABLE annotations_before_0011;
CREATE INDEX annotations_resource_idx ON annotations (resource_type, resource_id);

CREATE TRIGGER ai_generations_id_form BEFORE INSERT ON ai_generations
WHEN NEW.id = '' OR length(NEW.id) > 128 OR NEW.id GLOB '*[^A-Za-z0-9_-]*'
BEGIN
    SELECT RAISE(ABORT, 'ai_generations.id: 1 to 128 letters, digits, _ or -');
END;
CREATE TRIGGER ai_generations_id_kept BEFORE UPDATE OF id ON ai_generations
WHEN NEW.id = '' OR length(NEW.id) > 128 OR NEW.id GLOB '*[^A-Za-z0-9_-]*'
BEGIN
    SELECT RAISE(ABORT, 'ai_generations.id: 1 to 128 letters, digits, _ or -');
END;
CREATE TRIGGER ai_collections_id_form BEFORE INSERT ON ai_collections
WHEN NEW.id = '' OR length(NEW.id) > 128 OR NEW.id GLOB '*[^A-Za-z0-9_-]*'
BEGIN
    SELECT RAISE(ABORT, 'ai_collections.id: 1 to 128 letters, digits, _ or -');
END;
CREATE TRIGGER ai_collections_id_kept BEFORE UPDATE OF id ON ai_collections
WHEN NEW.id = '' OR length(NEW.id) > 128 OR NEW.id GLOB '*[^A-Za-z0-9_-]*'
BEGIN
    SELECT RAISE(ABORT, 'ai_collections.id: 1 to 128 letters, digits, _ or -');
END;

-- PostgreSQL writes audit rows unchained and seals them afterwards in the order they arrived; SQLite chains as it
-- writes (one writer at a time), so this column and the index of the rows waiting to be chained stay unused here.
-- Kept so both schemas have the same columns and indexes.
ALTER TABLE security_audits ADD COLUMN arrival INTEGER;
CREATE INDEX security_audits_pending_idx ON security_audits (arrival) WHERE seq IS NULL;
