CREATE TABLE `conversation_state` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ward_id` integer NOT NULL,
	`channel` text NOT NULL,
	`resident_key` text NOT NULL,
	`resident_id` integer,
	`memory` text,
	`memory_at` integer,
	`bot_paused_until` integer,
	`handoff_ack_at` integer,
	`last_in_at` integer,
	`unread_count` integer DEFAULT 0 NOT NULL,
	`staff_read_at` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`ward_id`) REFERENCES `wards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `conversation_state_key` ON `conversation_state` (`ward_id`,`channel`,`resident_key`);--> statement-breakpoint
CREATE INDEX `conversation_state_ward_last_in` ON `conversation_state` (`ward_id`,`last_in_at`);
