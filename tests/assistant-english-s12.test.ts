/**
 * English messages (session 12): classes of misses on tuning9's English lines. Messages are
 * written for this file, not copied from the sets or the entries' sample questions.
 */
import { describe, expect, it } from "vitest";
import { englishConversation, idOf, inEnglish, knowledgeAssistant } from "./support/knowledge-assistant";

const { ask, conversation: turns } = knowledgeAssistant();
const answeredEn = (text: string) => inEnglish(ask(text), text);
/** One resident's conversation, every turn answered in English. */
const conversation = englishConversation(turns);

describe("being a foreigner names a subject only next to a stay or a duty to declare", () => {
  it("hands off a foreigner's question about something no entry covers", () => {
    expect(answeredEn("As a foreigner, can I buy an apartment in Hanoi?")).toBe("handoff");
    expect(answeredEn("I'm an expat, where can I buy a second-hand motorbike?")).toBe("handoff");
  });
  it("still answers a foreigner asking what to declare when moving in", () => {
    expect(answeredEn("I'm a foreigner and I just moved here, what do I need to declare?")).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
  });
});

describe("a nationality says the one staying is a foreigner", () => {
  it("answers a stay of a few weeks with the foreigners' declaration, not the citizens' stay notice", () => {
    expect(answeredEn("I'm a Japanese teacher living with a friend for ten days. Do I have to register?")).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
    expect(answeredEn("My Canadian friend is staying at our flat for a week, what must we do?")).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
  });
  it("keeps the subject asked when a nationality is only said in passing", () => {
    expect(answeredEn("I'm Italian and my wife is Vietnamese. How do we register our daughter's birth?")).toBe("dvc-khai-sinh");
  });
});

describe("a landlord declaring the one who writes", () => {
  it("is the foreigners' declaration, also when asked 'is that true?'", () => {
    expect(answeredEn("The owner of my flat says she has to declare me to the police tonight, is that true?")).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
  });
});

describe("questions about this chat itself are the staff entry's", () => {
  it("answers whether a person reads it and how soon someone writes back", () => {
    expect(answeredEn("Is this chat answered by a human or a bot?")).toBe("phuong-gap-can-bo");
    expect(answeredEn("Are real staff behind this account?")).toBe("phuong-gap-can-bo");
    expect(answeredEn("How soon will somebody respond to my messages here?")).toBe("phuong-gap-can-bo");
  });
  it("still hands a request for a person to staff", () => {
    expect(answeredEn("Please put me through to a human officer")).toBe("handoff");
  });
});

describe("a visa of any kind is not the ward's procedure named next to it", () => {
  it("hands off a spouse or student visa, also after a marriage answer", () => {
    const [first, visa] = conversation("We want to get married at the ward, what do we do?", "and then how do I apply for a marriage visa?");
    expect(idOf(first!)).toBe("dvc-ket-hon");
    expect(idOf(visa!)).toBe("handoff");
    expect(answeredEn("How do I get a student visa for my studies in Hanoi?")).toBe("handoff");
  });
});

describe("asking for the result the same day asks the processing time", () => {
  it("answers the time part of the entry just answered", () => {
    const [first, sameDay] = conversation("Can I get a certified copy of my diploma at the ward?", "will it be ready the same day?");
    expect(idOf(first!)).toBe("dvc-chung-thuc");
    expect(idOf(sameDay!)).toBe("dvc-chung-thuc");
    expect(sameDay!.kind === "answer" && sameDay!.shown).toBe("time");
    expect(sameDay!.reply).toContain("after 15:00");
  });
});

describe("entries a foreign resident needs that now have an English summary", () => {
  it("answers each in English from its own summary (not a handoff, not Vietnamese)", () => {
    const cases: Array<[string, string, RegExp]> = [
      ["Can the ward certify the lease agreement for my flat and a will?", "dvc-chung-thuc-hop-dong", /certify contracts/],
      ["A man phoned: my son is detained in a hotel and I must pay to free him. Help!", "ld-bat-coc-online", /online kidnapping/],
      ["My mobile lost all signal for a minute, then an SMS in my bank's name arrived with a link", "ld-tram-bts-gia", /fake mobile base station/],
      ["Someone called and said I must update my address on VNeID by installing an app", "ld-cap-nhat-vneid", /does not|do not have to install/],
      ["What day can I meet the ward chairman about a complaint?", "phuong-tiep-cong-dan", /citizen reception schedule/],
    ];
    for (const [q, id, text] of cases) {
      const r = ask(q);
      expect(inEnglish(r, q), q).toBe(id);
      expect(r.reply, q).toMatch(text);
    }
  });
});

describe("office hours in an English answer are written in English", () => {
  it("renders the ward's structured working days and periods, keeping a sample-data note", async () => {
    const { officeHoursEn } = await import("../server/assistant/english-ward-facts");
    const { wardFixture } = await import("./support/ward-fixture");
    const w = wardFixture({ profile: { office_hours: "Thứ Hai đến Thứ Bảy (dữ liệu mẫu, phường cần xác nhận)", working_hours: { days: [1, 2, 3, 4, 5, 6], periods: [["07:30", "11:30"], ["13:30", "17:00"]] } } });
    expect(officeHoursEn(w)).toBe("Monday to Saturday, 7:30–11:30 and 13:30–17:00 (dữ liệu mẫu, phường cần xác nhận)");
    const sparse = wardFixture({ profile: { working_hours: { days: [1, 3, 5], periods: [["08:00", "16:00"]] } } });
    expect(officeHoursEn(sparse)).toBe("Monday, Wednesday and Friday, 8:00–16:00");
  });
  it("the ward contact answer in English has no Vietnamese day names", () => {
    const r = ask("What time does the ward office open and close?");
    expect(inEnglish(r, "hours")).toBe("phuong-lien-he");
    expect(r.reply).toMatch(/Office hours: Monday to Friday, /);
    expect(r.reply).not.toMatch(/Thứ Hai|Thứ Sáu/);
  });
});
