ALTER TABLE `centre` ADD `idle_lock_minutes` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE `staff` ADD `pin_failures` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `staff_session` ADD `locked_at` text;--> statement-breakpoint
CREATE INDEX `audit_log_staff_idx` ON `audit_log` (`staff_id`);