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
 * Only for integer and text columns (JSON keeps them exactly; blobs and integers beyond 2^53 would
 * not survive). `fields` must name the read's selected columns in order, as drizzle selects them.
 */
export type JsonFields = Record<string, Column>;

export function jsonRows(read: SQLWrapper, fields: JsonFields): SQL<string> {
  const columns = sql.join(
    Object.values(fields).map((c) => sql.identifier(c.name)),
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
      row[keys[i]!] = value === null || value === undefined ? null : columns[i]!.mapFromDriverValue(value);
    }
    return row as T;
  });
}
