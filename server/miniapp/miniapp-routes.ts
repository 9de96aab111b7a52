import { Hono } from "hono";
import type { Services } from "../services";

/** /api/miniapp/… — the residents' mini app API. */
export function miniappRoutes(_services: Services) {
  return new Hono();
}
