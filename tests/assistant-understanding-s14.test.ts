/**
 * Session 14 (issue 10 §4), classes left in tuning11's single messages. Phrasings of our own, not the tuning
 * lines; run through the real Assistant over knowledge/.
 */
import { describe, expect, it } from "vitest";
import { withoutPersonWords } from "../server/assistant/person-words-aside";
import { answerCheck, knowledgeAssistant, led } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();
const expectAnswer = answerCheck(ask);
// the rules alone: the mechanism the late-registration case pins down, before the learned classifier reads it
const rules = knowledgeAssistant(undefined, { learned: false });

describe("who the question is for does not sink the entry the rest names (person-words-aside.ts)", () => {
  it("sets aside a relative with whose it is, an age, and 'đưa' before the person", () => {
    expect(withoutPersonWords("bé nhà mình 5 tuổi làm căn cước thì đưa bé đi đâu")).toBe("làm căn cước thì đi đâu");
    expect(withoutPersonWords("bà ngoại em 86 tuổi nhờ tổ công nghệ số đến nhà")).toBe("nhờ tổ công nghệ số đến nhà");
    expect(withoutPersonWords("con gái tôi năm nay 9 tuổi bị bại não")).toBe("bị bại não");
    expect(withoutPersonWords("thằng cháu nhà tôi năm nay đủ mười tám rồi")).toBeUndefined();
  });
  it("keeps words that name a subject or the person's condition", () => {
    expect(withoutPersonWords("nhận con nuôi cần giấy gì")).toBeUndefined();
    expect(withoutPersonWords("giấy kết hôn của bố mẹ tôi bị mất")).toBeUndefined();
    expect(withoutPersonWords("mẹ tôi không có smartphone thì kích hoạt mức 2 thế nào")).toBeUndefined();
    expect(withoutPersonWords("thẻ bhyt cho trẻ em dưới 6 tuổi")).toBeUndefined();
  });
  it("answers the entry the rest of the message names", () => {
    expectAnswer("bé nhà tôi 3 tuổi có phải làm căn cước không, làm thì đưa bé lên đâu", "dvc-can-cuoc");
    expectAnswer("con gái tôi năm nay 12 tuổi bị bại não, muốn làm giấy xác nhận khuyết tật để hưởng chế độ", "dvc-khuyet-tat");
  });
  it("leaves a message whose rest names nothing the ward covers to the ordinary decision", () => {
    expect(ask("con tôi 8 tuổi bị sốt cao thì đưa đi viện nào").kind).toBe("handoff");
    expect(led(ask("mẹ tôi không có smartphone chỉ có điện thoại cục gạch thì kích hoạt mức 2 kiểu gì"))).not.toBe("answer dvc-ho-tro-nop-ho-so");
  });
});

describe("shorthand residents type (lexicon.ts teen-code, loanwords.ts)", () => {
  it("reads 'hgđ' as hộ gia đình", () => {
    expectAnswer("bhyt hgđ đóng bn tiền 1 người", "dvc-bhyt-ho-gia-dinh");
    expectAnswer("thẻ bhyt hgd năm nay mua ở đâu", "dvc-bhyt-ho-gia-dinh");
  });
  it("reads 'free' mixed into Vietnamese as miễn phí", () => {
    expectAnswer("con nhà em 3 tuổi thẻ bhyt trẻ em phải mua hay được cấp free", "dvc-bhyt-ho-gia-dinh");
    expectAnswer("bé nhà e 1 tuoi the bhyt co free ko hay phai mua", "dvc-bhyt-ho-gia-dinh");
  });
});

describe("the community digital team is its own entry's subject, a side remark of the help-with-filing entry (knowledge)", () => {
  it("asking for the team finds the team's entry", () => {
    expectAnswer("muốn gặp tổ công nghệ số cộng đồng thì tìm ở đâu", "kns-ho-tro-tai-nha");
  });
  it("not knowing how to file online still finds the help-with-filing entry", () => {
    expectAnswer("không biết dùng điện thoại thì ai giúp nộp hồ sơ", "dvc-ho-tro-nop-ho-so");
  });
});

describe("English: a copy of a birth, marriage or death certificate is the civil status extract (english-civil-status-copy.ts)", () => {
  const english = (text: string) => {
    const r = ask(text);
    return `${r.kind} ${r.entries[0]?.id ?? ""} ${r.lang}`;
  };
  it("answers the extract copy, in English", () => {
    expect(english("My birth certificate got damaged in a flood, can I get a new one?")).toBe("answer dvc-trich-luc en");
    expect(english("We need two more copies of my father's death certificate")).toBe("answer dvc-trich-luc en");
    expect(english("how can we get a copy of our wedding certificate, we married here in 2015")).toBe("answer dvc-trich-luc en");
  });
  it("leaves certified copies of other papers, and the registrations themselves, as they were", () => {
    expect(english("Where can I get a certified copy of my passport?")).toBe("answer dvc-chung-thuc en");
    expect(ask("Can the ward certify a photocopy of my marriage certificate?").entries[0]?.id).toBe("dvc-chung-thuc");
    expect(english("How do I register the birth of my baby?")).toBe("answer dvc-khai-sinh en");
  });
});

describe("an app the message names over a top entry about another app (unnamed-app-top.ts)", () => {
  it("answers the entry of the app named when the top's title names only an app the message does not", () => {
    expectAnswer("quên mk vssid rồi giờ lấy lại thế nào", "dvc-vssid");
    expectAnswer("quên pass đăng nhập vssid phải làm sao", "dvc-vssid");
  });
  it("leaves a message that also names the top's app as it was", () => {
    expect(led(ask("quên mật khẩu vneid thì lấy lại thế nào"))).toBe("answer dvc-vneid-su-co");
  });
});

describe("lateness told and its amount asked is the late registration's, not the deadline (deadline-question.ts)", () => {
  it("answers the late-registration entry when the fine is asked as an amount", () => {
    // the rules alone: on the default engine (session 20) the classifier reads birth registration with the late registration its
    // second choice and asks back between the two, the late registration first (tests/learned-answer-second-s20.test.ts)
    answerCheck(rules.ask)("khai sinh cho con bị trễ hạn có bị phạt ko, phải đóng bao nhiêu", "dvc-dang-ky-lai-ho-tich");
    expectAnswer("đăng ký khai sinh quá hạn có bị phạt không, mất bao nhiêu tiền", "dvc-dang-ky-lai-ho-tich");
  });
  it("still reads a deadline asked as the procedure's time part", () => {
    expectAnswer("con sinh được bao nhiêu ngày thì phải làm khai sinh, quá hạn có bị phạt bao nhiêu không", "dvc-khai-sinh");
  });
});
