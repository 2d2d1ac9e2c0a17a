CREATE TABLE `equipment_cleaning` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`loan_id` integer,
	`cleaned_on` text NOT NULL,
	`method` text NOT NULL,
	`staff_id` integer NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `equipment_item`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`loan_id`) REFERENCES `equipment_loan`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `equipment_cleaning_item_idx` ON `equipment_cleaning` (`item_id`,`cleaned_on`);--> statement-breakpoint
CREATE TABLE `equipment_loan` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`handed_over_on` text NOT NULL,
	`expected_return_on` text,
	`condition_out` text NOT NULL,
	`accessories` text,
	`deposit_cents` integer,
	`fee_cents` integer,
	`handed_over_by` integer NOT NULL,
	`note` text,
	`returned_on` text,
	`condition_in` text,
	`damage` text,
	`return_note` text,
	`received_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `equipment_item`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`handed_over_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`received_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `equipment_loan_open_item_idx` ON `equipment_loan` (`item_id`) WHERE returned_on IS NULL;--> statement-breakpoint
CREATE INDEX `equipment_loan_client_idx` ON `equipment_loan` (`client_id`);--> statement-breakpoint
CREATE INDEX `equipment_loan_due_idx` ON `equipment_loan` (`returned_on`,`expected_return_on`);--> statement-breakpoint
CREATE TABLE `equipment_loan_extension` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`loan_id` integer NOT NULL,
	`previous_return_on` text,
	`new_return_on` text NOT NULL,
	`reason` text,
	`staff_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`loan_id`) REFERENCES `equipment_loan`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `equipment_loan_extension_loan_idx` ON `equipment_loan_extension` (`loan_id`);--> statement-breakpoint
CREATE TABLE `equipment_waitlist` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`category` text NOT NULL,
	`requested_on` text NOT NULL,
	`note` text,
	`status` text DEFAULT 'waiting' NOT NULL,
	`offered_item_id` integer,
	`offered_at` text,
	`loan_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`offered_item_id`) REFERENCES `equipment_item`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`loan_id`) REFERENCES `equipment_loan`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `equipment_waitlist_category_idx` ON `equipment_waitlist` (`category`,`status`,`requested_on`);--> statement-breakpoint
CREATE INDEX `equipment_waitlist_client_idx` ON `equipment_waitlist` (`client_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `equipment_waitlist_offered_item_idx` ON `equipment_waitlist` (`offered_item_id`) WHERE status = 'offered';--> statement-breakpoint
CREATE TABLE `booking` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`resource_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`date` text NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`status` text DEFAULT 'booked' NOT NULL,
	`note` text,
	`usage_id` integer,
	`created_by` integer NOT NULL,
	`status_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`resource_id`) REFERENCES `booking_resource`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`status_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `booking_resource_date_idx` ON `booking` (`resource_id`,`date`,`start_time`);--> statement-breakpoint
CREATE INDEX `booking_client_idx` ON `booking` (`client_id`,`date`);--> statement-breakpoint
CREATE INDEX `booking_date_idx` ON `booking` (`date`,`status`);--> statement-breakpoint
CREATE TABLE `booking_resource` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`item_id` integer,
	`room` text,
	`service_unit` text NOT NULL,
	`slot_minutes` integer DEFAULT 30 NOT NULL,
	`opens_at` text DEFAULT '08:00' NOT NULL,
	`closes_at` text DEFAULT '17:00' NOT NULL,
	`weekdays` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `equipment_item`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `booking_resource_item_id_unique` ON `booking_resource` (`item_id`);--> statement-breakpoint
-- Two windows booking the same slot at the same moment: whichever commits second is refused here, in SQL.
CREATE TRIGGER `booking_no_overlap_insert` BEFORE INSERT ON `booking`
WHEN NEW.status IN ('booked', 'done')
BEGIN
  SELECT RAISE(ABORT, 'booking_overlap') WHERE EXISTS (
    SELECT 1 FROM `booking` b WHERE b.resource_id = NEW.resource_id AND b.date = NEW.date AND b.status IN ('booked', 'done')
      AND b.start_time < NEW.end_time AND b.end_time > NEW.start_time);
END;
--> statement-breakpoint
CREATE TRIGGER `booking_no_overlap_update` BEFORE UPDATE OF `resource_id`, `date`, `start_time`, `end_time`, `status` ON `booking`
WHEN NEW.status IN ('booked', 'done')
BEGIN
  SELECT RAISE(ABORT, 'booking_overlap') WHERE EXISTS (
    SELECT 1 FROM `booking` b WHERE b.resource_id = NEW.resource_id AND b.date = NEW.date AND b.status IN ('booked', 'done')
      AND b.start_time < NEW.end_time AND b.end_time > NEW.start_time AND b.id <> NEW.id);
END;
