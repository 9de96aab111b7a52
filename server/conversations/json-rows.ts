import { sql, type Column, type SQL, type SQLWrapper } from "drizzle-orm";

/**
 * Several reads as ONE statement: each read becomes a column holding its rows as JSON text
 * (`select json_group_array(json_array(<fields>)) from (<read>)`), and `rowsOf` maps them back as
 * drizzle maps a row (each field through its column's mapFromDriverValue; null stays null).
 *
 * Why: on the embedded database every statement of a batch costs a prepare lookup, a step loop,
 * drizzle's row mapping and libsql's per-statement work; a Zalo message read six small statements
 * besides the resident's upsert (bench/README.md "Issue 15, session 10").
 *
 * The JSON fields are the read's own selected columns (the select builder's `_.selectedFields`): `fields` must
 * be exactly those columns under the same names, in the same order, or jsonRows throws when the
 * statement is built — a narrowed read can never shift values under the wrong names. Only integer
 * and text columns: JSON keeps them exactly, but a real would keep 15 digits and a blob would not
 * survive, so jsonRows refuses those, and rowsOf refuses an integer beyond Number.MAX_SAFE_INTEGER
 * (drizzle's direct read throws there too) instead of rounding it.
 */
export type JsonFields = Record<string, Column>;

/** A read jsonRows can wrap: a drizzle select builder (it knows its selected fields). */
export type JsonRead = SQLWrapper & { readonly _: { readonly selectedFields: unknown } };

/** A JSON read that would not round-trip exactly (a programming error, found when the statement is built or read). */
export class JsonRowsError extends Error {
  override readonly name = "JsonRowsError";
}

export function jsonRows(read: JsonRead, fields: JsonFields): SQL<string> {
  const selected = Object.entries(read._.selectedFields as Record<string, unknown>);
  const expected = Object.entries(fields);
  const same = selected.length === expected.length && selected.every(([key, column], i) => key === expected[i]![0] && column === expected[i]![1]);
  if (!same) {
    throw new JsonRowsError(`JSON fields [${expected.map(([k]) => k).join(", ")}] differ from the read's selected fields [${selected.map(([k]) => k).join(", ")}]`);
  }
  for (const [key, column] of expected) {
    const type = column.getSQLType().toLowerCase();
    if (!type.startsWith("integer") && !type.startsWith("text")) throw new JsonRowsError(`field ${key} is ${type}: JSON keeps only integer and text columns exactly`);
  }
  const columns = sql.join(
    expected.map(([, c]) => sql.identifier(c.name)),
    sql`, `,
  );
  return sql<string>`(select json_group_array(json_array(${columns})) from (${read}))`;
}

export function rowsOf<T>(text: string, fields: JsonFields): T[] {
  const keys = Object.keys(fields);
  const columns = Object.values(fields);
  return (JSON.parse(text) as unknown[][]).map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const value = values[i];
      if (typeof value === "number" && !Number.isSafeInteger(value)) {
        throw new JsonRowsError(`field ${keys[i]} holds ${value}, not an exact integer (beyond Number.MAX_SAFE_INTEGER or a real)`);
      }
      row[keys[i]!] = value === null || value === undefined ? null : columns[i]!.mapFromDriverValue(value);
    }
    return row as T;
  });
}
