import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import { z } from "zod";
import { ValidationError } from "../lib/errors";

/*
 * One way to validate console input. Schemas (server/staff/schemas.ts) carry their own
 * Vietnamese messages; anything they leave to zod's defaults is worded by zod's Vietnamese
 * locale, so a person never reads "Invalid input". A failure becomes a ValidationError: the
 * console's error handler shows it on the page (400) or answers the JSON API with
 * {error:"invalid_input", message}.
 */
const vietnameseDefaults = z.locales.vi().localeError;

type Issues = { issues: ReadonlyArray<{ message: string }> };

function toValidationError(error: Issues): ValidationError {
  const message = [...new Set(error.issues.map((i) => i.message))].join(" ");
  return new ValidationError("invalid_input", message, message);
}

/** The hook every validator uses: throws the Vietnamese messages as one ValidationError. */
export function vietnameseHook(result: { success: true } | { success: false; error: Issues }): void {
  if (!result.success) throw toValidationError(result.error);
}

/** @hono/zod-validator for a target (form, json, query, param) with the console's hook. */
export function validate<Target extends keyof ValidationTargets, Schema extends z.ZodType>(target: Target, schema: Schema) {
  return zValidator(target, schema, vietnameseHook, {
    // the library types this result through a conditional on the (generic) schema type
    validationFunction: (s, value) => s.safeParseAsync(value, { error: vietnameseDefaults }) as never,
  });
}

/** The same rules for values that are not a whole request part (e.g. a merged form + defaults). */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input, { error: vietnameseDefaults });
  if (!parsed.success) throw toValidationError(parsed.error);
  return parsed.data;
}
