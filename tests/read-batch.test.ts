/**
 * readBatch (server/db/read-batch.ts): several reads in one round trip. Counted at the local
 * libSQL-over-HTTP server (tests/support/hrana-server.ts) with the Worker's client
 * (@libsql/client/web), and checked on the embedded file too.
 */
import { createClient } from "@libsql/client/web";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql/web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../server/db/database";
import { openNodeDatabase, type OpenDatabase } from "../server/db/open-node-database";
import { readBatch } from "../server/db/read-batch";
import * as schema from "../server/db/schema";
import { kbMeta, residents, wards } from "../server/db/schema";
import { makeTempDir } from "./support/factories";
import { startHranaServer, type HranaServer } from "./support/hrana-server";

let tmp: ReturnType<typeof makeTempDir>;
let opened: OpenDatabase;
let hrana: HranaServer;
let remote: Database;
let wardId: number;

beforeAll(async () => {
  tmp = makeTempDir("read-batch");
  const url = `file:${tmp.dir}/db.sqlite`;
  opened = await openNodeDatabase(url);
  const [ward] = await opened.db.insert(wards).values({ slug: "p", name: "Phường P", profile: "{}", createdAt: 1 }).returning();
  wardId = ward!.id;
  await opened.db.insert(residents).values({ wardId, zaloUserId: "246845883529197922", createdAt: 2 });
  hrana = await startHranaServer({ databaseUrl: url });
  remote = drizzle(createClient({ url: hrana.url }), { schema }) as unknown as Database;
});

afterAll(async () => {
  await hrana?.close();
  opened?.close();
  tmp?.remove();
});

const reads = (db: Database, withMeta: boolean) => ({
  ward: db.select().from(wards).where(eq(wards.id, wardId)),
  residents: db.select({ zaloUserId: residents.zaloUserId }).from(residents).where(eq(residents.wardId, wardId)),
  meta: withMeta ? db.select().from(kbMeta) : undefined,
});

describe("readBatch", () => {
  it("gathers several selects into one HTTP round trip, results by name", async () => {
    const before = hrana.log.length;
    const r = await readBatch(remote, reads(remote, true));
    expect(hrana.log.length - before).toBe(1);
    expect(r.ward).toMatchObject([{ id: wardId, slug: "p", name: "Phường P" }]);
    expect(r.residents).toEqual([{ zaloUserId: "246845883529197922" }]);
    expect(r.meta).toEqual([]);

    // the same reads one by one: one round trip each
    const one = hrana.log.length;
    const q = reads(remote, true);
    await q.ward;
    await q.residents;
    await q.meta;
    expect(hrana.log.length - one).toBe(3);
  });

  it("skips reads left undefined and sends nothing when there is nothing to read", async () => {
    const before = hrana.log.length;
    const r = await readBatch(remote, reads(remote, false));
    expect(r.meta).toBeUndefined();
    expect(r.residents).toHaveLength(1);
    expect(await readBatch(remote, { nothing: undefined })).toEqual({ nothing: undefined });
    expect(hrana.log.length - before).toBe(1);
  });

  it("reads the same from the embedded file", async () => {
    expect(await readBatch(opened.db, reads(opened.db, true))).toEqual(await readBatch(remote, reads(remote, true)));
  });
});
