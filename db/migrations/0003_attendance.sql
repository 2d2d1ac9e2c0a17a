CREATE TABLE `attendance` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`date` text NOT NULL,
	`status` text NOT NULL,
	`arrived_at` text,
	`left_at` text,
	`absence_reason` text,
	`note` text,
	`meals` text DEFAULT '[]' NOT NULL,
	`transport_to` integer DEFAULT false NOT NULL,
	`transport_from` integer DEFAULT false NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_client_date_idx` ON `attendance` (`client_id`,`date`);--> statement-breakpoint
CREATE INDEX `attendance_date_idx` ON `attendance` (`date`);