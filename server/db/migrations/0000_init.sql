CREATE TABLE `ask_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`resident_id` integer,
	`channel` text NOT NULL,
	`question` text NOT NULL,
	`kind` text NOT NULL,
	`top_entry_id` text,
	`top_score` integer,
	`verdict` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ask_log_ward_created` ON `ask_log` (`ward_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `handoffs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`resident_id` integer,
	`question` text NOT NULL,
	`reason` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` integer NOT NULL,
	`resolved_at` integer,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `handoffs_ward_status` ON `handoffs` (`ward_id`,`status`);--> statement-breakpoint
CREATE TABLE `kb_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`category` text NOT NULL,
	`status` text NOT NULL,
	`data` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `kb_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `kb_procedures` (
	`id` text PRIMARY KEY NOT NULL,
	`data` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`direction` text NOT NULL,
	`author` text NOT NULL,
	`kind` text NOT NULL,
	`text` text,
	`meta` text,
	`zalo_msg_id` text,
	`event_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `messages_resident` ON `messages` (`ward_id`,`resident_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`dedupe_key` text NOT NULL,
	`payload` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`lock_until` integer,
	`error_code` integer,
	`error_message` text,
	`zalo_message_id` text,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_ward_dedupe` ON `outbox` (`ward_id`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `outbox_status` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `residents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`zalo_user_id` text NOT NULL,
	`display_name` text,
	`is_follower` integer DEFAULT false NOT NULL,
	`last_interaction_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `residents_ward_user` ON `residents` (`ward_id`,`zalo_user_id`);--> statement-breakpoint
CREATE TABLE `ward_secrets` (
	`ward_id` integer NOT NULL,
	`name` text NOT NULL,
	`ciphertext` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`ward_id`, `name`),
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `wards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`oa_id` text,
	`app_id` text,
	`profile` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wards_slug_unique` ON `wards` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `wards_oa_id_unique` ON `wards` (`oa_id`);--> statement-breakpoint
CREATE TABLE `webhook_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`event_key` text NOT NULL,
	`event_name` text NOT NULL,
	`raw_body` text NOT NULL,
	`zalo_timestamp` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`lock_until` integer,
	`last_error` text,
	`received_at` integer NOT NULL,
	`processed_at` integer,
	`deliveries` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `webhook_events_ward_key` ON `webhook_events` (`ward_id`,`event_key`);--> statement-breakpoint
CREATE INDEX `webhook_events_status` ON `webhook_events` (`status`,`received_at`);--> statement-breakpoint
CREATE TABLE `zalo_tokens` (
	`ward_id` integer PRIMARY KEY NOT NULL,
	`access_token_enc` text,
	`refresh_token_enc` text NOT NULL,
	`access_expires_at` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`lock_owner` text,
	`lock_until` integer,
	`last_error` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action
);
