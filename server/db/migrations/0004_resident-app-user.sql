ALTER TABLE `residents` ADD `app_user_id` text;--> statement-breakpoint
CREATE INDEX `residents_ward_app_user` ON `residents` (`ward_id`,`app_user_id`);--> statement-breakpoint
-- Backfill from the events already stored (the link used to be looked up in them each time).
UPDATE `residents` SET `app_user_id` = (
  SELECT json_extract(e.`raw_body`, '$.user_id_by_app') FROM `webhook_events` e
  WHERE e.`ward_id` = `residents`.`ward_id` AND json_valid(e.`raw_body`)
    AND json_extract(e.`raw_body`, '$.user_id_by_app') IS NOT NULL
    AND (json_extract(e.`raw_body`, '$.sender.id') = `residents`.`zalo_user_id` OR json_extract(e.`raw_body`, '$.follower.id') = `residents`.`zalo_user_id`)
  ORDER BY e.`id` DESC LIMIT 1
) WHERE `app_user_id` IS NULL;
