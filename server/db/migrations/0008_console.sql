CREATE TABLE `holidays` (
	`day` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`source` text,
	`confirmed` integer DEFAULT true NOT NULL,
	`updated_by` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`updated_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `resident_profiles` (
	`resident_id` integer PRIMARY KEY NOT NULL,
	`ward_id` integer NOT NULL,
	`avatar_url` text,
	`fetched_at` integer,
	`failed_at` integer,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `conversation_reads` (
	`resident_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`ward_id` integer NOT NULL,
	`last_read_message_id` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`resident_id`, `user_id`),
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `satisfaction_surveys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`handoff_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`staff_user_id` integer,
	`status` text NOT NULL,
	`rating` integer,
	`sent_at` integer NOT NULL,
	`answered_at` integer,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`handoff_id`) REFERENCES `handoffs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_user_id`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `satisfaction_surveys_handoff` ON `satisfaction_surveys` (`handoff_id`);--> statement-breakpoint
CREATE INDEX `satisfaction_surveys_resident` ON `satisfaction_surveys` (`resident_id`,`status`);--> statement-breakpoint
CREATE INDEX `satisfaction_surveys_ward_answered` ON `satisfaction_surveys` (`ward_id`,`answered_at`);--> statement-breakpoint
CREATE TABLE `unanswered_dismissals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`question_key` text NOT NULL,
	`dismissed_by` integer,
	`dismissed_at` integer NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dismissed_by`) REFERENCES `staff_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unanswered_dismissals_key` ON `unanswered_dismissals` (`ward_id`,`question_key`);--> statement-breakpoint
-- Which questions the assistant passed to a person (the dashboard's "answered by the bot" excludes them).
ALTER TABLE `ask_log` ADD `handoff_reason` text;
