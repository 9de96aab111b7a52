/**
 * Session 26 (s26-scam), issue 11: a resident already inside a scheme that now demands more money before it pays out
 * ("muốn rút tiền phải nộp thêm phí", "bắt đóng thêm thuế để giải ngân") gets the victim's steps (pay-more-victim.ts).
 * Own wordings only.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

describe("a scheme that wants more money before it pays out: the victim's steps", () => {
  it.each([
    "Em nạp 20 triệu vào app làm nhiệm vụ, giờ họ bảo muốn rút tiền phải nộp thêm phí 30%",
    "Tôi vay tiền online, họ bắt đóng thêm tiền thuế để giải ngân, tôi đã chuyển 3 triệu rồi",
    "Tôi làm CTV chốt đơn, nạp 3 lần rồi, bây giờ họ bảo tài khoản bị lỗi phải nạp thêm 15 triệu mới rút được",
    "Mình đầu tư trên sàn, lãi 50 triệu nhưng muốn rút thì phải đóng phí rút tiền 10%, có nên đóng không",
    "Đã chuyển 2 triệu phí nhận quà, giờ bên kia bảo phải đóng thêm thuế thu nhập mới gửi quà",
  ])("%s", (t) => {
    expect(checkScam(t).outcome, t).toBe("victim");
  });
});

describe("questions about genuine fees and papers are not victims", () => {
  it.each([
    "Muốn rút tiền tiết kiệm trước hạn có phải nộp thêm phí không?",
    "Giải ngân khoản vay mua nhà có phải đóng thêm phí gì không ạ?",
    "Tôi đã nộp hồ sơ vay, ngân hàng bảo phải nộp thêm giấy tờ để giải ngân",
    "Nếu họ bảo nộp thêm phí mới rút được tiền thì có phải lừa đảo không?",
  ])("%s", (t) => {
    expect(checkScam(t).outcome, t).not.toBe("victim");
  });
});
