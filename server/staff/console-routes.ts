import { Hono } from "hono";
import type { Services } from "../services";

/** /console (pages) and /api/staff/… (JSON) — the ward staff console. */
export function consoleRoutes(_services: Services) {
  return new Hono();
}
