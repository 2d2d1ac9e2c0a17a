ALTER TABLE `staff` ADD `login_locked_at` text;--> statement-breakpoint
ALTER TABLE `staff` ADD `recovery_code_hash` text;