-- The data key may instead be wrapped by a key from the OS keychain of the desktop that made it (method
-- 'keychain'): one person on one desktop, no passphrase to remember. For that method salt names the desktop's
-- key (a keyed hash of it, never the key itself) and the Argon2id limits are 0. SQLite changes a CHECK by
-- rebuilding the table; it holds one row.
CREATE TABLE secret_keyring_next (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    method TEXT NOT NULL CHECK (method IN ('passphrase', 'keychain')),
    salt TEXT NOT NULL,
    ops_limit INTEGER NOT NULL,
    mem_limit INTEGER NOT NULL,
    wrapped_key TEXT NOT NULL,
    key_version INTEGER NOT NULL,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    rotated_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
INSERT INTO secret_keyring_next (id, method, salt, ops_limit, mem_limit, wrapped_key, key_version, created_at, rotated_at)
    SELECT id, method, salt, ops_limit, mem_limit, wrapped_key, key_version, created_at, rotated_at FROM secret_keyring;
DROP TABLE secret_keyring;
ALTER TABLE secret_keyring_next RENAME TO secret_keyring;
