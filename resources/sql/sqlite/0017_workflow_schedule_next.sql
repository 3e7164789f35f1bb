-- The scheduler's next instant per workflow (issue 17), kept in step with ../postgresql/0017_workflow_schedule_next.sql
-- (which says what it holds): a tick reads only the active workflows of its identity whose instant is due or unknown.

ALTER TABLE workflows ADD COLUMN schedule_next_at INTEGER;
CREATE INDEX workflows_schedule_next_idx ON workflows (run_as_id, schedule_next_at) WHERE status = 'active';

CREATE TRIGGER workflows_schedule_changed AFTER UPDATE OF trigger, status, schedule_checked_at, created_at ON workflows
WHEN NEW.schedule_next_at IS OLD.schedule_next_at
     AND (NEW.trigger IS NOT OLD.trigger OR NEW.status IS NOT OLD.status
          OR NEW.schedule_checked_at IS NOT OLD.schedule_checked_at OR NEW.created_at IS NOT OLD.created_at)
BEGIN
    UPDATE workflows SET schedule_next_at = NULL WHERE id = NEW.id;
END;
