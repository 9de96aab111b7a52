-- The stored search index becomes bytes (kb_meta.data) instead of base64 JSON text: the old row is
-- of an older format and is built again and stored at the next start or publish.
ALTER TABLE `kb_meta` ADD `data` blob;--> statement-breakpoint
DELETE FROM `kb_meta` WHERE `key` = 'search_index';
