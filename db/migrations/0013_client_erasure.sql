CREATE TABLE `audit_redactions` (
	`audit_id` integer PRIMARY KEY NOT NULL,
	`erasure_id` integer NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `audit_log`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`erasure_id`) REFERENCES `client_erasures`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `client_erasures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`erased_at` text NOT NULL,
	`staff_id` integer NOT NULL,
	`last_service` text NOT NULL,
	`retention_years` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `client_erasures_client_id_unique` ON `client_erasures` (`client_id`);--> statement-breakpoint
CREATE TABLE `erased_client_stats` (
	`erasure_id` integer PRIMARY KEY NOT NULL,
	`sex` text,
	`age_group` text NOT NULL,
	`services` text NOT NULL,
	`days_by_month` text NOT NULL,
	FOREIGN KEY (`erasure_id`) REFERENCES `client_erasures`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `centre` ADD `retention_years` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
-- Erasure (GDPR art. 17) must remove a client's personal data from the audit trail too, while the trail
-- keeps its shape. The one UPDATE of audit_log still allowed replaces `changes` by the erased marker,
-- changes no other column, and only for a row an erasure listed in audit_redactions first.
DROP TRIGGER `audit_log_no_update`;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (
  NEW.changes IS '{"before":null,"after":{"erased":true}}'
  AND NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.staff_id IS OLD.staff_id AND NEW.method IS OLD.method
  AND NEW.entity IS OLD.entity AND NEW.entity_id IS OLD.entity_id
  AND EXISTS (SELECT 1 FROM audit_redactions WHERE audit_id = OLD.id)
)
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
-- The record of erasures and redactions is as permanent as the trail it explains.
CREATE TRIGGER audit_redactions_no_update BEFORE UPDATE ON audit_redactions
BEGIN
  SELECT RAISE(ABORT, 'audit_redactions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_redactions_no_delete BEFORE DELETE ON audit_redactions
BEGIN
  SELECT RAISE(ABORT, 'audit_redactions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER client_erasures_no_update BEFORE UPDATE ON client_erasures
BEGIN
  SELECT RAISE(ABORT, 'client_erasures is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER client_erasures_no_delete BEFORE DELETE ON client_erasures
BEGIN
  SELECT RAISE(ABORT, 'client_erasures is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_redactions_no_replace BEFORE INSERT ON audit_redactions
WHEN EXISTS (SELECT 1 FROM audit_redactions WHERE audit_id = NEW.audit_id)
BEGIN
  SELECT RAISE(ABORT, 'audit_redactions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER client_erasures_no_replace BEFORE INSERT ON client_erasures
WHEN EXISTS (SELECT 1 FROM client_erasures WHERE id = NEW.id OR client_id = NEW.client_id)
BEGIN
  SELECT RAISE(ABORT, 'client_erasures is append-only');
END;
