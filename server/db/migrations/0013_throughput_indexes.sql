-- Issue 15: the reads every resident's message makes (server/conversations/conversation-service.ts
-- stateReads; the outbox order check) found their rows by scanning tables that grow with every
-- message: the last unrated answer scanned ask_log, the open handoff scanned handoffs; "nothing
-- of the resident's waits unsent" went through every pending message. Indexed by resident now.
CREATE INDEX `ask_log_resident` ON `ask_log` (`resident_id`);--> statement-breakpoint
CREATE INDEX `handoffs_resident_status` ON `handoffs` (`resident_id`,`status`);--> statement-breakpoint
CREATE INDEX `outbox_resident_status` ON `outbox` (`resident_id`,`status`);
