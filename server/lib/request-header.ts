import type { Context } from "hono";

type NodeBindings = { incoming?: { headers?: Record<string, string | string[] | undefined> } };

/**
 * A request header, as `c.req.header(name)` reads it, for a hot route. On Node,
 * `c.req.header()` builds a web `Headers` from the whole request (@hono/node-server makes one
 * lazily, on first use) just to read a value Node's IncomingMessage already holds; here it is read
 * there (lower-case name; repeated headers joined with ", " as `Headers.get` joins them). On
 * Workers and in `app.request()` there is no IncomingMessage: hono's own reading.
 */
export function requestHeader(c: Context, lowerCaseName: string): string | undefined {
  const headers = (c.env as NodeBindings | undefined)?.incoming?.headers;
  if (!headers) return c.req.header(lowerCaseName);
  const value = headers[lowerCaseName];
  return Array.isArray(value) ? value.join(", ") : value;
}
