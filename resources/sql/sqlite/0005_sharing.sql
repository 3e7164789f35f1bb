-- Sharing rules, comment authorship and live updates are enforced by PostgreSQL (see
-- ../postgresql/0005_sharing.sql). An SQLite file has one local person, who owns everything in it;
-- the migration keeps both dialects at the same version.
SELECT 1;
