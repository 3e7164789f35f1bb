-- Encryption at rest: one data key per database encrypts sensitive fields (XChaCha20-Poly1305, libsodium).
-- The data key itself is stored only wrapped: by a key derived from an administrator's passphrase with
-- Argon2id (method 'passphrase', salt and limits kept here). Without the passphrase the table holds
-- nothing usable.
CREATE TABLE secret_keyring (
    id integer PRIMARY KEY CHECK (id = 1),
    method text NOT NULL CHECK (method IN ('passphrase')),
    salt text NOT NULL,
    ops_limit integer NOT NULL,
    mem_limit bigint NOT NULL,
    wrapped_key text NOT NULL,
    key_version integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    rotated_at timestamptz NOT NULL DEFAULT now()
);
