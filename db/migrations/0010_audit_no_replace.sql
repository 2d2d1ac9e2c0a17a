-- REPLACE (and INSERT OR REPLACE) deletes the conflicting row without firing DELETE triggers unless
-- recursive_triggers is on, so 0001 alone lets an existing audit row be rewritten. Refuse any insert
-- whose id is taken; an UPSERT is refused here too, before its UPDATE would be.
CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
