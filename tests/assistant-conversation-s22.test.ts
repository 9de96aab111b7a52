/**
 * Conversation memory, session 22 (issue 10 §3): classes of confident wrong answers on later turns found on the tuning
 * sets' conversations. Conversations written for this file (not tuning lines), each through the real Assistant with
 * its conversation memory.
 */
import { describe, expect, it } from "vitest";
import { typedFolded } from "../server/assistant/scam-followups";
import { victimReportWhere } from "../server/assistant/victim-report-where";
import { moneyBackAsked } from "../server/assistant/money-back-question";
import { mayStandAlone } from "../server/assistant/standalone-uncovered";
import { knowledgeAssistant, led, shown } from "./support/knowledge-assistant";

const { conversation } = knowledgeAssistant();

describe("where to report, right after a victim's steps (victim-report-where.ts)", () => {
  const victim = { scamVictim: "ld-bi-lua-roi" };
  const where = (q: string, remembered: { entryId?: string; scamVictim?: string } = victim) => victimReportWhere(typedFolded(q), remembered);
  it("reads a place or a person asked of reporting, nothing pointed at, as the loss entry's", () => {
    for (const q of ["vậy đi trình báo ở đâu ạ", "giờ tôi đi báo chỗ nào", "thế bà ấy phải báo ai", "báo công an phường có được không", "trình báo ở công an có được ko", "tố giác ở đâu cho nhanh"])
      expect(where(q), q).toBe("ld-bi-lua-roi");
    expect(where("con đi báo ở đâu", { entryId: "ld-bi-lua-roi" })).toBe("ld-bi-lua-roi");
  });
  it("leaves a thing pointed at to report, a hotline, 'bao lâu'/'bao nhiêu', and any other conversation alone", () => {
    for (const q of ["cái số điện thoại đó báo ở đâu", "tin nhắn lừa đó báo cho ai", "báo cái tài khoản nhận tiền ở đâu", "giờ báo công an phường hay gọi 113", "muốn chặn số đó thì báo ai", "bao lâu thì ngân hàng trả lời", "mất bao nhiêu tiền ở đâu"])
      expect(where(q), q).toBeUndefined();
    expect(where("trình báo ở đâu", { entryId: "ld-trung-thuong" })).toBeUndefined();
  });
  it("after a victim's warning and after the loss entry shown: that entry's place", () => {
    let turns = conversation("bố tôi bị lừa chuyển khoản mất 30 triệu rồi", "vậy đi trình báo ở đâu ạ");
    expect(led(turns[0])).toBe("scam_warning ld-bi-lua-roi");
    expect(led(turns[1])).toBe("answer ld-bi-lua-roi");
    expect(shown(turns[1])).toBe("where");
    turns = conversation("tôi lỡ chuyển 8 triệu cho đứa giả shipper rồi", "giờ tôi đi báo chỗ nào");
    expect(led(turns[0])).toBe("answer ld-bi-lua-roi");
    expect(led(turns[1])).toBe("answer ld-bi-lua-roi");
    expect(shown(turns[1])).toBe("where");
  });
  it("the scammer's number or message pointed at stays the reporting entry's", () => {
    expect(led(conversation("mẹ tôi chuyển 50 triệu cho kẻ gian rồi", "cái số điện thoại đó báo ở đâu")[1])).toBe("answer ld-bao-cao");
    expect(led(conversation("mẹ tôi chuyển 50 triệu cho kẻ gian rồi", "tin nhắn lừa đó báo cho ai")[1])).toBe("answer ld-bao-cao");
  });
});

describe("a recovery service asked of after the loss entry is no 'money back?' question (money-back-question.ts)", () => {
  it("reads an offer to get the money back as the recovery scam's", () => {
    const remembered = { entryId: "ld-bi-lua-roi" };
    expect(moneyBackAsked(typedFolded("thấy trên mạng có nhóm nhận lấy lại tiền, có nên nhờ họ không"), remembered)).toBeUndefined();
    expect(moneyBackAsked(typedFolded("có dịch vụ đòi lại tiền giúp, thuê được không"), remembered)).toBeUndefined();
    expect(moneyBackAsked(typedFolded("báo công an thì có đòi lại được tiền không"), remembered)).toBe("ld-bi-lua-roi");
  });
  it("answers it with the recovery scam's entry, the money back with the loss entry", () => {
    let turns = conversation("tôi bị lừa mất 20 triệu rồi", "trình báo ở đâu", "thấy trên mạng có nhóm nhận lấy lại tiền, có nên nhờ họ không");
    expect(led(turns[1])).toBe("answer ld-bi-lua-roi");
    expect(led(turns[2])).toBe("answer ld-lay-lai-tien");
    turns = conversation("tôi bị lừa mất 20 triệu rồi", "trình báo ở đâu", "báo công an thì có đòi lại được tiền không");
    expect(led(turns[2])).toBe("answer ld-bi-lua-roi");
  });
});

describe("a turn standing on its own that nothing covers is handed off, not carried (standalone-uncovered.ts)", () => {
  it("asks alone only a carried turn the turn model reads as standing on its own", () => {
    expect(mayStandAlone({ carried: true, followupP: 0.1, standsAloneBelow: 0.5 })).toBe(true);
    expect(mayStandAlone({ carried: true, followupP: 0.8, standsAloneBelow: 0.5 })).toBe(false);
    expect(mayStandAlone({ carried: false, followupP: 0.1, standsAloneBelow: 0.5 })).toBe(false);
    expect(mayStandAlone({ carried: true, followupP: 0.1, standsAloneBelow: -1 })).toBe(false);
  });
  it("'Tôi muốn hỏi chế độ nghỉ ốm dài ngày của bảo hiểm xã hội…' after tạm vắng: handed off; the follow-up before it stays", () => {
    const turns = conversation("đăng ký tạm vắng khi đi chữa bệnh lâu ngày", "khai online được không", "Tôi muốn hỏi chế độ nghỉ ốm dài ngày của bảo hiểm xã hội, công ty không chịu làm");
    expect(led(turns[0])).toBe("answer dvc-tam-vang");
    expect(led(turns[1])).toBe("answer dvc-tam-vang");
    expect(turns[2]!.kind).toBe("handoff");
  });
  it("short follow-ups of the entry at hand are still answered from it", () => {
    const turns = conversation("làm giấy phép xây dựng nhà 3 tầng", "nộp hồ sơ mất bao lâu", "có phải nộp phí không");
    expect(led(turns[1])).toBe("answer dvc-giay-phep-xay-dung");
    expect(led(turns[2])).toBe("answer dvc-giay-phep-xay-dung");
  });
});
