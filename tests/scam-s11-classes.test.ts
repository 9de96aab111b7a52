/**
 * Session 11 classes, from the REAL training rows added this session (knowledge/scam-corpus/real-press-12.yaml,
 * split by a hash of the source URL before any text was found or scored). No validation row was read for a
 * rule. The texts below are own probes written after the rules, not corpus rows:
 * - a bank's advice that names the act without a "không": "chỉ nhập OTP khi chính bạn …", "việc cung cấp
 *   OTP … là cho phép người khác …" is no request for the code (advice-phrasing.ts); the OTP mention warned
 *   alone before.
 * - (own probes only, the brief's known gap) a safety tip that names a script to say what not to do ("Tuyệt đối
 *   không bấm vào đường link trong tin nhắn báo đơn hàng giao không thành công", "Khi nhận tin nhắn báo phạt nguội,
 *   không bấm vào đường link…") was read as a retold call or a lock to deal with off-channel and warned
 *   (safety-advice.ts; "gọi điện" is no longer read as the power supply "điện" in check.ts's lockedThing).
 * Genuine shapes and real requests for a code with the same words are kept apart.
 * With advice-phrasing.ts switched off the two "chỉ … khi" probes fail; with safety-advice.ts switched off the
 * two safety tips fail. The other probes passed already and stay as guards (the "việc …" probe is read as no
 * request by other paths; the corpus row it follows is a training row the rule fixes).
 * A third rule (click-lure.ts: a pretext plus "bấm link / click để xem" with its link hidden, from Công an
 * TP.HCM's two training texts) was tried and dropped: it raised training recall and left validation recall
 * unchanged (the session 10 lesson: that is over-fitting).
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

const hand = { scorer: { kind: "hand" } } as const;

const otpAdvice = [
  "Chỉ nhập mã OTP khi chính bạn đang thực hiện giao dịch trên ứng dụng của ngân hàng.",
  "Việc cung cấp OTP xác thực liên kết ví là cho phép người khác sử dụng thẻ ngân hàng của Quý khách.",
  "Quý khách chỉ cung cấp OTP khi tự mình thực hiện thanh toán trên ứng dụng chính thức.",
];
const otpRequests = [
  "Em là nhân viên ngân hàng, anh đọc mã OTP vừa nhận cho em để hoàn tất hủy giao dịch nhé",
  "Quý khách vui lòng cung cấp mã OTP để nhận quà tri ân 2 triệu đồng",
];

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

describe("session 11: moving a household registration is no money transfer", () => {
  it.each(["đổi thẻ căn cước vì chuyển hộ khẩu có mất tiền không", "chuyển khẩu sang phường mới thì phải nộp tiền gì không"])("does not warn: %s", (text) => {
    const v = checkScam(text);
    expect(v.signals).not.toContain("borrow");
    expect(v.outcome).not.toBe("scam");
  });
  it("still reads a transfer on someone's behalf as one", () => {
    expect(checkScam("Chị chuyển hộ em 5 triệu vào tài khoản này, mai em gửi lại").outcome).toBe("scam");
  });
});

describe("session 11: a notice that sends the reader only to the brand's own app", () => {
  it("is the brand's shape: the hand weights decide, not the n-gram model", () => {
    // (both warned before: the n-gram model reads "đánh giá sản phẩm" as a paid-task scam)
    for (const text of ["Đơn hàng 7731xxx đã được giao thành công. Vui lòng đánh giá sản phẩm trong ứng dụng Shopee.", "Đơn hàng của bạn đã được giao thành công, vui lòng đánh giá sản phẩm trong ứng dụng Tiki"])
      expect(checkScam(text).outcome).not.toBe("scam");
  });
  it("keeps a task scam that names the app but moves to a private chat", () => {
    const text = "Shopee tuyển CTV đánh giá sản phẩm trong ứng dụng Shopee, 50k mỗi lượt, rút tiền ngay, liên hệ Zalo 0912 345 678";
    expect(checkScam(text).outcome).toBe("scam");
  });
});
