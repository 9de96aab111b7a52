CREATE INDEX `miniapp_users_ward_resident` ON `miniapp_users` (`ward_id`,`resident_id`);
