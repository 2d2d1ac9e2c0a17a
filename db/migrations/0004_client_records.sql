CREATE TABLE `client_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`instrument` text NOT NULL,
	`instrument_version` text NOT NULL,
	`assessed_on` text NOT NULL,
	`assessor` text NOT NULL,
	`care_level` integer,
	`barthel` text,
	`barthel_total` integer,
	`next_review` text,
	`note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `client_assessments_client_idx` ON `client_assessments` (`client_id`,`instrument`,`assessed_on`);--> statement-breakpoint
CREATE TABLE `client_codes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`country` text NOT NULL,
	`code` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`override_reason` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `client_codes_code_idx` ON `client_codes` (`country`,`code`);--> statement-breakpoint
CREATE INDEX `client_codes_client_idx` ON `client_codes` (`client_id`);--> statement-breakpoint
CREATE TABLE `client_consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`kind` text NOT NULL,
	`given_on` text NOT NULL,
	`given_by` text NOT NULL,
	`representative_name` text,
	`withdrawn_on` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `client_consents_client_idx` ON `client_consents` (`client_id`);--> statement-breakpoint
CREATE TABLE `client_relatives` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`name` text NOT NULL,
	`relation` text NOT NULL,
	`phone` text,
	`phone_alt` text,
	`address` text,
	`language` text,
	`can_collect` integer DEFAULT false NOT NULL,
	`emergency_contact` integer DEFAULT false NOT NULL,
	`priority` integer DEFAULT 1 NOT NULL,
	`note` text,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `client_relatives_client_idx` ON `client_relatives` (`client_id`,`priority`);