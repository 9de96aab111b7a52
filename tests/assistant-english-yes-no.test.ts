/**
 * English yes/no questions answered "Yes, …"/"No, …" first where the data settles them (issue 10
 * §2): the ward's working days from its profile, online filing from the procedure record, a fee
 * from the fee record (its "not yet confirmed" kept). Where the data does not settle it, no yes or
 * no. Phrasings written for this file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { emptyMemory, type AskResult } from "../server/assistant/ask-result";
import { Assistant } from "../server/assistant/assistant";
import { englishYesNo } from "../server/assistant/english-yes-no";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import type { KnowledgeBase } from "../server/knowledge/knowledge-schema";
import { MONDAY_9AM } from "./support/knowledge-assistant";
import { wardFixture } from "./support/ward-fixture";

let assistant: Assistant;
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
  assistant = new Assistant(kb);
});
const ward = wardFixture({ slug: "phuong-en-yn", name: "Phường Thử" });
const conversation = (...texts: string[]): AskResult[] => {
  let memory = emptyMemory();
  return texts.map((text, i) => {
    const result = assistant.ask(text, ward, MONDAY_9AM + i * 60_000, memory);
    memory = result.memory;
    return result;
  });
};

describe("English yes/no first, from the ward's data", () => {
  it("says whether the office is open on a day from the profile's working days", () => {
    const [saturday] = conversation("Is the ward office open on Saturday?");
    expect(saturday!.lang).toBe("en");
    expect(saturday!.reply).toMatch(/^No, Phường Thử is closed on Saturdays\.\n/);
    const [sunday] = conversation("Hello, is the office closed on Sundays?");
    expect(sunday!.reply).toMatch(/^Yes, Phường Thử is closed on Sundays\.\n/);
    const [monday] = conversation("Is the one-stop office open on Monday?");
    expect(monday!.reply).toMatch(/^Yes, Phường Thử is open on Mondays\.\n/);
    // a ward that works on Saturdays
    const open = wardFixture({ name: "Phường Sáu Ngày", profile: { working_hours: { days: [1, 2, 3, 4, 5, 6], periods: [["08:00", "12:00"]] } } });
    const r = assistant.ask("Is the ward office open on Saturday?", open, MONDAY_9AM, emptyMemory());
    expect(r.reply).toMatch(/^Yes, Phường Sáu Ngày is open on Saturdays\./);
  });

  it("says whether the procedure just answered can be filed online, from its record", () => {
    const [, online] = conversation("My partner and I want to get married here, what do we do?", "Can I do it online?");
    expect(online!.kind === "answer" && online!.entry.id).toBe("dvc-ket-hon");
    expect(online!.reply).toMatch(/^Yes, this procedure can be filed online\.\n/);
    const [first, inPerson] = conversation("Where do I get my land dispute with the neighbour mediated?", "Can I do it online?");
    expect(first!.kind === "answer" && first!.entry.id).toBe("dvc-hoa-giai-dat-dai");
    expect(inPerson!.reply).toMatch(/^No, this procedure is done in person/);
  });

  it("says whether there is a fee, keeping the record's \"not yet confirmed\"; a conditional fee gets no yes or no", () => {
    const [, fee] = conversation("Where do I get my land dispute with the neighbour mediated?", "Is there a fee?");
    expect(fee!.reply).toMatch(/^No, there is no fee \(not yet confirmed\)\.\nThe fee for this procedure/);
    // marriage: free for citizens, charged with a foreign partner: the record does not settle it
    const [, conditional] = conversation("My partner and I want to get married here, what do we do?", "Is there a fee?");
    expect(conditional!.reply).toMatch(/^The fee for this procedure/);
  });

  it("says \"can be filed online\" only to a question about filing, not about checking, tracking, paying or booking", () => {
    const entry = kb.entries.find((e) => e.id === "dvc-ket-hon")!;
    expect(englishYesNo("Can I register my marriage online?", entry, kb, ward)).toMatch(/^Yes, this procedure can be filed online\./);
    expect(englishYesNo("Can I submit the application online?", entry, kb, ward)).toMatch(/^Yes/);
    for (const text of [
      "Can I check my marriage registration status online?",
      "Can I book an appointment online for birth registration?",
      "Can I track my application online?",
      "Can I pay online?",
      "Is it possible to get a copy online?",
    ]) {
      expect(englishYesNo(text, entry, kb, ward), text).toBeUndefined();
    }
  });

  it("takes \"(not yet confirmed)\" from what settled the fee answer: a fact the entry states, not its first procedure's record", () => {
    const base = kb.entries.find((e) => e.id === "dvc-hoa-giai-dat-dai")!;
    // the first procedure's fee record is unconfirmed; the entry states its own confirmed fact
    expect(englishYesNo("Is there a fee?", base, kb, ward)).toContain("(not yet confirmed)");
    const stated = { ...base, yes_no: [{ asks: ["mien phi"], answer: "có" as const, says: "hòa giải ở cơ sở không thu phí" }] };
    expect(englishYesNo("Is it free?", stated, kb, ward)).toBe("Yes, it is free.");
    const statedUnsure = { ...base, yes_no: [{ asks: ["mien phi"], answer: "có" as const, says: "không thu phí (chưa xác nhận)" }] };
    expect(englishYesNo("Is it free?", statedUnsure, kb, ward)).toBe("Yes, it is free (not yet confirmed).");
  });

  it("answers no yes or no to a question that is not yes/no, or about a person the fee rule may not cover", () => {
    const entry = kb.entries.find((e) => e.id === "dvc-hoa-giai-dat-dai")!;
    expect(englishYesNo("Is there a fee?", entry, kb, ward)).toMatch(/^No/);
    expect(englishYesNo("How much is the fee?", entry, kb, ward)).toBeUndefined();
    expect(englishYesNo("Is it free for my elderly mother?", entry, kb, ward)).toBeUndefined();
    expect(englishYesNo("What are the hours on Saturday?", entry, kb, ward)).toBeUndefined();
  });
});
