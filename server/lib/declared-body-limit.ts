import type { Context, MiddlewareHandler, Next } from "hono";
import { bodyLimit } from "hono/body-limit";
import { requestHeader } from "./request-header";

type Options = { maxSize: number; onError: (c: Context) => Response | Promise<Response> };

/**
 * hono's bodyLimit with the same decisions, for a hot route: a body whose length is declared
 * (Content-Length, no Transfer-Encoding) is judged by the header alone, as bodyLimit judges it,
 * but without touching `c.req.raw.body`. On Node that getter builds the whole web Request
 * (undici Request, ReadableStream, AbortSignal: ~0.2 ms of the acknowledging thread per webhook,
 * bench/README.md "Issue 15, session 8"), which the handler's `c.req.text()` does not need:
 * @hono/node-server reads the body straight from the socket when no Request was built. Node's
 * HTTP parser delivers exactly the declared length. A chunked body goes through bodyLimit, which
 * counts it as it streams.
 */
export function declaredBodyLimit(options: Options): MiddlewareHandler {
  const streamed = bodyLimit(options);
  return async (c: Context, next: Next) => {
    const declared = requestHeader(c, "content-length");
    if (declared === undefined || requestHeader(c, "transfer-encoding") !== undefined) return streamed(c, next);
    if (Number.parseInt(declared || "0", 10) > options.maxSize) return options.onError(c);
    await next();
  };
}

type NodeBindings = { incoming?: { headers?: Record<string, string | string[] | undefined> } };

/**
 * Whether a request declares its body's length (Content-Length, no Transfer-Encoding) within
 * `maxSize`: the case in which declaredBodyLimit lets it through on its headers alone. Read from
 * Node's IncomingMessage when there is one (no web Headers built), else from the request.
 */
export function declaresBodyWithin(request: Request, env: unknown, maxSize: number): boolean {
  const headers = (env as NodeBindings | undefined)?.incoming?.headers;
  const declared = headers ? headers["content-length"] : (request.headers.get("content-length") ?? undefined);
  const chunked = headers ? headers["transfer-encoding"] !== undefined : request.headers.has("transfer-encoding");
  return typeof declared === "string" && !chunked && Number.parseInt(declared || "0", 10) <= maxSize;
}
