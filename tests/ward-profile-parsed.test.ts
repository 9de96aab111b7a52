/**
 * Ward profiles are parsed once per stored text (server/wards/ward-service.ts, profileOf): a read
 * of an unchanged ward gives the same profile, and a profile written since (another process, the
 * console, a fact confirmed) is read as written, never a parse of the old text.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openNodeDatabase, type OpenDatabase } from "../server/db/open-node-database";
import { wards } from "../server/db/schema";
import { MemoryBlobStore } from "../server/lib/blob-store";
import { manualClock } from "../server/lib/clock";
import { silentLogger } from "../server/lib/logger";
import { buildServices, type Services } from "../server/services";
import { createZaloApi } from "../server/zalo/zalo-api";
import { createWard, makeTempDir, testConfig, type TestWard } from "./support/factories";

describe("ward profile parsed once per stored text", () => {
  let tmp: ReturnType<typeof makeTempDir>;
  let opened: OpenDatabase;
  let services: Services;
  let ward: TestWard;

  beforeAll(async () => {
    tmp = makeTempDir("ward-profile");
    const config = testConfig(tmp.dir, "http://127.0.0.1:9");
    opened = await openNodeDatabase(config.databaseUrl);
    const zaloApi = createZaloApi({ openApiBase: config.zaloOpenApiBase, oauthBase: config.zaloOAuthBase, timeoutMs: 1000 });
    services = await buildServices({ db: opened.db, clock: manualClock(Date.now()), config, zaloApi, logger: silentLogger, blobStore: new MemoryBlobStore() });
    ward = await createWard(services, { slug: "phuong-ho-so" });
  });

  afterAll(() => {
    opened.close();
    tmp.remove();
  });

  it("reads an unchanged ward's profile alike, and a rewritten profile as written", async () => {
    const first = await services.wards.byId(ward.id);
    const again = await services.wards.byId(ward.id);
    expect(again.profile).toEqual(first.profile);

    // written behind the service's back, as another process or the console would
    const changed = { ...first.profile, hotline: "024 3999 0000" };
    await opened.db.update(wards).set({ profile: JSON.stringify(changed) }).where(eq(wards.id, ward.id));
    const after = await services.wards.byId(ward.id);
    expect(after.profile.hotline).toBe("024 3999 0000");
    expect(after.profile).not.toEqual(first.profile);
    // the group path (wardFrom over a batch's rows) reads the same
    const [row] = await opened.db.select().from(wards).where(eq(wards.id, ward.id));
    expect(services.wards.wardFrom(ward.id, [row!], []).profile.hotline).toBe("024 3999 0000");

    // and back to the first text: its profile again
    await opened.db.update(wards).set({ profile: JSON.stringify(first.profile) }).where(eq(wards.id, ward.id));
    expect((await services.wards.byId(ward.id)).profile).toEqual(first.profile);
  });
});
