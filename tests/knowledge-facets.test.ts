import { describe, expect, it } from "vitest";
import { findUnallowedNumbers } from "../server/knowledge/knowledge-check";
import { readAllowedNumbers, readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { fillPlaceholders, renderEntryAnswer } from "../server/knowledge/render-answer";
import { wardFixture } from "./support/ward-fixture";

/*
 * Phase 1 of the facet contract (CONTRACTS.md A) on the real knowledge base: every entry has a
 * summary, bodies use only the marker headings, and markers reach residents as plain-text labels.
 * kb:check's own facet rules come with issue 10.
 */
const markers = ["Các bước", "Nơi làm", "Giấy tờ cần mang", "Lệ phí", "Thời gian giải quyết", "Làm trực tuyến", "Cơ quan giải quyết", "Trường hợp đặc biệt"];

describe("knowledge facets", async () => {
  const { kb, problems } = await readKnowledgeDir("knowledge");

  it("loads without problems", () => {
    expect(problems).toEqual([]);
  });

  it("gives every entry a summary of at most 300 characters, and procedure entries their where/documents/fee/time", () => {
    for (const entry of kb.entries) {
      expect(entry.summary?.length ?? 0, entry.id).toBeGreaterThan(20);
      expect(entry.summary!.length, entry.id).toBeLessThanOrEqual(300);
      if (entry.summary_en) expect(entry.summary_en.length, entry.id).toBeLessThanOrEqual(400);
      const headings = entry.body.match(/^#.*$/gm) ?? [];
      for (const h of headings) expect(markers.map((m) => `## ${m}`), `${entry.id}: ${h}`).toContain(h);
      if (entry.procedures.length) {
        for (const m of ["Nơi làm", "Giấy tờ cần mang", "Lệ phí", "Thời gian giải quyết"]) expect(headings, `${entry.id}: ${m}`).toContain(`## ${m}`);
      }
    }
  });

  it("keeps summaries free of typed phone numbers and amounts, with placeholders every ward can fill", () => {
    const allowed = readAllowedNumbers("knowledge");
    for (const entry of kb.entries) {
      for (const text of [entry.summary!, entry.summary_en ?? ""]) {
        expect(findUnallowedNumbers(text, allowed), entry.id).toEqual([]);
        expect(() => fillPlaceholders(text, kb, wardFixture()), entry.id).not.toThrow();
      }
    }
  });

  it("gives every procedure record a summary of at most 300 characters", () => {
    for (const [id, procedure] of kb.procedures) {
      expect(procedure.summary?.length ?? 0, id).toBeGreaterThan(20);
      expect(procedure.summary!.length, id).toBeLessThanOrEqual(300);
    }
  });

  it("has English summaries for what a foreign resident needs", () => {
    for (const id of ["dvc-tam-tru", "dvc-luu-tru", "phuong-lien-he", "dvc-chung-thuc", "dvc-ket-hon", "phuong-gap-can-bo"]) {
      expect(kb.entries.find((e) => e.id === id)?.summary_en, id).toBeTruthy();
    }
  });

  it("shows a marker on Zalo as a plain-text label followed by its section", () => {
    const entry = kb.entries.find((e) => e.id === "dvc-khai-sinh")!;
    const text = renderEntryAnswer(entry, kb, wardFixture());
    expect(text).not.toContain("##");
    expect(text).toMatch(/^Lệ phí:\nMiễn lệ phí/m);
    expect(text).toMatch(/^Giấy tờ cần mang:\n1\. Tờ khai đăng ký khai sinh/m);
  });
});
