-- The data key may instead be wrapped by a key from the OS keychain of the desktop that made it (method
-- 'keychain'): one person on one desktop, no passphrase to remember. For that method salt names the desktop's
-- key (a keyed hash of it, never the key itself) and the Argon2id limits are 0.
ALTER TABLE secret_keyring DROP CONSTRAINT secret_keyring_method_check;
ALTER TABLE secret_keyring ADD CONSTRAINT secret_keyring_method_check CHECK (method IN ('passphrase', 'keychain'));
