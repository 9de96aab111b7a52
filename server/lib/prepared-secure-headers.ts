import type { Context, MiddlewareHandler, Next } from "hono";
import { secureHeaders } from "hono/secure-headers";

type Options = NonNullable<Parameters<typeof secureHeaders>[0]>;

/**
 * hono's secureHeaders for a hot route, with the same headers on every response, but without
 * making hono build a web `Headers` for a response the route prepared itself.
 *
 * hono's middleware sets its headers on `c.res.headers` after the handler: on Node that turns
 * @hono/node-server's lightweight response (status, body, plain header object) into an undici
 * `Headers`, sorts it, and turns it back into an object for `writeHead` — about a tenth of what
 * the acknowledging thread allocated per webhook (bench/README.md "Issue 15, session 9, wave 2").
 * Here the route answers with `respond()`, whose plain header object already holds the secure
 * headers; any other response (errors from app.onError, bodyLimit's 413) gets them set as hono's
 * middleware sets them (overwrite, X-Powered-By removed). The header values are hono's own: read
 * once from its middleware run on an empty response.
 *
 * Register the route BEFORE `app.use("*", secureHeaders(…))`: a handler that returns does not call
 * the middleware registered after it, so the headers are not set twice.
 */
export function preparedSecureHeaders(options: Options) {
  const prepared = new WeakSet<Response>();
  let record: Record<string, string> | undefined;
  const reading = readSecureHeaders(options).then((r) => (record = r));
  let jsonHeaders: Record<string, string> | undefined;

  const middleware: MiddlewareHandler = async (c: Context, next: Next) => {
    if (!record) await reading;
    await next();
    if (prepared.has(c.res)) return;
    for (const name in record) c.res.headers.set(name, record[name]!);
    if (options.removePoweredBy !== false) c.res.headers.delete("X-Powered-By");
  };

  /** A JSON response with the secure headers in a plain header object, as `c.json(value, status)` would have it. */
  const respond = (value: unknown, status = 200): Response => respondJson(JSON.stringify(value), status);

  /** respond() for a value already serialised (`JSON.stringify(value)`): a route whose few answers never change serialises them once. */
  const respondJson = (json: string, status = 200): Response => {
    // lower-case names in a Headers object's order: what hono's path writes
    jsonHeaders ??= Object.fromEntries(new Headers({ "content-type": "application/json", ...record }));
    const response = new Response(json, { status, headers: jsonHeaders });
    prepared.add(response);
    return response;
  };

  /**
   * The middleware and a route's handler as ONE hono handler: hono runs a route that a single
   * handler matches without compose (no dispatch chain, no middleware frame per request; see
   * createApp's webhook app). The same steps as `middleware` before `handler` in compose: an
   * error (an Error) is handed to `onError` with `c.error` set, its response becomes `c.res`, and
   * any response the route did not prepare gets the headers.
   */
  const alone =
    (handler: (c: Context) => Promise<Response>, onError: (err: Error, c: Context) => Response | Promise<Response>) =>
    async (c: Context): Promise<Response> => {
      if (!record) await reading;
      let res: Response;
      try {
        res = await handler(c);
      } catch (err) {
        if (!(err instanceof Error)) throw err;
        c.error = err;
        res = await onError(err, c);
      }
      if (prepared.has(res)) return res;
      c.res = res;
      for (const name in record) c.res.headers.set(name, record[name]!);
      if (options.removePoweredBy !== false) c.res.headers.delete("X-Powered-By");
      return c.res;
    };

  return { middleware, respond, respondJson, alone };
}

async function readSecureHeaders(options: Options): Promise<Record<string, string>> {
  const probe = { res: new Response(null) } as unknown as Context;
  await secureHeaders(options)(probe, async () => undefined);
  return Object.fromEntries(probe.res.headers);
}
