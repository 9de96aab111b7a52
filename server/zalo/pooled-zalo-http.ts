/**
 * Node only (the processing thread and the Node server; Workers keep the platform's fetch): Zalo
 * calls over undici's dispatcher API with keep-alive connections. A burst's replies went through
 * global fetch, whose WHATWG layer (Request/Response objects, web streams, header guards) cost
 * about a quarter of the processing thread's time per event (bench/README.md, issue 15).
 *
 * Sends are NOT idempotent: a message Zalo received must never be sent again at once. So:
 * - pipelining 1: a request is written only on an idle connection;
 * - idle connections are closed BEFORE the server closes them: undici reads the server's
 *   `Keep-Alive: timeout=N` hint and closes at N − KEEP_ALIVE_MARGIN_MS (a hint at or below the
 *   margin: the connection is not reused); without a hint after IDLE_WITHOUT_HINT_MS, below the
 *   common servers' defaults (nginx 75 s, Node 5 s, Apache 5 s). A connection the server closed
 *   first is dropped by undici when it reads the close, and requests not yet written move to a
 *   new connection;
 * - a request is dispatched only from an event-loop turn that has just read the sockets
 *   (afterSocketsRead): a synchronous database call holding the loop past the idle deadline
 *   must not let a request go out on a connection whose close is still unread;
 * - a request that failed before undici began writing it (connect refused or timed out, a
 *   connection that closed before the write) is retried here at once, up to IMMEDIATE_RETRIES
 *   times: not one byte of it reached Zalo. Anything that failed after the write began (reset,
 *   closed before the response, timeout waiting) is reported as a failure without a response:
 *   the outbox retries it with its backoff, as with fetch (it may have been delivered).
 */
import { Agent, type Dispatcher } from "undici";
import type { ZaloHttp } from "./zalo-api";

export const KEEP_ALIVE_MARGIN_MS = 2_000;
export const IDLE_WITHOUT_HINT_MS = 2_000;
export const IMMEDIATE_RETRIES = 2;
/** undici's own header/body timeouts are set this much later than the request's timeout. */
const BACKSTOP_MS = 5_000;
/** A request is written at most this long after the event loop last read its sockets. */
export const MAX_LOOP_GAP_MS = 250;

/** An error raised before the request's first byte was written (safe to send again). */
class NotSentError extends Error {
  constructor(readonly original: Error) {
    super(`not sent: ${original.message}`);
    this.name = original.name;
  }
}

const nextImmediate = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Waits for a turn of the event loop that read the sockets and was not itself held up for long.
 * The processing thread's database calls are synchronous: after one held the loop for seconds,
 * an idle connection whose close (the server's FIN) or idle timer has not been processed yet
 * would still look usable, and a request written on it is lost in the reset. A setImmediate
 * callback runs in the check phase, after the poll phase of the same turn — but that poll may
 * have happened before the hold. So: one immediate to reach a check phase (t0), a second one
 * runs after the NEXT turn's timers and poll (both begun after t0); if that took less than
 * MAX_LOOP_GAP_MS, the pool has seen every close and expired idle timer up to then.
 */
async function socketsRead(): Promise<void> {
  await nextImmediate();
  for (;;) {
    const t0 = performance.now();
    await nextImmediate();
    if (performance.now() - t0 < MAX_LOOP_GAP_MS) return;
  }
}
// Sends started together share one wait. Joining a wait under way keeps the guarantee: a caller
// that joined before its t0 was taken ran before that t0; one that joined later (after holding
// the loop, say) held it between t0 and the check, so the wait goes round again.
let reading: Promise<void> | undefined;
function afterSocketsRead(): Promise<void> {
  return (reading ??= socketsRead().finally(() => {
    reading = undefined;
  }));
}

/** A request's origin and path. Sends go to one URL: parsed once, not per send (a WHATWG URL per request showed in the profile). */
type Target = { origin: string; path: string };
const targets = new Map<string, Target>();
function targetOf(url: string): Target {
  let target = targets.get(url);
  if (!target) {
    const u = new URL(url);
    target = { origin: u.origin, path: u.pathname + u.search };
    // bounded: the user-detail URL carries the user id
    if (targets.size >= 64) targets.clear();
    targets.set(url, target);
  }
  return target;
}

export type PooledZaloHttp = { http: ZaloHttp; close: () => Promise<void>; stats: { immediateRetries: number } };

export function createPooledZaloHttp(options: { connectionsPerOrigin?: number } = {}): PooledZaloHttp {
  const agent = new Agent({
    connections: options.connectionsPerOrigin ?? 32,
    pipelining: 1,
    keepAliveTimeout: IDLE_WITHOUT_HINT_MS,
    keepAliveTimeoutThreshold: KEEP_ALIVE_MARGIN_MS,
    keepAliveMaxTimeout: 60_000,
  });
  const stats = { immediateRetries: 0 };

  const once = (url: Target, request: Parameters<ZaloHttp>[0]) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      let started = false;
      let settled = false;
      let controller: { abort: (err?: Error) => void } | undefined;
      let status = 0;
      const chunks: Buffer[] = [];
      const settle = (err: Error | undefined, value?: { status: number; text: string }, retryable = !started) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (err) reject(retryable ? new NotSentError(err) : err);
        else resolve(value!);
      };
      let expired: Error | undefined;
      const timer = setTimeout(() => {
        expired = Object.assign(new Error(`no response within ${request.timeoutMs} ms`), { name: "TimeoutError" });
        // Decided after this turn's poll phase, not now: when a synchronous stretch (a round's
        // answers and writes) held the loop past the deadline, the response may be waiting in the
        // socket, and Node runs expired timers BEFORE it reads sockets. Reported as "no response",
        // a send Zalo answered went out again from the outbox: a duplicate message. setImmediate
        // runs after the poll phase that reads it.
        setImmediate(() => {
          if (settled) return; // the response was read in that poll phase
          // still queued: it will never be written (onRequestStart aborts it), but it is not
          // retried at once either — the time is up; the caller's retry policy decides
          settle(expired!, undefined, false);
          controller?.abort(expired!);
        });
      }, request.timeoutMs);
      // undici's own (legacy) handler interface: the WHATWG-style one (onRequestStart, …) is wrapped
      // by undici in an adapter per request that parses every response header into an object and
      // builds a controller — work a send whose headers are never read does not need
      // (bench/README.md, issue 15 session 19)
      const handler = {
        onConnect(abort: (err?: Error) => void) {
          // undici calls this right before it writes the request to the socket
          controller = { abort };
          if (settled || expired) return abort(new Error("timed out before it was written"));
          started = true;
        },
        onHeaders(statusCode: number) {
          status = statusCode;
          return true;
        },
        onData(chunk: Buffer) {
          chunks.push(chunk);
          return true;
        },
        onComplete() {
          settle(undefined, { status, text: chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8") });
        },
        onError(err: Error) {
          // past the deadline (e.g. aborted above before it was written): the timeout, not retried at once
          if (expired) settle(expired, undefined, false);
          else settle(err);
        },
      };
      agent.dispatch(
        {
          origin: url.origin,
          path: url.path,
          method: request.method,
          headers: request.headers,
          body: request.body,
          // never replayed by undici itself
          idempotent: false,
          // the timer above decides (and aborts); undici's own timers are only a backstop behind
          // it, so they cannot fire first on a turn whose response is already waiting
          headersTimeout: request.timeoutMs + BACKSTOP_MS,
          bodyTimeout: request.timeoutMs + BACKSTOP_MS,
        },
        handler as unknown as Dispatcher.DispatchHandler,
      );
    });

  const http: ZaloHttp = async (request) => {
    const url = targetOf(request.url);
    for (let attempt = 0; ; attempt++) {
      await afterSocketsRead();
      try {
        return await once(url, request);
      } catch (err) {
        if (err instanceof NotSentError && attempt < IMMEDIATE_RETRIES) {
          stats.immediateRetries++;
          continue;
        }
        throw err instanceof NotSentError ? err.original : err;
      }
    }
  };
  return { http, close: () => agent.close(), stats };
}
