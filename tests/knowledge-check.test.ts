import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { requiredTopicFiles, runKnowledgeCheck } from "../server/cli/kb-check";
import { checkKnowledge, findUnallowedNumbers } from "../server/knowledge/knowledge-check";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import type { KnowledgeBase, KnowledgeEntry } from "../server/knowledge/knowledge-schema";
import { wardFixture } from "./support/ward-fixture";

function entry(overrides: Partial<KnowledgeEntry> = {}): KnowledgeEntry {
  return {
    id: "thu-nghiem",
    title: "Mục thử nghiệm",
    summary: "Ông/bà liên hệ phường để được hướng dẫn.",
    category: "phuong",
    status: "published",
    questions: ["câu hỏi một", "cau hoi hai", "câu hỏi ba"],
    keywords: [],
    procedures: [],
    links: [],
    sources: [{ title: "Cổng thông tin Chính phủ", url: "https://chinhphu.vn" }],
    wards: "all",
    last_reviewed: "2026-11-22",
    verified: true,
    body: "Ông/bà liên hệ {{ward.name}} tại {{ward.address}}.",
    ...overrides,
  };
}

function check(entries: KnowledgeEntry[], requiredTopics: Array<{ id: string; category: string }> = []) {
  const kb: KnowledgeBase = { entries, procedures: new Map(), version: "t" };
  return checkKnowledge({ kb, files: new Map(), wards: [wardFixture()], requiredTopics, allowedNumbers: ["113", "156"] }).map((p) => p.message);
}

describe("kb:check", () => {
  it("passes on the knowledge base in the repository, with every required topic published", async () => {
    const { problems, kb } = await runKnowledgeCheck("knowledge");
    expect(problems).toEqual([]);
    const required = [...(await import("../knowledge/required-topics.json")).topics, ...(await import("../knowledge/required-topics-coverage.json")).topics];
    for (const topic of required) expect(kb.entries.find((e) => e.id === topic.id)?.status).toBe("published");
  });

  it("requires the coverage topics too, and fails when one of them has no entry", async () => {
    const files = requiredTopicFiles("knowledge");
    expect(files).toHaveLength(2);
    expect(files[1]).toMatch(/coverage\.json$/);
    const dir = mkdtempSync(join(tmpdir(), "kb-"));
    cpSync("knowledge", dir, { recursive: true });
    rmSync(join(dir, "entries", "dich-vu-cong", "dvc-ho-ngheo.md"));
    const { problems } = await runKnowledgeCheck(dir, [join(dir, "required-topics.json"), join(dir, "required-topics-coverage.json")]);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual(["(topic dvc-ho-ngheo): required topic has no entry"]);
  });

  it("accepts a clean entry", () => {
    expect(check([entry()])).toEqual([]);
  });

  it("refuses phone numbers and money amounts typed into prose", () => {
    const problems = check([entry({ body: "Gọi 0912 345 678 hoặc 113. Lệ phí 50.000 đồng, nộp trong 30 ngày, văn bản 991/UBND-TH ngày 19/3/2025." })]);
    expect(problems.some((p) => p.includes("0912 345 678"))).toBe(true);
    expect(problems.some((p) => p.includes("50.000 đồng"))).toBe(true);
    expect(problems.join(" ")).not.toContain("113");
    expect(problems.join(" ")).not.toContain("991");
    expect(problems.join(" ")).not.toContain("19/3/2025");
  });

  it("requires an official source", () => {
    expect(check([entry({ sources: [{ title: "Báo", url: "https://vnexpress.net/abc" }] })])).toContain("no official source (gov.vn, chinhphu.vn, …)");
  });

  it("requires placeholders that every ward can fill", () => {
    expect(check([entry({ body: "Gặp {{ward.chairman}}." })]).join(" ")).toContain("{{ward.chairman}}");
  });

  it("keeps answers within Zalo's 2,000 characters", () => {
    expect(check([entry({ body: "Ông/bà đọc kỹ. ".repeat(200) })]).join(" ")).toContain("Zalo's limit");
  });

  it("requires every required topic, published", () => {
    expect(check([entry({ status: "draft" })], [{ id: "thu-nghiem", category: "phuong" }, { id: "khac", category: "phuong" }])).toEqual([
      "required topic is not published",
      "required topic has no entry",
    ]);
  });

  it("needs an explanation on unverified entries", () => {
    expect(check([entry({ verified: false })]).join(" ")).toContain("unverified");
  });

  it("reports duplicate ids and schema errors from the files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kb-"));
    cpSync("knowledge", dir, { recursive: true });
    const copy = join(dir, "entries", "phuong", "copy.md");
    cpSync(join(dir, "entries", "phuong", "phuong-lien-he.md"), copy);
    writeFileSync(join(dir, "entries", "phuong", "broken.md"), "---\nid: Broken Id\n---\nx");
    const { problems } = await readKnowledgeDir(dir);
    const text = problems.map((p) => `${p.file}: ${p.message}`).join("\n");
    expect(text).toContain("duplicate entry id phuong-lien-he");
    expect(text).toMatch(/broken.md: id: .*kebab-case/);
  });

  it("requires a short Vietnamese summary without typed-in numbers", () => {
    expect(check([entry({ summary: undefined })]).join(" ")).toContain("summary: required");
    expect(check([entry({ summary: "Ông/bà liên hệ phường. ".repeat(20) })]).join(" ")).toMatch(/summary: \d+ characters \(at most 300\)/);
    expect(check([entry({ summary: "Lien he phuong de duoc huong dan." })]).join(" ")).toContain("full diacritics");
    expect(check([entry({ summary: "Gọi 0912 345 678 để hỏi phường." })]).join(" ")).toContain("0912 345 678");
  });

  it("allows only the facet markers, each once, and no empty section", () => {
    const body = "Mở đầu.\n\n## Lệ phí\nMiễn phí.\n\n## Nơi làm\n{{ward.address}}\n\n## Các bước\n1. Nộp hồ sơ.";
    expect(check([entry({ body })])).toEqual([]);
    const problems = check([entry({ body: `${body}\n\n## Phí\nx\n\n## Lệ phí\nHai lần.\n\n## Làm trực tuyến\n` })]).join("\n");
    expect(problems).toContain('heading "## Phí" is not a facet marker');
    expect(problems).toContain('facet marker for "fee" used more than once');
    expect(problems).toContain('facet "online" has an empty section');
  });

  it("checks an entry's scope fields: not_covers phrases of two or more words, listed once, not named by the entry itself", () => {
    expect(check([entry({ not_covers: ["bảo hiểm nhân thọ"], kind: "assistance" })])).toEqual([]);
    expect(check([entry({ not_covers: ["thuế"] })])).toEqual(['not_covers "thuế": name the subject in at least two words (one word matches too much)']);
    expect(check([entry({ keywords: ["hỏi một"], not_covers: ["Câu hỏi một", "bảo hiểm xe", "bao hiem xe"] })])).toEqual([
      'not_covers "Câu hỏi một": the entry\'s own title, questions or keywords name it',
      'not_covers "bao hiem xe": listed twice',
    ]);
  });

  it("tells numbers in context apart", () => {
    expect(findUnallowedNumbers("Gọi 1900 1288", ["1900 1288"])).toEqual([]);
    expect(findUnallowedNumbers("từ 8h00 đến 17h00, năm 2025, 60%", [])).toEqual([]);
    expect(findUnallowedNumbers("số 024.3825.1234", [])).toEqual(["024.3825.1234"]);
  });
});
