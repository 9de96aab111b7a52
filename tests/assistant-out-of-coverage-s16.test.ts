/**
 * Out of coverage and English, session 16 (issue 10 §4): a pet, a land price, a school transfer, a roadway permit,
 * savings withdrawn, compensation demanded, which provider is good, a public event's permit (uncovered-s16-matters.ts); a person asked for
 * indirectly (person-asked-indirectly.ts); English: a pet adopted (english-uncovered-s16.ts), a waste report, a
 * pretending text reported, a foreign guest hosted, an expired passport, whether anyone reads the chat
 * (english-glossary-s16.ts). Each uncovered matter is handed off (also mid-conversation, not answered from the previous
 * entry); the same words where an entry does answer still get that entry. Messages are written for this file, not
 * copied from the tuning sets or the entries' sample questions.
 */
import { describe, expect, it } from "vitest";
import type { AskResult } from "../server/assistant/ask-result";
import { answerCheck, inEnglish, knowledgeAssistant } from "./support/knowledge-assistant";

const { ask, conversation } = knowledgeAssistant();
const answers = answerCheck(ask);

function handedOff(result: AskResult | undefined, text: string, reason = "out_of_scope") {
  expect(result?.kind, text).toBe("handoff");
  expect(result?.kind === "handoff" && result.handoff.reason, text).toBe(reason);
}

describe("a pet is no child to adopt", () => {
  it("hands off keeping, adopting or registering a dog or a cat", () => {
    for (const text of ["mình muốn nhận nuôi một con mèo hoang thì làm sao", "nhà em định đăng ký nuôi chó cảnh ở chung cư có được không", "nhan nuoi cho bi bo roi o dau"]) handedOff(ask(text), text);
  });
  it("still answers adopting a child, also written without accents", () => {
    answers("vợ chồng tôi muốn nhận nuôi một bé gái ở trung tâm bảo trợ", "dvc-nuoi-con-nuoi");
    answers("nhan nuoi con cho chi gai thi lam the nao", "dvc-nuoi-con-nuoi");
  });
  it("hands off an English pet adoption politely in English", () => {
    const text = "Is it possible to adopt a cat from a local shelter?";
    expect(inEnglish(ask(text), text)).toBe("handoff");
  });
});

describe("land prices, a school transfer, a roadway permit, savings withdrawn, an event permit", () => {
  it("hands them off instead of a look-alike entry", () => {
    for (const text of [
      "tra bảng giá đất của Hà Nội năm 2026 ở trang nào",
      "tiền thuê đất hằng năm của xưởng tôi đóng ở đâu",
      "cháu nhà tôi muốn chuyển trường từ quận khác về đây học lớp 3",
      "nhà có việc hiếu, xin phép dựng rạp trên lòng đường 2 ngày ở đâu",
      "mẹ tôi muốn rút tiền tiết kiệm đã gửi ở bưu điện thì cần gì",
      "đăng ký tổ chức hội chợ đồ cũ cần gì",
    ])
      handedOff(ask(text), text);
  });
  it("keeps a pavement blocked with the report entry, and savings taken by a scam with the victim's steps", () => {
    answers("quán nhậu đầu phố lấn chiếm vỉa hè, khách phải đi xuống lòng đường, tôi muốn phản ánh", "pa-gui-phan-anh");
    const taken = ask("bố tôi bị lừa, kẻ gian rút hết tiền tiết kiệm trong tài khoản");
    expect(taken.kind).not.toBe("handoff");
  });
});

describe("a new uncovered matter mid-conversation is not answered from the previous entry", () => {
  it("hands off a school transfer, a land price, a claim for damages, a provider to pick", () => {
    const cases: Array<[string, string]> = [
      ["trích lục bản sao giấy khai sinh", "à nhân tiện, con tôi muốn chuyển trường lên lớp 7 thì làm gì"],
      ["làm lại sổ đỏ bị cháy", "thế giá đất bây giờ ở ngõ tôi khoảng bao nhiêu một mét"],
      ["xin phép xây nhà 4 tầng", "công trình nhà bên cạnh làm lún móng nhà tôi, tôi muốn đòi bồi thường thiệt hại"],
      ["khai báo tạm vắng đi nước ngoài", "cháu đi lao động Hàn Quốc thì công ty nào uy tín ạ"],
    ];
    for (const [first, then] of cases) {
      const [a, b] = conversation(first, then);
      expect(a!.kind, first).toBe("answer");
      handedOff(b, then);
    }
  });
});

describe("a person asked for without saying 'gặp'", () => {
  it("hands a call back or an officer's presence to staff", () => {
    for (const text of ["phiền phường bảo cán bộ gọi lại cho bác số máy này nhé", "chú cán bộ tư pháp chiều nay có ở cơ quan không", "anh công an khu vực sáng nay có trực không ạ"])
      handedOff(ask(text), text, "asked_for_person");
  });
  it("still answers a scam call that asked the resident to call back, and the ward's hours", () => {
    expect(ask("có người xưng cán bộ ngân hàng gọi lại cho tôi bảo đọc mã OTP").kind).not.toBe("handoff");
    answers("sáng thứ bảy phường có làm việc không", "phuong-lien-he");
  });
});

describe("English: reports, a hosted foreign guest, an expired passport, the chat itself", () => {
  it("answers each from its entry in English", () => {
    const cases: Array<[string, string]> = [
      ["Somebody keeps dumping rubble at the end of our lane, where can I report it?", "pa-gui-phan-anh"],
      ["A message claiming to be the tax office sent me a link to pay. How do I report it?", "ld-bao-cao"],
      ["We are hosting a Japanese colleague for a month, do we have to declare him?", "dvc-nguoi-nuoc-ngoai-tam-tru"],
      ["My mother's Vietnamese passport has expired, where can she renew it?", "phuong-viec-khong-o-phuong"],
      ["Is anybody at the ward actually checking this chat?", "phuong-gap-can-bo"],
    ];
    for (const [text, id] of cases) expect(inEnglish(ask(text), text), text).toBe(id);
  });
});
