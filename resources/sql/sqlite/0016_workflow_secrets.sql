-- Named webhook secrets of a brand (docs/workflows.md "webhook", docs/security.md), kept in step with
-- ../postgresql/0016_workflow_secrets.sql. A value is stored only encrypted (XChaCha20-Poly1305 through Secrets, with
-- the data key of the desktop that stored it, bound to the brand and the name).

CREATE TABLE workflow_secrets (
    brand_id TEXT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    name TEXT NOT NULL CONSTRAINT workflow_secrets_name_form
        CHECK (name <> '' AND length(name) <= 64 AND name NOT GLOB '*[^A-Za-z0-9_.-]*'),
    value_encrypted TEXT NOT NULL CONSTRAINT workflow_secrets_value_encrypted CHECK (value_encrypted LIKE 'enc:v%'),
    created_by TEXT REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    PRIMARY KEY (brand_id, name)
);
