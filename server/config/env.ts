import { z } from "zod";
import { PREALLOCATE_WAL_BYTES } from "../webhooks/intake-wal-ahead";

/**
 * The one place that reads configuration. Entry points pass their environment
 * (process.env on Node, the Worker's `env` bindings) and get a typed config back;
 * nothing else in the server looks at environment variables.
 */
const intFromString = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) {
        ctx.addIssue({ code: "custom", message: `expected a non-negative integer, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const booleanFromString = z
  .string()
  .optional()
  .transform((v) => v === "1" || v === "true" || v === "yes");

const envSchema = z.object({
  PORT: intFromString(8787),
  DATABASE_URL: z.string().optional(),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  /** base64 of 32 random bytes; encrypts secrets (OA secret keys, tokens) at rest */
  SECRETS_KEY: z.string().optional(),
  DEFAULT_WARD: z.string().optional(),
  ZALO_OPENAPI_BASE: z.string().url().optional(),
  ZALO_OAUTH_BASE: z.string().url().optional(),
  ZALO_TIMEOUT_MS: intFromString(8000),
  SWEEP_INTERVAL_MS: intFromString(15000),
  /** test hook: delay before a queued webhook event is processed (simulates a crash window) */
  WEBHOOK_PROCESS_DELAY_MS: intFromString(0),
  KNOWLEDGE_DIR: z.string().optional(),
  /** Node: process webhook events in a child process (default, "thread") or inline on the main thread */
  PROCESSING_MODE: z.enum(["thread", "inline"]).optional(),
  /** Node: how much lower (nice increment, 0–19) the processing process runs than the server (every thread of it) */
  PROCESSING_THREAD_NICE: intFromString(10).pipe(z.number().max(19)),
  /** Node: CPU ms a new processing process may spend warming its answer engine before its first events (0: none; server/jobs/processing-warm-up.ts) */
  PROCESSING_WARM_UP_MS: intFromString(1500),
  /**
   * Node: bytes of the intake journal's WAL written ahead at start (server/webhooks/intake-journal.ts
   * preallocateWal; 0 = off, the WAL then grows as it fills). 16 MiB by default since session 30:
   * it was off after session 11's quiet run (worse in three of three pairs, with one sync in
   * flight), but in the seven quiet webhook-load runs since two syncs run at once (ends of sessions
   * 14–17, starts of 28–30) the 500/s ack p99 written ahead was lower in five (×0.30–0.51) and higher in two (×1.05,
   * ×1.16), geometric mean ×0.54 (bench/README.md; notes of s30-perf). A long-running server's WAL reaches its high
   * mark and stops growing anyway (it is never truncated); this makes a fresh one start there.
   */
  INTAKE_WAL_PREALLOCATE_BYTES: intFromString(PREALLOCATE_WAL_BYTES).pipe(z.number().max(256 * 1024 * 1024)),
  /**
   * Node: syncs of the intake journal's WAL that may run at once (server/webhooks/intake-journal.ts,
   * SYNCS_IN_FLIGHT; 1 = before session 14; bench/README.md, "Issue 15, session 14").
   */
  INTAKE_SYNCS_IN_FLIGHT: intFromString(2).pipe(z.number().min(1).max(4)),
  /**
   * Node: what a webhook's 200 waits for. "disk" (default): the journal's commit and a disk sync
   * after it (survives a power cut). "process": the commit alone (survives a crash of the server
   * process, not a power cut or a kernel crash; bench/README.md, "Issue 15, session 14").
   */
  INTAKE_DURABILITY: z.enum(["disk", "process"]).optional(),
  /** optional language model (any OpenAI-compatible endpoint); without a key nothing calls it */
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().url().optional(),
  OPENAI_CHAT_MODEL: z.string().optional(),
  LLM_DAILY_TOKEN_BUDGET: intFromString(200_000),
  LLM_TIMEOUT_MS: intFromString(6000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).optional(),
  DEV_MODE: booleanFromString,
  /** Zalo Graph API (mini-app identity, phone and location tokens) */
  ZALO_GRAPH_BASE: z.string().url().optional(),
  /** accept the mini app's development login (desktop browser on localhost); never in production */
  MINIAPP_DEV_LOGIN: booleanFromString,
  /** address the Node server listens on: loopback unless set (e.g. 0.0.0.0 in a container) */
  HOST: z.string().regex(/^[0-9a-fA-F.:]+$|^localhost$/, "expected an IP address or localhost").optional(),
  /** behind a reverse proxy: the header it writes the client's address into (its last entry is trusted) */
  CLIENT_IP_HEADER: z.string().regex(/^[a-zA-Z0-9-]+$/).optional(),
  /** public /api/ask: requests per client address per minute and per day (0 = no limit) */
  ASK_RATE_PER_MINUTE: intFromString(20),
  ASK_RATE_PER_DAY: intFromString(1000),
  /** the mini app's map tiles ({z}/{x}/{y}); OpenStreetMap's by default */
  MAP_TILE_URL: z.string().optional(),
  MAP_TILE_ATTRIBUTION: z.string().optional(),
  /** Nominatim-compatible reverse geocoder for "address of the pin"; off unless set (it receives residents' coordinates) */
  GEOCODER_URL: z.string().url().optional(),
  /** conversations: memory forgotten after this quiet period; bot pause after an OA admin's reply; acknowledgements during a handoff at most this often */
  CONVERSATION_MEMORY_MINUTES: intFromString(30),
  ADMIN_REPLY_PAUSE_MINUTES: intFromString(120),
  HANDOFF_ACK_INTERVAL_MINUTES: intFromString(180),
});

export type Config = {
  port: number;
  databaseUrl: string;
  databaseAuthToken: string | undefined;
  secretsKey: string | undefined;
  defaultWard: string | undefined;
  zaloOpenApiBase: string;
  zaloOAuthBase: string;
  zaloTimeoutMs: number;
  sweepIntervalMs: number;
  webhookProcessDelayMs: number;
  knowledgeDir: string;
  processingMode: "thread" | "inline";
  processingThreadNice: number;
  /** CPU ms of the processing process's warm-up at start (0: none) */
  processingWarmUpMs?: number;
  intakeWalPreallocateBytes?: number;
  intakeSyncsInFlight?: number;
  intakeDurability?: "disk" | "process";
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  llm: { apiKey: string; baseUrl: string | undefined; chatModel: string; dailyTokenBudget: number; timeoutMs: number } | undefined;
  devMode: boolean;
  zaloGraphBase: string;
  miniappDevLogin: boolean;
  host: string;
  clientIpHeader: string | undefined;
  askRate: { perMinute: number; perDay: number };
  map: { tileUrl: string; attribution: string };
  geocoderUrl: string | undefined;
  conversation: { memoryMs: number; adminPauseMs: number; handoffAckIntervalMs: number };
};

export class ConfigError extends Error {}

export function parseEnv(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ConfigError(`invalid configuration: ${details}`);
  }
  const e = parsed.data;
  const databaseUrl = e.DATABASE_URL || "file:./data/hoi-phuong.db";
  if (!/^(file:|libsql:|https?:|wss?:)/.test(databaseUrl)) {
    throw new ConfigError("invalid configuration: DATABASE_URL must start with file:, libsql:, http(s): or ws(s):");
  }
  if (e.SECRETS_KEY !== undefined && !isBase64Key(e.SECRETS_KEY)) {
    throw new ConfigError("invalid configuration: SECRETS_KEY must be base64 of 32 bytes");
  }
  return {
    port: e.PORT,
    databaseUrl,
    databaseAuthToken: e.DATABASE_AUTH_TOKEN || undefined,
    secretsKey: e.SECRETS_KEY || undefined,
    defaultWard: e.DEFAULT_WARD || undefined,
    zaloOpenApiBase: stripSlash(e.ZALO_OPENAPI_BASE ?? "https://openapi.zalo.me"),
    zaloOAuthBase: stripSlash(e.ZALO_OAUTH_BASE ?? "https://oauth.zaloapp.com"),
    zaloTimeoutMs: e.ZALO_TIMEOUT_MS,
    sweepIntervalMs: e.SWEEP_INTERVAL_MS,
    webhookProcessDelayMs: e.WEBHOOK_PROCESS_DELAY_MS,
    knowledgeDir: e.KNOWLEDGE_DIR || "knowledge",
    processingMode: e.PROCESSING_MODE ?? "thread",
    processingThreadNice: e.PROCESSING_THREAD_NICE,
    processingWarmUpMs: e.PROCESSING_WARM_UP_MS,
    intakeWalPreallocateBytes: e.INTAKE_WAL_PREALLOCATE_BYTES,
    intakeSyncsInFlight: e.INTAKE_SYNCS_IN_FLIGHT,
    intakeDurability: e.INTAKE_DURABILITY ?? "disk",
    logLevel: e.LOG_LEVEL ?? "info",
    llm: e.OPENAI_API_KEY
      ? {
          apiKey: e.OPENAI_API_KEY,
          baseUrl: e.OPENAI_BASE_URL ? stripSlash(e.OPENAI_BASE_URL) : undefined,
          chatModel: e.OPENAI_CHAT_MODEL || "gpt-4o-mini",
          dailyTokenBudget: e.LLM_DAILY_TOKEN_BUDGET,
          timeoutMs: e.LLM_TIMEOUT_MS,
        }
      : undefined,
    devMode: e.DEV_MODE,
    zaloGraphBase: stripSlash(e.ZALO_GRAPH_BASE ?? "https://graph.zalo.me"),
    miniappDevLogin: e.MINIAPP_DEV_LOGIN,
    host: e.HOST || "127.0.0.1",
    clientIpHeader: e.CLIENT_IP_HEADER?.toLowerCase() || undefined,
    askRate: { perMinute: e.ASK_RATE_PER_MINUTE, perDay: e.ASK_RATE_PER_DAY },
    map: {
      tileUrl: e.MAP_TILE_URL || "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
      attribution: e.MAP_TILE_ATTRIBUTION || "© OpenStreetMap",
    },
    geocoderUrl: e.GEOCODER_URL ? stripSlash(e.GEOCODER_URL) : undefined,
    conversation: {
      memoryMs: e.CONVERSATION_MEMORY_MINUTES * 60_000,
      adminPauseMs: e.ADMIN_REPLY_PAUSE_MINUTES * 60_000,
      handoffAckIntervalMs: e.HANDOFF_ACK_INTERVAL_MINUTES * 60_000,
    },
  };
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

function isBase64Key(value: string): boolean {
  try {
    return atob(value).length === 32;
  } catch {
    return false;
  }
}
