/**
 * The processing process warms its answer engine before its first events (server/jobs/
 * processing-warm-up.ts, issue 15): the entries' sample questions are asked while nothing is
 * queued, within a CPU budget, writing and sending nothing, and it stops as soon as an event is
 * queued. Real server, real child process, real libSQL file, real HTTP (fake Zalo on loopback).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { warmUpAssistant, warmUpTexts } from "../server/jobs/processing-warm-up";
import { FakeZalo } from "./support/fake-zalo-server";
import { createWard, makeTempDir, postWebhook, query, signedEvent, testConfig, textEvent, waitFor, zaloId } from "./support/factories";

describe("the answer engine's warm-up (in process)", () => {
  let fake: FakeZalo;
  let tmp: ReturnType<typeof makeTempDir>;
  let server: NodeServer;

  beforeAll(async () => {
    fake = await FakeZalo.start();
    tmp = makeTempDir("warm-up-inline");
    server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1", processing: "inline" });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await fake?.close();
    tmp?.remove();
  });

  const source = () => ({ assistant: () => server.services.knowledge.assistant(), ward: async () => (await server.services.wards.list())[0] });

  it("asks the entries' sample questions, as written and without diacritics, and writes nothing", async () => {
    const texts = warmUpTexts(await server.services.knowledge.assistant());
    expect(texts.length).toBeGreaterThan(100);
    const first = texts[0]!;
    expect(first.normalize("NFD")).not.toBe(first);
    expect(texts).toContain(first.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D"));
    const bare = texts.slice(texts.length / 2);
    expect(bare.every((t) => !/[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i.test(t))).toBe(true);

    const [before] = await query<{ n: number }>(server.services, sql`select total_changes() as n`);
    const r = await warmUpAssistant(source(), { cpuBudgetMs: 60_000, maxAsks: 120 });
    const [after] = await query<{ n: number }>(server.services, sql`select total_changes() as n`);
    expect(r.asks).toBe(120);
    expect(r.ended).toBe("asks");
    expect(r.cpuMs).toBeGreaterThan(0);
    expect(r.wallMs).toBeGreaterThan(0);
    expect(Number(after!.n)).toBe(Number(before!.n));
    expect(fake.sent().length).toBe(0);
  });

  it("stops at once when an event is queued, and at its CPU budget", async () => {
    let queued = 0;
    let asked = 0;
    // an event is queued after the 7th ask (the first check comes before any ask)
    const interrupted = () => (asked++ >= 8 ? (queued = 1) > 0 : false);
    const stopped = await warmUpAssistant(source(), { cpuBudgetMs: 60_000, interrupted });
    expect(queued).toBe(1);
    expect(stopped.ended).toBe("interrupted");
    expect(stopped.asks).toBe(7);

    const budget = await warmUpAssistant(source(), { cpuBudgetMs: 30, maxAsks: 100_000 });
    expect(budget.ended).toBe("budget");
    expect(budget.asks).toBeGreaterThan(0);
    expect(budget.cpuMs).toBeGreaterThanOrEqual(30);

    expect((await warmUpAssistant(source(), { cpuBudgetMs: 0 })).ended).toBe("nothing");
    expect((await warmUpAssistant({ ...source(), ward: async () => undefined }, {})).ended).toBe("nothing");
  });
});

describe("the processing child process warms up before its first events", () => {
  let fake: FakeZalo;
  let tmp: ReturnType<typeof makeTempDir>;
  let server: NodeServer | undefined;

  beforeAll(async () => {
    fake = await FakeZalo.start();
    tmp = makeTempDir("warm-up-child");
  });
  afterAll(async () => {
    await server?.close();
    await fake?.close();
    tmp?.remove();
  });

  it("reports the warm-up's cost to the server, then answers an event exactly once", async () => {
    server = await startNodeServer(testConfig(tmp.dir, fake.url, { PROCESSING_WARM_UP_MS: "300" }), { hostname: "127.0.0.1", processing: "thread" });
    const warm = await waitFor(() => server!.processingWarmUp?.(), { timeoutMs: 30_000, what: "the child's warm-up report" });
    expect(warm.asks).toBeGreaterThan(0);
    expect(["budget", "asks"]).toContain(warm.ended);
    expect(warm.cpuMs).toBeGreaterThanOrEqual(300);

    const appId = zaloId("1");
    fake.registerApp(appId, "app-secret-warm-up");
    const ward = await createWard(server.services, { slug: "phuong-warm-up", appId, appSecret: "app-secret-warm-up", tokens: fake.issueTokens(appId) });
    const res = await postWebhook(server.url, await signedEvent(ward, textEvent(ward, { userId: "8100000000000000091", text: "làm căn cước ở đâu", msgId: "warm-up-1" })));
    expect(res.status).toBe(200);
    await waitFor(() => fake.sent("8100000000000000091").length > 0, { timeoutMs: 15_000, what: "the reply" });
    await server.queue.idle();
    expect(fake.sent("8100000000000000091").length).toBe(1);
    await server.close();
    server = undefined;
  }, 60_000);

  it("PROCESSING_WARM_UP_MS=0: no warm-up", async () => {
    server = await startNodeServer(testConfig(tmp.dir, fake.url, { PROCESSING_WARM_UP_MS: "0" }), { hostname: "127.0.0.1", processing: "thread" });
    const warm = await waitFor(() => server!.processingWarmUp?.(), { timeoutMs: 30_000, what: "the child's warm-up report" });
    expect(warm).toMatchObject({ asks: 0, ended: "nothing" });
  }, 60_000);
});
