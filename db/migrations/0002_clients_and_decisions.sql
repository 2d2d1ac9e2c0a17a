CREATE TABLE `clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`search_key` text NOT NULL,
	`personal_code` text,
	`code_country` text,
	`birth_date` text,
	`sex` text,
	`address` text,
	`phone` text,
	`language` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`status_since` text,
	`status_reason` text,
	`reception_notes` text,
	`wandering_risk` integer DEFAULT false NOT NULL,
	`diet` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `clients_personal_code_idx` ON `clients` (`personal_code`);--> statement-breakpoint
CREATE INDEX `clients_status_idx` ON `clients` (`status`);--> statement-breakpoint
CREATE TABLE `service_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`service` text NOT NULL,
	`paying_municipality` text NOT NULL,
	`decision_number` text NOT NULL,
	`decision_date` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`planned_weekdays` text NOT NULL,
	`units_per_month` integer,
	`copay_percent` integer,
	`copay_amount_cents` integer,
	`exemption` text DEFAULT 'none' NOT NULL,
	`exemption_until` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `service_decisions_client_idx` ON `service_decisions` (`client_id`,`service`);--> statement-breakpoint
CREATE INDEX `service_decisions_period_idx` ON `service_decisions` (`valid_from`,`valid_to`);