/**
 * Session 15 (issue 11): classes from tuning12 (the freshest set) and the older tuning sets' scam lines missed or
 * residents' questions warned, each tested with phrasings written here, not the tuning lines. Every number below is
 * invented for the test.
 * - A text spelled out one character at a time, digits, dots and hyphens included ("s h 0 p e e - q u a . c o m"):
 *   joined before the brand, the l33t word and the link are read (spaced-out.ts).
 * - The script's gag order ("…, tuyệt đối không thông báo cho ai") is no safety rule: its sentence keeps its demand.
 * - The ID number read out, or the SIM's serial asked for: what a SIM swap needs (id_photo_request).
 * - An agency's app with a suffix ("VssID-pro", "VNeID Plus") is a fake app; "tải … để rút" is money through an app.
 * - "thêm Zalo trợ lý 09…" moves the reader to a private chat.
 * - Folded "ma so" is also "mà sợ" (but afraid): no code asked for.
 * - "tôi lỡ chụp căn cước gửi cho người xưng … rồi": the act told done over a longer clause is still at risk.
 */
import { describe, expect, it } from "vitest";
import { checkScam } from "../server/assistant/scam/check";
import { joinSpacedOut } from "../server/assistant/scam/spaced-out";

const warned = (text: string) => checkScam(text).outcome === "scam";

describe("a text spelled out one character at a time", () => {
  it.each([
    "Lazada: Ban trung thuong 10 t r i e u. Nhan qua tai l a z a d a - q u a t a n g . c o m truoc 17h",
    "VCB thong bao tai khoan cua ban bi khoa, xac thuc ngay tai v c b - x a c t h u c . t o p",
    "Tiki tặng bạn phiếu mua hàng, nhận tại t 1 k 1 - u u d a i . x y z trong hôm nay",
  ])("is read as written: %s", (text) => {
    expect(warned(text)).toBe(true);
  });
  it("joins only runs of four characters or more from a letter on, three of them letters", () => {
    expect(joinSpacedOut("truy cap s h 0 p e e - q u a . c o m")).toBe("truy cap sh0pee-qua.com");
    expect(joinSpacedOut("tu 1 - 2 ngay, 5 - 7 trieu")).toBe("tu 1 - 2 ngay, 5 - 7 trieu");
    expect(joinSpacedOut("goi 0 9 1 2 3 4 5 6 7 8")).toBe("goi 0 9 1 2 3 4 5 6 7 8");
    expect(joinSpacedOut("voucher 5 t r i e u")).toBe("voucher 5 trieu");
  });
});

describe("the script's gag order is no safety rule", () => {
  it.each([
    'Họ nhắn: "Đây là Cơ quan Cảnh sát điều tra. Chồng chị có liên quan đường dây buôn lậu, yêu cầu chị chuyển 120 triệu vào tài khoản tạm giữ, tuyệt đối không thông báo cho ai." có thật không',
    'tin nhắn: "Tòa án nhân dân thông báo: bà có đơn kiện nợ. Yêu cầu bà nộp 30 triệu tạm ứng án phí vào tài khoản chỉ định, tuyệt đối không thông báo cho người nhà." thật không ạ',
    "Chúng tôi là Cơ quan điều tra. Con gái ông đang bị tạm giữ, yêu cầu ông nộp 100 triệu bảo lãnh vào tài khoản tạm giữ, tuyệt đối không thông báo cho ai.",
  ])("warns: %s", (text) => {
    expect(warned(text)).toBe(true);
  });
  it("a police warning describing the gag order stays a warning", () => {
    const text = "Công an phường cảnh báo: đối tượng giả danh công an yêu cầu chuyển tiền vào tài khoản tạm giữ và dặn không thông báo cho ai. Người dân tuyệt đối không làm theo.";
    expect(warned(text)).toBe(false);
  });
});

describe("the ID number read out or the SIM serial asked for", () => {
  it.each([
    "Alo, nhân viên Viettel đây, thuê bao của anh sắp bị khóa 2 chiều, anh đọc giúp em 19 số seri sim để chuẩn hóa nhé",
    "Tổng đài thông báo: sim của quý khách chưa chuẩn hóa, sẽ bị khóa trong 24h. Vui lòng đọc số CCCD để cập nhật.",
  ])("warns: %s", (text) => {
    expect(warned(text)).toBe(true);
    expect(checkScam(text).signals).toContain("id_photo_request");
  });
  it("an operator sending the reader to its store does not", () => {
    expect(warned("Viettel: Quý khách vui lòng mang CCCD đến cửa hàng Viettel gần nhất để chuẩn hóa thông tin thuê bao. Chi tiết LH 198.")).toBe(false);
  });
});

describe("an agency's app with a suffix, money to withdraw through it", () => {
  it.each([
    "VNeID thông báo: tài khoản định danh của bạn được nhận hỗ trợ 2.000.000đ, cài ứng dụng VNeID Plus tại link để rút",
    "co phai lua ko: BHXH thong bao ban duoc nhan tien thai san 1 lan, tai app VssID pro tai link de rut ngay",
  ])("warns: %s", (text) => {
    expect(warned(text)).toBe(true);
  });
  it("the official app named plainly does not", () => {
    expect(warned("BHXH Việt Nam: Quý khách tra cứu quá trình đóng BHXH trên ứng dụng VssID chính thức tại CH Play, App Store.")).toBe(false);
  });
});

describe("'thêm Zalo trợ lý' is a private chat", () => {
  it("warns of a daily-return scheme that sends the reader there", () => {
    const v = checkScam('Tin mời: "Nhóm đầu tư chứng khoán quốc tế: lợi nhuận cố định 4%/ngày, rút gốc lúc nào cũng được. Thêm Zalo trợ lý 0988xxxxxx để vào nhóm"');
    expect(v.signals).toContain("private_chat");
    expect(v.outcome).toBe("scam");
  });
});

describe("folded 'mà sợ' is no 'mã số'", () => {
  it.each(["Tôi muốn mở tài khoản ngân hàng cho mẹ mà sợ bị lừa", "nhà tôi bán tạp hóa, định dùng mã QR nhận tiền cho tiện mà sợ bị lừa thì sao"])("asks no code: %s", (text) => {
    expect(checkScam(text).signals).not.toContain("otp_request");
    expect(warned(text)).toBe(false);
  });
  it("a code number asked for still is", () => {
    expect(checkScam("Anh đọc giúp em mã số vừa nhận để hủy giao dịch nhé").signals).toContain("otp_request");
  });
});

describe("the resident's own act told done over a longer clause", () => {
  it("is at risk", () => {
    expect(checkScam("tôi lỡ chụp căn cước gửi cho người xưng nhân viên nhà mạng rồi, có sao không").outcome).toBe("at_risk");
  });
});
