ALTER TABLE `service_decisions` ADD `voided_at` text;--> statement-breakpoint
ALTER TABLE `service_decisions` ADD `voided_by` integer REFERENCES staff(id);--> statement-breakpoint
ALTER TABLE `service_decisions` ADD `void_reason` text;--> statement-breakpoint
ALTER TABLE `client_assessments` ADD `voided_at` text;--> statement-breakpoint
ALTER TABLE `client_assessments` ADD `voided_by` integer REFERENCES staff(id);--> statement-breakpoint
ALTER TABLE `client_assessments` ADD `void_reason` text;