/**
 * English messages (issue 10 §4, session 11): classes of misses on the tuning sets' English lines
 * and entries a foreign resident needs that now have an English summary. Messages are written for
 * this file, not copied from the entries' sample questions or the sets.
 */
import { describe, expect, it } from "vitest";
import { inEnglish, knowledgeAssistant } from "./support/knowledge-assistant";

const { ask, conversation: turns } = knowledgeAssistant();
const answeredEn = (text: string) => inEnglish(ask(text), text);
/** One resident's conversation: the answer of each turn (entry id or kind), each in English. */
const conversation = (...texts: string[]): string[] => turns(...texts).map((r, i) => inEnglish(r, texts[i]!));

describe("temporary residence: a Vietnamese person's stay is a citizen's, a foreigner's stays the foreigner's", () => {
  it("answers a Vietnamese colleague's or relative's stay with the citizen's temporary residence, and its follow-ups", () => {
    expect(answeredEn("My Vietnamese colleague rents a flat near here. How does he register his temporary residence?")).toBe("dvc-tam-tru");
    expect(conversation("Our Vietnamese nanny is staying with us from next month, does she have to register?", "Could she do that online?")).toEqual(["dvc-tam-tru", "dvc-tam-tru"]);
  });

  it("keeps a foreigner staying with a Vietnamese family on the foreigners' declaration", () => {
    expect(answeredEn("I'm a foreigner living with my Vietnamese husband's parents, who must declare my stay?")).toBe("dvc-nguoi-nuoc-ngoai-tam-tru");
  });
});

describe("a person asked for, or how to reach one", () => {
  it("hands a request for a person to staff, in English, whatever it is about", () => {
    for (const text of ["Could I speak with a staff member please", "I'd like to talk to an officer about my landlord's paperwork"]) {
      const r = ask(text);
      expect(inEnglish(r, text)).toBe("handoff");
      expect(r.kind === "handoff" && r.handoff.reason).toBe("asked_for_person");
      expect(r.reply).toContain("I have passed it to the staff");
    }
  });

  it("answers how or when staff answer in this chat with the staff entry's English summary", () => {
    expect(answeredEn("How do I chat with ward staff here, and when do they answer?")).toBe("phuong-gap-can-bo");
  });
});

describe("out of coverage stays with staff, politely in English", () => {
  it("hands off a work permit, a visa asked alone and a landlord keeping a deposit", () => {
    expect(answeredEn("How do I renew my work permit before it runs out?")).toBe("handoff");
    expect(answeredEn("Where do I get my visa extended?")).toBe("handoff");
    expect(answeredEn("The landlord is keeping my deposit after I moved out, what can I do?")).toBe("handoff");
  });

  it("says a visa is not the ward's when asked whether the ward does it", () => {
    expect(answeredEn("Can the ward extend my visa?")).toBe("phuong-viec-khong-o-phuong");
  });

  it("answers 'can I use it to…' from the thing just answered, though it names another subject", () => {
    expect(conversation("How do I get the iHanoi app on my phone?", "Can I use it to send a complaint about a flooded alley?")).toEqual(["dvc-ihanoi", "dvc-ihanoi"]);
  });

  it("hands off a follow-up that asks where to find another thing the previous entry does not cover", () => {
    expect(conversation("How do we get health insurance for the whole household?", "Also, where could I find a Korean-speaking pediatrician around here?")).toEqual([
      "dvc-bhyt-ho-gia-dinh",
      "handoff",
    ]);
  });
});

describe("subjects a foreign resident asks about, answered in English", () => {
  it("answers military service, household business tax, help with forms and paying fees online", () => {
    expect(answeredEn("My nephew turns 17 this year; when does he sign up for military service?")).toBe("dvc-nghia-vu-quan-su");
    expect(answeredEn("We run a family shop, what tax do we pay now?")).toBe("dvc-thue-ho-kinh-doanh");
    expect(answeredEn("Is there anyone who can help me fill in the forms?")).toBe("dvc-ho-tro-nop-ho-so");
    expect(answeredEn("Can I pay the fee for my application online?")).toBe("dvc-thanh-toan");
  });

  it("answers a shop asking for an ID photo with personal data, and a code texted to the phone with the OTP entry", () => {
    expect(answeredEn("A shop asked me to send a photo of my ID card over Zalo, should I?")).toBe("kns-du-lieu-ca-nhan");
    expect(answeredEn("A stranger wants the code that was texted to my phone")).toBe("ld-otp");
  });

  it("answers a fee to recover lost money, a link to install an app and a father added to a birth record in English", () => {
    expect(answeredEn("A company says it can recover the money scammers took from me if I pay a fee first")).toBe("ld-lay-lai-tien");
    // a victim asking to get the money back gets the victim's steps, not the second-scam warning
    expect(answeredEn("I lost 20 million to a scam, can someone get it back for me?")).toBe("ld-bi-lua-roi");
    expect(answeredEn("Someone sent me a link to install the tax app, is that ok?")).toBe("ld-ung-dung-gia");
    expect(answeredEn("Our son was born before we married, how do I add my name as the father on his birth certificate?")).toBe("dvc-nhan-cha-me-con");
  });

  it("answers when a report gets a reply with following a report", () => {
    expect(conversation("There's rubbish piling up in my lane every day", "When will they answer?")).toEqual(["pa-gui-phan-anh", "pa-theo-doi"]);
  });
});
