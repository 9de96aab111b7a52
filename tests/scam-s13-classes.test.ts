/**
 * Session 13 (issue 11): classes from the tuning sets' scam / not_scam lines (tuning10, tuning8, tuning7,
 * tuning5), each tested with own phrasings, not the tuning lines themselves.
 * - (A masked number — "0978xxxxxx" — read as a number to call was tried and dropped by the lead: it
 *   raised only the tuning sets' recall, not validation's, and validation's false alarms rose.)
 * - Pre-2018 11-digit mobiles (012x, 016x, 018x, 019x) are mobiles.
 * - A fee with an amount asked through an agency officer's number is a payment request (officer-fee.ts).
 * - "bị trừ tiền 2 lần" is a payment glitch, no scam loss (victim.ts paymentGlitch).
 * - "chợ muốn" written with its marks is no "cho mượn" for the borrow script (want-not-lend.ts).
 * Every number below is invented for the test.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { readSignals } from "../server/assistant/scam/signals";
import { readVictim } from "../server/assistant/scam/victim";

describe("pre-2018 11-digit mobiles", () => {
  it("016x / 012x numbers are read as mobiles", () => {
    expect(readSignals("Ban da trung thuong xe SH, lien he 01658 123 456 de lam thu tuc nhan giai").phones).toEqual(["01658123456"]);
    expect(readSignals("goi 0125.812.3456").phones).toEqual(["01258123456"]);
  });
  it("a prize claimed through one is the script's channel", () => {
    expect(checkScam("Chuc mung ban trung thuong 1 xe SH, lien he 01698123456 de lam thu tuc nhan giai").signals).toContain("private_chat");
  });
  it("a landline (02x) is not one", () => {
    expect(readSignals("goi 02438251234").phones).toEqual([]);
  });
});

describe("a fee asked through an agency officer's number", () => {
  it.each([
    "Chi cục Thuế thông báo: hộ kinh doanh phải chuyển sang hóa đơn điện tử trước 15/2, liên hệ cán bộ thuế 0971 235 468 để được cài đặt, phí 650.000đ",
    "BHXH quan thong bao: ho so huong che do cua ong/ba da duoc duyet, lien he can bo Hung 0912 483 157, le phi ho so 350.000d",
    'Có người nhắn bố tôi: "Kho bạc thông báo khoản hoàn thuế của ông đã về, gọi cho chuyên viên Lan 0356 214 789, phí xử lý 1.200.000đ"',
  ])("%s", (text) => {
    const v = checkScam(text);
    expect(v.signals).toContain("money_request");
    expect(v.outcome).toBe("scam");
  });

  it.each([
    // a course's price with its teacher's number; a fee paid at the ward's counter; a warning describing the script
    "Trung tâm tiếng Anh ABC khai giảng lớp mới, học phí 1.500.000đ/tháng, liên hệ cô Hoa 0912 345 678",
    "Phường thông báo: cấp bản sao trích lục, lệ phí 8.000đ/bản tại bộ phận một cửa, liên hệ cán bộ tư pháp 0912 345 678",
    "Cảnh báo: đối tượng giả danh cán bộ thuế liên hệ qua số 0978xxxxxx yêu cầu nộp phí 800.000đ để cài đặt hóa đơn điện tử. Người dân không làm theo.",
  ])("guard: %s", (text) => {
    expect(checkScam(text).outcome).not.toBe("scam");
  });
});

describe("a charge taken twice is a payment glitch", () => {
  it.each(["tôi nộp lệ phí online bị trừ tiền 2 lần", "thanh toan tien dien qua app bi tru hai lan thi lam sao", "mua vé tàu bị trừ 350k 2 lần"])("%s", (text) => {
    expect(readVictim(text)).toBeUndefined();
    expect(checkScam(text).outcome).not.toBe("scam");
  });
  it("guard: a scam loss said with it is still a loss", () => {
    expect(readVictim("tôi bị lừa, bị trừ tiền 2 lần rồi, mất 5 triệu")).toBe("victim");
    expect(readVictim("tôi bấm link người lạ gửi, bị trừ tiền 2 lần, mất 3 triệu rồi")).toBe("victim");
  });
});

describe("'chợ muốn' is no 'cho mượn'", () => {
  it.each(["bà bán hàng ở chợ muốn dùng mã QR nhận tiền", "ban quản lý chợ muốn thu phí vệ sinh qua chuyển khoản có đúng không"])("%s", (text) => {
    expect(readSignals(text).set.has("borrow")).toBe(false);
    expect(checkScam(text).outcome).not.toBe("scam");
  });
  it.each(["cho mình mượn 2 triệu, mai mình trả nhé", "cho minh muon 2tr, mai tra", "Chị ơi cho em mượn 5 triệu, tối em trả, em muốn trả sớm"])(
    "guard: %s",
    (text) => {
      expect(readSignals(text).set.has("borrow")).toBe(true);
    },
  );
});

describe("Vietcombank in the official-domain registry", () => {
  it("its published short code 6167 (VCB KHOA DIGIBANK) is an official contact", () => {
    const v = checkScam("Vietcombank: de khoa dich vu VCB Digibank, soan tin VCB KHOA DIGIBANK gui 6167");
    expect(v.signals).toContain("official_contact");
    expect(v.outcome).not.toBe("scam");
  });
  it("guard: a short form of the brand's domain stays a look-alike (the bank has one official website)", () => {
    const v = checkScam("Vietcombank thong bao: tai khoan cua quy khach sap het han, vui long cap nhat tai vcb.com.vn");
    expect(v.signals).toContain("link_lookalike");
    expect(v.outcome).toBe("scam");
  });
});

describe("a property advert's 'đầu tư' is no investment scheme behind a number", () => {
  it.each([
    "Bán căn hộ chung cư 2 phòng ngủ, sổ hồng, đầu tư sinh lời, liên hệ 0912 345 678",
    "Ban dat nen du an KDC Tan Phu, so do rieng, dau tu sinh loi, goi 0938 214 765 gap anh Tuan",
  ])("%s", (text) => {
    const v = checkScam(text);
    expect(v.signals).not.toContain("private_chat");
    expect(v.outcome).not.toBe("scam");
  });
  it.each([
    "Dự án đầu tư lợi nhuận 5%/tháng, cam kết hoàn vốn, liên hệ chuyên gia 0912 345 678 để tham gia",
    "Tham gia sàn đầu tư tiền ảo USDT, lãi 3%/ngày, liên hệ 0987 654 321",
  ])("guard: a scheme's words still make the number its channel: %s", (text) => {
    expect(checkScam(text).outcome).toBe("scam");
  });
});
