CREATE TABLE `hand_overs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`date` text NOT NULL,
	`time` text NOT NULL,
	`relative_id` integer,
	`collector_name` text NOT NULL,
	`staff_id` integer NOT NULL,
	`override_reason` text,
	`approved_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `hand_overs_client_idx` ON `hand_overs` (`client_id`,`date`);--> statement-breakpoint
CREATE INDEX `hand_overs_date_idx` ON `hand_overs` (`date`);--> statement-breakpoint
CREATE TABLE `incident_follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`incident_id` integer NOT NULL,
	`action` text NOT NULL,
	`responsible_id` integer NOT NULL,
	`due_on` text NOT NULL,
	`done_at` text,
	`done_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`done_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incident_follow_ups_incident_idx` ON `incident_follow_ups` (`incident_id`);--> statement-breakpoint
CREATE INDEX `incident_follow_ups_due_idx` ON `incident_follow_ups` (`done_at`,`due_on`);--> statement-breakpoint
CREATE TABLE `incidents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`kind` text NOT NULL,
	`occurred_on` text NOT NULL,
	`occurred_at` text NOT NULL,
	`place` text NOT NULL,
	`description` text NOT NULL,
	`injuries` text,
	`family_informed_at` text,
	`doctor_informed_at` text,
	`municipality_informed_at` text,
	`reported_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`closed_at` text,
	`closed_by` integer,
	`closing_note` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reported_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `incidents_client_idx` ON `incidents` (`client_id`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `incidents_open_idx` ON `incidents` (`closed_at`,`occurred_on`);--> statement-breakpoint
ALTER TABLE `clients` ADD `may_go_home_alone` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `client_relatives` ADD `id_hint` text;--> statement-breakpoint
ALTER TABLE `client_relatives` ADD `main_carer` integer DEFAULT false NOT NULL;