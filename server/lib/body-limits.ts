import type { MiddlewareHandler } from "hono";
import { declaredBodyLimit } from "./declared-body-limit";

/** Per-route body limits (bytes): each route gets what its use needs, and no more. */
export const BODY_LIMITS = {
  /** public questions: 2,000 characters of text in a small JSON */
  ask: 16 * 1024,
  /** mini-app JSON (report forms, sessions, tokens) */
  miniappJson: 16 * 1024,
  /** sign-in and invitation forms */
  login: 8 * 1024,
  /** console forms and JSON (knowledge entries are the longest) */
  console: 256 * 1024,
} as const;

/**
 * A body limit answered with 413 before the body is read: a Content-Length over the limit is
 * refused at once, and a chunked body is cut off as soon as it passes the limit (hono's
 * bodyLimit, judged from the declared length without building the web Request on Node:
 * declared-body-limit.ts).
 */
export function limitBody(maxSize: number): MiddlewareHandler {
  return declaredBodyLimit({
    maxSize,
    onError: (c) => {
      const message = `Nội dung gửi lên quá lớn (tối đa ${Math.round(maxSize / 1024)} KiB).`;
      return c.req.path.startsWith("/api/") || c.req.path.startsWith("/webhooks/")
        ? c.json({ error: "payload_too_large", message }, 413)
        : c.text(message, 413);
    },
  });
}
