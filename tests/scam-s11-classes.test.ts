/**
 * Session 11 classes, from the REAL training rows added this session (knowledge/scam-corpus/real-press-12.yaml,
 * split by a hash of the source URL before any text was found or scored). No validation row was read for a
 * rule. The texts below are own probes written after the rules, not corpus rows:
 * - a pretext (a failed delivery, a traffic violation, a locked account, a refund) plus an order to press a
 *   link about it, the link hidden or cut off as police warnings and residents forward it ("Không giao hàng
 *   được, bấm link bổ sung địa chỉ"): click-lure.ts;
 * - a bank's advice that names the act without a "không": "chỉ nhập OTP khi chính bạn …", "việc cung cấp
 *   OTP … là cho phép người khác …" is no request for the code (advice-phrasing.ts); the OTP mention warned
 *   alone before.
 * - (own probes only, the brief's known gap) a safety tip that names a script to say what not to do ("Tuyệt đối
 *   không bấm vào đường link trong tin nhắn báo đơn hàng giao không thành công", "Khi nhận tin nhắn báo phạt nguội,
 *   không bấm vào đường link…") was read as a retold call or a lock to deal with off-channel and warned
 *   (safety-advice.ts; "gọi điện" is no longer read as the power supply "điện" in check.ts's lockedThing).
 * Genuine shapes with the same words (a warning that says not to press, an official link) stay unwarned.
 * With the two rules switched off (same corpus, same model) 6 probes fail: the last four click lures and the two
 * "chỉ … khi" advices. The other probes passed already and stay as guards (the "việc …" probe is read as no
 * request by other paths; the corpus row it follows is a training row the rule fixes).
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

const hand = { scorer: { kind: "hand" } } as const;

const clickLures = [
  "Đơn hàng của bạn giao không thành công, bấm vào link để cập nhật lại",
  "Phương tiện của bạn có lỗi vi phạm giao thông, bấm link để tra cứu và nộp phạt",
  "Bưu phẩm không thể giao được do sai địa chỉ, click vào đây để bổ sung",
  "Hoàn tiền điện 350.000đ do tính sai, bấm vào link để nhận",
  "Bạn có lỗi vi phạm giao thông, click để xem chi tiết",
  "Đơn hàng không giao được, bấm link bổ sung địa chỉ nhận hàng",
];
const notClickLures = [
  "Công an khuyến cáo: không bấm vào link lạ báo vi phạm giao thông, tra cứu phạt nguội tại csgt.vn",
  "Đừng bấm link bổ sung địa chỉ khi đơn hàng không giao được, hãy gọi tổng đài của hãng vận chuyển",
  "Vi phạm giao thông thì đừng click vào link lạ để xem lỗi",
  "Đơn hàng của bạn đã giao thành công, cảm ơn bạn đã mua sắm",
];
const otpAdvice = [
  "Chỉ nhập mã OTP khi chính bạn đang thực hiện giao dịch trên ứng dụng của ngân hàng.",
  "Việc cung cấp OTP xác thực liên kết ví là cho phép người khác sử dụng thẻ ngân hàng của Quý khách.",
  "Quý khách chỉ cung cấp OTP khi tự mình thực hiện thanh toán trên ứng dụng chính thức.",
];
const otpRequests = [
  "Em là nhân viên ngân hàng, anh đọc mã OTP vừa nhận cho em để hoàn tất hủy giao dịch nhé",
  "Quý khách vui lòng cung cấp mã OTP để nhận quà tri ân 2 triệu đồng",
];

describe("session 11: a pretext and an order to press its (hidden) link", () => {
  it.each(clickLures)("warns: %s", (text) => {
    expect(checkScam(text).outcome).toBe("scam");
    expect(checkScam(text, hand).outcome).toBe("scam");
    expect(checkScam(`Tin này có phải lừa đảo không: ${text}`).outcome).toBe("scam");
  });
  it.each(notClickLures)("does not warn: %s", (text) => {
    expect(checkScam(text).outcome).not.toBe("scam");
    expect(checkScam(text, hand).outcome).not.toBe("scam");
  });
});

describe("session 11: a bank's advice naming the OTP without a 'không'", () => {
  it.each(otpAdvice)("does not warn: %s", (text) => {
    expect(checkScam(text).signals).not.toContain("otp_request");
    expect(checkScam(text).outcome).not.toBe("scam");
  });
  it.each(otpRequests)("still warns a real request for the code: %s", (text) => {
    expect(checkScam(text).signals).toContain("otp_request");
    expect(checkScam(text).outcome).toBe("scam");
  });
});

const safetyTips = [
  "Tuyệt đối không bấm vào đường link trong tin nhắn báo đơn hàng giao không thành công",
  "Khi nhận tin nhắn báo phạt nguội, không bấm vào đường link mà tra cứu trên trang của Cục CSGT",
];
describe("session 11: a safety tip naming a script is no retold script", () => {
  it.each(safetyTips)("does not warn: %s", (text) => {
    expect(checkScam(text).outcome).not.toBe("scam");
    expect(checkScam(text, hand).outcome).not.toBe("scam");
  });
  it("the hand weights no longer read a call-back tip as a power cut handled over Zalo", () => {
    // (the n-gram model still warns this one alone: noted, not tuned)
    expect(checkScam("Nếu người thân nhắn tin mượn tiền qua Zalo, hãy gọi điện lại cho họ để xác minh trước khi chuyển", hand).outcome).not.toBe("scam");
  });
  it("keeps a resident's own retelling ('tôi không bấm vào link') a retelling", () => {
    const v = checkScam("Có người nhắn báo phạt nguội bảo bấm vào link để nộp phạt, tôi không bấm vào link đó, vậy có phải lừa đảo không?");
    expect(v.outcome).toBe("scam");
  });
});
