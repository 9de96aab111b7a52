CREATE TABLE `handoff_summaries` (
	`handoff_id` integer PRIMARY KEY NOT NULL,
	`ward_id` integer NOT NULL,
	`summary` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`handoff_id`) REFERENCES `handoffs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `handoff_summaries_ward` ON `handoff_summaries` (`ward_id`);--> statement-breakpoint
CREATE TABLE `llm_usage` (
	`ward_id` integer NOT NULL,
	`day` text NOT NULL,
	`calls` integer DEFAULT 0 NOT NULL,
	`tokens` integer DEFAULT 0 NOT NULL,
	`fallbacks` integer DEFAULT 0 NOT NULL,
	`guard_rejections` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`ward_id`, `day`),
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action
);
