/**
 * Forwarded scam texts kept to spot waves (scam_reports) are a resident's data (Law 91/2025/QH15):
 * they follow the ward's retention setting for them (at most the waves' 30-day look-back), they
 * are in what a resident sees of their data, and deleting that data deletes them. Over a real
 * server and database file with a manual clock, from the mini app's scam check.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../server/lib/clock";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createStaff, miniappResident, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { FakeZaloGraph } from "./support/fake-zalo-graph";
import { makeTempDir, query, testConfig, type TestWard } from "./support/factories";

const DAY = 86_400_000;
const clock = manualClock(Date.UTC(2026, 10, 2, 2, 0));
let zalo: FakeZalo;
let graph: FakeZaloGraph;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let shortWard: TestWard;
let longWard: TestWard;

const SCAM = "[BIDV] The cua Quy khach bi khoa. Mo khoa tai bidv-mokhoa-the.top va nhap ma OTP trong 24h.";

beforeAll(async () => {
  tmp = makeTempDir("scam-privacy");
  zalo = await FakeZalo.start();
  graph = await FakeZaloGraph.start();
  server = await startNodeServer(testConfig(tmp.dir, zalo.url, { ZALO_GRAPH_BASE: graph.url }), { hostname: "127.0.0.1", clock });
  shortWard = await setupWard(server, zalo, "phuong-luu-ngan", "Phường Lưu Ngắn");
  longWard = await setupWard(server, zalo, "phuong-luu-dai", "Phường Lưu Dài");
});

afterAll(async () => {
  await server?.close();
  await zalo?.close();
  await graph?.close();
  tmp?.remove();
});

const reportsOf = async (wardId: number) => Number((await query<{ n: number }>(server.services, sql`select count(*) as n from scam_reports where ward_id = ${wardId}`))[0]!.n);

async function forward(ward: TestWard, name: string) {
  const r = await miniappResident(server, graph, ward, name);
  const res = await r.call("/scam-check", { text: SCAM });
  expect(res.status).toBe(200);
  expect(res.body.verdict).toBe("scam");
  return r;
}

describe("scam reports and personal data", () => {
  it("are kept as long as the ward's setting says, and no longer than waves need", async () => {
    const admin = await createStaff(server, { wards: [{ wardId: shortWard.id, roles: ["admin"] }] });
    const client = new ConsoleClient(server.url);
    await client.login(admin.email, admin.password);
    expect((await client.api(`/api/staff/wards/${shortWard.slug}/retention`, { scam_reports_days: 2 })).status).toBe(200);

    await forward(shortWard, "Người Lưu Ngắn");
    await forward(longWard, "Người Lưu Dài");
    expect(await reportsOf(shortWard.id)).toBe(1);
    expect(await reportsOf(longWard.id)).toBe(1);

    clock.advance(3 * DAY);
    await server.sweepNow();
    expect(await reportsOf(shortWard.id)).toBe(0); // this ward keeps them 2 days
    expect(await reportsOf(longWard.id)).toBe(1); // the default: the waves' 30 days

    clock.advance(28 * DAY);
    await server.sweepNow();
    expect(await reportsOf(longWard.id)).toBe(0);
  });

  it("are shown with a resident's data and deleted with it", async () => {
    const r = await forward(longWard, "Người Xem Dữ Liệu");
    const mine = await r.call("/my-data");
    expect(mine.status).toBe(200);
    expect(mine.body.forwardedScams).toHaveLength(1);
    expect(mine.body.forwardedScams[0].sample).toContain("bidv-mokhoa-the.top");

    const before = await reportsOf(longWard.id);
    expect((await r.call("/my-data/delete", { confirm: true })).status).toBe(200);
    expect(await reportsOf(longWard.id)).toBe(before - 1);
  });
});
