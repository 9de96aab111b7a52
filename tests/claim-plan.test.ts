/**
 * Claiming a group of events looks the ids up by primary key: through the status index SQLite
 * walked every pending event (MULTI-INDEX OR), so during a burst each group's claim grew with the
 * backlog (10–16 ms per claim of 64 with 50,000 waiting, against 1.1 ms by id). Likewise the
 * reads of a Zalo message's waiting mini-app notices (6.2 → 0.6 ms with 20,000 mini-app users in
 * the ward; bench/README.md "Issue 15, session 7").
 */
import type { BatchItem } from "drizzle-orm/batch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryOf } from "../server/db/hot-statement";
import { openNodeDatabase, type OpenDatabase } from "../server/db/open-node-database";
import { MemoryBlobStore } from "../server/lib/blob-store";
import { systemClock } from "../server/lib/clock";
import { silentLogger } from "../server/lib/logger";
import { buildServices, type Services } from "../server/services";
import { createZaloApi } from "../server/zalo/zalo-api";
import { makeTempDir, testConfig } from "./support/factories";

describe("group claim", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let opened: OpenDatabase;
  let services: Services;

  beforeAll(async () => {
    tmp = makeTempDir("claim-plan");
    const config = testConfig(tmp.dir, "http://127.0.0.1:9");
    opened = await openNodeDatabase(config.databaseUrl);
    const zaloApi = createZaloApi({ openApiBase: config.zaloOpenApiBase, oauthBase: config.zaloOAuthBase, timeoutMs: 1000 });
    services = await buildServices({ db: opened.db, clock: systemClock, config, zaloApi, logger: silentLogger, blobStore: new MemoryBlobStore() });
  });
  afterAll(() => {
    opened?.close();
    tmp?.remove();
  });

  it("finds the group's events by id, not by walking the pending ones", async () => {
    const { sql, params } = services.conversations.claimQuery(Array.from({ length: 64 }, (_, i) => i + 1)).toSQL();
    const plan = (await opened.client.execute({ sql: `explain query plan ${sql}`, args: params as never })).rows.map((r) => String(r.detail));
    expect(plan.join(" | ")).toMatch(/USING INTEGER PRIMARY KEY/);
    expect(plan.join(" | ")).not.toMatch(/webhook_events_status|MULTI-INDEX OR/);
  });

  it("finds a message's waiting mini-app users and notices by index, not by walking the ward's mini-app users", async () => {
    // the notices are read within the message's one state statement (messageStateRead)
    for (const name of ["messageStateRead"]) {
      const read = (services.conversations as unknown as Record<string, (v: object) => BatchItem<"sqlite">>)[name]!;
      const { sql, params } = queryOf(read({ wardId: 1, zaloUserId: "246845883529197922", since: 1_794_000_000_000 }));
      const plan = (await opened.client.execute({ sql: `explain query plan ${sql}`, args: params as never })).rows.map((r) => String(r.detail));
      const users = plan.filter((d) => /miniapp_users/.test(d));
      expect(users.join(" | "), name).toMatch(/\(ward_id=\? AND resident_id=\?\)/);
      expect(users.join(" | "), name).toMatch(/\(ward_id=\? AND app_user_id=\?\)/);
      // no lookup by the ward alone (every mini-app user of the ward, for each message)
      expect(users.filter((d) => /\(ward_id=\?\)/.test(d)), name).toEqual([]);
      // and no other read of it walks a table: every table is searched by an index
      expect(plan.filter((d) => /^SCAN (?!\(subquery|CONSTANT ROW)/.test(d)), name).toEqual([]);
    }
  });
});
