-- pg_stat_statements over a chosen window (issue 19, docs/monitoring.md), kept in step with
-- ../sqlite/0025_statement_snapshots.sql (where the table stays empty: SQLite has no such statistics).
--
-- statement_snapshots: every few minutes the monitoring round (MonitorRound, "statements") copies the top statements of
-- this database from pg_stat_statements (cumulative counters since its last reset), with that reset's time; a
-- window's figures are the differences between the last snapshot before it and the last one in it (StatementSnapshots).
-- Members read them (as they read the server's statistics on the Monitoring page) and add snapshots in their own name
-- (taken_by); nobody but the tables' owner changes or deletes one (the round prunes them with the retention).

CREATE TABLE public.statement_snapshots (
    taken_at timestamptz NOT NULL,
    queryid bigint NOT NULL,
    userid oid NOT NULL,
    stats_reset timestamptz,
    query text NOT NULL CONSTRAINT statement_snapshots_query_size CHECK (length(query) <= 10000),
    calls bigint NOT NULL,
    total_ms double precision NOT NULL,
    row_count bigint NOT NULL,
    shared_blks_hit bigint NOT NULL,
    shared_blks_read bigint NOT NULL,
    taken_by text NOT NULL DEFAULT (session_user)::text,
    PRIMARY KEY (taken_at, queryid, userid)
);

ALTER TABLE public.statement_snapshots ENABLE ROW LEVEL SECURITY;
CREATE POLICY member_read ON public.statement_snapshots FOR SELECT USING (true);
CREATE POLICY member_insert ON public.statement_snapshots FOR INSERT WITH CHECK (taken_by = (session_user)::text);

DO $$
DECLARE
    member text := current_database() || '_member';
BEGIN
    EXECUTE format('GRANT SELECT, INSERT ON public.statement_snapshots TO %I', member);
END;
$$;
