CREATE TABLE `intake_cursor` (
	`id` integer PRIMARY KEY NOT NULL,
	`last_id` integer NOT NULL
);--> statement-breakpoint
INSERT INTO `intake_cursor` (`id`, `last_id`) VALUES (1, 0);
