import { is, Param, Placeholder, sql, type SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";

/**
 * A statement of the processing hot path, built by drizzle's query builder ONCE (with
 * placeholders) instead of once per event: building a query (the builder, its SQL chunks, the
 * entity checks) cost more per event than SQLite running it (bench/README.md, issue 15 session
 * 5). Each call gives an item for `db.batch` with the values filled in; drizzle still maps the
 * rows as it would for the built query.
 *
 * Meant for columns whose values go to the driver as they are (integers, text): drizzle encodes a
 * placeholder's value when the placeholder stands for a column value (insert values, `eq`), but
 * not one written into raw `sql` — callers pass stored forms (0/1 for a boolean) to be safe.
 * `tests/hot-statement.test.ts` checks each hot statement gives the SQL and parameters of the
 * same query built with the values.
 *
 * The item is what drizzle's libSQL batch reads (`_prepare()` → `getQuery()`, `mapResult()`);
 * awaited alone, it runs as the drizzle query would.
 */
type Prepared = {
  getQuery(): { sql: string; params: unknown[] };
  mapResult(response: unknown, isFromBatch?: boolean): unknown;
  execute(values: Record<string, unknown>): Promise<unknown>;
};
type Buildable = { prepare(): Prepared; toSQL(): { sql: string; params: unknown[] } };

export type HotStatement<K extends string> = {
  (values: Record<K, unknown>): BatchItem<"sqlite">;
  /** the same query built by drizzle with the values (what the hot statement must equal) */
  built(values: Record<K, unknown>): { sql: string; params: unknown[] };
};

/** `build` receives placeholders (or, for `built`, the values), typed `never` so they fit any column. */
export function hotStatement<K extends string>(keys: readonly K[], build: (v: Record<K, never>) => Buildable): HotStatement<K> {
  let prepared: Prepared | undefined;
  let text = "";
  let fill: (values: Record<string, unknown>) => unknown[] = () => [];
  const statement = (values: Record<K, unknown>) => {
    if (!prepared) {
      prepared = build(Object.fromEntries(keys.map((k) => [k, sql.placeholder(k)])) as Record<K, never>).prepare();
      const query = prepared.getQuery();
      text = query.sql;
      fill = filler(query.params);
    }
    return new HotItem(prepared, text, fill(values), values) as unknown as BatchItem<"sqlite">;
  };
  return Object.assign(statement, { built: (values: Record<K, unknown>) => build(values as Record<K, never>).toSQL() });
}

/**
 * drizzle's fillPlaceholders(params, values), with what each parameter is (a constant, a
 * placeholder, a placeholder for a column value that the column encodes) worked out once: per
 * use, fillPlaceholders asked `is(…)` of every parameter two or three times (a walk up the
 * prototype chain each), ~0.1 ms per event. Same values, same error for a missing value.
 */
function filler(params: unknown[]): (values: Record<string, unknown>) => unknown[] {
  const steps = params.map((p) => {
    if (is(p, Placeholder)) return { name: p.name, encode: undefined, constant: undefined };
    if (is(p, Param) && is(p.value, Placeholder)) return { name: p.value.name, encode: p.encoder, constant: undefined };
    return { name: undefined, encode: undefined, constant: p };
  });
  return (values) => {
    const out = new Array<unknown>(steps.length);
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      if (step.name === undefined) out[i] = step.constant;
      else {
        if (!(step.name in values)) throw new Error(`No value for placeholder "${step.name}" was provided`);
        out[i] = step.encode ? step.encode.mapToDriverValue(values[step.name]) : values[step.name];
      }
    }
    return out;
  };
}

/**
 * One use of a hot statement: the batch item and its prepared query at once (methods on the
 * prototype: closures made per use cost more than the item is worth, under tsx each also gets
 * its name defined).
 */
class HotItem {
  constructor(
    private readonly prepared: Prepared,
    private readonly text: string,
    private readonly filled: unknown[],
    private readonly values: Record<string, unknown>,
  ) {}

  _prepare(): this {
    return this;
  }

  getQuery(): { sql: string; params: unknown[] } {
    return { sql: this.text, params: this.filled };
  }

  mapResult(response: unknown, isFromBatch?: boolean): unknown {
    return this.prepared.mapResult(response, isFromBatch);
  }

  /** awaited alone (outside a batch) it runs, as a drizzle query would */
  then(resolve: (v: unknown) => unknown, reject: (e: unknown) => unknown): Promise<unknown> {
    return this.prepared.execute(this.values).then(resolve, reject);
  }
}

/** The query a hot statement item runs (for tests and debugging). */
export function queryOf(item: BatchItem<"sqlite">): { sql: string; params: unknown[] } {
  return (item as unknown as { _prepare(): Prepared })._prepare().getQuery();
}

export type HotShapes<K extends string> = {
  (shape: string, values: Record<K, unknown>): BatchItem<"sqlite">;
  built(shape: string, values: Record<K, unknown>): { sql: string; params: unknown[] };
};

/**
 * Hot statements of a few shapes (which optional parts a statement has, e.g. which columns an
 * upsert updates): one hot statement per shape, built the first time the shape is asked for.
 * `shape` must say everything `build` decides from beyond the placeholders; the values are
 * placeholders as for hotStatement (a shape may leave some unused).
 */
export function hotShapes<K extends string>(keys: readonly K[], build: (shape: string, v: Record<K, never>) => Buildable): HotShapes<K> {
  const byShape = new Map<string, HotStatement<K>>();
  const of = (shape: string) => {
    let s = byShape.get(shape);
    if (!s) byShape.set(shape, (s = hotStatement(keys, (v) => build(shape, v))));
    return s;
  };
  return Object.assign((shape: string, values: Record<K, unknown>) => of(shape)(values), {
    built: (shape: string, values: Record<K, unknown>) => of(shape).built(values),
  });
}

type RawItem = { getQuery(): { sql: string; params: unknown[] }; mapResult(response: unknown, isFromBatch?: boolean): unknown } & PromiseLike<unknown>;

/**
 * hotShapes for a statement drizzle's builder cannot write (e.g. INSERT … SELECT with a CASE on a
 * subquery), written as `sql` and run by drizzle's raw `all` (`all`: `(q) => db.all(q)`): rows
 * come back as `db.all` gives them.
 */
export function hotRawShapes<K extends string>(all: (query: SQL) => unknown, keys: readonly K[], build: (shape: string, v: Record<K, never>) => SQL): HotShapes<K> {
  return hotShapes(keys, (shape, v) => {
    const raw = all(build(shape, v)) as RawItem;
    const query = () => {
      const { sql: text, params } = raw.getQuery();
      return { sql: text, params };
    };
    return {
      toSQL: query,
      prepare: () => ({
        getQuery: query,
        mapResult: (response: unknown, isFromBatch?: boolean) => raw.mapResult(response, isFromBatch),
        // awaited alone: the statement built with the values, as drizzle runs it
        execute: async (values: Record<string, unknown>) => (all(build(shape, values as Record<K, never>)) as RawItem).then((rows) => rows),
      }),
    };
  });
}
