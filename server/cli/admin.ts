/**
 * Operator commands against the database named by DATABASE_URL (embedded file or a libSQL
 * server; migrations are applied first). Secrets are read from standard input, never from
 * arguments, so they stay out of shell history and process lists.
 *
 *   npm run admin -- kb:load                      load knowledge/ into the database
 *   npm run admin -- ward:add FILE.yaml           create a ward from a profile file (see knowledge/wards/demo.yaml)
 *   npm run admin -- ward:secret SLUG NAME        NAME = oa_secret_key | app_secret; value on stdin
 *   npm run admin -- ward:tokens SLUG             OA refresh token on stdin (from Zalo's OA authorisation)
 */
import { readFileSync } from "node:fs";
import { parseEnv } from "../config/env";
import { openNodeDatabase } from "../db/open-node-database";
import { readKnowledgeDir, readWardDefinition } from "../knowledge/knowledge-files";
import { systemClock } from "../lib/clock";
import { defaultUploadsDir, FileBlobStore } from "../lib/file-blob-store";
import { createLogger } from "../lib/logger";
import { buildServices } from "../services";
import { seedMissingHolidayYears } from "../wards/holiday-calendar";
import { createZaloApi } from "../zalo/zalo-api";

const usage = "usage: npm run admin -- kb:load | ward:add FILE.yaml | ward:secret SLUG oa_secret_key|app_secret | ward:tokens SLUG";

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const config = parseEnv(process.env);
  const opened = await openNodeDatabase(config.databaseUrl, config.databaseAuthToken);
  const logger = createLogger("warn");
  const zaloApi = createZaloApi({ openApiBase: config.zaloOpenApiBase, oauthBase: config.zaloOAuthBase, timeoutMs: config.zaloTimeoutMs });
  const blobStore = new FileBlobStore(defaultUploadsDir(config.databaseUrl));
  const services = await buildServices({ db: opened.db, clock: systemClock, config, zaloApi, logger, blobStore });
  const stdin = () => readFileSync(0, "utf8").trim();
  try {
    switch (command) {
      case "kb:load": {
        const { kb } = await readKnowledgeDir(config.knowledgeDir, { strict: true });
        const changed = await services.knowledge.replaceAll(kb);
        if (changed) await services.staff.knowledge.reapplyPublished();
        console.log(`${kb.entries.length} entries, ${kb.procedures.size} procedures: ${changed ? "loaded" : "already current"} (version ${kb.version})`);
        // the holiday calendar too: a Worker reads it from the database and cannot compute it
        const years = await seedMissingHolidayYears(opened.db, systemClock.now());
        console.log(`holiday calendar: ${years.length ? `seeded ${years.join(", ")}` : "already present"}`);
        break;
      }
      case "ward:add": {
        if (!args[0]) throw new Error(usage);
        const ward = await services.wards.create(readWardDefinition(args[0]));
        console.log(`ward ${ward.slug} created (id ${ward.id})`);
        break;
      }
      case "ward:secret": {
        const [slug, name] = args;
        if (!slug || (name !== "oa_secret_key" && name !== "app_secret")) throw new Error(usage);
        const ward = await services.wards.bySlug(slug);
        await services.wards.setSecret(ward.id, name, stdin());
        console.log(`${name} stored (encrypted) for ${slug}`);
        break;
      }
      case "ward:tokens": {
        if (!args[0]) throw new Error(usage);
        const ward = await services.wards.bySlug(args[0]);
        await services.tokens.storeTokens(ward.id, { refreshToken: stdin() });
        console.log(`refresh token stored (encrypted) for ${ward.slug}; the first reply will obtain an access token`);
        break;
      }
      default:
        throw new Error(usage);
    }
  } finally {
    opened.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
