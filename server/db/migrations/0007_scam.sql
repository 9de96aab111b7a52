CREATE TABLE `scam_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`resident_key` text NOT NULL,
	`channel` text NOT NULL,
	`sample` text NOT NULL,
	`signals` text NOT NULL,
	`indicators` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `scam_reports_ward_time` ON `scam_reports` (`ward_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `scam_reports_time` ON `scam_reports` (`created_at`);
