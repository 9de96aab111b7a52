/**
 * Session 18 classes (issue 11), found with own probes and the lead's list of classes left (never a validation
 * row). The texts below are own phrasings written for the tests, not corpus rows:
 * - the English "wrong number" opener of a romance or investment script ("Hi, is this Anna? Sorry, wrong number…
 *   you seem nice, are you single?"): the Vietnamese opener ("em nhắn nhầm số… anh ở đâu vậy") was read, the English
 *   one set no signal at all. "wrong number" and a stranger's "let's be friends" (Vietnamese "làm quen") are now
 *   English cues; a lone slip ("Sorry, I texted the wrong number, please ignore") stays unwarned, as in Vietnamese.
 * - cash on delivery: "shipper … 0913… sẽ liên hệ. Thanh toán COD 185.000đ khi nhận hàng" was warned with a whole
 *   number (pay + a number = the number is the channel); paying the courier at the door is no payment through the
 *   number. A courier's number with a fee to transfer first stays warned. No training row's signals move.
 * - a vendor's own question about a payment QR for customers ("Tôi bán trà đá, muốn có mã QR cho khách chuyển khoản
 *   mà sợ bị lừa"): "mã QR … chuyển" read as a fee to pay before receiving; a QR the customers ("khách", not "quý
 *   khách") pay into is the resident's own till. A QR sent to the reader to pay stays a demand. No training row's
 *   signals move.
 * - a code handed to the reader AND asked to be read out to a person ("Mã OTP của quý khách là 482913… vui lòng đọc mã
 *   cho nhân viên"): the code handed made it an official delivery (hand weights only, -3), so the script's demand
 *   was outweighed. A code handed to be read to someone is no delivery; the bank's own "không cung cấp mã cho bất kỳ
 *   ai" stays a delivery. No training row has both marks (signals unchanged).
 * The English cues leave the training rows' signals unchanged.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";

const framings = (t: string) => [t, `tin này có phải lừa đảo ko: ${t}`];

describe("the English wrong-number opener that turns to the reader", () => {
  const openers = [
    "Hi, sorry to bother you, I think I have the wrong number. You seem nice, are you single?",
    "Hello Anna, are we still on for dinner tonight? Oh sorry wrong number! Can we be friends?",
    "Sorry, I messaged the wrong person. But it's fate, I'd like to get to know you. I work in finance in Singapore.",
  ];
  for (const t of openers)
    it(`warned: ${t.slice(0, 60)}`, () => {
      for (const text of framings(t)) expect(checkScam(text).outcome).toBe("scam");
    });

  const slips = [
    "Sorry, I texted the wrong number, please ignore.",
    "Sorry wrong number, I was trying to reach my landlord about the water bill.",
    "Sorry, wrong number.",
  ];
  for (const t of slips)
    it(`a lone slip is not warned: ${t}`, () => {
      expect(checkScam(t).outcome).not.toBe("scam");
    });

  it("a resident's own question about such a text is no received scam", () => {
    expect(checkScam("I got a text from a wrong number asking where I am from, is that a scam?").outcome).not.toBe("scam");
  });
});

describe("cash on delivery is no payment through the courier's number", () => {
  it.each([
    "GHTK: Đơn hàng S123 của bạn đang được giao, shipper Trần Văn Nam 0913455552 sẽ gọi. Thanh toán COD 240.000đ khi nhận hàng.",
    "Don hang cua chi dang giao, shipper 0913455552 se lien he, chi thanh toan 185.000d khi nhan hang nhe",
  ])("not warned: %s", (t) => {
    expect(checkScam(t).outcome).not.toBe("scam");
  });

  it.each([
    "Đơn hàng bị giữ tại kho do sai địa chỉ, vui lòng thanh toán phí lưu kho 30.000đ, liên hệ shipper 0913455552",
    "Shipper đây, đơn COD của chị 320k, chị chuyển khoản trước vào stk 190312345678 giúp em, liên hệ 0913455552",
  ])("a fee or a transfer first stays warned: %s", (t) => {
    expect(checkScam(t).outcome).toBe("scam");
  });
});

describe("a payment QR for the resident's own customers is no fee demand", () => {
  it.each([
    "Tôi bán nước mía, muốn có mã QR cho khách chuyển khoản mà sợ bị lừa",
    "Cô bán xôi đầu ngõ, định dán mã QR cho khách chuyển khoản nhưng sợ lừa đảo",
    "Em bán bánh mì, dán mã QR cho khách quét chuyển tiền thì có bị lộ thông tin tài khoản không",
  ])("not warned: %s", (t) => {
    expect(checkScam(t).outcome).not.toBe("scam");
  });

  it.each([
    "Quét mã QR này để chuyển phí nhận quà 50.000đ, hạn trong hôm nay",
    "Điện lực gửi quý khách mã QR để chuyển khoản tiền điện nợ 2 tháng, thanh toán trước 17h kẻo bị cắt điện",
  ])("a QR sent to the reader to pay stays warned: %s", (t) => {
    expect(checkScam(t).outcome).toBe("scam");
  });
});

describe("a code handed over to be read out to someone is the OTP script, not the bank's delivery", () => {
  it.each([
    "bà ơi cái tin này: TPBank: Ma OTP cua quy khach la 661204. Nhan vien se goi lai, quy khach doc ma cho nhan vien de xac nhan hoan tien.",
    "Mã xác thực của bạn là 904512. Cán bộ sẽ gọi điện, vui lòng đọc mã cho cán bộ để hoàn tất cập nhật định danh.",
  ])("warned: %s", (t) => {
    expect(checkScam(t).outcome).toBe("scam");
  });

  it.each([
    "MBBank: Ma OTP cua quy khach la 482913. Tuyet doi khong cung cap ma cho nhan vien ngan hang hay bat ky ai.",
    "Mã OTP của bạn là 220145, hiệu lực 5 phút. Không cung cấp mã cho người khác.",
  ])("the bank's own code stays a delivery: %s", (t) => {
    expect(checkScam(t).outcome).not.toBe("scam");
  });
});
