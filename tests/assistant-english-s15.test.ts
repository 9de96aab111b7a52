/**
 * English messages (session 15): classes of misses on the tuning sets' English lines (tuning12,
 * tuning-s15, tuning-s14 first). Messages are written for this file, not copied from the sets or
 * the entries' sample questions.
 */
import { describe, expect, it } from "vitest";
import type { AskResult } from "../server/assistant/ask-result";
import { checkSpecialEn } from "../server/knowledge/entry-special-en";
import { carryEntryFields } from "../server/staff/console-record-carry";
import type { EntryDraft } from "../server/staff/knowledge-editor";
import { englishConversation, idOf, knowledgeAssistant } from "./support/knowledge-assistant";

const { ask, conversation: turns } = knowledgeAssistant();
const conversation = englishConversation(turns);
const shownOf = (r: AskResult) => (r.kind === "answer" ? r.shown : r.kind);

describe("a follow-up about the case at hand stays with the entry just answered", () => {
  it("'what if …', 'is that right?', 'can she still …' after an English answer", () => {
    const [, lateDeclare] = conversation("A Thai friend will sleep at my flat for a week, how do we declare her stay?", "what if we only declare it on the third day?");
    expect(idOf(lateDeclare!)).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
    const [, right] = conversation("I am a German nurse renting a studio here, must my stay be declared?", "my agent told me the tenant does it, is that true?");
    expect(idOf(right!)).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
    const [, still] = conversation("My Vietnamese fiancee needs a certificate that she is single, where is it issued?", "she is studying in Da Nang now, can she still request it here?");
    expect(idOf(still!)).toBe("dvc-xac-nhan-hon-nhan");
  });
  it("a 'what if' that names another topic strongly is that topic", () => {
    const [, other] = conversation("Where can I get certified copies of my diploma?", "what if I want to register our marriage too?");
    expect(idOf(other!)).toBe("dvc-ket-hon");
  });
});

describe("someone from a foreign country staying here is a foreigner's temporary residence", () => {
  it("names the country, not a nationality", () => {
    expect(idOf(ask("My cousin from Sweden is going to stay at our house next month, do we have to register him?"))).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
    expect(idOf(ask("I'm a software engineer from India and I just moved to this ward, what must I register?"))).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
  });
  it("not a Vietnamese citizen back from that country, and not a follow-up asking papers 'from the UK side'", () => {
    expect(idOf(ask("I am Vietnamese and came back from Japan, I am renting a room here now, do I need to register?"))).toBe("dvc-tam-tru");
    const [, papers] = conversation("I'm Irish and engaged to a Vietnamese man from this ward, how do we register our marriage?", "which papers do I need from Ireland?");
    expect(idOf(papers!)).toBe("dvc-ket-hon");
    expect(shownOf(papers!)).toBe("documents");
  });
});

describe("a proof of residence is the residence confirmation (CT07)", () => {
  it("answers it and its follow-ups from that entry", () => {
    const [first, online, time] = conversation("My employer wants a residence certificate from me, what is that and where do I get it?", "can I request it online through the VNeID app?", "how long will it take?");
    expect(idOf(first!)).toBe("dvc-xac-nhan-cu-tru");
    expect(idOf(online!)).toBe("dvc-xac-nhan-cu-tru");
    expect(idOf(time!)).toBe("dvc-xac-nhan-cu-tru");
    expect(shownOf(time!)).toBe("time");
    // the record's English time (a translation of the Vietnamese), with the unconfirmed marker it carries
    expect(time!.reply).toContain("Within 1 working day");
    expect(time!.reply).toContain("(not yet confirmed)");
    expect(time!.reply).not.toMatch(/ngày làm việc/);
  });
  it("a temporary residence certificate a landlord speaks of is still the stay", () => {
    expect(idOf(ask("I'm a foreigner; my landlord mentions a temporary residence certificate, how is my stay registered?"))).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
  });
});

describe("a part asked with only who asks named is a part of the previous topic", () => {
  it("'what papers does my landlord have to give me?' after a citizen's temporary residence", () => {
    const [, papers] = conversation("I'm a Vietnamese student from Hai Phong renting a room near the university, do I need to register?", "what papers does my landlord have to give me?");
    expect(idOf(papers!)).toBe("dvc-tam-tru");
    expect(shownOf(papers!)).toBe("documents");
  });
});

describe("scam advice asked in the last sentence", () => {
  it("'I already … What should I do now?' after a fake police call", () => {
    const [, advice] = conversation("A caller said he is a police officer and I must send money to a safe account to clear my name, is this real?", "I already told him my bank name. What should I do now?");
    expect(idOf(advice!)).toBe("ld-gia-danh-cong-an");
  });
});

describe("the place or the online way asked in an English first message", () => {
  it("answers where from the procedures' English places", () => {
    const r = ask("Where do I go to have copies of my passport certified?");
    expect(idOf(r)).toBe("dvc-chung-thuc");
    expect(shownOf(r)).toBe("where");
    expect(r.reply).toMatch(/^Where to go for this procedure/);
    expect(r.kind === "answer" && r.followup).toBe(false);
  });
  it("answers online from the procedure's English online way", () => {
    const r = ask("Is it possible to declare a foreign tenant's temporary residence online?");
    expect(idOf(r)).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
    expect(shownOf(r)).toBe("online");
    expect(r.reply).toContain("How to do it online");
  });
  it("'who has to declare, me or the landlord?' is not who decides: the summary answers", () => {
    const r = ask("As a foreign tenant, who is responsible for declaring my stay, me or the landlord?");
    expect(idOf(r)).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
    expect(shownOf(r)).toBe("summary");
  });
});

describe("an uncovered thing named only as what a paper is for", () => {
  it("'certified copies … for a work permit application' asks the copies; a work permit asked for itself is handed off", () => {
    const copies = ask("I must get copies of my degree certified for my work permit, how much does the ward charge?");
    expect(idOf(copies)).toBe("dvc-chung-thuc");
    expect(shownOf(copies)).toBe("fee");
    expect(ask("How do I get a work permit in Hanoi?").kind).toBe("handoff");
    expect(ask("My employer told me to get a work permit, which office issues work permits?").kind).toBe("handoff");
    const [, visa] = conversation("What is the address of the ward office?", "could I apply for a visa extension there as well?");
    expect(visa!.kind).toBe("handoff");
  });
});

describe("an entry's special cases in English (special_en)", () => {
  const body = "Tóm tắt.\n\n## Trường hợp đặc biệt\nỞ từ 30 ngày trở lên thì phải đăng ký (chưa xác nhận).";
  it("kb:check holds it to the Vietnamese part: numbers, marker, English letters, the part itself", () => {
    expect(checkSpecialEn({ body, special_en: "Staying 30 days or more requires registration (not yet confirmed)." })).toEqual([]);
    expect(checkSpecialEn({ body, special_en: "Staying 20 days or more requires registration (not yet confirmed)." })[0]).toMatch(/numbers/);
    expect(checkSpecialEn({ body, special_en: "Staying 30 days or more requires registration." })[0]).toMatch(/not yet confirmed/);
    expect(checkSpecialEn({ body, special_en: "Ở 30 ngày requires registration (not yet confirmed)." })[0]).toMatch(/English/);
    expect(checkSpecialEn({ body: "Tóm tắt.", special_en: "Staying 30 days or more requires registration." })[0]).toMatch(/needs/);
  });
  it("a console save carries it, and drops it when the Vietnamese part was changed in the form", () => {
    const stored = { id: "x", body, special_en: "Staying 30 days or more requires registration (not yet confirmed)." } as unknown as EntryDraft;
    const same = carryEntryFields(stored, { id: "x", body } as unknown as EntryDraft);
    expect(same.special_en).toBe(stored.special_en);
    const changed = carryEntryFields(stored, { id: "x", body: body.replace("30", "45") } as unknown as EntryDraft);
    expect(changed.special_en).toBeUndefined();
  });
  it("answers 'what if …?' after an English answer from it, and says staff answer a case it does not cover", () => {
    const [, special] = conversation("I'm a Vietnamese student renting a room near my college, do I need to register my stay?", "what if I stay on after it runs out?");
    expect(idOf(special!)).toBe("dvc-tam-tru");
    expect(shownOf(special!)).toBe("special");
    expect(special!.reply).toMatch(/^Special cases for this procedure/);
    expect(special!.reply).toContain("extend it the same way");
    expect(special!.reply).toContain("reply 0 and ward staff will answer it");
    expect(special!.reply).not.toMatch(/Sắp hết hạn/);
  });
  it("an entry without it: the English summary, as before", () => {
    const [, summary] = conversation("My fiancee needs a certificate of single status, where does she apply?", "what if she was divorced before?");
    expect(idOf(summary!)).toBe("dvc-xac-nhan-hon-nhan");
    expect(shownOf(summary!)).toBe("summary");
  });
});
