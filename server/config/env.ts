import { z } from "zod";

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
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).optional(),
  DEV_MODE: booleanFromString,
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
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  devMode: boolean;
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
    logLevel: e.LOG_LEVEL ?? "info",
    devMode: e.DEV_MODE,
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
