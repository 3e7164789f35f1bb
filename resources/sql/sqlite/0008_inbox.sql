-- What each person has seen of their inbox (shares naming them, comments mentioning them).
CREATE TABLE inbox_state (
    user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    seen_until INTEGER NOT NULL
);
