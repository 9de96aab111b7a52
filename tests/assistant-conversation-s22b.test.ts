/**
 * Conversation memory, session 22 (second pass, issue 10 §3): classes of confident wrong later turns found on the
 * tuning sets' conversations. Conversations and questions written for this file (not tuning lines), each through the
 * real Assistant with its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { conversation, kb } = knowledgeAssistant();

describe("the baby's health-insurance card after birth registration is the health-insurance entry's", () => {
  it("a later turn whose subject is the card goes to the health-insurance entry", () => {
    let turns = conversation("vợ em vừa sinh cháu trai, làm khai sinh cho cháu thế nào", "cần mang những gì", "thế thẻ bảo hiểm y tế cho cháu thì làm sao");
    expect(led(turns[0])).toBe("answer dvc-khai-sinh");
    expect(led(turns[2])).toBe("answer dvc-bhyt-ho-gia-dinh");
    turns = conversation("đăng ký khai sinh cho bé ở đâu", "còn thẻ bhyt của bé có phải mua không");
    expect(led(turns[1])).toBe("answer dvc-bhyt-ho-gia-dinh");
    turns = conversation("làm khai sinh cho con", "khai sinh xong bé có tự có thẻ bảo hiểm y tế không");
    expect(led(turns[1])).toBe("answer dvc-bhyt-ho-gia-dinh");
  });
  it("a first question about registering the birth online, the card part of the linked service, stays birth registration", () => {
    expect(led(conversation("đăng ký khai sinh online trên vneid có được cấp luôn thẻ bhyt cho bé không")[0])).toBe("answer dvc-khai-sinh");
    expect(led(conversation("khai sinh cho con xong có tự nhập hộ khẩu và có thẻ bảo hiểm y tế luôn không")[0])).toBe("answer dvc-khai-sinh");
  });
  it("the knowledge says so: birth registration keeps the linked card in its text, the card's sample questions are the insurance entry's", () => {
    const byId = (id: string) => kb().entries.find((e) => e.id === id)!;
    const birth = byId("dvc-khai-sinh");
    expect(birth.summary).toContain("thẻ BHYT");
    expect(birth.questions.some((q) => /BHYT cho bé/i.test(q))).toBe(false);
    expect(byId("dvc-bhyt-ho-gia-dinh").questions.some((q) => /bé mới sinh/.test(q))).toBe(true);
  });
});

describe("reporting a local problem through iHanoi is the reporting entry's", () => {
  it("after the iHanoi entry, a problem named to report through it goes to the reporting entry", () => {
    const turns = conversation("ihanoi là app gì", "tôi muốn phản ánh ổ gà trước ngõ qua ihanoi có được không");
    expect(led(turns[0])).toBe("answer dvc-ihanoi");
    expect(led(turns[1])).toBe("answer pa-gui-phan-anh");
  });
  it("what the app can do stays the iHanoi entry's", () => {
    expect(led(conversation("trên ihanoi có gửi phản ánh được không hay chỉ đọc tin")[0])).toBe("answer dvc-ihanoi");
  });
});

describe("English: a birth registered with a Vietnamese spouse is birth registration, not a stay", () => {
  it("reads 'register the baby / our son' as the birth", () => {
    expect(led(conversation("My Vietnamese husband and I had a baby last week, how do we register our son?")[0])).toBe("answer dvc-khai-sinh");
  });
  it("a stay with a Vietnamese partner is still the citizen's temporary residence", () => {
    expect(led(conversation("My Vietnamese girlfriend is renting a room with me, do we need to register?")[0])).toBe("answer dvc-tam-tru");
  });
});
