/**
 * The webhook's cached ward identity and OA secret (server/wards/webhook-identity-cache.ts): a
 * rotation applies at once in the process that made it, within the cache's TTL (or at the first
 * event signed with the new secret, refreshAfterMs after the last read) in another process.
 * Real SQLite file; two service sets on two connections stand for two processes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Client, InArgs, InStatement } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql/node";
import type { Database } from "../server/db/database";
import { openNodeDatabase, type OpenDatabase } from "../server/db/open-node-database";
import * as schema from "../server/db/schema";
import { MemoryBlobStore } from "../server/lib/blob-store";
import { manualClock } from "../server/lib/clock";
import { AppError } from "../server/lib/errors";
import { silentLogger } from "../server/lib/logger";
import { buildServices, type Services } from "../server/services";
import { createZaloApi } from "../server/zalo/zalo-api";
import { createWard, makeTempDir, signedEvent, testConfig, textEvent, type TestWard } from "./support/factories";

describe("webhook identity cache", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  const opened: OpenDatabase[] = [];
  const clock = manualClock(Date.now());
  let here: Services; // the process receiving webhooks
  let elsewhere: Services; // another process (the admin CLI, another server) on the same database
  let ward: TestWard;

  beforeAll(async () => {
    tmp = makeTempDir("identity");
    // nothing is sent: the fake Zalo's address is never called
    const config = testConfig(tmp.dir, "http://127.0.0.1:9");
    const build = async () => {
      const o = await openNodeDatabase(config.databaseUrl);
      opened.push(o);
      const zaloApi = createZaloApi({ openApiBase: config.zaloOpenApiBase, oauthBase: config.zaloOAuthBase, timeoutMs: 1000 });
      return buildServices({ db: o.db, clock, config, zaloApi, logger: silentLogger, blobStore: new MemoryBlobStore() });
    };
    here = await build();
    elsewhere = await build();
    ward = await createWard(elsewhere, { slug: "phuong-identity" });
  });
  afterAll(() => {
    opened.forEach((o) => o.close());
    tmp?.remove();
  });

  async function receive(secret: string): Promise<string> {
    const signed = await signedEvent({ ...ward, oaSecretKey: secret }, textEvent(ward, { userId: "4000000000000000001", text: "xin chào" }));
    try {
      await here.intake.receive(signed.body, signed.signature);
      return "accepted";
    } catch (err) {
      if (err instanceof AppError) return err.code;
      throw err;
    }
  }

  it("applies a rotation made in this process to the next webhook", async () => {
    expect(await receive(ward.oaSecretKey)).toBe("accepted"); // now cached
    await here.wards.setSecret(ward.id, "oa_secret_key", "rotated-here");
    expect(await receive("rotated-here")).toBe("accepted");
    expect(await receive(ward.oaSecretKey)).toBe("bad_signature");
  });

  it("applies a rotation made elsewhere within the TTL, or with the first event signed with it", async () => {
    const ttl = 30_000;
    expect(await receive("rotated-here")).toBe("accepted"); // cached now
    await elsewhere.wards.setSecret(ward.id, "oa_secret_key", "rotated-elsewhere");
    // this process has not seen the change: the cached secret still verifies, the new one is
    // refused while the cached read is younger than refreshAfterMs (one read per OA per 5 s at most)
    expect(await receive("rotated-here")).toBe("accepted");
    clock.advance(1_000);
    expect(await receive("rotated-elsewhere")).toBe("bad_signature");
    // 5 s after the read, a signature that does not match reads the secret again
    clock.advance(4_000);
    expect(await receive("rotated-elsewhere")).toBe("accepted");
    expect(await receive("rotated-here")).toBe("bad_signature");

    // without any event signed with the new secret: the old one stops at the TTL
    await elsewhere.wards.setSecret(ward.id, "oa_secret_key", "rotated-again");
    clock.advance(ttl - 1_000);
    expect(await receive("rotated-elsewhere")).toBe("accepted");
    clock.advance(1_000);
    expect(await receive("rotated-elsewhere")).toBe("bad_signature");
    expect(await receive("rotated-again")).toBe("accepted");
  });
  it("reads the secret again once for a burst of refused signatures arriving together", async () => {
    // the receiving process's database client, counting the identity reads (the query of WardService.webhookIdentity)
    const o = await openNodeDatabase(testConfig(tmp.dir, "http://127.0.0.1:9").databaseUrl);
    opened.push(o);
    let identityReads = 0;
    const counting = new Proxy(o.client, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (prop !== "execute" || typeof value !== "function") return typeof value === "function" ? value.bind(target) : value;
        return (stmt: InStatement, args?: InArgs) => {
          const text = typeof stmt === "string" ? stmt : stmt.sql;
          if (/from "wards" left join "ward_secrets"/.test(text)) identityReads++;
          return (value as (s: InStatement, a?: InArgs) => ReturnType<Client["execute"]>).call(target, stmt, args);
        };
      },
    });
    const config = testConfig(tmp.dir, "http://127.0.0.1:9");
    const zaloApi = createZaloApi({ openApiBase: config.zaloOpenApiBase, oauthBase: config.zaloOAuthBase, timeoutMs: 1000 });
    const receiving = await buildServices({ db: drizzle(counting, { schema }) as unknown as Database, clock, config, zaloApi, logger: silentLogger, blobStore: new MemoryBlobStore() });
    await elsewhere.wards.setSecret(ward.id, "oa_secret_key", "burst-current");
    const send = async (secret: string, userId: string) => {
      const signed = await signedEvent({ ...ward, oaSecretKey: secret }, textEvent(ward, { userId, text: "xin chào" }));
      return receiving.intake.receive(signed.body, signed.signature).then(
        () => "accepted",
        (err) => (err instanceof AppError ? err.code : Promise.reject(err)),
      );
    };
    expect(await send("burst-current", "4000000000000000003")).toBe("accepted");
    expect(identityReads).toBe(1);
    clock.advance(5_000);
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => send(`forged-${i}`, `40000000000000001${String(i).padStart(2, "0")}`)));
    expect(burst).toEqual(Array(12).fill("bad_signature"));
    expect(identityReads).toBe(2);
    // and the next refused one within refreshAfterMs reads nothing
    expect(await send("forged-late", "4000000000000000200")).toBe("bad_signature");
    expect(identityReads).toBe(2);
  });

  it("does not cache a ward without a secret: a secret set elsewhere applies to the next event", async () => {
    const bare = await elsewhere.wards.create({ slug: "phuong-no-secret", name: "Phường Chưa Có Khóa", oa_id: "390000000000000042", app_id: "190000000000000042", profile: ward.profile });
    const other = { ...ward, id: bare.id, oaId: "390000000000000042", appId: "190000000000000042" };
    const send = async (secret: string) => {
      const signed = await signedEvent({ ...other, oaSecretKey: secret }, textEvent(other, { userId: "4000000000000000002", text: "xin chào" }));
      return here.intake.receive(signed.body, signed.signature).then(
        () => "accepted",
        (err) => (err instanceof AppError ? err.code : Promise.reject(err)),
      );
    };
    expect(await send("not-set-yet")).toBe("unknown_oa");
    await elsewhere.wards.setSecret(bare.id, "oa_secret_key", "set-elsewhere");
    expect(await send("set-elsewhere")).toBe("accepted"); // no clock advance: nothing stale was cached
  });
});
