CREATE TABLE `equipment_maintenance` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`schedule_id` integer,
	`done_on` text NOT NULL,
	`performed_by` text NOT NULL,
	`staff_id` integer,
	`work` text NOT NULL,
	`cost_cents` integer,
	`document_ref` text,
	`result` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `equipment_item`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`schedule_id`) REFERENCES `equipment_schedule`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `equipment_maintenance_item_idx` ON `equipment_maintenance` (`item_id`,`done_on`);--> statement-breakpoint
CREATE INDEX `equipment_maintenance_schedule_idx` ON `equipment_maintenance` (`schedule_id`,`done_on`);--> statement-breakpoint
CREATE TABLE `equipment_schedule` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`interval_unit` text NOT NULL,
	`interval_value` integer NOT NULL,
	`starts_on` text NOT NULL,
	`responsible_kind` text NOT NULL,
	`responsible_staff_id` integer,
	`supplier_name` text,
	`supplier_contact` text,
	`blocks_use` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`note` text,
	`last_done_on` text,
	`next_due_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `equipment_item`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "equipment_schedule_interval_positive" CHECK("equipment_schedule"."interval_value" > 0)
);
--> statement-breakpoint
CREATE INDEX `equipment_schedule_item_idx` ON `equipment_schedule` (`item_id`);--> statement-breakpoint
CREATE INDEX `equipment_schedule_due_idx` ON `equipment_schedule` (`next_due_on`) WHERE "equipment_schedule"."active" = 1 AND "equipment_schedule"."next_due_on" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `equipment_settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`block_use_when_overdue` integer DEFAULT false NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "equipment_settings_single_row" CHECK("equipment_settings"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `equipment_usage` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`client_id` integer,
	`used_on` text NOT NULL,
	`started_at` text,
	`minutes` integer,
	`staff_id` integer NOT NULL,
	`session_id` integer,
	`booking_id` integer,
	`note` text,
	FOREIGN KEY (`item_id`) REFERENCES `equipment_item`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `equipment_usage_item_idx` ON `equipment_usage` (`item_id`,`used_on`);--> statement-breakpoint
CREATE INDEX `equipment_usage_client_idx` ON `equipment_usage` (`client_id`,`used_on`);--> statement-breakpoint
CREATE INDEX `equipment_usage_session_idx` ON `equipment_usage` (`session_id`);