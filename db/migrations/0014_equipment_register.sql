CREATE TABLE `equipment_attachment` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`data` blob NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `equipment_item`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `equipment_attachment_item_idx` ON `equipment_attachment` (`item_id`);--> statement-breakpoint
CREATE TABLE `equipment_category` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name_lv` text NOT NULL,
	`name_lt` text NOT NULL,
	`name_ru` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `equipment_item` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`inventory_number` text NOT NULL,
	`category` text NOT NULL,
	`name` text NOT NULL,
	`manufacturer` text,
	`model` text,
	`serial_number` text,
	`location` text,
	`status` text DEFAULT 'in-use' NOT NULL,
	`condition` text,
	`purchase_date` text,
	`price_cents` integer,
	`supplier` text,
	`invoice_number` text,
	`warranty_end` text,
	`funding_source` text DEFAULT 'own-budget' NOT NULL,
	`project_code` text,
	`project_name` text,
	`durability_until` text,
	`written_off_on` text,
	`write_off_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `equipment_item_inventory_number_unique` ON `equipment_item` (`inventory_number`);--> statement-breakpoint
CREATE INDEX `equipment_item_category_idx` ON `equipment_item` (`category`);--> statement-breakpoint
CREATE INDEX `equipment_item_status_idx` ON `equipment_item` (`status`);--> statement-breakpoint
CREATE INDEX `equipment_item_project_idx` ON `equipment_item` (`project_code`);