import type { Context } from "hono";
import { z } from "zod";
import { ValidationError } from "../lib/errors";
import type { Ward } from "../wards/ward-profile";
import type { StaffSession } from "./auth-service";
import type { PageContext } from "./pages/layout";

export type ConsoleEnv = { Variables: { session: StaffSession; ward: Ward; wardsOfActor: Array<{ id: number; slug: string; name: string }> } };
export type ConsoleContext = Context<ConsoleEnv>;

export function pageContext(c: ConsoleContext): PageContext {
  const session = c.get("session");
  return { actor: session.actor, csrf: session.csrfToken, ward: c.get("ward"), wards: c.get("wardsOfActor") ?? [] };
}

/** Validates input with zod; the messages (Vietnamese) become a ValidationError. */
export function parseInput<T extends z.ZodTypeAny>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const message = [...new Set(parsed.error.issues.map((i) => i.message))].join(" ");
    throw new ValidationError("invalid_input", message, message);
  }
  return parsed.data;
}

/** Form body as plain strings (repeated keys become arrays). */
export async function formBody(c: ConsoleContext): Promise<Record<string, string | string[]>> {
  const body = await c.req.parseBody({ all: true });
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(body)) {
    if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === "string");
    else if (typeof v === "string") out[k] = v;
  }
  return out;
}

export const idParam = z.coerce.number().int().positive();

/** Lines of a textarea, trimmed, empty ones dropped. */
export function lines(value: unknown): string[] {
  return typeof value === "string"
    ? value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
    : [];
}
