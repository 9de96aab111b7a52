import { ConnectionPool, LibsqlError, Sqlite3Client, type InArgs, type InStatement, type ResultSet, type TransactionMode } from "@libsql/client/sqlite3";

type Connection = ReturnType<ConnectionPool["acquireSync"]>;
type Statement = ReturnType<Connection["prepare"]>;
type BatchStatement = InStatement | [string, InArgs?];

export type EmbeddedClientOptions = {
  /** `PRAGMA …` settings (without the keyword) every connection gets as it opens, replacements included */
  pragmas: string[];
  /** busy timeout in ms: how long a statement waits for another connection's write lock */
  busyTimeoutMs: number;
  /**
   * A statement that takes the main file's write lock and changes nothing, run first in a
   * write batch that would otherwise begin with a read (see `batch`). Without it such batches
   * begin with BEGIN IMMEDIATE, which locks every attached file too.
   */
  lockMainStatement?: string;
};

/**
 * Prepared statements kept per connection, least recently used dropped first. The hot statements
 * are a few dozen shapes; variable ones (IN lists of a group's ids, the intake's duplicate
 * lookups, a reply's parts) come and go.
 */
const STATEMENT_CACHE_MAX = 500;
/** Statements whose prepared form may be kept: data statements and transaction control. */
const CACHEABLE = /^\s*(select|insert|update|delete|with|begin|commit|rollback|end)\b/i;
/** Statements after which kept ones are dropped (SQLite would re-prepare them; dropping is simpler to trust). */
const SCHEMA_CHANGE = /^\s*(create|drop|alter|attach|detach|vacuum|reindex|analyze)\b/i;
const SCHEMA_CHANGE_ANYWHERE = /\b(create|drop|alter|attach|detach|vacuum|reindex|analyze)\b/i;

/** Retries after an immediate SQLITE_BUSY (each on a fresh connection), and the pause before each. */
const BUSY_RETRY_DELAYS_MS = [10, 50, 200, 500, 1000];

/**
 * The libSQL client for an embedded database file, with three repairs to @libsql/client's own
 * (same classes, same results; the Workers path talks HTTP and never comes here):
 *
 * 1. A connection that met SQLITE_BUSY is closed, never reused. libsql (0.5.x) does not reset a
 *    statement whose step failed: SQLite leaves a statement that got SQLITE_BUSY in progress, so
 *    that it can be stepped again, and the connection then keeps a read transaction open and
 *    counts an active writer. Every later write on it skips the busy handler (it upgrades a read
 *    transaction) and, worse, its autocommit writes are never committed while the write lock
 *    stays held: they vanish when the connection closes (tursodatabase/libsql-client-ts#352,
 *    unreleased fix libsql-js#238). Closing the connection drops the statement and its locks.
 * 2. Every connection the pool opens gets the PRAGMAs: the pool opens a plain one after dropping
 *    a connection, which would otherwise run without foreign keys, with the default sync and
 *    without a busy timeout.
 * 3. Write batches take the write lock as they begin, where the busy timeout applies. drizzle's
 *    `db.batch` asks for a DEFERRED transaction; one that begins with reads and then writes
 *    (the processing thread's state batch: reads, then the resident upsert) holds a read
 *    snapshot when it asks for the lock, and SQLite answers SQLITE_BUSY at once without waiting,
 *    whenever another connection (the main thread's intake, the console, a CLI) writes. A batch
 *    or statement that still fails with SQLITE_BUSY at once committed nothing and is run again,
 *    whole (see retryBusy).
 *
 * tests/concurrent-writers.test.ts has the two writers of the real server on one file.
 */
export function createEmbeddedClient(path: string, options: EmbeddedClientOptions): EmbeddedClient {
  const pool = new GuardedPool(path, options);
  // fail fast if the database cannot be opened at all (as createClient does)
  pool.release(pool.acquireSync());
  return new EmbeddedClient(pool, options);
}

class GuardedPool extends ConnectionPool {
  private readonly ready = new WeakSet<Connection>();
  private readonly busy = new WeakSet<Connection>();
  private closedForGood = false;

  constructor(
    path: string,
    private readonly options: EmbeddedClientOptions,
  ) {
    // one connection per client: see openNodeDatabase
    super(path, { timeout: options.busyTimeoutMs }, 1);
  }

  override acquireSync(forTransaction = false): Connection {
    const db = super.acquireSync(forTransaction);
    if (!this.ready.has(db)) {
      this.ready.add(db);
      try {
        this.prepareConnection(db);
      } catch (err) {
        // never hand out a connection without its settings
        db.close();
        super.release(db);
        throw err;
      }
    }
    return db;
  }

  override release(db: Connection): void {
    // closing it rolls back what it had open and finalizes the statement left in progress
    if (this.busy.has(db) && db.open) {
      try {
        db.close();
      } catch {
        // closed or unusable either way
      }
    }
    super.release(db); // a closed connection (this one, or one whose rollback failed) is forgotten
    if (db.open || this.closedForGood) return;
    // The pool serves waiters only from a connection it keeps: open the replacement now and hand
    // it on, or an operation queued behind this one would wait forever.
    try {
      super.release(this.acquireSync());
    } catch {
      // cannot open now: the next acquire tries again
    }
  }

  override close(): void {
    this.closedForGood = true;
    super.close();
  }

  override reopen(): void {
    super.reopen();
    this.closedForGood = false;
  }

  private prepareConnection(db: Connection): void {
    for (const pragma of [`busy_timeout = ${this.options.busyTimeoutMs}`, ...this.options.pragmas]) db.exec(`PRAGMA ${pragma}`);
    // mark the connection the moment one of its statements reports SQLITE_BUSY (see above)
    const mark = <A extends unknown[], R>(run: (...args: A) => R) =>
      (...args: A): R => {
        try {
          return run(...args);
        } catch (err) {
          if (isBusy(err)) this.busy.add(db);
          throw err;
        }
      };
    const prepare = db.prepare.bind(db);
    // Prepared statements kept per connection by SQL text (see STATEMENT_CACHE_MAX): the client
    // prepares every statement on every execution, and parsing and planning cost more than
    // running most of these statements (measured: ~15 prepares, ~2.8 ms of a processed event's
    // ~25 ms under load; bench/README.md "Issue 15, session 6"). The client sets safeIntegers and
    // raw on each use; a statement that throws is dropped (libsql does not reset it, see 1.), and
    // the cache dies with its connection. DDL and ATTACH/DETACH (by exec or not) clear it: SQLite
    // re-prepares a statement whose schema changed, but dropping is simpler to trust.
    const cache = new Map<string, Statement>();
    const wrap = (sql: string, statement: Statement): Statement => {
      const guard = <A extends unknown[], R>(run: (...args: A) => R) =>
        mark((...args: A): R => {
          try {
            return run(...args);
          } catch (err) {
            if (cache.get(sql) === statement) cache.delete(sql);
            throw err;
          }
        });
      statement.run = guard(statement.run.bind(statement));
      statement.all = guard(statement.all.bind(statement));
      statement.get = guard(statement.get.bind(statement));
      keepSettings(statement);
      return statement;
    };
    db.prepare = ((sql: string): Statement => {
      const cached = cache.get(sql);
      if (cached) {
        // least recently used first: the map's order
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = wrap(sql, mark(prepare)(sql) as Statement);
      if (SCHEMA_CHANGE.test(sql)) cache.clear();
      if (!CACHEABLE.test(sql)) return statement; // PRAGMAs (the drain sets synchronous twice a drain) and the rest
      if (cache.size >= STATEMENT_CACHE_MAX) cache.delete(cache.keys().next().value!);
      cache.set(sql, statement);
      return statement;
    }) as Connection["prepare"];
    const exec = mark(db.exec.bind(db));
    db.exec = ((sql: string) => {
      if (SCHEMA_CHANGE_ANYWHERE.test(sql)) cache.clear();
      return exec(sql);
    }) as Connection["exec"];
  }
}

/**
 * A kept statement answers what the client asks it on every execution without asking SQLite
 * again: the client sets safeIntegers and raw mode and reads the column list twice per
 * execution (each a native call; the column list is a new array of objects each time: ~0.35 ms
 * of a processed event's time went to it, bench/README.md "Issue 15, session 7"). A prepared
 * statement's columns do not change while it is kept: this connection's schema changes drop
 * it (see above), and the schema is migrated before the server serves.
 */
function keepSettings(statement: Statement): void {
  const columns = statement.columns.bind(statement);
  let kept: ReturnType<Statement["columns"]> | undefined;
  statement.columns = () => (kept ??= columns());
  const raw = statement.raw.bind(statement);
  // raw(true) on a statement that returns no data throws (the client's way of telling): kept too
  let rawMode: boolean | Error | undefined;
  statement.raw = (on?: boolean) => {
    const want = on ?? true;
    if (rawMode instanceof Error && want) throw rawMode;
    if (rawMode === want) return statement;
    try {
      raw(want);
      rawMode = want;
    } catch (err) {
      if (want) rawMode = err as Error;
      throw err;
    }
    return statement;
  };
  const safeIntegers = statement.safeIntegers.bind(statement);
  let safe: boolean | undefined;
  statement.safeIntegers = (toggle?: boolean) => {
    const want = toggle ?? true;
    if (safe !== want) {
      safeIntegers(want);
      safe = want;
    }
    return statement;
  };
}

export class EmbeddedClient extends Sqlite3Client {
  constructor(
    pool: ConnectionPool,
    private readonly options: EmbeddedClientOptions,
  ) {
    super(pool, "number");
  }

  override execute(stmtOrSql: InStatement | string, args?: InArgs): Promise<ResultSet> {
    return retryBusy(this.options.busyTimeoutMs, () => super.execute(stmtOrSql as InStatement, args));
  }

  override batch(stmts: BatchStatement[], mode?: TransactionMode): Promise<ResultSet[]> {
    if (mode !== undefined || !stmts.some((s) => !isRead(s))) return retryBusy(this.options.busyTimeoutMs, () => super.batch(stmts, mode ?? "deferred"));
    // a write batch with no mode given (drizzle's db.batch): take the write lock first
    if (isRead(stmts[0]!) && this.options.lockMainStatement) {
      const lock = this.options.lockMainStatement;
      return retryBusy(this.options.busyTimeoutMs, () => super.batch([lock, ...stmts], "deferred")).then((results) => results.slice(1));
    }
    return retryBusy(this.options.busyTimeoutMs, () => super.batch(stmts, isRead(stmts[0]!) ? "write" : "deferred"));
  }

  override executeMultiple(sql: string): Promise<void> {
    return retryBusy(this.options.busyTimeoutMs, () => super.executeMultiple(sql));
  }
}

/**
 * Runs `run` again (whole, on a fresh connection) when it failed with SQLITE_BUSY at once: a
 * transaction that could not get the lock without waiting (a read snapshot that could not be
 * upgraded, or one gone stale) may get it a moment later. One that already waited the whole busy
 * timeout is reported as it is: the driver is synchronous, and waiting again would hold the
 * thread's event loop (the main thread's acknowledgements) for another full timeout.
 */
async function retryBusy<T>(busyTimeoutMs: number, run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const started = performance.now();
    try {
      return await run();
    } catch (err) {
      const delay = BUSY_RETRY_DELAYS_MS[attempt];
      if (delay === undefined || !isBusy(err) || performance.now() - started >= busyTimeoutMs) throw err;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

function isBusy(err: unknown): boolean {
  if (err instanceof LibsqlError) return err.code === "SQLITE_BUSY" || ((err.rawCode ?? 0) & 0xff) === 5;
  const raw = (err as { rawCode?: unknown } | null)?.rawCode;
  return typeof raw === "number" && (raw & 0xff) === 5;
}

/** A plain SELECT: reads only (a WITH may end in a write, and anything else may write). */
function isRead(stmt: BatchStatement): boolean {
  const sql = typeof stmt === "string" ? stmt : Array.isArray(stmt) ? stmt[0] : stmt.sql;
  return /^\s*select\b/i.test(sql);
}
