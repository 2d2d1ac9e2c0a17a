CREATE TABLE `einvoice_buyers` (
	`payer` text PRIMARY KEY NOT NULL,
	`legal_name` text NOT NULL,
	`institution_code` text NOT NULL,
	`registration_number` text NOT NULL,
	`vat_number` text,
	`endpoint_scheme` text DEFAULT '0218' NOT NULL,
	`street` text NOT NULL,
	`city` text NOT NULL,
	`postal_code` text NOT NULL,
	`country` text DEFAULT 'LV' NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `einvoice_seller` (
	`id` integer PRIMARY KEY NOT NULL,
	`legal_name` text NOT NULL,
	`registration_number` text NOT NULL,
	`vat_number` text,
	`endpoint_scheme` text DEFAULT '0218' NOT NULL,
	`street` text NOT NULL,
	`city` text NOT NULL,
	`postal_code` text NOT NULL,
	`country` text DEFAULT 'LV' NOT NULL,
	`iban` text NOT NULL,
	`payment_days` integer DEFAULT 30 NOT NULL,
	`updated_at` text NOT NULL
);
