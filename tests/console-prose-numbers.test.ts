/**
 * kb:check's rule on numbers in prose, applied where communicators edit: a fee, a deadline or a
 * phone number typed into an entry's text cannot go to review or be published (the draft is kept,
 * with a Vietnamese reason); the national numbers of knowledge/allowed-numbers.yaml and
 * placeholders filled from procedure records and the ward profile can.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowedNumbersJsonPath, readAllowedNumbers, serializeAllowedNumbers } from "../server/knowledge/knowledge-files";
import type { KnowledgeEntry } from "../server/knowledge/knowledge-schema";
import { proseNumberProblemsVi } from "../server/knowledge/prose-numbers";
import { startNodeServer, type NodeServer } from "../server/node-server";
import { validateEntry } from "../server/staff/knowledge-editor";
import { ConsoleClient, createStaff, setupWard } from "./support/console-helpers";
import { FakeZalo } from "./support/fake-zalo-server";
import { makeTempDir, testConfig, type TestWard } from "./support/factories";

describe("numbers in an entry's prose", () => {
  const entry = (body: string, extra: { summary?: string; summary_en?: string } = {}) => ({
    id: "thu-so",
    title: "Thử số",
    category: "phuong" as const,
    summary: extra.summary ?? "Dạ, phường tiếp nhận hồ sơ tại bộ phận một cửa.",
    ...(extra.summary_en ? { summary_en: extra.summary_en } : {}),
    questions: ["một", "hai", "ba"],
    keywords: [],
    procedures: [],
    links: [],
    sources: [{ title: "Cổng Dịch vụ công quốc gia", url: "https://dichvucong.gov.vn" }],
    wards: "all" as const,
    last_reviewed: "2026-11-30",
    verified: true,
    body,
  });

  it("refuses a fee, a phone number or an amount typed as such, in the body, the summary or the English summary", () => {
    expect(validateEntry(entry("Dạ, lệ phí là 50.000 đồng.")).problems.join(" ")).toContain('Con số "50.000 đồng"');
    expect(validateEntry(entry("Dạ, gọi 0243 826 1234 để hỏi.")).problems.join(" ")).toContain('"0243 826 1234"');
    expect(validateEntry(entry("Dạ, xem bên dưới.", { summary: "Dạ, phí 200k mỗi lần." })).problems.join(" ")).toContain('"200k"');
    expect(validateEntry(entry("Dạ, xem bên dưới.", { summary_en: "The fee is 30000 VND per copy." })).problems.join(" ")).toContain('"30000 VND"');
  });

  it("accepts the national numbers, placeholders, dates, times and counts", () => {
    const ok = entry("Dạ, gặp nguy hiểm gọi 113, cháy gọi 114; tin nhắn rác báo 5656. Lệ phí: {{procedure.cap-can-cuoc.fee}}. Gọi {{ward.hotline}}. Hạn 15 ngày, từ 8h00; theo Nghị định 123/2015/NĐ-CP; người trên 80 tuổi.");
    expect(proseNumberProblemsVi(ok)).toEqual([]);
    expect(validateEntry(ok).entry).toBeDefined();
  });

  it("every shipped entry already follows the rule (kb:check's)", async () => {
    const { readKnowledgeDir } = await import("../server/knowledge/knowledge-files");
    const { kb } = await readKnowledgeDir("knowledge");
    const offenders = kb.entries.filter((e: KnowledgeEntry) => proseNumberProblemsVi(e).length);
    expect(offenders.map((e) => e.id)).toEqual([]);
  });

  it("the console reads the same national numbers as kb:check (the JSON copy equals the YAML)", () => {
    expect(readFileSync(allowedNumbersJsonPath, "utf8")).toBe(serializeAllowedNumbers(readAllowedNumbers("knowledge")));
  });
});

describe("the console refuses to send a draft with a fee in prose to review, and keeps it", () => {
  let fake: FakeZalo;
  let server: NodeServer;
  let tmp: ReturnType<typeof makeTempDir>;
  let ward: TestWard;
  let comm: ConsoleClient;

  beforeAll(async () => {
    fake = await FakeZalo.start();
    tmp = makeTempDir("prose-numbers");
    server = await startNodeServer(testConfig(tmp.dir, fake.url), { hostname: "127.0.0.1" });
    ward = await setupWard(server, fake, "phuong-con-so", "Phường Con Số");
    const account = await createStaff(server, { wards: [{ wardId: ward.id, roles: ["communicator", "staff"] }] });
    comm = new ConsoleClient(server.url);
    expect((await comm.login(account.email, account.password)).status).toBe(303);
  });

  afterAll(async () => {
    await server?.close();
    await fake?.close();
    tmp?.remove();
  });

  it("review is refused with the reason; the draft stays; with a placeholder it goes", async () => {
    const live = (await server.services.knowledge.load()).entries.find((e) => e.id === "dvc-can-cuoc") as KnowledgeEntry;
    const form = (body: string) => ({
      title: live.title,
      summary: live.summary ?? "",
      category: live.category,
      questions: live.questions.join("\n"),
      keywords: live.keywords.join(", "),
      procedures: live.procedures.join(", "),
      links: live.links.map((l) => `${l.label} | ${l.url}`).join("\n"),
      sources: live.sources.map((x) => `${x.title} | ${x.url}`).join("\n"),
      wards: live.wards === "all" ? "all" : live.wards.join(", "),
      last_reviewed: live.last_reviewed,
      ...(live.verified ? { verified: "on" } : { unverified: live.unverified ?? "" }),
      body,
    });
    const saved = await comm.post(`/console/w/${ward.slug}/kb/e/dvc-can-cuoc/draft`, form(`${live.body}\nLệ phí đổi thẻ là 50.000 đồng.`));
    expect(saved.status).toBe(303);
    const versionUrl = saved.headers.get("location")!.replace(/\?.*$/, "");
    const vid = /v\/(\d+)/.exec(versionUrl)![1];

    const refused = await comm.post(`${versionUrl}/review`);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect(await refused.text()).toContain("Con số &quot;50.000 đồng&quot;");
    const kept = (await (await comm.request(`/api/staff/wards/${ward.slug}/knowledge/versions/${vid}`)).json()) as { status: string; data: { body: string } };
    expect(kept.status).toBe("draft");
    expect(kept.data.body).toContain("50.000 đồng");

    expect((await comm.post(versionUrl, form(`${live.body}\nLệ phí đổi thẻ: {{procedure.cap-can-cuoc.fee}}.`))).status).toBe(303);
    const again = await comm.post(`${versionUrl}/review`);
    expect(again.status, again.status === 303 ? "" : (await again.text()).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 3000)).toBe(303);
  });
});
