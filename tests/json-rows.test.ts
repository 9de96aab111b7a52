/**
 * JSON rows (server/conversations/json-rows.ts): several reads as one statement must never put a
 * value under the wrong name or change it silently — a field list that differs from the read's
 * selected columns, a real or blob column, and an integer beyond Number.MAX_SAFE_INTEGER all throw
 * a JsonRowsError, on a real SQLite file.
 */
import { getTableColumns, sql } from "drizzle-orm";
import { blob, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JsonRowsError, jsonRows, rowsOf } from "../server/conversations/json-rows";
import { openNodeDatabase, type OpenDatabase } from "../server/db/open-node-database";
import { reportNotices } from "../server/db/schema-feedback";
import { makeTempDir } from "./support/factories";

const probe = sqliteTable("json_rows_probe", {
  id: integer("id").primaryKey(),
  big: integer("big"),
  label: text("label"),
  ratio: real("ratio"),
  data: blob("data"),
});

let tmp: ReturnType<typeof makeTempDir>;
let opened: OpenDatabase;

beforeAll(async () => {
  tmp = makeTempDir("json-rows");
  opened = await openNodeDatabase(`file:${tmp.dir}/db.sqlite`);
  await opened.client.execute("create table json_rows_probe (id integer primary key, big integer, label text, ratio real, data blob)");
  await opened.client.execute("insert into json_rows_probe (id, big, label) values (1, 9007199254740993, 'hỏi \"phường\"\\n'), (2, 9007199254740991, null)");
});
afterAll(() => {
  opened?.close();
  tmp?.remove();
});

async function readJson(read: Parameters<typeof jsonRows>[0], fields: Parameters<typeof jsonRows>[1]): Promise<string> {
  const [row] = await opened.db.select({ rows: jsonRows(read, fields) }).from(sql`(select 1)`);
  return row!.rows;
}

describe("jsonRows and rowsOf", () => {
  it("keep integers up to Number.MAX_SAFE_INTEGER and text exactly", async () => {
    const fields = { id: probe.id, big: probe.big, label: probe.label };
    const read = opened.db.select(fields).from(probe).where(sql`${probe.id} = 2`);
    expect(rowsOf(await readJson(read, fields), fields)).toEqual([{ id: 2, big: Number.MAX_SAFE_INTEGER, label: null }]);
  });

  it("throw on an integer beyond Number.MAX_SAFE_INTEGER instead of rounding it", async () => {
    const fields = { id: probe.id, big: probe.big, label: probe.label };
    const text = await readJson(opened.db.select(fields).from(probe).where(sql`${probe.id} = 1`), fields);
    expect(() => rowsOf(text, fields)).toThrow(JsonRowsError);
  });

  it("refuse a real or a blob column", () => {
    for (const fields of [{ ratio: probe.ratio }, { data: probe.data }] as Array<Record<string, typeof probe.ratio | typeof probe.data>>) {
      expect(() => jsonRows(opened.db.select(fields).from(probe), fields)).toThrow(JsonRowsError);
    }
  });

  it("refuse fields that differ from what the read selects (a narrowed read, another order)", () => {
    const all = getTableColumns(reportNotices);
    const narrowed = opened.db.select({ id: reportNotices.id, userId: reportNotices.userId }).from(reportNotices);
    expect(() => jsonRows(narrowed, all)).toThrow(JsonRowsError);
    const swapped = opened.db.select({ big: probe.big, id: probe.id }).from(probe);
    expect(() => jsonRows(swapped, { id: probe.id, big: probe.big })).toThrow(JsonRowsError);
    expect(() => jsonRows(opened.db.select().from(reportNotices), all)).not.toThrow();
  });
});
