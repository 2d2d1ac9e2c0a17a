CREATE TABLE `centre_calendar_days` (
	`date` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	`updated_at` text NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`updated_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `month_closures` (
	`month` text NOT NULL,
	`service` text NOT NULL,
	`closed` integer NOT NULL,
	`closed_at` text NOT NULL,
	`closed_by` integer,
	`reopened_at` text,
	`reopened_by` integer,
	`reopen_reason` text,
	PRIMARY KEY(`month`, `service`),
	FOREIGN KEY (`closed_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reopened_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
