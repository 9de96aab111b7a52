CREATE TABLE `feedback_settings` (
	`ward_id` integer PRIMARY KEY NOT NULL,
	`acknowledge_minutes` integer NOT NULL,
	`urgent_resolve_minutes` integer NOT NULL,
	`normal_resolve_minutes` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `miniapp_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`action` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `miniapp_actions_user` ON `miniapp_actions` (`user_id`,`action`,`created_at`);--> statement-breakpoint
CREATE TABLE `miniapp_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`ward_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `miniapp_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `miniapp_sessions_expires` ON `miniapp_sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `miniapp_users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`app_user_id` text NOT NULL,
	`display_name` text,
	`resident_id` integer,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `miniapp_users_ward_app_user` ON `miniapp_users` (`ward_id`,`app_user_id`);--> statement-breakpoint
CREATE TABLE `report_counters` (
	`ward_id` integer NOT NULL,
	`year` integer NOT NULL,
	`last` integer NOT NULL,
	PRIMARY KEY(`ward_id`, `year`),
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `report_followers` (
	`ward_id` integer NOT NULL,
	`report_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`report_id`, `user_id`),
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `miniapp_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_followers_user` ON `report_followers` (`user_id`);--> statement-breakpoint
CREATE TABLE `report_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`report_id` integer NOT NULL,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`message` text,
	`actor` text NOT NULL,
	`meta` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_history_report` ON `report_history` (`report_id`,`id`);--> statement-breakpoint
CREATE TABLE `report_notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`report_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`history_id` integer NOT NULL,
	`text` text NOT NULL,
	`channel` text NOT NULL,
	`seen_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `miniapp_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_notices_user` ON `report_notices` (`user_id`,`seen_at`);--> statement-breakpoint
CREATE TABLE `report_photos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`report_id` integer,
	`uploader_user_id` integer,
	`kind` text NOT NULL,
	`blob_key` text NOT NULL,
	`content_type` text NOT NULL,
	`bytes` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploader_user_id`) REFERENCES `miniapp_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_photos_report` ON `report_photos` (`report_id`);--> statement-breakpoint
CREATE INDEX `report_photos_uploader` ON `report_photos` (`uploader_user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`code` text NOT NULL,
	`user_id` integer NOT NULL,
	`client_request_id` text NOT NULL,
	`category` text NOT NULL,
	`priority` text NOT NULL,
	`status` text NOT NULL,
	`description` text NOT NULL,
	`lat` real,
	`lng` real,
	`address` text,
	`landmark` text,
	`phone` text,
	`hide_name` integer DEFAULT false NOT NULL,
	`assignee` text,
	`decline_reason` text,
	`merged_into_id` integer,
	`acknowledge_by` integer NOT NULL,
	`resolve_by` integer NOT NULL,
	`acknowledged_at` integer,
	`resolved_at` integer,
	`rating` integer,
	`rating_comment` text,
	`rated_at` integer,
	`reopen_count` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `miniapp_users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_ward_code` ON `reports` (`ward_id`,`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `reports_ward_user_request` ON `reports` (`ward_id`,`user_id`,`client_request_id`);--> statement-breakpoint
CREATE INDEX `reports_ward_status` ON `reports` (`ward_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `reports_user` ON `reports` (`user_id`,`created_at`);