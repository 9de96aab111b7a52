/**
 * English follow-ups asking the fee or the time (review S4): answered from the entry's fee/time part
 * (its Vietnamese text under a one-line English lead), or handed politely to staff when the entry has
 * none — never the same English summary again. Phrasings written for this file.
 */
import { describe, expect, it } from "vitest";
import { knowledgeAssistant } from "./support/knowledge-assistant";
import { wardFixture } from "./support/ward-fixture";

const { conversation, kb } = knowledgeAssistant(wardFixture({ slug: "phuong-en-fee", name: "Phường Thử Nghiệm", hotline: "Đường dây nóng của phường thử" }));

describe("an English fee or time follow-up after an English answer", () => {
  it("answers the fee of the entry just answered, not its summary again", () => {
    const [first, next] = conversation("My partner and I want to get married here, what do we do?", "ok and how much will that cost us?");
    expect(first!.kind === "answer" && first!.entry.id).toBe("dvc-ket-hon");
    expect(next!.lang).toBe("en");
    expect(next!.kind).toBe("answer");
    expect(next!.reply).not.toBe(first!.reply);
    expect(next!.reply).toMatch(/^The fee/);
    // the marriage record gives its fee in English (session 12): the amounts' rule, not the Vietnamese part
    expect(next!.reply).toContain("Free for Vietnamese citizens living in Vietnam");
    expect(next!.reply).not.toContain("Lệ phí");
    expect(next!.kind === "answer" && next!.entry.id).toBe("dvc-ket-hon");
  });

  it("answers the processing time of the entry just answered", () => {
    const [first, next] = conversation("My partner and I want to get married here, what do we do?", "how many days until it's done?");
    expect(next!.lang).toBe("en");
    expect(next!.reply).not.toBe(first!.reply);
    expect(next!.reply).toMatch(/^The processing time/);
    expect(next!.reply).toContain("no more than 5 working days");
    expect(next!.reply).not.toContain("Thời gian giải quyết");
  });

  it("never repeats a summary: an entry without the part asked hands off politely in English", () => {
    const [first, next] = conversation("Where can I renew the health insurance for my family?", "and how long does that usually take?");
    expect(first!.kind === "answer" && first!.entry.id).toBe("dvc-bhyt-ho-gia-dinh");
    expect(next!.lang).toBe("en");
    expect(next!.reply).not.toBe(first!.reply);
    if (next!.kind === "answer") expect(next!.reply).toMatch(/^The processing time/);
    else expect(next!.reply).toMatch(/staff/);
  });
});

describe("English summaries point to nothing the English reply lacks", () => {
  it("no summary_en mentions a section, the full answer or a menu of the reply", () => {
    for (const entry of kb().entries) {
      expect(entry.summary_en ?? "", entry.id).not.toMatch(/full answer|under Processing time|see below|choose option|in the menu/i);
    }
  });
});
