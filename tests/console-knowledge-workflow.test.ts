/**
 * The communicators' knowledge workflow over real HTTP: search and filters of the entry list,
 * the Zalo preview of what is being typed, the review page's diff against the published entry,
 * a shared entry a ward communicator may not publish (why, and a ward-specific copy instead), and
 * the actions on unanswered questions (write an entry, add as a sample question, dismiss).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askLog } from "../server/db/schema";
import { startNodeServer, type NodeServer } from "../server/node-server";
import type { KnowledgeEntry } from "../server/knowledge/knowledge-schema";
import { ConsoleClient, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { createWard, makeTempDir, postWebhook, signedEvent, testConfig, textEvent, waitFor, zaloId, type TestWard } from "./support/factories";

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;
let comm: ConsoleClient;
const kb = (path = "") => `/console/w/${ward.slug}/kb${path}`;

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("kb-workflow");
  server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1" });
  ward = await setupWard(server, fake, "phuong-bien-tap", "Phường Biên Tập");
  const account = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["communicator", "staff"] }] });
  comm = new ConsoleClient(server.url);
  expect((await comm.login(account.email, account.password)).status).toBe(303);
});

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

/** An entry's form as the editor posts it. */
async function entryForm(id: string) {
  const entry = (await server.services.knowledge.load()).entries.find((e) => e.id === id) as KnowledgeEntry;
  return {
    id: entry.id,
    title: entry.title,
    summary: entry.summary ?? "",
    category: entry.category,
    questions: entry.questions.join("\n"),
    keywords: entry.keywords.join(", "),
    procedures: entry.procedures.join(", "),
    links: entry.links.map((l) => `${l.label} | ${l.url}`).join("\n"),
    sources: entry.sources.map((x) => `${x.title} | ${x.url}`).join("\n"),
    wards: entry.wards === "all" ? "all" : entry.wards.join(", "),
    last_reviewed: entry.last_reviewed,
    body: entry.body,
  };
}

const unescape = (html: string) => html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** The messages a preview shows: each one's text and the titles of its buttons. */
function previewMessages(html: string) {
  return [...html.matchAll(/<div class="part" aria-label="Tin nhắn \d+">([\s\S]*?)<\/div>/g)].map((m) => {
    const [text, list = ""] = m[1]!.split('<ul class="buttons"');
    return { text: unescape(text!), buttons: [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((b) => unescape(b[1]!)) };
  });
}

/** What a resident's phone receives for a message: the consultation messages' texts and button titles. */
async function residentAsks(w: TestWard, userId: string, text: string) {
  const before = fake.sent(userId).length;
  expect((await postWebhook(server.url, await signedEvent(w, textEvent(w, { userId, text })))).status).toBe(200);
  await server.queue.idle();
  await waitFor(() => fake.sent(userId).length > before || undefined, { what: `reply to "${text}"` });
  await server.queue.idle();
  return fake.sent(userId)
    .slice(before)
    .map((m) => ({ text: m.text ?? "", buttons: ((m.attachment as { payload?: { buttons?: Array<{ title: string }> } } | undefined)?.payload?.buttons ?? []).map((b) => b.title) }));
}

const entryRows = (html: string) => [...html.matchAll(/<a href="\/console\/w\/[^/]+\/kb\/e\/([a-z0-9-]+)">/g)].map((m) => m[1]!);

describe("entry list", () => {
  it("finds entries by words typed without diacritics and filters by topic and verification", async () => {
    const all = entryRows(await (await comm.request(kb())).text());
    const found = entryRows(await (await comm.request(kb("?q=can+cuoc"))).text());
    expect(found).toContain("dvc-can-cuoc");
    expect(found.length).toBeLessThan(all.length);
    const scams = entryRows(await (await comm.request(kb("?category=lua-dao"))).text());
    expect(scams.length).toBeGreaterThan(0);
    expect(scams.every((id) => all.includes(id))).toBe(true);
    const unverified = await (await comm.request(kb("?verified=no"))).text();
    expect(unverified).not.toContain('class="badge green">Đã xác minh');
    expect((await comm.request(kb("?category=khong-co"))).status).toBe(400);
  });
});

describe("editing", () => {
  it("previews what is typed as Zalo will show it", async () => {
    const res = await comm.post(kb("/preview"), { category: "phuong", body: "Dạ, {{ward.name}} tiếp dân sáng thứ Năm.", questions: "a\nb\nc" });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('data-testid="zalo-preview"');
    expect(html).toContain("Dạ, Phường Biên Tập tiếp dân sáng thứ Năm.");
    expect(html).not.toContain('data-testid="worded-note"'); // no language model: the preview is the reply itself
  });

  it("the preview is the bot's own reply: each part equals what the Zalo fake receives for the same entry and question", async () => {
    const form = await entryForm("dvc-khai-sinh");
    const preview = async (xem: string) => {
      const res = await comm.post(kb("/preview"), { ...form, xem });
      expect(res.status).toBe(200);
      return previewMessages(await res.text());
    };
    const userId = zaloId("2");
    const ask = (text: string) => residentAsks(ward, userId, text);

    const fee = await ask("đăng ký khai sinh cho con mất bao nhiêu tiền");
    expect(fee[0]!.text).toMatch(/^Lệ phí \(Đăng ký khai sinh/);
    expect(await preview("fee")).toEqual(fee);
    // the whole entry: the number the resident was offered for "Xem đầy đủ"
    const full = /(\d)\. Xem đầy đủ/.exec(fee.at(-1)!.text)![1]!;
    expect(await preview("full")).toEqual(await ask(full));
    const summary = await ask("làm giấy khai sinh cho con");
    expect(summary.map((m) => m.text).join("\n")).toContain("Ông/bà nhắn số để chọn:\n1. Giấy tờ cần mang");
    expect(await preview("summary")).toEqual(summary);

    // without JavaScript the parts are links; the entry page shows the part asked for
    const page = await (await comm.request(kb("/e/dvc-khai-sinh?xem=fee"))).text();
    expect(page).toContain('href="?xem=documents#live-preview"');
    expect(page).toMatch(/aria-current="true"[^>]*>Lệ phí<|data-shown="fee" aria-current="true">Lệ phí</);
    expect(previewMessages(page)).toEqual(fee);
    expect((await comm.request(kb("/e/dvc-khai-sinh?xem=khong-co"))).status).toBe(400);
  });

  it("a ward that verified Zalo buttons sees the buttons its residents get", async () => {
    const appId = zaloId("1");
    fake.registerApp(appId, "app-secret-nut-bam");
    const buttons = await createWard(server.services, { slug: "phuong-nut-bam", name: "Phường Nút Bấm", appId, appSecret: "app-secret-nut-bam", tokens: fake.issueTokens(appId), profile: { zalo: { cs_buttons: true } } });
    const account = await createStaff(server, { wards: [{ wardId: buttons.id, roles: ["communicator"] }] });
    const client = new ConsoleClient(server.url);
    expect((await client.login(account.email, account.password)).status).toBe(303);
    const sent = await residentAsks(buttons, zaloId("2"), "đăng ký khai sinh cho con mất bao nhiêu tiền");
    expect(sent.at(-1)!.buttons).toEqual(["1. Giấy tờ cần mang", "2. Nơi làm", "3. Thời gian giải quyết", "4. Xem đầy đủ", "0. Gặp cán bộ"]);
    const res = await client.post(`/console/w/${buttons.slug}/kb/preview`, { ...(await entryForm("dvc-khai-sinh")), xem: "fee" });
    expect(previewMessages(await res.text())).toEqual(sent);
  });

  it("a shared entry: the ward communicator sees why it cannot be published and makes a ward copy", async () => {
    const page = await (await comm.request(kb("/e/dvc-can-cuoc"))).text();
    expect(page).toContain('data-testid="shared-notice"');
    expect(page).toContain("Mục này dùng chung cho mọi phường");
    const copy = await comm.post(kb("/e/dvc-can-cuoc/copy"));
    expect(copy.status).toBe(303);
    const location = copy.headers.get("location")!;
    expect(location).toMatch(/\/kb\/v\/\d+\?ok=copied$/);
    const draft = (await (await comm.request(`/api/staff/wards/${ward.slug}/knowledge/versions/${/v\/(\d+)/.exec(location)![1]}`)).json()) as { entityId: string; data: { wards: string[] } };
    expect(draft.entityId).toBe(`dvc-can-cuoc-${ward.slug}`);
    expect(draft.data.wards).toEqual([ward.slug]);
  });

  it("the review page shows what changed against the published entry", async () => {
    const form = await (await comm.request(kb("/e/dvc-can-cuoc"))).text();
    const body = /<textarea id="f-body" name="body" rows="12">([\s\S]*?)<\/textarea>/.exec(form)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#39;/g, "'");
    const field = (name: string) => new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(form)?.[1] ?? "";
    const questions = /<textarea id="f-questions" name="questions" rows="4">([\s\S]*?)<\/textarea>/.exec(form)![1]!;
    const sources = /<textarea id="f-sources" name="sources" rows="3">([\s\S]*?)<\/textarea>/.exec(form)![1]!.replace(/&amp;/g, "&");
    const res = await comm.post(kb("/e/dvc-can-cuoc/draft"), {
      title: field("title").replace(/&amp;/g, "&"),
      category: "dich-vu-cong",
      questions,
      body: `${body}\nDòng mới thêm để kiểm tra.`,
      sources,
      wards: "all",
      last_reviewed: field("last_reviewed"),
    });
    expect(res.status).toBe(303);
    const review = await (await comm.request(res.headers.get("location")!)).text();
    expect(review).toContain('data-testid="entry-diff"');
    expect(review).toMatch(/<ins>[^<]*Dòng mới thêm để kiểm tra\./);
  });

  it("shows an entry's scope fields (kind, not_covers) and keeps them through an edit", async () => {
    const help = await (await comm.request(kb("/e/kns-ho-tro-tai-nha"))).text();
    expect(help).toMatch(/name="kind" value="assistance" checked/);
    const bhyt = await (await comm.request(kb("/e/dvc-bhyt-ho-gia-dinh"))).text();
    expect(/<textarea id="f-not-covers" name="not_covers" rows="2">([\s\S]*?)<\/textarea>/.exec(bhyt)?.[1]).toContain("bảo hiểm nhân thọ");
    const res = await comm.post(kb("/e/dvc-bhyt-ho-gia-dinh/draft"), { ...(await entryForm("dvc-bhyt-ho-gia-dinh")), not_covers: "bảo hiểm nhân thọ\r\nbảo hiểm xe máy", kind: "assistance" });
    expect(res.status).toBe(303);
    const vid = /v\/(\d+)/.exec(res.headers.get("location")!)![1];
    const draft = (await (await comm.request(`/api/staff/wards/${ward.slug}/knowledge/versions/${vid}`)).json()) as { data: { kind?: string; not_covers?: string[] } };
    expect(draft.data.not_covers).toEqual(["bảo hiểm nhân thọ", "bảo hiểm xe máy"]);
    expect(draft.data.kind).toBe("assistance");
  });
});

describe("unanswered questions", () => {
  it("a group can be added as a sample question to an entry, or dismissed", async () => {
    const { db } = server.services.deps;
    const now = Date.now();
    for (const q of ["Phường có cho mượn hội trường tổ chức đám cưới không", "phuong co cho muon hoi truong to chuc dam cuoi khong a"]) {
      await db.insert(askLog).values({ wardId: ward.id, channel: "zalo", question: q, kind: "handoff", handoffReason: "out_of_scope", createdAt: now - 60_000 });
    }
    await db.insert(askLog).values({ wardId: ward.id, channel: "zalo", question: "Xin số điện thoại ông tổ trưởng dân phố", kind: "handoff", handoffReason: "out_of_scope", createdAt: now - 60_000 });
    const page = await (await comm.request(`/console/w/${ward.slug}/unanswered`)).text();
    expect(page).toContain("Viết mục mới");
    expect(page).toContain(`/kb/new?question=${encodeURIComponent("Phường có cho mượn hội trường tổ chức đám cưới không")}`);
    const prefilled = await (await comm.request(kb(`/new?question=${encodeURIComponent("Phường có cho mượn hội trường tổ chức đám cưới không")}`))).text();
    expect(prefilled).toContain(">Phường có cho mượn hội trường tổ chức đám cưới không</textarea>");

    const sample = await comm.post(`/console/w/${ward.slug}/unanswered/sample`, { question: "Xin số điện thoại ông tổ trưởng dân phố", entryId: "dvc-can-cuoc" });
    expect(sample.status).toBe(303);
    const vid = /v\/(\d+)/.exec(sample.headers.get("location")!)![1];
    const draft = (await (await comm.request(`/api/staff/wards/${ward.slug}/knowledge/versions/${vid}`)).json()) as { data: { questions: string[] } };
    expect(draft.data.questions.at(-1)).toBe("Xin số điện thoại ông tổ trưởng dân phố");

    const dismissed = await comm.post(`/console/w/${ward.slug}/unanswered/dismiss`, { question: "Phường có cho mượn hội trường tổ chức đám cưới không" });
    expect(dismissed.status).toBe(303);
    const after = await (await comm.request(`/console/w/${ward.slug}/unanswered`)).text();
    expect(after).not.toContain("hội trường tổ chức đám cưới");
    expect(after).toContain("tổ trưởng dân phố");
  });
});
