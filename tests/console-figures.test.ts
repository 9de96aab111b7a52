/**
 * The ward's figures from a known history, asserted one by one through the JSON API the
 * dashboard uses (and the CSV built from the same rows): questions, bot answers (requests for a
 * person and handed-off questions excluded), handoffs, staff reply time (median, p90), on time /
 * late / overdue (a replied handoff is never overdue), satisfaction for chats and reports.
 *
 * Week of Monday 2 November 2026, ward hours Mon–Fri 8:00–12:00 and 13:30–17:00, handoffs due
 * within 8 working hours; "now" is Friday 6 November 10:00 (Vietnam time).
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askLog, handoffs, residents } from "../server/db/schema";
import { satisfactionSurveys } from "../server/db/schema-console";
import { miniappUsers, reports } from "../server/db/schema-feedback";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, testConfig, zaloId, type TestWard } from "./support/factories";

/** Vietnam local time → ms. */
const vn = (iso: string) => Date.parse(`${iso}+07:00`);
const clock = { t: vn("2026-11-06T10:00:00"), now() { return this.t; } };

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;
let staff: ConsoleClient;

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("console-figures");
  server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1", clock });
  ward = await setupWard(server, fake, "phuong-so-lieu", "Phường Số Liệu");
  const account = await createStaff(server, { name: "Trần Minh", wards: [{ wardId: ward.id, roles: ["staff"] }] });
  staff = new ConsoleClient(server.url);
  expect((await staff.login(account.email, account.password)).status).toBe(303);
  const { db } = server.services.deps;
  const actor = await server.services.staff.auth.actor((await server.services.staff.auth.login(account.email, account.password)).session.actor.userId);

  const [resident] = await db
    .insert(residents)
    .values({ wardId: ward.id, zaloUserId: zaloId("3"), displayName: "Lê Văn Tư", lastInteractionAt: vn("2026-11-05T08:00:00"), createdAt: vn("2026-10-01T08:00:00") })
    .returning();
  const rid = resident!.id;

  // 11 questions: 6 answers (1 later marked "Chưa đúng"), 1 answer from an entry that hands off,
  // 2 handoffs out of scope, 1 clarification, 1 greeting
  const ask = (kind: string, at: string, extra: Partial<typeof askLog.$inferInsert> = {}) =>
    db.insert(askLog).values({ wardId: ward.id, residentId: rid, channel: "zalo", question: `câu hỏi ${kind} ${at}`, kind, createdAt: vn(at), ...extra });
  await ask("answer", "2026-11-02T09:00:00", { verdict: "helpful" });
  await ask("answer", "2026-11-02T10:00:00", { verdict: "helpful" });
  await ask("answer", "2026-11-03T09:00:00", { verdict: "not_helpful" });
  await ask("answer", "2026-11-03T10:00:00");
  await ask("answer", "2026-11-04T09:00:00");
  await ask("answer", "2026-11-05T09:00:00");
  await ask("answer", "2026-11-05T09:05:00", { handoffReason: "asked_for_person" });
  await ask("handoff", "2026-11-02T16:00:00", { handoffReason: "out_of_scope" });
  await ask("handoff", "2026-11-03T09:00:00", { handoffReason: "out_of_scope" });
  await ask("clarify", "2026-11-04T10:00:00");
  await ask("smalltalk", "2026-11-04T11:00:00");
  // outside the period: not counted
  await ask("answer", "2026-10-30T09:00:00");

  const handoff = async (at: string, reason = "out_of_scope") =>
    (await db.insert(handoffs).values({ wardId: ward.id, residentId: rid, question: `cần cán bộ ${at}`, reason, createdAt: vn(at) }).returning())[0]!.id;
  const replyAt = async (id: number, at: string) => {
    clock.t = vn(at);
    await server.services.staff.handoffs.reply(actor, ward.id, id, `Trả lời lúc ${at}`);
  };
  // before the period: claimed and answered late, still open → must NOT count as overdue now
  const h0 = await handoff("2026-10-26T09:00:00");
  await replyAt(h0, "2026-10-28T09:00:00");
  const h1 = await handoff("2026-11-02T09:00:00");
  await replyAt(h1, "2026-11-02T09:30:00"); // 30 min, on time
  const h2 = await handoff("2026-11-02T10:00:00");
  await replyAt(h2, "2026-11-02T11:00:00"); // 60 min, on time
  const h3 = await handoff("2026-11-02T16:00:00"); // due Tue 16:30
  await replyAt(h3, "2026-11-04T09:00:00"); // 2 days 17 h = 2460 min, late
  await handoff("2026-11-03T09:00:00"); // due Wed 9:30, never answered → overdue now
  const h6 = await handoff("2026-11-05T09:05:00", "asked_for_person");
  await replyAt(h6, "2026-11-05T09:15:00"); // 10 min, on time
  clock.t = vn("2026-11-05T09:20:00");
  await server.services.staff.handoffs.resolve(actor, ward.id, h6);
  await handoff("2026-11-06T09:00:00"); // due Mon 10:30: still in time
  clock.t = vn("2026-11-06T10:00:00");

  // satisfaction: chats 5, 4, 2 (2 of 3 satisfied); a skipped survey; an answer outside the period
  const survey = (handoffId: number, status: "answered" | "skipped", rating: number | null, at: string) =>
    db.insert(satisfactionSurveys).values({ wardId: ward.id, handoffId, residentId: rid, staffUserId: actor.userId, status, rating, sentAt: vn(at) - 60_000, answeredAt: status === "answered" ? vn(at) : null });
  await survey(h1, "answered", 5, "2026-11-02T12:00:00");
  await survey(h2, "answered", 4, "2026-11-03T12:00:00");
  await survey(h3, "answered", 2, "2026-11-04T12:00:00");
  // resolving h6 sent its survey (staff had replied); the resident skipped it
  await db.update(satisfactionSurveys).set({ status: "skipped", answeredAt: vn("2026-11-05T10:00:00") }).where(eq(satisfactionSurveys.handoffId, h6));
  await survey(h0, "answered", 1, "2026-10-28T12:00:00");

  // reports rated in the period: 5, 5, 4, 3 (3 of 4 satisfied)
  const [user] = await db.insert(miniappUsers).values({ wardId: ward.id, appUserId: "app-figures", displayName: "Người dân", createdAt: vn("2026-10-01T08:00:00"), lastSeenAt: vn("2026-10-01T08:00:00") }).returning();
  let n = 0;
  for (const [rating, at] of [[5, "2026-11-02T15:00:00"], [5, "2026-11-03T15:00:00"], [4, "2026-11-04T15:00:00"], [3, "2026-11-05T15:00:00"], [1, "2026-11-09T15:00:00"]] as const) {
    n++;
    await db.insert(reports).values({
      wardId: ward.id, code: `PA-SL-${n}`, userId: user!.id, clientRequestId: `r${n}`, category: "chieu-sang", priority: "normal", status: "resolved",
      description: "Đèn đường hỏng", acknowledgeBy: vn("2026-10-20T10:00:00"), resolveBy: vn("2026-10-25T10:00:00"), resolvedAt: vn(at) - 3600_000,
      rating, ratedAt: vn(at), createdAt: vn("2026-10-19T09:00:00"), updatedAt: vn(at),
    });
  }
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

describe("figures of a known week", () => {
  it("the dashboard API reports every figure by its definition", async () => {
    const res = await staff.request(`/api/staff/wards/${ward.slug}/dashboard?from=2026-11-02&to=2026-11-06`);
    expect(res.status).toBe(200);
    const d = (await res.json()) as Record<string, any>;
    expect(d.questions).toBe(11);
    expect(d.answeredByBot).toBe(5); // 6 answers − 1 "Chưa đúng"; the hand-off entry is not a bot answer
    expect(d.answered).toBe(5);
    expect(d.handedOff).toBe(6);
    expect(d.requestsForPerson).toBe(1);
    expect(d.replied).toBe(4);
    // 10, 30, 60, 2460 minutes
    expect(d.staffReplyMinutes).toEqual({ median: 45, p90: 2460 });
    expect(d.repliedOnTime).toBe(3);
    expect(d.repliedLate).toBe(1);
    expect(d.unrepliedPastDeadline).toBe(1);
    expect(d.overdueNow).toBe(1); // the unanswered one; the old answered-but-open one is not overdue
    expect(d.activeHandoffs).toBe(6);
    expect(d.helpful).toBe(2);
    expect(d.notHelpful).toBe(1);
    expect(d.satisfaction.chats).toEqual({ rate: 2 / 3, count: 3, satisfied: 2 });
    expect(d.satisfaction.reports).toEqual({ rate: 3 / 4, count: 4, satisfied: 3 });
    expect(d.satisfaction.surveysSent).toBe(4);
    expect(d.satisfaction.surveysSkipped).toBe(1);
    expect(d.satisfaction.target).toBe(0.95);
    expect(d.daily.map((x: { day: string; questions: number; answered: number; handoffs: number }) => [x.day, x.questions, x.answered, x.handoffs])).toEqual([
      ["2026-11-02", 3, 2, 3],
      ["2026-11-03", 3, 1, 1],
      ["2026-11-04", 3, 1, 0],
      ["2026-11-05", 2, 1, 1],
      ["2026-11-06", 0, 0, 1],
    ]);
  });

  it("a period without any staff reply has null reply times and null rates", async () => {
    const d = (await (await staff.request(`/api/staff/wards/${ward.slug}/dashboard?from=2026-09-01&to=2026-09-30`)).json()) as Record<string, any>;
    expect(d.staffReplyMinutes).toEqual({ median: null, p90: null });
    expect(d.satisfaction.chats).toEqual({ rate: null, count: 0, satisfied: 0 });
  });

  it("the handoffs CSV carries the same rows: deadline, reply minutes, on time or not", async () => {
    const csv = await (await staff.request(`/console/w/${ward.slug}/export/handoffs.csv?from=2026-11-02&to=2026-11-06`)).text();
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(7);
    expect(lines.filter((l) => l.includes(",đúng hạn,"))).toHaveLength(3);
    expect(lines.filter((l) => l.includes(",trễ hạn,"))).toHaveLength(1);
    expect(lines.filter((l) => l.includes("quá hạn, chưa trả lời"))).toHaveLength(1);
    expect(lines.find((l) => l.includes("16:00 02/11/2026"))).toContain("16:30 03/11/2026,09:00 04/11/2026,2460,trễ hạn");
  });

  it("the dashboard page shows the reply times and satisfaction against the 95% target", async () => {
    const html = await (await staff.request(`/console/w/${ward.slug}?from=2026-11-02&to=2026-11-06`)).text();
    expect(html).toMatch(/data-testid="reply-median">[^<]*<b>45 phút<\/b>/);
    expect(html).toMatch(/data-testid="reply-p90">[^<]*<b>1 ngày 17 giờ<\/b>/);
    expect(html).toContain("66,7%");
    expect(html).toContain("2/3 đánh giá hài lòng");
    expect(html).toContain("mục tiêu ≥ 95%");
    const [still] = await server.services.deps.db.select().from(handoffs).where(eq(handoffs.wardId, ward.id));
    expect(still).toBeDefined();
  });
});
