/**
 * Session 29b (issue 11): a resident who sent the money at once after a scam call, told with "chuyển luôn / chuyển ngay / ck
 * luôn" and no "rồi", was warned as the script they retell instead of getting the victim's steps (transferred-at-once.ts).
 * Class seen on tuning-s29 (study set); every wording here is written for this test.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

describe("session 29b: a transfer made at once after a scam call", () => {
  it("gives the resident who sent it the victim's steps", () => {
    for (const t of [
      "Bà tôi nghe điện thoại báo con bị tai nạn, chuyển luôn 20 triệu",
      "Có người gọi nói là công an bảo tôi liên quan vụ án, tôi sợ quá chuyển luôn 50 triệu vào tài khoản họ đưa",
      "Bố em nghe người ta gọi bảo em bị cấp cứu cần tiền mổ, bố ck luôn 30tr",
      "nghe nói con trai đang cấp cứu mẹ tôi chạy ra ngân hàng chuyển luôn 20 triệu, giờ gọi cho cháu thì nó vẫn bình thường",
      "em chuyển ngay 10 triệu cho người xưng là nhân viên ngân hàng, giờ phải làm sao",
      "Họ gọi bảo tôi nợ cước, tôi chuyển ngay cho họ 5 triệu",
      "mẹ tôi nghe người xưng công an dọa thì hoảng quá ck luôn 100tr vào stk họ đưa",
      // the family member named with "tôi" once, then bare, the amount told in the caller's demand
      "Sáng nay ông nội tôi nhận điện thoại báo chú tôi bị bắt, người ta đòi 30 triệu nộp phạt. Ông sợ quá ra ngân hàng chuyển luôn, trưa gọi được cho chú thì chú vẫn đi làm bình thường. Giờ làm gì ạ?",
      "Mẹ tôi bị người xưng công an gọi dọa, mẹ chuyển luôn 200 triệu, giờ còn lấy lại được không?",
    ]) {
      expect(checkScam(t).outcome, t).toBe("victim");
    }
  });

  it("keeps the script said to the reader a scam warning, not a victim", () => {
    for (const t of [
      "Anh chuyển ngay 5 triệu vào tài khoản 0123456789 để xác minh nhé",
      "Bác chuyển luôn 20 triệu vào tài khoản này để lo viện phí cho cháu",
      "Mẹ ơi con bị tai nạn, mẹ chuyển ngay cho con 20 triệu nhé",
      "Em bị tai nạn chị chuyển ngay cho em 20 triệu",
      "Em là con bác Hùng, bác chuyển luôn 10 triệu vào tài khoản này",
    ]) {
      expect(checkScam(t).outcome, t).toBe("scam");
    }
  });

  it("reads no victim in a question, a script's plea to the reader, or a transfer with no scam in sight", () => {
    for (const t of [
      "Chị chuyển luôn cho em nhé, em cần gấp",
      "Có nên chuyển luôn không ạ?",
      "Người gọi bảo con tôi bị tai nạn, có nên chuyển luôn tiền không",
      "tôi chuyển luôn tiền điện qua app được không",
      "Hôm qua tôi nộp hồ sơ xong chuyển luôn lệ phí qua dịch vụ công",
      "Anh bị công an giữ, em chuyển ngay 30 triệu cho anh để nộp phạt",
      "tôi mua hàng trên mạng, chuyển luôn 500k cho shop",
      "em gọi cho chủ nhà xong chuyển luôn 2 triệu tiền cọc vào tài khoản chủ nhà",
      // the caller's demand retold, or the transfer not made
      "Người gọi bảo tôi chuyển ngay 20 triệu vào tài khoản tạm giữ.",
      "Có người gọi bảo mẹ tôi chuyển ngay 20 triệu vào tài khoản",
      "Người gọi xưng công an bảo tôi chuyển ngay tiền vào tài khoản tạm giữ, tôi không chuyển",
      "Có shipper gọi bảo chuyển khoản trước, tôi suýt chuyển luôn 500 nghìn",
    ]) {
      expect(checkScam(t).outcome, t).not.toBe("victim");
    }
  });
});
