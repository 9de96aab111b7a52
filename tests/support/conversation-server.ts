/**
 * A real Node server over a fresh libSQL file, the local Zalo fake and one ward — for tests that talk
 * through the conversation service, so memory goes through the database as in production. Registers
 * its own beforeAll/afterAll; read `server` and `ward` inside tests.
 */
import { afterAll, beforeAll } from "vitest";
import type { Clock } from "../../server/lib/clock";
import { startNodeServer, type NodeServer } from "../../server/node-server";
import { FakeZalo } from "./fake-zalo-server";
import { createWard, makeTempDir, testConfig, zaloId, type TestWard } from "./factories";

export function conversationServer(name: string, clock: Clock): { server: NodeServer; ward: TestWard } {
  const ctx = {} as { server: NodeServer; ward: TestWard };
  let fake: FakeZalo | undefined;
  let tmp: ReturnType<typeof makeTempDir> | undefined;
  beforeAll(async () => {
    fake = await FakeZalo.start();
    tmp = makeTempDir(name);
    ctx.server = await startNodeServer(testConfig(tmp.dir, fake.url, { CONVERSATION_MEMORY_MINUTES: "30" }), { clock, hostname: "127.0.0.1" });
    const appId = zaloId("1");
    fake.registerApp(appId, `app-secret-${name}`);
    ctx.ward = await createWard(ctx.server.services, { slug: `phuong-${name}`, appId, appSecret: `app-secret-${name}`, tokens: fake.issueTokens(appId) });
  });
  afterAll(async () => {
    await ctx.server?.close();
    await fake?.close();
    tmp?.remove();
  });
  return ctx;
}
