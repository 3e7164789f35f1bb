-- What each person has seen of their inbox (shares naming them, comments mentioning them). Each person
-- reads and writes their own row only.
CREATE TABLE inbox_state (
    user_id text PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    seen_until timestamptz NOT NULL
);
ALTER TABLE inbox_state ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_row ON inbox_state USING (user_id = atelier_user_id()) WITH CHECK (user_id = atelier_user_id());
DO $$
BEGIN
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON inbox_state TO %I', current_database() || '_member');
END;
$$;
