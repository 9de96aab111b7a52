/**
 * Session 30 (s30-scam), issue 11: victims told with "rồi / xong" after what went (transferred-at-once.ts), and a fee
 * paid to the portal that the record has not caught up with (victim.ts paymentGlitch). The second class was seen on
 * tuning-s23 and tuning-s29 (study sets: residents' fee payments answered with a scam warning); every text here is an
 * own wording, not a corpus or tuning row.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

const outcome = (t: string) => checkScam(t).outcome;

describe("a transfer told done after a scam call is a victim", () => {
  it.each([
    "Có người gọi xưng công an bảo mẹ tôi chuyển 200 triệu vào tài khoản tạm giữ, mẹ tôi chuyển rồi, giờ phải làm gì",
    "bố tôi nghe người xưng cán bộ bảo hiểm xã hội, chuyển 3 triệu phí hồ sơ rồi",
    "mẹ em bị người ta gọi bảo con bị tai nạn, mẹ em chuyển 50 triệu cho họ rồi",
  ])("%s", (text) => {
    expect(outcome(text)).toBe("victim");
  });

  it.each([
    // the demand retold, nothing sent
    "Có người gọi xưng công an bảo mẹ tôi chuyển 200 triệu vào tài khoản tạm giữ, có phải lừa không",
    "Người xưng cán bộ thuế bảo tôi chuyển 5 triệu phí rồi mới hoàn thuế, có nên chuyển không",
    // the script said to the reader
    "Bác chuyển 20 triệu vào tài khoản này xong nhắn lại cho cháu nhé, cháu đang cấp cứu",
  ])("not a victim: %s", (text) => {
    expect(outcome(text)).not.toBe("victim");
  });

  it.each([
    // a bill paid and a reminder since: no story before the payment
    "mẹ tôi chuyển tiền điện rồi mà vẫn nhận tin nhắn nhắc nợ, có phải lừa không",
    "Tôi chuyển xong lệ phí rồi thì bao lâu có kết quả",
  ])("an ordinary payment is no loss: %s", (text) => {
    expect(outcome(text)).not.toBe("victim");
  });
});

describe("a fee charged while the record still says unpaid is no scam loss", () => {
  it.each([
    "Tôi chuyển khoản lệ phí làm giấy khai sinh rồi mà hồ sơ vẫn báo chưa thanh toán, tiền trong tài khoản bị trừ rồi",
    "tài khoản bị trừ tiền rồi mà hồ sơ đăng ký tạm trú báo chưa nộp",
    "Tôi nộp lệ phí trên cổng dịch vụ công, tài khoản bị trừ 30.000đ mà trên cổng vẫn hiện chưa thanh toán, có phải nộp lại không?",
  ])("%s", (text) => {
    expect(outcome(text)).not.toBe("victim");
  });

  it.each([
    "Tôi bị lừa chuyển 20 triệu, tài khoản bị trừ rồi mà bên kia vẫn báo chưa nhận được",
    "Mẹ tôi chuyển 10 triệu cho người bán hàng online, bị trừ tiền rồi mà họ báo chưa nhận được rồi chặn luôn",
  ])("a scam in sight keeps the victim's steps: %s", (text) => {
    expect(outcome(text)).toBe("victim");
  });
});
