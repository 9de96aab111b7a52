/**
 * Residents' voices, session 18 (issue 10, tuning-s18's writer): voice-to-text dictation, Vietlish, weekday
 * shorthand. Questions written for this file (not tuning lines), through the real Assistant over the real knowledge.
 */
import { describe, expect, it } from "vitest";
import { readDictatedWords } from "../server/assistant/dictated-words";
import { readLoanwords } from "../server/assistant/loanwords";
import { tokenize } from "../server/assistant/text-analysis";
import { knowledgeAssistant, led } from "./support/knowledge-assistant";

const { ask } = knowledgeAssistant();

describe("words as voice-to-text writes them", () => {
  it("'thẻ căn cứ' heard for the identity card reaches it", () => {
    expect(led(ask("thẻ căn cứ bị mất làm lại ở đâu"))).toBe("answer dvc-can-cuoc");
    expect(led(ask("can cu cong dan het han thi doi o dau"))).toBe("answer dvc-can-cuoc");
  });
  it("a form's code said digit by digit ('ct 07') is the residence confirmation", () => {
    expect(led(ask("xin giấy ct 07 ở đâu"))).toBe("answer dvc-xac-nhan-cu-tru");
  });
  it("an app's name split by dictation reads as the app", () => {
    expect(readDictatedWords("app v neid không vào được")).toBe("app VNeID không vào được");
    expect(readDictatedWords("tài khoản vn id bị khóa")).toBe("tài khoản VNeID bị khóa");
    expect(readDictatedWords("vnid mức 2")).toBe("VNeID mức 2");
    expect(readDictatedWords("mở vss id xem")).toBe("mở VssID xem");
    expect(led(ask("app v neid không vào được"))).toBe(led(ask("app vneid không vào được")));
  });
  it("'căn cứ' as grounds or basis stays as typed", () => {
    for (const text of ["căn cứ vào đâu mà phạt tôi", "không có căn cứ gì cả", "căn cứ pháp lý là gì", "can cu vao dau", "căn cứ để sửa là giấy nào"])
      expect(readDictatedWords(text)).toBe(text);
    expect(readDictatedWords("làm căn cứ cho con")).toBe("làm căn cước cho con");
    expect(readDictatedWords("the can cu bi mat")).toBe("the can cuoc bi mat");
    // an identity word ("vneid", an id number) is no dictated name
    expect(readDictatedWords("vneid cua toi")).toBe("vneid cua toi");
    expect(readDictatedWords("id của tôi là gì")).toBe("id của tôi là gì");
  });
});

describe("punctuation said aloud", () => {
  it("'dấu chấm hỏi', 'chấm than', 'dấu phẩy' written out are the marks", () => {
    expect(readDictatedWords("cho tôi hỏi làm căn cước mất bao lâu dấu chấm hỏi")).toBe("cho tôi hỏi làm căn cước mất bao lâu?");
    expect(readDictatedWords("phường ơi dấu phẩy đèn đường hỏng chấm than")).toBe("phường ơi, đèn đường hỏng!");
    expect(led(ask("cho tôi hỏi làm căn cước mất bao lâu dấu chấm hỏi"))).toBe("answer dvc-can-cuoc");
  });
  it("the tone mark's name and a decimal comma stay", () => {
    for (const text of ["tên con tôi bị sai dấu hỏi thành dấu ngã", "diện tích 2 phẩy 5 sào", "chấm công ở đâu"]) expect(readDictatedWords(text)).toBe(text);
  });
});

describe("English words in a Vietnamese question (Vietlish)", () => {
  it("'status hồ sơ' asks after the application's progress", () => {
    expect(led(ask("status hồ sơ của em sao rồi"))).toBe("answer dvc-tra-cuu-ho-so");
  });
  it("an investment group's pitch in English words is the investment scam", () => {
    expect(led(ask("có group zalo rủ invest crypto lãi 3%/ngày có nên vào không"))).toBe("answer ld-dau-tu");
  });
  it("read only as English words typed bare; 'thuế' keeps its accent", () => {
    const read = (text: string) => readLoanwords(tokenize(text)).map((t) => t.accented ?? t.folded).join(" ");
    expect(read("submit hồ sơ")).toBe("nop hồ sơ");
    expect(read("tax hộ kinh doanh")).toBe("thuế hộ kinh doanh");
    expect(read("làm passport")).toBe("làm ho chieu");
  });
});

describe("English from foreign employees and students", () => {
  it("looking a number or an account up against scams before paying is the checking entry, not the ward's contacts", () => {
    expect(led(ask("Is there any way to look up whether this phone number belongs to a scammer before I send the deposit?"))).toBe("answer ld-kiem-tra");
    expect(led(ask("Is there a blacklist of fraud bank accounts I can search?"))).toBe("answer ld-kiem-tra");
  });
});

describe("what residents call the water company", () => {
  it("'nhà máy nước' asking money into a personal account is the water-bill scam entry", () => {
    expect(led(ask("nhà máy nước có bao giờ nhắn tin bắt đóng tiền nước qua tài khoản riêng không"))).toBe("answer ld-hoa-don-dien-nuoc");
    expect(led(ask("nha may nuoc co bao gio nhan tin bat dong tien nuoc qua tai khoan rieng khong"))).toBe("answer ld-hoa-don-dien-nuoc");
  });
});

describe("weekdays in chat shorthand", () => {
  it("'t7' is Saturday: an opening-days question reaches the ward's contact entry", () => {
    expect(led(ask("phuong lam viec t7 ko"))).toBe("answer phuong-lien-he");
  });
});
