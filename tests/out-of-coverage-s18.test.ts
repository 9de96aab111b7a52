/**
 * Out-of-coverage messages handed off instead of answered from a look-alike entry (session 18, issue 10 §4). Classes
 * from the tuning sets' handoff lines the engine answered, each shown here with other phrasings of the same need:
 * - a subject next to an entry that the entry does not cover (front matter `not_covers`, entry-scope.ts): maternity
 *   benefits and a one-time social-insurance withdrawal next to voluntary social insurance and VssID, divorce next to
 *   adoption, a foreigner buying a home next to land titles, a second-child bonus next to social allowances, the
 *   electricity bill next to the citizens' reception;
 * - a demand to meet a leader or an officer now (meet-now-request.ts), not a question about the reception schedule;
 * - asking the assistant the time of day (chit-chat.ts);
 * - in English: a translation asked for, unpaid wages, a paper legalised (english-uncovered-s18.ts).
 */
import { describe, expect, it } from "vitest";
import { knowledgeAssistant } from "./support/knowledge-assistant";
import { asksToMeetNow } from "../server/assistant/meet-now-request";
import { foldedText } from "../server/assistant/text-analysis";

const { ask, conversation } = knowledgeAssistant();

const handedOff = (text: string) => {
  const r = ask(text);
  expect(r.kind, `${text} → ${r.entries.map((e) => e.id).join(",")}`).toBe("handoff");
  return r;
};
const answeredBy = (text: string, id: string) => {
  const r = ask(text);
  expect(r.kind === "answer" && r.entry.id, text).toBe(id);
};

describe("a subject next to an entry that the entry does not cover", () => {
  it("maternity benefits and a one-time withdrawal are not voluntary social insurance's or VssID's", () => {
    handedOff("vợ em sắp sinh, chế độ thai sản làm ở đâu ạ");
    handedOff("đóng bhxh tự nguyện có được hưởng thai sản không");
    handedOff("muốn rút bhxh 1 lần thì làm sao");
    handedOff("rút bảo hiểm xã hội một lần cần giấy tờ gì");
    // the entry's own questions stay answered
    answeredBy("đóng bhxh tự nguyện bao nhiêu năm thì có lương hưu", "dvc-bhxh-tu-nguyen");
  });
  it("divorce is not adoption's, a foreigner buying a home not the land title's, a second-child bonus not social allowances'", () => {
    handedOff("vợ chồng tôi muốn ly hôn thì con nhỏ ai nuôi");
    handedOff("người nước ngoài có được mua nhà đứng tên sổ đỏ không");
    handedOff("xin tiền thưởng sinh con thứ hai ở đâu");
    answeredBy("nhận con nuôi cần giấy tờ gì", "dvc-nuoi-con-nuoi");
  });
  it("a complaint about the electricity bill is not the citizens' reception's", () => {
    // (no longer the reception's answer; two neighbours of the electricity bill are offered)
    expect(ask("làm đơn khiếu nại điện lực gửi ai").kind).not.toBe("answer");
    handedOff("tiền điện tháng này tăng vọt, khiếu nại thế nào");
  });
  it("the handoff reply is polite Vietnamese and says ward staff will reply", () => {
    const r = handedOff("vợ chồng tôi muốn ly hôn thì con nhỏ ai nuôi");
    expect(r.reply).toContain("chưa có thông tin về");
    expect(r.reply).toContain("Cán bộ sẽ trả lời ông/bà");
  });
});

describe("a subject next to an entry, in a conversation or a first message", () => {
  it("consular legalisation is neither the criminal-record certificate's nor certification's; renting a home out is not household-business tax", () => {
    const [first, second] = conversation("xin phiếu lý lịch tư pháp ở đâu", "thế hợp pháp hóa lãnh sự phiếu đó ở đâu");
    expect(first!.kind === "answer" && first!.entry.id).toBe("dvc-ly-lich-tu-phap");
    expect(second!.kind, second!.explanation).toBe("handoff");
    handedOff("nhà tôi cho thuê nhà 10 triệu một tháng thì nộp thuế cho thuê nhà thế nào");
  });
});

describe("a demand to meet a leader or an officer now", () => {
  it("is a request for a person", () => {
    const r = handedOff("tôi cần gặp lãnh đạo phường ngay hôm nay");
    expect(r.kind === "handoff" && r.handoff.reason).toBe("asked_for_person");
    handedOff("toi muon gap truc tiep chu tich phuong ngay bay gio");
  });
  it("not a question about when or whether one can meet", () => {
    answeredBy("tôi muốn gặp chủ tịch phường thì lịch tiếp dân ngày nào", "phuong-tiep-cong-dan");
    expect(asksToMeetNow(foldedText("muốn gặp chủ tịch hôm nay được không"))).toBe(false);
    expect(asksToMeetNow(foldedText("tôi muốn gặp chủ tịch phường thì đăng ký thế nào"))).toBe(false);
    expect(asksToMeetNow(foldedText("em muốn gặp cán bộ tư pháp ngay hôm nay"))).toBe(true);
  });
});

describe("chit-chat: the time of day", () => {
  it("is handed off, not answered with the ward's hours", () => {
    handedOff("mấy giờ rồi em");
    handedOff("bây giờ là mấy giờ");
  });
});

describe("in English", () => {
  it("a translation asked for, unpaid wages and a paper legalised are handed off", () => {
    const r = handedOff("Can you translate my marriage certificate for me?");
    expect(r.reply).toContain("passed your question to the staff");
    handedOff("My employer still hasn't paid my salary, who can I complain to?");
    handedOff("Where can I get my diploma legalised?");
  });
});
