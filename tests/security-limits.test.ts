/**
 * Floods and leaks, over real listening servers and real database files: unbounded request
 * bodies (issue 9 §7), the public /api/ask without a rate limit and the model budget spent by
 * parallel callers (§8), an unbounded dashboard period (§9), and the smaller items of §10
 * (HSTS, nosniff on photos, the listening address, file permissions, SQL parameters in logs).
 */
import { statSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { Agent, fetch as undiciFetch } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../server/config/env";
import { createLogger } from "../server/lib/logger";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createStaff, miniappResident, setupWard } from "./support/console-helpers";
import { FakeOpenAi, promptKind } from "./support/fake-openai-server";
import { FakeZalo } from "./support/fake-zalo-server";
import { FakeZaloGraph } from "./support/fake-zalo-graph";
import { createWard, defaultProfile, makeTempDir, query, testConfig, zaloId, type TestWard } from "./support/factories";
import { SMALL_JPEG } from "./support/test-images";

let zalo: FakeZalo;
let graph: FakeZaloGraph;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;
const logs: string[] = [];

beforeAll(async () => {
  tmp = makeTempDir("security-limits");
  zalo = await FakeZalo.start();
  graph = await FakeZaloGraph.start();
  server = await startNodeServer(testConfig(tmp.dir, zalo.url, { ZALO_GRAPH_BASE: graph.url, CLIENT_IP_HEADER: "x-forwarded-for", ASK_RATE_PER_MINUTE: "5" }), {
    hostname: "127.0.0.1",
    logger: createLogger("info", (line) => logs.push(line)),
  });
  ward = await setupWard(server, zalo, "phuong-gioi-han", "Phường Giới Hạn");
});

afterAll(async () => {
  await server?.close();
  await zalo?.close();
  await graph?.close();
  tmp?.remove();
});

/** Sends headers announcing `announced` bytes and only `sent` of them; resolves with the status if the server answers without waiting for the rest. */
function partialPost(path: string, announced: number, sent: number, contentType: string): Promise<number | "no answer"> {
  const url = new URL(server.url + path);
  return new Promise((resolve) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { "content-type": contentType, "content-length": String(announced) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", () => undefined);
    req.write(Buffer.alloc(sent, 0x61));
    setTimeout(() => {
      resolve("no answer");
      req.destroy();
    }, 3_000);
  });
}

// A fresh connection per request: under heavy load a reused keep-alive socket can be closed by the
// server's idle timer just as the next request goes out ("other side closed"), which says nothing
// about the limits tested here.
const oneShot = new Agent({ pipelining: 0 });

async function ask(text: string, address = "203.0.113.7", wardSlug = ward.slug, base = server.url) {
  const res = await undiciFetch(`${base}/api/ask`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": address }, body: JSON.stringify({ text, ward: wardSlug }), dispatcher: oneShot });
  await res.arrayBuffer();
  return res;
}

describe("§7 request bodies", () => {
  it("answers 413 before reading a body bigger than the route's limit", async () => {
    for (const [path, type] of [
      ["/api/ask", "application/json"],
      ["/api/miniapp/session", "application/json"],
      ["/console/login", "application/x-www-form-urlencoded"],
      ["/api/miniapp/reports", "application/json"],
    ] as const) {
      expect(await partialPost(path, 200 * 1024 * 1024, 1024, type), path).toBe(413);
    }
  });

  it("refuses a 100 KiB question body with 413 and keeps serving", async () => {
    const res = await fetch(`${server.url}/api/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "a".repeat(100 * 1024) }) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { message: string }).message).toContain("quá lớn");
  });
});

describe("§8 /api/ask", () => {
  it("limits requests per client address, counted in the database shared by every process", async () => {
    // a second server on the same database file stands for another Node thread or Worker isolate
    const other = await startNodeServer(testConfig(tmp.dir, zalo.url, { CLIENT_IP_HEADER: "x-forwarded-for", ASK_RATE_PER_MINUTE: "5" }), { hostname: "127.0.0.1" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) statuses.push((await ask("lam can cuoc o dau", "198.51.100.1", ward.slug, i % 2 ? other.url : server.url)).status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(5);
      expect(statuses.slice(5)).toEqual([429, 429, 429]);
      expect((await ask("lam can cuoc o dau", "198.51.100.2")).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it("reserves the model budget before each call: parallel callers cannot overspend it", async () => {
    const fake = new FakeOpenAi();
    await fake.start();
    const dir = makeTempDir("security-budget");
    const llm = await startNodeServer(testConfig(dir.dir, zalo.url, { OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: fake.url, LLM_DAILY_TOKEN_BUDGET: "2500", LLM_TIMEOUT_MS: "3000", ASK_RATE_PER_MINUTE: "0" }), { hostname: "127.0.0.1" });
    try {
      const w = await llm.services.wards.create({ slug: "phuong-ngan-sach", name: "Phường Ngân Sách", profile: defaultProfile });
      // every call really spends 1,200 tokens
      fake.respond = (r) => ({ content: JSON.stringify(promptKind(r) === "wording" ? { reply: "Dạ, ông/bà đến Công an phường.", entries: [] } : { queries: [] }), tokens: 1200 });
      const questions = Array.from({ length: 12 }, (_, i) => `Cho bác hỏi đi làm cái căn cước mới thì lên đâu ${"ạ".repeat(i + 1)}`);
      const answers = await Promise.all(questions.map((q) => ask(q, "192.0.2.1", w.slug, llm.url)));
      expect(answers.every((a) => a.status === 200)).toBe(true);
      // each call reserves its prompt and max_tokens before it starts, and may start only while
      // usage (reservations included) is under 2,500: twelve at once make at most 3 calls, and the
      // day's spending passes the budget by one call at most
      expect(fake.requests.length).toBeGreaterThan(0);
      expect(fake.requests.length).toBeLessThanOrEqual(3);
      const [usage] = await query<{ tokens: number }>(llm.services, sql`select tokens from llm_usage where ward_id = ${w.id}`);
      expect(Number(usage!.tokens)).toBeLessThan(2500 + 1200);
    } finally {
      await llm.close();
      await fake.stop();
      dir.remove();
    }
  });
});

describe("§9 dashboard period", () => {
  it("refuses periods over 400 days with a 400, at once", async () => {
    const account = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["staff"] }] });
    const client = new ConsoleClient(server.url);
    await client.login(account.email, account.password);
    const started = performance.now();
    const res = await client.request(`/api/staff/wards/${ward.slug}/dashboard?from=0001-01-01&to=9999-12-31`, { signal: AbortSignal.timeout(5_000) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain("400 ngày");
    expect(performance.now() - started).toBeLessThan(3_000);
    expect((await client.request(`/console/w/${ward.slug}?from=2020-01-01&to=2026-11-29`)).status).toBe(400);
    expect((await client.request(`/api/staff/wards/${ward.slug}/dashboard?from=2025-11-01&to=2026-11-29`)).status).toBe(200);
    expect((await client.request(`/api/staff/wards/${ward.slug}/unanswered?from=2001-01-01&to=2026-11-29`)).status).toBe(400);
  });
});

describe("§10 smaller items", () => {
  it("sends HSTS, and photos to the mini app with nosniff", async () => {
    expect((await fetch(`${server.url}/healthz`)).headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    const appId = zaloId("1");
    const w = await createWard(server.services, { slug: "phuong-anh-nosniff", appId, appSecret: "app-secret-nosniff" });
    const r = await miniappResident(server, graph, w);
    const up = await fetch(`${server.url}/api/miniapp/photos`, { method: "POST", headers: { ...r.headers, "content-type": "application/octet-stream" }, body: SMALL_JPEG as BodyInit });
    const photoId = ((await up.json()) as { id: number }).id;
    const created = await r.call("/reports", { clientRequestId: `nosniff-${Date.now()}`, category: "khac", description: "Ảnh thử kiểm tra tiêu đề nosniff.", address: "phố Thử", photoIds: [photoId] });
    const photo = await fetch(`${server.url}/api/miniapp/reports/${created.body.id}/photos/${photoId}`, { headers: r.headers });
    expect(photo.status).toBe(200);
    expect(photo.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("bounds the intake journal's WAL written ahead (a typo cannot fill the disk)", () => {
    expect(parseEnv({}).intakeWalPreallocateBytes).toBe(16 * 1024 * 1024);
    expect(parseEnv({ INTAKE_WAL_PREALLOCATE_BYTES: String(16 * 1024 * 1024) }).intakeWalPreallocateBytes).toBe(16 * 1024 * 1024);
    expect(parseEnv({ INTAKE_WAL_PREALLOCATE_BYTES: "0" }).intakeWalPreallocateBytes).toBe(0);
    expect(() => parseEnv({ INTAKE_WAL_PREALLOCATE_BYTES: String(1024 ** 4) })).toThrow();
  });

  it("acknowledges webhooks only after a disk sync unless INTAKE_DURABILITY=process is chosen, and bounds the syncs in flight", () => {
    expect(parseEnv({}).intakeDurability).toBe("disk");
    expect(parseEnv({ INTAKE_DURABILITY: "process" }).intakeDurability).toBe("process");
    expect(() => parseEnv({ INTAKE_DURABILITY: "none" })).toThrow();
    expect(parseEnv({}).intakeSyncsInFlight).toBe(2);
    expect(parseEnv({ INTAKE_SYNCS_IN_FLIGHT: "1" }).intakeSyncsInFlight).toBe(1);
    expect(() => parseEnv({ INTAKE_SYNCS_IN_FLIGHT: "64" })).toThrow();
  });

  it("listens on loopback unless HOST says otherwise", async () => {
    expect(parseEnv({}).host).toBe("127.0.0.1");
    expect(parseEnv({ HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === "IPv4" && !i.internal)?.address;
    const dir = makeTempDir("security-host");
    const s = await startNodeServer(testConfig(dir.dir, zalo.url));
    try {
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
      if (external) {
        const reached = await fetch(`http://${external}:${s.port}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
          () => true,
          () => false,
        );
        expect(reached).toBe(false);
      }
    } finally {
      await s.close();
      dir.remove();
    }
  });

  it("creates the database readable by its owner only, and uploads in an owner-only folder", async () => {
    const mode = (path: string) => statSync(path).mode & 0o777;
    expect(mode(join(tmp.dir, "test.db"))).toBe(0o600);
    expect(mode(join(tmp.dir, "uploads"))).toBe(0o700);
    const [row] = await query<{ blob_key: string }>(server.services, sql`select blob_key from report_photos limit 1`);
    expect(mode(join(tmp.dir, "uploads", row!.blob_key))).toBe(0o600);
  });

  it("never logs SQL parameters (they may hold residents' text)", async () => {
    // a failing write whose parameters hold a resident's name (the mini app's session start)
    await server.services.deps.db.run(sql.raw("CREATE TRIGGER fail_users BEFORE INSERT ON miniapp_users BEGIN SELECT RAISE(ABORT, 'disk full (test)'); END"));
    try {
      const w = await createWard(server.services, { slug: "phuong-nhat-ky", appId: zaloId("1"), appSecret: "app-secret-logs" });
      const accessToken = graph.issueUserToken(w.appSecret, { id: "5599999999999999999", name: "Bí Mật Thị Hoa" });
      const res = await fetch(`${server.url}/api/miniapp/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ward: w.slug, accessToken }) });
      expect(res.status).toBe(500);
      const lines = logs.join("\n");
      expect(lines).toContain("disk full (test)");
      expect(lines).not.toContain("Bí Mật Thị Hoa");
      expect(lines).not.toContain("5599999999999999999");
    } finally {
      await server.services.deps.db.run(sql.raw("DROP TRIGGER fail_users"));
    }
  });
});
