/**
 * Cloudflare Workers entry: the same app as on Node, over a libSQL server reached by HTTP.
 *
 * The Worker has no filesystem, so it neither migrates nor loads knowledge/: both are done
 * from Node against the same server (`DATABASE_URL=libsql://… npm run kb:load`). The sweeper
 * runs from the cron trigger in wrangler.toml instead of an interval.
 */
import { createClient } from "@libsql/client/web";
import { drizzle } from "drizzle-orm/libsql/web";
import { createApp } from "./app";
import { ConfigError, parseEnv } from "./config/env";
import * as schema from "./db/schema";
import type { BlobStore } from "./lib/blob-store";
import { systemClock } from "./lib/clock";
import { createLogger } from "./lib/logger";
import { buildServices, sweep, type Services } from "./services";
import { createZaloApi } from "./zalo/zalo-api";

/** Vars from wrangler.toml / --var and secrets (DATABASE_AUTH_TOKEN, SECRETS_KEY). */
export type Env = Record<string, unknown>;

type Built = { services: Services; app: ReturnType<typeof createApp> };

// One build per isolate and env: the client, the SecretBox key and the assistant cache are
// reused across requests. Keyed by the env object, which stays the same across an isolate's requests.
const built = new WeakMap<Env, Promise<Built>>();

function servicesFor(env: Env): Promise<Built> {
  let entry = built.get(env);
  if (!entry) {
    entry = build(env);
    // A failed build (bad config) must not stick: the next request tries again.
    entry.catch(() => built.delete(env));
    built.set(env, entry);
  }
  return entry;
}

async function build(env: Env): Promise<Built> {
  // parseEnv takes strings only; bindings of other kinds (none yet) are not configuration.
  const strings: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (typeof value === "string") strings[key] = value;
  const config = parseEnv(strings);
  // parseEnv defaults to a local file, which cannot exist here: fail with a clear message.
  if (config.databaseUrl.startsWith("file:")) {
    throw new ConfigError("invalid configuration: DATABASE_URL must be a libSQL server URL (libsql:, https:) on Workers");
  }

  const logger = createLogger(config.logLevel);
  // /web: Hrana over fetch. The package root resolves to the native driver outside workerd.
  const client = createClient({ url: config.databaseUrl, authToken: config.databaseAuthToken });
  const db = drizzle(client, { schema });
  const zaloApi = createZaloApi({ openApiBase: config.zaloOpenApiBase, oauthBase: config.zaloOAuthBase, timeoutMs: config.zaloTimeoutMs });
  // Photos go to the R2 bucket bound as PHOTOS; without one, uploads are refused by the store.
  const blobStore = env.PHOTOS ? new R2BlobStore(env.PHOTOS as R2Bucket) : new UnavailableBlobStore();
  const services = await buildServices({ db, clock: systemClock, config, zaloApi, logger, blobStore });

  // waitUntil keeps the isolate alive for the reply after the 200; if it is lost anyway,
  // the event stays pending in the database and the cron sweep answers it.
  const app = createApp(services, (c, eventId, accepted) =>
    c.executionCtx.waitUntil(
      services.conversations.processEvent(eventId, accepted).catch((err) => logger.error("background task failed", { error: err as Error })),
    ),
  );
  return { services, app };
}

export default {
  async fetch(request, env, ctx) {
    const { app } = await servicesFor(env);
    return app.fetch(request, env, ctx);
  },

  async scheduled(_controller, env, ctx) {
    const { services } = await servicesFor(env);
    ctx.waitUntil(
      sweep(services).catch((err) => {
        services.deps.logger.error("sweep failed", { error: err as Error });
        throw err; // still marks the cron run as failed
      }),
    );
  },
} satisfies ExportedHandler<Env>;

/** R2 behind the BlobStore interface. */
class R2BlobStore implements BlobStore {
  constructor(private readonly bucket: R2Bucket) {}
  async put(key: string, bytes: Uint8Array, contentType: string) {
    await this.bucket.put(key, bytes, { httpMetadata: { contentType } });
  }
  async get(key: string) {
    const object = await this.bucket.get(key);
    if (!object) return undefined;
    return { bytes: new Uint8Array(await object.arrayBuffer()), contentType: object.httpMetadata?.contentType ?? "application/octet-stream" };
  }
  async delete(key: string) {
    await this.bucket.delete(key);
  }
}

class UnavailableBlobStore implements BlobStore {
  async put(): Promise<void> {
    throw new Error("no R2 bucket bound as PHOTOS: photo uploads are unavailable");
  }
  async get() {
    return undefined;
  }
  async delete() {}
}
