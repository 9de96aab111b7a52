/**
 * The satisfaction survey after a chat handoff, end to end over real HTTP: staff reply and
 * resolve in the console API, the one-question survey (1–5, text only) reaches the Zalo fake,
 * the resident's answer arrives as a signed webhook and is recorded per handoff and per staff
 * member; "bỏ qua" skips it; any other message lets it lapse and is answered as usual.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ratingOf } from "../server/conversations/satisfaction-survey";
import { satisfactionSurveys } from "../server/db/schema-console";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { ConsoleClient, createHandoff, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, postWebhook, signedEvent, testConfig, textEvent, waitFor, type TestWard } from "./support/factories";

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;
let staff: ConsoleClient;
let staffUserId: number;

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("survey");
  server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1" });
  ward = await setupWard(server, fake, "phuong-hai-long", "Phường Hài Lòng");
  const account = await createStaff(server, { name: "Phạm Thu Hà", wards: [{ wardId: ward.id, roles: ["staff"] }] });
  staff = new ConsoleClient(server.url);
  expect((await staff.login(account.email, account.password)).status).toBe(303);
  staffUserId = ((await (await staff.request("/api/staff/me")).json()) as { id: number }).id;
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

async function handledAndResolved(text = "Tôi muốn gặp cán bộ phường") {
  const h = await createHandoff(server, ward, { text });
  const api = (path: string, body: unknown = {}) => staff.api(`/api/staff/wards/${ward.slug}/handoffs/${h.handoffId}/${path}`, body);
  expect((await api("claim")).status).toBe(200);
  expect((await api("reply", { text: "Dạ, cán bộ địa chính trực sáng thứ Ba, ông/bà mang sổ đỏ đến nhé." })).status).toBe(200);
  const resolved = await api("resolve");
  expect(await resolved.json()).toEqual({ ok: true, surveySent: true });
  const survey = await waitFor(() => fake.sent(h.userId).find((m) => m.text?.includes("5 - Rất hài lòng")), { what: "survey at Zalo" });
  return { ...h, survey };
}

async function residentSays(userId: string, text: string) {
  await postWebhook(server.url, await signedEvent(ward, textEvent(ward, { userId, text })));
  await server.queue.idle();
}

async function surveyOf(handoffId: number) {
  const [row] = await server.services.deps.db.select().from(satisfactionSurveys).where(eq(satisfactionSurveys.handoffId, handoffId));
  return row!;
}

describe("satisfaction survey", () => {
  it("is one text message, numbered 1–5, that fits a phone screen", async () => {
    const { survey, handoffId } = await handledAndResolved();
    expect(survey.attachment).toBeUndefined();
    expect(survey.text!.length).toBeLessThan(400);
    for (const n of [1, 2, 3, 4, 5]) expect(survey.text).toContain(`${n} - `);
    expect(survey.text).toContain("bỏ qua");
    expect(await surveyOf(handoffId)).toMatchObject({ status: "sent", staffUserId, rating: null });
  });

  it("a number is recorded for the handoff and the staff member, thanked, and shows on the dashboard", async () => {
    const { userId, handoffId } = await handledAndResolved();
    const before = fake.sent(userId).length;
    await residentSays(userId, "Số 4 ạ");
    expect(await surveyOf(handoffId)).toMatchObject({ status: "answered", rating: 4, staffUserId });
    const thanks = await waitFor(() => fake.sent(userId).slice(before).find((m) => m.text?.includes("cảm ơn")), { what: "thanks" });
    expect(thanks.text).not.toContain("5 - ");
    const d = (await (await staff.request(`/api/staff/wards/${ward.slug}/dashboard`)).json()) as { satisfaction: { chats: { rate: number; count: number }; chatsByStaff: Array<{ name: string; count: number }> } };
    expect(d.satisfaction.chats.count).toBeGreaterThanOrEqual(1);
    expect(d.satisfaction.chatsByStaff.find((s) => s.name === "Phạm Thu Hà")?.count).toBeGreaterThanOrEqual(1);
    // a second number is an ordinary message now (the survey is answered once)
    await residentSays(userId, "5");
    expect((await surveyOf(handoffId)).rating).toBe(4);
  });

  it("“bỏ qua” skips it; another question lets it lapse and gets the assistant's answer", async () => {
    const skipped = await handledAndResolved();
    await residentSays(skipped.userId, "bỏ qua");
    expect(await surveyOf(skipped.handoffId)).toMatchObject({ status: "skipped", rating: null });

    const moved = await handledAndResolved();
    const before = fake.sent(moved.userId).length;
    await residentSays(moved.userId, "Làm căn cước cho con ở đâu?");
    expect(await surveyOf(moved.handoffId)).toMatchObject({ status: "expired", rating: null });
    const answer = await waitFor(() => fake.sent(moved.userId)[before], { what: "assistant answer" });
    expect(answer.text).not.toContain("cảm ơn ông/bà đã đánh giá");
  });

  it("reads the ways residents write a number", () => {
    expect(["5", "Số 4", "4 điểm", "5 sao", "năm", "3.", "2 ạ"].map(ratingOf)).toEqual([5, 4, 4, 5, 5, 3, 2]);
    expect(["15", "3 ngày", "số 6", "0"].map(ratingOf)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
