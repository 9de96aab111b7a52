/**
 * First messages, session 26 (issue 10 §4 understanding, §5 honest kinds). Wordings written for this file (not tuning
 * lines), asked of the real Assistant over the repository's knowledge.
 */
import { describe, expect, it } from "vitest";
import { knowledgeAssistant } from "./support/knowledge-assistant";
import type { AskResult } from "../server/assistant/ask-result";

const { ask, answeredBy, conversation } = knowledgeAssistant();
const askedForPerson = (r: AskResult, q: string) => {
  expect(r.kind, q).toBe("handoff");
  expect(r.kind === "handoff" && r.handoff.reason, q).toBe("asked_for_person");
};

describe("questions about this chat are answered from the staff entry (channel-nature-question.ts)", () => {
  const about = [
    "máy hay người vậy",
    "ben nay la may tra loi hay nguoi that",
    "bạn là bot phải không",
    "đây là máy trả lời à",
    "tin nhan nay la chatbot a",
    "có người thật không",
    "zalo nay ai tra loi vay",
    "mấy giờ thì có cán bộ đọc",
    "nhắn tin với cán bộ qua zalo này được không",
    "muon hoi can bo tren zalo thi lam the nao",
  ];
  for (const q of about) it(q, () => answeredBy(q, "phuong-gap-can-bo"));

  it("a report's reply time stays the report-tracking entry's", () => {
    const r = ask("phản ánh gửi rồi bao lâu thì có người trả lời");
    expect(r.kind === "answer" && r.entry.id).not.toBe("phuong-gap-can-bo");
  });
});

describe("a direct request for a person is a handoff asked_for_person (bare-person-call.ts)", () => {
  const calls = [
    "người",
    "người thật",
    "cb",
    "cán bộ ơi",
    "CÁN BỘ ĐÂU RỒI",
    "admin đâu",
    "ad oi dau roi",
    "gọi cán bộ giúp tôi",
    "chuyển cho cán bộ",
    "cho gặp người",
    "alo có ai không",
    "alo alo co ai o do ko",
    "cho tôi gặp cán bộ, không muốn chat với máy",
    "máy trả lời không hiểu gì, tôi muốn gặp người thật",
  ];
  for (const q of calls) it(q, () => askedForPerson(ask(q), q));

  it("later in a conversation too", () => {
    const turns = conversation("đăng ký khai sinh cho con cần giấy tờ gì", "người");
    expect(turns[0]!.kind).toBe("answer");
    askedForPerson(turns[1]!, "người");
    const again = conversation("lệ phí làm căn cước", "cán bộ ơi");
    askedForPerson(again[1]!, "cán bộ ơi");
  });

  it("questions naming people or staff stay questions", () => {
    for (const q of ["người già làm căn cước thế nào", "cán bộ tư pháp làm việc giờ nào", "người nước ngoài đăng ký tạm trú ở đâu"]) {
      const r = ask(q);
      expect(r.kind === "handoff" && r.handoff.reason === "asked_for_person", q).toBe(false);
    }
  });
});

describe("a report already sent, its progress asked, is the report-tracking entry (report-progress-asked.ts)", () => {
  const sent = [
    "đã gửi phản ánh hôm trước giờ sao rồi",
    "phản ánh về ổ gà đã gửi tuần trước giờ đến đâu rồi",
    "phan anh rac thai gui tu hom qua van chua ai xu ly",
    "em gui phan anh qua zalo may hom roi, xem tien do o dau",
    "theo dõi tiến độ phản ánh ở đâu",
  ];
  for (const q of sent) it(q, () => answeredBy(q, "pa-theo-doi"));

  it("sending one is still the entry on sending a report", () => {
    answeredBy("muốn gửi phản ánh về cột đèn hỏng đầu ngõ", "pa-gui-phan-anh");
  });
});

describe("a child past the deadline told by age, never registered, is late birth registration (late-civil-registration.ts)", () => {
  const late = [
    "con 3 tuổi chưa làm giấy khai sinh",
    "chau ngoai toi 4 tuoi roi ma chua co giay khai sinh",
    "bé nhà tôi 2 tuổi rồi chưa có khai sinh",
  ];
  for (const q of late) it(q, () => answeredBy(q, "dvc-dang-ky-lai-ho-tich"));

  it("a newborn, or an age without a missing registration, is not late", () => {
    answeredBy("bé nhà tôi được 1 tháng, chưa làm khai sinh thì làm ở đâu", "dvc-khai-sinh");
    const r = ask("con 10 tuổi đi học cần bản sao giấy khai sinh");
    expect(r.kind === "answer" && r.entry.id).not.toBe("dvc-dang-ky-lai-ho-tich");
  });
});

describe("the merger told from an old commune's side is the merger entry (merged-place-told.ts)", () => {
  const told = [
    "thôn tôi giờ thuộc phường rồi, giờ làm giấy tờ thì đi đâu",
    "xa Dai Thinh cu gio nhap vao dau vay",
    "ủy ban xã cũ không làm nữa thì tôi nộp ở đâu",
  ];
  for (const q of told) it(q, () => answeredBy(q, "phuong-sap-nhap"));

  it("a named procedure, or the new ward's office, keeps its own entry", () => {
    for (const q of ["xã cũ giờ thành phường thì làm căn cước ở đâu", "trụ sở phường mới ở đâu, trước tôi lên xã cũ"]) {
      const r = ask(q);
      expect(r.kind === "answer" && r.entry.id, q).not.toBe("phuong-sap-nhap");
    }
  });
});
