-- Permissions are enforced by PostgreSQL (login roles, grants and row-level security: see
-- ../postgresql/0004_permissions.sql). An SQLite file belongs to the one local person who opens it,
-- so there is nothing to enforce here; the migration exists to keep both dialects at the same version.
SELECT 1;
