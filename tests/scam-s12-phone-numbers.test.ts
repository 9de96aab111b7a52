/**
 * Session 12 (second wave): what a real phone number does in the scam check.
 * - The corpus masks every mobile number ("0986xxxxxx"), so bench:scam never saw a number to call in an
 *   ordinary notice. With a real number, any "liên hệ / gọi / SĐT" next to it set private_chat (+2, +1.5 more
 *   with a brand or an officer named): deliveries, ward notices, clinics, teachers were warned. A number now
 *   counts as the scammer's channel only in a message that also carries a script's mark (phone-contact.ts).
 * - "LH nhân viên giao hàng 0986…" after "thanh toán 0 đồng" read as a personal account to pay into, and
 *   "đồng giá 200.000 0997…" (a SIM seller's "same price") as a payment to a number (signals.ts personalAccount).
 * - A registry hotline named after its brand ("liên hệ EVNHANOI 1900 1288") is an official contact; a power cut
 *   scheduled for works ("cắt điện … để sửa lưới điện") is no threat.
 * - From tuning-s12 (own phrasings of each class): a text spelled with one dot inside its words
 *   ("T.a.i khoan c.ua b.an b.i kh.oa"), a shortener in look-alike digits ("b1t.ly"), and "dặn bố … cho khỏi bị
 *   lừa" (avoiding a scam, no victim) — while "bị lừa mất 5 triệu rồi, làm sao để không bị lừa nữa" stays a victim.
 * Every number below is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { assessHost } from "../server/assistant/scam/links";
import { foldForScam } from "../server/assistant/scam/normalize";
import { readSignals } from "../server/assistant/scam/signals";
import { readVictim } from "../server/assistant/scam/victim";
import { evaluate } from "../bench/scam-eval";
import { hasMaskedNumber, unmaskNumbers } from "../bench/scam-unmask";

describe("a phone number in an ordinary notice is no private channel", () => {
  it.each([
    "Lazada - Đơn hàng 551203948 sẽ được giao hôm nay. Số tiền cần thanh toán 0 đồng. LH nhân viên giao hàng 0971 326 584",
    "Ninja Van: Kiện hàng của bạn đang được giao, shipper Đỗ Văn Lâm số điện thoại 0394 517 268 sẽ gọi trước khi đến.",
    "Phường thông báo: lịch thu gom rác cồng kềnh sáng thứ Bảy tại đầu các ngõ. Thắc mắc liên hệ cán bộ môi trường anh Quang 0916 742 385.",
    "Phòng khám Mắt Sài Gòn nhắc lịch: ông Lê Văn Tâm có hẹn khám lại lúc 9h ngày 12/12. Đổi lịch xin gọi lễ tân 0962 418 375.",
    "Co giao lop 2C: Thu Sau nay cac con mac dong phuc the duc. Phu huynh can gi nhan tin co Mai 0985 243 617 a.",
    "UBND phường: cắt điện ngày 6/12 từ 8h đến 15h khu vực tổ 9 để sửa lưới điện. Thắc mắc liên hệ cán bộ phường anh Khoa 0945 176 283.",
  ])("%s", (text) => {
    const v = checkScam(text);
    expect(v.signals).not.toContain("private_chat");
    expect(v.outcome).not.toBe("scam");
  });

  it("a SIM seller's 'đồng giá' list of numbers is no payment to a number", () => {
    const s = readSignals(foldForScam("Ban sim dep dong gia 300.000 0987213465 0987213466 0987213467. LH mua sim 0912436587"));
    expect(s.set.has("money_to_person")).toBe(false);
  });

  it("a power cut scheduled for works is no threat; one for a debt is", () => {
    expect(readSignals(foldForScam("Lịch cắt điện ngày 9/12 từ 7h đến 17h khu vực tổ 4 để bảo dưỡng đường dây")).set.has("threat")).toBe(false);
    expect(readSignals(foldForScam("Nhà bạn nợ tiền điện, sẽ bị cắt điện trong hôm nay")).set.has("threat")).toBe(true);
  });

  it("a registry hotline named after its brand is an official contact", () => {
    const s = readSignals("UBND phường: cắt điện ngày 6/12 từ 8h đến 15h để sửa lưới điện. Thắc mắc liên hệ EVNHANOI 1900 1288.");
    expect(s.set.has("official_contact")).toBe(true);
  });
});

describe("a number steered to by a script still counts (guards)", () => {
  it.each([
    "Con đang cấp cứu ở bệnh viện Bạch Mai, bố mẹ gọi ngay cho bác sĩ Hùng 0912 654 378 để chuyển tiền mổ gấp",
    "Cán bộ phường thông báo: hộ gia đình nộp phí cập nhật dữ liệu dân cư 200.000đ, liên hệ cán bộ Tuấn 0936 481 527 để được hướng dẫn chuyển khoản",
    "Công an quận thông báo anh liên quan đến đường dây rửa tiền, liên hệ ngay điều tra viên 0879 314 625, không được nói cho ai biết",
    // a cut-off for an unpaid bill, settled through a private number (tuning5's masked "LH 0912xxx" line, with a number)
    "Điện lực thông báo: hộ nhà mình nợ tiền điện tháng 11, sẽ cắt điện lúc 15h chiều nay, LH 0963 528 174 để xử lý",
    // a prize or money "waiting", claimed through the number (tuning8's masked BHXH line, with a number)
    "Bảo hiểm xã hội: ông có khoản tiền trợ cấp 1 lần chưa nhận 12.400.000đ, liên hệ cán bộ Hưng 0968 254 173 để làm thủ tục nhận",
    "Chúc mừng thuê bao trúng thưởng xe máy SH trong chương trình tri ân, liên hệ 0867 413 592 để làm thủ tục nhận giải",
  ])("%s", (text) => {
    const v = checkScam(text);
    expect(v.signals).toContain("private_chat");
    expect(v.outcome).toBe("scam");
  });
});

describe("tuning-s12 classes", () => {
  it("a message spelled with one dot inside its words is read without the dots (host names keep theirs)", () => {
    expect(foldForScam("T.a.i khoan c.ua b.an b.i kh.oa, x.a.c min.h ngay")).toBe("tai khoan cua ban bi khoa, xac minh ngay");
    expect(foldForScam("Tra cuu tai mb.vn, bidv.vn hoac vcb.com.vn")).toBe("tra cuu tai mb.vn, bidv.vn hoac vcb.com.vn");
    expect(checkScam("T.h.e c.ua b.an b.i kh.oa t.am t.hoi, m.o kh.oa t.ai tpb-mokhoa.info ngay").outcome).toBe("scam");
  });

  it("a shortener written in look-alike digits hides the destination", () => {
    expect(assessHost("b1t.ly").shortener).toBe(true);
    expect(assessHost("t1nyurl.com").shortener).toBe(true);
  });

  it("'có … không phường, tôi cần …' is the resident's own question, not a received job offer", () => {
    expect(checkScam("có chỗ nào dạy nghề cho người lớn tuổi không phường, tôi muốn kiếm thêm tiền").outcome).toBe("not_forwarded");
    expect(checkScam("co viec lam them tai nha khong ad, minh can thu nhap").outcome).toBe("not_forwarded");
  });

  it("avoiding a scam is no victim; a loss told with 'not again' is", () => {
    expect(readVictim("mẹ tôi mới dùng ví điện tử, dặn mẹ những gì cho khỏi bị lừa")).toBeUndefined();
    expect(readVictim("chỉ ông bà cách nghe điện thoại lạ kẻo bị lừa")).toBeUndefined();
    expect(readVictim("tôi bị lừa mất 5 triệu rồi, giờ làm sao để không bị lừa nữa")).toBe("victim");
    expect(readVictim("bác bị lừa mất 3 triệu rồi, làm sao cho khỏi bị lừa nữa")).toBe("victim");
  });
});

describe("bench:scam slice 'phone numbers'", () => {
  it("fills masked mobile numbers by a fixed rule and leaves other masks alone", () => {
    expect(unmaskNumbers("LH 0909xxx456 hoac 0912xxxxxx")).toBe("LH 0909582456 hoac 0912041739");
    expect(hasMaskedNumber("Ma GD 000xxx")).toBe(false);
    expect(unmaskNumbers("the 970436xxxxxx1234")).toBe("the 970436xxxxxx1234");
  });

  // the figures the session measured (validation split never used to choose): a margin above each
  it(
    "keeps false alarms low and recall with numbers written out",
    () => {
      const training = evaluate("training", { only: "phone_numbers" });
      expect(training.falseAlarm).toBeLessThanOrEqual(2.0); // measured 0.0% (24.8% before)
      expect(training.recallAsWritten).toBeGreaterThanOrEqual(100);
      const validation = evaluate("validation", { only: "phone_numbers" });
      expect(validation.falseAlarm).toBeLessThanOrEqual(9.0); // measured 6.4% (27.7% before)
    },
    120_000,
  );
});
