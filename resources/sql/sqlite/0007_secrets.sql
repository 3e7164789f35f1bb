-- Encryption at rest: one data key per database encrypts sensitive fields (XChaCha20-Poly1305, libsodium).
-- The data key itself is stored only wrapped: by a key derived from an administrator's passphrase with
-- Argon2id (method 'passphrase', salt and limits kept here). Without the passphrase the table holds
-- nothing usable.
CREATE TABLE secret_keyring (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    method TEXT NOT NULL CHECK (method IN ('passphrase')),
    salt TEXT NOT NULL,
    ops_limit INTEGER NOT NULL,
    mem_limit INTEGER NOT NULL,
    wrapped_key TEXT NOT NULL,
    key_version INTEGER NOT NULL,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    rotated_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
