/**
 * A resident writing in English gets the scam check's reply in English (issue 10 §4, session 11):
 * the same warning (why, what to do now, where to report: 156/5656, 113, the bank's hotline, the
 * ward police), "no clear signs" with how to check, and Vietnamese stays Vietnamese. Messages are
 * written for this file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { emptyMemory } from "../server/assistant/ask-result";
import { checkScam } from "../server/assistant/scam/check";
import { signalExplanations } from "../server/assistant/scam/explanations";
import { englishScamReply, signalExplanationsEn } from "../server/assistant/scam/reply-english";
import type { KnowledgeBase } from "../server/knowledge/knowledge-schema";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { knowledgeAssistant, MONDAY_9AM } from "./support/knowledge-assistant";

const { ask, ward } = knowledgeAssistant();
let kb: KnowledgeBase;
beforeAll(async () => {
  kb = (await readKnowledgeDir("knowledge", { strict: true })).kb;
});

describe("scam replies in English", () => {
  it("warns in English about a quoted fake bank text, with the reasons, the steps and where to report", () => {
    const r = ask('Got this SMS today, is it genuine? "Vietcombank: your account will be locked tonight. Confirm your details at vietcombank-verify.xyz"');
    expect(r.kind).toBe("scam_warning");
    expect(r.lang).toBe("en");
    expect(r.reply).toMatch(/^WARNING: this message shows signs of a SCAM/);
    expect(r.reply).toMatch(/Why:\n- /);
    expect(r.reply).toContain("vietcombank-verify.xyz (not an official site)");
    expect(r.reply).toMatch(/Vietcombank hotline [\d ]+/);
    for (const part of ["What to do now:", "113", "156", "5656", "ward police"]) expect(r.reply).toContain(part);
    expect(r.reply).toContain("0. Talk to ward staff");
    expect(r.reply).not.toMatch(/CẢNH BÁO|Ông\/bà|Gặp cán bộ/);
    // the conversation goes on in English
    expect(r.memory.lang).toBe("en");
  });

  it("warns in English about an English scam forwarded with no words of the resident's own", () => {
    const r = ask("Dear customer, your package is held at the warehouse. Pay a 25,000 VND redelivery fee at vnpost-redeliver.top within 12 hours or it will be returned.");
    expect(r.kind).toBe("scam_warning");
    expect(r.lang).toBe("en");
    expect(r.reply).toContain("What to do now:");
  });

  it("says 'no clear signs' in English, with how to check through the sender's own hotline", () => {
    const r = ask('Should I trust this? "Your Vietcombank OTP is 739104. Never share this code with anyone, including bank staff."');
    expect(r.lang).toBe("en");
    expect(r.kind).toBe("scam_no_signs");
    expect(r.reply).toContain("I see no clear signs of a scam in this message");
    expect(r.reply).toContain("do not call the number given in the message");
  });

  it("keeps the warning Vietnamese when the resident asks in Vietnamese about an English text", () => {
    for (const text of [
      'tin này có phải lừa đảo không "Vietcombank: your account will be locked tonight. Confirm your details at vietcombank-verify.xyz"',
      'co phai lua dao ko "Vietcombank: your account will be locked tonight. Confirm your details at vietcombank-verify.xyz"',
    ]) {
      const r = ask(text);
      expect(r.kind, text).toBe("scam_warning");
      expect(r.lang, text).toBe("vi");
      expect(r.reply, text).toContain("CẢNH BÁO");
    }
  });
});

describe("the English wording covers what the Vietnamese says", () => {
  it("has an English reason for every signal that has a Vietnamese one", () => {
    expect(Object.keys(signalExplanationsEn).sort()).toEqual(Object.keys(signalExplanations).sort());
  });

  it("words a victim's and an at-risk resident's steps in English (bank hotline, 113, evidence, a person)", () => {
    const ctx = { kb, ward, now: MONDAY_9AM, related: () => [] };
    const english = { ...emptyMemory(), lang: "en" as const };
    // the check's verdicts on a loss and on a risky act; the resident's message is in English
    const victim = englishScamReply("I already transferred the money to them, what do I do?", checkScam("tôi bị lừa mất 50 triệu rồi"), ctx, english);
    expect(victim?.lang).toBe("en");
    expect(victim?.handoff).toEqual({ reason: "scam_victim" });
    for (const part of ["Call your bank's hotline now", "113", "Keep the evidence", "second scam", "Phường Thử Nghiệm"]) expect(victim?.reply).toContain(part);
    const atRisk = englishScamReply("I read the code to the caller but nothing is gone yet, is it ok?", checkScam("lỡ đọc mã OTP cho người lạ nhưng chưa bị trừ tiền"), ctx, english);
    expect(atRisk?.kind).toBe("scam_warning");
    for (const part of ["WARNING", "lock your account", "113", "156 or 5656"]) expect(atRisk?.reply).toContain(part);
    expect(atRisk?.reply).not.toMatch(/Ông\/bà/);
  });
});
