/**
 * Asks only staff can answer, whose words look like an entry (issue 10 §4 out of coverage, session 11): one person's own
 * number (personal-contact.ts) and the resident's own file to be checked (own-case-check.ts). They are handed off (out of
 * scope, the question kept for the unanswered queue) instead of answering with the ward's contacts, iHanoi's help or the
 * land entry; the ward's own numbers and "how do I look my file up" still get their entries, and a text pasted to be
 * checked still gets the scam check. Messages are written for this file.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { Assistant } from "../server/assistant/assistant";
import { readKnowledgeDir } from "../server/knowledge/knowledge-files";
import { asksToCheckOwnFile } from "../server/assistant/own-case-check";
import { asksPersonalContact } from "../server/assistant/personal-contact";
import { foldedText } from "../server/assistant/text-analysis";
import { knowledgeAssistant, MONDAY_9AM } from "./support/knowledge-assistant";

const { ask, ward } = knowledgeAssistant();
let assistant: Assistant;
beforeAll(async () => {
  assistant = new Assistant((await readKnowledgeDir("knowledge", { strict: true })).kb);
});

const handedOff = (text: string) => {
  const result = ask(text);
  expect(result.kind, text).toBe("handoff");
  expect(result.kind === "handoff" && result.handoff, text).toMatchObject({ reason: "out_of_scope", topic: expect.any(String) });
};

describe("one person's own number", () => {
  it("hands off a neighbourhood leader's, an officer's or a craftsman's number", () => {
    for (const text of [
      "xin số điện thoại tổ trưởng dân phố 11 ạ",
      "sđt tổ dân phố 4 là bao nhiêu",
      "cho cháu xin số điện thoại của tổ trưởng tổ dân phố 12 với ạ",
      "so dien thoai bac to truong khu tap the la bao nhieu",
      "xin sđt riêng của cán bộ hộ tịch",
      "cho tôi số zalo của chị Lan bên tư pháp",
      "tìm giúp số điện thoại thợ sửa nước gần đây",
      "số điện thoại phòng quản lý đô thị quận là bao nhiêu",
    ])
      handedOff(text);
  });

  it("still answers the ward's own numbers with the contacts entry", () => {
    for (const text of ["cho bác xin số điện thoại của phường", "sdt ubnd phuong la bao nhieu", "số điện thoại bộ phận một cửa là bao nhiêu"]) {
      const result = ask(text);
      expect(result.kind, text).toBe("answer");
      expect(result.entries[0]?.id, text).toBe("phuong-lien-he");
    }
  });

  it("answers the ward's own office wherever the office word stands, and a name called out is not the holder", () => {
    for (const text of [
      "số điện thoại đường dây nóng của phường là gì",
      "số điện thoại trụ sở phường là bao nhiêu",
      "số điện thoại văn phòng phường là gì",
      "số điện thoại trực ban công an phường là bao nhiêu",
      "chị Hà ơi cho em xin số điện thoại phường",
      "anh Tuấn ơi, cho bác xin số điện thoại ủy ban phường",
    ]) {
      const result = ask(text);
      expect(result.kind, text).toBe("answer");
      expect(result.entries[0]?.id, text).toBe("phuong-lien-he");
    }
    // a person still named after the one called out, or an office that is not the ward's
    for (const text of ["chị Hà ơi, số điện thoại của anh Hưng bên tư pháp là gì", "số điện thoại văn phòng công chứng là bao nhiêu"]) handedOff(text);
  });

  it("asked as a later turn, leaves the previous entry", () => {
    const first = assistant.ask("hàng xóm xây nhà lấn sang đất nhà tôi thì hòa giải ở đâu", ward, MONDAY_9AM);
    expect(first.kind).toBe("answer");
    const next = assistant.ask("vậy số điện thoại đội thanh tra xây dựng là gì", ward, MONDAY_9AM + 60_000, first.memory);
    expect(next.kind).toBe("handoff");
  });

  it("reads the words, not any phone number in the message", () => {
    for (const text of ["đổi số điện thoại mới thì vneid nhận mã thế nào", "cach kiem tra so dien thoai lua dao"]) expect(asksPersonalContact(foldedText(text), text), text).toBe(false);
  });
});

describe("the resident's own file to be checked", () => {
  it("hands off a request to look up where one's own file stands", () => {
    for (const text of [
      "hồ sơ khai sinh cho con tôi nộp thứ 3 tuần trước, anh chị kiểm tra giúp xem xong chưa",
      "ho so tach ho cua nha em den buoc nao roi, can bo xem ho em voi",
      "giấy phép xây dựng của tôi mãi vẫn chưa nhận được, nhờ phường check giúp",
      "hồ sơ cải chính tên của con tôi nộp từ đầu tháng mà vẫn chưa nhận được, xem giúp tôi",
    ])
      handedOff(text);
  });

  it("still answers how to look a file up oneself", () => {
    for (const text of ["nộp hồ sơ rồi thì xem hồ sơ đến đâu rồi ở chỗ nào", "tra hồ sơ bằng mã biên nhận thế nào"]) {
      const result = ask(text);
      expect(result.kind, text).toBe("answer");
      expect(result.entries[0]?.id, text).toBe("dvc-tra-cuu-ho-so");
    }
  });

  it("leaves a pasted text to the scam check", () => {
    const text = 'ad xem giúp tin này: "Hồ sơ của bạn chưa được duyệt, đăng nhập dichvucong-gov.link để bổ sung trong 24h"';
    expect(asksToCheckOwnFile(foldedText(text), text)).toBe(false);
    expect(ask(text).kind).toBe("scam_warning");
  });
});

describe("a savings book or account (uncovered-matters.ts)", () => {
  it("hands off the bank's matter instead of answering with the death registration entry", () => {
    for (const text of ["bố mất rồi, rút tiền trong sổ tiết kiệm của bố cần giấy tờ gì", "mẹ tôi mất sổ tiết kiệm thì làm sao", "tài khoản tiết kiệm của ông tôi đã mất thì con cháu nhận thế nào"]) handedOff(text);
  });

  it("still gives a scam victim's steps for savings lost to a scam", () => {
    const result = ask("mẹ tôi bị lừa chuyển hết tiền tiết kiệm rồi, giờ làm gì");
    expect(result.kind === "handoff" && result.handoff.reason === "out_of_scope").toBe(false);
  });
});

describe("school fees themselves (uncovered-matters.ts, off-topic-turn.ts)", () => {
  it("hands off the fee policy for every pupil although the poor-household entry mentions school fees", () => {
    for (const text of ["quy định miễn học phí cho học sinh từ năm nay thế nào", "chính sách giảm học phí năm học tới áp dụng ra sao"]) handedOff(text);
  });

  it("still answers a poor household's paper for the fee exemption", () => {
    for (const text of ["xin giấy xác nhận hộ nghèo để cháu được miễn học phí", "hộ cận nghèo có được giảm học phí cho con không"]) {
      const result = ask(text);
      expect(result.kind, text).toBe("answer");
      expect(result.entries[0]?.id, text).toBe("dvc-ho-ngheo");
    }
  });
});

describe("the resident's own building debris or bulky waste (uncovered-matters.ts)", () => {
  it("hands off where to dump it instead of answering with the report entry", () => {
    for (const text of ["phế thải xây dựng sau khi sửa nhà vứt ở đâu cho đúng", "phế thải sửa nhà đổ chỗ nào để không bị phạt"]) handedOff(text);
  });

  it("still answers someone dumping it in the lane with the report entry", () => {
    const result = ask("có người đổ trộm phế thải xây dựng ra đầu ngõ, báo phường thế nào");
    expect(result.kind).toBe("answer");
    expect(result.entries[0]?.id).toBe("pa-gui-phan-anh");
  });
});
