/**
 * Nothing already accepted is lost by a console save. For EVERY entry and procedure record in
 * knowledge/, a communicator opens its console edit form over real HTTP, submits it exactly as a
 * browser would (every field as rendered, unchanged: checked boxes only, the selected option,
 * textareas with CRLF line ends), and the saved draft must deep-equal the original record. The
 * draft is then opened from its own page (/kb/v/:vid) and saved again: still equal. Also: the
 * English texts of a procedure are checked like kb:check does, and a Vietnamese fee or time
 * changed without its English rendering is refused (server/staff/console-record-carry.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { kbVersions, staffUsers } from "../server/db/schema-staff";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { entryFrontMatterSchema, procedureSchema, type KnowledgeEntry, type Procedure } from "../server/knowledge/knowledge-schema";
import { listFactSchema, textFactSchema } from "../server/knowledge/procedure-facts";
import type { Actor } from "../server/staff/access";
import type { EntryDraft } from "../server/staff/knowledge-editor";
import { ConsoleClient, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, testConfig, type TestWard } from "./support/factories";
import { launchChromium } from "./support/chromium";

let fake: FakeZalo;
let server: NodeServer;
let tmp: ReturnType<typeof makeTempDir>;
let ward: TestWard;
let comm: ConsoleClient;
let account: { email: string; password: string };
let city: ConsoleClient;
let cityActor: Actor;
const kb = (path = "") => `/console/w/${ward.slug}/kb${path}`;
const official = "https://dichvucong.gov.vn";

/** A procedure record with every optional field of procedureSchema set (knowledge/ may not use them all). */
const fullProcedure = {
  id: "thu-giu-truong",
  name: "Thủ tục thử giữ trường",
  name_en: "Field-keeping test procedure",
  code: "1.999999",
  code_url: `${official}/thu-tuc-hanh-chinh/thu-giu-truong`,
  summary: "Thủ tục thử: làm tại Bộ phận Một cửa của phường trong 3 ngày làm việc.",
  deciding_body: "Ủy ban nhân dân phường",
  deciding_body_en: "The ward People's Committee",
  submission: "online_partial",
  documents: ["Tờ khai thử", "Căn cước của người đi làm thủ tục"],
  documents_en: ["The test form", "The ID card of the person filing"],
  dvc_url: official,
  sources: [{ title: "Cổng Dịch vụ công quốc gia", url: official }],
  where: { text: "Bộ phận Một cửa UBND phường", text_en: "The ward's one-stop office", verified: true, source: official },
  legal_time: { text: "3 ngày làm việc", text_en: "3 working days", verified: false, note: "Phường xác nhận thời hạn." },
  fee: { text: "Miễn lệ phí", text_en: "Free of charge", verified: false, source: official, note: "Chưa đối chiếu văn bản gốc." },
  legal_basis: { items: ["Nghị định thử số 1/2026/NĐ-CP"], verified: true, source: official },
  online: "Nộp trên Cổng Dịch vụ công quốc gia, mang bản chính khi nhận kết quả.",
  online_en: "Submit on the National Public Service Portal and bring the original when you receive the result.",
  special: "Người ốm được cán bộ hỗ trợ tại nhà.",
} satisfies Procedure;

/** An entry with every optional front-matter field set, yes/no facts quoting its own summary. */
const fullEntry = (wardSlug: string): EntryDraft => ({
  id: "thu-giu-truong-muc",
  title: "Thử giữ trường khi lưu",
  category: "phuong",
  questions: ["thử giữ trường làm ở đâu", "thử giữ trường cần giấy tờ gì", "thử giữ trường mất bao lâu"],
  keywords: ["giữ trường thử", "2026"],
  procedures: ["thu-giu-truong"],
  action: "handoff",
  links: [{ label: "Cổng Dịch vụ công", url: official }],
  sources: [{ title: "Cổng Dịch vụ công quốc gia", url: official }],
  wards: [wardSlug],
  last_reviewed: "2026-11-30",
  verified: false,
  unverified: "Nội dung thử, phường cần xác minh.",
  summary: "Dạ, việc thử giữ trường làm tại Bộ phận Một cửa của phường, mang theo căn cước.",
  summary_en: "The field-keeping test is done at the ward's one-stop office; bring your ID card.",
  kind: "assistance",
  not_covers: ["bảo hiểm nhân thọ"],
  yes_no: [{ asks: ["giữ trường + phường"], unless: ["nước ngoài"], answer: "có", says: "làm tại Bộ phận Một cửa của phường" }],
  special_en: "Someone else may come for you with a written authorisation.",
  body: "## Nơi làm\n{{procedure.thu-giu-truong.where}}\n\n## Giấy tờ cần mang\n{{procedure.thu-giu-truong.documents}}\n\n## Trường hợp đặc biệt\nNhờ người khác làm thay thì kèm văn bản ủy quyền.",
});

beforeAll(async () => {
  fake = await FakeZalo.start();
  tmp = makeTempDir("kb-roundtrip");
  server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1" });
  ward = await setupWard(server, fake, "phuong-giu-truong", "Phường Giữ Trường");
  account = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["communicator"] }] });
  comm = new ConsoleClient(server.url);
  expect((await comm.login(account.email, account.password)).status).toBe(303);
  const admin = await createStaff(server, { cityAdmin: true });
  city = new ConsoleClient(server.url);
  expect((await city.login(admin.email, admin.password)).status).toBe(303);
  const [row] = await server.services.deps.db.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.email, admin.email));
  cityActor = await server.services.staff.auth.actor(row!.id);
  // records using every optional field, published the way a city admin publishes
  const editor = server.services.staff.knowledge;
  await editor.publishProcedure(cityActor, ward, procedureSchema.parse(fullProcedure), "Hồ sơ thử có mọi trường");
  const vid = await editor.saveEntryDraft(cityActor, ward, fullEntry(ward.slug), { isNew: true });
  await editor.submitForReview(cityActor, ward, vid);
  await editor.publish(cityActor, ward, vid);
}, 60_000);

afterAll(async () => {
  await server?.close();
  await fake?.close();
  tmp?.remove();
});

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");

function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    if (m.index === 0) continue; // the tag name
    out.set(m[1]!.toLowerCase(), unescape(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return out;
}

/**
 * The form whose action is `action`, serialised as a browser submits it (HTML's "constructing the
 * entry list"): named, enabled controls in document order; checkboxes and radios only when
 * checked (value "on" by default); a select's selected option (else its first); a textarea's
 * text with line ends normalised to CRLF; buttons without a name send nothing.
 */
function browserSubmission(html: string, action: string): URLSearchParams {
  const start = html.indexOf(`action="${action}"`);
  if (start < 0) throw new Error(`no form posting to ${action}`);
  const formOpen = html.lastIndexOf("<form", start);
  const form = html.slice(formOpen, html.indexOf("</form>", start));
  const body = new URLSearchParams();
  const crlf = (v: string) => v.replace(/\r\n|\r|\n/g, "\r\n");
  for (const m of form.matchAll(/<input\b[^>]*>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>|<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const tag = m[0];
    if (tag.startsWith("<input")) {
      const a = attrs(tag);
      const name = a.get("name");
      if (!name || a.has("disabled")) continue;
      const type = (a.get("type") ?? "text").toLowerCase();
      if (type === "submit" || type === "button" || type === "reset" || type === "image" || type === "file") continue;
      if ((type === "checkbox" || type === "radio") && !a.has("checked")) continue;
      // a text input's value cannot hold line breaks (the browser strips them)
      const value = type === "checkbox" || type === "radio" ? (a.get("value") ?? "on") : (a.get("value") ?? "").replace(/[\r\n]/g, "");
      body.append(name, value);
    } else if (tag.startsWith("<textarea")) {
      const a = attrs(`<textarea${m[1]}>`);
      const name = a.get("name");
      if (!name || a.has("disabled")) continue;
      // the HTML parser drops one newline right after <textarea>
      body.append(name, crlf(unescape(m[2]!).replace(/^\r?\n/, "")));
    } else {
      const a = attrs(`<select${m[3]}>`);
      const name = a.get("name");
      if (!name || a.has("disabled")) continue;
      const options = [...m[4]!.matchAll(/<option\b([^>]*)>([\s\S]*?)<\/option>/g)].map((o) => ({ a: attrs(`<option${o[1]}>`), text: unescape(o[2]!) }));
      const chosen = options.find((o) => o.a.has("selected")) ?? options[0];
      if (chosen) body.append(name, chosen.a.get("value") ?? chosen.text.trim());
    }
  }
  return body;
}

/** GET the page, submit its form `action` unchanged; the id of the saved version. */
async function openAndSubmit(pagePath: string, action: string): Promise<number> {
  const page = await comm.request(pagePath);
  expect(page.status, pagePath).toBe(200);
  const body = browserSubmission(await page.text(), action);
  const res = await comm.request(action, { method: "POST", body });
  const text = res.status === 303 ? "" : await res.text();
  expect(res.status, `${action}: ${/<div class="msg (?:err|warn)"[^>]*>([\s\S]*?)<\/div>/.exec(text)?.[1] ?? text.slice(0, 400)}`).toBe(303);
  const vid = Number(/\/kb\/v\/(\d+)/.exec(res.headers.get("location") ?? "")?.[1]);
  expect(vid, "redirect to the saved version").toBeGreaterThan(0);
  return vid;
}

async function savedData(vid: number): Promise<Record<string, unknown>> {
  const [row] = await server.services.deps.db.select({ data: kbVersions.data }).from(kbVersions).where(eq(kbVersions.id, vid));
  return JSON.parse(row!.data) as Record<string, unknown>;
}

/** Every path where `saved` differs from `original` ("fee.text_en: lost", "name: changed …"). */
export function differences(original: unknown, saved: unknown, path = ""): string[] {
  const here = path || "(record)";
  if (original === saved) return [];
  if (original === undefined) return [`${here}: added ${JSON.stringify(saved)}`];
  if (saved === undefined) return [`${here}: LOST (was ${JSON.stringify(original).slice(0, 120)})`];
  if (Array.isArray(original) && Array.isArray(saved)) {
    if (original.length !== saved.length) return [`${here}: ${original.length} items → ${saved.length}`];
    return original.flatMap((o, i) => differences(o, saved[i], `${path}[${i}]`));
  }
  if (original && saved && typeof original === "object" && typeof saved === "object" && !Array.isArray(original) && !Array.isArray(saved)) {
    const keys = new Set([...Object.keys(original), ...Object.keys(saved)]);
    return [...keys].flatMap((k) => differences((original as Record<string, unknown>)[k], (saved as Record<string, unknown>)[k], path ? `${path}.${k}` : k));
  }
  return [`${here}: changed ${JSON.stringify(original).slice(0, 120)} → ${JSON.stringify(saved).slice(0, 120)}`];
}

/** Runs `work` over `items`, a few at a time (the server serves concurrent requests). */
async function inPool<T>(items: T[], work: (item: T) => Promise<void>, width = 6): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

/** Keys that occur in at least one of the objects. */
const keysOf = (objects: object[]) => new Set(objects.flatMap((o) => Object.keys(o)));

/** The record as JSON keeps it (undefined optional fields gone). */
const asStored = (x: unknown) => JSON.parse(JSON.stringify(x)) as Record<string, unknown>;

describe("a console save keeps every field of every record", () => {
  it("entries: the edit form, then the draft's own form, saved unchanged keep the entry as it is", async () => {
    const entries = (await server.services.knowledge.load()).entries;
    expect(entries.length).toBeGreaterThan(50);
    // every field of the schema is exercised by at least one record (status is the workflow's, not the form's)
    const used = keysOf(entries);
    expect(Object.keys(entryFrontMatterSchema.shape).filter((k) => !used.has(k))).toEqual([]);
    expect(entries.some((e) => e.wards === "all") && entries.some((e) => Array.isArray(e.wards))).toBe(true);
    const lost: string[] = [];
    await inPool(entries, async (entry) => {
      const { status: _status, ...original } = asStored(entry) as KnowledgeEntry;
      const first = await openAndSubmit(kb(`/e/${entry.id}`), kb(`/e/${entry.id}/draft`));
      for (const d of differences(original, await savedData(first))) lost.push(`entry ${entry.id} (edit form): ${d}`);
      const second = await openAndSubmit(kb(`/v/${first}`), kb(`/v/${first}`));
      expect(second).toBe(first);
      for (const d of differences(original, await savedData(second))) lost.push(`entry ${entry.id} (draft form): ${d}`);
    });
    expect(lost, lost.join("\n")).toEqual([]);
  }, 120_000);

  it("procedures: the edit form, then the draft's own form, saved unchanged keep the record as it is", async () => {
    const procedures = [...(await server.services.knowledge.load()).procedures.values()];
    expect(procedures.length).toBeGreaterThan(20);
    expect(procedures.some((p) => p.name_en && p.fee.text_en && p.legal_time.text_en)).toBe(true);
    const used = keysOf(procedures);
    expect(Object.keys(procedureSchema.shape).filter((k) => !used.has(k))).toEqual([]);
    for (const key of ["where", "legal_time", "fee"] as const) {
      const factKeys = keysOf(procedures.map((p) => p[key]));
      expect(Object.keys(textFactSchema.shape).filter((k) => !factKeys.has(k)), key).toEqual([]);
    }
    const basisKeys = keysOf(procedures.map((p) => p.legal_basis));
    expect(Object.keys(listFactSchema.shape).filter((k) => !basisKeys.has(k))).toEqual([]);
    const lost: string[] = [];
    await inPool(procedures, async (procedure) => {
      const original = asStored(procedure);
      const first = await openAndSubmit(kb(`/p/${procedure.id}`), kb(`/p/${procedure.id}/draft`));
      for (const d of differences(original, await savedData(first))) lost.push(`procedure ${procedure.id} (edit form): ${d}`);
      const second = await openAndSubmit(kb(`/v/${first}`), kb(`/v/${first}`));
      expect(second).toBe(first);
      for (const d of differences(original, await savedData(second))) lost.push(`procedure ${procedure.id} (draft form): ${d}`);
    });
    expect(lost, lost.join("\n")).toEqual([]);
  }, 120_000);
});

/** The form of `pagePath` posting to `action`, as the browser would send it, with some fields changed. */
async function formOf(client: ConsoleClient, pagePath: string, action: string, change: Record<string, string | null> = {}): Promise<URLSearchParams> {
  const page = await client.request(pagePath);
  expect(page.status, pagePath).toBe(200);
  const body = browserSubmission(await page.text(), action);
  for (const [k, v] of Object.entries(change)) {
    if (v === null) body.delete(k);
    else body.set(k, v);
  }
  return body;
}

/** POST the form; on a refusal the page's message (the console shows it in <div class="msg error">). */
async function send(client: ConsoleClient, action: string, body: URLSearchParams): Promise<{ status: number; vid?: number; message: string }> {
  const res = await client.request(action, { method: "POST", body });
  if (res.status === 303) return { status: 303, vid: Number(/\/kb\/v\/(\d+)/.exec(res.headers.get("location") ?? "")?.[1]), message: "" };
  const html = await res.text();
  return { status: res.status, message: unescape(html.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ") };
}

describe("the procedure form's English fields", () => {
  const page = () => kb("/p/chung-thuc-ban-sao");
  const action = () => kb("/p/chung-thuc-ban-sao/draft");
  const feeVi = "2.000 đồng/trang; từ trang thứ ba trở đi 1.000 đồng/trang; tối đa 200.000 đồng/bản (Thông tư 226/2016/TT-BTC).";
  const feeEn = "2,000 VND per page; from the third page 1,000 VND per page; at most 200,000 VND per copy (Circular 226/2016/TT-BTC).";

  it("are shown, labelled in Vietnamese, with the stored English name, fee and time", async () => {
    const html = await (await comm.request(page())).text();
    expect(html).toContain("Tên tiếng Anh (cho câu trả lời tiếng Anh");
    expect(html).toContain("Lệ phí (tiếng Anh)");
    expect(html).toContain("Thời hạn (tiếng Anh)");
    const form = browserSubmission(html, action());
    expect(form.get("name_en")).toBe("Certified copy from the original");
    expect(form.get("fee_text_en")).toBe(feeEn);
    expect(form.get("legal_time_text_en")).toMatch(/^The same day it is received/);
    expect(form.get("fee_en_ok")).toBeNull(); // the "still right" box starts unticked
  });

  it("an edited English name and fee are saved", async () => {
    const reworded = "2,000 VND a page; 1,000 VND a page from the third page; no more than 200,000 VND a copy (Circular 226/2016/TT-BTC).";
    const r = await send(comm, action(), await formOf(comm, page(), action(), { name_en: "Certified copy", fee_text_en: reworded }));
    expect(r.status, r.message).toBe(303);
    const saved = (await savedData(r.vid!)) as Procedure;
    expect(saved.name_en).toBe("Certified copy");
    expect(saved.fee.text_en).toBe(reworded);
    expect(saved.fee.text).toBe(feeVi);
  });

  it("are held to kb:check's rules: the same numbers, no typed marker, English letters (Vietnamese messages)", async () => {
    const wrong = await send(comm, action(), await formOf(comm, page(), action(), { fee_text_en: feeEn.replace("2,000 VND per page", "3,000 VND per page") }));
    expect(wrong.status).toBe(400);
    expect(wrong.message).toContain("Lệ phí (tiếng Anh) phải nêu đúng các con số của bản tiếng Việt");
    const dropped = await send(comm, action(), await formOf(comm, page(), action(), { legal_time_text_en: "The same day." }));
    expect(dropped.status).toBe(400);
    expect(dropped.message).toContain("Thời hạn (tiếng Anh) phải nêu đúng các con số");
    const marker = await send(comm, action(), await formOf(comm, page(), action(), { fee_text_en: `${feeEn} (not yet confirmed)` }));
    expect(marker.status).toBe(400);
    expect(marker.message).toContain("Lệ phí (tiếng Anh): không gõ");
    const vietnamese = await send(comm, action(), await formOf(comm, page(), action(), { fee_text_en: feeEn.replace("per page;", "đồng/trang;") }));
    expect(vietnamese.status).toBe(400);
    expect(vietnamese.message).toContain("Lệ phí (tiếng Anh) phải viết bằng tiếng Anh");
    const shortName = await send(comm, action(), await formOf(comm, page(), action(), { name_en: "CC" }));
    expect(shortName.status).toBe(400);
    expect(shortName.message).toContain("Tên tiếng Anh cần ít nhất 3 ký tự");
  });

  it("a Vietnamese fee changed under the old English text is refused, unless the English is updated, cleared or said to be still right", async () => {
    // the same numbers, a different meaning: the numbers rule alone would let the old English through
    const changed = `${feeVi} Người có công với cách mạng được miễn.`;
    const stale = await send(comm, action(), await formOf(comm, page(), action(), { fee: changed }));
    expect(stale.status).toBe(400);
    expect(stale.message).toContain('Bạn đã sửa "Lệ phí" (tiếng Việt) nhưng "Lệ phí (tiếng Anh)" vẫn là bản cũ');
    // numbers changed too: both messages
    const both = await send(comm, action(), await formOf(comm, page(), action(), { fee: feeVi.replace("2.000 đồng/trang", "3.000 đồng/trang") }));
    expect(both.status).toBe(400);
    expect(both.message).toContain("vẫn là bản cũ");
    expect(both.message).toContain("phải nêu đúng các con số");

    const updated = await send(comm, action(), await formOf(comm, page(), action(), { fee: changed, fee_text_en: `${feeEn} Free for people with meritorious service to the revolution.` }));
    expect(updated.status, updated.message).toBe(303);
    expect(((await savedData(updated.vid!)) as Procedure).fee.text_en).toMatch(/Free for people with meritorious service/);

    const cleared = await send(comm, action(), await formOf(comm, page(), action(), { fee: changed, fee_text_en: "" }));
    expect(cleared.status, cleared.message).toBe(303);
    const withoutEnglish = (await savedData(cleared.vid!)) as Procedure;
    expect(withoutEnglish.fee.text).toBe(changed);
    expect(withoutEnglish.fee.text_en).toBeUndefined();
    expect(withoutEnglish.legal_time.text_en).toBeDefined();

    const typo = await send(comm, action(), await formOf(comm, page(), action(), { fee: feeVi.replace("trở đi", "trở đi,"), fee_en_ok: "on" }));
    expect(typo.status, typo.message).toBe(303);
    expect(((await savedData(typo.vid!)) as Procedure).fee.text_en).toBe(feeEn);
  });

  it("the draft's own form compares with the draft as stored: a time changed there under its old English is refused", async () => {
    const first = await send(comm, action(), await formOf(comm, page(), action()));
    expect(first.status).toBe(303);
    const draftPage = kb(`/v/${first.vid}`);
    const changedTime = await send(comm, draftPage, await formOf(comm, draftPage, draftPage, { legal_time: "Ngay trong ngày tiếp nhận; nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo." }));
    expect(changedTime.status).toBe(400);
    expect(changedTime.message).toContain('Bạn đã sửa "Thời hạn giải quyết" (tiếng Việt) nhưng "Thời hạn (tiếng Anh)" vẫn là bản cũ');
    // the draft is unchanged
    expect(differences(asStored((await server.services.knowledge.load()).procedures.get("chung-thuc-ban-sao")), await savedData(first.vid!))).toEqual([]);
  });

  it("a version with a wrong English text (saved before these rules) cannot be published", async () => {
    const live = (await server.services.knowledge.load()).procedures.get("chung-thuc-ban-sao")!;
    const bad = { ...live, fee: { ...live.fee, text_en: "5,000 VND per page." } };
    const now = Date.now();
    const [row] = await server.services.deps.db
      .insert(kbVersions)
      .values({ kind: "procedure", entityId: live.id, wardId: ward.id, status: "review", data: JSON.stringify(bad), createdBy: cityActor.userId, createdAt: now, updatedAt: now })
      .returning({ id: kbVersions.id });
    const res = await city.post(kb(`/v/${row!.id}/publish`));
    expect(res.status).toBe(400);
    expect(unescape(await res.text())).toContain("Lệ phí (tiếng Anh) phải nêu đúng các con số của bản tiếng Việt");
    expect((await server.services.knowledge.load()).procedures.get("chung-thuc-ban-sao")?.fee.text_en).toBe(live.fee.text_en);
  });

  it("a console edit of the English fee reaches an English answer once a city admin publishes it", async () => {
    const reworded = "2,000 VND for each page; from page three 1,000 VND for each page; 200,000 VND at most for one copy (Circular 226/2016/TT-BTC).";
    const saved = await send(comm, action(), await formOf(comm, page(), action(), { fee_text_en: reworded }));
    expect(saved.status, saved.message).toBe(303);
    expect((await comm.post(kb(`/v/${saved.vid}/review`))).status).toBe(303);
    const published = await city.post(kb(`/v/${saved.vid}/publish`));
    expect(published.status, await published.text()).toBe(303);
    expect((await server.services.knowledge.load()).procedures.get("chung-thuc-ban-sao")?.fee.text_en).toBe(reworded);
    const tried = await comm.post(`/console/w/${ward.slug}/try`, { text: "How much does a certified copy cost?" });
    const reply = unescape(/data-testid="assistant-reply">\s*<div class="part">([\s\S]*?)<\/div>/.exec(await tried.text())?.[1] ?? "");
    expect(reply).toContain(reworded.replace(/\.$/, ""));
  });
});

describe("fields the forms do not show come from the stored record, never from the request", () => {
  it("a procedure draft keeps the page's id whatever id the form carries", async () => {
    const body = await formOf(comm, kb("/p/khai-sinh"), kb("/p/khai-sinh/draft"), { id: "ket-hon" });
    const r = await send(comm, kb("/p/khai-sinh/draft"), body);
    expect(r.status, r.message).toBe(303);
    const [row] = await server.services.deps.db.select().from(kbVersions).where(eq(kbVersions.id, r.vid!));
    expect(row!.entityId).toBe("khai-sinh");
    expect((JSON.parse(row!.data) as Procedure).id).toBe("khai-sinh");
  });

  it("an entry's yes/no facts are shown read-only and a forged yes_no field is ignored", async () => {
    const live = (await server.services.knowledge.load()).entries.find((e) => e.id === "thu-giu-truong-muc")!;
    const html = await (await comm.request(kb("/e/thu-giu-truong-muc"))).text();
    expect(html).toContain('data-testid="yes-no-facts"');
    expect(unescape(html)).toContain("Dạ có: “làm tại Bộ phận Một cửa của phường”");
    const body = await formOf(comm, kb("/e/thu-giu-truong-muc"), kb("/e/thu-giu-truong-muc/draft"));
    body.append("yes_no", JSON.stringify([{ asks: ["bất kỳ"], answer: "không", says: "giả mạo" }]));
    body.append("yes_no[0][answer]", "không");
    const r = await send(comm, kb("/e/thu-giu-truong-muc/draft"), body);
    expect(r.status, r.message).toBe(303);
    expect((await savedData(r.vid!)).yes_no).toEqual(live.yes_no);
    const again = await formOf(comm, kb(`/v/${r.vid}`), kb(`/v/${r.vid}`));
    again.append("yes_no", "[]");
    expect((await send(comm, kb(`/v/${r.vid}`), again)).status).toBe(303);
    expect((await savedData(r.vid!)).yes_no).toEqual(live.yes_no);
  });
});

describe("the test's form submission is the browser's", () => {
  it("Chromium posts the same fields as browserSubmission, and its save keeps the record", async () => {
    const profileDir = mkdtempSync(join(tmpdir(), "kb-roundtrip-chromium-"));
    const browser = await launchChromium(profileDir, { viewport: { width: 1366, height: 900 } });
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      await page.goto(`${server.url}/console/login`);
      await page.fill("#email", account.email);
      await page.fill("#password", account.password);
      await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/console/login")), page.click("button[type=submit]")]);
      const kbState = await server.services.knowledge.load();
      const cases: Array<{ pagePath: string; action: string; original: Record<string, unknown> }> = [
        { pagePath: kb("/p/khai-sinh"), action: kb("/p/khai-sinh/draft"), original: asStored(kbState.procedures.get("khai-sinh")) },
        { pagePath: kb("/p/thu-giu-truong"), action: kb("/p/thu-giu-truong/draft"), original: asStored(kbState.procedures.get("thu-giu-truong")) },
        ...["thu-giu-truong-muc", "dvc-tam-tru"].map((id) => {
          const { status: _s, ...original } = asStored(kbState.entries.find((e) => e.id === id));
          return { pagePath: kb(`/e/${id}`), action: kb(`/e/${id}/draft`), original };
        }),
      ];
      for (const { pagePath, action, original } of cases) {
        const ours = browserSubmission(await (await comm.request(pagePath)).text(), action);
        await page.goto(server.url + pagePath);
        const [request] = await Promise.all([page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === action), page.click(`form[action="${action}"] button[type=submit]`)]);
        await page.waitForURL(/\/kb\/v\/\d+/);
        const theirs = new URLSearchParams(request.postData() ?? "");
        const entries = (b: URLSearchParams) => [...b].filter(([k]) => k !== "_csrf");
        expect(entries(theirs), pagePath).toEqual(entries(ours));
        const vid = Number(/\/kb\/v\/(\d+)/.exec(page.url())?.[1]);
        expect(differences(original, await savedData(vid)), pagePath).toEqual([]);
      }
    } finally {
      await browser.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
  }, 60_000);
});
