-- Webhook secrets sealed with the database's data key (issue 17); written in the next commits.
SELECT 1;
