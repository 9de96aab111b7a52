CREATE TABLE `miniapp_chat_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`author` text NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`meta` text,
	`handoff_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `miniapp_users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`handoff_id`) REFERENCES `handoffs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `miniapp_chat_user` ON `miniapp_chat_messages` (`ward_id`,`user_id`,`id`);--> statement-breakpoint
CREATE INDEX `miniapp_chat_handoff` ON `miniapp_chat_messages` (`handoff_id`);--> statement-breakpoint
-- A question passed to staff from the mini app: the resident is a mini-app user (maybe not yet linked to an OA resident).
ALTER TABLE `handoffs` ADD `miniapp_user_id` integer;--> statement-breakpoint
CREATE INDEX `handoffs_miniapp_user` ON `handoffs` (`miniapp_user_id`);--> statement-breakpoint
-- Where a report's deadlines are counted from: its arrival, or the time it was reopened.
ALTER TABLE `reports` ADD `deadline_from` integer;
