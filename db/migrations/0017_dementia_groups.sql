CREATE TABLE `client_photo` (
	`client_id` integer PRIMARY KEY NOT NULL,
	`mime` text NOT NULL,
	`data` blob NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `dementia_group` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`room` text,
	`capacity` integer NOT NULL,
	`weekdays` text NOT NULL,
	`opens_at` text NOT NULL,
	`closes_at` text NOT NULL,
	`collect_alarm_delay_minutes` integer DEFAULT 30 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `dementia_group_member` (
	`group_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	PRIMARY KEY(`group_id`, `client_id`),
	FOREIGN KEY (`group_id`) REFERENCES `dementia_group`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dementia_group_member_client_idx` ON `dementia_group_member` (`client_id`);--> statement-breakpoint
CREATE TABLE `dementia_group_session` (
	`session_id` integer PRIMARY KEY NOT NULL,
	`group_id` integer NOT NULL,
	`date` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `dementia_group`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dementia_group_session_group_date_idx` ON `dementia_group_session` (`group_id`,`date`);--> statement-breakpoint
CREATE TABLE `dementia_group_staff` (
	`group_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	PRIMARY KEY(`group_id`, `staff_id`),
	FOREIGN KEY (`group_id`) REFERENCES `dementia_group`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `dementia_observation` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`participant_id` integer NOT NULL,
	`session_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`date` text NOT NULL,
	`mood` integer,
	`engagement` integer,
	`appetite` integer,
	`sleepiness` integer,
	`behaviours` text NOT NULL,
	`helped` text,
	`note` text,
	`recorded_by` integer NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`participant_id`) REFERENCES `session_participants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dementia_observation_participant_idx` ON `dementia_observation` (`participant_id`);--> statement-breakpoint
CREATE INDEX `dementia_observation_client_idx` ON `dementia_observation` (`client_id`,`date`);--> statement-breakpoint
CREATE TABLE `dementia_programme_item` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text,
	`name_lv` text NOT NULL,
	`name_lt` text NOT NULL,
	`name_ru` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dementia_programme_item_code_unique` ON `dementia_programme_item` (`code`);--> statement-breakpoint
CREATE TABLE `dementia_session_item` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`item_id` integer NOT NULL,
	`note` text,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `dementia_programme_item`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dementia_session_item_session_idx` ON `dementia_session_item` (`session_id`,`start_time`);--> statement-breakpoint
CREATE TABLE `dementia_session_staff` (
	`session_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	PRIMARY KEY(`session_id`, `staff_id`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `dementia_template_item` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` integer NOT NULL,
	`weekday` integer NOT NULL,
	`start_time` text NOT NULL,
	`end_time` text NOT NULL,
	`item_id` integer NOT NULL,
	`note` text,
	FOREIGN KEY (`group_id`) REFERENCES `dementia_group`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `dementia_programme_item`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dementia_template_item_group_idx` ON `dementia_template_item` (`group_id`,`weekday`,`start_time`);--> statement-breakpoint
-- The programme catalogue every dementia group starts with (issue 14); reference data, no audit rows.
INSERT INTO `dementia_programme_item` (`code`, `name_lv`, `name_lt`, `name_ru`, `active`, `created_at`) VALUES
  ('cognitive-stimulation', 'Kognitīvā stimulācija', 'Kognityvinė stimuliacija', 'Когнитивная стимуляция', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('reminiscence', 'Atmiņu terapija', 'Prisiminimų terapija', 'Терапия воспоминаниями', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('music', 'Mūzika', 'Muzika', 'Музыка', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('movement', 'Kustības un vingrošana', 'Judėjimas ir mankšta', 'Движение и гимнастика', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('walk', 'Pastaiga', 'Pasivaikščiojimas', 'Прогулка', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('meal-preparation', 'Maltītes gatavošana', 'Maisto gaminimas', 'Приготовление еды', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('handicraft', 'Rokdarbi', 'Rankdarbiai', 'Рукоделие', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  ('rest', 'Atpūta', 'Poilsis', 'Отдых', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
