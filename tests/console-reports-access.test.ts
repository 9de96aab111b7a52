/**
 * Feedback reports in the staff console, route by route over real HTTP against the running
 * server: ward isolation (by URL and by API), roles (a communicator cannot change reports),
 * CSRF, every action with its audit row, uploads checked like the mini app's, deadline settings
 * read and written through FeedbackService, dashboard figures and the CSV export.
 * Time is a manual clock: reports arrive Monday 23/11/2026 09:00 in Hanoi; staff work on
 * Tuesday 10:00, past the 8-working-hour acknowledge deadline (Tuesday 09:30).
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../server/lib/clock";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createReport, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { FakeZaloGraph } from "./support/fake-zalo-graph";
import { makeTempDir, postWebhook, query, signedEvent, testConfig, textEvent, zaloId, type TestWard } from "./support/factories";
import { GPS_MARKER, makePng, SMALL_JPEG, withGpsExif } from "./support/test-images";

const clock = manualClock(); // Mon 2026-11-23 09:00 in Hanoi
const TUESDAY_10 = Date.UTC(2026, 10, 24, 3, 0);

let fake: FakeZalo;
let graph: FakeZaloGraph;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let wardA: TestWard;
let wardB: TestWard;
let reportA: Awaited<ReturnType<typeof createReport>>;
let reportA2: Awaited<ReturnType<typeof createReport>>;
let reportUrgentA: Awaited<ReturnType<typeof createReport>>;
let reportB: Awaited<ReturnType<typeof createReport>>;
let staffA: ConsoleClient;
let staffAId: number;
let commA: ConsoleClient;
let adminA: ConsoleClient;
let staffB: ConsoleClient;
let staffBId: number;

const SECRET_B = "Ống nước vỡ trước nhà bà Trần Thị Bí Mật";

async function userId(email: string): Promise<number> {
  const [row] = await query<{ id: number }>(server.services, sql`select id from staff_users where email = ${email}`);
  return row!.id;
}

beforeAll(async () => {
  fake = await FakeZalo.start();
  graph = await FakeZaloGraph.start();
  tmp = makeTempDir("console-reports-access");
  server = await startNodeServer(testConfig(tmp.dir, fake.url, { ZALO_GRAPH_BASE: graph.url, LOG_LEVEL: process.env.TEST_LOG ?? "silent" }), { clock, hostname: "127.0.0.1" });
  wardA = await setupWard(server, fake, "phuong-a", "Phường A");
  wardB = await setupWard(server, fake, "phuong-b", "Phường B");
  reportA = await createReport(server, graph, wardA, { name: "Nguyễn Văn A", photos: [SMALL_JPEG], location: { lat: 21.0285, lng: 105.8542 }, phone: "0912345678" });
  reportA2 = await createReport(server, graph, wardA, { name: "Phạm Thị C", category: "moi-truong", description: "Rác thải tồn đọng ở đầu ngõ 5 nhiều ngày." });
  reportUrgentA = await createReport(server, graph, wardA, { name: "Lê Văn D", category: "moi-truong", description: "Cây đổ chắn ngang đường trước cổng chợ, rất nguy hiểm." });
  reportB = await createReport(server, graph, wardB, { name: "Trần Thị B", category: "giao-thong", description: SECRET_B, photos: [SMALL_JPEG] });

  clock.set(TUESDAY_10);
  const make = async (wardId: number, roles: Array<"admin" | "staff" | "communicator">, name?: string) => {
    const account = await createStaff(server, { wards: [{ wardId, roles }], name });
    const client = new ConsoleClient(server.url);
    expect((await client.login(account.email, account.password)).status).toBe(303);
    return { client, id: await userId(account.email) };
  };
  ({ client: staffA, id: staffAId } = await make(wardA.id, ["staff"], "Cán bộ Lan"));
  ({ client: commA } = await make(wardA.id, ["communicator"]));
  ({ client: adminA } = await make(wardA.id, ["admin"], "Quản trị Hùng"));
  ({ client: staffB, id: staffBId } = await make(wardB.id, ["staff"], "Cán bộ phường B"));
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  await graph?.close();
  tmp?.remove();
});

/** Every report route of the console, pages and API, for one report of a ward. */
function routes(slug: string, id: number, photoId: number) {
  const page = `/console/w/${slug}/reports`;
  const api = `/api/staff/wards/${slug}/reports`;
  return {
    pageReads: [page, `${page}/${id}`, `${page}/${id}/photos/${photoId}`, `/console/w/${slug}/export/reports.csv`],
    apiReads: [api, `/api/staff/wards/${slug}/report-assignees`, `${api}/${id}`, `${api}/${id}/photos/${photoId}`],
    pageWrites: [
      [`${page}/${id}/assign`, { userId: String(staffBId), message: "x" }],
      [`${page}/${id}/status`, { status: "resolved", message: "Đã xong (giả)" }],
      [`${page}/${id}/reply`, { message: "tin nhắn lạ" }],
      [`${page}/${id}/decline`, { reason: "lý do lạ" }],
      [`${page}/${id}/priority`, { priority: "urgent" }],
      [`${page}/${id}/merge`, { intoId: String(reportA.id) }],
    ] as Array<[string, Record<string, string>]>,
    apiWrites: [
      [`${api}/${id}/assign`, { userId: staffBId }],
      [`${api}/${id}/status`, { status: "in_progress", message: "x" }],
      [`${api}/${id}/reply`, { message: "tin nhắn lạ" }],
      [`${api}/${id}/decline`, { reason: "lý do lạ" }],
      [`${api}/${id}/priority`, { priority: "urgent" }],
      [`${api}/${id}/merge`, { intoId: reportA.id }],
    ] as Array<[string, unknown]>,
    upload: [`${page}/${id}/photos`, `${api}/${id}/photos`],
  };
}

function multipart(client: ConsoleClient, path: string, files: Uint8Array[], csrf: string | null = client.csrf, viaHeader = false) {
  const form = new FormData();
  if (csrf !== null && !viaHeader) form.set("_csrf", csrf);
  for (const [i, f] of files.entries()) form.append("photos", new Blob([f as BlobPart], { type: "image/jpeg" }), `anh-${i}.jpg`);
  return client.request(path, { method: "POST", body: form, headers: viaHeader && csrf ? { "x-csrf-token": csrf } : {} });
}

async function reportRow(id: number) {
  const [row] = await query<{ status: string; priority: string; assignee: string | null; acknowledged_at: number | null }>(
    server.services,
    sql`select status, priority, assignee, acknowledged_at from reports where id = ${id}`,
  );
  return row!;
}

describe("not signed in", () => {
  it("report pages redirect to the login page; the API answers 401", async () => {
    const anon = new ConsoleClient(server.url);
    const r = routes("phuong-a", reportA.id, reportA.photoIds[0]!);
    for (const path of r.pageReads) {
      const res = await anon.request(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get("location"), path).toMatch(/^\/console\/login\?next=/);
    }
    for (const path of r.apiReads) expect((await anon.request(path)).status, path).toBe(401);
    for (const [path, body] of r.apiWrites) expect((await anon.api(path, body, null)).status, path).toBe(401);
    expect((await multipart(anon, r.upload[0]!, [SMALL_JPEG], null)).status).toBe(303);
    expect((await multipart(anon, r.upload[1]!, [SMALL_JPEG], null)).status).toBe(401);
  });
});

describe("ward isolation", () => {
  it("staff of ward A cannot list, open or see photos of ward B's reports, by URL or by API", async () => {
    const b = routes("phuong-b", reportB.id, reportB.photoIds[0]!);
    for (const path of [...b.pageReads, ...b.apiReads]) {
      const res = await staffA.request(path);
      expect(res.status, path).toBe(403);
      expect(await res.text(), path).not.toContain("Bí Mật");
    }
    // ward B's ids under ward A's URL: not found, nothing of them shown
    const underA = routes("phuong-a", reportB.id, reportB.photoIds[0]!);
    for (const path of [underA.pageReads[1]!, underA.pageReads[2]!, underA.apiReads[2]!, underA.apiReads[3]!]) {
      const res = await staffA.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain("Bí Mật");
    }
    // ward B's photo id with ward A's own report id: still not found
    expect((await staffA.request(`/console/w/phuong-a/reports/${reportA.id}/photos/${reportB.photoIds[0]}`)).status).toBe(404);
    expect((await staffA.request(`/api/staff/wards/phuong-a/reports/${reportA.id}/photos/${reportB.photoIds[0]}`)).status).toBe(404);
    // lists of ward A hold only ward A's reports, whatever the filter
    const list = (await (await staffA.request(`/api/staff/wards/phuong-a/reports?status=all`)).json()) as { reports: Array<{ id: number }> };
    expect(list.reports.map((r) => r.id).sort()).toEqual([reportA.id, reportA2.id, reportUrgentA.id].sort());
    const search = await (await staffA.request(`/console/w/phuong-a/reports?status=all&q=${encodeURIComponent("Bí Mật")}`)).text();
    expect(search).toContain("Không có phản ánh nào");
    const csv = await (await staffA.request(`/console/w/phuong-a/export/reports.csv?from=2026-11-01&to=2026-11-30`)).text();
    // codes are numbered per ward: ward B's report shows by its content
    expect(csv).not.toContain("Bí Mật");
    expect(csv).toContain(reportA.code);
  });

  it("staff of ward A cannot change ward B's reports, by URL or by API, nor upload photos to them", async () => {
    const before = await reportRow(reportB.id);
    for (const slug of ["phuong-b", "phuong-a"]) {
      const r = routes(slug, reportB.id, reportB.photoIds[0]!);
      const expected = slug === "phuong-b" ? 403 : 404;
      for (const [path, body] of r.pageWrites) expect((await staffA.post(path, body)).status, path).toBe(expected);
      for (const [path, body] of r.apiWrites) expect((await staffA.api(path, body)).status, path).toBe(expected);
      expect((await multipart(staffA, r.upload[0]!, [SMALL_JPEG])).status).toBe(expected);
      expect((await multipart(staffA, r.upload[1]!, [SMALL_JPEG], staffA.csrf, true)).status).toBe(expected);
    }
    // ward A's report cannot be merged into ward B's either
    expect((await staffA.api(`/api/staff/wards/phuong-a/reports/${reportA2.id}/merge`, { intoId: reportB.id })).status).toBe(404);
    expect(await reportRow(reportB.id)).toEqual(before);
    const history = await query<{ kind: string }>(server.services, sql`select kind from report_history where report_id = ${reportB.id}`);
    expect(history.map((h) => h.kind)).toEqual(["created"]);
    const photos = await query(server.services, sql`select id from report_photos where report_id = ${reportB.id} and kind = 'result'`);
    expect(photos).toHaveLength(0);
    const audit = await query(server.services, sql`select id from staff_audit_log where ward_id = ${wardB.id} and entity = 'report'`);
    expect(audit).toHaveLength(0);
    expect(await reportRow(reportA2.id)).toMatchObject({ status: "received" });
  });

  it("staff of ward A cannot assign a report to a person of ward B", async () => {
    const res = await staffA.api(`/api/staff/wards/phuong-a/reports/${reportA2.id}/assign`, { userId: staffBId });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toContain("cán bộ của phường");
    const people = (await (await staffA.request(`/api/staff/wards/phuong-a/report-assignees`)).json()) as { assignees: Array<{ userId: number }> };
    expect(people.assignees.map((p) => p.userId)).toContain(staffAId);
    expect(people.assignees.map((p) => p.userId)).not.toContain(staffBId);
  });
});

describe("roles within a ward", () => {
  it("a communicator-only account cannot list, open or change reports", async () => {
    const r = routes("phuong-a", reportA.id, reportA.photoIds[0]!);
    for (const path of [...r.pageReads, ...r.apiReads]) expect((await commA.request(path)).status, path).toBe(403);
    for (const [path, body] of r.pageWrites) expect((await commA.post(path, body)).status, path).toBe(403);
    for (const [path, body] of r.apiWrites) expect((await commA.api(path, body)).status, path).toBe(403);
    expect((await multipart(commA, r.upload[0]!, [SMALL_JPEG])).status).toBe(403);
    expect(await reportRow(reportA.id)).toMatchObject({ status: "received", assignee: null, priority: "normal" });
    // the dashboard shows communicators the figures, without links into reports
    const dash = await (await commA.request(`/console/w/phuong-a`)).text();
    expect(dash).toContain("Phản ánh của người dân");
    expect(dash).not.toContain("/reports");
    expect(dash).not.toContain("reports.csv");
    // nor do they get the menu entry
    expect(await (await commA.request(`/console/w/phuong-a/kb`)).text()).not.toContain(">Phản ánh<");
  });

  it("a communicator cannot change deadline settings; an admin can", async () => {
    expect((await commA.post(`/console/w/phuong-a/settings/deadlines`, { ack_hours: "1", urgent_hours: "1", normal_hours: "1", handoff_reply_hours: "1" })).status).toBe(403);
    expect((await staffA.request(`/console/w/phuong-a/settings`)).status).toBe(403);
    expect(await server.services.feedback.reports.settings(wardA.id)).toEqual({ acknowledgeMinutes: 480, urgentResolveMinutes: 240, normalResolveMinutes: 2400 });
  });
});

describe("CSRF", () => {
  it("report changes without the session's token are refused", async () => {
    const path = `/console/w/phuong-a/reports/${reportA.id}/reply`;
    expect((await staffA.post(path, { message: "không token" }, null)).status).toBe(403);
    expect((await staffA.post(path, { message: "sai token" }, "abc")).status).toBe(403);
    expect((await staffA.api(`/api/staff/wards/phuong-a/reports/${reportA.id}/reply`, { message: "không token" }, null)).status).toBe(403);
    expect((await multipart(staffA, `/console/w/phuong-a/reports/${reportA.id}/photos`, [SMALL_JPEG], null)).status).toBe(403);
    const cross = await staffA.request(path, { method: "POST", headers: { origin: "https://ke-gian.example" }, body: new URLSearchParams({ _csrf: staffA.csrf, message: "từ trang lạ" }) });
    expect(cross.status).toBe(403);
    const history = await query(server.services, sql`select id from report_history where report_id = ${reportA.id} and kind = 'message'`);
    expect(history).toHaveLength(0);
  });
});

describe("handling reports", () => {
  it("lists with filters; overdue items (working hours) stand out", async () => {
    const page = await (await staffA.request(`/console/w/phuong-a/reports`)).text();
    // Monday 09:00 + 8 working hours = Tuesday 09:30; it is Tuesday 10:00
    expect(page).toContain("3 phản ánh quá hạn");
    expect(page).toContain("Quá hạn tiếp nhận");
    expect(page).toContain('class="overdue"');
    // the urgent report (4 working hours: Monday 14:30) is also past its resolve deadline
    const urgent = (await (await staffA.request(`/api/staff/wards/phuong-a/reports?priority=urgent`)).json()) as { reports: Array<{ id: number; overdue: string }> };
    expect(urgent.reports.map((r) => r.id)).toEqual([reportUrgentA.id]);
    const byCategory = (await (await staffA.request(`/api/staff/wards/phuong-a/reports?category=moi-truong`)).json()) as { reports: Array<{ id: number }> };
    expect(byCategory.reports.map((r) => r.id).sort()).toEqual([reportA2.id, reportUrgentA.id].sort());
    expect((await staffA.request(`/api/staff/wards/phuong-a/reports?status=nope`)).status).toBe(400);

    // acknowledging (assigning) takes a normal report off the overdue list
    expect((await staffA.post(`/console/w/phuong-a/reports/${reportA.id}/assign`, { userId: String(staffAId), message: "Phường đã giao cán bộ Lan kiểm tra." })).status).toBe(303);
    const overdue = (await (await staffA.request(`/api/staff/wards/phuong-a/reports?overdue=1`)).json()) as { reports: Array<{ id: number }> };
    expect(overdue.reports.map((r) => r.id).sort()).toEqual([reportA2.id, reportUrgentA.id].sort());
    const resolvedList = (await (await staffA.request(`/api/staff/wards/phuong-a/reports?status=assigned`)).json()) as { reports: Array<{ id: number; assignee: string }> };
    expect(resolvedList.reports).toEqual([expect.objectContaining({ id: reportA.id, assignee: "Cán bộ Lan" })]);
  });

  it("shows the detail with photos (staff only), coordinates with a map link, contact data and history", async () => {
    const res = await staffA.request(`/console/w/phuong-a/reports/${reportA.id}`);
    expect(res.status).toBe(200);
    const page = await res.text();
    expect(page).toContain(reportA.code);
    expect(page).toContain("Nguyễn Văn A");
    expect(page).toContain("0912345678");
    expect(page).toContain("https://www.openstreetmap.org/?mlat=21.0285&amp;mlon=105.8542");
    expect(page).toContain(`/console/w/phuong-a/reports/${reportA.id}/photos/${reportA.photoIds[0]}`);
    expect(page).toContain("Giao cho Cán bộ Lan");
    expect(page).toContain("Phường đã giao cán bộ Lan kiểm tra.");
    const photo = await staffA.request(`/console/w/phuong-a/reports/${reportA.id}/photos/${reportA.photoIds[0]}`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/jpeg");
    expect(photo.headers.get("cache-control")).toBe("no-store");
    expect(Buffer.from(await photo.arrayBuffer()).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it("changes status with a message, refusing a resolution without one (the typed text is kept)", async () => {
    const noMessage = await staffA.post(`/console/w/phuong-a/reports/${reportA.id}/status`, { status: "resolved", message: "" });
    expect(noMessage.status).toBe(400);
    expect(await noMessage.text()).toContain("Vui lòng ghi kết quả xử lý");
    const conflict = await staffA.post(`/console/w/phuong-a/reports/${reportA.id}/status`, { status: "in_progress", message: "Đang thay bóng." });
    expect(conflict.status).toBe(303);
    const same = await staffA.post(`/console/w/phuong-a/reports/${reportA.id}/status`, { status: "in_progress", message: "Nhắn lại lần hai." });
    expect(same.status).toBe(409);
    const kept = await same.text();
    expect(kept).toContain("Phản ánh đã ở trạng thái này.");
    expect(kept).toContain("Nhắn lại lần hai.");
    const api = await staffA.api(`/api/staff/wards/phuong-a/reports/${reportA.id}/status`, { status: "resolved" });
    expect(api.status).toBe(400);
    expect(((await api.json()) as { message: string }).message).toContain("kết quả xử lý");
  });

  it("attaches result photos checked like residents' uploads (type by content, size, GPS stripped)", async () => {
    const notImage = await multipart(staffA, `/console/w/phuong-a/reports/${reportA.id}/photos`, [Buffer.from("<html>không phải ảnh</html>")]);
    expect(notImage.status).toBe(400);
    expect(await notImage.text()).toContain("không phải là ảnh");
    // one bad file among good ones: nothing stored
    const mixed = await multipart(staffA, `/console/w/phuong-a/reports/${reportA.id}/photos`, [SMALL_JPEG, Buffer.from("GIF89a....")]);
    expect(mixed.status).toBe(400);
    const huge = await multipart(staffA, `/console/w/phuong-a/reports/${reportA.id}/photos`, [Buffer.concat([SMALL_JPEG, Buffer.alloc(9 * 1024 * 1024)])]);
    expect(huge.status).toBe(400);
    expect(await huge.text()).toContain("Ảnh quá lớn");
    expect(await query(server.services, sql`select id from report_photos where report_id = ${reportA.id} and kind = 'result'`)).toHaveLength(0);

    const ok = await multipart(staffA, `/console/w/phuong-a/reports/${reportA.id}/photos`, [withGpsExif(), makePng(4, 4, [0, 128, 0], "GPS 21.0285,105.8542")]);
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe(`/console/w/phuong-a/reports/${reportA.id}?ok=photos`);
    const viaApi = await staffA.request(`/api/staff/wards/phuong-a/reports/${reportA.id}/photos`, {
      method: "POST",
      headers: { "x-csrf-token": staffA.csrf, "content-type": "image/jpeg" },
      body: new Blob([withGpsExif() as BlobPart]),
    });
    expect(viaApi.status).toBe(201);
    const rows = await query<{ blob_key: string }>(server.services, sql`select blob_key from report_photos where report_id = ${reportA.id} and kind = 'result'`);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const stored = Buffer.from((await server.services.deps.blobStore.get(row.blob_key))!.bytes);
      expect(stored.includes(Buffer.from(GPS_MARKER))).toBe(false);
      expect(stored.includes(Buffer.from("105.8542"))).toBe(false);
    }
  });

  it("resolves, declines with a reason, merges duplicates and changes priority; every change is audited", async () => {
    expect((await staffA.post(`/console/w/phuong-a/reports/${reportA.id}/status`, { status: "resolved", message: "Đã thay bóng đèn mới." })).status).toBe(303);
    expect((await staffA.post(`/console/w/phuong-a/reports/${reportA.id}/reply`, { message: "Cảm ơn ông/bà đã phản ánh." })).status).toBe(303);
    const noReason = await staffA.post(`/console/w/phuong-a/reports/${reportA2.id}/decline`, { reason: " " });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("lý do");
    expect((await staffA.api(`/api/staff/wards/phuong-a/reports/${reportUrgentA.id}/priority`, { priority: "normal" })).status).toBe(200);
    const dup = await createReport(server, graph, wardA, { category: "moi-truong", description: "Rác ở đầu ngõ 5 chưa được thu gom." });
    const merged = await staffA.post(`/console/w/phuong-a/reports/${dup.id}/merge`, { intoId: String(reportA2.id) });
    expect(merged.status).toBe(303);
    expect(merged.headers.get("location")).toBe(`/console/w/phuong-a/reports/${reportA2.id}?ok=merged`);
    expect(await reportRow(dup.id)).toMatchObject({ status: "merged" });
    expect((await staffA.post(`/console/w/phuong-a/reports/${reportA2.id}/decline`, { reason: "Điểm tập kết rác do Công ty môi trường quản lý; phường đã chuyển đề nghị." })).status).toBe(303);
    expect(await reportRow(reportA2.id)).toMatchObject({ status: "declined" });
    // closed reports cannot change any more
    expect((await staffA.api(`/api/staff/wards/phuong-a/reports/${reportA2.id}/assign`, { userId: staffAId })).status).toBe(409);

    const audit = await query<{ action: string; user_id: number; entity_id: string; before: string | null; after: string | null }>(
      server.services,
      sql`select action, user_id, entity_id, before, after from staff_audit_log where ward_id = ${wardA.id} and entity = 'report' order by id`,
    );
    expect(audit.map((a) => `${a.action}:${a.entity_id}`)).toEqual([
      `report_assign:${reportA.id}`,
      `report_status:${reportA.id}`,
      `report_result_photo:${reportA.id}`,
      `report_result_photo:${reportA.id}`,
      `report_status:${reportA.id}`,
      `report_reply:${reportA.id}`,
      `report_priority:${reportUrgentA.id}`,
      `report_merge:${dup.id}`,
      `report_decline:${reportA2.id}`,
    ]);
    expect(audit.every((a) => a.user_id === staffAId)).toBe(true);
    const resolved = audit[4]!;
    expect(JSON.parse(resolved.before!)).toMatchObject({ status: "in_progress" });
    expect(JSON.parse(resolved.after!)).toMatchObject({ status: "resolved", message: "Đã thay bóng đèn mới." });
  });
});

describe("settings, dashboard and export", () => {
  it("the settings page reads and writes the deadlines FeedbackService uses", async () => {
    const page = await (await adminA.request(`/console/w/phuong-a/settings`)).text();
    expect(page).toMatch(/name="ack_hours"[^>]*value="8"/);
    expect(page).toMatch(/name="urgent_hours"[^>]*value="4"/);
    expect(page).toMatch(/name="normal_hours"[^>]*value="40"/);
    const bad = await adminA.post(`/console/w/phuong-a/settings/deadlines`, { ack_hours: "0", urgent_hours: "4", normal_hours: "40", handoff_reply_hours: "8" });
    expect(bad.status).toBe(400);
    const res = await adminA.post(`/console/w/phuong-a/settings/deadlines`, { ack_hours: "2", urgent_hours: "1.5", normal_hours: "16", handoff_reply_hours: "6" });
    expect(res.status).toBe(303);
    expect(await server.services.feedback.reports.settings(wardA.id)).toEqual({ acknowledgeMinutes: 120, urgentResolveMinutes: 90, normalResolveMinutes: 960 });
    expect((await server.services.staff.wardAdmin.settings(wardA.id)).handoff_reply_hours).toBe(6);
    const [row] = await query<{ data: string }>(server.services, sql`select data from staff_ward_settings where ward_id = ${wardA.id}`);
    expect(JSON.parse(row!.data)).toEqual({ handoff_reply_hours: 6 });
    const again = await (await adminA.request(`/console/w/phuong-a/settings`)).text();
    expect(again).toMatch(/name="urgent_hours"[^>]*value="1.5"/);
    // a report received now (Tuesday 10:00) is due within 2 working hours: 12:00
    const fresh = await createReport(server, graph, wardA, { description: "Đèn trong ngõ 9 bị hỏng, tối om." });
    const detail = await server.services.feedback.reports.detail(wardA.id, fresh.id);
    expect(detail.acknowledgeBy).toBe(Date.UTC(2026, 10, 24, 5, 0));
    const audit = await query<{ action: string }>(server.services, sql`select action from staff_audit_log where ward_id = ${wardA.id} and entity like '%settings%'`);
    expect(audit.map((a) => a.action)).toEqual(["update_feedback_settings", "update_settings"]);
  });

  it("the dashboard shows reports by category and status, overdue count and mean rating; CSV export", async () => {
    // the reporter rates the resolved report (their mini-app session from Monday has expired: through the service)
    clock.set(TUESDAY_10 + 60_000);
    const [owner] = await query<{ user_id: number }>(server.services, sql`select user_id from reports where id = ${reportA.id}`);
    await server.services.feedback.reports.rate(wardA.id, owner!.user_id, reportA.id, 4);

    const dash = await staffA.request(`/api/staff/wards/phuong-a/dashboard?from=2026-11-23&to=2026-11-24`);
    const f = ((await dash.json()) as { feedback: Record<string, any> }).feedback;
    expect(f.received).toBe(5);
    expect(Object.fromEntries(f.byCategory.map((r: { category: string; count: number }) => [r.category, r.count]))).toEqual({ "moi-truong": 3, "chieu-sang": 2 });
    expect(Object.fromEntries(f.byStatus.map((r: { status: string; count: number }) => [r.status, r.count]))).toMatchObject({ resolved: 1, declined: 1, merged: 1 });
    expect(f.meanRating).toBe(4);
    expect(f.resolvedInPeriod).toBe(1);
    // the urgent report turned normal keeps its Monday 09:00 start: acknowledge by Tuesday 09:30, missed
    expect(f.overdue).toBe(1);

    const page = await (await staffA.request(`/console/w/phuong-a?from=2026-11-23&to=2026-11-24`)).text();
    expect(page).toContain("Phản ánh của người dân");
    expect(page).toContain("Vệ sinh môi trường, rác thải");
    expect(page).toContain("4,0/5");
    expect(page).toContain("export/reports.csv?from=2026-11-23&amp;to=2026-11-24");

    const csv = await staffA.request(`/console/w/phuong-a/export/reports.csv?from=2026-11-23&to=2026-11-24`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toContain("phuong-a-reports-2026-11-23-2026-11-24.csv");
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // BOM for Excel
    const text = bytes.subarray(3).toString("utf8");
    expect(text.startsWith("ma,loai,uu_tien,trang_thai")).toBe(true);
    expect(text).toContain(reportA.code);
    expect(text).toContain("Đã xử lý xong");
    // no personal data in the export
    expect(text).not.toContain("Nguyễn Văn A");
    expect(text).not.toContain("0912345678");
    expect(text.trim().split("\r\n")).toHaveLength(1 + 5);
  });
});

describe("notices waiting in the app", () => {
  it("are sent through the OA when the resident writes to the OA again, never twice", async () => {
    // the resident has never written to the OA: the staff message waits in the mini app
    const report = await createReport(server, graph, wardA, { name: "Bùi Văn Khoa", description: "Nắp cống trước số 3 ngõ 7 bị vỡ." });
    expect((await staffA.post(`/console/w/phuong-a/reports/${report.id}/reply`, { message: "Phường sẽ thay nắp cống trong tuần này." })).status).toBe(303);
    const [waiting] = await query<{ channel: string }>(server.services, sql`select channel from report_notices where report_id = ${report.id}`);
    expect(waiting!.channel).toBe("app");

    // later they write to the OA; Zalo's event carries both ids
    const oaUserId = zaloId("8");
    const event = { ...textEvent(wardA, { userId: oaUserId, text: "cho tôi hỏi giờ làm việc", at: clock.now() }), user_id_by_app: report.resident.appUserId };
    expect((await postWebhook(server.url, await signedEvent(wardA, event))).status).toBe(200);
    await server.queue.idle();
    const [resident] = await query<{ id: number }>(server.services, sql`select id from residents where zalo_user_id = ${oaUserId}`);
    const feedback = server.services.feedback.reports;
    // processing the resident's message sent the waiting notice; nothing is left to send
    expect(resident).toBeDefined();
    const sent = fake.sent(oaUserId).map((m) => m.text ?? "");
    expect(sent.filter((t) => t.includes(report.code) && t.includes("Phường sẽ thay nắp cống trong tuần này."))).toHaveLength(1);
    expect(await feedback.deliverWaitingNotices(wardA.id, resident!.id)).toBe(0);
    expect(fake.sent(oaUserId).filter((m) => m.text?.includes(report.code))).toHaveLength(1);
    // the link is remembered: the next staff message goes through the OA at once
    expect((await staffA.post(`/console/w/phuong-a/reports/${report.id}/reply`, { message: "Đã thay nắp cống mới." })).status).toBe(303);
    expect(fake.sent(oaUserId).filter((m) => m.text?.includes("Đã thay nắp cống mới."))).toHaveLength(1);
    // another resident's OA account gets nothing
    const stranger = zaloId("8");
    await postWebhook(server.url, await signedEvent(wardA, textEvent(wardA, { userId: stranger, text: "xin chào", at: clock.now() })));
    await server.queue.idle();
    const [other] = await query<{ id: number }>(server.services, sql`select id from residents where zalo_user_id = ${stranger}`);
    expect(await feedback.deliverWaitingNotices(wardA.id, other!.id)).toBe(0);
  });
});
