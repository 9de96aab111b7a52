/**
 * The mini-app API over real HTTP: identity through a fake Zalo Graph (real appsecret_proof
 * checks), photo checks and metadata stripping, reports with codes and working-hour deadlines,
 * privacy between residents, rate and text limits, staff operations through the FeedbackService
 * with notices by OA (fake Zalo OA) or in the app. Time is a manual clock: Monday 23/11/2026
 * 09:00 in Hanoi.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../server/lib/clock";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { FakeZalo } from "./support/fake-zalo-server";
import { FakeZaloGraph } from "./support/fake-zalo-graph";
import { createWard, makeTempDir, postWebhook, query, signedEvent, testConfig, textEvent, zaloId, type TestWard } from "./support/factories";
import { GPS_MARKER, makePng, SMALL_JPEG, withGpsExif } from "./support/test-images";

const clock = manualClock(); // Mon 2026-11-23 02:00 UTC = 09:00 in Hanoi
const START = clock.now();
const HOUR = 3600_000;
const DAY = 24 * HOUR;

let zalo: FakeZalo;
let graph: FakeZaloGraph;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;
let wardCount = 0;
let userCount = 0;

type Resident = { token: string; appUserId: string; headers: Record<string, string> };

async function newWard(): Promise<TestWard> {
  const appId = zaloId("1");
  const appSecret = `app-secret-feedback-${++wardCount}`;
  zalo.registerApp(appId, appSecret);
  return createWard(server.services, { slug: `phuong-pa-${wardCount}`, appId, appSecret, tokens: zalo.issueTokens(appId) });
}

async function call(path: string, init: { method?: string; headers?: Record<string, string>; json?: unknown; body?: Uint8Array } = {}) {
  const res = await fetch(`${server.url}/api/miniapp${path}`, {
    method: init.method ?? (init.json !== undefined || init.body ? "POST" : "GET"),
    headers: { ...(init.json !== undefined ? { "content-type": "application/json" } : {}), ...init.headers },
    body: init.json !== undefined ? JSON.stringify(init.json) : (init.body as BodyInit | undefined),
  });
  const type = res.headers.get("content-type") ?? "";
  const body = type.includes("json") ? ((await res.json()) as any) : new Uint8Array(await res.arrayBuffer());
  return { status: res.status, body };
}

/** A resident who opened the mini app: Graph token → session. */
async function resident(w: TestWard = ward, name = "Nguyễn Văn An"): Promise<Resident> {
  const appUserId = `55${Date.now()}${++userCount}`.slice(0, 18);
  const accessToken = graph.issueUserToken(w.appSecret, { id: appUserId, name });
  const res = await call("/session", { json: { ward: w.slug, accessToken } });
  expect(res.status).toBe(200);
  return { token: res.body.token, appUserId, headers: { authorization: `Bearer ${res.body.token}` } };
}

let requestCounter = 0;
function reportInput(extra: Record<string, unknown> = {}) {
  return {
    clientRequestId: `req-${Date.now()}-${++requestCounter}`,
    category: "chieu-sang",
    description: "Đèn đường trước số 12 ngõ 34 phố Hàng Bông tắt ba hôm nay.",
    address: "Số 12 ngõ 34 phố Hàng Bông",
    ...extra,
  };
}

async function upload(r: Resident, bytes: Uint8Array) {
  return call("/photos", { headers: { ...r.headers, "content-type": "application/octet-stream" }, body: bytes });
}

beforeAll(async () => {
  tmp = makeTempDir("feedback-api");
  zalo = await FakeZalo.start();
  graph = await FakeZaloGraph.start();
  server = await startNodeServer(testConfig(tmp.dir, zalo.url, { ZALO_GRAPH_BASE: graph.url }), { clock, hostname: "127.0.0.1" });
  ward = await newWard();
});

afterAll(async () => {
  await server?.close();
  await zalo?.close();
  await graph?.close();
  tmp?.remove();
});

describe("identity", () => {
  it("opens a session from a Zalo token verified with Graph and appsecret_proof", async () => {
    const r = await resident();
    const me = await call("/me", { headers: r.headers });
    expect(me.status).toBe(200);
    expect(me.body.user.name).toBe("Nguyễn Văn An");
    const request = graph.requests.at(-1)!;
    expect(request.path).toBe("/v2.0/me");
    expect(request.headers.appsecret_proof).toMatch(/^[0-9a-f]{64}$/);
    // only the hash of the session token is stored
    const rows = await query<{ token_hash: string }>(server.services, sql`select token_hash from miniapp_sessions`);
    expect(rows.some((row) => row.token_hash === r.token)).toBe(false);
  });

  it("refuses a forged token, an expired token and a token of another app", async () => {
    const forged = await call("/session", { json: { ward: ward.slug, accessToken: "forged-token-0123456789" } });
    expect(forged.status).toBe(401);
    expect(forged.body.message).toContain("Phiên đăng nhập Zalo đã hết hạn hoặc không hợp lệ");

    const expiring = graph.issueUserToken(ward.appSecret, { id: "5500000000000000001", name: "A" });
    graph.expire(expiring);
    expect((await call("/session", { json: { ward: ward.slug, accessToken: expiring } })).status).toBe(401);

    // issued for another app: the proof computed with this ward's secret does not match
    const other = graph.issueUserToken("someone-elses-secret", { id: "5500000000000000002", name: "B" });
    expect((await call("/session", { json: { ward: ward.slug, accessToken: other } })).status).toBe(401);
  });

  it("refuses the development login unless MINIAPP_DEV_LOGIN is on, and requests without a valid session", async () => {
    const dev = await call("/session/dev", { json: { ward: ward.slug, userId: "tester" } });
    expect(dev.status).toBe(404);
    expect((await call("/reports")).status).toBe(401);
    const bogus = await call("/reports", { headers: { authorization: `Bearer ${"0".repeat(64)}` } });
    expect(bogus.status).toBe(401);
    expect(bogus.body.message).toContain("Phiên làm việc đã hết hạn");
  });

  it("expires sessions after two hours", async () => {
    const r = await resident();
    clock.advance(2 * HOUR + 1000);
    try {
      expect((await call("/reports", { headers: r.headers })).status).toBe(401);
    } finally {
      clock.set(START);
    }
  });

  it("exchanges phone and location tokens on the server", async () => {
    const appUserId = "5511111111111111111";
    const accessToken = graph.issueUserToken(ward.appSecret, { id: appUserId, name: "C" });
    const session = await call("/session", { json: { ward: ward.slug, accessToken } });
    const headers = { authorization: `Bearer ${session.body.token}` };
    const phone = await call("/phone", { headers, json: { accessToken, code: graph.issueCode("phone", "84912345678") } });
    expect(phone.body).toEqual({ phone: "0912345678" });
    expect(graph.requests.at(-1)!.headers.secret_key).toBe(ward.appSecret);
    const location = await call("/location", { headers, json: { accessToken, code: graph.issueCode("location", { lat: 21.03, lng: 105.85 }) } });
    expect(location.body).toEqual({ lat: 21.03, lng: 105.85 });
    const reused = await call("/location", { headers, json: { accessToken, code: "location-code-unknown" } });
    expect(reused.status).toBe(400);
    expect(reused.body.message).toContain("Không lấy được vị trí từ Zalo");
  });
});

describe("photos", () => {
  it("removes GPS EXIF from JPEG (keeping the orientation) and text chunks from PNG before storage", async () => {
    const r = await resident();
    const dirty = withGpsExif(SMALL_JPEG, 6);
    expect(dirty.includes(Buffer.from(GPS_MARKER))).toBe(true);
    const up = await upload(r, dirty);
    expect(up.status).toBe(201);
    expect(up.body.contentType).toBe("image/jpeg");
    const [row] = await query<{ blob_key: string }>(server.services, sql`select blob_key from report_photos where id = ${up.body.id}`);
    const stored = Buffer.from((await server.services.deps.blobStore.get(row!.blob_key))!.bytes);
    expect(stored.includes(Buffer.from(GPS_MARKER))).toBe(false);
    expect(stored.includes(Buffer.from([0x88, 0x25]))).toBe(false); // no GPS IFD pointer tag
    expect(stored.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    // orientation 6 survives as a minimal EXIF; the picture data is untouched
    expect(stored.includes(Buffer.from([0x01, 0x12, 0x00, 0x03, 0, 0, 0, 1, 0, 6]))).toBe(true);
    expect(stored.subarray(stored.length - SMALL_JPEG.length + 2)).toEqual(SMALL_JPEG.subarray(2));

    const png = makePng(4, 4, [200, 30, 30], "GPS 21.0285,105.8542");
    const upPng = await upload(r, png);
    expect(upPng.status).toBe(201);
    const [pngRow] = await query<{ blob_key: string }>(server.services, sql`select blob_key from report_photos where id = ${upPng.body.id}`);
    const storedPng = Buffer.from((await server.services.deps.blobStore.get(pngRow!.blob_key))!.bytes);
    expect(storedPng.includes(Buffer.from("tEXt"))).toBe(false);
    expect(storedPng.includes(Buffer.from("105.8542"))).toBe(false);
    expect(storedPng.length).toBe(makePng(4, 4, [200, 30, 30]).length);
  });

  it("refuses non-images, HEIC it cannot clean safely, and oversized uploads, with Vietnamese messages", async () => {
    const r = await resident();
    const text = await upload(r, Buffer.from("<html>not a photo</html>"));
    expect(text.status).toBe(400);
    expect(text.body.message).toContain("không phải là ảnh");

    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypheic"), Buffer.alloc(64)]);
    const heicRes = await upload(r, heic);
    expect(heicRes.status).toBe(400);
    expect(heicRes.body.message).toContain("HEIC");

    const huge = Buffer.concat([SMALL_JPEG, Buffer.alloc(9 * 1024 * 1024)]);
    const big = await upload(r, huge);
    expect(big.status).toBe(400);
    expect(big.body.message).toContain("Ảnh quá lớn");
    const stored = await query(server.services, sql`select id from report_photos where uploader_user_id = (select user_id from miniapp_sessions where token_hash = (select token_hash from miniapp_sessions order by created_at desc limit 1))`);
    expect(stored).toHaveLength(0);
  });
});

describe("reports", () => {
  it("creates a report with a yearly code, photos and working-hour deadlines", async () => {
    const w = await newWard();
    const r = await resident(w);
    const photo = await upload(r, SMALL_JPEG);
    const res = await call("/reports", { headers: r.headers, json: reportInput({ photoIds: [photo.body.id], phone: "0912345678", phoneConsent: true }) });
    expect(res.status).toBe(201);
    expect(res.body.code).toBe("PA-2026-000001");
    expect(res.body.status).toBe("received");
    expect(res.body.priority).toBe("normal");
    // Monday 09:00: 8 working hours = 3 h (to 12:00) + 3.5 h (13:30–17:00) + 1.5 h → Tuesday 09:30
    expect(res.body.acknowledgeBy).toBe(Date.UTC(2026, 10, 24, 2, 30));
    // normal: 40 working hours (5 working days of 7.5 h = 37.5 h, + 2.5 h) → Monday 30/11 11:30
    expect(res.body.resolveBy).toBe(Date.UTC(2026, 10, 30, 4, 30));
    expect(res.body.photos).toEqual([{ id: photo.body.id, kind: "resident" }]);

    const second = await call("/reports", { headers: r.headers, json: reportInput() });
    expect(second.body.code).toBe("PA-2026-000002");
    const [stored] = await query<{ phone: string | null }>(server.services, sql`select phone from reports where id = ${res.body.id}`);
    expect(stored!.phone).toBe("0912345678");
  });

  it("makes danger reports urgent: handled within 4 working hours", async () => {
    const r = await resident();
    const res = await call("/reports", { headers: r.headers, json: reportInput({ category: "moi-truong", description: "Cây đổ chắn ngang đường trước cổng chợ, rất nguy hiểm." }) });
    expect(res.body.priority).toBe("urgent");
    // 09:00 + 3 h to 12:00 + 1 h after 13:30 → 14:30 the same day; acknowledged by then too
    expect(res.body.resolveBy).toBe(Date.UTC(2026, 10, 23, 7, 30));
    expect(res.body.acknowledgeBy).toBe(res.body.resolveBy);
  });

  it("uses the ward's own deadline settings", async () => {
    const w = await newWard();
    await server.services.feedback.reports.updateSettings(w.id, { acknowledgeMinutes: 60, urgentResolveMinutes: 120, normalResolveMinutes: 7.5 * 60 });
    const r = await resident(w);
    const res = await call("/reports", { headers: r.headers, json: reportInput() });
    expect(res.body.acknowledgeBy).toBe(START + HOUR);
    expect(res.body.resolveBy).toBe(Date.UTC(2026, 10, 24, 2, 0)); // one working day later
  });

  it("stores the phone only with consent, and is idempotent on the client request id", async () => {
    const r = await resident();
    const noConsent = await call("/reports", { headers: r.headers, json: reportInput({ phone: "0912345678", phoneConsent: false }) });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.message).toContain("đồng ý chia sẻ số điện thoại");
    const input = reportInput();
    const first = await call("/reports", { headers: r.headers, json: input });
    const again = await call("/reports", { headers: r.headers, json: input });
    expect(again.body.id).toBe(first.body.id);
    const list = await call("/reports", { headers: r.headers });
    expect(list.body.reports.filter((x: { code: string }) => x.code === first.body.code)).toHaveLength(1);
  });

  it("shows a resident only their own reports and photos", async () => {
    const alice = await resident(ward, "Alice");
    const bob = await resident(ward, "Bob");
    const photo = await upload(alice, SMALL_JPEG);
    const report = await call("/reports", { headers: alice.headers, json: reportInput({ photoIds: [photo.body.id] }) });
    expect((await call(`/reports/${report.body.id}`, { headers: alice.headers })).status).toBe(200);
    const seen = await call(`/reports/${report.body.id}`, { headers: bob.headers });
    expect(seen.status).toBe(404);
    expect(seen.body.message).toBe("Không tìm thấy phản ánh.");
    expect((await call(`/reports/${report.body.id}/photos/${photo.body.id}`, { headers: bob.headers })).status).toBe(404);
    expect((await call(`/reports/${report.body.id}/rate`, { headers: bob.headers, json: { rating: 1 } })).status).toBe(404);
    const bobs = await call("/reports", { headers: bob.headers });
    expect(bobs.body.reports.map((x: { id: number }) => x.id)).not.toContain(report.body.id);
    // Bob cannot attach Alice's uploaded photo to his own report either
    const photo2 = await upload(alice, SMALL_JPEG);
    const stolen = await call("/reports", { headers: bob.headers, json: reportInput({ photoIds: [photo2.body.id] }) });
    expect(stolen.status).toBe(400);
    const own = await call(`/reports/${report.body.id}/photos/${photo.body.id}`, { headers: alice.headers });
    expect(own.status).toBe(200);
    expect(Buffer.from(own.body).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it("refuses invalid input with Vietnamese messages", async () => {
    const r = await resident();
    const short = await call("/reports", { headers: r.headers, json: reportInput({ description: "rác" }) });
    expect(short.status).toBe(400);
    expect(short.body.message).toContain("Vui lòng mô tả rõ hơn");
    const long = await call("/reports", { headers: r.headers, json: reportInput({ description: "a".repeat(2001) }) });
    expect(long.body.message).toContain("tối đa 2.000 ký tự");
    const noPlace = await call("/reports", { headers: r.headers, json: reportInput({ address: undefined }) });
    expect(noPlace.body.message).toContain("Vui lòng chọn vị trí");
    const badCategory = await call("/reports", { headers: r.headers, json: reportInput({ category: "nope" }) });
    expect(badCategory.body.message).toContain("Vui lòng chọn loại phản ánh");
    const tooMany = await call("/reports", { headers: r.headers, json: reportInput({ photoIds: [1, 2, 3, 4, 5, 6] }) });
    expect(tooMany.body.message).toContain("tối đa 5 ảnh");
  });

  it("limits each resident to 5 reports an hour, with a clear message", async () => {
    const r = await resident();
    for (let i = 0; i < 5; i++) expect((await call("/reports", { headers: r.headers, json: reportInput() })).status).toBe(201);
    const sixth = await call("/reports", { headers: r.headers, json: reportInput() });
    expect(sixth.status).toBe(429);
    expect(sixth.body.message).toContain("5 phản ánh trong 1 giờ");
    // others are not affected
    const other = await resident();
    expect((await call("/reports", { headers: other.headers, json: reportInput() })).status).toBe(201);
  });

  it("offers similar open reports nearby and lets a resident follow one", async () => {
    const w = await newWard();
    const first = await resident(w);
    const near = { lat: 21.0285, lng: 105.8542 };
    const original = await call("/reports", { headers: first.headers, json: reportInput({ category: "moi-truong", description: "Rác thải tồn đọng ở đầu ngõ nhiều ngày.", location: near }) });
    const second = await resident(w);
    const similar = await call("/similar-reports", { headers: second.headers, json: { category: "moi-truong", location: { lat: 21.0287, lng: 105.8544 } } });
    expect(similar.body.reports).toHaveLength(1);
    // issue 9 §4: category, status, coarse place, age and distance band only; not the code or the reporter's words
    expect(similar.body.reports[0]).toMatchObject({ id: original.body.id, categoryLabel: expect.any(String), ageLabel: "Trong 24 giờ qua", distanceM: 100, mine: false, following: false });
    expect(JSON.stringify(similar.body)).not.toContain("Nguyễn");
    expect(JSON.stringify(similar.body)).not.toContain("Rác thải tồn đọng");
    expect(JSON.stringify(similar.body)).not.toContain(original.body.code);
    const far = await call("/similar-reports", { headers: second.headers, json: { category: "moi-truong", location: { lat: 21.05, lng: 105.85 } } });
    expect(far.body.reports).toHaveLength(0);
    const other = await call("/similar-reports", { headers: second.headers, json: { category: "chieu-sang", location: near } });
    expect(other.body.reports).toHaveLength(0);
    // the path of mini app builds before the move (tests/app-router.test.ts) still answers the same
    const oldPath = await call("/reports/similar", { headers: second.headers, json: { category: "moi-truong", location: { lat: 21.0287, lng: 105.8544 } } });
    expect(oldPath.body).toEqual(similar.body);
    expect((await call(`/reports/${original.body.id}`, { headers: second.headers, json: {} })).status).toBe(404);

    // issue 9: following needs the follower to be near the report
    expect((await call(`/reports/${original.body.id}/follow`, { headers: second.headers, json: {} })).status).toBe(404);
    const followed = await call(`/reports/${original.body.id}/follow`, { headers: second.headers, json: { location: { lat: 21.0287, lng: 105.8544 } } });
    expect(followed.body.relation).toBe("following");
    expect(followed.body.photos).toEqual([]);
    expect(followed.body.location).toBeNull();
    const list = await call("/reports", { headers: second.headers });
    expect(list.body.reports.map((x: { code: string }) => x.code)).toEqual([original.body.code]);
    expect((await server.services.feedback.reports.detail(w.id, original.body.id)).followers).toBe(1);
  });
});

describe("staff operations and notices", () => {
  it("notifies through the OA inside the reply window, otherwise in the app", async () => {
    const w = await newWard();
    const linked = await resident(w, "Trần Thị Bình");
    // the resident wrote to the OA a moment ago: the webhook carries both ids
    const oaUserId = zaloId("8");
    const event = { ...textEvent(w, { userId: oaUserId, text: "xin chào", at: clock.now() }), user_id_by_app: linked.appUserId };
    expect((await postWebhook(server.url, await signedEvent(w, event))).status).toBe(200);
    await server.queue.idle();
    const report = await call("/reports", { headers: linked.headers, json: reportInput() });

    const reports = server.services.feedback.reports;
    await reports.assign(w.id, report.body.id, { assignee: "Tổ đô thị", by: "Cán bộ Lan", message: "Phường đã giao Tổ đô thị kiểm tra." });
    const sent = zalo.sent(oaUserId).map((m) => m.text ?? "");
    expect(sent.some((t) => t.includes(report.body.code) && t.includes("Phường đã giao Tổ đô thị kiểm tra."))).toBe(true);

    const unlinked = await resident(w, "Lê Văn Cường");
    const other = await call("/reports", { headers: unlinked.headers, json: reportInput() });
    const before = zalo.csRequests.length;
    await reports.changeStatus(w.id, other.body.id, { status: "in_progress", by: "Cán bộ Lan", message: "Đang cử người đến thay bóng đèn." });
    expect(zalo.csRequests.length).toBe(before);
    const me = await call("/me", { headers: unlinked.headers });
    expect(me.body.notices).toHaveLength(1);
    expect(me.body.notices[0].text).toContain("Đang xử lý");
    const detail = await call(`/reports/${other.body.id}`, { headers: unlinked.headers });
    expect(detail.body.unreadNotices).toHaveLength(1);
    // issue 13: "Đã tiếp nhận" is when staff took the report (here, with their first action), not when it was stored
    expect(detail.body.timeline.map((t: { statusLabel: string }) => t.statusLabel)).toEqual(["Đã gửi tới phường", "Đã tiếp nhận", "Đang xử lý"]);
    expect(detail.body.timeline[2].message).toBe("Đang cử người đến thay bóng đèn.");
    // seen once shown
    expect((await call("/me", { headers: unlinked.headers })).body.notices).toHaveLength(0);
  });

  it("lists overdue reports, declines with a reason and merges duplicates", async () => {
    const w = await newWard();
    const a = await resident(w);
    const b = await resident(w);
    const ra = await call("/reports", { headers: a.headers, json: reportInput() });
    const rb = await call("/reports", { headers: b.headers, json: reportInput() });
    const rc = await call("/reports", { headers: b.headers, json: reportInput({ category: "thu-tuc", description: "Xin hỏi về việc cấp lại sổ đỏ bị mất." }) });
    const reports = server.services.feedback.reports;
    expect(await reports.list(w.id, { overdue: true })).toHaveLength(0);
    clock.set(Date.UTC(2026, 10, 24, 3, 0)); // Tuesday 10:00: past the 09:30 acknowledge deadline
    try {
      await reports.assign(w.id, ra.body.id, { assignee: "Tổ đô thị", by: "Cán bộ Lan" });
      const overdue = await reports.list(w.id, { overdue: true });
      expect(overdue.map((r) => r.id).sort()).toEqual([rb.body.id, rc.body.id].sort());
      expect(overdue[0]!.overdue).toBe("acknowledge");

      await expect(reports.decline(w.id, rc.body.id, { reason: "", by: "Cán bộ Lan" })).rejects.toThrow(/lý do/);
      const declined = await reports.decline(w.id, rc.body.id, { reason: "Việc cấp sổ đỏ thuộc Văn phòng đăng ký đất đai, không thuộc phường.", by: "Cán bộ Lan" });
      expect(declined.status).toBe("declined");

      const merged = await reports.merge(w.id, { duplicateId: rb.body.id, intoId: ra.body.id, by: "Cán bộ Lan" });
      expect(merged.followers).toBe(1);
      clock.set(START); // back within b's session
      const bView = await call("/reports", { headers: b.headers });
      const codes = bView.body.reports.map((r: { code: string; status: string }) => `${r.code}:${r.status}`);
      expect(codes).toContain(`${ra.body.code}:assigned`);
      expect(codes).toContain(`${rb.body.code}:merged`);
      const declinedView = await call(`/reports/${rc.body.id}`, { headers: b.headers });
      expect(declinedView.body.timeline.at(-1).message).toContain("Văn phòng đăng ký đất đai");
    } finally {
      clock.set(START);
    }
  });

  it("lets the reporter rate once and reopen once within 7 days of the resolution", async () => {
    const w = await newWard();
    const r = await resident(w);
    const report = await call("/reports", { headers: r.headers, json: reportInput() });
    const id = report.body.id;
    const reports = server.services.feedback.reports;
    expect((await call(`/reports/${id}/rate`, { headers: r.headers, json: { rating: 5 } })).status).toBe(409);
    await expect(reports.changeStatus(w.id, id, { status: "resolved", by: "Cán bộ Lan" })).rejects.toThrow(/kết quả xử lý/);
    await reports.changeStatus(w.id, id, { status: "resolved", by: "Cán bộ Lan", message: "Đã thay bóng đèn mới." });
    await reports.attachResultPhoto(w.id, id, { bytes: withGpsExif(), by: "Cán bộ Lan" });
    const resolved = await call(`/reports/${id}`, { headers: r.headers });
    expect(resolved.body).toMatchObject({ status: "resolved", canRate: true, canReopen: true });
    expect(resolved.body.photos.filter((p: { kind: string }) => p.kind === "result")).toHaveLength(1);

    expect((await call(`/reports/${id}/rate`, { headers: r.headers, json: { rating: 6 } })).body.message).toContain("1 đến 5");
    const rated = await call(`/reports/${id}/rate`, { headers: r.headers, json: { rating: 2, comment: "Mới sáng được một hôm." } });
    expect(rated.body.rating).toBe(2);
    expect((await call(`/reports/${id}/rate`, { headers: r.headers, json: { rating: 3 } })).status).toBe(409);

    // reopened an hour after it arrived (Monday 10:00): new deadlines counted from then, and staff acknowledge it again
    clock.set(START + HOUR);
    const reopened = await call(`/reports/${id}/reopen`, { headers: r.headers, json: { reason: "Đèn lại tắt từ tối qua." } });
    expect(reopened.body.status).toBe("reopened");
    expect(reopened.body.canReopen).toBe(false);
    expect(reopened.body.acknowledgedAt).toBeNull();
    expect(reopened.body.acknowledgeBy).toBe(Date.UTC(2026, 10, 24, 3, 30)); // + 8 working hours: Tuesday 10:30 in Hanoi (from the arrival: 09:30)
    expect(reopened.body.resolveBy).toBe(Date.UTC(2026, 10, 30, 7, 0)); // + 40 working hours: Monday 30/11 14:00 in Hanoi (from the arrival: 13:00)
    const staffView = await reports.detail(w.id, id);
    expect(staffView.overdue).toBeNull();
    // a priority change after the reopening counts from the reopening, not from the arrival
    const urgent = await reports.setPriority(w.id, id, { priority: "urgent", by: "Cán bộ Lan" });
    expect(urgent.resolveBy).toBe(Date.UTC(2026, 10, 23, 8, 30)); // + 4 working hours: Monday 15:30 in Hanoi (from the arrival: 14:30)
    clock.set(START);
    await reports.changeStatus(w.id, id, { status: "resolved", by: "Cán bộ Lan", message: "Đã thay cả bộ đèn." });
    const twice = await call(`/reports/${id}/reopen`, { headers: r.headers, json: { reason: "Vẫn tắt." } });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toContain("chỉ được mở lại một lần");

    const late = await call("/reports", { headers: r.headers, json: reportInput() });
    await reports.changeStatus(w.id, late.body.id, { status: "resolved", by: "Cán bộ Lan", message: "Xong." });
    clock.advance(7 * DAY + HOUR);
    try {
      const fresh = await resident(w);
      expect(fresh).toBeTruthy();
      const tooLate = await call(`/reports/${late.body.id}/reopen`, { headers: r.headers, json: { reason: "Chưa xong." } });
      // the session expired meanwhile; a new one for the same Zalo user sees the same reports
      expect(tooLate.status).toBe(401);
      const again = await call("/session", { json: { ward: w.slug, accessToken: graph.issueUserToken(w.appSecret, { id: r.appUserId, name: "X" }) } });
      const res = await call(`/reports/${late.body.id}/reopen`, { headers: { authorization: `Bearer ${again.body.token}` }, json: { reason: "Chưa xong." } });
      expect(res.status).toBe(409);
      expect(res.body.message).toContain("quá 7 ngày");
    } finally {
      clock.set(START);
    }
  });
});

describe("Hỏi đáp and scam check", () => {
  it("searches the knowledge base and checks a suspicious message", async () => {
    const r = await resident();
    const search = await call(`/qa/search?q=${encodeURIComponent("đèn đường hỏng báo ai")}`, { headers: r.headers });
    expect(search.body.results[0].id).toBe("pa-gui-phan-anh");
    const entry = await call("/qa/entries/pa-gui-phan-anh", { headers: r.headers });
    expect(entry.body.text).toContain("Gửi phản ánh");
    const categories = await call("/qa/categories", { headers: r.headers });
    expect(categories.body.categories.map((c: { id: string }) => c.id)).toContain("lua-dao");
    const scam = await call("/scam-check", {
      headers: r.headers,
      json: { text: "Tai khoan cua ban da bi khoa. Truy cap ngay http://vietcombank-xacminh.top de xac minh, nhap ma OTP trong 24h" },
    });
    expect(scam.body.verdict).toBe("scam");
    expect(scam.body.reply).toContain("CẢNH BÁO");
    const empty = await call("/scam-check", { headers: r.headers, json: { text: "" } });
    expect(empty.body.message).toContain("Vui lòng dán nội dung tin nhắn");
  });
});
