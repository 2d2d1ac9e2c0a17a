CREATE TABLE `absence_billing_rules` (
	`absence_reason` text NOT NULL,
	`payer_category` text NOT NULL,
	`effect` text NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`absence_reason`, `payer_category`)
);
--> statement-breakpoint
CREATE TABLE `activity_billing_units` (
	`activity_id` integer PRIMARY KEY NOT NULL,
	`service_unit` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `billing_exemptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`kind` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text NOT NULL,
	`document` text,
	`created_at` text NOT NULL,
	`voided_at` text,
	`voided_by` integer,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `billing_exemptions_client_idx` ON `billing_exemptions` (`client_id`,`valid_from`);--> statement-breakpoint
CREATE TABLE `decision_billing` (
	`decision_id` integer PRIMARY KEY NOT NULL,
	`private_payer` integer DEFAULT false NOT NULL,
	`client_reference` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `service_decisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `own_service_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_lv` text NOT NULL,
	`name_lt` text NOT NULL,
	`name_ru` text NOT NULL,
	`measure` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `own_service_units_code_unique` ON `own_service_units` (`code`);--> statement-breakpoint
CREATE TABLE `prices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_unit` text NOT NULL,
	`payer_category` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`price_cents` integer NOT NULL,
	`vat_rate_bp` integer DEFAULT 0 NOT NULL,
	`vat_category` text DEFAULT 'E' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "prices_not_negative" CHECK("prices"."price_cents" >= 0),
	CONSTRAINT "prices_vat_rate" CHECK("prices"."vat_rate_bp" >= 0 AND "prices"."vat_rate_bp" <= 10000)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `prices_unit_payer_from_idx` ON `prices` (`service_unit`,`payer_category`,`valid_from`);