/**
 * A small "libSQL server over HTTP" for tests: enough of sqld's Hrana-over-HTTP API for
 * `@libsql/client/web` to run against a local file, so the Worker can be tested offline.
 *
 * Protocol: Hrana over HTTP, version 2, JSON encoding, as @libsql/client 0.18 sends it through
 * @libsql/hrana-client 0.10 (read from node_modules/@libsql/hrana-client/lib-esm/):
 *   - http/client.js: openHttp() defaults to protocol version 2, so the client does not probe
 *     versions and posts JSON to `v2/pipeline` (a v3 client would GET `v3-protobuf` first; we
 *     answer 404 there so it falls back to v2).
 *   - http/stream.js + http/json_encode.js: POST body {baton?, requests: [...]}, request types
 *     execute, batch, sequence, describe, store_sql, close_sql, get_autocommit, close. A client
 *     call (execute, batch, executeMultiple) sends its requests and a `close` in one pipeline;
 *     an interactive transaction keeps the stream open across pipelines with the baton.
 *   - http/json_decode.js + shared/json_{encode,decode}.js: response {baton, base_url, results:
 *     [{type: "ok", response: {type, …}} | {type: "error", error: {message, code}}]}, StmtResult
 *     {cols: [{name, decltype}], rows, affected_row_count, last_insert_rowid}, values
 *     {type: null|integer (decimal string)|float|text|blob (base64)}, BatchResult
 *     {step_results, step_errors} with null for steps not run, conditions ok/error/not/and/or/
 *     is_autocommit referring to earlier steps.
 *   - spec: tursodatabase/libsql docs/HRANA_3_SPEC.md ("Hrana over HTTP").
 * @libsql/client/web's batch() is BEGIN DEFERRED, the statements (each conditioned on the
 * previous step being ok), COMMIT, then ROLLBACK conditioned on the COMMIT not being ok.
 *
 * Storage: a libSQL file opened with `@libsql/client` (file:). That client pools connections
 * and rolls back whatever a borrowed connection leaves open, so a stream's transaction is a
 * `client.transaction()` started when the stream sends BEGIN and ended by its COMMIT/ROLLBACK
 * (or by closing/expiring the stream). SAVEPOINT outside a transaction is not supported.
 * Statements run synchronously inside the native driver, so one pipeline never interleaves
 * with another; a transaction left open across pipelines that another stream then waits on
 * would block the event loop for the busy timeout (sqld runs streams on threads): fine for
 * our queries, which never hold a transaction across requests.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { createClient, type Client, type InArgs, type InValue, type ResultSet, type Transaction, type TransactionMode } from "@libsql/client";

type Value = { type: "null" } | { type: "integer"; value: string } | { type: "float"; value: number } | { type: "text"; value: string } | { type: "blob"; base64: string };
type Stmt = { sql?: string; sql_id?: number; args?: Value[]; named_args?: { name: string; value: Value }[]; want_rows?: boolean };
type BatchCond =
  | { type: "ok" | "error"; step: number }
  | { type: "not"; cond: BatchCond }
  | { type: "and" | "or"; conds: BatchCond[] }
  | { type: "is_autocommit" };
type StreamRequest =
  | { type: "close" }
  | { type: "execute"; stmt: Stmt }
  | { type: "batch"; batch: { steps: { condition?: BatchCond | null; stmt: Stmt }[] } }
  | { type: "sequence"; sql?: string; sql_id?: number }
  | { type: "describe"; sql?: string; sql_id?: number }
  | { type: "store_sql"; sql_id: number; sql: string }
  | { type: "close_sql"; sql_id: number }
  | { type: "get_autocommit" };
type StmtResult = {
  cols: { name: string | null; decltype: string | null }[];
  rows: Value[][];
  affected_row_count: number;
  last_insert_rowid: string | null;
};
type HranaError = { message: string; code?: string };

/** Stream errors reported to the client in a result (the stream stays usable). */
class StreamError extends Error {
  constructor(
    message: string,
    readonly code = "SQLITE_ERROR",
  ) {
    super(message);
  }
}

type Stream = { tx: Transaction | undefined; sqls: Map<number, string>; timer: NodeJS.Timeout | undefined };

export type HranaServer = {
  /** http://127.0.0.1:<port>, the DATABASE_URL to give the client */
  url: string;
  port: number;
  /** pipelines served so far (tests can check that the Worker really went through here) */
  readonly pipelines: number;
  /** Every HTTP request served, in order (one entry per round trip), with the SQL it ran.
   *  Round-trip budgets (tests/round-trips.test.ts) read the entries between two marks. */
  readonly log: readonly PipelineRecord[];
  close(): Promise<void>;
};

/** One HTTP round trip and what it asked for. */
export type PipelineRecord = {
  seq: number;
  /** a pipeline's request types, e.g. ["execute", "close"] or ["batch", "close"]; for any
   *  other request its method and path, e.g. ["GET /v2"] */
  requests: string[];
  /** the SQL of its statements, batch steps included (BEGIN/COMMIT/ROLLBACK too), in order */
  sqls: string[];
};

/** sqld drops a stream idle for 10 s; so do we, rolling back its transaction. */
const STREAM_IDLE_MS = 10_000;

export async function startHranaServer(options: { databaseUrl: string; authToken?: string; busyTimeoutMs?: number }): Promise<HranaServer> {
  if (!options.databaseUrl.startsWith("file:")) throw new Error("startHranaServer: databaseUrl must be a file: URL");
  // bigint keeps integers exact and tells them apart from floats when encoding values.
  const client = createClient({ url: options.databaseUrl, intMode: "bigint", timeout: options.busyTimeoutMs ?? 2000 });
  const streams = new Map<string, Stream>(); // by current baton
  let pipelines = 0;
  const log: PipelineRecord[] = [];

  const closeStream = async (stream: Stream) => {
    clearTimeout(stream.timer);
    const tx = stream.tx;
    stream.tx = undefined;
    if (tx) await tx.rollback().catch(() => tx.close());
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendText(res, 500, `internal error: ${(err as Error).message}`);
      else res.destroy();
    });
  });
  // Node's server closes an idle keep-alive socket after 5 s; a client sending on it at that moment gets ECONNRESET
  // (seen once, at load 28, between two reads seconds apart). Tests here count round trips and check stored data, not
  // this race, so idle sockets are kept for a minute.
  server.keepAliveTimeout = 60_000;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = new URL(req.url ?? "/", "http://localhost").pathname.replace(/\/+$/, "");
    // every HTTP request is a round trip, whatever it asks for
    const record: PipelineRecord = { seq: log.length + 1, requests: [`${req.method} ${path || "/"}`], sqls: [] };
    log.push(record);
    if (options.authToken !== undefined && req.headers.authorization !== `Bearer ${options.authToken}`) {
      return sendText(res, 401, "Unauthorized");
    }
    if (req.method === "GET" && (path === "" || path === "/health")) return sendText(res, 200, "");
    if (req.method === "GET" && path === "/v2") return sendText(res, 200, "");
    if (req.method !== "POST" || path !== "/v2/pipeline") return sendText(res, 404, "Not found");

    let body: { baton?: string | null; requests: StreamRequest[] };
    try {
      body = JSON.parse(await readBody(req)) as typeof body;
      if (!Array.isArray(body.requests)) throw new Error("requests must be an array");
    } catch (err) {
      return sendText(res, 400, `invalid pipeline request: ${(err as Error).message}`);
    }
    pipelines++;
    record.requests = body.requests.map((r) => String(r?.type));

    let stream: Stream;
    if (body.baton) {
      const found = streams.get(body.baton);
      if (!found) return sendText(res, 400, "Stream handle or baton is invalid or has expired");
      streams.delete(body.baton); // batons are single-use
      clearTimeout(found.timer);
      stream = found;
    } else {
      stream = { tx: undefined, sqls: new Map(), timer: undefined };
    }

    const stored = new Map(body.requests.flatMap((r) => (r?.type === "store_sql" ? [[r.sql_id, r.sql] as const] : [])));
    record.sqls = body.requests.flatMap((r) => sqlsOf(r, (id) => stored.get(id) ?? stream.sqls.get(id)));

    const results: unknown[] = [];
    let closed = false;
    for (const request of body.requests) {
      if (closed) {
        results.push({ type: "error", error: { message: "stream is closed", code: "STREAM_CLOSED" } });
        continue;
      }
      try {
        const response = await handleRequest(stream, request);
        if (request.type === "close") closed = true;
        results.push({ type: "ok", response });
      } catch (err) {
        results.push({ type: "error", error: toHranaError(err) });
      }
    }

    let baton: string | null = null;
    if (closed) {
      await closeStream(stream);
    } else {
      baton = randomBytes(16).toString("hex");
      streams.set(baton, stream);
      stream.timer = setTimeout(() => {
        streams.delete(baton!);
        void closeStream(stream);
      }, STREAM_IDLE_MS);
      stream.timer.unref();
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ baton, base_url: null, results }));
  }

  async function handleRequest(stream: Stream, request: StreamRequest): Promise<Record<string, unknown>> {
    switch (request.type) {
      case "close":
        return { type: "close" };
      case "execute":
        return { type: "execute", result: await execute(stream, request.stmt) };
      case "batch":
        return { type: "batch", result: await batch(stream, request.batch.steps) };
      case "sequence": {
        const sql = sqlOf(stream, request);
        if (stream.tx) await stream.tx.executeMultiple(sql);
        else await client.executeMultiple(sql);
        return { type: "sequence" };
      }
      case "store_sql":
        if (stream.sqls.has(request.sql_id)) throw new StreamError(`SQL text ${request.sql_id} is already stored`, "SQL_STORE_ERROR");
        stream.sqls.set(request.sql_id, request.sql);
        return { type: "store_sql" };
      case "close_sql":
        stream.sqls.delete(request.sql_id);
        return { type: "close_sql" };
      case "get_autocommit":
        return { type: "get_autocommit", is_autocommit: stream.tx === undefined };
      case "describe":
        throw new StreamError("describe is not supported by the test Hrana server", "NOT_SUPPORTED");
      default:
        throw new StreamError(`unknown request type ${JSON.stringify((request as { type: unknown }).type)}`, "PROTO_ERROR");
    }
  }

  async function batch(stream: Stream, steps: { condition?: BatchCond | null; stmt: Stmt }[]) {
    const stepResults: (StmtResult | null)[] = [];
    const stepErrors: (HranaError | null)[] = [];
    const holds = (cond: BatchCond): boolean => {
      switch (cond.type) {
        case "ok":
          return stepResults[cond.step] != null;
        case "error":
          return stepErrors[cond.step] != null;
        case "not":
          return !holds(cond.cond);
        case "and":
          return cond.conds.every(holds);
        case "or":
          return cond.conds.some(holds);
        case "is_autocommit":
          return stream.tx === undefined;
        default:
          throw new StreamError(`unknown batch condition ${JSON.stringify(cond)}`, "PROTO_ERROR");
      }
    };
    for (const step of steps) {
      stepResults.push(null);
      stepErrors.push(null);
      const i = stepResults.length - 1;
      if (step.condition && !holds(step.condition)) continue;
      try {
        stepResults[i] = await execute(stream, step.stmt);
      } catch (err) {
        stepErrors[i] = toHranaError(err);
      }
    }
    return { step_results: stepResults, step_errors: stepErrors };
  }

  async function execute(stream: Stream, stmt: Stmt): Promise<StmtResult> {
    const sql = sqlOf(stream, stmt);
    const positional = (stmt.args ?? []).map(fromValue);
    const named = stmt.named_args ?? [];
    if (positional.length && named.length) throw new StreamError("mixing positional and named arguments is not supported by the test Hrana server");
    // @libsql/client strips the :, @ or $ prefix of named arguments itself.
    const args: InArgs = named.length ? Object.fromEntries(named.map((a) => [a.name, fromValue(a.value)])) : positional;
    const wantRows = stmt.want_rows !== false;

    // Transaction control changes which connection the stream uses (see the header).
    const control = /^\s*(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b/i.exec(sql)?.[1]?.toUpperCase();
    if (control === "BEGIN") {
      if (stream.tx) throw new StreamError("cannot start a transaction within a transaction");
      const mode: TransactionMode = /\b(IMMEDIATE|EXCLUSIVE)\b/i.test(sql) ? "write" : /\bREADONLY\b/i.test(sql) ? "read" : "deferred";
      stream.tx = await client.transaction(mode);
      return emptyResult();
    }
    if (control === "COMMIT" || control === "END") {
      const tx = stream.tx;
      if (!tx) throw new StreamError("cannot commit - no transaction is active");
      stream.tx = undefined;
      await tx.commit(); // settles the transaction even when COMMIT fails
      return emptyResult();
    }
    if (control === "ROLLBACK" && !/^\s*ROLLBACK\s+(TRANSACTION\s+)?TO\b/i.test(sql)) {
      const tx = stream.tx;
      if (!tx) throw new StreamError("cannot rollback - no transaction is active");
      stream.tx = undefined;
      await tx.rollback();
      return emptyResult();
    }
    if ((control === "SAVEPOINT" || control === "RELEASE") && !stream.tx) {
      throw new StreamError("SAVEPOINT outside BEGIN … COMMIT is not supported by the test Hrana server");
    }

    const returning = /\bRETURNING\b/i.test(sql);
    if (stream.tx) {
      const tx = stream.tx;
      try {
        return toStmtResult(await run(tx, sql, args, returning), wantRows);
      } finally {
        // An error with ON CONFLICT ROLLBACK (or a RAISE) may have ended the transaction.
        if (tx.closed) {
          tx.close();
          stream.tx = undefined;
        }
      }
    }
    if (!returning) return toStmtResult({ result: await client.execute({ sql, args }) }, wantRows);
    // The file client reports no row count for statements that return rows; read it on the
    // same connection, in a transaction of its own, as autocommit would have run it.
    const tx = await client.transaction("deferred");
    try {
      const result = await run(tx, sql, args, true);
      await tx.commit();
      return toStmtResult(result, wantRows);
    } finally {
      tx.close();
    }
  }

  async function run(tx: Transaction, sql: string, args: InArgs, returning: boolean) {
    const result = await tx.execute({ sql, args });
    if (!returning || result.columns.length === 0) return { result };
    const counts = await tx.execute("SELECT changes(), last_insert_rowid()");
    const row = counts.rows[0]!;
    return { result, affected: Number(row[0]), lastInsertRowid: row[1] as bigint };
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get pipelines() {
      return pipelines;
    },
    log,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      for (const stream of streams.values()) await closeStream(stream);
      streams.clear();
      client.close();
    },
  };
}

/** The SQL a request runs; `stored` resolves sql_id references (store_sql). */
function sqlsOf(request: StreamRequest, stored: (id: number) => string | undefined): string[] {
  const text = (ref: { sql?: string; sql_id?: number } | undefined) => ref?.sql ?? (ref?.sql_id !== undefined ? stored(ref.sql_id) : undefined) ?? "(unknown sql)";
  switch (request?.type) {
    case "execute":
      return [text(request.stmt)];
    case "batch":
      return (request.batch?.steps ?? []).map((s) => text(s.stmt));
    case "sequence":
      return [text(request)];
    default:
      return [];
  }
}

function sqlOf(stream: Stream, ref: { sql?: string; sql_id?: number }): string {
  if (typeof ref.sql === "string") return ref.sql;
  if (ref.sql_id !== undefined) {
    const sql = stream.sqls.get(ref.sql_id);
    if (sql === undefined) throw new StreamError(`SQL text ${ref.sql_id} is not stored`, "SQL_NOT_FOUND");
    return sql;
  }
  throw new StreamError("statement has neither sql nor sql_id", "PROTO_ERROR");
}

function fromValue(value: Value): InValue {
  switch (value.type) {
    case "null":
      return null;
    case "integer":
      return BigInt(value.value);
    case "float":
      return Number(value.value); // bound as REAL, as sqld does
    case "text":
      return value.value;
    case "blob":
      return new Uint8Array(Buffer.from(value.base64, "base64"));
    default:
      throw new StreamError(`unknown value type ${JSON.stringify((value as { type: unknown }).type)}`, "PROTO_ERROR");
  }
}

function toValue(value: unknown): Value {
  if (value === null || value === undefined) return { type: "null" };
  if (typeof value === "bigint") return { type: "integer", value: value.toString() };
  if (typeof value === "number") return { type: "float", value };
  if (typeof value === "string") return { type: "text", value };
  if (value instanceof ArrayBuffer) return { type: "blob", base64: Buffer.from(value).toString("base64") };
  if (ArrayBuffer.isView(value)) return { type: "blob", base64: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("base64") };
  throw new Error(`cannot encode value of type ${typeof value}`);
}

function toStmtResult({ result, affected, lastInsertRowid }: { result: ResultSet; affected?: number; lastInsertRowid?: bigint }, wantRows = true): StmtResult {
  const rowid = lastInsertRowid ?? result.lastInsertRowid;
  return {
    cols: result.columns.map((name, i) => ({ name, decltype: result.columnTypes[i] || null })),
    // Rows are array-like (index properties, `length`), not arrays.
    rows: wantRows ? result.rows.map((row) => Array.from({ length: row.length }, (_, i) => toValue(row[i]))) : [],
    affected_row_count: affected ?? result.rowsAffected,
    last_insert_rowid: rowid === undefined ? null : rowid.toString(),
  };
}

function emptyResult(): StmtResult {
  return { cols: [], rows: [], affected_row_count: 0, last_insert_rowid: null };
}

function toHranaError(err: unknown): HranaError {
  if (err instanceof StreamError) return { message: err.message, code: err.code };
  const e = err as { message?: unknown; code?: unknown };
  const code = typeof e?.code === "string" ? e.code : "UNKNOWN";
  // LibsqlError prefixes its code, and the client prefixes it again on its side.
  return { message: String(e?.message ?? err).replace(`${code}: `, ""), code };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendText(res: ServerResponse, status: number, text: string) {
  res.writeHead(status, { "content-type": "text/plain" });
  res.end(text);
}
