-- The audit trail is append-only: rows are added (hash-chained by the app, see AuditTrail), never
-- changed or deleted. PostgreSQL computes the chain in the database (../postgresql/0006_audit_trail.sql).
CREATE TRIGGER security_audits_no_update BEFORE UPDATE ON security_audits
BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: UPDATE is refused.'); END;
CREATE TRIGGER security_audits_no_delete BEFORE DELETE ON security_audits
BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only: DELETE is refused.'); END;
