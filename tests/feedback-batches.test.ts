/**
 * Each change to a report is one database batch with its history, notices and audit row: when
 * any of those writes fails (a trigger on the real database file makes it fail), nothing of
 * the change is kept.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createReport, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { FakeZaloGraph } from "./support/fake-zalo-graph";
import { makeTempDir, query, testConfig, type TestWard } from "./support/factories";

let zalo: FakeZalo;
let graph: FakeZaloGraph;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;

beforeAll(async () => {
  tmp = makeTempDir("feedback-batches");
  zalo = await FakeZalo.start();
  graph = await FakeZaloGraph.start();
  server = await startNodeServer(testConfig(tmp.dir, zalo.url, { ZALO_GRAPH_BASE: graph.url }), { hostname: "127.0.0.1" });
  ward = await setupWard(server, zalo, "phuong-lo", "Phường Lô");
});

afterAll(async () => {
  await server?.close();
  await zalo?.close();
  await graph?.close();
  tmp?.remove();
});

const run = (statement: string) => server.services.deps.db.run(sql.raw(statement));

describe("one batch per report change", () => {
  it("a failing audit row leaves the status, history and notices of a staff action unwritten", async () => {
    const report = await createReport(server, graph, ward, {});
    const staff = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["staff"] }] });
    const client = new ConsoleClient(server.url);
    await client.login(staff.email, staff.password);
    const history = async () => (await query(server.services, sql`select id from report_history where report_id = ${report.id}`)).length;
    const notices = async () => (await query(server.services, sql`select id from report_notices where report_id = ${report.id}`)).length;
    const before = { history: await history(), notices: await notices() };
    await run("CREATE TRIGGER fail_audit BEFORE INSERT ON staff_audit_log WHEN NEW.entity = 'report' BEGIN SELECT RAISE(ABORT, 'audit unavailable (test)'); END");
    try {
      const res = await client.api(`/api/staff/wards/${ward.slug}/reports/${report.id}/status`, { status: "in_progress", message: "Đang xử lý." });
      expect(res.status).toBe(500);
    } finally {
      await run("DROP TRIGGER fail_audit");
    }
    const [row] = await query<{ status: string; acknowledged_at: number | null }>(server.services, sql`select status, acknowledged_at from reports where id = ${report.id}`);
    expect(row).toMatchObject({ status: "received", acknowledged_at: null });
    expect(await history()).toBe(before.history);
    expect(await notices()).toBe(before.notices);
    // and the same action succeeds, with all its rows, once the audit log works again
    expect((await client.api(`/api/staff/wards/${ward.slug}/reports/${report.id}/status`, { status: "in_progress", message: "Đang xử lý." })).status).toBe(200);
    // issue 13: a first staff action also writes the "acknowledged" line (the resident's "Đã tiếp nhận"), in the same batch
    expect(await history()).toBe(before.history + 2);
    expect(await notices()).toBe(before.notices + 1);
    expect(await query(server.services, sql`select id from staff_audit_log where entity = 'report' and entity_id = ${String(report.id)}`)).toHaveLength(1);
  });

  it("a failing history row leaves no report, no code used and no photo attached", async () => {
    await run("CREATE TRIGGER fail_history BEFORE INSERT ON report_history BEGIN SELECT RAISE(ABORT, 'history unavailable (test)'); END");
    const [counterBefore] = await query<{ last: number }>(server.services, sql`select coalesce(max(last), 0) as last from report_counters where ward_id = ${ward.id}`);
    try {
      await expect(createReport(server, graph, ward, { description: "Cống thoát nước ở đầu ngõ bị tắc." })).rejects.toThrow(/500/);
    } finally {
      await run("DROP TRIGGER fail_history");
    }
    expect(await query(server.services, sql`select id from reports where description = 'Cống thoát nước ở đầu ngõ bị tắc.'`)).toHaveLength(0);
    const [counterAfter] = await query<{ last: number }>(server.services, sql`select coalesce(max(last), 0) as last from report_counters where ward_id = ${ward.id}`);
    expect(Number(counterAfter!.last)).toBe(Number(counterBefore!.last));
  });
});
